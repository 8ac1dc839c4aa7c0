/**
 * An unfinished day as an LMS keeps it: SCORM's `cmi.suspend_data` (and cmi5's state
 * document, which takes the same text). The day is its replay record (scenario id and
 * content hash, seed, settings, the action log and the clock), never snapshots of the
 * clinic: replaying the log rebuilds the day exactly, as the browser's own save does.
 *
 * The text is `cd1.`, the scenario's id and the start of its content hash, then the record
 * compressed with DEFLATE (fflate) and written in base 85 (`toBase85`), so it is plain ASCII. SCORM 1.2 guarantees `cmi.suspend_data` only
 * 4,096 characters (SCORM 1.2 RTE, section 3.4.2.5, CMIString4096); SCORM 2004 4th edition
 * guarantees 64,000 (RTE 4.2.23, SPM 64000). `SUSPEND_DATA_LIMIT` is the smaller, so one
 * encoding serves every LMS; `test/lms/suspend-data.test.ts` checks the largest bundled day
 * fits.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { TRAINEE_ACTION_SCHEMAS, type TraineeAction } from '../clinic/trainee-action';
import type { Scenario } from '../scenario/scenario.schema';
import type { ActionLogEntry } from '../session/session';

/** The characters SCORM 1.2 guarantees `cmi.suspend_data` can hold (CMIString4096). */
export const SUSPEND_DATA_LIMIT = 4096;

/** What starts every suspend-data text this version writes. */
export const SUSPEND_DATA_PREFIX = 'cd1.';

/** Largest record the text may expand to: a saved day's log is far smaller. */
const MAX_EXPANDED_BYTES = 512 * 1024;

/**
 * The 85 characters of the text: letters, digits and 23 punctuation marks, leaving out the
 * quotes, the backslash, `<`, `>`, `&` and `%`, which an LMS may escape on the way to its
 * database or its HTML. Five characters carry four bytes (base 85, as Ascii85 does), a
 * sixteenth fewer characters than base64's four for three.
 */
const BASE85 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!#$()*+,-./:;=?@[]^_{|}~';
const BASE85_INDEX = new Map([...BASE85].map((char, index) => [char, index]));

/** Bytes → base-85 text: five characters per four bytes, and `n + 1` for a last group of `n`. */
export function toBase85(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 4) {
    const group = Math.min(4, bytes.length - i);
    let value = 0;
    for (let k = 0; k < 4; k++) value = value * 256 + (bytes[i + k] ?? 0);
    const chars: string[] = [];
    for (let k = 0; k < 5; k++) {
      chars.unshift(BASE85[value % 85]!);
      value = Math.floor(value / 85);
    }
    text += chars.slice(0, group + 1).join('');
  }
  return text;
}

/** Base-85 text → bytes; null when the text is not `toBase85`'s. */
export function fromBase85(text: string): Uint8Array | null {
  if (text.length % 5 === 1) return null;
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 5) {
    const chunk = text.slice(i, i + 5);
    let value = 0;
    for (let k = 0; k < 5; k++) {
      const digit = k < chunk.length ? BASE85_INDEX.get(chunk[k]!) : 84;
      if (digit === undefined) return null;
      value = value * 85 + digit;
    }
    if (value > 0xffffffff) return null;
    for (let k = 0; k < chunk.length - 1; k++) out.push(Math.floor(value / 256 ** (3 - k)) % 256);
  }
  return Uint8Array.from(out);
}

/** A saved-day record as the scenes keep it: any JSON fields beside the action log. */
export interface SuspendableDay {
  readonly log: readonly ActionLogEntry[];
  readonly [field: string]: unknown;
}

/** Quarter minutes: the clinic clock's step in untimed play, so most gaps between actions are a few of them. */
const MINUTE_STEPS = 4;
/** The gap byte meaning "the exact minute is in the list of minutes". */
const EXACT_MINUTE = 255;
/** DEFLATE looks back at most 32 KiB (RFC 1951, section 2.2): only that much of a dictionary helps. */
const DICTIONARY_BYTES = 32 * 1024;

