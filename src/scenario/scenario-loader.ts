/**
 * Loads a scenario file (YAML, or JSON, which is YAML) into a validated `Scenario`, or reports
 * every problem with its file, line and column, in one pass:
 *
 * 1. file-level refusals before parsing (over 1 MB, not text);
 * 2. YAML syntax errors, duplicate keys, too-deep nesting, alias bombs (the `yaml` package,
 *    with node ranges and a `LineCounter`); after a syntax error other than a duplicate key
 *    the structure is not checked, since the parser's recovery is only a guess;
 * 3. structural errors (Zod), each mapped back to the YAML node its path names;
 * 4. cross-field checks (`scenario-checks.ts`) on every part that is structurally valid, even
 *    when other parts are not, so both kinds of problem show at once.
 *
 * Never throws: whatever the input, the answer is a result or a list of problems.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node as YamlNode, Pair, YAMLMap } from 'yaml';
import { z } from './zod';
import { scenarioContentHash } from './content-hash';
import { checkScenario, toCheckableScenario, type ScenarioReference } from './scenario-checks';
import { ScenarioSchema, type Scenario } from './scenario.schema';
import { formatProblem, MAX_SCENARIO_BYTES, scenarioTooLarge, type ScenarioProblem } from './scenario-problem';

export { formatProblem, MAX_SCENARIO_BYTES, scenarioTooLarge, type ScenarioProblem };

/** The outcome of loading one scenario file. */
export type ScenarioLoadResult =
  | { ok: true; scenario: Scenario; contentHash: string }
  | { ok: false; problems: ScenarioProblem[] };

/** Options for loading; tests pass a reference double, the game uses the built-in reference. */
export interface ScenarioLoadOptions {
  reference?: ScenarioReference;
}

/** Deepest nesting accepted; a valid scenario is at most 7 levels deep. */
export const MAX_NESTING_DEPTH = 24;
/** Most alias expansions accepted (the `yaml` package's `maxAliasCount`): stops "billion laughs". */
export const MAX_ALIAS_COUNT = 100;

/** A path into the data, as Zod and the checks give it. */
export type DataPath = ReadonlyArray<PropertyKey>;

