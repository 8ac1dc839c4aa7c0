/**
 * An assignment: what an instructor asks a trainee to play, and what `grade` checks a result
 * against. It pins the scenario (its id and content hash), the mode and the timer, and the
 * seed, and it has an id, made when the instructor makes the assignment, that the result file
 * of a day played from it records.
 *
 * Why the seed is pinned: a new day draws its seed at random, and the seed decides what the
 * instruments read and which kit lots are on the shelf. With the seed free, a trainee (or a
 * script) could play many seeds and hand in the easiest; pinned, every trainee of the
 * assignment plays the same day, and a result on any other seed does not answer it.
 *
 * An assignment travels as a link (its fields as parameters beside the scenario's, in the
 * query of a bundled scenario's link, in the fragment of a custom one's) and as a file, the
 * instructor's record, which `npm run grade --assignment` and the instructor page read. Both
 * are edges: they are read with Zod and never throw. The id is for telling assignments apart,
 * not a secret: anyone holding the link can read it.
 */
import { z } from '../scenario/zod';
import { MODES, type Mode } from '../scenario/scenario.schema';
import type { SessionSettings } from '../scoring/day-record';

export const ASSIGNMENT_FILE_FORMAT = 'clinic-day-assignment';
export const ASSIGNMENT_FILE_VERSION = 1;

/**
 * The letters of an assignment id: Crockford's base 32 in lower case (no i, l, o or u), so an
 * id read aloud or copied by hand is not mistaken (`0`/`o`, `1`/`l`).
 */
const ID_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
/** Letters on each side of the hyphen: 10 letters carry 50 bits, enough that two assignments never share an id. */
const ID_HALF = 5;

/** An assignment id as it is written: `k3m9x-7qv2a`. */
export const AssignmentIdSchema = z.string().check(
  z.regex(new RegExp(`^[${ID_ALPHABET}]{${ID_HALF}}-[${ID_ALPHABET}]{${ID_HALF}}$`), { message: 'expected an assignment id such as "k3m9x-7qv2a"' }),
);

/** Largest seed a new day draws (`scenes/clinic-app.ts`); an assignment's seed is one of these. */
export const MAX_ASSIGNED_SEED = 2_147_483_646;

/** What an assignment pins. */
export interface Assignment {
  /** Made with the assignment; the result file of a day played from it carries the same. */
  readonly id: string;
  readonly scenarioId: string;
  /** The scenario's content hash (`content-hash.ts`) when the assignment was made. */
  readonly scenarioHash: string;
  /** Mode and timer; assessment is always timed. */
  readonly settings: SessionSettings;
  readonly seed: number;
}

/** The assignment file: the assignment, the scenario's title, and the link that was shared. */
export interface AssignmentFile extends Assignment {
  readonly format: typeof ASSIGNMENT_FILE_FORMAT;
  readonly formatVersion: typeof ASSIGNMENT_FILE_VERSION;
  readonly scenarioTitle: string;
  readonly link: string;
}

const SettingsSchema = z
  .strictObject({ mode: z.enum(MODES), timerEnabled: z.boolean() })
  .check(z.refine((settings) => settings.mode !== 'assessment' || settings.timerEnabled, { message: 'assessment is always timed', path: ['timerEnabled'] }));

const AssignmentFields = {
  id: AssignmentIdSchema,
  scenarioId: z.string().check(z.minLength(1), z.maxLength(64)),
  scenarioHash: z.string().check(z.regex(/^[0-9a-f]{64}$/, { message: 'expected a SHA-256 content hash' })),
  settings: SettingsSchema,
  seed: z.number().check(z.int(), z.gte(0), z.lte(MAX_ASSIGNED_SEED)),
};

/** The structure of an assignment file. */
export const AssignmentFileSchema = z.strictObject({
  format: z.literal(ASSIGNMENT_FILE_FORMAT, { message: `not a Clinic Day assignment file (format must be "${ASSIGNMENT_FILE_FORMAT}")` }),
  formatVersion: z.literal(ASSIGNMENT_FILE_VERSION, { message: `assignment file version not supported by this build (expected ${ASSIGNMENT_FILE_VERSION})` }),
  ...AssignmentFields,
  scenarioTitle: z.string().check(z.maxLength(200)),
  link: z.string().check(z.maxLength(2_000_000)),
});

const AssignmentSchema = z.strictObject(AssignmentFields);

/**
 * A new assignment id from ten random bytes (the caller's: `src/` has no random source of its
 * own). Each byte gives one letter; 256 is a multiple of 32, so every letter is equally likely.
 */
export function assignmentIdFrom(bytes: ArrayLike<number>): string {
  if (bytes.length < 2 * ID_HALF) throw new RangeError(`an assignment id needs ${2 * ID_HALF} random bytes, got ${bytes.length}`);
  let letters = '';
  for (let index = 0; index < 2 * ID_HALF; index++) letters += ID_ALPHABET[bytes[index]! % ID_ALPHABET.length];
  return `${letters.slice(0, ID_HALF)}-${letters.slice(ID_HALF)}`;
}