/**
 * What DEFLATE is primed with for a day of `scenario`: every action type's name and every
 * name, number and text in the scenario, the strings a trainee's actions mostly copy (the
 * patients' addresses, insurance cards, complaints). The encoder and the decoder both make it
 * from the scenario, so it is never stored; a changed scenario is caught by its content hash
 * beside the text (`encodeSuspendData`).
 */
export function suspendDictionary(scenario: Scenario): Uint8Array {
  const seen = new Set<string>(ACTION_VOCABULARY);
  const walk = (value: unknown): void => {
    if (typeof value === 'string' || typeof value === 'number') seen.add(JSON.stringify(value));
    else if (Array.isArray(value)) for (const item of value) walk(item);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        seen.add(JSON.stringify(key));
        walk(item);
      }
    }
  };
  walk(scenario);
  const bytes = strToU8([...seen].join(','));
  return bytes.subarray(Math.max(0, bytes.length - DICTIONARY_BYTES));
}

/** What a Zod schema's definition holds that the walk below reads. */
interface SchemaDefinition {
  readonly type?: string;
  readonly shape?: Readonly<Record<string, unknown>>;
  readonly innerType?: unknown;
  readonly element?: unknown;
  readonly options?: readonly unknown[];
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly values?: readonly unknown[];
  readonly in?: unknown;
  readonly out?: unknown;
}

function definitionOf(schema: unknown): SchemaDefinition | null {
  const definition = (schema as { def?: unknown } | null)?.def;
  return typeof definition === 'object' && definition !== null ? (definition as SchemaDefinition) : null;
}

/**
 * The words of the actions' schemas: each object's keys as JSON writes them (the shapes
 * `packLog` keeps) and every fixed value (the action types, the choices such as a cuff size).
 */
function actionVocabulary(): string[] {
  const words = new Set<string>();
  const visited = new Set<unknown>();
  const skeleton = (schema: unknown): string => {
    const definition = definitionOf(schema);
    if (definition === null || visited.has(schema)) return '0';
    visited.add(schema);
    try {
      if (definition.shape) {
        const text = `{${Object.entries(definition.shape)
          .map(([key, item]) => `${JSON.stringify(key)}:${skeleton(item)}`)
          .join(',')}}`;
        // `packLog` keeps an action's type apart from its fields' shape.
        words.add(text.replace(/^\{"type":0,?/, '{'));
        return text;
      }
      for (const value of definition.values ?? []) if (typeof value === 'string' && value !== '') words.add(JSON.stringify(value));
      for (const value of Object.values(definition.entries ?? {})) if (typeof value === 'string') words.add(JSON.stringify(value));
      for (const option of definition.options ?? []) skeleton(option);
      for (const inner of [definition.innerType, definition.element, definition.in, definition.out]) {
        if (inner !== undefined) {
          const text = skeleton(inner);
          if (text !== '0') return text;
        }
      }
      return '0';
    } finally {
      visited.delete(schema);
    }
  };
  for (const schema of TRAINEE_ACTION_SCHEMAS) skeleton(schema);
  return [...words];
}

const ACTION_VOCABULARY = actionVocabulary();

/** An action's fields with every leaf (a number, a text, a list, null) replaced by 0: its shape. */
function shapeOf(value: unknown, leaves: unknown[]): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    leaves.push(value);
    return 0;
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shapeOf(item, leaves)]));
}

/** The fields back from their shape, taking the leaves in order. */
function fillShape(shape: unknown, next: () => unknown): unknown {
  if (typeof shape !== 'object' || shape === null) return next();
  return Object.fromEntries(Object.entries(shape).map(([key, item]) => [key, fillShape(item, next)]));
}

/**
 * Move-to-front lists, one per context: the position of an item in its context's list, which
 * is 0 whenever it follows the context as it did last time (a visit's steps come in the same
 * order visit after visit), so the column is mostly zeros, which DEFLATE stores in a few bits.
 */
