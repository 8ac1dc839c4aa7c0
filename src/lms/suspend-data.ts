/**
 * An unfinished day as an LMS keeps it: SCORM's `cmi.suspend_data` (and cmi5's state
 * document, which takes the same text). The day is its replay record (scenario id and
 * content hash, seed, settings, the action log and the clock), never snapshots of the
 * clinic: replaying the log rebuilds the day exactly, as the browser's own save does.
 *
 * SCORM 1.2 guarantees `cmi.suspend_data` only 4,096 characters (SCORM 1.2 RTE, section
 * 3.4.2.5, CMIString4096: ASCII characters); SCORM 2004 4th edition guarantees 64,000 (RTE
 * 4.2.23, SPM 64000). `SUSPEND_DATA_LIMIT` is the smaller, so one encoding serves every LMS;
 * `test/lms/suspend-data.test.ts` checks that every bundled scenario's novice day fits, untimed
 * and at a person's pace on the running clock, the whole 8-to-5 day (the largest) among them.
 *
 * The text is `cd3.`, the scenario's id and the start of its content hash, then the day
 * written against what the scenario and the game already know (`suspendScenario`), compressed
 * with DEFLATE (fflate) primed with the scenario's dictionary, in base 85 (plain ASCII):
 * - each action's type is its index in the game's list of action types, each patient the
 *   index of the patient's id in the scenario's values;
 * - who each action is for, its type, its fields' shape and the minutes since the previous
 *   action are each one small number, predicted from what came before (the patient's own
 *   previous action, for the type: a visit's steps come in the same order visit after visit),
 *   so most of them are 0;
 * - the minutes are counted on the coarsest grid that holds them all (quarter minutes in
 *   untimed play, seconds or finer when the clock ran while the trainee looked at the floor),
 *   and each minute is given back bit for bit: the one before plus its gap, and how many
 *   representable numbers away it lies (0 but for the clock's own roundings);
 * - each field's value is a symbol: the position of the value among the values of the
 *   scenario under the action's patient (`L`: the patient's address, their insurance card, so
 *   `line1` is the same symbol for every patient), else among all the scenario's values
 *   (`G`: a choice such as a test id), else its JSON (`J`: a measured weight); each field
 *   keeps a move-to-front list of its symbols, so a field that repeats costs a 1.
 * A `cd2.` text (the same, but a minute off the quarter-minute grid written in full, which
 * made a timed day too long for SCORM 1.2) and a `cd1.` text (`suspend-data-v1.ts`) are still read.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { TRAINEE_ACTION_TYPES, type TraineeAction } from '../clinic/trainee-action';
import type { ActionLogEntry } from '../session/session';
import { z } from '../scenario/zod';
import {
  ACTION_VOCABULARY,
  DAMAGED,
  EXACT_MINUTE,
  fillShape,
  fromBase85,
  MAX_EXPANDED_BYTES,
  MINUTE_STEPS,
  MoveToFront,
  shapeOf,
  toBase85,
  valueKey,
  type SuspendableDay,
  type SuspendDataRead,
  type SuspendScenario,
  type SuspendScenarioFinder,
  type OwnerTable,
  type ValueTable,
} from './suspend-codec';
import { decodeSuspendPayloadV1, SUSPEND_DATA_V1_PREFIX } from './suspend-data-v1';

export { fromBase85, suspendScenario, toBase85, type SuspendableDay, type SuspendDataRead, type SuspendScenario, type SuspendScenarioFinder } from './suspend-codec';

/** The characters SCORM 1.2 guarantees `cmi.suspend_data` can hold (CMIString4096). */
export const SUSPEND_DATA_LIMIT = 4096;

/**
 * What the trainee is told when a day in progress is longer than SCORM 1.2 guarantees to
 * keep (an LMS may keep more, or cut it and lose the day): null when it fits.
 */
export function scorm12Overflow(text: string): string | null {
  const over = text.length - SUSPEND_DATA_LIMIT;
  if (over <= 0) return null;
  return `the day in progress takes ${text.length.toLocaleString('en-US')} characters, ${over.toLocaleString('en-US')} more than the ${SUSPEND_DATA_LIMIT.toLocaleString('en-US')} a SCORM 1.2 LMS must keep, so it may not be kept`;
}

