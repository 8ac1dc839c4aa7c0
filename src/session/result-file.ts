/**
 * The result file: everything needed to verify a day by replaying it — the scenario's id
 * and content hash, the seed, the settings, the app version, the action log — and the
 * result the player's game computed. `npm run sim --out` writes it; the browser exports
 * the same format; `npm run grade` checks it.
 *
 * Reading one is an edge: the file may be edited, truncated or not a result at all, so
 * `parseResultFile` validates it with Zod and reports what is wrong, with its path.
 */
import { idEntry } from '../scenario/entries';
import { z } from '../scenario/zod';
import { MODES } from '../scenario/scenario.schema';
import { parseTraineeAction } from '../clinic/trainee-action';
import { AssignmentIdSchema } from './assignment';
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
  /** The assignment the day was played from (`assignment.ts`); absent for free practice. */
  readonly assignmentId?: string;
  readonly log: readonly ActionLogEntry[];
  readonly result: DayResult;
}

/** Builds a result file for a finished day. */
export function resultFile(fields: Omit<ResultFile, 'format' | 'formatVersion'>): ResultFile {
  return { format: RESULT_FILE_FORMAT, formatVersion: RESULT_FILE_VERSION, ...fields };
}

/**
 * A logged action, read with its own schema (`parseTraineeAction`): the parsed copy, or an
 * issue located at the offending field (`log.12.action.values.temperatureC`).
 */
const ActionSchema = z.pipe(
  z.unknown(),
  z.transform((input, context) => {
    const parsed = parseTraineeAction(input);
    if (parsed.ok) return parsed.action;
    context.issues.push({ code: 'custom', message: parsed.problem.detail, input, path: parsed.problem.field === '' ? [] : parsed.problem.field.split('.') });
    return z.NEVER;
  }),
);

const LogEntrySchema = z.strictObject({
  seq: z.number().check(z.int(), z.gte(0)),
  minute: z.number().check(z.gte(0), z.lte(24 * 60)),
  patientId: z.nullable(idEntry()),
  action: ActionSchema,
});

/** The structure a result file must have before it can be replayed. */
export const ResultFileSchema = z.strictObject({
  format: z.literal(RESULT_FILE_FORMAT, { message: `not a Clinic Day result file (format must be "${RESULT_FILE_FORMAT}")` }),
  formatVersion: z.literal(RESULT_FILE_VERSION, { message: `result file version not supported by this build (expected ${RESULT_FILE_VERSION})` }),
  appVersion: z.string().check(z.minLength(1), z.maxLength(40)),
  scenarioId: z.string().check(z.minLength(1), z.maxLength(64)),
  scenarioHash: z.string().check(z.regex(/^[0-9a-f]{64}$/, { message: 'expected a SHA-256 content hash' })),
  seed: z.number().check(z.int(), z.gte(0), z.lte(0xffffffff)),
  settings: z.strictObject({ mode: z.enum(MODES), timerEnabled: z.boolean() }),
  player: z.string().check(z.maxLength(120)),
  // Absent in files from before assignments, and in free practice.
  assignmentId: z.optional(AssignmentIdSchema),
  log: z.array(LogEntrySchema).check(z.maxLength(20_000)),
  result: z.looseObject({ scenarioId: z.string(), passed: z.boolean(), score: z.looseObject({ total: z.number() }) }),
});

/** A result file read from text: the file, or what is wrong with it. */
export type ResultFileRead = { ok: true; file: ResultFile } | { ok: false; problems: string[] };

/** Reads a result file's text, with or without a UTF-8 byte-order mark (an editor's save may add one); never throws. */
export function parseResultFile(text: string): ResultFileRead {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problems: [`not valid JSON: ${(error as Error).message}`] };
  }
  const parsed = ResultFileSchema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.map(String).join('.') || '(file)'}: ${issue.message}`) };
  }
  return { ok: true, file: parsed.data as unknown as ResultFile };
}
