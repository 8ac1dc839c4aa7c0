/**
 * Offline play and installing, on the built site (the test build has the service worker and
 * the web app manifest as the production build has, `scripts/offline-plugin.ts`):
 *
 * - what the build wrote: a precache that lists every file the site loads (so every bundled
 *   scenario, compiled into the game's chunks), and a manifest an installed game needs;
 * - in Chromium, on a copy of the build served on localhost: the worker takes control on the
 *   first visit under the Content-Security-Policy, Chrome finds the page installable, a new
 *   version is announced with "Reload to update" and waits for the trainee, the reload it
 *   asks for resumes the day exactly, and with the network gone and the server stopped the
 *   game reloads, starts the orientation day, plays some of it and ends it to its debrief;
 * - an LMS package made from the same build ships no worker and registers none.
 */
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SceneKeys } from '../../scenes/keys';
import { serveBuild, type ServedBuild } from '../../scripts/built-game';
import { packageAssignment, packageZip } from '../../scripts/package-lms';
import { SERVICE_WORKER_FILE, WEB_APP_MANIFEST } from '../../scripts/offline-plugin';
import { parseScenarioText } from '../../src/scenario/scenario-loader';
import { scoreDay } from '../../src/scoring/score';
import { replaySession, type ActionLogEntry } from '../../src/session/session';
import { openGamePage, type GamePage } from './support/browser';
import { playExpertMirrored } from './support/mirrored-expert';
import { readDebrief } from './support/debrief';
import { startNewDay } from './support/new-day';
import { openDebrief, waitForScene } from './support/screens';

const ROOT = join(import.meta.dirname, '../..');
const loaded = parseScenarioText(readFileSync(join(ROOT, 'scenarios/first-day.yaml'), 'utf8'), 'first-day.yaml');
if (!loaded.ok) throw new Error('scenarios/first-day.yaml does not load');
const { scenario, contentHash } = loaded;
const TITLE = scenario.title;

declare global {
  interface Window {
    /** The page's `securitypolicyviolation` events. */
    offlinePolicyViolations?: string[];
    /** Set by the test on a loaded page: gone once the page has reloaded. */
    loadedBeforeUpdate?: boolean;
  }
}

