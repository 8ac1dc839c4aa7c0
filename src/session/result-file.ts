/**
 * The result file: everything needed to verify a day by replaying it — the scenario's id
 * and content hash, the seed, the settings, the app version, the action log — and the
 * result the player's game computed. `npm run sim --out` writes it; the browser exports
 * the same format; `npm run grade` checks it.
 */
import type { DayResult } from '../scoring/score';
import type { ActionLogEntry, SessionSettings } from './session';

export const RESULT_FILE_FORMAT = 'clinic-day-result';
export const RESULT_FILE_VERSION = 1;

export interface ResultFile {
  readonly format: typeof RESULT_FILE_FORMAT;
  readonly formatVersion: typeof RESULT_FILE_VERSION;
  readonly appVersion: string;
  readonly scenarioId: string;
  readonly scenarioHash: string;
  readonly seed: number;
  readonly settings: SessionSettings;
  /** Who played: a scripted trainee's name, or a person's as they entered it. */
  readonly player: string;
  readonly log: readonly ActionLogEntry[];
  readonly result: DayResult;
}

/** Builds a result file for a finished day. */
export function resultFile(fields: Omit<ResultFile, 'format' | 'formatVersion'>): ResultFile {
  return { format: RESULT_FILE_FORMAT, formatVersion: RESULT_FILE_VERSION, ...fields };
}
