/**
 * Chest pain at rooming: a red-flag symptom in the chief complaint goes to the provider at
 * once (AHA warning signs; `vitals.red-flag-escalation`, critical), and a standing ECG order
 * sends the patient from rooming to the ECG bed before the provider's visit
 * (`rooming.standing-ecg`, the 2021 chest pain guideline's ECG within 10 minutes of arrival).
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { EncounterChart, RegistrationRecord } from '../../../src/domain/chart';
import type { VitalsAction } from '../../../src/workflows/vitals/vitals.actions';
import { roomingStepsLeft, vitalsAvailableActions, vitalsMachine } from '../../../src/workflows/vitals/vitals.machine';
import { vitals } from '../../../src/workflows/vitals';
import { VITALS_PLAYER } from '../../../src/workflows/vitals/vitals.player';
import type { MistakeDice } from '../../../src/workflows/shared/player';
import { SeededRandom } from '../../../src/domain/random';
import { patient, scenario } from '../../support/scenario-builder';
import { missedRules, simulatedDay } from '../support';

const CHEST_PAIN = 'Pressure in my chest since I woke up, going into my left arm.';

function start(overrides: Parameters<typeof patient>[2] = {}, chart: EncounterChart = {}) {
  const day = scenario([patient('p1', '09:00', { chiefComplaint: CHEST_PAIN, redFlags: ['chest-pain'], ...overrides })]);
  const { clock, env, journal } = simulatedDay();
  const actor = createActor(vitalsMachine, { input: { scenario: day, patient: day.patients[0]!, env, chart }, clock }).start();
  return { actor, journal, day };
}

const STANDING_ECG: Parameters<typeof patient>[2] = { orders: [{ testId: 'ecg', diagnoses: ['R07.9'], ecg: { urgent: true, standing: true, rhythm: 'st-elevation' } }] };

function roomToComplaint(actor: ReturnType<typeof start>['actor']): void {
  actor.send({ type: 'hands.cleaned' });
  actor.send({ type: 'patient.identified', question: 'open', identifiers: ['full-name', 'date-of-birth'] });
  actor.send({ type: 'allergies.reconciled', allergies: [] });
  actor.send({ type: 'medications.reconciled' });
  actor.send({ type: 'chief-complaint.recorded', text: CHEST_PAIN });
}

function checksOf(journal: ReturnType<typeof start>['journal'], ruleId: string) {
  return journal.checks.filter((check) => check.ruleId === ruleId);
}

/** Plays a player to the end; `dice` present: the novice. */
function play(started: ReturnType<typeof start>, dice?: MistakeDice): VitalsAction['type'][] {
  const played: VitalsAction['type'][] = [];
  for (let i = 0; i < 40 && started.actor.getSnapshot().status === 'active'; i++) {
    const view = { snapshot: started.actor.getSnapshot(), patient: started.day.patients[0]!, scenario: started.day, minute: 540 };
    const action = (dice ? VITALS_PLAYER.novice(view, dice) : VITALS_PLAYER.expert(view)) as VitalsAction;
    played.push(action.type);
    started.actor.send(action);
  }
  return played;
}

/** Dice that slip on exactly the calls numbered. */
function slipsOn(...calls: number[]): MistakeDice {
  let n = 0;
  return { random: new SeededRandom(1), slips: () => calls.includes(++n) };
}

