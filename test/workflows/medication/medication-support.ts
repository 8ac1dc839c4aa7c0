/**
 * Helpers for the medication workflow's tests: the immunization fixture day, one patient's
 * medication machine on a simulated clock, the expert's play of it as a list of steps, and a
 * replay of a (changed) list of steps.
 */
import { createActor } from 'xstate';
import { readScenarioFile } from '../../../src/cli/scenario-file';
import type { Scenario } from '../../../src/scenario/scenario.schema';
import type { MedicationAction } from '../../../src/workflows/medication/medication.actions';
import { medicationMachine } from '../../../src/workflows/medication/medication.machine';
import { MEDICATION_PLAYER } from '../../../src/workflows/medication/medication.player';
import { simulatedDay } from '../support';

/** The fixture: five vaccine visits with every medication trap set. */
export function immunizationDay(): Scenario {
  const loaded = readScenarioFile('test/fixtures/medication/immunization-day.yaml');
  if (!loaded.ok) throw new Error('the immunization fixture does not load');
  return loaded.scenario;
}

/** One step of a play: an action, or a minute left to pass (the observation chair). */
export type Step = MedicationAction | { readonly wait: 1 };

/** One patient's medication machine, started on a simulated clock at 09:00. */
export function start(day: Scenario, patientId: string) {
  const patient = day.patients.find((p) => p.id === patientId)!;
  const { clock, env, journal } = simulatedDay();
  const interruptions: string[] = [];
  const actor = createActor(medicationMachine, { input: { scenario: day, patient, env: { ...env, interruptProvider: (id) => interruptions.push(id) }, chart: {} }, clock }).start();
  const view = () => ({ snapshot: actor.getSnapshot(), patient, scenario: day, minute: clock.now() });
  return { actor, journal, clock, view, interruptions };
}

/** A started machine. */
export type Started = ReturnType<typeof start>;

/** Plays the expert to the end; returns its steps, waits included. */
export function playExpert(started: Started): Step[] {
  const steps: Step[] = [];
  for (let i = 0; i < 300 && started.actor.getSnapshot().status === 'active'; i++) {
    const action = MEDICATION_PLAYER.expert(started.view());
    const step: Step = action ?? { wait: 1 };
    steps.push(step);
    send(started, step);
  }
  return steps;
}

/** Sends one step: the action (and a quarter of a minute), or a minute of waiting. */
export function send(started: Started, step: Step): void {
  if ('wait' in step) {
    started.clock.increment(1);
    return;
  }
  started.actor.send(step);
  started.clock.increment(0.25);
}

/** Replays steps; refuses to go on silently when one is not accepted. */
export function replay(started: Started, steps: readonly Step[]): void {
  for (const step of steps) {
    if (!('wait' in step) && !started.actor.getSnapshot().can(step)) throw new Error(`refused: ${JSON.stringify(step)}`);
    send(started, step);
  }
}

/** The expert's steps for a patient of the fixture (played on a machine of its own). */
export function expertSteps(day: Scenario, patientId: string): Step[] {
  return playExpert(start(day, patientId));
}

/** The steps with the first step of `type` changed by `change` (null: dropped). */
export function changed<T extends MedicationAction['type']>(steps: readonly Step[], type: T, change: (step: Extract<MedicationAction, { type: T }>) => Step | null): Step[] {
  const index = steps.findIndex((step) => !('wait' in step) && step.type === type);
  if (index < 0) throw new Error(`no ${type} step`);
  const replaced = change(steps[index] as Extract<MedicationAction, { type: T }>);
  return [...steps.slice(0, index), ...(replaced === null ? [] : [replaced]), ...steps.slice(index + 1)];
}

/** The steps without any step of these types (and without waiting, where the observation is dropped). */
export function without(steps: readonly Step[], ...types: MedicationAction['type'][]): Step[] {
  const dropObservation = types.includes('observation.started');
  return steps.filter((step) => ('wait' in step ? !dropObservation : !types.includes(step.type)));
}

/** The rule ids a journal passed and missed. */
export function verdicts(journal: Started['journal']): { passed: string[]; missed: string[] } {
  return {
    passed: journal.checks.filter((check) => check.passed).map((check) => check.ruleId),
    missed: journal.checks.filter((check) => !check.passed).map((check) => check.ruleId),
  };
}