/** What starts every suspend-data text this version writes. */
export const SUSPEND_DATA_PREFIX = 'cd3.';
/** The format before: the minutes on a grid of quarter minutes, any other minute in full (still read). */
const SUSPEND_DATA_V2_PREFIX = 'cd2.';

/** The formats `packLog` writes and `unpackLog` reads: 2 (`cd2.`) and 3 (`cd3.`). */
type Format = 2 | 3;

/** FNV-1a of the game's action types in order: a text written by a game whose list differs cannot be read by index. */
function fingerprint(words: readonly string[]): number {
  let hash = 0x811c9dc5;
  for (const char of words.join(',')) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash;
}

const ACTION_TYPE_INDEX = new Map<string, number>(TRAINEE_ACTION_TYPES.map((type, index) => [type, index]));
/** The fixed values of the actions' schemas (a cuff size, an electrode), which a value may be the index of. */
const CHOICES: readonly string[] = ACTION_VOCABULARY.filter((word) => word.startsWith('"')).map((word) => JSON.parse(word) as string);
const CHOICE_INDEX = new Map(CHOICES.map((choice, index) => [choice, index]));
/** The shapes of the actions' fields as the schemas draw them, which a shape may be the index of. */
const SKELETONS: readonly string[] = ACTION_VOCABULARY.filter((word) => word.startsWith('{'));
const SKELETON_INDEX = new Map(SKELETONS.map((skeleton, index) => [skeleton, index]));
const ACTION_TYPES_FINGERPRINT = fingerprint([...TRAINEE_ACTION_TYPES, ...ACTION_VOCABULARY]);

/** Unsigned LEB128: seven bits a byte, the high bit set on every byte but the last. */
class VarintWriter {
  readonly #bytes: number[] = [];

  push(value: number): void {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`${value} is not a count`);
    let rest = value;
    while (rest >= 0x80) {
      this.#bytes.push((rest % 0x80) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.#bytes.push(rest);
  }

  /** Adds `bytes` as they are. */
  append(bytes: Uint8Array): void {
    for (const byte of bytes) this.#bytes.push(byte);
  }

  get bytes(): Uint8Array {
    return Uint8Array.from(this.#bytes);
  }
}

class VarintReader {
  readonly #bytes: Uint8Array;
  #at = 0;

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
  }

  next(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.#bytes[this.#at++];
      if (byte === undefined || scale > 2 ** 42) throw new RangeError('the numbers ran out');
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  }

  /** The next `length` bytes as they are. */
  take(length: number): Uint8Array {
    if (this.#at + length > this.#bytes.length) throw new RangeError('the bytes ran out');
    const bytes = this.#bytes.subarray(this.#at, this.#at + length);
    this.#at += length;
    return bytes;
  }

  get done(): boolean {
    return this.#at === this.#bytes.length;
  }
}

/**
 * Move-to-front lists, one per context, each begun as a copy of one list of every context's
 * items by how lately any context used them: the position of an item in its context's list,
 * 0 whenever it follows the context as it did last time, and small the first time a context
 * meets it if it was used lately (a patient's first vital sign, after the last patient's).
 */
class RecencyOrder {
  readonly #lists = new Map<number, number[]>();
  readonly #recent: number[];

  constructor(size: number) {
    this.#recent = Array.from({ length: size }, (_, index) => index);
  }

  #list(context: number): number[] {
    let list = this.#lists.get(context);
    if (!list) this.#lists.set(context, (list = [...this.#recent]));
    return list;
  }

  #touch(list: number[], position: number, item: number): void {
    list.splice(position, 1);
    list.unshift(item);
    const recent = this.#recent.indexOf(item);
    this.#recent.splice(recent, 1);
    this.#recent.unshift(item);
  }

  encode(context: number, item: number): number {
    const list = this.#list(context);
    const position = list.indexOf(item);
    if (position < 0) throw new RangeError(`no item ${item}`);
    this.#touch(list, position, item);
    return position;
  }

  decode(context: number, position: number): number | undefined {
    const list = this.#list(context);
    const item = list[position];
    if (item === undefined) return undefined;
    this.#touch(list, position, item);
    return item;
  }
}

/** A move-to-front list that grows: 0 for a symbol it has not seen (written out beside), else 1 + its position. */
class SymbolOrder {
  readonly #list: string[] = [];

  encode(symbol: string): number {
    const position = this.#list.indexOf(symbol);
    if (position >= 0) this.#list.splice(position, 1);
    this.#list.unshift(symbol);
    return position + 1;
  }

