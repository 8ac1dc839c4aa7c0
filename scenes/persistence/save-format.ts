/**
 * What the browser keeps in IndexedDB, and how it is read back: the unfinished day, the
 * trainee's settings and the history of finished days. Every record carries a format
 * version and is validated with Zod when it is read, because stored data outlives the
 * build that wrote it (and can be edited in the browser's developer tools).
 *
 * This module (with Zod and the result-file schema) is loaded only when there is an
 * unfinished day or a history to read or write; the settings, read on every start, have
 * their own small reader in `settings-record.ts`.
 */
import { z } from '../../src/scenario/zod';
import { ResultFileSchema, type ResultFile } from '../../src/session/result-file';
import type { ActionLogEntry, SessionSettings } from '../../src/session/session';
import { HISTORY_KIND, MAX_MINUTE_FRACTION, SAVE_FORMAT_VERSION, SAVED_DAY_KIND } from './settings-record';

export { HISTORY_KIND, SAVE_FORMAT_VERSION, SAVED_DAY_KIND, SETTINGS_KIND } from './settings-record';

/** An unfinished day: everything needed to replay it to where the trainee left it. */
export interface SavedDay {
  readonly kind: typeof SAVED_DAY_KIND;
  readonly formatVersion: typeof SAVE_FORMAT_VERSION;
  readonly appVersion: string;
  readonly scenarioId: string;
  /** SHA-256 of the scenario's canonical JSON when the day started. */
  readonly scenarioHash: string;
  /**
   * The scenario itself, as the YAML or JSON text it was read from, when it is a custom one
   * (imported or from a link); null for a bundled scenario, which the build carries.
   */
  readonly customScenario: string | null;
  readonly seed: number;
  readonly settings: SessionSettings;
  /** The assignment the day is played as (`src/session/assignment.ts`); absent for free practice and in saves from before assignments. */
  readonly assignmentId?: string;
  readonly log: readonly ActionLogEntry[];
  /** The clinic minute the day had reached (the clock runs on between actions). */
  readonly minute: number;
  /**
   * In timed play, the part of the next clinic minute already run on the floor (0 to just
   * under 1), so a reload resumes the running clock where it was; absent in a record saved
   * before it was kept (resumed from the whole minute).
   */
  readonly minuteFraction?: number;
  /** When it was saved, ISO 8601. */
  readonly savedAt: string;
}

/** A finished day in the history. */
export interface HistoryRecord {
  readonly kind: typeof HISTORY_KIND;
  readonly formatVersion: typeof SAVE_FORMAT_VERSION;
  /** When the day finished, ISO 8601. */
  readonly finishedAt: string;
  readonly scenarioTitle: string;
  /** Exactly the file "Download result" gives and `npm run grade` checks. */
  readonly file: ResultFile;
}

/** A history record with the key IndexedDB gave it. */
export interface HistoryEntry extends HistoryRecord {
  readonly id: number;
}

/** A stored record read back: the value, or a sentence saying why it cannot be used. */
export type StoredRead<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const IsoTimestamp = z.string().check(z.refine((text) => !Number.isNaN(Date.parse(text)), { message: 'expected an ISO 8601 date and time' }));

const SavedDaySchema = z.strictObject({
  kind: z.literal(SAVED_DAY_KIND),
  formatVersion: z.literal(SAVE_FORMAT_VERSION),
  appVersion: ResultFileSchema.shape.appVersion,
  scenarioId: ResultFileSchema.shape.scenarioId,
  scenarioHash: ResultFileSchema.shape.scenarioHash,
  customScenario: z.nullable(z.string().check(z.maxLength(1024 * 1024))),
  seed: ResultFileSchema.shape.seed,
  settings: ResultFileSchema.shape.settings,
  assignmentId: ResultFileSchema.shape.assignmentId,
  log: ResultFileSchema.shape.log,
  minute: z.number().check(z.gte(0), z.lte(24 * 60)),
  minuteFraction: z.optional(z.number().check(z.gte(0), z.lte(MAX_MINUTE_FRACTION))),
  savedAt: IsoTimestamp,
});

const HistoryRecordSchema = z.strictObject({
  kind: z.literal(HISTORY_KIND),
  formatVersion: z.literal(SAVE_FORMAT_VERSION),
  finishedAt: IsoTimestamp,
  scenarioTitle: z.string().check(z.maxLength(200)),
  file: ResultFileSchema,
});

/**
 * The format version a stored record claims, or null when it is not a record of `kind`.
 * Read before the full schema, so a record from another version gets its own message.
 */
function claimedVersion(raw: unknown, kind: string): number | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const record = raw as { kind?: unknown; formatVersion?: unknown };
  if (record.kind !== kind || typeof record.formatVersion !== 'number') return null;
  return record.formatVersion;
}

/** The sentence for a record written by another version of the game. */
function otherVersionMessage(what: string, version: number): string {
  return version > SAVE_FORMAT_VERSION
    ? `${what} was saved by a newer version of Clinic Day (save format ${version}) and this version (format ${SAVE_FORMAT_VERSION}) cannot read it. Open the newer version, or discard it.`
    : `${what} was saved by an older version of Clinic Day (save format ${version}) that this version (format ${SAVE_FORMAT_VERSION}) cannot convert. It can only be discarded.`;
}

/** Reads an unfinished-day record; a record of another format version is refused with a clear message. */
export function readSavedDay(raw: unknown): StoredRead<SavedDay> {
  const version = claimedVersion(raw, SAVED_DAY_KIND);
  if (version === null) return { ok: false, message: 'The saved day is damaged and cannot be read. It can only be discarded.' };
  if (version !== SAVE_FORMAT_VERSION) return { ok: false, message: otherVersionMessage('The unfinished day', version) };
  const parsed = SavedDaySchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.map(String).join('.') || 'record'}: ${first.message}` : 'unknown problem';
    return { ok: false, message: `The saved day is damaged and cannot be read (${where}). It can only be discarded.` };
  }
  return { ok: true, value: parsed.data as unknown as SavedDay };
}

/** Reads one history record. */
export function readHistoryRecord(raw: unknown): StoredRead<HistoryRecord> {
  const version = claimedVersion(raw, HISTORY_KIND);
  if (version === null) return { ok: false, message: 'A history entry is damaged and cannot be read.' };
  if (version !== SAVE_FORMAT_VERSION) return { ok: false, message: otherVersionMessage('A history entry', version) };
  const parsed = HistoryRecordSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: 'A history entry is damaged and cannot be read.' };
  return { ok: true, value: parsed.data as unknown as HistoryRecord };
}

/** The history record for a finished day. */
export function historyRecord(file: ResultFile, scenarioTitle: string, finishedAt: Date): HistoryRecord {
  return { kind: HISTORY_KIND, formatVersion: SAVE_FORMAT_VERSION, finishedAt: finishedAt.toISOString(), scenarioTitle, file };
}