class MoveToFront {
  readonly #lists = new Map<number, number[]>();
  readonly #size: number;

  constructor(size: number) {
    this.#size = size;
  }

  #list(context: number): number[] {
    let list = this.#lists.get(context);
    if (!list) this.#lists.set(context, (list = Array.from({ length: this.#size }, (_, index) => index)));
    return list;
  }

  /** The position of `item` in `context`'s list, which then moves it to the front. */
  encode(context: number, item: number): number {
    const list = this.#list(context);
    const position = list.indexOf(item);
    list.splice(position, 1);
    list.unshift(item);
    return position;
  }

  /** The item at `position` in `context`'s list (undefined when there is none), which then moves to the front. */
  decode(context: number, position: number): number | undefined {
    const list = this.#list(context);
    const item = list[position];
    if (item === undefined) return undefined;
    list.splice(position, 1);
    list.unshift(item);
    return item;
  }
}

/** The context of the first entry, which follows no type. */
const NO_TYPE = -1;

/** The index of `item` in `list`, added at the end when new; a column byte holds at most 255 of them. */
function indexIn<T>(list: T[], item: T): number {
  if (!list.includes(item)) list.push(item);
  const index = list.indexOf(item);
  if (index > 254) throw new RangeError('a day with more than 255 action types, patients or action shapes does not fit the suspend-data columns');
  return index;
}

/**
 * The log in columns, which DEFLATE compresses far better than the entries one by one: a
 * list of action types, of patients and of the shapes of the actions' fields, then one byte
 * per entry for each (a visit's types repeat visit after visit, and a patient's actions come
 * in runs), one byte for the gap since the previous action in quarter minutes, and the
 * fields' values column by column (every recorded weight together, every copay together).
 * `seq` is not kept: it is always the entry's index (`Session.act`).
 */
function packLog(log: readonly ActionLogEntry[]): { readonly columns: PackedColumns; readonly bytes: Uint8Array } {
  const types: string[] = [];
  const patients: (string | null)[] = [];
  const shapes: string[] = [];
  const values: unknown[][][] = [];
  const exactMinutes: number[] = [];
  const count = log.length;
  const typeIndexes = log.map((entry) => indexIn(types, entry.action.type));
  const patientIndexes = log.map((entry) => indexIn(patients, entry.patientId));
  const typeOrder = new MoveToFront(types.length);
  const patientOrder = new MoveToFront(patients.length);
  const lastGapAfter = new Map<number, number>();
  const bytes = new Uint8Array(count * 4);
  const shapeIndexes: number[] = [];
  let previous = 0;
  log.forEach((entry, index) => {
    if (entry.seq !== index) throw new RangeError(`the log entry at ${index} has seq ${entry.seq}: a session's log is numbered from 0`);
    const context = index === 0 ? NO_TYPE : typeIndexes[index - 1]!;
    bytes[index] = typeOrder.encode(context, typeIndexes[index]!);
    bytes[count + index] = patientOrder.encode(0, patientIndexes[index]!);
    // Between actions of untimed play the clock moves by the previous action's cost, so the
    // gap is most often the one that followed the same type of action last time.
    const steps = (entry.minute - previous) * MINUTE_STEPS;
    const exact = !Number.isInteger(steps) || steps < 0 || steps >= EXACT_MINUTE;
    const predicted = lastGapAfter.get(context) ?? 0;
    bytes[2 * count + index] = exact ? EXACT_MINUTE : (steps - predicted + EXACT_MINUTE) % EXACT_MINUTE;
    if (exact) exactMinutes.push(entry.minute);
    else lastGapAfter.set(context, steps);
    previous = entry.minute;
    const { type: _type, ...fields } = entry.action as { readonly type: string };
    const leaves: unknown[] = [];
    const shape = indexIn(shapes, JSON.stringify(shapeOf(fields, leaves)));
    shapeIndexes.push(shape);
    const columns = (values[shape] ??= leaves.map(() => []));
    leaves.forEach((leaf, position) => columns[position]!.push(leaf));
  });
  // A type's actions mostly have one shape: its position among the shapes last seen with the type.
  const shapeOrder = new MoveToFront(shapes.length);
  shapeIndexes.forEach((shape, index) => (bytes[3 * count + index] = shapeOrder.encode(typeIndexes[index]!, shape)));
  return { columns: { count, types, patients, shapes, values, exactMinutes }, bytes };
}

