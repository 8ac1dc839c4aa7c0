import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../scripts/content-security-policy-plugin';
import { SOURCES } from '../../src/reference/source';
import { BMI_FROM_MONTHS } from '../../src/reference/vitals/young-child-measures';

const projectRoot = resolve(import.meta.dirname, '../..');

describe('The production build', () => {
  let outDir: string;
  let scripts: { name: string; text: string }[];
  let indexHtml: string;
  let htmlPages: { name: string; text: string }[];

  beforeAll(() => {
    outDir = mkdtempSync(join(tmpdir(), 'clinic-day-production-'));
    const env = { ...process.env };
    delete env.NODE_ENV;
    const viteBin = join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js');
    const build = spawnSync(process.execPath, [viteBin, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: projectRoot,
      env,
      encoding: 'utf8',
    });
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const assetsDir = join(outDir, 'assets');
    scripts = readdirSync(assetsDir)
      .filter((name) => name.endsWith('.js'))
      .map((name) => ({ name, text: readFileSync(join(assetsDir, name), 'utf8') }));
    indexHtml = readFileSync(join(outDir, 'index.html'), 'utf8');
    htmlPages = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.html'))
      .map((name) => ({ name, text: readFileSync(join(outDir, name), 'utf8') }));
  });

  afterAll(() => {
    rmSync(outDir, { recursive: true, force: true });
  });

  it('has no test hook', () => {
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter(({ text }) => text.includes('__clinic')).map(({ name }) => name)).toEqual([]);
  });

  it('puts Phaser in a chunk of its own', () => {
    const phaserChunks = scripts.filter(({ name }) => name.startsWith('phaser-'));
    expect(phaserChunks).toHaveLength(1);
    const appChunks = scripts.filter(({ name }) => !name.startsWith('phaser-'));
    expect(appChunks.filter(({ text }) => text.includes('Phaser v'))).toEqual([]);
  });

  it('is ES modules only: no library in a UMD or CommonJS wrapper (the xAPI client comes from its ES module build)', () => {
    const wrapped = scripts.filter(({ text }) => text.includes('define.amd') || /typeof exports\s*==/.test(text)).map(({ name }) => name);
    expect(wrapped).toEqual([]);
    // Rolldown's CommonJS interop helpers, which a wrapped library needs, get a chunk of their own.
    expect(scripts.map(({ name }) => name).filter((name) => name.startsWith('rolldown-runtime-'))).toEqual([]);
    // The client is still bundled: one of the attachment usages it names, which the game's own code does not.
    expect(scripts.some(({ text }) => text.includes('http://adlnet.gov/expapi/attachments/signature'))).toBe(true);
  });

  it('starts the title with one script and one style sheet, and keeps no chunk of a tenth of a kilobyte for the Zod configuration', () => {
    expect(indexHtml.match(/<script\b[^>]*\bsrc=/g)).toHaveLength(1);
    expect(indexHtml).not.toContain('modulepreload');
    expect(indexHtml.match(/<link rel="stylesheet"/g)).toHaveLength(1);
    expect(scripts.map(({ name }) => name).filter((name) => name.startsWith('zod-'))).toHaveLength(1);
  });

  it('ships no file twice: every file of the build differs from every other (the logo is the favicon)', () => {
    const byContent = new Map<string, string[]>();
    for (const name of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
      const path = join(outDir, name);
      if (!statSync(path).isFile()) continue;
      const key = createHash('sha256').update(readFileSync(path)).digest('hex');
      byContent.set(key, [...(byContent.get(key) ?? []), name.split('\\').join('/')]);
    }
    expect([...byContent.values()].filter((names) => names.length > 1)).toEqual([]);
  });

  it('has a service worker of one file, with the Workbox runtime inside it', () => {
    const beside = readdirSync(outDir).filter((name) => name.endsWith('.js'));
    expect(beside).toEqual(['sw.js']);
    const worker = readFileSync(join(outDir, 'sw.js'), 'utf8');
    expect(worker).toContain('workbox:precaching:');
    expect(worker).toContain('{url:"index.html",revision:');
  });

  it('cites the reference sources without their notes of what was checked (scripts/source-notes-plugin.ts)', () => {
    const all = scripts.map(({ text }) => text).join('\n');
    // A catalogue entry's title ships; its note, and an entry's note added with `checked()`, do not.
    expect(all).toContain(SOURCES.medlinePlusVitalSigns.title);
    expect(all).not.toContain(SOURCES.medlinePlusVitalSigns.note);
    expect(all).not.toContain(BMI_FROM_MONTHS.source.note!.slice(0, 60));
  });

  it('carries only the catalogue sources that something the browser runs cites (src/reference/source-catalogue.ts)', () => {
    const all = scripts.map(({ text }) => text).join('\n');
    // Cited by the vitals rules, which the browser runs.
    expect(all).toContain(SOURCES.medlinePlusVitalSigns.title);
    // Cited only by the places-of-service table, which no screen reads, and by no code at all.
    expect(all).not.toContain(SOURCES.cmsPlaceOfService.title);
    expect(all).not.toContain(SOURCES.adlScorm12.title);
  });

  it('links its files with relative URLs, so it runs from any static path', () => {
    const urls = [...indexHtml.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => !url?.startsWith('./'))).toEqual([]);
  });

  it('carries the Content-Security-Policy in every HTML page, before anything it loads', () => {
    expect(htmlPages.map(({ name }) => name)).toContain('index.html');
    const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}" />`;
    for (const { name, text } of htmlPages) {
      const at = text.indexOf(meta);
      expect(at, name).toBeGreaterThan(0);
      const firstLoad = text.search(/<(script|link)\b/);
      expect(firstLoad === -1 || at < firstLoad, `${name}: the policy comes after something it should govern`).toBe(true);
      expect(text, name).not.toMatch(/<script\b(?![^>]*\bsrc=)/);
      expect(text, name).not.toMatch(/<style\b|\sstyle="/);
    }
  });
});