/** Makes an assignment; assessment is always timed, as the game plays it. */
export function makeAssignment(fields: { id: string; scenarioId: string; scenarioHash: string; mode: Mode; timed: boolean; seed: number }): Assignment {
  return {
    id: fields.id,
    scenarioId: fields.scenarioId,
    scenarioHash: fields.scenarioHash,
    settings: { mode: fields.mode, timerEnabled: fields.mode === 'assessment' || fields.timed },
    seed: fields.seed,
  };
}

/** The assignment file for `assignment`, shared as `link`. */
export function assignmentFile(assignment: Assignment, scenarioTitle: string, link: string): AssignmentFile {
  return { format: ASSIGNMENT_FILE_FORMAT, formatVersion: ASSIGNMENT_FILE_VERSION, ...assignment, scenarioTitle, link };
}

/** The link parameters, in the order they are written. */
const PARAM = { id: 'assignment', scenarioId: 'scenario-id', hash: 'hash', mode: 'mode', timer: 'timer', seed: 'seed' } as const;

/** The parameters that carry `assignment` in a link, beside the scenario's own. */
export function assignmentLinkParams(assignment: Assignment): [string, string][] {
  return [
    [PARAM.id, assignment.id],
    [PARAM.scenarioId, assignment.scenarioId],
    [PARAM.mode, assignment.settings.mode],
    [PARAM.timer, assignment.settings.timerEnabled ? 'on' : 'off'],
    [PARAM.seed, String(assignment.seed)],
    [PARAM.hash, assignment.scenarioHash],
  ];
}

/** An assignment read from a link or a file: the assignment, or what is wrong. */
export type AssignmentRead = { readonly ok: true; readonly assignment: Assignment } | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Reads the assignment in a link's parameters (its query or its fragment); null when they carry
 * no assignment (a plain scenario link).
 */
export function readAssignmentParams(params: URLSearchParams): AssignmentRead | null {
  if (!params.has(PARAM.id)) return null;
  const timer = params.get(PARAM.timer);
  const seedText = params.get(PARAM.seed) ?? '';
  const candidate = {
    id: params.get(PARAM.id),
    scenarioId: params.get(PARAM.scenarioId),
    scenarioHash: params.get(PARAM.hash),
    settings: { mode: params.get(PARAM.mode), timerEnabled: timer === 'on' ? true : timer === 'off' ? false : timer },
    seed: /^\d{1,10}$/.test(seedText) ? Number(seedText) : seedText,
  };
  return checked(AssignmentSchema.safeParse(candidate), linkFieldName);
}

/**
 * Reads an assignment given as a link (`https://…?scenario=…&assignment=…`) or as an assignment
 * file's text (JSON, with or without a byte-order mark). Never throws.
 */
export function readAssignment(text: string): AssignmentRead {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (/^https?:\/\//i.test(trimmed)) return readAssignmentLink(trimmed);
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch (error) {
    return { ok: false, problems: [`neither an assignment link nor an assignment file (not valid JSON: ${(error as Error).message})`] };
  }
  const parsed = checked(AssignmentFileSchema.safeParse(data), (path) => path || '(file)');
  if (!parsed.ok) return parsed;
  const { id, scenarioId, scenarioHash, settings, seed } = parsed.assignment;
  return { ok: true, assignment: { id, scenarioId, scenarioHash, settings, seed } };
}

/** Reads the assignment in a link: its parameters beside `scenario=`, in the query or the fragment. */
export function readAssignmentLink(href: string): AssignmentRead {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { ok: false, problems: ['not a valid link'] };
  }
  for (const params of [url.searchParams, new URLSearchParams(url.hash.replace(/^#/, ''))]) {
    const read = readAssignmentParams(params);
    if (read) return read;
  }
  return { ok: false, problems: ['the link carries no assignment (it has no "assignment=" parameter): copy the assignment link from the instructor page'] };
}

function linkFieldName(path: string): string {
  const names: Record<string, string> = { id: PARAM.id, scenarioId: PARAM.scenarioId, scenarioHash: PARAM.hash, 'settings.mode': PARAM.mode, 'settings.timerEnabled': PARAM.timer, seed: PARAM.seed };
  return `the link's "${names[path] ?? path}" parameter`;
}

function checked(parsed: { success: true; data: Assignment } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }, where: (path: string) => string): AssignmentRead {
  if (parsed.success) return { ok: true, assignment: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => `${where(issue.path.map(String).join('.'))}: ${issue.message}`) };
}

/** How a result's settings read to a person: "assessment, timed". */
export function settingsText(settings: SessionSettings): string {
  return settings.mode === 'assessment' ? (settings.timerEnabled ? 'assessment, timed' : 'assessment, untimed') : settings.timerEnabled ? 'practice, timed' : 'untimed practice';
}