interface PackedColumns {
  readonly count: number;
  readonly types: readonly string[];
  readonly patients: readonly (string | null)[];
  readonly shapes: readonly string[];
  readonly values: readonly (readonly unknown[][])[];
  readonly exactMinutes: readonly number[];
}

function isPackedColumns(value: unknown): value is PackedColumns {
  if (typeof value !== 'object' || value === null) return false;
  const columns = value as Record<string, unknown>;
  return (
    Number.isInteger(columns.count) &&
    Array.isArray(columns.types) &&
    Array.isArray(columns.patients) &&
    Array.isArray(columns.shapes) &&
    columns.shapes.every((shape) => typeof shape === 'string') &&
    Array.isArray(columns.values) &&
    columns.values.every((shape) => Array.isArray(shape) && shape.every(Array.isArray)) &&
    Array.isArray(columns.exactMinutes)
  );
}

/** The log back from its columns; null when they do not fit together. */
function unpackLog(columns: PackedColumns, bytes: Uint8Array): ActionLogEntry[] | null {
  const { count } = columns;
  if (bytes.length !== count * 4) return null;
  const taken = columns.values.map((shape) => shape.map(() => 0));
  const typeOrder = new MoveToFront(columns.types.length);
  const patientOrder = new MoveToFront(columns.patients.length);
  const shapeOrder = new MoveToFront(columns.shapes.length);
  const lastGapAfter = new Map<number, number>();
  const log: ActionLogEntry[] = [];
  let previous = 0;
  let exactIndex = 0;
  let context = NO_TYPE;
  try {
    for (let index = 0; index < count; index++) {
      const typeIndex = typeOrder.decode(context, bytes[index]!);
      const patientIndex = patientOrder.decode(0, bytes[count + index]!);
      const gap = bytes[2 * count + index]!;
      const type = typeIndex === undefined ? undefined : columns.types[typeIndex];
      const shapeIndex = typeIndex === undefined ? undefined : shapeOrder.decode(typeIndex, bytes[3 * count + index]!);
      const shape = shapeIndex === undefined ? undefined : columns.shapes[shapeIndex];
      if (typeof type !== 'string' || patientIndex === undefined || shapeIndex === undefined || shape === undefined) return null;
      let minute: number | undefined;
      if (gap === EXACT_MINUTE) minute = columns.exactMinutes[exactIndex++];
      else {
        const steps = (gap + (lastGapAfter.get(context) ?? 0)) % EXACT_MINUTE;
        lastGapAfter.set(context, steps);
        minute = previous + steps / MINUTE_STEPS;
      }
      if (typeof minute !== 'number') return null;
      let position = 0;
      const fields = fillShape(JSON.parse(shape), () => {
        const column = columns.values[shapeIndex]?.[position];
        const row = taken[shapeIndex]![position]!;
        if (column === undefined || row >= column.length) throw new RangeError('too few values');
        taken[shapeIndex]![position++] = row + 1;
        return column[row];
      });
      const action = { type, ...(fields as object) } as TraineeAction;
      log.push({ seq: index, minute, patientId: columns.patients[patientIndex] ?? null, action });
      previous = minute;
      context = typeIndex!;
    }
  } catch {
    return null;
  }
  return log;
}

/** The scenario id and the start of its content hash, before the compressed day. */
function header(scenarioId: string, scenarioHash: string): string {
  return `${SUSPEND_DATA_PREFIX}${scenarioId}.${scenarioHash.slice(0, 8)}.`;
}

