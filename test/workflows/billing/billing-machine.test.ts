import { describe, expect, it } from 'vitest';
import type { EventObject } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { DayJournal } from '../../../src/domain/day-environment';
import { minutesOfDay } from '../../../src/scenario/clock-time';
import { readScenarioFile } from '../../../src/cli/scenario-file';
import { SeededRandom } from '../../../src/domain/random';
import { playDay, scriptedTrainee } from '../../../src/trainees/play-day';
import type { BillingAction } from '../../../src/workflows/billing/billing.actions';
import { billingAvailableActions, billingMachine, type BillingContext, claimWentOut } from '../../../src/workflows/billing/billing.machine';
import { BILLING_PLAYER } from '../../../src/workflows/billing/billing.player';
import { codingOf } from '../../../src/workflows/billing/claim';
import { stageTaskWorkflows } from '../../support/stage-tasks';
import { billingDay, billingPatient, registration, startBilling } from './billing-support';

function contextOf(actor: ReturnType<typeof startBilling>['actor']): BillingContext {
  return actor.getSnapshot().context;
}

/** Plays the expert's moves until the machine waits on the payer or finishes. */
function playExpert(run: ReturnType<typeof startBilling>, limit = 10): string[] {
  const played: string[] = [];
  for (let i = 0; i < limit; i++) {
    const snapshot = run.actor.getSnapshot();
    if (snapshot.status !== 'active') break;
    const view = { snapshot, patient: run.day.patients[0]!, scenario: run.day, minute: run.clock.now() };
    const action = BILLING_PLAYER.expert(view as never);
    if (!action) break;
    played.push(action.type);
    run.actor.send(action as BillingAction);
  }
  return played;
}

