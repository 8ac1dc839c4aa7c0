/**
 * `npm run notice`: writes `NOTICE`, the third-party notice of what the production build
 * ships. It builds the game as shipped and lists every npm package a module of the build
 * came from (read from the bundle itself, so a library added or dropped changes the notice),
 * with its version, its licence and its licence text from the package. The images and
 * styles in `assets/` are the project's own, under the project's licence (`LICENSE`).
 * `npm run package` writes the notice of the build it packages the same way.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { buildInto, PROJECT_ROOT } from './built-game';

/** The npm packages whose modules are in the chunks a build writes. */
function shippedPackagesPlugin(found: Set<string>): Plugin {
  return {
    name: 'clinic-day-shipped-packages',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const id of output.moduleIds) {
          const match = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id.split('\0').join(''));
          if (match) found.add(match[1]!.replace('\\', '/'));
        }
      }
    },
  };
}

/**
 * The Workbox packages the service worker's runtime is made of (bundled by `workbox-build`
 * apart from the game's chunks, inside `sw.js`, or in a `workbox-<hash>.js` beside it when
 * not inlined): each Workbox module marks itself in its code as `workbox:<module>:<version>`.
 */
async function serviceWorkerPackages(outDir: string, found: Set<string>): Promise<void> {
  for (const file of (await readdir(outDir)).filter((name) => /^(sw|workbox-[\w-]+)\.js$/.test(name))) {
    for (const match of (await readFile(join(outDir, file), 'utf8')).matchAll(/workbox:([a-z-]+):\d/g)) found.add(`workbox-${match[1]!}`);
  }
}

/**
 * Packages a shipped package's own distribution already has bundled inside it, so the build
 * never sees their modules: `@xapi/xapi`'s `dist/XAPI.esm.js` carries its dependency axios.
 */
const BUNDLED_INSIDE: Readonly<Record<string, readonly string[]>> = { '@xapi/xapi': ['axios'] };

/** Builds the game as shipped into `outDir`; resolves with the names of the packages the build carries, its service worker's and those bundled inside others included. */
export async function buildShipped(outDir: string): Promise<string[]> {
  const found = new Set<string>();
  await buildInto(outDir, { root: PROJECT_ROOT, mode: 'production', plugins: [shippedPackagesPlugin(found)], build: { outDir, emptyOutDir: true } });
  await serviceWorkerPackages(outDir, found);
  // A name added here is visited too: what is bundled inside a bundled package is carried as well.
  for (const name of found) for (const inside of BUNDLED_INSIDE[name] ?? []) found.add(inside);
  return [...found].sort();
}

async function licenceText(dir: string): Promise<string> {
  const file = (await readdir(dir)).find((name) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(name));
  return file ? (await readFile(join(dir, file), 'utf8')).trim() : '(the package carries no licence file; its package.json names the licence above)';
}

/** The notice for `packages`, read from their `node_modules` folders. */
export async function noticeText(packages: readonly string[]): Promise<string> {
  const sections: string[] = [];
  for (const name of packages) {
    const dir = join(PROJECT_ROOT, 'node_modules', name);
    const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { version?: string; license?: string; homepage?: string };
    sections.push(`${name} ${manifest.version ?? ''} (${manifest.license ?? 'licence not stated'})${manifest.homepage ? `\n${manifest.homepage}` : ''}\n\n${await licenceText(dir)}`);
  }
  return `Clinic Day
Copyright the Clinic Day authors. Licensed under the Apache License, Version 2.0 (LICENSE).

The built game (the static site and the LMS packages) includes the following third-party
libraries, each under its own licence, reproduced below. The images and styles are the
project's own.

${sections.map((section) => `${'='.repeat(78)}\n${section}`).join('\n\n')}
`;
}

async function main(): Promise<void> {
  const outDir = await mkdtemp(join(tmpdir(), 'clinic-day-notice-'));
  try {
    const packages = await buildShipped(outDir);
    await writeFile(join(PROJECT_ROOT, 'NOTICE'), await noticeText(packages));
    console.log(`NOTICE: ${packages.join(', ')}`);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
