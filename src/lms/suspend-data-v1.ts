/**
 * The first suspend-data text (`cd1.`), which packages built before the action log was
 * written as indices (`suspend-data.ts`) left in LMSs: still read, so a day an LMS kept then
 * is continued. Its writer stays for the tests that check an old text still loads.
 *
 * The text is `cd1.`, the scenario's id and the start of its content hash, then the record
 * (its fields as JSON, the action log in columns, `packLog`) compressed with DEFLATE primed
 * with the scenario's dictionary (`suspendDictionary`) and written in base 85.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { TraineeAction } from '../clinic/trainee-action';
import type { ActionLogEntry } from '../session/session';
import { EXACT_MINUTE, fillShape, fromBase85, MAX_EXPANDED_BYTES, MINUTE_STEPS, MoveToFront, shapeOf, toBase85, type SuspendableDay, type SuspendScenario } from './suspend-codec';

/** What starts every suspend-data text of this version. */
export const SUSPEND_DATA_V1_PREFIX = 'cd1.';

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
  return `${SUSPEND_DATA_V1_PREFIX}${scenarioId}.${scenarioHash.slice(0, 8)}.`;
}

/**
 * The suspend-data text of a saved day of `scenario`: the scenario's id and the start of its
 * content hash in clear, then the day's fields as JSON and its log in columns (`packLog`),
 * compressed with the scenario's dictionary (`suspendDictionary`). Throws only on a log no
 * session writes.
 */
export function encodeSuspendDataV1(day: SuspendableDay, scenario: SuspendScenario): string {
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

/**
 * The day from the part of a `cd1.` text after its header (`suspend-data.ts` reads the
 * header and finds the scenario); null when it is not what `encodeSuspendDataV1` wrote.
 */
export function decodeSuspendPayloadV1(payload: string, scenario: SuspendScenario): SuspendableDay | null {
  const bytes = fromBase85(payload);
  if (bytes === null) return null;
  let whole: Uint8Array;
  try {
    whole = inflateSync(bytes, { dictionary: scenario.dictionary });
  } catch {
    return null;
  }
  if (whole.length > MAX_EXPANDED_BYTES || whole.length < 4) return null;
  const headLength = new DataView(whole.buffer, whole.byteOffset, whole.byteLength).getUint32(0);
  if (4 + headLength > whole.length) return null;
  let head: unknown;
  try {
    head = JSON.parse(strFromU8(whole.subarray(4, 4 + headLength)));
  } catch {
    return null;
  }
  if (typeof head !== 'object' || head === null) return null;
  const { fields, columns } = head as { fields?: unknown; columns?: unknown };
  if (typeof fields !== 'object' || fields === null || !isPackedColumns(columns)) return null;
  const log = unpackLog(columns, whole.subarray(4 + headLength));
  if (log === null) return null;
  return { ...(fields as Record<string, unknown>), scenarioId: scenario.id, scenarioHash: scenario.contentHash, log };
}