/** `patients[3].dateOfBirth` for `['patients', 3, 'dateOfBirth']`. */
export function formatPath(path: DataPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const key = String(segment);
      if (/^[A-Za-z_$][\w$-]*$/.test(key)) out += out === '' ? key : `.${key}`;
      else out += `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

/**
 * Loads a scenario from raw file bytes: refuses an oversized file before decoding and a file
 * that is not UTF-8 text. Use this where the bytes are at hand (the CLI, a chosen file).
 */
export function parseScenarioBytes(bytes: Uint8Array, fileName: string, options: ScenarioLoadOptions = {}): ScenarioLoadResult {
  const decoded = decodeScenarioBytes(bytes, fileName);
  return decoded.ok ? parseScenarioText(decoded.text, fileName, options) : decoded;
}

/**
 * The text of a scenario file's bytes, or the located reason it has none: over the size limit,
 * UTF-16, or not UTF-8 (at the line and column of the first byte that is not). A UTF-8
 * byte-order mark is dropped. The command line and the browser's file import both read
 * files through this, so both locate a bad byte alike.
 */
export function decodeScenarioBytes(bytes: Uint8Array, fileName: string): { ok: true; text: string } | { ok: false; problems: ScenarioProblem[] } {
  if (bytes.length > MAX_SCENARIO_BYTES) return { ok: false, problems: [scenarioTooLarge(fileName, bytes.length)] };
  try {
    // The decoder drops a leading UTF-8 byte-order mark (its `ignoreBOM` is off).
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    if (utf16) return { ok: false, problems: [fileProblem(fileName, 'file is UTF-16 text (it starts with a UTF-16 byte-order mark); save it as UTF-8, which a scenario file must be')] };
    const offset = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
    const at = lineAndColumn(before, before.length);
    const byte = `0x${(bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
    const message = `file is not UTF-8 text: byte ${byte} here is not UTF-8 (is it a binary file, or text saved as Latin-1 or Windows-1252?); a scenario is a YAML or JSON text file saved as UTF-8`;
    return { ok: false, problems: [fileProblem(fileName, message, at.line, at.column)] };
  }
}

function isContinuation(byte: number | undefined, low = 0x80, high = 0xbf): boolean {
  return byte !== undefined && byte >= low && byte <= high;
}

/**
 * The offset of the first byte that does not begin or continue a well-formed UTF-8 sequence
 * (the Unicode standard's table 3-7: no overlong forms, no surrogates, nothing past U+10FFFF);
 * the length when every byte does.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead <= 0x7f) length = 1;
    else if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    // The second byte has the lead's own range; later ones are plain continuations.
    for (let k = 1; k < length; k++) {
      if (!(k === 1 ? isContinuation(bytes[i + k], low, high) : isContinuation(bytes[i + k]))) return i;
    }
    i += length;
  }
  return bytes.length;
}

/** Parses and validates the text of one scenario file. Never throws. */
export function parseScenarioText(text: string, fileName: string, options: ScenarioLoadOptions = {}): ScenarioLoadResult {
  try {
    return parseUnguarded(text, fileName, options);
  } catch (error) {
    // A bug of ours must not take the title screen down with it; say what happened instead.
    return fail(fileProblem(fileName, `could not read the file: ${error instanceof Error ? error.message : String(error)}`));
  }
}

function fail(...problems: ScenarioProblem[]): ScenarioLoadResult {
  return { ok: false, problems };
}

function fileProblem(file: string, message: string, line = 1, column = 1): ScenarioProblem {
  return { file, line, column, path: '', message };
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function parseUnguarded(rawText: string, file: string, options: ScenarioLoadOptions): ScenarioLoadResult {
  // Cheap upper bound first so a huge string is not walked twice.
  if (rawText.length > MAX_SCENARIO_BYTES || utf8Length(rawText) > MAX_SCENARIO_BYTES) {
    return fail(scenarioTooLarge(file, utf8Length(rawText)));
  }
  const text = rawText.startsWith('\uFEFF') ? rawText.slice(1) : rawText;
  const lineCounter = new LineCounter();
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(Math.max(0, offset));
    return { line, column: col };
  };

  const nul = text.indexOf('\u0000');
  const replacement = text.indexOf('\uFFFD');
  if (nul >= 0 || replacement >= 0) {
    const what = nul >= 0 ? 'a NUL byte' : 'bytes that are not UTF-8';
    const at = lineAndColumn(text, nul >= 0 ? nul : replacement);
    return fail(fileProblem(file, `file is not text (it contains ${what}); a scenario is a YAML or JSON text file`, at.line, at.column));
  }

  const flowDepth = deepFlowNesting(text);
  if (flowDepth !== undefined) {
    return fail({ file, ...lineAndColumn(text, flowDepth), path: '', message: `nesting is deeper than ${MAX_NESTING_DEPTH} levels; a scenario is never nested that deep` });
  }

  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2', schema: 'core' });
  const problems: ScenarioProblem[] = [];
  const index = indexNodes(doc);

  const exhausted = doc.errors.filter((e) => e.code === 'RESOURCE_EXHAUSTION');
  if (exhausted.length > 0) {
    const first = Math.min(...exhausted.map((e) => e.pos[0]));
    return fail({ file, ...position(first), path: '', message: `nesting is too deep to read; scenario files are limited to ${MAX_NESTING_DEPTH} levels` });
  }
  for (const error of doc.errors) {
    problems.push({ file, ...position(error.pos[0]), path: '', message: yamlErrorMessage(error.code, error.message) });
    if (error.code === 'DUPLICATE_KEY') {
      const last = problems[problems.length - 1]!;
      const duplicate = index.keyAt.get(error.pos[0]);
      if (duplicate) {
        const firstAt = duplicate.firstOffset === undefined ? undefined : position(duplicate.firstOffset);
        last.path = formatPath(duplicate.path);
        last.message = `duplicate field "${duplicate.key}"${firstAt ? ` (first given at line ${firstAt.line})` : ''}`;
      }
    }
  }

  // After a syntax error the parser's recovery guesses at the structure, and checking a guess
  // gives misleading problems ("missing field" for a field the error swallowed). So the
  // structure is checked once the YAML itself reads; duplicate keys and a second document do
  // not disturb the rest and are reported together with everything else.
  const fatal = doc.errors.some((e) => e.code !== 'DUPLICATE_KEY' && e.code !== 'MULTIPLE_DOCS');
  if (fatal) return fail(...sortProblems(problems));

  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null && !contents.source)) {
    if (problems.length > 0) return fail(...sortProblems(problems));
    return fail(fileProblem(file, 'file is empty; a scenario starts with "schemaVersion: 1"'));
  }
  if (!isMap(contents)) {
    const found = isSeq(contents) ? 'a list' : isScalar(contents) ? `a single value (${describeValue(contents.value)})` : 'something else';
    problems.push({ file, ...position(contents.range?.[0] ?? 0), path: '', message: `the top level must be a mapping of fields (schemaVersion, id, title, …), found ${found}` });
    return fail(...sortProblems(problems));
  }
  if (index.tooDeep) {
    problems.push({ file, ...position(index.tooDeep.offset), path: formatPath(index.tooDeep.path), message: `nesting is deeper than ${MAX_NESTING_DEPTH} levels; a scenario is never nested that deep` });
    return fail(...sortProblems(problems));
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const alias = index.firstAlias;
    const at = alias === undefined ? { line: 1, column: 1 } : position(alias.offset);
    if (/excessive alias count/i.test(message)) {
      problems.push({ file, ...at, path: '', message: `aliases expand too far (more than ${MAX_ALIAS_COUNT} copies): is this a "billion laughs" file? Write the data out instead` });
    } else if (/unresolved alias/i.test(message)) {
      const name = /:\s*(\S+)\s*$/.exec(message)?.[1];
      problems.push({ file, ...at, path: '', message: `alias${name ? ` *${name}` : ''} refers to no anchor defined before it` });
    } else {
      problems.push({ file, ...at, path: '', message: `could not read the data: ${message}` });
    }
    return fail(...sortProblems(problems));
  }

  const locator = new NodeLocator(doc, position);
  const parsed = ScenarioSchema.safeParse(data);
  if (!parsed.success) problems.push(...structuralProblems(parsed.error.issues, data, locator, file));

  const checkable = parsed.success ? toCheckableScenario(parsed.data) : toCheckableScenario(data);
  for (const problem of checkScenario(checkable, options.reference)) {
    const at = locator.locate(problem.path);
    problems.push({ file, line: at.line, column: at.column, path: formatPath(problem.path), message: problem.message });
  }

  if (problems.length > 0 || !parsed.success) return fail(...sortProblems(problems));
  return { ok: true, scenario: parsed.data, contentHash: scenarioContentHash(parsed.data) };
}

