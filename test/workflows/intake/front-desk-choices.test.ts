import { describe, expect, it } from 'vitest';
import { intakeAvailableActions, intakeMachine } from '../../../src/workflows/intake/intake.machine';
import type { IntakeAction } from '../../../src/workflows/intake/intake.actions';
import { INTAKE_PLAYER } from '../../../src/workflows/intake/intake.player';
import { replyToInactiveCoverage } from '../../../src/workflows/intake/patient-at-desk';
import type { Scenario, ScenarioInput, ScenarioPatient } from '../../../src/scenario/scenario.schema';
import { SeededRandom } from '../../../src/domain/random';
import type { MistakeDice } from '../../../src/workflows/shared/player';
import { patient, scenario } from '../../support/scenario-builder';
import { checkedRules, GREET_AND_CONFIRM, intakeStatesReached, missedRules, startWorkflow } from './front-desk-support';

/** Dr. Test sees patients 08:00–09:00 on a 15-minute grid: four slots a day. */
const shortDay: ScenarioInput['providers'] = [
  {
    id: 'dr-test',
    name: 'Dr. Test',
    npi: '1234567893',
    template: { slotMinutes: 15, opensAt: '08:00', closesAt: '09:00', visitTypes: [{ id: 'follow-up', name: 'Follow-up', minutes: 15 }] },
  },
];
const walkIn = { kind: 'walk-in' as const, time: '08:10', visitTypeId: 'follow-up', providerId: 'dr-test' };

/** Today (Tuesday 2026-03-10) with the walk-in at 08:10 and `booked` of the four slots taken. */
function walkInDay(booked: readonly string[]): Scenario {
  return scenario([...booked.map((time, i) => patient(`p${i + 1}`, time)), patient('w', '08:10', { arrival: walkIn })], { providers: shortDay, day: { date: '2026-03-10', start: '08:00', end: '09:00', targetPatientsPerHour: 2 } });
}

const FULL = ['08:00', '08:15', '08:30', '08:45'];
const inactive = (choice?: 'self-pay' | 'reschedule') => ({
  payerId: 'bluecross-ppo',
  memberId: 'BHP-100',
  planType: 'ppo' as const,
  copay: 25,
  status: 'terminated' as const,
  ...(choice ? { inactiveChoice: choice } : {}),
});

const always: MistakeDice = { random: new SeededRandom(3), slips: () => true };
const never: MistakeDice = { random: new SeededRandom(3), slips: () => false };

/** Plays check-in with the expert (no dice) or the novice with `dice`; every action it picks must be accepted. */
function play(day: Scenario, who: ScenarioPatient, dice?: MistakeDice, startMinute = 490) {
  const run = startWorkflow(intakeMachine, day, who, startMinute);
  const sent: IntakeAction[] = [];
  for (let step = 0; step < 40 && run.actor.getSnapshot().status === 'active'; step++) {
    const view = { snapshot: run.actor.getSnapshot(), patient: who, scenario: day, minute: run.env.now() };
    const action = (dice ? INTAKE_PLAYER.novice(view, dice) : INTAKE_PLAYER.expert(view)) as IntakeAction | null;
    if (!action) break;
    expect(run.actor.getSnapshot().can(action), JSON.stringify(action)).toBe(true);
    run.actor.send(action);
    sent.push(action);
    run.clock.increment(1);
  }
  return { ...run, sent, snapshot: run.actor.getSnapshot() };
}

function toSlotting(day: Scenario, who: ScenarioPatient, startMinute = 490) {
  const run = startWorkflow(intakeMachine, day, who, startMinute);
  for (const action of GREET_AND_CONFIRM) run.actor.send(action);
  expect(run.actor.getSnapshot().value).toBe('slottingWalkIn');
  return run;
}

/** Check-in from the greeting to the scanned card: identity stated and confirmed. */
const UP_TO_THE_CARD = [
      { type: 'patient.greeted' },
      { type: 'identity.asked', question: 'full-name', style: 'stated' },
      { type: 'identity.asked', question: 'date-of-birth', style: 'stated' },
      { type: 'identity.confirmed' },
      { type: 'insurance-card.scanned', payerId: 'bluecross-ppo', memberId: 'BHP-100', groupNumber: null, planType: 'ppo' },
] as const;

