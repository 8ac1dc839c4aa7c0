/**
 * Runs a front-desk machine on its own: a SimulatedClock that starts at a clinic minute,
 * a journal to read the checks from, and the seeded random source.
 */
import { type AnyStateMachine, createActor, type EventObject, SimulatedClock } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { intakeMachine, type IntakeSnapshot } from '../../../src/workflows/intake/intake.machine';
import type { IntakeAction } from '../../../src/workflows/intake/intake.actions';
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