/** Every file under `dir`, relative, with forward slashes. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1).split('\\').join('/'))
    .sort();
}

/** The URLs the built worker precaches, read from its `precacheAndRoute([{url:…,revision:…},…])`. */
function precachedUrls(serviceWorker: string): string[] {
  return [...serviceWorker.matchAll(/\{url:"([^"]+)",revision:/g)].map((match) => match[1]!);
}

interface PageDay {
  readonly seed: number;
  readonly settings: { mode: 'practice' | 'assessment'; timerEnabled: boolean };
  readonly log: ActionLogEntry[];
  readonly minute: number;
}

async function pageDay(page: Page): Promise<PageDay> {
  const day = await page.evaluate(() => {
    const session = window.__clinic?.session();
    return session ? { seed: session.seed, settings: session.settings, log: JSON.parse(JSON.stringify(session.log)) as ActionLogEntry[], minute: session.minute } : null;
  });
  if (!day) throw new Error('no day is being played');
  return day;
}

/** Records the page's policy violations from before its first script, on every load. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.offlinePolicyViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.offlinePolicyViolations!.push(`${event.effectiveDirective} ${event.blockedURI || '(inline)'} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
}

function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.offlinePolicyViolations ?? ['the violation recorder did not run']);
}

describe('The built site', () => {
  const gameDir = inject('gameDir');

  it('precaches every file it loads: the game, its chunks with every bundled scenario, its art, icons and manifest', async () => {
    const precached = precachedUrls(await readFile(join(gameDir, SERVICE_WORKER_FILE), 'utf8'));
    const files = (await filesUnder(gameDir)).filter((file) => file !== SERVICE_WORKER_FILE && !/^workbox-[\w-]+\.js$/.test(file));
    expect(files).toContain('index.html');
    expect(files).toContain('manifest.webmanifest');
    expect(files.filter((file) => file.startsWith('images/')).length).toBeGreaterThan(0);
    expect(precached.toSorted()).toEqual(files);

    const chunks = await Promise.all(files.filter((file) => file.endsWith('.js')).map(async (file) => ({ file, text: await readFile(join(gameDir, file), 'utf8') })));
    const bundled = (await readdir(join(ROOT, 'scenarios'))).filter((file) => file.endsWith('.yaml'));
    expect(bundled.length).toBeGreaterThanOrEqual(10);
    for (const file of bundled) {
      const carriers = chunks.filter(({ text }) => text.includes(`scenarios/${file}`)).map((chunk) => chunk.file);
      expect(carriers, `the chunk of scenarios/${file}`).not.toEqual([]);
      for (const carrier of carriers) expect(precached).toContain(carrier);
    }
  });

  it('links a web app manifest with a name, short name, icons of 192 and 512 pixels drawn from the game’s art, theme colour, start URL and standalone display', async () => {
    const page = await readFile(join(gameDir, 'index.html'), 'utf8');
    expect(page).toContain('<link rel="manifest" href="./manifest.webmanifest">');
    const manifest = JSON.parse(await readFile(join(gameDir, 'manifest.webmanifest'), 'utf8')) as typeof WEB_APP_MANIFEST;
    expect(manifest).toMatchObject({ name: expect.stringContaining('Clinic Day'), short_name: 'Clinic Day', start_url: './', scope: './', display: 'standalone', theme_color: '#1f6f6a' });
    expect(manifest.icons).toEqual(WEB_APP_MANIFEST.icons);
    const sizes: string[] = [];
    for (const icon of manifest.icons ?? []) {
      const bytes = await readFile(join(gameDir, icon.src));
      if (icon.type !== 'image/png') continue;
      const png = PNG.sync.read(bytes);
      expect(`${png.width}x${png.height}`, icon.src).toBe(icon.sizes);
      sizes.push(icon.sizes!);
      // The logo's teal cross at the centre: an icon of the game, not a blank square.
      const centre = (png.height / 2) * png.width * 4 + (png.width / 2) * 4;
      expect([...png.data.subarray(centre, centre + 4)], `${icon.src}: its centre`).toEqual([0x2a, 0x7f, 0x7a, 0xff]);
      // A maskable icon fills its square (a launcher cuts it); the others keep the logo's rounded corners.
      expect(png.data[3], `${icon.src}: its corner's opacity`).toBe(icon.purpose === 'maskable' ? 0xff : 0);
    }
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  });

  it('packages for an LMS without its service worker, its Workbox runtime or its web app manifest', async () => {
    const assignment = packageAssignment({ scenario, contentHash }, { seed: 1 });
    const files = unzipSync(await packageZip('scorm12', gameDir, { scenario, contentHash }, assignment, 'notice'));
    expect(Object.keys(files).filter((file) => /(^|\/)(sw\.js|workbox-[\w-]+\.js|manifest\.webmanifest)$/.test(file))).toEqual([]);
    expect(Object.keys(files)).toContain('icons/icon-192.png');
    expect(strFromU8(files['index.html']!)).not.toContain('manifest');
  });
});

describe('Offline play', () => {
  let served: ServedBuild | undefined;
  let game: GamePage | undefined;
  let packageGame: GamePage | undefined;
  let url = '';

  beforeAll(async () => {
    // A copy of the build of its own: the test changes its worker and stops its server.
    const copy = await mkdtemp(join(tmpdir(), 'clinic-day-offline-'));
    await cp(inject('gameDir'), copy, { recursive: true });
    served = await serveBuild(copy);
    url = served.url;
  });

  afterAll(async () => {
    await game?.close();
    await packageGame?.close();
    await served?.close();
  });

  it('installs its service worker on the first visit, under the Content-Security-Policy, and Chrome finds it installable', async () => {
    game = await openGamePage(url, { serviceWorkers: 'allow', beforeLoad: recordViolations });
    const { page } = game;
    await waitForScene(page, SceneKeys.Title);
    // The page registers the worker once the title is shown and the browser is idle; `clientsClaim` makes it take this page once it has precached.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 120_000 });
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(new URL(SERVICE_WORKER_FILE, url).href);

    const cdp = await page.context().newCDPSession(page);
    const { errors, url: manifestUrl } = (await cdp.send('Page.getAppManifest')) as { errors: unknown[]; url: string };
    expect(manifestUrl).toBe(new URL('manifest.webmanifest', url).href);
    expect(errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // Playwright's browser contexts are incognito profiles, where Chrome installs no app; nothing else may stand in the way.
    expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    await cdp.detach();

    expect(await violations(page)).toEqual([]);
    expect(game.consoleErrors).toEqual([]);
  });

  it('says when a new version is ready, never reloads by itself mid-day, and the reload the trainee asks for resumes the day exactly', async () => {
    const { page } = game!;
    await startNewDay(page, TITLE);
    await waitForScene(page, SceneKeys.ClinicFloor);
    const started = await pageDay(page);
    const mirror = replaySession(scenario, started.seed, started.settings, started.log);
    mirror.advanceTo(started.minute);
    await playExpertMirrored(page, mirror, 8);
    await page.evaluate(() => (window.loadedBeforeUpdate = true));

    // A new version on the server: the browser finds it when it checks (on a navigation, or as here, when asked).
    const worker = join(served!.outDir, SERVICE_WORKER_FILE);
    await writeFile(worker, `${await readFile(worker, 'utf8')}\n// the next version\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = page.getByRole('status').filter({ hasText: 'A new version of Clinic Day is ready' });
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Your day is saved');
    // The new version waits for the trainee: no reload, the day goes on.
    await page.waitForTimeout(3000);
    expect(await page.evaluate(() => window.loadedBeforeUpdate)).toBe(true);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(true);
    await playExpertMirrored(page, mirror, 2);
    const beforeUpdate = await pageDay(page);
    expect(beforeUpdate.log).toHaveLength(10);

    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: 'Reload to update' }).click();
    await reloaded;
    await waitForScene(page, SceneKeys.Title);
    expect(await page.evaluate(() => window.loadedBeforeUpdate)).toBeUndefined();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
    const card = page.getByRole('region', { name: 'Your unfinished day' });
    await card.waitFor();
    expect(await card.innerText()).toContain('10 actions done');
    await card.getByRole('button', { name: 'Continue' }).click();
    await waitForScene(page, SceneKeys.ClinicFloor);
    const resumed = await pageDay(page);
    expect(resumed.log).toEqual(beforeUpdate.log);
    expect(resumed.minute).toBe(beforeUpdate.minute);
    expect(game!.consoleErrors).toEqual([]);
  });

  it('with the network gone and the server stopped, reloads, starts the orientation day, plays and ends it, and shows its debrief', async () => {
    const { page } = game!;
    await served!.close();
    served = undefined;
    await page.context().setOffline(true);
    await page.reload({ waitUntil: 'load' });
    await waitForScene(page, SceneKeys.Title);

    await startNewDay(page, TITLE);
    // The unfinished day from before the update is the trainee's: discarded only when asked.
    await page.getByRole('dialog', { name: 'Start a new day?' }).getByRole('button', { name: 'Discard it and start' }).click();
    await waitForScene(page, SceneKeys.ClinicFloor);
    const started = await pageDay(page);
    expect(started.log).toEqual([]);
    const mirror = replaySession(scenario, started.seed, started.settings, started.log);
    mirror.advanceTo(started.minute);
    // A few of the expert's moves, then the trainee ends the day through the HUD: the rest of
    // the day runs to closing without them, in the page and in the mirror alike. What this
    // proves is that nothing a day needs, from the title to its debrief, comes from the
    // network; playing every move would add a minute and no file.
    await playExpertMirrored(page, mirror, 6);
    await page.getByRole('button', { name: 'End day' }).click();
    await page.getByRole('dialog', { name: 'End the day now?' }).getByRole('button', { name: 'End day' }).click();
    mirror.finish();
    await openDebrief(page);
    const shown = await readDebrief(page);
    const result = scoreDay(mirror.record());
    expect(shown.scores).toEqual({ Total: result.score.total, Accuracy: result.score.accuracy, Throughput: result.score.throughput });
    expect(await violations(page)).toEqual([]);
    // Chromium reports each request that failed offline as a console error: none may fail.
    expect(game!.consoleErrors).toEqual([]);
    expect(game!.foreignRequests).toEqual([]);
  });

  it('registers no service worker from an LMS package of the same build, and fetches no Workbox', async () => {
    const assignment = packageAssignment({ scenario, contentHash }, { seed: 1 });
    const files = unzipSync(await packageZip('scorm2004', inject('gameDir'), { scenario, contentHash }, assignment, 'notice'));
    const origin = new URL(inject('gameUrl')).origin;
    const requested: string[] = [];
    packageGame = await openGamePage(`${origin}/pkg/index.html`, {
      serviceWorkers: 'allow',
      beforeLoad: async (page) => {
        page.on('request', (request) => requested.push(new URL(request.url()).pathname));
        // The package's files, served from the zip as an LMS serves them.
        await page.context().route(`${origin}/pkg/**`, async (route) => {
          const path = decodeURIComponent(new URL(route.request().url()).pathname.replace(/^\/pkg\//, ''));
          const file = files[path];
          if (!file) return route.fulfill({ status: 404, body: 'not in the package' });
          const type = path.endsWith('.html') ? 'text/html' : path.endsWith('.js') ? 'text/javascript' : path.endsWith('.css') ? 'text/css' : path.endsWith('.svg') ? 'image/svg+xml' : 'application/octet-stream';
          return route.fulfill({ contentType: type, body: Buffer.from(file) });
        });
      },
    });
    const { page } = packageGame;
    await waitForScene(page, SceneKeys.Title);
    // Workbox would register right after the page's load; give it that time and more.
    await page.waitForTimeout(3000);
    expect(requested).toContain('/pkg/index.html');
    expect(requested.filter((path) => /sw\.js|workbox|webmanifest/.test(path))).toEqual([]);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(packageGame.consoleErrors).toEqual([]);
  });
});
