/**
 * Helpers for the ECG workflow's tests: a small day with ECG orders of every kind, one
 * patient's ECG machine on a simulated clock, the expert's play of it as a list of actions,
 * and a replay of a (changed) list of actions.
 */
import { createActor } from 'xstate';
import type { Scenario, ScenarioInput } from '../../../src/scenario/scenario.schema';
import type { EcgAction } from '../../../src/workflows/ecg/ecg.actions';
import { ecgMachine } from '../../../src/workflows/ecg/ecg.machine';
import { ECG_PLAYER } from '../../../src/workflows/ecg/ecg.player';
import type { MistakeDice } from '../../../src/workflows/shared/player';
import { SeededRandom } from '../../../src/domain/random';
import { patient as patientInput, scenario } from '../../support/scenario-builder';
import { simulatedDay } from '../support';

type OrderEcgInput = NonNullable<ScenarioInput['patients'][number]['orders']>[number]['ecg'];

/** A patient with one ECG order that plays out as `ecg` says. */
export function ecgPatient(id: string, time: string, ecg?: OrderEcgInput) {
  return patientInput(id, time, { name: { given: 'Walter', middle: 'James', family: id.toUpperCase() }, dateOfBirth: '1958-03-02', sex: 'male', orders: [{ testId: 'ecg', ...(ecg ? { ecg } : {}) }] });
}

/**
 * The ECG day: a plain order, a cold and anxious patient next to a plugged-in device who
 * needs the chest clipped and has lotion on, and an urgent tracing (chest pain now).
 */
export function ecgDay(): Scenario {
  return scenario(
    [
      ecgPatient('plain', '08:00'),
      ecgPatient('cold', '08:15', { patientState: 'cold', interference: true, needsHairClipped: true, hasLotion: true }),
      ecgPatient('urgent', '08:30', { patientState: 'anxious', urgent: true, rhythm: 'st-elevation' }),
      ecgPatient('sent', '08:45', { interpretation: 'sent-out' }),
    ],
    { clinic: { name: 'Test Clinic', examRooms: 2, billingNpi: '1234567893', taxId: '12-3456789', capabilities: ['ecg'], payers: [] } },
  );
}

/** One patient's ECG machine, started on a simulated clock at 09:00. */
export function start(day: Scenario, patientId: string) {
  const patient = day.patients.find((p) => p.id === patientId)!;
  const { clock, env, journal } = simulatedDay();
  const actor = createActor(ecgMachine, { input: { scenario: day, patient, env, chart: {} }, clock }).start();
  const view = () => ({ snapshot: actor.getSnapshot(), patient, scenario: day, minute: clock.now() });
  return { actor, journal, clock, view };
}

/** A started machine. */
export type Started = ReturnType<typeof start>;

/** Plays a player to the end (the expert, or the novice with `dice`); returns its actions. */
export function play(started: Started, dice?: MistakeDice): EcgAction[] {
  const actions: EcgAction[] = [];
  for (let i = 0; i < 100 && started.actor.getSnapshot().status === 'active'; i++) {
    const action = dice ? ECG_PLAYER.novice(started.view(), dice) : ECG_PLAYER.expert(started.view());
    if (action === null) break;
    if (!started.actor.getSnapshot().can(action)) throw new Error(`the player chose a refused action: ${JSON.stringify(action)}`);
    actions.push(action);
    send(started, action);
  }
  return actions;
}

/** Sends one action, and a quarter of a minute passes. */
export function send(started: Started, action: EcgAction): void {
  started.actor.send(action);
  started.clock.increment(0.25);
}

/** Replays actions; refuses to go on silently when one is not accepted. */
export function replay(started: Started, actions: readonly EcgAction[]): void {
  for (const action of actions) {
    if (!started.actor.getSnapshot().can(action)) throw new Error(`refused: ${JSON.stringify(action)}`);
    send(started, action);
  }
}

/** The expert's actions for a patient of a day (played on a machine of its own). */
export function expertActions(day: Scenario, patientId: string): EcgAction[] {
  return play(start(day, patientId));
}

/** Dice that slip on the calls whose (1-based) numbers are listed, and on no other. */
export function slipsOn(...calls: number[]): MistakeDice {
  let n = 0;
  return {
    random: new SeededRandom(1),
    slips: () => {
      n += 1;
      return calls.includes(n);
    },
  };
}

/** The rule ids a journal passed and missed. */
export function verdicts(journal: Started['journal']): { passed: string[]; missed: string[] } {
  return {
    passed: journal.checks.filter((check) => check.passed).map((check) => check.ruleId),
    missed: journal.checks.filter((check) => !check.passed).map((check) => check.ruleId),
  };
}

/** The findings' messages of a journal, by rule id. */
export function messages(journal: Started['journal'], ruleId: string): string[] {
  return journal.checks.filter((check) => !check.passed && check.ruleId === ruleId).map((check) => check.finding!.message);
}