  decode(code: number, fresh: () => string): string {
    const symbol = code === 0 ? fresh() : this.#list[code - 1];
    if (symbol === undefined) throw new RangeError('no such symbol');
    if (code > 0) this.#list.splice(code - 1, 1);
    this.#list.unshift(symbol);
    return symbol;
  }
}

/**
 * A value as a symbol: `L` and its path under the action's patient, `C` and a choice of the
 * schemas, `G` and its index among the scenario's values, `A` and its items' symbols for a
 * list, or `J` and its JSON.
 */
function symbolOf(value: unknown, own: OwnerTable | undefined, all: ValueTable): string {
  if (typeof value === 'string' || typeof value === 'number') {
    const key = valueKey(value);
    const local = own?.pathOf.get(key);
    if (local !== undefined) return `L${local}`;
    const choice = typeof value === 'string' ? CHOICE_INDEX.get(value) : undefined;
    if (choice !== undefined) return `C${choice}`;
    const global = all.index.get(key);
    if (global !== undefined) return `G${global}`;
  }
  if (Array.isArray(value)) return `A${JSON.stringify(value.map((item) => symbolOf(item, own, all)))}`;
  if (typeof value === 'number' && own !== undefined) {
    const near = nearest(value, own);
    if (near !== null) return `D${near.path}:${near.offset}`;
  }
  return `J${JSON.stringify(value)}`;
}

/**
 * The patient's number nearest `value` (a measured 117.5 cm beside the chart's 117), and how
 * far: a reading is most often within a tenth of the chart's, and the offset is a shorter
 * number than the reading. Null when none is that near, or the offset does not give back
 * exactly the value.
 */
function nearest(value: number, own: OwnerTable): { readonly path: string; readonly offset: number } | null {
  let best: { path: string; offset: number } | null = null;
  for (const [path, known] of own.valueAt) {
    if (typeof known !== 'number' || Math.abs(value - known) > Math.abs(known) / 10) continue;
    const offset = Number((value - known).toFixed(6));
    if (known + offset !== value) continue;
    if (best === null || Math.abs(offset) < Math.abs(best.offset)) best = { path, offset };
  }
  return best;
}

function valueOf(symbol: string, own: OwnerTable | undefined, all: ValueTable): unknown {
  const rest = symbol.slice(1);
  if (symbol.startsWith('J')) return JSON.parse(rest);
  if (symbol.startsWith('A')) return (JSON.parse(rest) as string[]).map((item) => valueOf(item, own, all));
  if (symbol.startsWith('D')) {
    const split = rest.lastIndexOf(':');
    const known = own?.valueAt.get(rest.slice(0, split));
    const offset = Number(rest.slice(split + 1));
    if (typeof known !== 'number' || split < 0 || !Number.isFinite(offset)) throw new RangeError(`no value ${symbol}`);
    return known + offset;
  }
  const value = symbol.startsWith('L') ? own?.valueAt.get(rest) : symbol.startsWith('C') ? CHOICES[Number(rest)] : symbol.startsWith('G') ? all.values[Number(rest)] : undefined;
  if (value === undefined) throw new RangeError(`no value ${symbol}`);
  return value;
}

/** The kinds of symbol, as the low three bits of a new symbol's code (the rest: its index, or a list's length; nothing for `J`, whose value is in the literals). */
const SYMBOL_KINDS = ['J', 'L', 'C', 'G', 'A', 'D'] as const;
const KIND_CODES = 8;

/** Writes a new symbol's code (and a list's items' after it), its JSON kept aside in `literals`. */
function writeSymbol(symbol: string, scenario: SuspendScenario, out: VarintWriter, literals: unknown[]): void {
  const kind = SYMBOL_KINDS.indexOf(symbol[0] as (typeof SYMBOL_KINDS)[number]);
  const rest = symbol.slice(1);
  if (kind === 0) {
    literals.push(JSON.parse(rest));
    out.push(0);
    return;
  }
  if (kind === 4) {
    const items = JSON.parse(rest) as string[];
    out.push(kind + KIND_CODES * items.length);
    for (const item of items) writeSymbol(item, scenario, out, literals);
    return;
  }
  if (kind === 5) {
    const split = rest.lastIndexOf(':');
    const index = scenario.pathIndex.get(rest.slice(0, split));
    if (index === undefined) throw new RangeError(`no path ${rest}`);
    out.push(kind + KIND_CODES * index);
    literals.push(Number(rest.slice(split + 1)));
    return;
  }
  const index = kind === 1 ? scenario.pathIndex.get(rest) : Number(rest);
  if (index === undefined) throw new RangeError(`no path ${rest}`);
  out.push(kind + KIND_CODES * index);
}

