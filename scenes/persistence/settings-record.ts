/**
 * The part of the save format the page needs as it opens: the format version, the record
 * kinds, and the settings record with its reader. The settings are read on every start,
 * before the title screen shows, so their reader is written out by hand (five fields)
 * rather than pulling Zod into the startup bundle; the unfinished day and the history,
 * which carry whole action logs and result files, are validated with Zod in
 * `save-format.ts`, loaded only when there is such a record to read.
 */
import { SPEEDS, TEXT_SIZES, type GameSettings } from '../settings';

/** The format version of every record this build writes. */
export const SAVE_FORMAT_VERSION = 1;

/** The largest part of a running clinic minute an unfinished day keeps: a whole one would be the next minute. */
export const MAX_MINUTE_FRACTION = 0.999;

/** The `kind` of an unfinished-day record. */
export const SAVED_DAY_KIND = 'clinic-day-unfinished';
/** The `kind` of a settings record. */
export const SETTINGS_KIND = 'clinic-day-settings';
/** The `kind` of a history record. */
export const HISTORY_KIND = 'clinic-day-history';

/** The settings record as stored. */
export interface SettingsRecord {
  readonly kind: typeof SETTINGS_KIND;
  readonly formatVersion: typeof SAVE_FORMAT_VERSION;
  readonly settings: GameSettings;
}

/** The longest player name kept, as the result file allows. */
const PLAYER_NAME_MAX = 120;
const SETTINGS_FIELDS: readonly (keyof GameSettings)[] = ['speed', 'sound', 'reducedMotion', 'textSize', 'playerName'];
/**
 * The fields of settings stored before the mode and the timer became a choice for each day
 * (made on the day's briefing): read with those two left out, so a returning trainee keeps
 * their sound, text size and name, and a stored mode no longer overrides a scenario's.
 */
const EARLIER_SETTINGS_FIELDS: readonly string[] = [...SETTINGS_FIELDS, 'mode', 'timed'];
const RECORD_FIELDS = ['kind', 'formatVersion', 'settings'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when `value` has exactly the keys `keys` (no missing, no extra). */
function hasExactly(value: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => Object.hasOwn(value, key));
}

/** The settings in a stored record, or null when it is not a settings record of this format. */
export function readSettings(raw: unknown): GameSettings | null {
  if (!isRecord(raw) || !hasExactly(raw, RECORD_FIELDS)) return null;
  if (raw.kind !== SETTINGS_KIND || raw.formatVersion !== SAVE_FORMAT_VERSION) return null;
  const settings = raw.settings;
  if (!isRecord(settings) || !(hasExactly(settings, SETTINGS_FIELDS) || hasExactly(settings, EARLIER_SETTINGS_FIELDS))) return null;
  const { speed, sound, reducedMotion, textSize, playerName } = settings;
  const valid =
    SPEEDS.some((known) => known === speed) &&
    typeof sound === 'boolean' &&
    typeof reducedMotion === 'boolean' &&
    TEXT_SIZES.some((known) => known === textSize) &&
    typeof playerName === 'string' &&
    playerName.length <= PLAYER_NAME_MAX;
  if (!valid) return null;
  return { speed, sound, reducedMotion, textSize, playerName } as GameSettings;
}

/** The settings record to store. */
export function settingsRecord(settings: GameSettings): SettingsRecord {
  return { kind: SETTINGS_KIND, formatVersion: SAVE_FORMAT_VERSION, settings };
}