/** By line, then column; problems at one place keep the order they were found in (schema order). */
/** Line and column of an offset, counted by hand (before the parser's line counter exists). */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/**
 * The offset of the first flow bracket (`[` or `{`) nested deeper than the limit, found by a
 * scan that skips quoted text and comments. The parser recurses per level, so a file of ten
 * thousand brackets is refused here, before it can exhaust the stack.
 */
function deepFlowNesting(text: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      // Skip a quoted scalar ('' escapes a single quote, backslash escapes in double quotes).
      for (i++; i < text.length; i++) {
        if (c === '"' && text[i] === '\\') i++;
        else if (text[i] === c) {
          if (c === "'" && text[i + 1] === "'") i++;
          else break;
        }
      }
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '[' || c === '{') {
      depth++;
      if (depth > MAX_NESTING_DEPTH) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return undefined;
}

function sortProblems(problems: ScenarioProblem[]): ScenarioProblem[] {
  const seen = new Set<string>();
  return problems
    .filter((p) => {
      const key = `${p.line}:${p.column}:${p.path}:${p.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .toSorted((a, b) => a.line - b.line || a.column - b.column);
}

function yamlErrorMessage(code: string, message: string): string {
  switch (code) {
    case 'MULTIPLE_DOCS':
      return 'a scenario file holds one YAML document; remove the second "---" or split the file';
    case 'TAB_AS_INDENT':
      return 'tabs are not allowed for indentation in YAML; indent with spaces';
    default: {
      const first = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
      return `invalid YAML: ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
    }
  }
}

// ---------------------------------------------------------------------------------------
// The YAML node tree: depth, duplicate keys, aliases, and finding the node for a data path.

interface NodeIndex {
  /** Key nodes by start offset, with the path of their value and where the same key first appeared. */
  keyAt: Map<number, { key: string; path: DataPath; firstOffset: number | undefined }>;
  firstAlias: { offset: number } | undefined;
  tooDeep: { offset: number; path: DataPath } | undefined;
}

