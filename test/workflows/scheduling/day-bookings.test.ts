import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/session/session';
import { playDay, scriptedTrainee } from '../../../src/trainees/play-day';
import { patient, scenario } from '../../support/scenario-builder';

const followUp = { interval: { value: 2, unit: 'weeks' as const }, visitTypeId: 'follow-up', toleranceDays: 0 };
const day = scenario([patient('p1', '08:00', { followUp }), patient('p2', '08:00', { followUp })], {
  workflows: { intake: false, vitals: false, specimen: false, scheduling: true, billing: false },
});

describe('bookings made during the day', () => {
  it('count against the book: the second patient booked into the same slot is a double booking', () => {
    const session = Session.start(day, { seed: 1 });
    session.advanceTo(480 + 30);
    expect([session.stageOf('p1'), session.stageOf('p2')]).toEqual(['checkout', 'checkout']);
    const slot = { type: 'follow-up.booked' as const, date: '2026-03-24', time: '09:00', visitTypeId: 'follow-up', providerId: 'dr-test' };
    expect(session.act('p1', slot).accepted).toBe(true);
    expect(session.act('p2', slot).accepted).toBe(true);
    const template = session.record().checks.filter((check) => check.ruleId === 'scheduling.template');
    expect(template.map((check) => [check.patientId, check.passed])).toEqual([
      ['p1', true],
      ['p2', false],
    ]);
    expect(template[1]!.finding!.message).toMatch(/Testp Patient/);
    expect(session.bookingsMadeToday.map((booking) => [booking.date, booking.time])).toEqual([
      ['2026-03-24', '09:00'],
      ['2026-03-24', '09:00'],
    ]);
  });

  it('are seen by the expert, who gives the two patients different slots', () => {
    const session = playDay(day, scriptedTrainee('expert', day, 1), { seed: 1 });
    const booked = session.log.filter((entry) => entry.action.type === 'follow-up.booked').map((entry) => entry.action);
    expect(booked).toHaveLength(2);
    expect(new Set(booked.map((action) => JSON.stringify(action))).size).toBe(2);
    expect(session.record().checks.filter((check) => check.ruleId === 'scheduling.template').every((check) => check.passed)).toBe(true);
  });
});
