import { join } from 'node:path';
import { parseAst, type Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { sourceNotesPlugin } from '../../scripts/source-notes-plugin';

const ROOT = '/project';

/** Runs the plugin's transform on `code` as the module `file` (relative to the root), as a build would. */
function transform(file: string, code: string): string | null {
  const plugin = sourceNotesPlugin() as Plugin & { configResolved: (config: { root: string }) => void };
  plugin.configResolved({ root: ROOT });
  const hook = plugin.transform as { filter: { code: RegExp }; handler: (this: unknown, code: string, id: string) => { code: string } | null };
  if (!hook.filter.code.test(code)) return null;
  const context = { parse: (text: string, options: object) => parseAst(text, options) };
  return hook.handler.call(context, code, join(ROOT, file))?.code ?? null;
}

describe('sourceNotesPlugin', () => {
  it('runs in builds only: the development server and the tests keep every note', () => {
    expect(sourceNotesPlugin().apply).toBe('build');
  });

  it('takes the note out of every source the catalogue exports, whatever quotes and brackets it holds, and keeps the rest', () => {
    const code = [
      "import type { Source } from './source';",
      "export const a = { id: 'a', title: 'A book', publisher: 'P', note: 'Read \\'pages\\' (1–3), {not} all; see [x],' } as const satisfies Source;",
      'export const b = {',
      "  id: 'b',",
      "  note: `Checked: \"quoted\", ok`,",
      "  title: 'B page',",
      '} as const satisfies Source;',
      "export const c = { id: 'c', title: 'C' };",
    ].join('\n');
    const out = transform('src/reference/source-catalogue.ts', code)!;
    expect(out).not.toMatch(/note: ['`]/);
    expect(out).not.toContain('Read');
    expect(out).not.toContain('Checked:');
    const script = out.replace(/^import type .*$/m, '').replaceAll('export ', '').replaceAll(' as const satisfies Source', '');
    const sources = new Function(`${script}; return { a, b, c };`)() as Record<string, object>;
    expect(sources).toEqual({ a: { id: 'a', title: 'A book', publisher: 'P' }, b: { id: 'b', title: 'B page' }, c: { id: 'c', title: 'C' } });
  });

  it('replaces checked(source, note) by the source in a module that imports checked from the catalogue, by any relative path', () => {
    const code = [
      "import { checked, SOURCES } from '../../reference/source';",
      "export const rule = { id: 'r', source: checked(SOURCES.a, 'What was read (p. 2), \"quoted\".') };",
      "export const other = checked(SOURCES.b, `Another note`);",
    ].join('\n');
    const out = transform('src/workflows/intake/intake.rules.ts', code)!;
    expect(out).toContain('source: (SOURCES.a)');
    expect(out).toContain('other = (SOURCES.b)');
    expect(out).not.toContain('What was read');
    expect(out).not.toContain('Another note');
    expect(transform('src/reference/vitals/flacc.ts', "import { checked, SOURCES } from '../source';\nexport const x = checked(SOURCES.a, 'n');")).toContain('x = (SOURCES.a)');
  });

  it('leaves alone a function called checked that comes from elsewhere, and modules outside src/', () => {
    const local = "import { checked } from './checks';\nexport const x = checked(a, 'keep me');";
    expect(transform('src/session/thing.ts', local)).toBeNull();
    const outside = "import { checked, SOURCES } from '../src/reference/source';\nexport const x = checked(SOURCES.a, 'keep me');";
    expect(transform('scripts/tool.ts', outside)).toBeNull();
  });

  it('fails the build when the catalogue exports no source object', () => {
    expect(() => transform('src/reference/source-catalogue.ts', "export const SOURCES = makeSources({ a: { id: 'a', note: 'n' } });")).toThrow('no exported source object');
  });
});
