import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const domainRoot = join(root, 'src');

/** Every TypeScript file of the pure domain, except the Node command-line entry points. */
function domainFiles(dir = domainRoot): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return relative(domainRoot, path) === 'cli' ? [] : domainFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Strips comments and string contents so that a rule's prose cannot trip the scan. */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"/g, "''");
}

const FORBIDDEN: readonly { name: string; pattern: RegExp }[] = [
  { name: 'Math.random', pattern: /\bMath\.random\b/ },
  { name: 'Date.now', pattern: /\bDate\.now\b/ },
  { name: 'new Date() without arguments', pattern: /\bnew\s+Date\s*\(\s*\)/ },
  { name: 'performance.now', pattern: /\bperformance\.now\b/ },
  { name: 'a timer', pattern: /\b(setTimeout|setInterval|setImmediate|requestAnimationFrame)\s*\(/ },
  { name: 'window', pattern: /\bwindow\s*[.[]/ },
  { name: 'document', pattern: /\bdocument\s*[.[]/ },
  { name: 'storage', pattern: /\b(localStorage|sessionStorage|indexedDB)\b/ },
  { name: 'the network', pattern: /\b(fetch|XMLHttpRequest|WebSocket)\s*\(/ },
];

const IMPORTS = /\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

describe('the pure domain (src/)', () => {
  const files = domainFiles();

  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(FORBIDDEN)('uses no $name', ({ pattern }) => {
    const offenders = files.filter((file) => pattern.test(code(readFileSync(file, 'utf8'))));
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
  });

  it('imports neither phaser nor anything under scenes/, nor node built-ins', () => {
    const offenders: string[] = [];
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(IMPORTS)) {
        const target = match[1] ?? match[2] ?? '';
        if (target === 'phaser' || target.startsWith('phaser/') || /(^|\/)scenes(\/|$)/.test(target) || target.startsWith('node:')) {
          offenders.push(`${relative(root, file)} imports ${target}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('catches each forbidden use in a sample, so the scan itself works', () => {
    const samples = [
      'const x = Math.random();',
      'const t = Date.now();',
      'const d = new Date();',
      'setTimeout(() => 1, 5);',
      'window.alert(1);',
      'document.body;',
      'localStorage.getItem("a");',
      'fetch("/x");',
      'performance.now();',
    ];
    for (const sample of samples) {
      expect(FORBIDDEN.some(({ pattern }) => pattern.test(code(sample))), sample).toBe(true);
    }
    expect(FORBIDDEN.some(({ pattern }) => pattern.test(code('const d = new Date(2026, 0, 1); // Math.random()')))).toBe(false);
    expect(FORBIDDEN.some(({ pattern }) => pattern.test(code('  readonly setTimeout = (fn: () => void, delay: number): number => {')))).toBe(false);
    expect(FORBIDDEN.some(({ pattern }) => pattern.test(code('  const id = setTimeout(() => go(), 10);')))).toBe(true);
  });
});
