import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { measureBuild } from '../../scripts/built-game';

let outDir: string | null = null;

/** A build folder as `vite build` and the offline plugin leave it, with the given files. */
async function buildFolder(files: Record<string, string>): Promise<string> {
  outDir = await mkdtemp(join(tmpdir(), 'clinic-day-measure-'));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(dirname(join(outDir, file)), { recursive: true });
    await writeFile(join(outDir, file), text);
  }
  return outDir;
}

afterEach(async () => {
  if (outDir !== null) await rm(outDir, { recursive: true, force: true });
  outDir = null;
});

describe('measureBuild', () => {
  it('counts every file the service worker precaches (the worker, its runtime, the manifest, the art and icons) as loaded later, and no source map or Vite manifest', async () => {
    const manifest = {
      'index.html': { file: 'assets/index-a1.js', isEntry: true, imports: ['_settings'], css: ['assets/index-a1.css'], dynamicImports: ['scenes/day.ts'] },
      _settings: { file: 'assets/settings-b2.js' },
      'scenes/day.ts': { file: 'assets/day-c3.js', isDynamicEntry: true, imports: ['_phaser'] },
      _phaser: { file: 'assets/phaser-d4.js' },
    };
    const dir = await buildFolder({
      '.vite/manifest.json': JSON.stringify(manifest),
      'index.html': '<!doctype html><script type="module" src="./assets/index-a1.js"></script>',
      'assets/index-a1.js': 'import "./settings-b2.js";',
      'assets/index-a1.css': 'body{margin:0}',
      'assets/settings-b2.js': 'export const s = 1;',
      'assets/day-c3.js': 'export const day = 2;',
      'assets/day-c3.js.map': '{"version":3,"sources":[],"mappings":""}',
      'assets/phaser-d4.js': 'export const Phaser = 3;',
      'sw.js': 'self.addEventListener("install", () => {});\n//# sourceMappingURL=sw.js.map',
      'sw.js.map': '{"version":3,"sources":[],"mappings":""}',
      'workbox-e5.js': 'export const workbox = 4;',
      'manifest.webmanifest': '{"name":"Clinic Day"}',
      'icons/icon-192.png': 'not really a PNG, but bytes all the same',
      'images/chair.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    });
    const files = await measureBuild(dir);
    const startup = files.filter((file) => file.atStartup).map((file) => file.file);
    const later = files.filter((file) => !file.atStartup).map((file) => file.file);
    expect(startup.toSorted()).toEqual(['assets/index-a1.css', 'assets/index-a1.js', 'assets/settings-b2.js', 'index.html']);
    expect(later.toSorted()).toEqual(['assets/day-c3.js', 'assets/phaser-d4.js', 'icons/icon-192.png', 'images/chair.svg', 'manifest.webmanifest', 'sw.js', 'workbox-e5.js']);
    expect(files.filter((file) => file.phaser).map((file) => file.file)).toEqual(['assets/phaser-d4.js']);
    // The worker as it ships: a build with source maps names its map at the end, the shipped build does not.
    expect(files.find((file) => file.file === 'sw.js')?.bytes).toBe('self.addEventListener("install", () => {});'.length);
  });
});
