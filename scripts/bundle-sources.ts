/**
 * `npm run bench:bundle`: what the bytes of the production build are made of. Builds the game
 * as shipped, with source maps, and attributes every byte of each chunk but Phaser's to the
 * source file it came from, then prints per source folder and per file the minified bytes and
 * the gzip bytes attributed to them.
 *
 * Gzip does not compress files apart, so "gzip-attributed" is an estimate: each file's
 * minified pieces of a chunk are gzipped on their own, and the chunk's real gzip size is
 * shared out in proportion. Data that repeats (scenario JSON, reference tables) thus gets
 * less of the chunk's gzip size than code of the same length. The totals are exact: they add
 * up to what `npm run bench:browser` prints for every file but Phaser's. Files that are not
 * chunks are listed as they are: CSS and `index.html`, the service worker with its Workbox
 * runtime and the web app manifest, and the art and icons (`assets/`), which the service
 * worker precaches with the rest (`measureBuild`).
 *
 * Reads the maps with `source-map-js` (a dev dependency; Vite installs it too, through PostCSS).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { buildInto, kilobytes, measureBuild, PROJECT_ROOT, type BuiltFile } from './built-game';

/** Minified and gzip-attributed bytes of one file or folder. */
interface Share {
  minified: number;
  gzip: number;
}

/** Where bytes that no source file owns (the bundler's runtime, import and export glue) are counted. */
const GLUE = '(bundler glue)';

function gzipSize(text: string): number {
  return gzipSync(Buffer.from(text), { level: 9 }).length;
}

/** The folder a source file counts under: a package, `scenarios`, or the first two levels of a path. */
function folderOf(source: string): string {
  const inPackage = /^node_modules\/(@[^/]+\/[^/]+|[^/]+)/.exec(source);
  if (inPackage) return `node_modules/${inPackage[1]}`;
  const parts = source.split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** A source path relative to the project (a package's from its `node_modules`), without a query such as `?scenario-entry`. */
function sourceName(path: string): string {
  const name = relative(PROJECT_ROOT, path).replace(/\?.*$/, '');
  const packageStart = name.lastIndexOf('node_modules/');
  return packageStart === -1 ? name : name.slice(packageStart);
}

/**
 * The text of a chunk cut at each mapping, grouped by the source file the mapping names
 * (`sourceName`).
 */
function piecesBySource(code: string, map: RawSourceMap, chunkDir: string): Map<string, string[]> {
  const lines = code.split('\n');
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  const at = (line: number, column: number): number => lineStarts[line - 1]! + column;
  const pieces = new Map<string, string[]>();
  const addPiece = (source: string, text: string): void => {
    const list = pieces.get(source) ?? [];
    list.push(text);
    pieces.set(source, list);
  };
  let start = 0;
  let owner = GLUE;
  new SourceMapConsumer(map).eachMapping(
    (mapping) => {
      const end = at(mapping.generatedLine, mapping.generatedColumn);
      addPiece(owner, code.slice(start, end));
      start = end;
      owner = mapping.source ? sourceName(join(chunkDir, mapping.source)) : GLUE;
    },
    null,
    SourceMapConsumer.GENERATED_ORDER,
  );
  addPiece(owner, code.slice(start));
  return pieces;
}

function add(table: Map<string, Share>, key: string, minified: number, gzip: number): void {
  const share = table.get(key) ?? { minified: 0, gzip: 0 };
  share.minified += minified;
  share.gzip += gzip;
  table.set(key, share);
}

/** The folder a file that is not one of the game's chunks counts under, or null for a chunk. */
function folderOfFile(file: string): string | null {
  if (/^(sw|workbox-[\w-]+)\.js$/.test(file) || file === 'manifest.webmanifest') return 'the service worker and web app manifest';
  if (/\.(css|html)$/.test(file)) return 'CSS and index.html';
  if (!file.endsWith('.js')) return 'art and icons (assets/)';
  return null;
}

/** Shares each built file out to its sources, adding to the per-folder and per-file tables. */
async function attribute(outDir: string, file: BuiltFile, byFolder: Map<string, Share>, byFile: Map<string, Share>): Promise<void> {
  const folder = folderOfFile(file.file);
  if (folder !== null) {
    add(byFolder, folder, file.bytes, file.gzipBytes);
    add(byFile, file.file, file.bytes, file.gzipBytes);
    return;
  }
  const path = join(outDir, file.file);
  const code = await readFile(path, 'utf8');
  const mapText = await readFile(`${path}.map`, 'utf8').catch(() => null);
  if (mapText === null) {
    // Rolldown's own runtime chunk (module helpers shared by the chunks) comes without a map.
    add(byFolder, GLUE, file.bytes, file.gzipBytes);
    add(byFile, `${GLUE}  (${file.file})`, file.bytes, file.gzipBytes);
    return;
  }
  const map = JSON.parse(mapText) as RawSourceMap;
  const pieces = [...piecesBySource(code, map, join(path, '..'))].map(([source, texts]) => {
    const text = texts.join('');
    return { source, minified: Buffer.byteLength(text), alone: gzipSize(text) };
  });
  const aloneTotal = pieces.reduce((sum, piece) => sum + piece.alone, 0);
  for (const piece of pieces) {
    const gzip = aloneTotal === 0 ? 0 : (piece.alone / aloneTotal) * file.gzipBytes;
    add(byFolder, piece.source === GLUE ? GLUE : folderOf(piece.source), piece.minified, gzip);
    add(byFile, `${piece.source}  (${file.file})`, piece.minified, gzip);
  }
}

function printTable(title: string, table: Map<string, Share>, limit: number): void {
  console.log(`\n${title}\n  ${'minified'.padStart(10)}  ${'gzip'.padStart(9)}`);
  const rows = [...table].toSorted((a, b) => b[1].gzip - a[1].gzip);
  for (const [name, share] of rows.slice(0, limit)) {
    console.log(`  ${kilobytes(share.minified).padStart(10)}  ${kilobytes(share.gzip).padStart(9)}  ${name}`);
  }
  if (rows.length > limit) console.log(`  … and ${rows.length - limit} more`);
}

async function main(): Promise<void> {
  const outDir = await mkdtemp(join(tmpdir(), 'clinic-day-sources-'));
  try {
    // The same build as `buildGame('production')`, plus source maps; `hidden` leaves the
    // chunks without a `sourceMappingURL` comment, so they are byte for byte the shipped ones.
    await buildInto(outDir, { root: PROJECT_ROOT, mode: 'production', build: { outDir, emptyOutDir: true, manifest: true, sourcemap: 'hidden' } });
    const files = (await measureBuild(outDir)).filter((file) => !file.phaser);
    const byFolder = new Map<string, Share>();
    const byFile = new Map<string, Share>();
    for (const file of files) await attribute(outDir, file, byFolder, byFile);
    const total = files.reduce((sum, file) => sum + file.gzipBytes, 0);
    const startup = files.filter((file) => file.atStartup);
    console.log(`Every file but Phaser's: ${kilobytes(total)} gzip in ${files.length} files (1 kB = 1000 bytes)`);
    // The same figure as `npm run bench:browser`'s "everything else loaded at startup" (`measureBuild`).
    console.log(`Loaded at start-up: ${kilobytes(startup.reduce((sum, file) => sum + file.gzipBytes, 0))} gzip in ${startup.length} files (${startup.map((file) => file.file).join(', ')})`);
    printTable('Per source folder', byFolder, Number.POSITIVE_INFINITY);
    printTable('Per source file (the largest)', byFile, Number(process.argv[2] ?? 40));
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
