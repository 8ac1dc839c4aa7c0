/**
 * Runs a front-desk machine on its own: a SimulatedClock that starts at a clinic minute,
 * a journal to read the checks from, and the seeded random source.
 */
import { expect } from 'vitest';
import { type AnyStateMachine, createActor, type EventObject, SimulatedClock } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { intakeMachine, type IntakeSnapshot } from '../../../src/workflows/intake/intake.machine';
import type { IntakeAction } from '../../../src/workflows/intake/intake.actions';
import { INTAKE_PLAYER } from '../../../src/workflows/intake/intake.player';
import { DayJournal, type DayEnvironment } from '../../../src/domain/day-environment';
import type { Scenario, ScenarioPatient } from '../../../src/scenario/scenario.schema';
import { SeededRandom } from '../../../src/domain/random';

/** A journal and an environment whose clock is `clock` shifted to start at `startMinute`. */
export function environment(clock: SimulatedClock, startMinute: number): { env: DayEnvironment; journal: DayJournal } {
  const journal = new DayJournal();
  return { env: { now: () => startMinute + clock.now(), journal, bookings: [], random: new SeededRandom(7) }, journal };
}

/** Starts `machine` for `patient` of `scenario` on a simulated clock at `startMinute`. */
export function startWorkflow<T extends AnyStateMachine>(machine: T, scenario: Scenario, patient: ScenarioPatient, startMinute = 480) {
  const clock = new SimulatedClock();
  const { env, journal } = environment(clock, startMinute);
  // Every front-desk machine takes a WorkflowInput; the generic signature cannot see that through `T`.
  const actor = createActor(machine, { input: { scenario, patient, env, chart: {} }, clock } as never);
  actor.start();
  return { actor, clock, journal, env };
}

/**
 * Plays check-in to the end: the expert, or (given `slips`) the novice, slipping whenever
 * `slips` says so for the machine's snapshot. Each action must be one the machine takes.
 * Returns the run, the actions sent and the machine's output.
 */
export function playCheckIn(day: Scenario, who: ScenarioPatient, options: { readonly slips?: (snapshot: IntakeSnapshot) => boolean; readonly startMinute?: number } = {}) {
  const run = startWorkflow(intakeMachine, day, who, options.startMinute);
  const slips = options.slips;
  const dice = { random: new SeededRandom(3), slips: () => slips?.(run.actor.getSnapshot()) ?? false };
  const sent: IntakeAction[] = [];
  for (let step = 0; step < 40 && run.actor.getSnapshot().status === 'active'; step++) {
    const view = { snapshot: run.actor.getSnapshot(), patient: who, scenario: day, minute: run.env.now() };
    const action = (slips ? INTAKE_PLAYER.novice(view, dice) : INTAKE_PLAYER.expert(view)) as IntakeAction | null;
    if (!action) break;
    expect(run.actor.getSnapshot().can(action), JSON.stringify(action)).toBe(true);
    run.actor.send(action);
    sent.push(action);
    run.clock.increment(1);
  }
  return { ...run, sent, output: run.actor.getSnapshot().output };
}

/** The findings' rule ids in the journal, in order. */
export function missedRules(journal: DayJournal): string[] {
  return journal.checks.filter((check) => !check.passed).map((check) => check.ruleId);
}

/** The rule ids checked, passed or not. */
export function checkedRules(journal: DayJournal): string[] {
  return journal.checks.map((check) => check.ruleId);
}

/**
 * The check-in states the model-based paths reach for `patient` of `day` at `minute`, sorted.
 * `facts` says which context facts tell two snapshots in the same state apart (the whole
 * context would make every path unique).
 */
export function intakeStatesReached(day: Scenario, patient: ScenarioPatient, events: readonly IntakeAction[], minute: number, facts: (context: IntakeSnapshot['context']) => unknown[]): string[] {
  const env = { now: () => minute, journal: { check: () => undefined, note: () => undefined, checks: [], timeline: [] } as never, bookings: [], random: new SeededRandom(1) };
  const paths = getShortestPaths(intakeMachine, {
    input: { scenario: day, patient, env, chart: {} },
    events: events as EventObject[] as never[],
    serializeState: (snapshot) => JSON.stringify([snapshot.value, ...facts(snapshot.context)]),
  });
  return [...new Set(paths.map((path) => JSON.stringify(path.state.value)))].sort();
}

/** Greets the patient and confirms identity on two stated identifiers: the opening of every check-in. */
export const GREET_AND_CONFIRM: readonly IntakeAction[] = [
  { type: 'patient.greeted' },
  { type: 'identity.asked', question: 'full-name', style: 'stated' },
  { type: 'identity.asked', question: 'date-of-birth', style: 'stated' },
  { type: 'identity.confirmed' },
];
