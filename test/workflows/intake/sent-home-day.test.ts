import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../../src/cli/scenario-file';
import type { Scenario, ScenarioInput } from '../../../src/scenario/scenario.schema';
import { debriefText } from '../../../src/scoring/debrief';
import { scoreDay } from '../../../src/scoring/score';
import { dayView } from '../../../src/session/day-view';
import { Session } from '../../../src/session/session';
import { playDay, scriptedTrainee } from '../../../src/trainees/play-day';
import { patient, scenario } from '../../support/scenario-builder';

/** Dr. Test's book holds 08:00–09:00 today, four 15-minute slots, all taken by the scheduled patients. */
function fullDay(withWalkIn: boolean): Scenario {
  const providers: ScenarioInput['providers'] = [
    { id: 'dr-test', name: 'Dr. Test', npi: '1234567893', template: { opensAt: '08:00', closesAt: '09:00', visitTypes: [{ id: 'follow-up', name: 'Follow-up', minutes: 15 }] } },
  ];
  const booked = ['08:00', '08:15', '08:30', '08:45'].map((time, i) => patient(`p${i + 1}`, time, { visitMinutes: 10 }));
  const walkIn = patient('w', '08:05', { arrival: { kind: 'walk-in', time: '08:05', visitTypeId: 'follow-up', providerId: 'dr-test' } });
  return scenario(withWalkIn ? [...booked, walkIn] : booked, { providers, day: { date: '2026-03-10', start: '08:00', end: '11:00', targetPatientsPerHour: 1 } });
}

describe('a walk-in sent home with an appointment on a full day', () => {
  const day = fullDay(true);
  const session = playDay(day, scriptedTrainee('expert', day, 1), { seed: 1 });
  const record = session.record();
  const result = scoreDay(record);

  it('ends the encounter as rebooked, with the booking in the day’s book and on the timeline', () => {
    const journey = record.journeys.find((j) => j.patientId === 'w')!;
    expect(journey).toMatchObject({ stage: 'rebooked', outcome: 'rebooked', arrivedAt: 485 });
    expect(journey.departedAt).toBeGreaterThan(485);
    expect(session.bookingsMadeToday).toContainEqual({ date: '2026-03-11', time: '08:00', providerId: 'dr-test', visitTypeId: 'follow-up', label: 'Testw Patient' });
    expect(record.timeline.filter((entry) => entry.patientId === 'w' && entry.kind === 'rebooked').map((entry) => entry.text)).toEqual([
      'Testw Patient left the clinic with an appointment for 2026-03-11 at 08:00 (today had no free slot)',
    ]);
  });

  it('counts the walk-in in the debrief’s numbers as rebooked without being seen, words that cannot be read as a follow-up booked at checkout (the playtest)', () => {
    const text = debriefText(result, 'Full day');
    expect(text).toContain('1 rebooked without being seen');
    expect(text).not.toMatch(/new appointment/);
  });

  it('is not a patient left unseen, nor an unfinished visit, and costs no throughput', () => {
    expect(result.stats).toMatchObject({ patientsLeftUnseen: 0, patientsRebooked: 1, patientsCompleted: 4 });
    expect(result.findings).toEqual([]);
    expect(result.passed).toBe(true);
    const flowChecks = [...record.checks, ...result.findings].filter((c) => c.patientId === 'w' && c.ruleId.startsWith('flow.'));
    expect(flowChecks).toEqual([]);
    const without = scoreDay(playDay(fullDay(false), scriptedTrainee('expert', fullDay(false), 1), { seed: 1 }).record());
    // Counted as left unseen, the walk-in would cost 60 × 1/5 = 12 points.
    expect(Math.abs(result.score.throughput - without.score.throughput)).toBeLessThan(3);
    expect(debriefText(result, day.title)).toMatch(/Testw Patient\s+rebooked\s+08:05–08:\d\d/);
  });

  it('walks the patient out on the floor and refuses further work for them with a "not now"', () => {
    const live = Session.start(day, { seed: 1 });
    live.advanceTo(8 * 60 + 5);
    for (const action of [
      { type: 'patient.greeted' },
      { type: 'identity.asked', question: 'full-name', style: 'stated' },
      { type: 'identity.asked', question: 'date-of-birth', style: 'stated' },
      { type: 'identity.confirmed' },
    ] as const) expect(live.act('w', action).accepted).toBe(true);
    expect(dayView(live).patients.find((p) => p.id === 'w')?.area).toBe('front-desk');
    expect(live.act('w', { type: 'walk-in.booked-later', date: '2026-03-11', time: '08:00' }).accepted).toBe(true);
    const view = dayView(live).patients.find((p) => p.id === 'w');
    expect(view).toMatchObject({ stage: 'rebooked', area: 'gone', badge: { text: 'Left with an appointment', tone: 'done' } });
    expect(live.act('w', { type: 'check-in.completed' })).toEqual({ accepted: false, reason: 'Not now: Testw Patient has left with an appointment for another time.' });
    expect(live.available().some((task) => task.patientId === 'w')).toBe(false);
    live.dispose();
  });
});

describe('front-desk-trouble: Ximena Torres reschedules over her terminated coverage', () => {
  const loaded = readScenarioFile('front-desk-trouble');
  if (!loaded.ok) throw new Error('front-desk-trouble does not load');
  const day = loaded.scenario;
  const session = playDay(day, scriptedTrainee('expert', day, 1), { seed: 1 });
  const record = session.record();

  it('has the scenario choose to reschedule', () => {
    expect(day.patients.find((p) => p.id === 'ximena-torres')?.coverage?.inactiveChoice).toBe('reschedule');
  });

  it('has the expert tell her, book her visit for a later day, and let her go', () => {
    const journey = record.journeys.find((j) => j.patientId === 'ximena-torres')!;
    expect(journey.outcome).toBe('rebooked');
    const booking = session.bookingsMadeToday.find((b) => b.label === 'Ximena Torres');
    expect(booking).toMatchObject({ providerId: 'dr-dominguez', visitTypeId: 'new-patient' });
    expect(booking!.date > day.day.date).toBe(true);
    const hers = record.checks.filter((c) => c.patientId === 'ximena-torres');
    expect(hers.filter((c) => !c.passed)).toEqual([]);
    expect(hers.map((c) => c.ruleId)).toEqual(expect.arrayContaining(['intake.eligibility', 'scheduling.template']));
    // She is not seen today: no vitals, no specimens, no claim.
    expect(hers.filter((c) => /^(vitals|rooming|specimen|poct|billing)\./.test(c.ruleId))).toEqual([]);
    expect(scoreDay(record).stats).toMatchObject({ patientsLeftUnseen: 0, patientsRebooked: 1 });
  });
});
