/**
 * Shared helpers for the vitals and specimen machine tests: a day environment on an XState
 * `SimulatedClock` (minutes as the clock's unit), and the default scenario.
 */
import { SimulatedClock } from 'xstate';
import { DayJournal, type DayEnvironment } from '../../src/domain/day-environment';
import { readScenarioFile } from '../../src/cli/scenario-file';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { SeededRandom } from '../../src/domain/random';

/** An environment whose clinic minute is the simulated clock's time, starting at 09:00. */
export function simulatedDay(seed = 7): { clock: SimulatedClock; env: DayEnvironment; journal: DayJournal } {
  const clock = new SimulatedClock();
  clock.set(9 * 60);
  const journal = new DayJournal();
  return { clock, journal, env: { now: () => clock.now(), journal, bookings: [], random: new SeededRandom(seed) } };
}

/** The bundled default scenario. */
export function defaultScenario(): Scenario {
  const loaded = readScenarioFile('default-morning');
  if (!loaded.ok) throw new Error('default-morning does not load');
  return loaded.scenario;
}

/** The ids of the rules a journal missed. */
export function missedRules(journal: DayJournal): string[] {
  return journal.checks.filter((check) => !check.passed).map((check) => check.ruleId);
}