/** Walks the node tree without recursion (the input may be hostile) and indexes what we report on. */
function indexNodes(doc: Document.Parsed): NodeIndex {
  const index: NodeIndex = { keyAt: new Map(), firstAlias: undefined, tooDeep: undefined };
  const stack: Array<{ node: unknown; depth: number; path: DataPath }> = [{ node: doc.contents, depth: 0, path: [] }];
  while (stack.length > 0) {
    const { node, depth, path } = stack.pop()!;
    if (isAlias(node)) {
      const offset = node.range?.[0] ?? 0;
      if (index.firstAlias === undefined || offset < index.firstAlias.offset) index.firstAlias = { offset };
      continue;
    }
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > MAX_NESTING_DEPTH) {
      const offset = node.range?.[0] ?? 0;
      if (index.tooDeep === undefined || offset < index.tooDeep.offset) index.tooDeep = { offset, path };
      continue;
    }
    if (isSeq(node)) {
      node.items.forEach((item, i) => stack.push({ node: item, depth: depth + 1, path: [...path, i] }));
      continue;
    }
    const firstByKey = new Map<string, number | undefined>();
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key;
      const key = isScalar(keyNode) ? String(keyNode.value) : undefined;
      if (key !== undefined && isScalar(keyNode)) {
        const offset = keyNode.range?.[0];
        if (offset !== undefined) index.keyAt.set(offset, { key, path: [...path, key], firstOffset: firstByKey.get(key) });
        if (!firstByKey.has(key)) firstByKey.set(key, offset);
      }
      stack.push({ node: pair.value, depth: depth + 1, path: [...path, key ?? '?'] });
      if (!isScalar(keyNode)) stack.push({ node: keyNode, depth: depth + 1, path });
    }
  }
  return index;
}

type Position = { line: number; column: number };

/** Finds the YAML node a data path names, or its nearest existing parent. */
class NodeLocator {
  constructor(
    private readonly doc: Document.Parsed,
    private readonly position: (offset: number) => Position,
  ) {}

  /**
   * The position of the node at `path`: its value, or for `at: 'key'` its key. A path that runs
   * past what exists gives the nearest parent: the key that holds it, else the parent's start.
   */
  locate(path: DataPath, at: 'value' | 'key' = 'value'): Position & { found: boolean } {
    let node: unknown = this.doc.contents;
    let holder: { keyOffset: number } | undefined;
    let best = this.offsetOf(node) ?? 0;
    for (let i = 0; i < path.length; i++) {
      node = this.resolve(node);
      const segment = path[i];
      let next: unknown;
      let pair: Pair | undefined;
      if (isMap(node)) {
        pair = findPair(node, segment);
        next = pair?.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        next = node.items[segment];
      }
      if (pair === undefined && next === undefined) {
        return { ...this.position(holder?.keyOffset ?? best), found: false };
      }
      const keyOffset = pair ? this.offsetOf(pair.key) : undefined;
      const last = i === path.length - 1;
      if (last && at === 'key' && keyOffset !== undefined) return { ...this.position(keyOffset), found: true };
      const valueOffset = this.offsetOf(this.resolve(next));
      const aliasOffset = this.offsetOf(next);
      // An empty value (`title:`) has no node of its own worth pointing at: point at the key.
      best = (isScalar(next) && next.value === null ? keyOffset : (aliasOffset ?? valueOffset)) ?? keyOffset ?? best;
      holder = keyOffset === undefined ? undefined : { keyOffset };
      node = next;
    }
    return { ...this.position(best), found: true };
  }

  private resolve(node: unknown): unknown {
    if (isAlias(node)) {
      try {
        return node.resolve(this.doc) ?? node;
      } catch {
        return node;
      }
    }
    return node;
  }

  private offsetOf(node: unknown): number | undefined {
    if (node !== null && typeof node === 'object' && 'range' in node) {
      const range = (node as YamlNode).range;
      return range?.[0];
    }
    return undefined;
  }
}