describe('a red-flag symptom at rooming', () => {
  it('puts telling the provider first once the complaint is heard, and passes the alert made at once', () => {
    const { actor, journal } = start();
    roomToComplaint(actor);
    expect(vitals.urgent!(actor.getSnapshot())).toEqual(['provider.alerted']);
    actor.send({ type: 'provider.alerted' });
    expect(checksOf(journal, 'vitals.red-flag-escalation').map((c) => c.passed)).toEqual([true]);
    expect(missedRules(journal)).toEqual([]);
    expect(journal.timeline.some((entry) => entry.kind === 'critical-value' && entry.text.includes('chest pain or pressure — a red flag'))).toBe(true);
  });

  it('is a critical finding when the next step is a measurement instead, naming what came first', () => {
    const { actor, journal } = start();
    roomToComplaint(actor);
    actor.send({ type: 'height-weight.measured' });
    const [check] = checksOf(journal, 'vitals.red-flag-escalation');
    expect(check?.passed).toBe(false);
    expect(check?.severity).toBe('critical');
    expect(check?.finding?.message).toMatch(/reported chest pain or pressure, a red flag, and the next step was “measure height and weight” instead of telling the provider/);
    expect(check?.finding?.remedy).toMatch(/stay with the patient \(never leave them alone\)/);
  });

  it('does not call the alert needless, even made before the complaint is charted, and judges it once', () => {
    const { actor, journal } = start();
    actor.send({ type: 'provider.alerted' });
    roomToComplaint(actor);
    actor.send({ type: 'height-weight.measured' });
    expect(checksOf(journal, 'escalation.unneeded-alert')).toEqual([]);
    expect(checksOf(journal, 'vitals.red-flag-escalation').map((c) => c.passed)).toEqual([true]);
  });

  it('asks for no new alert when the provider already knows: told from the desk, or handed the urgent tracing at once', () => {
    const toldAtDesk: EncounterChart = { registration: { providerAlertedAt: 540 } as RegistrationRecord };
    const tracingHandedOver = { ecg: { handedOver: 'at-once' } } as EncounterChart;
    for (const chart of [toldAtDesk, tracingHandedOver]) {
      const started = start({}, chart);
      roomToComplaint(started.actor);
      // The complaint heard again in the room: no alert due, no floor alert, and the pulse next is no finding.
      expect(vitals.urgent!(started.actor.getSnapshot())).toEqual([]);
      started.actor.send({ type: 'pulse.measured' });
      expect(checksOf(started.journal, 'vitals.red-flag-escalation')).toEqual([]);
      expect(play(started)).not.toContain('provider.alerted');
      expect(checksOf(started.journal, 'vitals.red-flag-escalation').map((c) => c.passed)).toEqual([true]);
      expect(missedRules(started.journal)).toEqual([]);
    }
  });

  it('catches the novice who carries on first, and who still tells the provider, late', () => {
    const { actor, journal, day } = start();
    const played = play({ actor, journal, day }, slipsOn(3)); // the third slip asked is the red-flag alert, once the complaint is heard
    expect(played.slice(played.indexOf('chief-complaint.recorded'), played.indexOf('chief-complaint.recorded') + 3)).toEqual(['chief-complaint.recorded', 'height-weight.measured', 'provider.alerted']);
    expect(checksOf(journal, 'vitals.red-flag-escalation').map((c) => c.passed)).toEqual([false]);
  });

  it('is judged missed at the end of rooming when the complaint was never charted and the provider never told', () => {
    const { actor, journal } = start();
    actor.send({ type: 'hands.cleaned' });
    actor.send({ type: 'patient.identified', question: 'open', identifiers: ['full-name', 'date-of-birth'] });
    actor.send({ type: 'vitals.recorded', values: { heightCm: null, weightKg: null, bmi: null, temperatureC: null, temperatureRoute: null, pulsePerMinute: null, respirationsPerMinute: null, systolicMmHg: null, diastolicMmHg: null, spo2Percent: null, painScore: null } });
    actor.send({ type: 'patient.ready-for-provider' });
    const [check] = checksOf(journal, 'vitals.red-flag-escalation');
    expect(check?.finding?.message).toMatch(/reported chest pain or pressure, a red flag, and the provider was never told during rooming/);
  });

  it('leaves a complaint without red flags as it was: an alert there is needless', () => {
    const { actor, journal } = start({ redFlags: undefined, chiefComplaint: 'Here for my follow-up' });
    roomToComplaint(actor);
    expect(vitals.urgent!(actor.getSnapshot())).toEqual([]);
    actor.send({ type: 'provider.alerted' });
    expect(missedRules(journal)).toEqual(['escalation.unneeded-alert']);
  });

  it('is told at once by the expert, right after the complaint', () => {
    const started = start();
    const played = play(started);
    expect(played.slice(played.indexOf('chief-complaint.recorded'), played.indexOf('chief-complaint.recorded') + 2)).toEqual(['chief-complaint.recorded', 'provider.alerted']);
    expect(missedRules(started.journal)).toEqual([]);
  });
});

const NOTHING_CHARTED = { heightCm: null, weightKg: null, bmi: null, temperatureC: null, temperatureRoute: null, pulsePerMinute: null, respirationsPerMinute: null, systolicMmHg: null, diastolicMmHg: null, spo2Percent: null, painScore: null };

/** Rooming resumed after the ECG bed, from where `paused` stopped. */
function resume(paused: ReturnType<typeof start>) {
  const resumeFrom = paused.actor.getSnapshot().output?.pausedForStandingOrder?.resumeFrom;
  const { clock, env, journal } = simulatedDay();
  const actor = createActor(vitalsMachine, { input: { scenario: paused.day, patient: paused.day.patients[0]!, env, chart: {}, resumeFrom }, clock }).start();
  return { actor, journal, day: paused.day };
}

