/**
 * What every version of the suspend-data text shares (`suspend-data.ts` writes the current
 * one, `suspend-data-v1.ts` reads the first): base 85, the DEFLATE dictionary a scenario
 * primes, the actions' shapes and move-to-front lists.
 */
import { strToU8 } from 'fflate';
import { TRAINEE_ACTION_SCHEMAS } from '../clinic/trainee-action';
import type { Scenario } from '../scenario/scenario.schema';
import type { ActionLogEntry } from '../session/session';


/** Largest record the text may expand to: a saved day's log is far smaller. */
export const MAX_EXPANDED_BYTES = 512 * 1024;

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
export const MINUTE_STEPS = 4;
/** The gap byte meaning "the exact minute is in the list of minutes". */
export const EXACT_MINUTE = 255;
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

/** A value of the scenario a trainee's action may copy: a text or a number. */
export type ScenarioValue = string | number;

/** The values of the scenario, each once, in the order a walk of it meets them, and where each is. */
export interface ValueTable {
  readonly values: readonly ScenarioValue[];
  readonly index: ReadonlyMap<string, number>;
}

/**
 * A thing in the scenario with an id (a patient, an inbox item): the path of each value
 * under it (`address/line1`), where a walk meets it first, and the value at each path.
 */
export interface OwnerTable {
  readonly pathOf: ReadonlyMap<string, string>;
  readonly valueAt: ReadonlyMap<string, ScenarioValue>;
}

/**
 * What the suspend data of a day of one scenario is written against, made from the scenario
 * by the writer and the reader alike (`suspendScenario`), so none of it is stored: the
 * DEFLATE dictionary, every value the scenario holds, and for each thing in it with an id
 * the values under it by path.
 */
export interface SuspendScenario {
  readonly id: string;
  readonly contentHash: string;
  readonly dictionary: Uint8Array;
  readonly values: ValueTable;
  readonly owners: ReadonlyMap<string, OwnerTable>;
  /** Every path under a thing with an id, each once. */
  readonly paths: readonly string[];
  readonly pathIndex: ReadonlyMap<string, number>;
}

/** The key a value is found by in a table: a number and the text of that number differ. */
export function valueKey(value: unknown): string {
  return JSON.stringify(value);
}

/** What a day of `scenario` (whose content hash is `contentHash`) is written against. */
export function suspendScenario(scenario: Scenario, contentHash: string): SuspendScenario {
  const all = new Map<string, ScenarioValue>();
  const owners = new Map<string, { pathOf: Map<string, string>; valueAt: Map<string, ScenarioValue> }>();
  const walk = (value: unknown, within: readonly { readonly owner: OwnerTable & { pathOf: Map<string, string>; valueAt: Map<string, ScenarioValue> }; readonly path: readonly string[] }[], key: string | null): void => {
    const inner = key === null ? within : within.map(({ owner, path }) => ({ owner, path: [...path, key] }));
    if (typeof value === 'string' || typeof value === 'number') {
      const found = valueKey(value);
      if (!all.has(found)) all.set(found, value);
      for (const { owner, path } of inner) {
        const at = path.join('/');
        if (!owner.pathOf.has(found)) owner.pathOf.set(found, at);
        owner.valueAt.set(at, value);
      }
    } else if (Array.isArray(value)) value.forEach((item, index) => walk(item, inner, String(index)));
    else if (typeof value === 'object' && value !== null) {
      const id = (value as { id?: unknown }).id;
      let owned = inner;
      if (typeof id === 'string' && !owners.has(id)) {
        const owner = { pathOf: new Map<string, string>(), valueAt: new Map<string, ScenarioValue>() };
        owners.set(id, owner);
        owned = [...inner, { owner, path: [] }];
      }
      for (const [name, item] of Object.entries(value)) walk(item, owned, name);
    }
  };
  walk(scenario, [], null);
  const values = [...all.values()];
  const paths = [...new Set([...owners.values()].flatMap((owner) => [...owner.valueAt.keys()]))];
  return {
    paths,
    pathIndex: new Map(paths.map((path, position) => [path, position])),
    id: scenario.id,
    contentHash,
    dictionary: suspendDictionary(scenario),
    values: { values, index: new Map(values.map((value, position) => [valueKey(value), position])) },
    owners,
  };
}

/** What a suspend-data text holds: the saved-day record (still to validate as one), or why it cannot be read. */
export type SuspendDataRead = { readonly ok: true; readonly record: SuspendableDay } | { readonly ok: false; readonly message: string };

/** How the reader finds the scenario a text names; null when the build has none of that id. */
export type SuspendScenarioFinder = (scenarioId: string) => SuspendScenario | null;

/** What the reader says of a text it cannot read back. */
export const DAMAGED = 'The day the LMS kept is damaged and cannot be continued.';

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

export const ACTION_VOCABULARY = actionVocabulary();

/** An action's fields with every leaf (a number, a text, a list, null) replaced by 0: its shape. */
export function shapeOf(value: unknown, leaves: unknown[]): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    leaves.push(value);
    return 0;
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shapeOf(item, leaves)]));
}

/** The fields back from their shape, taking the leaves in order. */
export function fillShape(shape: unknown, next: () => unknown): unknown {
  if (typeof shape !== 'object' || shape === null) return next();
  return Object.fromEntries(Object.entries(shape).map(([key, item]) => [key, fillShape(item, next)]));
}

/**
 * Move-to-front lists, one per context: the position of an item in its context's list, which
 * is 0 whenever it follows the context as it did last time (a visit's steps come in the same
 * order visit after visit), so the column is mostly zeros, which DEFLATE stores in a few bits.
 */
export class MoveToFront {
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