/**
 * The suspend-data text of a saved day of `scenario`: the scenario's id and the start of its
 * content hash in clear, then the day's fields as JSON and its log in columns (`packLog`),
 * compressed with the scenario's dictionary (`suspendDictionary`). Throws only on a log no
 * session writes.
 */
export function encodeSuspendData(day: SuspendableDay, scenario: { readonly id: string; readonly contentHash: string; readonly dictionary: Uint8Array }): string {
  // The scenario's id and content hash are restored from the scenario on reading.
  const { log, scenarioId: _id, scenarioHash: _hash, ...fields } = day;
  const { columns, bytes } = packLog(log);
  const head = strToU8(JSON.stringify({ fields, columns }));
  const whole = new Uint8Array(4 + head.length + bytes.length);
  new DataView(whole.buffer).setUint32(0, head.length);
  whole.set(head, 4);
  whole.set(bytes, 4 + head.length);
  return header(scenario.id, scenario.contentHash) + toBase85(deflateSync(whole, { level: 9, mem: 12, dictionary: scenario.dictionary }));
}

/** What a suspend-data text holds: the saved-day record (still to validate as one), or why it cannot be read. */
export type SuspendDataRead = { readonly ok: true; readonly record: SuspendableDay } | { readonly ok: false; readonly message: string };

/** How the decoder finds the scenario a text names: its content hash and dictionary, or null when the build has none of that id. */
export type SuspendScenarioFinder = (scenarioId: string) => { readonly contentHash: string; readonly dictionary: Uint8Array } | null;

const DAMAGED = 'The day the LMS kept is damaged and cannot be continued.';

/** Reads a suspend-data text written by `encodeSuspendData`; never throws. */
export function decodeSuspendData(text: string, find: SuspendScenarioFinder): SuspendDataRead {
  const match = /^cd1\.([^.]+)\.([0-9a-f]{8})\.(.*)$/s.exec(text);
  if (!text.startsWith(SUSPEND_DATA_PREFIX) || !match) return { ok: false, message: 'The day the LMS kept was not saved by this version of Clinic Day, and cannot be continued.' };
  const [, scenarioId, hashStart, payload] = match;
  const scenario = find(scenarioId!);
  if (scenario === null) return { ok: false, message: `The day the LMS kept is of the scenario "${scenarioId}", which this package does not include.` };
  if (!scenario.contentHash.startsWith(hashStart!)) return { ok: false, message: 'The scenario has changed since the LMS kept your day, so it cannot be continued: start the day over.' };
  const bytes = fromBase85(payload!);
  if (bytes === null) return { ok: false, message: DAMAGED };
  let whole: Uint8Array;
  try {
    whole = inflateSync(bytes, { dictionary: scenario.dictionary });
  } catch {
    return { ok: false, message: DAMAGED };
  }
  if (whole.length > MAX_EXPANDED_BYTES || whole.length < 4) return { ok: false, message: DAMAGED };
  const headLength = new DataView(whole.buffer, whole.byteOffset, whole.byteLength).getUint32(0);
  if (4 + headLength > whole.length) return { ok: false, message: DAMAGED };
  let head: unknown;
  try {
    head = JSON.parse(strFromU8(whole.subarray(4, 4 + headLength)));
  } catch {
    return { ok: false, message: DAMAGED };
  }
  if (typeof head !== 'object' || head === null) return { ok: false, message: DAMAGED };
  const { fields, columns } = head as { fields?: unknown; columns?: unknown };
  if (typeof fields !== 'object' || fields === null || !isPackedColumns(columns)) return { ok: false, message: DAMAGED };
  const log = unpackLog(columns, whole.subarray(4 + headLength));
  if (log === null) return { ok: false, message: DAMAGED };
  return { ok: true, record: { ...(fields as Record<string, unknown>), scenarioId: scenarioId!, scenarioHash: scenario.contentHash, log } };
}