describe('a walk-in on a day with no room', () => {
  it('is booked by the expert into the first open appointment and told when, and leaves check-in', () => {
    const day = walkInDay(FULL);
    const who = day.patients.at(-1)!;
    const run = play(day, who);
    expect(run.sent.at(-1)).toEqual({ type: 'walk-in.booked-later', date: '2026-03-11', time: '08:00' });
    expect(run.snapshot.value).toBe('sentHome');
    expect(run.snapshot.output).toEqual({
      registration: expect.objectContaining({ identityConfirmed: true }),
      returnVisit: { date: '2026-03-11', time: '08:00', providerId: 'dr-test', visitTypeId: 'follow-up', reason: 'no-room-today' },
    });
    expect(missedRules(run.journal)).toEqual([]);
    expect(checkedRules(run.journal)).toEqual(['intake.two-identifiers', 'scheduling.template', 'scheduling.walk-in']);
    expect(run.env.bookings).toEqual([{ date: '2026-03-11', time: '08:00', providerId: 'dr-test', visitTypeId: 'follow-up', label: 'Testw Patient' }]);
  });

  it('is squeezed into the full schedule by the novice when it slips, which the template flags', () => {
    const day = walkInDay(FULL);
    const run = play(day, day.patients.at(-1)!, always);
    expect(run.sent).toContainEqual({ type: 'walk-in.slotted', time: '08:15' });
    expect(run.journal.checks.find((check) => check.ruleId === 'scheduling.template')?.finding?.message).toBe(
      "Testw Patient's same-day slot at 08:15 does not fit the template: the slot at 2026-03-10 at 08:15 is already full (Testp Patient); the template allows 1 per slot.",
    );
    expect(play(day, day.patients.at(-1)!, never).sent).toContainEqual({ type: 'walk-in.booked-later', date: '2026-03-11', time: '08:00' });
  });

  it('is fitted in today when a slot is free, by the expert and the novice alike, without a roll of the dice', () => {
    const day = walkInDay(['08:00', '08:15', '08:45']);
    const noDice: MistakeDice = {
      random: new SeededRandom(1),
      slips: () => {
        throw new Error('the novice rolled for a walk-in the book has room for');
      },
    };
    const view = { snapshot: toSlotting(day, day.patients.at(-1)!).actor.getSnapshot(), patient: day.patients.at(-1)!, scenario: day, minute: 490 };
    expect(INTAKE_PLAYER.expert(view)).toEqual({ type: 'walk-in.slotted', time: '08:30' });
    expect(INTAKE_PLAYER.novice(view, noDice)).toEqual({ type: 'walk-in.slotted', time: '08:30' });
  });

  it.each([
    ['told to come tomorrow while 08:30 was free today', ['08:00', '08:15', '08:45'], '2026-03-11', '08:00', "Testw Patient walked in and was told to come back on 2026-03-11 at 08:00, but today's schedule still had a free slot at 08:30."],
    ['told to come next week while tomorrow was open', FULL, '2026-03-17', '08:00', 'Testw Patient walked in and was told to come back on 2026-03-17 at 08:00, but the first open appointment was on 2026-03-11 at 08:00.'],
    ['told to come back to the free slot later today', ['08:00', '08:15', '08:45'], '2026-03-10', '08:30', null],
    ['told to come tomorrow afternoon, the first open day', FULL, '2026-03-11', '08:45', null],
  ])('judges a walk-in %s', (_, booked, date, time, finding) => {
    const day = walkInDay(booked);
    const run = toSlotting(day, day.patients.at(-1)!);
    run.actor.send({ type: 'walk-in.booked-later', date, time });
    const check = run.journal.checks.find((c) => c.ruleId === 'scheduling.walk-in');
    expect(check?.finding?.message ?? null).toBe(finding);
    if (finding) {
      expect(check?.finding?.remedy).toMatch(/^Look at today's schedule first/);
      expect(check?.finding?.source.title).toBe('Clinic Day synthetic front-desk policy (forms, copay receipts, no-shows, walk-ins)');
      expect(check?.finding?.source.note).toMatch(/^Walk-ins: fit the patient into the first free slot/);
    }
  });

  it('flags an appointment that has already passed, and ignores one that is not a date', () => {
    const day = walkInDay(FULL);
    const run = toSlotting(day, day.patients.at(-1)!);
    expect(run.actor.getSnapshot().can({ type: 'walk-in.booked-later', date: '2026-02-30', time: '08:00' })).toBe(false);
    expect(run.actor.getSnapshot().can({ type: 'walk-in.booked-later', date: '2026-03-11', time: '8 am' })).toBe(false);
    expect(run.actor.getSnapshot().can({ type: 'walk-in.slotted', time: '25:00' })).toBe(false);
    expect(intakeAvailableActions(run.actor.getSnapshot())).toEqual(['walk-in.slotted', 'walk-in.booked-later']);
    run.actor.send({ type: 'walk-in.booked-later', date: '2026-03-09', time: '08:00' });
    expect(run.journal.checks.find((c) => c.ruleId === 'scheduling.template')?.finding?.message).toBe(
      "Testw Patient's appointment for later, on 2026-03-09 at 08:00, does not fit the template: 2026-03-09 at 08:00 has already passed.",
    );
  });

  it('refuses "book later" for a patient with an appointment today (not a walk-in)', () => {
    const day = walkInDay(['08:00']);
    const run = startWorkflow(intakeMachine, day, day.patients[0]!, 480);
    run.actor.send({ type: 'patient.greeted' });
    run.actor.send({ type: 'identity.asked', question: 'full-name', style: 'stated' });
    run.actor.send({ type: 'identity.confirmed' });
    expect(run.actor.getSnapshot().value).toBe('registering');
    expect(run.actor.getSnapshot().can({ type: 'walk-in.booked-later', date: '2026-03-11', time: '08:00' })).toBe(false);
  });
});

describe('inactive coverage, told to the patient, who chooses', () => {
  const reschedulingDay = scenario([patient('p1', '08:00', { coverage: inactive('reschedule') })]);
  const payingDay = scenario([patient('p1', '08:00', { coverage: inactive() })]);

  it.each([
    ['pays for the visit (the default)', payingDay, 'self-pay.agreed', 'visit.rescheduled'],
    ['chooses to come back (inactiveChoice: reschedule)', reschedulingDay, 'visit.rescheduled', 'self-pay.agreed'],
  ] as const)('offers only what the patient chose when they %s', (_, day, offered, refused) => {
    const run = startWorkflow(intakeMachine, day, day.patients[0]!);
    for (const action of UP_TO_THE_CARD) run.actor.send(action);
    const samples = { 'self-pay.agreed': { type: 'self-pay.agreed' }, 'visit.rescheduled': { type: 'visit.rescheduled', date: '2026-03-17', time: '08:00' } } as const;
    // Before eligibility is known there is nothing to tell.
    expect(run.actor.getSnapshot().can(samples[offered])).toBe(false);
    run.actor.send({ type: 'eligibility.checked' });
    expect(run.actor.getSnapshot().can(samples[offered])).toBe(true);
    expect(run.actor.getSnapshot().can(samples[refused])).toBe(false);
    expect(intakeAvailableActions(run.actor.getSnapshot())).toContain(offered);
    expect(intakeAvailableActions(run.actor.getSnapshot())).not.toContain(refused);
  });

  it('has the expert tell the patient and book the first open later day; the patient leaves check-in', () => {
    const who = reschedulingDay.patients[0]!;
    const run = play(reschedulingDay, who, undefined, 480);
    expect(run.sent.at(-1)).toEqual({ type: 'visit.rescheduled', date: '2026-03-11', time: '08:00' });
    expect(run.snapshot.value).toBe('sentHome');
    expect(run.snapshot.output?.returnVisit).toEqual({ date: '2026-03-11', time: '08:00', providerId: 'dr-test', visitTypeId: 'follow-up', reason: 'coverage-inactive' });
    expect(run.snapshot.output?.registration).toMatchObject({ eligibilityStatus: 'terminated', selfPay: false, copayCollected: 0 });
    expect(missedRules(run.journal)).toEqual([]);
    expect(checkedRules(run.journal)).toEqual(['intake.two-identifiers', 'scheduling.template', 'intake.insurance-card', 'intake.eligibility']);
    expect(run.env.bookings.map((b) => `${b.date} ${b.time} ${b.label}`)).toEqual(['2026-03-11 08:00 Testp Patient']);
  });

  it('keeps the eligibility finding when the novice ignores the inactive result', () => {
    const run = play(reschedulingDay, reschedulingDay.patients[0]!, always, 480);
    expect(run.snapshot.value).toBe('checkedIn');
    expect(run.snapshot.output).not.toHaveProperty('returnVisit');
    expect(missedRules(run.journal)).toContain('intake.eligibility');
  });

  it('flags a visit rescheduled for today: coverage is sorted out on a later day', () => {
    const run = startWorkflow(intakeMachine, reschedulingDay, reschedulingDay.patients[0]!);
    for (const action of [...UP_TO_THE_CARD, { type: 'eligibility.checked' }, { type: 'visit.rescheduled', date: '2026-03-10', time: '11:00' }] as const) run.actor.send(action);
    expect(missedRules(run.journal)).toEqual(['scheduling.template']);
    expect(run.journal.checks.find((c) => c.ruleId === 'scheduling.template')?.finding?.message).toBe(
      "Testp Patient's rescheduled visit on 2026-03-10 at 11:00 does not fit the template: 2026-03-10 at 11:00 has already passed.",
    );
  });

  it.each([
    ['reschedule', 'Oh no. Then I’d rather not pay for this myself — can I come back once my insurance is sorted out?'],
    [undefined, 'Oh no. I still want to be seen today, so I’ll pay for the visit myself.'],
  ] as const)('has the patient answer what they chose (%s)', (choice, reply) => {
    const day = scenario([patient('p1', '08:00', { coverage: inactive(choice) })]);
    expect(replyToInactiveCoverage(day.patients[0]!)).toBe(reply);
  });
});

describe('intakeMachine paths to the patient leaving with an appointment', () => {
  const EVENTS: IntakeAction[] = [
    { type: 'patient.greeted' },
    { type: 'identity.asked', question: 'full-name', style: 'stated' },
    { type: 'identity.asked', question: 'date-of-birth', style: 'stated' },
    { type: 'identity.confirmed' },
    { type: 'walk-in.slotted', time: '08:30' },
    { type: 'walk-in.booked-later', date: '2026-03-11', time: '08:00' },
    { type: 'insurance-card.scanned', payerId: 'bluecross-ppo', memberId: 'BHP-100', groupNumber: null, planType: 'ppo' },
    { type: 'eligibility.checked' },
    { type: 'self-pay.agreed' },
    { type: 'visit.rescheduled', date: '2026-03-17', time: '08:00' },
    { type: 'check-in.completed' },
  ];

  function reached(day: Scenario, who: ScenarioPatient): string[] {
    return intakeStatesReached(day, who, EVENTS, 490, ({ answers, card, eligibility, selfPay }) => [answers.length, card !== null, eligibility !== null, selfPay]);
  }

  it('reaches sentHome for a walk-in told when to come', () => {
    const day = walkInDay(FULL);
    expect(reached(day, day.patients.at(-1)!)).toEqual(['"checkedIn"', '"greeting"', '"identifying"', '"registering"', '"sentHome"', '"slottingWalkIn"']);
  });

  it('reaches sentHome for a patient who reschedules over inactive coverage, and not for one who pays', () => {
    const rescheduling = scenario([patient('p1', '08:00', { coverage: inactive('reschedule') })]);
    const paying = scenario([patient('p1', '08:00', { coverage: inactive('self-pay') })]);
    expect(reached(rescheduling, rescheduling.patients[0]!)).toContain('"sentHome"');
    expect(reached(paying, paying.patients[0]!)).not.toContain('"sentHome"');
  });
});
