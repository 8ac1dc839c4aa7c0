import { describe, expect, it } from 'vitest';
import { ClinicClock } from '../../src/session/clock';

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

  it('cannot go back in time', () => {
    const clock = new ClinicClock(100);
    expect(() => clock.advanceTo(99)).toThrow('the clinic clock cannot go back from 100 to 99');
  });
});