describe('the standing ECG order at rooming', () => {
  it('offers the ECG bed as soon as the patient is roomed, as the urgent next thing, only with a standing ECG order', () => {
    const withOrder = start(STANDING_ECG);
    const without = start();
    expect(vitalsAvailableActions(withOrder.actor.getSnapshot())).toContain('patient.sent-for-ecg');
    expect(vitals.urgent!(withOrder.actor.getSnapshot())).toEqual(['patient.sent-for-ecg']);
    expect(vitalsAvailableActions(without.actor.getSnapshot())).not.toContain('patient.sent-for-ecg');
    expect(vitals.urgent!(without.actor.getSnapshot())).toEqual([]);
    // Telling the provider of the red flag still comes first once the complaint is heard.
    roomToComplaint(withOrder.actor);
    expect(vitals.urgent!(withOrder.actor.getSnapshot())).toEqual(['provider.alerted']);
    withOrder.actor.send({ type: 'provider.alerted' });
    expect(vitals.urgent!(withOrder.actor.getSnapshot())).toEqual(['patient.sent-for-ecg']);
  });

  it('stops rooming for the ECG bed before the vitals, and resumes it where it stopped, the ECG bed no longer offered', () => {
    const paused = start(STANDING_ECG);
    paused.actor.send({ type: 'hands.cleaned' });
    paused.actor.send({ type: 'patient.identified', question: 'open', identifiers: ['full-name', 'date-of-birth'] });
    paused.actor.send({ type: 'patient.sent-for-ecg' });
    expect(paused.actor.getSnapshot().status).toBe('done');
    expect(paused.actor.getSnapshot().output?.vitals).toBeUndefined();
    const resumed = resume(paused);
    const context = resumed.actor.getSnapshot().context;
    expect([context.handsCleaned, context.identification?.question, context.ecgTaken]).toEqual([true, 'open', true]);
    expect(vitalsAvailableActions(resumed.actor.getSnapshot())).not.toContain('patient.sent-for-ecg');
    const played = play(resumed);
    expect(played).not.toContain('patient.sent-for-ecg');
    expect(played.at(-1)).toBe('patient.ready-for-provider');
    expect(checksOf(resumed.journal, 'rooming.standing-ecg').map((c) => c.passed)).toEqual([true]);
    expect(resumed.actor.getSnapshot().output?.vitals?.sentToEcgBed).toBeUndefined();
  });

  it('sends the expert’s patient to the ECG bed straight from rooming, before the vitals', () => {
    const started = start(STANDING_ECG);
    expect(play(started)).toEqual(['patient.sent-for-ecg']);
    expect(missedRules(started.journal)).toEqual([]);
  });

  it('still offers the ECG bed once the vitals are reviewed, passed, and says so on the chart', () => {
    const started = start(STANDING_ECG);
    roomToComplaint(started.actor);
    started.actor.send({ type: 'provider.alerted' });
    started.actor.send({ type: 'vitals.recorded', values: NOTHING_CHARTED });
    expect(vitalsAvailableActions(started.actor.getSnapshot())).toContain('patient.sent-for-ecg');
    started.actor.send({ type: 'patient.sent-for-ecg' });
    expect(checksOf(started.journal, 'rooming.standing-ecg').map((c) => c.passed)).toEqual([true]);
    expect(started.actor.getSnapshot().output?.vitals?.sentToEcgBed).toBe(true);
  });

  it('is a finding when the patient is marked ready for the provider without the ECG', () => {
    const again = start(STANDING_ECG);
    roomToComplaint(again.actor);
    again.actor.send({ type: 'provider.alerted' });
    again.actor.send({ type: 'vitals.recorded', values: NOTHING_CHARTED });
    again.actor.send({ type: 'patient.ready-for-provider' });
    const [check] = checksOf(again.journal, 'rooming.standing-ecg');
    expect(check?.passed).toBe(false);
    expect(check?.finding?.message).toMatch(/has a standing ECG order for chest pain and was marked ready for the provider without it/);
    expect(check?.finding?.remedy).toMatch(/within 10 minutes of arrival/);
    expect(again.actor.getSnapshot().output?.vitals?.sentToEcgBed).toBeUndefined();
  });
});

describe('roomingStepsLeft', () => {
  it('names what marking the patient ready now leaves undone, and nothing once it is all done', () => {
    const bare = start(STANDING_ECG);
    bare.actor.send({ type: 'vitals.recorded', values: NOTHING_CHARTED });
    expect(roomingStepsLeft(bare.actor.getSnapshot().context)).toEqual(['allergies.reconciled', 'medications.reconciled', 'chief-complaint.recorded', 'vitals.flagged', 'patient.sent-for-ecg']);
    const roomed = start();
    roomToComplaint(roomed.actor);
    roomed.actor.send({ type: 'provider.alerted' });
    roomed.actor.send({ type: 'vitals.recorded', values: NOTHING_CHARTED });
    expect(roomingStepsLeft(roomed.actor.getSnapshot().context)).toEqual(['vitals.flagged']);
    roomed.actor.send({ type: 'vitals.flagged', vitals: [] });
    expect(roomingStepsLeft(roomed.actor.getSnapshot().context)).toEqual([]);
  });
});
