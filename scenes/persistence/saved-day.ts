/**
 * The unfinished day: the record saved after every accepted action, and what the title
 * screen makes of it when the page opens again (continue it, or warn that its scenario
 * changed, or refuse it with the reason). The replay that resumes it exactly is in
 * `resume-session.ts`, with the domain it needs, loaded when a day starts.
 */
import type { Scenario } from '../../src/scenario/scenario.schema';
import type { Session } from '../../src/session/session';
import type { SavedDay, StoredRead } from './save-format';
import { MAX_MINUTE_FRACTION, SAVE_FORMAT_VERSION, SAVED_DAY_KIND } from './settings-record';

/** A scenario ready to play, where it came from, and its content hash. */
export interface DayScenario {
  /** How the page names it: the bundled id, or `custom:<id>` for an imported one. */
  readonly key: string;
  readonly scenario: Scenario;
  readonly contentHash: string;
  /** For a custom scenario, the text it was read from (a link carries this text); null when bundled. */
  readonly customSource: string | null;
}

/** The page's key of a custom scenario. */
export function customScenarioKey(id: string): string {
  return `custom:${id}`;
}

/** What a saved day found on opening the page amounts to. */
export type UnfinishedDay =
  | { readonly status: 'resumable'; readonly saved: SavedDay; readonly day: DayScenario }
  | {
      readonly status: 'changed';
      readonly saved: SavedDay;
      readonly title: string;
      /** The scenario as it is now, to start over on; null when there is none. */
      readonly current: DayScenario | null;
      readonly message: string;
    }
  | { readonly status: 'refused'; readonly message: string };

/** How `assessSavedDay` finds scenarios. */
export interface ScenarioFinder {
  /** The bundled scenario with this id, if the build has one (fetched if need be). */
  bundled(id: string): Promise<DayScenario | undefined>;
  /** Reads a custom scenario's text: the scenario, or its problems. */
  custom(text: string): Promise<DayScenario | { readonly problems: readonly string[] }>;
}

/**
 * The record to save for a day in progress: `assignmentId`, the assignment the day answers
 * (absent: free practice); `minuteFraction`, the part of the next clinic minute already run
 * on the floor in timed play (the runner's), kept so a reload loses none of the running clock.
 */
export function savedDayOf(session: Session, day: DayScenario, appVersion: string, savedAt: Date, { assignmentId, minuteFraction = 0 }: { readonly assignmentId?: string | undefined; readonly minuteFraction?: number } = {}): SavedDay {
  return {
    kind: SAVED_DAY_KIND,
    formatVersion: SAVE_FORMAT_VERSION,
    appVersion,
    scenarioId: session.scenario.id,
    scenarioHash: day.contentHash,
    customScenario: day.customSource,
    seed: session.seed,
    settings: session.settings,
    ...(assignmentId === undefined ? {} : { assignmentId }),
    log: [...session.log],
    minute: session.minute,
    minuteFraction: Math.min(Math.max(minuteFraction, 0), MAX_MINUTE_FRACTION),
    savedAt: savedAt.toISOString(),
  };
}

const CHANGED_MESSAGE = 'This scenario has changed since you saved: start over or discard.';

/**
 * Decides what to offer for a saved day. A day whose scenario no longer has the content
 * hash it was saved with is flagged, never replayed.
 */
export async function assessSavedDay(read: StoredRead<SavedDay>, finder: ScenarioFinder): Promise<UnfinishedDay> {
  if (!read.ok) return { status: 'refused', message: read.message };
  const saved = read.value;
  if (saved.customScenario !== null) {
    const day = await finder.custom(saved.customScenario);
    if (!('scenario' in day)) {
      return { status: 'refused', message: `The custom scenario "${saved.scenarioId}" of the saved day cannot be read by this version (${day.problems[0] ?? 'unknown problem'}). It can only be discarded.` };
    }
    if (day.contentHash !== saved.scenarioHash || day.scenario.id !== saved.scenarioId) {
      return { status: 'changed', saved, title: day.scenario.title, current: day, message: CHANGED_MESSAGE };
    }
    return { status: 'resumable', saved, day };
  }
  const current = await finder.bundled(saved.scenarioId);
  if (!current) {
    return { status: 'refused', message: `The saved day is of the scenario "${saved.scenarioId}", which this version no longer includes. It can only be discarded.` };
  }
  if (current.contentHash !== saved.scenarioHash) {
    return { status: 'changed', saved, title: current.scenario.title, current, message: CHANGED_MESSAGE };
  }
  return { status: 'resumable', saved, day: current };
}
