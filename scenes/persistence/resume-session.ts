/**
 * Resumes an unfinished day: replays its action log through the same machines, then runs
 * the clock on to the minute it had reached. Apart from `saved-day.ts` because it needs
 * the domain, which the page loads only when a day starts.
 */
import type { Scenario } from '../../src/scenario/scenario.schema';
import { replaySession, type Session, type SessionOptions } from '../../src/session/session';
import type { SavedDay } from './save-format';

/**
 * Replays a saved day to where it was: the log through the same machines, then the clock
 * on to the minute it had reached. Throws `ReplayError` when the log does not replay.
 */
export function resumeSession(saved: SavedDay, scenario: Scenario, options: SessionOptions = {}): Session {
  const session = replaySession(scenario, saved.seed, saved.settings, saved.log, options);
  session.advanceTo(saved.minute);
  return session;
}
