/**
 * Runs a front-desk machine on its own: a SimulatedClock that starts at a clinic minute,
 * a journal to read the checks from, and the seeded random source.
 */
import { type AnyStateMachine, createActor, SimulatedClock } from 'xstate';
import { DayJournal, type DayEnvironment } from '../../../src/clinic/day-environment';
import type { Scenario, ScenarioPatient } from '../../../src/scenario/scenario.schema';
import { SeededRandom } from '../../../src/session/random';

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