function findPair(map: YAMLMap, segment: PropertyKey | undefined): Pair | undefined {
  for (const pair of map.items) {
    if (isScalar(pair.key) && String(pair.key.value) === String(segment)) return pair as Pair;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------
// Zod issues -> friendly, located problems.

type Issue = z.core.$ZodIssue;

/**
 * Turns Zod issues into problems. Missing required fields of one mapping become one problem
 * at that mapping (`missing required fields "name", "mrn"`), not one line each.
 */
function structuralProblems(issues: readonly Issue[], data: unknown, locator: NodeLocator, file: string): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const missingByParent = new Map<string, { path: DataPath; fields: string[] }>();
  for (const issue of issues) {
    const value = valueAt(data, issue.path);
    const isDiscriminator = issue.code === 'invalid_union' && 'discriminator' in issue;
    if (value.parentIsObject && !value.present && !isDiscriminator && issue.code !== 'unrecognized_keys') {
      const parent = issue.path.slice(0, -1);
      const key = formatPath(parent);
      const entry = missingByParent.get(key) ?? { path: parent, fields: [] };
      entry.fields.push(String(issue.path[issue.path.length - 1]));
      missingByParent.set(key, entry);
      continue;
    }
    problems.push(...issueProblems(issue, data, locator, file));
  }
  for (const { path, fields } of missingByParent.values()) {
    const pos = locator.locate(path);
    const quoted = fields.map((f) => `"${f}"`).join(', ');
    const message = fields.length === 1 ? `missing required field ${quoted}` : `missing required fields ${quoted}`;
    problems.push({ file, line: pos.line, column: pos.column, path: formatPath(path), message });
  }
  return problems;
}

function issueProblems(issue: Issue, data: unknown, locator: NodeLocator, file: string): ScenarioProblem[] {
  const path = issue.path;
  const located = (p: DataPath, message: string, at: 'value' | 'key' = 'value'): ScenarioProblem => {
    const pos = locator.locate(p, at);
    return { file, line: pos.line, column: pos.column, path: formatPath(p), message };
  };

  if (issue.code === 'unrecognized_keys') {
    const schema = schemaAt(ScenarioSchema, path, data);
    return issue.keys.map((key) => located([...path, key], unknownFieldMessage(key, schema), 'key'));
  }

  const value = valueAt(data, path);
  const missing = value.parentIsObject && !value.present;
  const lastKey = path[path.length - 1];

  if (issue.code === 'invalid_union' && 'discriminator' in issue && typeof issue.discriminator === 'string') {
    const options = 'options' in issue && Array.isArray(issue.options) ? issue.options.map(String) : [];
    if (missing) return [located(path.slice(0, -1), `missing required field "${issue.discriminator}" (one of: ${options.join(', ')})`)];
    return [located(path, `expected one of: ${options.join(', ')} (got ${describeValue(value.value)})`)];
  }

  if (missing) return [located(path.slice(0, -1), `missing required field "${String(lastKey)}"`)];

  return [located(path, friendlyMessage(issue, value.value))];
}

/** Zod's own default messages start like this; ours (in the schema) do not. */
const ZOD_DEFAULT_MESSAGE = /^(Invalid|Too (small|big)|Unrecognized|Expected)/;

function friendlyMessage(issue: Issue, value: unknown): string {
  const custom = !ZOD_DEFAULT_MESSAGE.test(issue.message);
  switch (issue.code) {
    case 'invalid_type': {
      if (value === null) return `empty value; expected ${expectedName(issue.expected)}`;
      const hint = issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean') ? ` (put it in quotes: "${String(value)}")` : '';
      return `expected ${expectedName(issue.expected)}, got ${describeValue(value)}${hint}`;
    }
    case 'invalid_value': {
      if (custom) return issue.message;
      const options = issue.values.map((v) => String(v));
      return `${options.length === 1 ? `expected ${options[0]}` : `expected one of: ${options.join(', ')}`} (got ${describeValue(value)})`;
    }
    case 'too_small':
    case 'too_big': {
      if (custom) return issue.message;
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const inclusive = issue.inclusive !== false;
      const word = issue.code === 'too_small' ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than';
      if (issue.origin === 'array' || issue.origin === 'set') return `must have ${word} ${String(bound)} ${Number(bound) === 1 ? 'item' : 'items'}`;
      if (issue.origin === 'string') return `must be ${word} ${String(bound)} characters`;
      return `must be ${word} ${String(bound)} (got ${typeof value === 'number' ? String(value) : describeValue(value)})`;
    }
    case 'not_multiple_of':
      return custom ? issue.message : `must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_format': {
      const got = typeof value === 'string' && value.length <= 60 ? ` (got "${value}")` : '';
      return custom ? `${issue.message}${got}` : `has the wrong format${got}`;
    }
    case 'invalid_union':
      return custom ? issue.message : `does not match any allowed form (got ${describeValue(value)})`;
    default:
      return issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
  }
}

function expectedName(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'int':
      return 'a whole number';
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'a mapping of fields';
    case 'array':
      return 'a list';
    default:
      return expected;
  }
}

/** A short, human description of a value found in the file. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 37)}…` : value}"`;
  if (typeof value === 'number') return `the number ${String(value)}`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Uint8Array) return 'binary data';
  if (typeof value === 'object') return 'a mapping';
  return typeof value;
}

