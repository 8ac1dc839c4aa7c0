import { describe, expect, it } from 'vitest';
import { addDays, addMonths, bookedOn, describeSlotProblem, fillShare, firstFreeSlot, fromTheDayAfter, gridTimes, intervalAfter, slotProblem, slotStatus, weekdayOf } from '../../../src/workflows/shared/appointment-book';
import { patient, scenario } from '../../support/scenario-builder';

describe('date arithmetic on ISO dates', () => {
  it.each([
    ['2026-03-10', 2],
    ['2026-03-24', 2],
    ['1970-01-01', 4],
    ['2024-02-29', 4],
    ['2000-01-01', 6],
  ])('%s is weekday %i', (date, weekday) => expect(weekdayOf(date)).toBe(weekday));

  it.each([
    ['2026-03-10', 14, '2026-03-24'],
    ['2026-12-25', 10, '2027-01-04'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-01-05', -10, '2025-12-26'],
    ['2026-03-10', 0, '2026-03-10'],
    ['2026-03-10', 365, '2027-03-10'],
  ])('%s + %i days = %s', (date, days, expected) => expect(addDays(date, days)).toBe(expected));

  it.each([
    ['2026-03-10', 3, '2026-06-10'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-11-15', 3, '2027-02-15'],
  ])('%s + %i months = %s', (date, months, expected) => expect(addMonths(date, months)).toBe(expected));

  it('counts an interval in its unit', () => {
    expect(intervalAfter('2026-03-10', { value: 2, unit: 'weeks' })).toBe('2026-03-24');
    expect(intervalAfter('2026-03-10', { value: 3, unit: 'months' })).toBe('2026-06-10');
    expect(intervalAfter('2026-03-10', { value: 5, unit: 'days' })).toBe('2026-03-15');
  });
});

function template(overrides: Record<string, unknown> = {}) {
  return {
    id: 'dr-test',
    name: 'Dr. Test',
    npi: '1234567893',
    template: {
      slotMinutes: 15,
      blocked: [{ start: '12:00', end: '13:00', reason: 'Lunch' }],
      visitTypes: [
        { id: 'follow-up', name: 'Follow-up', minutes: 15 },
        { id: 'physical', name: 'Physical', minutes: 30 },
      ],
      ...overrides,
    },
  };
}

function request(time: string, visitTypeId = 'follow-up', date = '2026-03-24') {
  return { date, time, providerId: 'dr-test', visitTypeId };
}

describe('the appointment book', () => {
  const book = [
    { date: '2026-03-24', time: '08:00', providerId: 'dr-test', visitTypeId: 'physical', patientLabel: 'Booked A' },
    { date: '2026-03-24', time: '09:00', providerId: 'dr-test', visitTypeId: 'follow-up', patientLabel: 'Booked B' },
  ];
  const stream = scenario([patient('p1', '08:00')], { providers: [template()], appointmentBook: book });

  it.each([
    ['a free slot', request('09:15'), null],
    ['the second slot of a 30-minute visit', request('08:15'), 'full'],
    ['a 30-minute visit that runs into a booked slot', request('08:45', 'physical'), 'full'],
    ['a slot off the grid', request('09:10'), 'off-grid'],
    ['a visit in lunch', request('12:15'), 'blocked'],
    ['a visit running into lunch', request('11:45', 'physical'), 'blocked'],
    ['a Saturday', request('09:15', 'follow-up', '2026-03-28'), 'not-a-working-day'],
    ['before opening', request('07:45'), 'outside-hours'],
    ['a visit that would end after closing', request('16:45', 'physical'), 'outside-hours'],
    ['an unknown visit type', request('09:15', 'surgery'), 'unknown-visit-type'],
  ])('stream: %s', (_, slot, kind) => {
    expect(slotProblem(stream, slot)?.kind ?? null).toBe(kind);
  });

  it('allows a double booking only up to the template’s most per slot', () => {
    const doubled = scenario([patient('p1', '08:00')], { providers: [template({ maxPerSlot: 2 })], appointmentBook: book });
    expect(slotProblem(doubled, request('09:00'))).toBeNull();
    expect(slotProblem(stream, request('09:00'))).toEqual({ kind: 'full', taken: ['Booked B'], maxPerSlot: 1 });
  });

  it('books a wave at the top of the hour only, as many as the hour has slots', () => {
    const wave = scenario([patient('p1', '08:00')], { providers: [template({ method: 'wave' })], appointmentBook: book });
    expect(slotProblem(wave, request('09:15'))?.kind).toBe('off-grid');
    expect(slotProblem(wave, request('09:00'))).toBeNull();
  });

  it('books a modified wave two at the top of the hour and one in each other slot', () => {
    const modified = scenario([patient('p1', '08:00')], { providers: [template({ method: 'modified-wave' })], appointmentBook: book });
    expect(slotProblem(modified, request('09:00'))).toBeNull();
    expect(slotProblem(modified, request('10:15'))).toBeNull();
    const full = scenario([patient('p1', '08:00')], { providers: [template({ method: 'modified-wave' })], appointmentBook: [...book, { ...book[1]!, patientLabel: 'Booked C' }] });
    expect(slotProblem(full, request('09:00'))?.kind).toBe('full');
  });

  it('counts today’s scheduled patients as booked, and refuses a slot already past', () => {
    expect(bookedOn(stream, 'dr-test', '2026-03-10').map((entry) => entry.time)).toEqual(['08:00']);
    expect(slotProblem(stream, request('08:00', 'follow-up', '2026-03-10'))?.kind).toBe('full');
    expect(slotProblem(stream, request('08:15', 'follow-up', '2026-03-10'), { date: '2026-03-10', minute: 540 })?.kind).toBe('in-the-past');
    expect(firstFreeSlot(stream, { date: '2026-03-10', providerId: 'dr-test', visitTypeId: 'follow-up' }, 480)).toBe('08:15');
  });

  it('says what is wrong in words', () => {
    const slot = request('12:15');
    expect(describeSlotProblem(slotProblem(stream, slot)!, slot)).toBe('the visit at 2026-03-24 at 12:15 runs into blocked time 12:00–13:00 (Lunch)');
  });
});

function workingDays(from: number, to: number): string[] {
  return Array.from({ length: to - from }, (_, i) => addDays('2026-03-10', from + i)).filter((d) => weekdayOf(d) >= 1 && weekdayOf(d) <= 5);
}

describe('the appointment book filled in from the scenario', () => {
  const listed = [{ date: '2026-03-24', time: '09:00', providerId: 'dr-test', visitTypeId: 'physical', patientLabel: 'R. Listed' }];
  const fill = { nearFill: 0.9, farFill: 0.3, overDays: 60 };
  const filled = scenario([patient('p1', '08:00')], { providers: [template()], appointmentBook: listed, appointmentBookFill: fill });
  const empty = scenario([patient('p1', '08:00')], { providers: [template()], appointmentBook: listed });
  const slotsTaken = (date: string) => {
    const times = bookedOn(filled, 'dr-test', date).flatMap((entry) => {
      const start = Number(entry.time.slice(0, 2)) * 60 + Number(entry.time.slice(3));
      return entry.visitTypeId === 'physical' ? [start, start + 15] : [start];
    });
    return new Set(times).size;
  };

  it('falls in a straight line from the near share to the far share and stays there', () => {
    expect(fillShare(fill, 1)).toBeCloseTo(0.9);
    expect(fillShare(fill, 31)).toBeCloseTo(0.6);
    expect(fillShare(fill, 61)).toBeCloseTo(0.3);
    expect(fillShare(fill, 400)).toBeCloseTo(0.3);
  });

  it('takes most slots of the coming days and far fewer two months and more ahead, on average over the working days', () => {
    const [near, far] = [workingDays(1, 15), workingDays(61, 120)].map((dates) => dates.reduce((sum, d) => sum + slotsTaken(d), 0) / (dates.length * 32));
    expect(near).toBeGreaterThan(0.75);
    expect(far).toBeLessThan(0.5);
    expect(far).toBeGreaterThan(0.15);
  });

  it('keeps the listed appointments, never books over them, blocked time, closed days, today or the past, and is the same every time', () => {
    const day = bookedOn(filled, 'dr-test', '2026-03-24');
    expect(day[0]).toMatchObject({ time: '09:00', label: 'R. Listed' });
    expect(day.filter((entry) => entry.time === '09:00' || entry.time === '09:15')).toHaveLength(1);
    expect(day.every((entry) => entry.time < '12:00' || entry.time >= '13:00')).toBe(true);
    expect(day.filter((entry) => entry.visitTypeId === 'physical').every((entry) => entry.time !== '11:45' && entry.time !== '16:45')).toBe(true);
    expect(day.every((entry) => /^[A-Z]\. [A-Z][a-z]+$/.test(entry.label) || entry.label === 'R. Listed')).toBe(true);
    expect(bookedOn(filled, 'dr-test', '2026-03-28')).toEqual([]);
    expect(bookedOn(filled, 'dr-test', '2026-03-10').map((entry) => entry.label)).toEqual(['Testp Patient']);
    expect(bookedOn(filled, 'dr-test', '2026-03-09')).toEqual([]);
    const again = scenario([patient('p1', '08:00')], { providers: [template()], appointmentBook: listed, appointmentBookFill: fill });
    expect(bookedOn(again, 'dr-test', '2026-04-14')).toEqual(bookedOn(filled, 'dr-test', '2026-04-14'));
    expect(bookedOn(empty, 'dr-test', '2026-04-14')).toEqual([]);
  });

  it('refuses a taken slot as full, and offers the first free one', () => {
    const taken = bookedOn(filled, 'dr-test', '2026-03-25')[0]!;
    expect(slotProblem(filled, request(taken.time, 'follow-up', '2026-03-25'))?.kind).toBe('full');
    const free = firstFreeSlot(filled, { date: '2026-03-25', providerId: 'dr-test', visitTypeId: 'follow-up' });
    expect(free).not.toBeNull();
    expect(slotProblem(filled, request(free!, 'follow-up', '2026-03-25'))).toBeNull();
  });

  it('draws other slots with another seed, at the same shares', () => {
    const reseeded = scenario([patient('p1', '08:00')], { providers: [template()], appointmentBookFill: { ...fill, seed: 7 } });
    expect(bookedOn(reseeded, 'dr-test', '2026-04-14')).not.toEqual(bookedOn(filled, 'dr-test', '2026-04-14'));
  });
});

/** The status of a slot of Dr. Test's book for a booking made on 2026-03-10 (so from the next day on). */
function status(day: ReturnType<typeof scenario>, time: string, visitTypeId = 'follow-up', date = '2026-03-24') {
  return slotStatus(day, { providerId: 'dr-test', visitTypeId, notBefore: fromTheDayAfter('2026-03-10') }, date, time);
}

describe('slotStatus', () => {
  const book = [
    { date: '2026-03-24', time: '08:00', providerId: 'dr-test', visitTypeId: 'physical', patientLabel: 'Booked A' },
    { date: '2026-03-24', time: '09:00', providerId: 'dr-test', visitTypeId: 'follow-up', patientLabel: 'Booked B' },
  ];
  const stream = scenario([patient('p1', '08:00')], { providers: [template()], appointmentBook: book });

  it.each([
    ['a free slot', '09:15', 'follow-up', 'free', []],
    ['the second slot of a 30-minute visit', '08:15', 'follow-up', 'booked', ['Booked A']],
    ['a free slot a 30-minute visit cannot fill', '08:45', 'physical', 'runs-into-booking', []],
    ['a slot in lunch', '12:15', 'follow-up', 'blocked', []],
    ['a slot whose 30-minute visit runs into lunch', '11:45', 'physical', 'runs-into-blocked', []],
    ['the last slot, for a visit longer than the time left', '16:45', 'physical', 'outside-hours', []],
    ['a visit type the provider does not have', '09:15', 'surgery', 'unknown-visit', []],
  ])('stream: %s is %s', (_, time, visitTypeId, kind, holders) => {
    expect(status(stream, time, visitTypeId)).toMatchObject({ kind, holders });
  });

  it('says closed on a day the provider does not work, too soon on a day before the booking may start, and passed earlier on its first day', () => {
    expect(status(stream, '09:15', 'follow-up', '2026-03-28').kind).toBe('closed');
    expect(status(stream, '16:00', 'follow-up', '2026-03-10')).toMatchObject({ kind: 'too-soon', problem: { kind: 'in-the-past' } });
    const walkIn = { providerId: 'dr-test', visitTypeId: 'follow-up', notBefore: { date: '2026-03-10', minute: 10 * 60 } };
    expect(slotStatus(stream, walkIn, '2026-03-10', '09:15')).toMatchObject({ kind: 'passed', problem: { kind: 'in-the-past' } });
    expect(slotStatus(stream, walkIn, '2026-03-10', '10:30').kind).not.toBe('passed');
  });

  it('shows a slot with room left as free, and names who already holds it', () => {
    const doubled = scenario([patient('p1', '08:00')], { providers: [template({ maxPerSlot: 2 })], appointmentBook: book });
    expect(status(doubled, '09:00')).toMatchObject({ kind: 'free', problem: null, holders: ['Booked B'] });
    expect(status(stream, '09:00')).toMatchObject({ kind: 'booked', holders: ['Booked B'] });
  });

  it('in a wave, starts visits only on the hour and fills the hour to its capacity', () => {
    const wave = scenario([patient('p1', '08:00')], { providers: [template({ method: 'wave' })], appointmentBook: book });
    expect(status(wave, '09:15').kind).toBe('not-a-start-time');
    expect(status(wave, '09:00')).toMatchObject({ kind: 'free', holders: ['Booked B'] });
    const fullHour = scenario([patient('p1', '08:00')], {
      providers: [template({ method: 'wave', maxPerSlot: 1 })],
      appointmentBook: ['B', 'C', 'D', 'E'].map((letter) => ({ ...book[1]!, patientLabel: `Booked ${letter}` })),
    });
    expect(status(fullHour, '09:00')).toMatchObject({ kind: 'booked', holders: ['Booked B', 'Booked C', 'Booked D', 'Booked E'] });
  });

  it('is free exactly where the booking check finds no problem, on every slot of a filled book', () => {
    const day = scenario([patient('p1', '08:00')], { providers: [template()], appointmentBook: book, appointmentBookFill: { nearFill: 0.8, farFill: 0.3, overDays: 20, seed: 3 } });
    const provider = day.providers[0]!;
    for (let offset = 1; offset <= 21; offset++) {
      const date = addDays('2026-03-10', offset);
      for (const time of gridTimes(provider)) {
        for (const visitTypeId of ['follow-up', 'physical']) {
          const problem = slotProblem(day, { date, time, providerId: 'dr-test', visitTypeId }, fromTheDayAfter('2026-03-10'));
          const found = status(day, time, visitTypeId, date);
          expect(found.problem).toEqual(problem);
          expect(found.kind === 'free').toBe(problem === null);
        }
      }
    }
  });
});
