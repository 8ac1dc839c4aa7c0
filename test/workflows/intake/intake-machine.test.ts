import { describe, expect, it } from 'vitest';
import { coverageNotActive, intakeAvailableActions, intakeMachine } from '../../../src/workflows/intake/intake.machine';
import type { IntakeAction } from '../../../src/workflows/intake/intake.actions';
import type { Scenario, ScenarioPatient } from '../../../src/scenario/scenario.schema';
import { patient, scenario } from '../../support/scenario-builder';
import { checkedRules, GREET_AND_CONFIRM, intakeStatesReached, missedRules, playCheckIn as playDesk, startWorkflow } from './front-desk-support';

const coverage = { payerId: 'bluecross-ppo', memberId: 'BHP-100', planType: 'ppo' as const, copay: 25 };

/** Plays the expert (or a novice that always slips) through check-in; returns the journal and the output. */
function playCheckIn(day: Scenario, who: ScenarioPatient, mode: 'expert' | 'always-slips' = 'expert', startMinute = 480) {
  return playDesk(day, who, mode === 'expert' ? { startMinute } : { slips: () => true, startMinute });
}

describe('intakeMachine', () => {
  it('checks in a patient the expert way with every check passed and the registration as entered', () => {
    const day = scenario([patient('p1', '08:00', { coverage, chiefComplaint: 'My knee hurts when I climb stairs.' })]);
    const { journal, output } = playCheckIn(day, day.patients[0]!);
    expect(missedRules(journal)).toEqual([]);
    expect(checkedRules(journal)).toEqual(expect.arrayContaining(['intake.two-identifiers', 'intake.demographics', 'intake.insurance-card', 'intake.eligibility', 'intake.copay', 'intake.forms', 'intake.chief-complaint']));
    expect(output?.registration).toMatchObject({ identityConfirmed: true, payerId: 'bluecross-ppo', memberId: 'BHP-100', eligibilityStatus: 'active', selfPay: false, copayCollected: 25 });
  });

  it('catches a date of birth that does not match (the default scenario’s trap) and passes when resolved', () => {
    const day = scenario([patient('p1', '08:00', { statesAtCheckIn: { dateOfBirth: '1970-05-15' } })]);
    const expert = playCheckIn(day, day.patients[0]!);
    expect(expert.journal.checks.find((c) => c.ruleId === 'intake.identity-mismatch')?.passed).toBe(true);
    const run = startWorkflow(intakeMachine, day, day.patients[0]!);
    for (const action of GREET_AND_CONFIRM) run.actor.send(action);
    expect(run.journal.checks.find((c) => c.ruleId === 'intake.identity-mismatch')?.finding?.message).toBe(
      'Testp Patient states the date of birth 1970-05-15 (chart: 1970-05-14); identity was confirmed anyway.',
    );
  });

  it('catches a misspelled name', () => {
    const day = scenario([patient('p1', '08:00', { statesAtCheckIn: { name: { given: 'Tesp', family: 'Patient' } } })]);
    const run = startWorkflow(intakeMachine, day, day.patients[0]!);
    run.actor.send({ type: 'patient.greeted' });
    run.actor.send({ type: 'identity.asked', question: 'full-name', style: 'stated' });
    run.actor.send({ type: 'identity.asked', question: 'date-of-birth', style: 'stated' });
    run.actor.send({ type: 'identity.confirmed' });
    expect(missedRules(run.journal)).toEqual(['intake.identity-mismatch']);
    expect(run.journal.checks[1]?.finding?.message).toMatch(/states the name "Tesp Patient" \(chart: "Testp Patient"\)/);
  });

  it('names the namesake when only the name identifies one of two patients with the same name', () => {
    const twin = { name: { given: 'Mary', family: 'Smith' } };
    const day = scenario([patient('p1', '08:00', twin), patient('p2', '09:00', { ...twin, dateOfBirth: '1988-01-02' })]);
    const run = startWorkflow(intakeMachine, day, day.patients[0]!);
    run.actor.send({ type: 'patient.greeted' });
    run.actor.send({ type: 'identity.asked', question: 'full-name', style: 'stated' });
    run.actor.send({ type: 'identity.confirmed' });
    expect(run.journal.checks[0]?.finding?.message).toMatch(/Another patient named Mary on today's schedule share the name/);
  });

  it('lets an inactive coverage be told to the patient, who pays for the visit themselves', () => {
    const day = scenario([patient('p1', '08:00', { coverage: { ...coverage, status: 'inactive' } })]);
    const { journal, output } = playCheckIn(day, day.patients[0]!);
    expect(missedRules(journal)).toEqual([]);
    expect(output?.registration).toMatchObject({ eligibilityStatus: 'inactive', selfPay: true, copayCollected: 0 });
  });

  it('puts the desk on the inactive-coverage path only once eligibility says so, and off it once the patient agrees to pay', () => {
    const day = scenario([patient('p1', '08:00', { coverage: { ...coverage, status: 'terminated' } })]);
    const run = startWorkflow(intakeMachine, day, day.patients[0]!);
    for (const action of GREET_AND_CONFIRM) run.actor.send(action);
    run.actor.send({ type: 'insurance-card.scanned', payerId: 'bluecross-ppo', memberId: 'BHP-100', groupNumber: null, planType: 'ppo' });
    expect(coverageNotActive(run.actor.getSnapshot().context)).toBe(false);
    run.actor.send({ type: 'eligibility.checked' });
    expect(coverageNotActive(run.actor.getSnapshot().context)).toBe(true);
    expect(intakeAvailableActions(run.actor.getSnapshot())).toContain('self-pay.agreed');
    run.actor.send({ type: 'self-pay.agreed' });
    expect(coverageNotActive(run.actor.getSnapshot().context)).toBe(false);
    const active = scenario([patient('p1', '08:00', { coverage })]);
    const insured = startWorkflow(intakeMachine, active, active.patients[0]!);
    for (const action of GREET_AND_CONFIRM) insured.actor.send(action);
    insured.actor.send({ type: 'insurance-card.scanned', payerId: 'bluecross-ppo', memberId: 'BHP-100', groupNumber: null, planType: 'ppo' });
    insured.actor.send({ type: 'eligibility.checked' });
    expect(coverageNotActive(insured.actor.getSnapshot().context)).toBe(false);
  });

  it('takes a copay collected to the cent, however the dollars were reached', () => {
    const day = scenario([patient('p1', '08:00', { coverage: { ...coverage, copay: 0.3 } })]);
    const run = startWorkflow(intakeMachine, day, day.patients[0]!);
    for (const action of GREET_AND_CONFIRM) run.actor.send(action);
    run.actor.send({ type: 'insurance-card.scanned', payerId: 'bluecross-ppo', memberId: 'BHP-100', groupNumber: null, planType: 'ppo' });
    run.actor.send({ type: 'eligibility.checked' });
    run.actor.send({ type: 'copay.collected', amount: 0.1 + 0.2, receiptGiven: true });
    run.actor.send({ type: 'check-in.completed' });
    expect(run.journal.checks.find((check) => check.ruleId === 'intake.copay')?.passed).toBe(true);
  });

  it('makes the novice’s slips into findings: "are you…?", no second identifier, no eligibility, no copay', () => {
    const day = scenario([patient('p1', '08:00', { coverage: { ...coverage, status: 'inactive' } })]);
    const { journal, output } = playCheckIn(day, day.patients[0]!, 'always-slips');
    expect(missedRules(journal)).toEqual(['intake.two-identifiers', 'intake.eligibility']);
    expect(output?.registration.identityConfirmed).toBe(false);
  });

  it('carries a member id that differs from the card to the chart, and flags it', () => {
    const day = scenario([patient('p1', '08:00', { coverage: { ...coverage, cardMemberId: 'BHP-200' } })]);
    const run = startWorkflow(intakeMachine, day, day.patients[0]!);
    run.actor.send({ type: 'patient.greeted' });
    run.actor.send({ type: 'identity.asked', question: 'full-name', style: 'stated' });
    run.actor.send({ type: 'identity.asked', question: 'date-of-birth', style: 'stated' });
    run.actor.send({ type: 'identity.confirmed' });
    run.actor.send({ type: 'insurance-card.scanned', payerId: 'bluecross-ppo', memberId: 'BHP-100', groupNumber: null, planType: 'ppo' });
    run.actor.send({ type: 'eligibility.checked' });
    expect(run.actor.getSnapshot().context.eligibility).toEqual({ found: false, memberId: 'BHP-100' });
    run.actor.send({ type: 'check-in.completed' });
    expect(missedRules(run.journal)).toEqual(expect.arrayContaining(['intake.insurance-card', 'intake.eligibility']));
    expect(run.actor.getSnapshot().output?.registration.memberId).toBe('BHP-100');
  });

  it('needs the prior authorisation the payer lists for an ordered service', () => {
    const hmo = { payerId: 'aetna-hmo', memberId: 'MVH-1', planType: 'hmo' as const, copay: 20 };
    const day = scenario([patient('p1', '08:00', { coverage: hmo, orders: [{ testId: 'ecg' }] })]);
    const expert = playCheckIn(day, day.patients[0]!);
    expect(expert.output?.registration.priorAuthorizationNumber).toMatch(/^PA-\d{6}$/);
    expect(expert.journal.checks.find((c) => c.ruleId === 'intake.prior-authorization')?.passed).toBe(true);
    const skipped = startWorkflow(intakeMachine, day, day.patients[0]!);
    for (const type of ['patient.greeted', 'identity.confirmed', 'check-in.completed'] as const) skipped.actor.send({ type } as IntakeAction);
    expect(skipped.actor.getSnapshot().status).toBe('active');
  });

  it('fits a walk-in into the first free slot of today, and flags a slot that is taken', () => {
    const day = scenario([
      patient('p1', '09:00'),
      patient('w1', '08:50', { arrival: { kind: 'walk-in', time: '08:50', visitTypeId: 'follow-up', providerId: 'dr-test' } }),
    ]);
    const expert = playCheckIn(day, day.patients[1]!, 'expert', 530);
    expect(expert.journal.checks.find((c) => c.ruleId === 'scheduling.template')?.passed).toBe(true);
    const run = startWorkflow(intakeMachine, day, day.patients[1]!, 530);
    run.actor.send({ type: 'patient.greeted' });
    run.actor.send({ type: 'identity.asked', question: 'full-name', style: 'stated' });
    run.actor.send({ type: 'identity.confirmed' });
    expect(run.actor.getSnapshot().value).toBe('slottingWalkIn');
    run.actor.send({ type: 'walk-in.slotted', time: '09:00' });
    expect(run.journal.checks.at(-1)?.finding?.message).toMatch(/same-day slot at 09:00 does not fit the template: the slot at 2026-03-10 at 09:00 is already full \(Testp Patient\)/);
  });

  it('ignores what makes no sense now and is safe when an event arrives twice', () => {
    const day = scenario([patient('p1', '08:00', { coverage })]);
    const run = startWorkflow(intakeMachine, day, day.patients[0]!);
    const before = run.actor.getSnapshot();
    expect(before.can({ type: 'check-in.completed' })).toBe(false);
    expect(before.can({ type: 'eligibility.checked' })).toBe(false);
    expect(intakeAvailableActions(before)).toEqual(['patient.greeted']);
    run.actor.send({ type: 'patient.greeted' });
    run.actor.send({ type: 'patient.greeted' });
    run.actor.send({ type: 'identity.asked', question: 'full-name', style: 'stated' });
    run.actor.send({ type: 'identity.asked', question: 'full-name', style: 'stated' });
    expect(run.actor.getSnapshot().context.answers).toHaveLength(1);
    run.actor.send({ type: 'identity.asked', question: 'date-of-birth', style: 'stated' });
    run.actor.send({ type: 'identity.confirmed' });
    run.actor.send({ type: 'insurance-card.scanned', payerId: 'bluecross-ppo', memberId: 'BHP-100', groupNumber: null, planType: 'ppo' });
    run.actor.send({ type: 'eligibility.checked' });
    run.actor.send({ type: 'insurance-card.scanned', payerId: 'bluecross-ppo', memberId: 'BHP-100', groupNumber: null, planType: 'ppo' });
    expect(run.actor.getSnapshot().context.eligibility).not.toBeNull();
    run.actor.send({ type: 'copay.collected', amount: 25, receiptGiven: true });
    run.actor.send({ type: 'copay.collected', amount: 25, receiptGiven: true });
    expect(run.actor.getSnapshot().context.copay).toEqual({ amount: 25, receiptGiven: true });
    expect(intakeAvailableActions(run.actor.getSnapshot())).not.toContain('copay.collected');
  });
});

describe('intakeMachine paths', () => {
  const EVENTS: IntakeAction[] = [
    { type: 'patient.greeted' },
    { type: 'identity.asked', question: 'full-name', style: 'stated' },
    { type: 'identity.mismatch-flagged' },
    { type: 'photo-id.checked' },
    { type: 'identity.confirmed' },
    { type: 'walk-in.slotted', time: '10:00' },
    { type: 'check-in.completed' },
  ];
  function reached(who: ScenarioPatient, day: Scenario): string[] {
    // The stage, and the identity facts that open its transitions.
    return intakeStatesReached(day, who, EVENTS, 480, ({ answers, mismatchFlagged, photoIdChecked }) => [answers.length, mismatchFlagged, photoIdChecked]);
  }

  it('reaches every state: greeting, identifying, resolving a mismatch, slotting a walk-in, registering, checked in', () => {
    const day = scenario([patient('w1', '09:00', { arrival: { kind: 'walk-in', time: '09:00', visitTypeId: 'follow-up', providerId: 'dr-test' } })]);
    expect(reached(day.patients[0]!, day)).toEqual(['"checkedIn"', '"greeting"', '"identifying"', '"registering"', '"resolvingMismatch"', '"slottingWalkIn"']);
  });
});