describe('billingMachine', () => {
  it('takes a clean claim from coding to posting in four actions, the payer answering after 15 clinic minutes', () => {
    const run = startBilling();
    expect(playExpert(run)).toEqual(['claim.coded', 'claim.scrubbed', 'claim.submitted']);
    expect(run.actor.getSnapshot().value).toBe('awaitingPayer');
    run.clock.increment(14);
    expect(run.actor.getSnapshot().value).toBe('awaitingPayer');
    run.clock.increment(1);
    expect(run.actor.getSnapshot().value).toBe('paid');
    expect(playExpert(run)).toEqual(['payment.posted']);
    expect(run.actor.getSnapshot().status).toBe('done');
    expect(run.actor.getSnapshot().output).toEqual({ billing: { outcome: 'paid', chargeCents: 29500, payerPaidCents: 18150, patientBalanceCents: 0, submissions: 1 } });
    expect(run.journal.checks.filter((c) => !c.passed)).toEqual([]);
    expect(new Set(run.journal.checks.map((c) => c.ruleId))).toEqual(
      new Set(['billing.icd10-specificity', 'billing.em-level', 'billing.modifier-25', 'billing.modifier-qw', 'billing.diagnosis-pointer', 'billing.claim-data', 'billing.vaccine-administration', 'billing.payment-posting', 'billing.denial-worked']),
    );
  });

  it('shows the CPT codes with our own short descriptions and the scrubber’s edits', () => {
    const run = startBilling();
    const coding = codingOf(contextOf(run.actor).expected);
    run.actor.send({ type: 'claim.coded', coding: { ...coding, lines: coding.lines.map((l, i) => (i === 0 ? { ...l, modifiers: [] } : l)) } });
    run.actor.send({ type: 'claim.scrubbed' });
    const context = contextOf(run.actor);
    expect(context.claim?.lines[0]?.description).toBe('Office visit, established patient, moderate-complexity decision making');
    expect(context.edits.map((e) => e.kind)).toEqual(['missing-modifier-25']);
  });

  it('ignores a double-fired action and refuses actions that do not fit', () => {
    const run = startBilling();
    const coding = codingOf(contextOf(run.actor).expected);
    expect(run.actor.getSnapshot().can({ type: 'claim.submitted' })).toBe(false);
    run.actor.send({ type: 'claim.coded', coding });
    run.actor.send({ type: 'claim.coded', coding: { diagnoses: [], lines: [] } });
    expect(contextOf(run.actor).coding).toEqual(coding);
    expect(run.actor.getSnapshot().can({ type: 'claim.submitted' })).toBe(false);
    run.actor.send({ type: 'claim.scrubbed' });
    expect(run.actor.getSnapshot().can({ type: 'claim.scrubbed' })).toBe(false);
    expect(run.actor.getSnapshot().can({ type: 'claim.corrected', coding })).toBe(false);
    run.actor.send({ type: 'claim.submitted' });
    run.actor.send({ type: 'claim.submitted' });
    expect(contextOf(run.actor).submissions).toHaveLength(1);
    expect(billingAvailableActions(run.actor.getSnapshot())).toEqual([]);
  });

  it('turns a member id mistyped at check-in into a denial (CARC 31) the trainee corrects and resubmits', () => {
    const run = startBilling(billingDay(), { registration: registration({ memberId: 'BHP-100201' }) });
    const coding = codingOf(contextOf(run.actor).expected);
    run.actor.send({ type: 'claim.coded', coding });
    run.actor.send({ type: 'claim.scrubbed' });
    run.actor.send({ type: 'claim.submitted' });
    run.clock.increment(15);
    expect(contextOf(run.actor).denial).toMatchObject({ reason: 'wrong-patient-data', carc: '31' });
    expect(run.journal.checks.find((c) => c.ruleId === 'billing.claim-data')?.passed).toBe(false);
    expect(playExpert(run)).toEqual(['denial.worked', 'claim.corrected', 'claim.scrubbed', 'claim.submitted']);
    run.clock.increment(15);
    expect(playExpert(run)).toEqual(['payment.posted']);
    expect(run.journal.checks.filter((c) => c.ruleId === 'billing.denial-worked').map((c) => c.passed)).toEqual([true, true]);
  });

  it('denies a resubmission sent unchanged as a duplicate and marks the denial as not worked', () => {
    const run = startBilling();
    const coding = codingOf(contextOf(run.actor).expected);
    run.actor.send({ type: 'claim.coded', coding: { ...coding, lines: coding.lines.map((l) => (l.code === '83036' ? { ...l, pointers: ['A'] } : l)) } });
    run.actor.send({ type: 'claim.scrubbed' });
    run.actor.send({ type: 'claim.submitted' });
    run.clock.increment(15);
    expect(contextOf(run.actor).denial?.reason).toBe('medical-necessity');
    run.actor.send({ type: 'denial.worked', resolution: 'resubmit' });
    run.actor.send({ type: 'claim.submitted' });
    run.clock.increment(15);
    expect(contextOf(run.actor).denial?.carc).toBe('18');
    const denialChecks = run.journal.checks.filter((c) => c.ruleId === 'billing.denial-worked');
    expect(denialChecks.map((c) => c.passed)).toEqual([false]);
    expect(run.journal.checks.find((c) => c.ruleId === 'billing.diagnosis-pointer')?.finding?.message).toContain('83036 points at I10');
  });

  it('bills a self-pay visit to the patient without a claim to a payer', () => {
    const run = startBilling(billingDay(billingPatient({ coverage: undefined })), {});
    expect(playExpert(run)).toEqual(['claim.coded', 'patient.billed']);
    expect(run.actor.getSnapshot().output).toMatchObject({ billing: { outcome: 'patient-billed', patientBalanceCents: 29500 } });
  });

  it('writes off a missing-authorisation denial when no authorisation was obtained', () => {
    const ecgPatient = billingPatient({ coverage: { payerId: 'aetna-hmo', memberId: 'MVH-1', planType: 'hmo' }, orders: [{ testId: 'ecg' }], note: { diagnoses: ['I10'], assessment: 'HTN, ECG.', medicalDecisionMaking: { problems: 'low', data: 'low', risk: 'low' }, separatelyIdentifiable: true } });
    const run = startBilling(billingDay(ecgPatient), { ecg: { recorded: true, handedOver: 'routine', artefactsOnFinal: [], interpretation: 'in-house' } });
    playExpert(run);
    run.clock.increment(20);
    expect(contextOf(run.actor).denial?.carc).toBe('197');
    expect(playExpert(run)).toEqual(['denial.worked']);
    expect(run.actor.getSnapshot().output).toMatchObject({ billing: { outcome: 'written-off' } });
  });

  it('leaves a claim never sent to the day’s own unfinished-claim finding, and records an unworked denial just before closing', () => {
    const unsent = startBilling(billingDay(billingPatient(), { day: { date: '2026-03-10', start: '08:00', end: '10:30', targetPatientsPerHour: 2 } }));
    unsent.clock.increment(minutesOfDay('10:30') - 600);
    expect(unsent.journal.checks).toEqual([]);

    const unworked = startBilling(billingDay(billingPatient(), { day: { date: '2026-03-10', start: '08:00', end: '10:40', targetPatientsPerHour: 2 } }), { registration: registration({ memberId: 'WRONG-1' }) });
    playExpert(unworked, 1);
    unworked.actor.send({ type: 'claim.corrected', memberId: 'WRONG-1' });
    unworked.actor.send({ type: 'claim.scrubbed' });
    unworked.actor.send({ type: 'claim.submitted' });
    unworked.clock.increment(15);
    expect(unworked.actor.getSnapshot().value).toBe('denied');
    unworked.clock.increment(25);
    expect(unworked.journal.checks.at(-1)?.finding?.message).toContain('was left unworked when the day ended');

    // Sent, denied, taken back to correct and never sent again: the claim went out (the visit's claim is not "never sent"); the resubmission left undone is this workflow's finding.
    const uncorrected = startBilling(billingDay(billingPatient(), { day: { date: '2026-03-10', start: '08:00', end: '10:40', targetPatientsPerHour: 2 } }), { registration: registration({ memberId: 'WRONG-1' }) });
    playExpert(uncorrected, 1);
    uncorrected.actor.send({ type: 'claim.corrected', memberId: 'WRONG-1' });
    uncorrected.actor.send({ type: 'claim.scrubbed' });
    uncorrected.actor.send({ type: 'claim.submitted' });
    uncorrected.clock.increment(15);
    uncorrected.actor.send({ type: 'denial.worked', resolution: 'resubmit' });
    expect(uncorrected.actor.getSnapshot().value).toBe('reviewing');
    expect(claimWentOut(uncorrected.actor.getSnapshot())).toBe(true);
    uncorrected.clock.increment(25);
    expect(uncorrected.journal.checks.at(-1)?.finding?.message).toMatch(/^Testpat Patient's denied claim \(CARC 31, .*\) was being corrected but was still not sent again when the day ended at 10:40\.$/);
  });

  it('counts a claim as gone to the payer from its first submission, awaiting the answer included, and not before', () => {
    const run = startBilling(billingDay(billingPatient(), { day: { date: '2026-03-10', start: '08:00', end: '10:40', targetPatientsPerHour: 2 } }));
    expect(claimWentOut(run.actor.getSnapshot())).toBe(false);
    playExpert(run, 1);
    expect(claimWentOut(run.actor.getSnapshot())).toBe(false);
    run.actor.send({ type: 'claim.scrubbed' });
    run.actor.send({ type: 'claim.submitted' });
    expect(run.actor.getSnapshot().value).toBe('awaitingPayer');
    expect(claimWentOut(run.actor.getSnapshot())).toBe(true);
  });
});

describe('billingMachine paths', () => {
  it('reaches every state', () => {
    const day = billingDay();
    const env = { now: () => 600, journal: new DayJournal(), bookings: [], random: new SeededRandom(1) };
    const good = codingOf(startBilling().actor.getSnapshot().context.expected);
    const bad = { ...good, lines: good.lines.map((l, i) => (i === 0 ? { ...l, modifiers: [] } : l)) };
    const events: EventObject[] = [
      { type: 'claim.coded', coding: good },
      { type: 'claim.coded', coding: bad },
      { type: 'claim.scrubbed' },
      { type: 'claim.submitted' },
      { type: 'xstate.after.payerResponse.billing.awaitingPayer' },
      { type: 'denial.worked', resolution: 'resubmit' },
      { type: 'denial.worked', resolution: 'bill-patient' },
      { type: 'denial.worked', resolution: 'write-off' },
      { type: 'patient.billed', amountCents: 0 },
      { type: 'payment.posted', posting: { allowedCents: 0, adjustmentCents: 0, copayCents: 0, coinsuranceCents: 0, deductibleCents: 0, patientBalanceCents: 0 } },
    ] as EventObject[];
    const paths = getShortestPaths(billingMachine, {
      input: { scenario: day, patient: day.patients[0]!, env, chart: { registration: registration() } },
      events: events as never[],
      // The state, the coding, and whether it is scrubbed, sent and denied: not the clock or the journal.
      serializeState: (snapshot) => {
        const context = snapshot.context as BillingContext;
        return JSON.stringify([snapshot.value, context.coding, context.scrubbedVersion === context.version, Math.min(context.submissions.length, 2), context.denial?.reason ?? null]);
      },
    });
    expect(new Set(paths.map((p) => JSON.stringify(p.state.value)))).toEqual(
      new Set(['"coding"', '"reviewing"', '"awaitingPayer"', '"paid"', '"denied"', '"billingPatient"', '"done"']),
    );
  });
});

describe('billing on the default morning (other stages as one-action tasks)', () => {
  const loaded = readScenarioFile('default-morning');
  if (!loaded.ok) throw new Error('the default scenario does not load');
  const { scenario } = loaded;
  const workflows = stageTaskWorkflows('billing');
  const play = (name: 'expert' | 'novice') => playDay(scenario, scriptedTrainee(name, scenario, 1), { seed: 1, workflows }).record();

  it('the expert gets every claim out and earns no billing finding', () => {
    const record = play('expert');
    expect(record.checks.filter((c) => c.ruleId.startsWith('billing.') && !c.passed)).toEqual([]);
    expect(record.journeys.every((j) => j.outcome === 'completed')).toBe(true);
  });

  it('the novice earns several billing findings', () => {
    const missedRules = play('novice').checks.filter((c) => c.ruleId.startsWith('billing.') && !c.passed).map((c) => c.ruleId);
    expect(missedRules.length).toBeGreaterThanOrEqual(3);
  });
});
