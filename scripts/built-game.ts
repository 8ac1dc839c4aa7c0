/**
 * Builds the game as it ships (or in test mode, with `window.__clinic`) into a temporary
 * folder and serves it on localhost, for the scripts that measure or photograph the built
 * game (`npm run bench:browser`, `npm run screenshots`). Also measures a build: the gzip
 * size of each file, and which files the page loads at startup.
 */
import { readdir, readFile, rm, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview, type InlineConfig, type Manifest } from 'vite';

/** The repository root. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '..');

/** A build in a temporary folder, served on localhost. */
export interface ServedBuild {
  /** The URL of the build's `index.html`. */
  readonly url: string;
  /** The folder the build was written to. */
  readonly outDir: string;
  /** Stops the server and deletes the folder. */
  close(): Promise<void>;
}

/** Which build of the game: `production` (as shipped) or `test` (with the test hook). */
export type GameBuildMode = 'production' | 'test';

/**
 * Builds the game with the project's `vite.config.ts` in `mode` into a fresh temporary
 * folder, with a manifest (`.vite/manifest.json`) so its chunks can be measured.
 */
export async function buildGame(mode: GameBuildMode): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), `clinic-day-${mode}-`));
  await buildInto(outDir, { root: PROJECT_ROOT, mode, build: { outDir, emptyOutDir: true, manifest: true } });
  return outDir;
}

/** Runs a Vite build, removing the folder again if it fails. */
export async function buildInto(outDir: string, config: InlineConfig): Promise<void> {
  try {
    await build({ logLevel: 'warn', ...config });
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
}

/** Serves a built folder with Vite's preview server on a free localhost port. */
export async function serveBuild(outDir: string, root: string = PROJECT_ROOT): Promise<ServedBuild> {
  const server = await preview({
    root,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  const close = async (): Promise<void> => {
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  };
  if (!url) {
    await close();
    throw new Error('the Vite preview server started but reported no local URL');
  }
  return { url, outDir, close };
}

/** One file of a build with its sizes in bytes (gzip at level 9, as a static host would send it). */
export interface BuiltFile {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
  /** True when the page loads it before its first script runs (the entry and its static imports). */
  readonly atStartup: boolean;
  /** True for the Phaser chunk. */
  readonly phaser: boolean;
}

/** The gzip size of a file's contents, in bytes. */
function gzipSize(contents: Buffer): number {
  return gzipSync(contents, { level: 9 }).length;
}

/**
 * The text of a file as it ships: a build with source maps (`npm run bench:bundle`) names the
 * map at the end of the service worker's files, which the shipped build does not.
 */
function asShipped(file: string, contents: Buffer): Buffer {
  if (!file.endsWith('.js')) return contents;
  const text = contents.toString('utf8');
  const shipped = text.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '');
  return shipped === text ? contents : Buffer.from(shipped);
}

/**
 * Every file of a build made by `buildGame` but Vite's own manifest and source maps, with
 * what the page needs at startup: `index.html`, the HTML entry's chunk, every chunk it imports
 * statically (transitively) and their CSS. Chunks reached only through `import()` load later,
 * and so does every other file: the service worker (`sw.js`), its Workbox runtime, the web app
 * manifest, the art and the icons. Those count in "all files" because the service worker
 * precaches every file of the build (`scripts/offline-plugin.ts`), so a visit to the
 * standalone site downloads them all.
 */
export async function measureBuild(outDir: string): Promise<BuiltFile[]> {
  const manifest = JSON.parse(await readFile(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const startup = new Set<string>(['index.html']);
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (!chunk || startup.has(chunk.file)) return;
    startup.add(chunk.file);
    for (const css of chunk.css ?? []) startup.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);

  const files = (await readdir(outDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((file) => !file.startsWith('.vite/') && !file.endsWith('.map'));
  const measured: BuiltFile[] = [];
  for (const file of files) {
    const contents = asShipped(file, await readFile(join(outDir, file)));
    measured.push({
      file,
      bytes: contents.length,
      gzipBytes: gzipSize(contents),
      atStartup: startup.has(file),
      phaser: /(^|\/)phaser-[^/]*\.js$/.test(file),
    });
  }
  return measured.toSorted((a, b) => Number(b.atStartup) - Number(a.atStartup) || b.gzipBytes - a.gzipBytes);
}

/** Bytes as kilobytes with one decimal (1 kB = 1000 bytes, as Vite prints them). */
export function kilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
