/**
 * A Vite plugin that leaves the reference data's provenance notes out of the browser build.
 *
 * Every source the game cites (`src/reference/source-catalogue.ts`) carries, beside its title, publisher
 * and edition, a `note` that records what was read and checked, and `checked(source, note)`
 * adds such a note for one entry. The notes are the project's record of how each fact was
 * confirmed (about 40 kB gzip, a third of the reference data): they live in the source files,
 * the command-line tools and the tests read them, and no screen shows them. The debrief, the
 * history, the exports and the LMS statements cite a source by title, publisher and edition
 * (`sourceText`), and a day's result carries its findings' sources without notes
 * (`scoreDay`), so the browser needs none of them.
 *
 * In a build (`vite build`, the production and the test builds alike; not the development
 * server, not Vitest) this plugin rewrites, in the modules under `src/`:
 * - the `note: '…'` property of each source of the catalogue (`src/reference/source-catalogue.ts`,
 *   one `export const` per source, which `src/reference/source.ts` gathers as `SOURCES`), removed;
 * - each call `checked(source, note)` of a module that imports `checked` from `source.ts`,
 *   replaced by its first argument, the catalogue source.
 * It works on the syntax tree (the bundler's parser, `this.parse`), so a note's quotes and
 * brackets cannot mislead it, and fails the build if the catalogue is not where it expects it.
 * It returns no source map of its own (the text it removes held no code): positions after a
 * removed note shift within the same file, so `npm run bench:bundle` still counts every byte
 * to the right source file.
 */
import { posix, relative } from 'node:path';
import type { Plugin } from 'vite';

/** The module that defines `checked` and gathers the catalogue as `SOURCES`, relative to the project root. */
const SOURCE_MODULE = 'src/reference/source.ts';
/** The catalogue's module: one exported object per source. */
const CATALOGUE_MODULE = 'src/reference/source-catalogue.ts';

/** A node of the ESTree the parser gives, as far as this plugin reads it. */
interface AstNode {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly [key: string]: unknown;
}

/** An edit of the module's text: replace `[start, end)` with `text`. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Calls `visit` on every node under `node`, depth first; `visit` returns false to skip a node's children. */
function walk(node: AstNode, visit: (node: AstNode) => boolean): void {
  if (!visit(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent') continue;
    if (Array.isArray(value)) for (const item of value) if (isNode(item)) walk(item, visit);
    if (isNode(value)) walk(value, visit);
  }
}

function applyEdits(code: string, edits: readonly Edit[]): string {
  let out = code;
  for (const edit of edits.toSorted((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** The local name under which the module at `file` (relative to the root) imports `checked` from `source.ts`, or null. */
function checkedImport(program: AstNode, file: string): string | null {
  for (const statement of program.body as AstNode[]) {
    if (statement.type !== 'ImportDeclaration') continue;
    const from = (statement.source as { value: string }).value;
    if (!from.startsWith('.') || posix.join(posix.dirname(file), from).replace(/\.[jt]s$/, '') !== SOURCE_MODULE.replace(/\.ts$/, '')) continue;
    for (const specifier of statement.specifiers as AstNode[]) {
      const imported = specifier.imported as { name?: string } | undefined;
      if (specifier.type === 'ImportSpecifier' && imported?.name === 'checked') return (specifier.local as { name: string }).name;
    }
  }
  return null;
}

/** The edits that replace each `checked(source, note)` call by `source`. */
function checkedCallEdits(code: string, program: AstNode, name: string): Edit[] {
  const edits: Edit[] = [];
  walk(program, (node) => {
    if (node.type !== 'CallExpression') return true;
    const callee = node.callee as AstNode;
    const args = node.arguments as AstNode[];
    if (callee.type !== 'Identifier' || callee.name !== name || args.length !== 2) return true;
    // The first argument may itself hold a call to rewrite: none does today, so it is taken as it is.
    const [source] = args as [AstNode, AstNode];
    edits.push({ start: node.start, end: node.end, text: `(${code.slice(source.start, source.end)})` });
    return false;
  });
  return edits;
}

/** The object literal a declaration's value is, through TypeScript's wrappers (`{…} as const satisfies Source`), or null. */
function objectLiteral(init: AstNode | null): AstNode | null {
  let node = init;
  while (node !== null && node.type !== 'ObjectExpression') node = isNode(node.expression) ? node.expression : null;
  return node;
}

/** The edits that remove the `note` property of every source the catalogue exports. */
function catalogueNoteEdits(code: string, program: AstNode): Edit[] {
  const entries: AstNode[] = [];
  for (const statement of program.body as AstNode[]) {
    const declaration = statement.type === 'ExportNamedDeclaration' && isNode(statement.declaration) ? statement.declaration : null;
    if (declaration?.type !== 'VariableDeclaration') continue;
    for (const declarator of declaration.declarations as AstNode[]) {
      const entry = objectLiteral(isNode(declarator.init) ? declarator.init : null);
      if (entry !== null) entries.push(entry);
    }
  }
  if (entries.length === 0) throw new Error(`${CATALOGUE_MODULE}: no exported source object found to take the notes from`);
  const edits: Edit[] = [];
  for (const entry of entries) {
    for (const property of entry.properties as AstNode[]) {
      if (property.type !== 'Property' || (property.key as { name?: string }).name !== 'note') continue;
      // The property and the comma after it.
      let end = property.end;
      while (end < code.length && /\s/.test(code[end]!)) end++;
      if (code[end] === ',') end++;
      edits.push({ start: property.start, end, text: '' });
    }
  }
  return edits;
}

/** The plugin; `vite.config.ts` adds it to every build. */
export function sourceNotesPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'clinic-day:source-notes',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transform: {
      // Only the modules that call `checked` and the catalogue (its notes): parsing is the cost.
      filter: { id: /[\\/]src[\\/].*\.[jt]s$/, code: /\bchecked\(|\bnote:/ },
      handler(code, id) {
        const file = relative(root, id.replace(/\?.*$/, '')).split('\\').join('/');
        if (!file.startsWith('src/')) return null;
        const program = this.parse(code, { lang: 'ts' }) as unknown as AstNode;
        if (file === CATALOGUE_MODULE) return { code: applyEdits(code, catalogueNoteEdits(code, program)), map: null };
        const name = checkedImport(program, file);
        const edits = name === null ? [] : checkedCallEdits(code, program, name);
        if (edits.length === 0) return null;
        return { code: applyEdits(code, edits), map: null };
      },
    },
  };
}