function valueAt(data: unknown, path: DataPath): { present: boolean; parentIsObject: boolean; value: unknown } {
  let current: unknown = data;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    if (current === null || typeof current !== 'object') return { present: false, parentIsObject: false, value: undefined };
    const isObject = !Array.isArray(current);
    const key = typeof segment === 'symbol' ? undefined : segment;
    const has = key !== undefined && Object.prototype.hasOwnProperty.call(current, key);
    if (last) return { present: has, parentIsObject: isObject, value: has ? (current as Record<string, unknown>)[String(key)] : undefined };
    if (!has) return { present: false, parentIsObject: false, value: undefined };
    current = (current as Record<string, unknown>)[String(key)];
  }
  return { present: true, parentIsObject: false, value: current };
}

/** The schema (unwrapped of optional/default) that describes the value at `path`, if known. */
function schemaAt(root: z.ZodMiniType, path: DataPath, data: unknown): z.ZodMiniType | undefined {
  let schema: z.ZodMiniType | undefined = unwrap(root);
  let value: unknown = data;
  for (const segment of path) {
    if (schema === undefined) return undefined;
    schema = pickUnionOption(schema, value);
    if (schema instanceof z.ZodMiniObject) schema = unwrap(schema.shape[String(segment)] as z.ZodMiniType | undefined);
    else if (schema instanceof z.ZodMiniArray) schema = unwrap(schema.def.element as z.ZodMiniType);
    else return undefined;
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[String(segment)] : undefined;
  }
  return schema === undefined ? undefined : pickUnionOption(schema, value);
}

function unwrap(schema: z.ZodMiniType | undefined): z.ZodMiniType | undefined {
  let current = schema;
  for (let i = 0; i < 10 && current !== undefined; i++) {
    if (current instanceof z.ZodMiniOptional || current instanceof z.ZodMiniDefault || current instanceof z.ZodMiniNullable) {
      current = current.def.innerType as z.ZodMiniType;
    } else break;
  }
  return current;
}

function pickUnionOption(schema: z.ZodMiniType, value: unknown): z.ZodMiniType {
  if (!(schema instanceof z.ZodMiniDiscriminatedUnion)) return schema;
  const discriminator = (schema.def as z.core.$ZodDiscriminatedUnionDef).discriminator;
  const wanted = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[discriminator] : undefined;
  for (const option of schema.def.options as readonly z.ZodMiniType[]) {
    if (option instanceof z.ZodMiniObject) {
      const literal = option.shape[discriminator];
      if (literal instanceof z.ZodMiniLiteral && literal.def.values.includes(wanted as never)) return option;
    }
  }
  return schema;
}

function knownKeys(schema: z.ZodMiniType | undefined): string[] {
  return schema instanceof z.ZodMiniObject ? Object.keys(schema.shape) : [];
}

function unknownFieldMessage(key: string, schema: z.ZodMiniType | undefined): string {
  const known = knownKeys(schema);
  const suggestion = closestKey(key, known);
  if (suggestion) return `unknown field "${key}" (did you mean "${suggestion}"?)`;
  // A field of another kind of the same union (`lateMinutes` on a walk-in) deserves a word.
  const kind = schema instanceof z.ZodMiniObject ? schema.shape['kind'] : undefined;
  if (kind instanceof z.ZodMiniLiteral) {
    return `unknown field "${key}" for kind "${String(kind.def.values[0])}"`;
  }
  return `unknown field "${key}"`;
}

function closestKey(key: string, candidates: string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    const distance = name.toLowerCase() === key.toLowerCase() ? 0.5 : editDistance(key, name);
    // A suggestion must keep something of what was typed: "a" is not a typo of "id".
    if (distance <= 2 && distance < key.length && (best === undefined || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** Levenshtein distance, for did-you-mean on unknown fields. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return Math.abs(a.length - b.length);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}