/** The symbol back from its codes. */
function readSymbol(codes: VarintReader, scenario: SuspendScenario, literal: () => unknown): string {
  const code = codes.next();
  const kind = SYMBOL_KINDS[code % KIND_CODES];
  const index = Math.floor(code / KIND_CODES);
  if (kind === 'J') return `J${JSON.stringify(literal())}`;
  if (kind === 'A') return `A${JSON.stringify(Array.from({ length: index }, () => readSymbol(codes, scenario, literal)))}`;
  if (kind === 'L' || kind === 'D') {
    const path = scenario.paths[index];
    if (path === undefined) throw new RangeError(`no path ${index}`);
    if (kind === 'L') return `L${path}`;
    const offset = literal();
    if (typeof offset !== 'number') throw new RangeError('an offset is not a number');
    return `D${path}:${offset}`;
  }
  if (kind === undefined) throw new RangeError(`no kind of symbol ${code % KIND_CODES}`);
  return `${kind}${index}`;
}

/** The finest grid of minutes (`MINUTE_GRIDS`): thousandths of a second. */
const MAX_MINUTE_STEPS = 60_000;

/** What the compressed text holds beside its numbers, checked field by field before a number of it is read. */
const HeadSchema = z.strictObject({
  /** The day's record without its log, scenario id and content hash. */
  fields: z.record(z.string(), z.unknown()),
  /** The fingerprint of the game's action types and choices the indices are of. */
  actionTypes: z.number(),
  count: z.number().check(z.int(), z.nonnegative()),
  /** The day's patients: an index in the scenario's values, the id, or null for an action for no patient. */
  patients: z.array(z.union([z.number().check(z.int(), z.nonnegative()), z.string(), z.null()])),
  /** The shapes of the actions' fields (`shapeOf`) that are no schema's skeleton, as JSON. */
  shapes: z.array(z.string()),
  /** The values that are neither the scenario's nor a choice, in the order the new symbols need them. */
  literals: z.array(z.unknown()),
  /** The minutes no gap could carry. */
  exactMinutes: z.array(z.number()),
  /** cd3: the parts of a minute the gaps count in (`minuteGrid`). */
  minuteSteps: z.optional(z.number().check(z.int(), z.positive(), z.lte(MAX_MINUTE_STEPS))),
});
type Head = z.infer<typeof HeadSchema>;

/** The code streams after the head, in order, each compressed on its own (`encodeSuspendData`); `ulps` is cd3's alone. */
const ALL_STREAMS = ['patients', 'types', 'gaps', 'shapes', 'values', 'typeList', 'shapeList', 'symbols', 'ulps'] as const;
type StreamName = (typeof ALL_STREAMS)[number];
type Streams = Record<StreamName, Uint8Array>;

/** The streams a text of `format` holds, in order. */
function streamsOf(format: Format): readonly StreamName[] {
  return format === 2 ? ALL_STREAMS.filter((name) => name !== 'ulps') : ALL_STREAMS;
}

/**
 * The grids a cd3 text counts minutes on, finest last: quarter minutes (untimed play, where
 * every action costs whole quarters), then seconds, quarter seconds, and thousandths of a
 * second (a timed day's floor time at any pace). A text uses the coarsest that holds every
 * minute of its log, so its gaps are the smallest numbers.
 */
const MINUTE_GRIDS = [4, 60, 240, MAX_MINUTE_STEPS] as const;

/** The coarsest grid every minute of `log` lies on (to a millionth of a step), else seconds. */
function minuteGrid(log: readonly ActionLogEntry[]): number {
  const onGrid = (steps: number): boolean => log.every((entry) => Math.abs(entry.minute * steps - Math.round(entry.minute * steps)) < 1e-6);
  return MINUTE_GRIDS.find(onGrid) ?? 60;
}

/** A signed whole number as a count: 0, -1, 1, -2, 2… as 0, 1, 2, 3, 4… */
function zigzag(value: number): number {
  return value >= 0 ? value * 2 : -value * 2 - 1;
}

