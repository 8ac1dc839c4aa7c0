import { describe, expect, it } from 'vitest';
import { ClinicClock } from '../../src/session/clock';
import { SeededRandom } from '../../src/domain/random';

describe('ClinicClock', () => {
  it('fires each timeout at its own minute, in order, when time jumps past several', () => {
    const clock = new ClinicClock(480);
    const fired: [string, number][] = [];
    clock.setTimeout(() => fired.push(['b', clock.now]), 12);
    clock.setTimeout(() => fired.push(['a', clock.now]), 5);
    clock.advanceTo(500);
    expect(fired).toEqual([
      ['a', 485],
      ['b', 492],
    ]);
    expect(clock.now).toBe(500);
  });

  it('stands at the minute of the timeout after which it is told to stop, however far it was asked to go', () => {
    const clock = new ClinicClock(480);
    const fired: number[] = [];
    let closed = false;
    clock.setTimeout(() => fired.push(clock.now), 2);
    clock.setTimeout(() => {
      fired.push(clock.now);
      closed = true;
    }, 5.25);
    clock.setTimeout(() => fired.push(clock.now), 6);
    expect(clock.advanceTo(490, () => closed)).toBe(485.25);
    expect(fired).toEqual([482, 485.25]);
    expect(clock.now).toBe(485.25);
    expect(clock.nextDue()).toBe(486);
  });

  it('goes all the way when nothing tells it to stop', () => {
    const clock = new ClinicClock(480);
    clock.setTimeout(() => undefined, 2);
    expect(clock.advanceTo(490, () => false)).toBe(490);
  });

  it('schedules a timeout set while firing from the minute it was set', () => {
    const clock = new ClinicClock(0);
    const fired: number[] = [];
    clock.setTimeout(() => {
      fired.push(clock.now);
      clock.setTimeout(() => fired.push(clock.now), 3);
    }, 2);
    clock.advanceTo(10);
    expect(fired).toEqual([2, 5]);
  });

  it('fires timeouts due at the same minute in the order they were set', () => {
    const clock = new ClinicClock(0);
    const fired: string[] = [];
    clock.setTimeout(() => fired.push('first'), 5);
    clock.setTimeout(() => fired.push('second'), 5);
    clock.advanceTo(5);
    expect(fired).toEqual(['first', 'second']);
  });

  it('does not fire a cleared timeout', () => {
    const clock = new ClinicClock(0);
    const fired: string[] = [];
    const id = clock.setTimeout(() => fired.push('x'), 1);
    clock.clearTimeout(id);
    clock.advanceTo(5);
    expect(fired).toEqual([]);
    expect(clock.nextDue()).toBeUndefined();
  });

  it('tells when the next timeout is due', () => {
    const clock = new ClinicClock(100);
    clock.setTimeout(() => undefined, 30);
    clock.setTimeout(() => undefined, 10);
    expect(clock.nextDue()).toBe(110);
  });

  it('fires many timeouts, set and cleared in any order, by due minute and then the order they were set', () => {
    const clock = new ClinicClock(0);
    const random = new SeededRandom(7);
    const expected: { id: number; due: number; label: number }[] = [];
    const fired: number[] = [];
    for (let label = 0; label < 300; label++) {
      // Whole minutes (many ties) and the odd fraction, as the billing day-end check uses.
      const delay = random.chance(0.1) ? random.integer(0, 60) + 1 / 60 : random.integer(0, 60);
      const id = clock.setTimeout(() => fired.push(label), delay);
      expected.push({ id, due: delay, label });
      if (random.chance(0.3)) {
        const cleared = expected.splice(random.integer(0, expected.length - 1), 1)[0]!;
        clock.clearTimeout(cleared.id);
      }
    }
    const order = [...expected].sort((a, b) => a.due - b.due || a.id - b.id).map((timeout) => timeout.label);
    expect(clock.nextDue()).toBe(Math.min(...expected.map((timeout) => timeout.due)));
    clock.advanceTo(120);
    expect(fired).toEqual(order);
    expect(clock.nextDue()).toBeUndefined();
  });

  it('cannot go back in time', () => {
    const clock = new ClinicClock(100);
    expect(() => clock.advanceTo(99)).toThrow('the clinic clock cannot go back from 100 to 99');
  });
});