function unzigzag(code: number): number {
  return code % 2 === 0 ? code / 2 : -(code + 1) / 2;
}

const FLOAT = new Float64Array(1);
const FLOAT_BITS = new BigInt64Array(FLOAT.buffer);
/** Farther apart than this many representable numbers, a minute is kept in full. */
const MAX_ULPS = 2 ** 40;

function bitsOf(value: number): bigint {
  FLOAT[0] = value;
  return FLOAT_BITS[0]!;
}

/**
 * How many representable numbers `value` lies above `from` (below, negative): the clinic
 * clock adds a move's minutes to the minute before, so a minute is most often exactly the
 * one before plus its gap, and otherwise a rounding or two away. Null when either is not a
 * finite number at or above 0 (the only ones whose bits count up with them) or they lie far apart.
 */
function ulpsBetween(from: number, value: number): number | null {
  if (!(Number.isFinite(from) && Number.isFinite(value) && from >= 0 && value >= 0)) return null;
  const ulps = bitsOf(value) - bitsOf(from);
  return ulps > BigInt(MAX_ULPS) || ulps < -BigInt(MAX_ULPS) ? null : Number(ulps);
}

/** The number `ulps` representable numbers above `from`; undefined when that is not a finite number at or above 0. */
function addUlps(from: number, ulps: number): number | undefined {
  if (!(Number.isFinite(from) && from >= 0)) return undefined;
  FLOAT_BITS[0] = bitsOf(from) + BigInt(ulps);
  const value = FLOAT[0]!;
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** The context of the first entry for a patient, which follows no type. */
const NO_TYPE = -1;

function listIndex<T>(list: T[], item: T): number {
  let index = list.indexOf(item);
  if (index < 0) index = list.push(item) - 1;
  return index;
}

/** The head and the code streams of `log`, in `format` (the current one unless a test writes an older text). */
export function packLog(log: readonly ActionLogEntry[], scenario: SuspendScenario, format: Format = 3): { readonly head: Omit<Head, 'fields'>; readonly streams: Streams } {
  const types: string[] = [];
  const patients: (string | null)[] = [];
  const shapes: string[] = [];
  const typeIndexes = log.map((entry) => listIndex(types, entry.action.type));
  const patientIndexes = log.map((entry) => listIndex(patients, entry.patientId));
  const codes = Object.fromEntries(ALL_STREAMS.map((name) => [name, new VarintWriter()])) as Record<StreamName, VarintWriter>;
  const minuteSteps = format === 2 ? MINUTE_STEPS : minuteGrid(log);
  const patientOrder = new MoveToFront(patients.length);
  const typeOrder = new RecencyOrder(types.length);
  const shapeOrder = new MoveToFront(log.length + 1);
  const lastTypeOf = new Map<number, number>();
  const lastGapAfter = new Map<number, number>();
  const exactMinutes: number[] = [];
  /** Each shape's entries' leaves, column by column, with the patient each is for. */
  const columns: { value: unknown; patientId: string | null }[][][] = [];
  let previous = 0;
  let previousSteps = 0;
  log.forEach((entry, index) => {
    if (entry.seq !== index) throw new RangeError(`the log entry at ${index} has seq ${entry.seq}: a session's log is numbered from 0`);
    const patient = patientIndexes[index]!;
    const type = typeIndexes[index]!;
    codes.patients.push(patientOrder.encode(0, patient));
    codes.types.push(typeOrder.encode(lastTypeOf.get(patient) ?? NO_TYPE, type));
    lastTypeOf.set(patient, type);
    const context = index === 0 ? NO_TYPE : typeIndexes[index - 1]!;
    // Between actions the clock moves by the previous action's cost, so the gap is most
    // often the one that followed the same type of action last time.
    const predicted = lastGapAfter.get(context) ?? 0;
    if (format === 2) {
      const steps = (entry.minute - previous) * MINUTE_STEPS;
      const exact = !Number.isInteger(steps) || steps < 0 || steps >= EXACT_MINUTE;
      codes.gaps.push(exact ? EXACT_MINUTE : (steps - predicted + EXACT_MINUTE) % EXACT_MINUTE);
      if (exact) exactMinutes.push(entry.minute);
      else lastGapAfter.set(context, steps);
    } else {
      // The gap on the grid, then how far the minute lies from the one before plus that gap.
      const steps = Math.round(entry.minute * minuteSteps);
      if (!Number.isSafeInteger(steps)) throw new RangeError(`the log entry at ${index} has no clinic minute`);
      const gap = steps - previousSteps;
      codes.gaps.push(zigzag(gap - predicted));
      lastGapAfter.set(context, gap);
      const ulps = ulpsBetween(previous + gap / minuteSteps, entry.minute);
      codes.ulps.push(ulps === null ? 1 : zigzag(ulps) * 2);
      if (ulps === null) exactMinutes.push(entry.minute);
      previousSteps = steps;
    }
    previous = entry.minute;
    const { type: _type, ...fields } = entry.action as { readonly type: string };
    const leaves: unknown[] = [];
    const shape = listIndex(shapes, JSON.stringify(shapeOf(fields, leaves)));
    codes.shapes.push(shapeOrder.encode(type, shape));
    const shapeColumns = (columns[shape] ??= leaves.map(() => []));
    leaves.forEach((value, position) => shapeColumns[position]!.push({ value, patientId: entry.patientId }));
  });
  for (const type of types) {
    const index = ACTION_TYPE_INDEX.get(type);
    if (index === undefined) throw new RangeError(`the game has no action type ${type}`);
    codes.typeList.push(index);
  }
  const odd: string[] = [];
  for (const shape of shapes) {
    const skeleton = SKELETON_INDEX.get(shape);
    codes.shapeList.push(skeleton === undefined ? 0 : skeleton + 1);
    if (skeleton === undefined) odd.push(shape);
  }
  const literals: unknown[] = [];
  for (const shapeColumns of columns) {
    for (const column of shapeColumns) {
      const order = new SymbolOrder();
      for (const { value, patientId } of column) {
        const symbol = symbolOf(value, patientId === null ? undefined : scenario.owners.get(patientId), scenario.values);
        const code = order.encode(symbol);
        codes.values.push(code);
        if (code === 0) writeSymbol(symbol, scenario, codes.symbols, literals);
      }
    }
  }
  const streams = Object.fromEntries(ALL_STREAMS.map((name) => [name, codes[name].bytes])) as Streams;
  return {
    head: {
      ...(format === 2 ? {} : { minuteSteps }),
      actionTypes: ACTION_TYPES_FINGERPRINT,
      count: log.length,
      patients: patients.map((id) => (id === null ? null : (scenario.values.index.get(valueKey(id)) ?? id))),
      shapes: odd,
      literals,
      exactMinutes,
    },
    streams,
  };
}

/** The log back from the head and the code streams; throws when they do not fit together. */
function unpackLog(head: Head, streams: Streams, scenario: SuspendScenario, format: Format): ActionLogEntry[] {
  const readers = Object.fromEntries(ALL_STREAMS.map((name) => [name, new VarintReader(streams[name])])) as Record<StreamName, VarintReader>;
  const minuteSteps = head.minuteSteps;
  if ((format === 2) !== (minuteSteps === undefined)) throw new RangeError('the minutes are not of this format');
  const patients = head.patients.map((patient) => {
    const id = typeof patient === 'number' ? scenario.values.values[patient] : patient;
    if (id !== null && typeof id !== 'string') throw new RangeError('a patient is not an id');
    return id;
  });
  const types: string[] = [];
  while (!readers.typeList.done) {
    const type = TRAINEE_ACTION_TYPES[readers.typeList.next()];
    if (type === undefined) throw new RangeError('no such action type');
    types.push(type);
  }
  const shapes: unknown[] = [];
  let oddIndex = 0;
  const patientOrder = new MoveToFront(patients.length);
  const typeOrder = new RecencyOrder(types.length);
  const shapeOrder = new MoveToFront(head.count + 1);
  const lastTypeOf = new Map<number, number>();
  const lastGapAfter = new Map<number, number>();
  const entries: { minute: number; patient: number; type: number; shape: number }[] = [];
  let previous = 0;
  let previousSteps = 0;
  let exactIndex = 0;
  for (let index = 0; index < head.count; index++) {
    const patient = patientOrder.decode(0, readers.patients.next());
    if (patient === undefined) throw new RangeError('no such patient');
    const type = typeOrder.decode(lastTypeOf.get(patient) ?? NO_TYPE, readers.types.next());
    if (type === undefined) throw new RangeError('no such type');
    lastTypeOf.set(patient, type);
    const context = index === 0 ? NO_TYPE : entries[index - 1]!.type;
    const code = readers.gaps.next();
    const predicted = lastGapAfter.get(context) ?? 0;
    let minute: number | undefined;
    if (minuteSteps !== undefined) {
      const gap = unzigzag(code) + predicted;
      lastGapAfter.set(context, gap);
      previousSteps += gap;
      // An empty stream: every minute was the one before plus its gap, exactly (`encodeInFormat`).
      const ulps = streams.ulps.length === 0 ? 0 : readers.ulps.next();
      minute = ulps === 1 ? head.exactMinutes[exactIndex++] : ulps % 2 === 0 ? addUlps(previous + gap / minuteSteps, unzigzag(ulps / 2)) : undefined;
      if (!Number.isSafeInteger(previousSteps)) throw new RangeError('no minute');
    } else if (code === EXACT_MINUTE) minute = head.exactMinutes[exactIndex++];
    else if (code < EXACT_MINUTE) {
      const steps = (code + predicted) % EXACT_MINUTE;
      lastGapAfter.set(context, steps);
      minute = previous + steps / MINUTE_STEPS;
    }
    if (minute === undefined) throw new RangeError('no minute');
    previous = minute;
    const shape = shapeOrder.decode(type, readers.shapes.next());
    if (shape === undefined) throw new RangeError('no such shape');
    for (let known = shapes.length; known <= shape; known++) {
      const skeleton = readers.shapeList.next();
      const text = skeleton === 0 ? head.shapes[oddIndex++] : SKELETONS[skeleton - 1];
      if (text === undefined) throw new RangeError('no such shape');
      shapes.push(JSON.parse(text));
    }
    entries.push({ minute, patient, type, shape });
  }
  // The values, column by column as `packLog` wrote them.
  let literalIndex = 0;
  const literal = (): unknown => {
    if (literalIndex >= head.literals.length) throw new RangeError('the literals ran out');
    return head.literals[literalIndex++];
  };
  const values = shapes.map((shape, shapeIndex) => {
    const owners = entries.filter((entry) => entry.shape === shapeIndex).map((entry) => patients[entry.patient] ?? null);
    const leaves: unknown[] = [];
    shapeOf(fillShape(shape, () => 0), leaves);
    return leaves.map(() => {
      const order = new SymbolOrder();
      return owners.map((patientId) => {
        const symbol = order.decode(readers.values.next(), () => readSymbol(readers.symbols, scenario, literal));
        return valueOf(symbol, patientId === null ? undefined : scenario.owners.get(patientId), scenario.values);
      });
    });
  });
  if (!ALL_STREAMS.every((name) => readers[name].done) || literalIndex !== head.literals.length || oddIndex !== head.shapes.length || exactIndex !== head.exactMinutes.length) {
    throw new RangeError('codes left over');
  }
  const taken = shapes.map(() => 0);
  return entries.map((entry, seq) => {
    const row = taken[entry.shape]!++;
    let position = 0;
    const fields = fillShape(shapes[entry.shape], () => values[entry.shape]![position++]![row]);
    const action = { type: types[entry.type]!, ...(fields as object) } as TraineeAction;
    return { seq, minute: entry.minute, patientId: patients[entry.patient] ?? null, action };
  });
}

/** The format's prefix, the scenario id and the start of its content hash, before the compressed day. */
function header(format: Format, scenarioId: string, scenarioHash: string): string {
  return `${format === 2 ? SUSPEND_DATA_V2_PREFIX : SUSPEND_DATA_PREFIX}${scenarioId}.${scenarioHash.slice(0, 8)}.`;
}

/**
 * The suspend-data text of a saved day of `scenario`: the scenario's id and the start of its
 * content hash in clear, then the day, its log packed against the scenario (`packLog`),
 * compressed. Throws only on a log no session writes.
 */
export function encodeSuspendData(day: SuspendableDay, scenario: SuspendScenario): string {
  return encodeInFormat(day, scenario, 3);
}

/** The suspend-data text in the format before this one (`cd2.`), as an LMS may still hold it: for the tests that it is still read. */
export function encodeSuspendDataV2(day: SuspendableDay, scenario: SuspendScenario): string {
  return encodeInFormat(day, scenario, 2);
}

function encodeInFormat(day: SuspendableDay, scenario: SuspendScenario, format: Format): string {
  // The scenario's id and content hash are restored from the scenario on reading.
  const { log, scenarioId: _id, scenarioHash: _hash, ...fields } = day;
  const { head, streams: written } = packLog(log, scenario, format);
  // The representable numbers between each minute and the one before plus its gap are most
  // often all 0 (untimed play), and then not written at all.
  const streams = written.ulps.every((code) => code === 0) ? { ...written, ulps: new Uint8Array(0) } : written;
  // Each part compressed on its own, with its own codes: a stream of small numbers and a
  // head of JSON are best served by different tables. A part DEFLATE cannot shorten is kept as it is.
  const parts = [deflateSync(strToU8(JSON.stringify({ fields, ...head })), { level: 9, mem: 12, dictionary: scenario.dictionary }), ...streamsOf(format).map((name) => streams[name])].map((part, index) => {
    if (index === 0) return { stored: false, bytes: part };
    const packed = deflateSync(part, { level: 9, mem: 12 });
    return packed.length < part.length ? { stored: false, bytes: packed } : { stored: true, bytes: part };
  });
  const out = new VarintWriter();
  for (const part of parts) {
    out.push(part.bytes.length * 2 + (part.stored ? 1 : 0));
    out.append(part.bytes);
  }
  return header(format, scenario.id, scenario.contentHash) + toBase85(out.bytes);
}

/** The day from the part of a `cd2.` or `cd3.` text after its header; a sentence when it cannot be read. */
function decodePayload(payload: string, scenario: SuspendScenario, format: Format): SuspendDataRead {
  const names = streamsOf(format);
  const bytes = fromBase85(payload);
  if (bytes === null) return { ok: false, message: DAMAGED };
  const parts: Uint8Array[] = [];
  let expanded = 0;
  try {
    const reader = new VarintReader(bytes);
    for (let index = 0; index <= names.length; index++) {
      const code = reader.next();
      const part = reader.take(Math.floor(code / 2));
      const whole = code % 2 === 1 ? part : inflateSync(part, index === 0 ? { dictionary: scenario.dictionary } : {});
      expanded += whole.length;
      if (expanded > MAX_EXPANDED_BYTES) return { ok: false, message: DAMAGED };
      parts.push(whole);
    }
    if (!reader.done) return { ok: false, message: DAMAGED };
  } catch {
    return { ok: false, message: DAMAGED };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(strFromU8(parts[0]!));
  } catch {
    return { ok: false, message: DAMAGED };
  }
  const parsed = HeadSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: DAMAGED };
  const head = parsed.data;
  if (head.actionTypes !== ACTION_TYPES_FINGERPRINT) {
    return { ok: false, message: 'The day the LMS kept was saved by another version of Clinic Day, whose actions differ from this one\'s, so it cannot be continued: start the day over.' };
  }
  const streams = Object.fromEntries(ALL_STREAMS.map((name) => [name, names.includes(name) ? parts[names.indexOf(name) + 1]! : new Uint8Array(0)])) as Streams;
  try {
    const log = unpackLog(head, streams, scenario, format);
    return { ok: true, record: { ...head.fields, scenarioId: scenario.id, scenarioHash: scenario.contentHash, log } };
  } catch {
    return { ok: false, message: DAMAGED };
  }
}

/** Reads a suspend-data text written by `encodeSuspendData`, or by an earlier version (`cd1.`, `cd2.`); never throws. */
export function decodeSuspendData(text: string, find: SuspendScenarioFinder): SuspendDataRead {
  const match = /^(cd[123]\.)([^.]+)\.([0-9a-f]{8})\.(.*)$/s.exec(text);
  if (!match) return { ok: false, message: 'The day the LMS kept was not saved by this version of Clinic Day, and cannot be continued.' };
  const [, prefix, scenarioId, hashStart, payload] = match;
  const scenario = find(scenarioId!);
  if (scenario === null) return { ok: false, message: `The day the LMS kept is of the scenario "${scenarioId}", which this package does not include.` };
  if (!scenario.contentHash.startsWith(hashStart!)) return { ok: false, message: 'The scenario has changed since the LMS kept your day, so it cannot be continued: start the day over.' };
  if (prefix === SUSPEND_DATA_V1_PREFIX) {
    const record = decodeSuspendPayloadV1(payload!, scenario);
    return record === null ? { ok: false, message: DAMAGED } : { ok: true, record };
  }
  return decodePayload(payload!, scenario, prefix === SUSPEND_DATA_V2_PREFIX ? 2 : 3);
}
