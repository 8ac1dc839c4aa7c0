/**
 * The game launched by a cmi5 LMS, for real: the cmi5 package made by `npm run package`'s code
 * from the test build, served as an LMS serves it, opened with cmi5 launch parameters that
 * point at the test endpoint (`support/test-lrs.ts`: the parts of the xAPI and cmi5 protocols
 * the game uses, validating every statement and cmi5's order and context template). The
 * scripted expert plays the orientation day through the dev hook; the browser goes offline
 * before the day ends, and the page is reloaded when it is back online: every statement
 * arrives, in cmi5's order, and is stored once.
 */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { serveBuild, type ServedBuild } from '../../scripts/built-game';
import { packageAssignment, packageZip } from '../../scripts/package-lms';
import { SceneKeys, type SceneKey } from '../../scenes/keys';
import { parseScenarioText } from '../../src/scenario/scenario-loader';
import { scoreDay } from '../../src/scoring/score';
import { replaySession, type ActionLogEntry, type Session } from '../../src/session/session';
import { withLrs } from '../../scenes/instructor/scenario-link';
import { openGamePage, type GamePage } from './support/browser';
import { openDebrief } from './support/screens';
import { playExpertMirrored } from './support/mirrored-expert';
import { STANDALONE_KEY, STANDALONE_SECRET, TestLrs } from './support/test-lrs';

const ROOT = join(import.meta.dirname, '../..');
const loaded = parseScenarioText(readFileSync(join(ROOT, 'scenarios/first-day.yaml'), 'utf8'), 'first-day.yaml');
if (!loaded.ok) throw new Error('scenarios/first-day.yaml does not load');
const { scenario, contentHash } = loaded;

function unescapeXml(text: string): string {
  return text.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}

async function waitForScene(page: Page, key: SceneKey): Promise<void> {
  await page.waitForFunction((sceneKey) => window.__clinic?.game.scene.isActive(sceneKey) === true, key, { timeout: 60_000 });
}

/** Statements waiting in the page's outbox (IndexedDB `clinic-day-xapi`). */
function outboxCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('clinic-day-xapi');
        open.addEventListener('error', () => reject(new Error('the outbox did not open')));
        open.addEventListener('success', () => {
          const count = open.result.transaction('outbox').objectStore('outbox').count();
          count.addEventListener('success', () => {
            open.result.close();
            resolve(count.result);
          });
        });
      }),
  );
}

/** Opens `url`, the package's `files` served under `/lms/pkg/` as an LMS serves them. */
function openPackage(url: string, files: Record<string, Uint8Array>): Promise<GamePage> {
  const origin = new URL(url).origin;
  return openGamePage(url, {
    beforeLoad: async (page) => {
      // The package's pages come from the test's routes (a public address to Chromium); the endpoint is on loopback.
      await page.context().grantPermissions(['local-network-access']);
      await page.context().route(`${origin}/lms/**`, async (route) => {
        const path = decodeURIComponent(new URL(route.request().url()).pathname.replace(/^\/lms\/pkg\//, ''));
        const file = files[path];
        if (!file) return route.fulfill({ status: 404, body: 'not in the package' });
        const type = path.endsWith('.html') ? 'text/html' : path.endsWith('.js') ? 'text/javascript' : path.endsWith('.css') ? 'text/css' : path.endsWith('.svg') ? 'image/svg+xml' : 'application/octet-stream';
        return route.fulfill({ contentType: type, body: Buffer.from(file) });
      });
    },
  });
}

/** The expert's day begun in `page`, mirrored in Node. */
async function startExpertDay(page: Page): Promise<Session> {
  await page.getByRole('button', { name: 'Start the day' }).click();
  await waitForScene(page, SceneKeys.ClinicFloor);
  const started = await page.evaluate(() => {
    const session = window.__clinic!.session()!;
    return { seed: session.seed, settings: session.settings, log: JSON.parse(JSON.stringify(session.log)) as ActionLogEntry[], minute: session.minute };
  });
  const mirror = replaySession(scenario, started.seed, started.settings, started.log);
  mirror.advanceTo(started.minute);
  return mirror;
}

async function endDay(page: Page, mirror: Session): Promise<void> {
  mirror.finish();
  await page.getByRole('button', { name: 'End day' }).click();
  await page.getByRole('dialog', { name: 'End the day now?' }).getByRole('button', { name: 'End day' }).click();
  await openDebrief(page);
  await page.evaluate(() => window.__clinic!.saved());
}

/** The cmi5 package of the orientation day, made for `server`, and the launch URL of its AU on the test origin. */
async function cmi5Package(server: TestLrs): Promise<{ files: Record<string, Uint8Array>; auUrl: string; publisherId: string; masteryScore: number }> {
  const assignment = packageAssignment({ scenario, contentHash }, { seed: 20_261_206 });
  const files = unzipSync(await packageZip('cmi5', inject('gameDir'), { scenario, contentHash }, assignment, 'notice', [server.origin]));
  const structure = strFromU8(files['cmi5.xml']!);
  return {
    files,
    auUrl: `${new URL(inject('gameUrl')).origin}/lms/pkg/${unescapeXml(/<url>([^<]+)<\/url>/.exec(structure)![1]!)}`,
    publisherId: unescapeXml(/<au id="([^"]+)"/.exec(structure)![1]!),
    masteryScore: Number(/masteryScore="([^"]+)"/.exec(structure)![1]),
  };
}

describe('the game launched by a cmi5 LMS', () => {
  let game: GamePage | null = null;
  let lrs: TestLrs | null = null;
  let served: ServedBuild | null = null;
  afterAll(async () => {
    await game?.close();
    await lrs?.stop();
    await served?.close();
  });

  it('sends Initialized, each finding, the verdict, Completed and Terminated in order, through an outbox that outlasts going offline and a reload, each statement stored once', async () => {
    lrs = await TestLrs.start();
    const assignment = packageAssignment({ scenario, contentHash }, { seed: 20_261_206 });
    const files = unzipSync(await packageZip('cmi5', inject('gameDir'), { scenario, contentHash }, assignment, 'notice', [lrs.origin]));
    const structure = strFromU8(files['cmi5.xml']!);
    const auUrl = unescapeXml(/<url>([^<]+)<\/url>/.exec(structure)![1]!);
    const publisherId = unescapeXml(/<au id="([^"]+)"/.exec(structure)![1]!);
    const masteryScore = Number(/masteryScore="([^"]+)"/.exec(structure)![1]);
    const launch = lrs.launch({ publisherId, masteryScore });
    const origin = new URL(inject('gameUrl')).origin;

    game = await openPackage(`${origin}/lms/pkg/${auUrl}&${launch.query}`, files);
    const { page } = game;
    const server = lrs;

    // The AU's start, in cmi5's order: the token (once), the launch data, then Initialized.
    await expect
      .poll(() => server.verbs(), { timeout: 30_000 })
      .toEqual(['launched', 'initialized'])
      .catch((error: unknown) => {
        console.info(JSON.stringify({ requests: server.requests, violations: server.violations, console: game?.consoleErrors }, null, 1));
        throw error;
      });
    expect(server.requests.filter((request) => request.method !== 'OPTIONS').map((request) => `${request.method} ${request.path.replace(/[0-9a-f-]{36}/, ':key')}`).slice(0, 3)).toEqual([
      'POST /fetch/:key',
      'GET /xapi/activities/state',
      'GET /xapi/agents/profile',
    ]);

    const mirror = await startExpertDay(page);
    await playExpertMirrored(page, mirror, 6);

    // Offline: the day ends and its statements wait in the outbox.
    await page.context().setOffline(true);
    await endDay(page, mirror);
    const result = scoreDay(mirror.record());
    await expect.poll(() => outboxCount(page), { timeout: 30_000 }).toBe(result.findings.length + 3);
    expect(server.verbs()).toEqual(['launched', 'initialized']);

    // Back online, the page reloaded: the same session goes on, and the outbox empties.
    await page.context().setOffline(false);
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => server.verbs().at(-1), { timeout: 60_000 }).toBe('terminated');
    const verdict = result.passed && result.score.total / 100 >= masteryScore ? 'passed' : 'failed';
    expect(server.verbs()).toEqual(['launched', 'initialized', ...result.findings.map(() => 'answered'), verdict, 'completed', 'terminated']);
    expect(server.violations).toEqual([]);
    const ids = server.statements.map((statement) => statement.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(server.received)).toEqual(new Set(ids.slice(1)));
    console.info(`cmi5 day: ${ids.length - 1} statements from the game (${result.findings.length} findings), ${server.received.length} sends received, ${server.received.length - (ids.length - 1)} sent again and ignored by id`);

    const findings = server.statements.filter((statement) => statement.verb.id.endsWith('/answered'));
    findings.forEach((statement, index) => {
      expect(statement.object.id).toContain(encodeURIComponent(result.findings[index]!.ruleId));
      expect(statement.result?.success).toBe(false);
      expect(Object.values(statement.context?.extensions ?? {})).toEqual(expect.arrayContaining([result.findings[index]!.competency, result.findings[index]!.severity]));
    });
    const judged = server.statements.find((statement) => statement.verb.id.endsWith(`/${verdict}`))!;
    expect(judged.result?.success).toBe(verdict === 'passed');
    expect(server.requests.filter((request) => request.path.startsWith('/fetch/'))).toHaveLength(1);
    expect(await outboxCount(page)).toBe(0);
    expect(game.foreignRequests.every((request) => request.startsWith(server.origin))).toBe(true);
    // The only console errors are the browser's own notes of requests that failed offline and of the absent learner preferences.
    expect(game.consoleErrors.filter((error) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(error))).toEqual([]);
  });

  it("reports a day played from an assignment link that names an LRS, with the instructor's key, to the assignment's activity", async () => {
    await game?.close();
    await lrs?.stop();
    lrs = await TestLrs.start();
    const server = lrs;
    const assignment = packageAssignment({ scenario, contentHash }, { seed: 4242 });
    // The cmi5 package's pages, whose policy allows the endpoint; opened as a plain assignment link.
    const files = unzipSync(await packageZip('cmi5', inject('gameDir'), { scenario, contentHash }, assignment, 'notice', [server.origin]));
    const auUrl = unescapeXml(/<url>([^<]+)<\/url>/.exec(strFromU8(files['cmi5.xml']!))![1]!);
    const origin = new URL(inject('gameUrl')).origin;
    const link = withLrs(`${origin}/lms/pkg/${auUrl}`, server.endpoint, STANDALONE_KEY, STANDALONE_SECRET);
    expect(new URL(link).search).not.toContain(STANDALONE_SECRET);
    game = await openPackage(link, files);
    const { page } = game;
    const mirror = await startExpertDay(page);
    await playExpertMirrored(page, mirror, 3);
    await endDay(page, mirror);
    const result = scoreDay(mirror.record());
    await expect.poll(() => server.verbs().at(-1), { timeout: 60_000 }).toBe('terminated');
    expect(server.verbs()).toEqual(['initialized', ...result.findings.map(() => 'answered'), result.passed ? 'passed' : 'failed', 'completed', 'terminated']);
    expect(server.violations).toEqual([]);
    const registrations = new Set(server.statements.map((statement) => statement.context?.registration));
    expect(registrations.size).toBe(1);
    expect(server.statements[0]!.object.id).toContain(`/assignments/${assignment.id}`);
    expect(server.statements.every((statement) => JSON.stringify(statement.actor).includes(origin))).toBe(true);
  });

  it('sends Terminated once, at once, when the trainee leaves mid-day, and a relaunch of the same session sends nothing after it', async () => {
    await game?.close();
    await lrs?.stop();
    lrs = await TestLrs.start();
    const server = lrs;
    const made = await cmi5Package(server);
    // Served from a folder by a real server, not the test's routes: a page that is going away
    // sends with `keepalive`, and a request the browser driver holds for a route of a page that
    // has gone is dropped, as no LMS's server would drop it.
    const folder = await mkdtemp(join(tmpdir(), 'clinic-day-cmi5-'));
    for (const [path, bytes] of Object.entries(made.files)) {
      await mkdir(dirname(join(folder, path)), { recursive: true });
      await writeFile(join(folder, path), bytes);
    }
    served = await serveBuild(folder);
    const launch = server.launch({ publisherId: made.publisherId, masteryScore: made.masteryScore });
    const auLaunch = `${served.url}${made.auUrl.split('/lms/pkg/')[1]}&${launch.query}`;
    game = await openGamePage(auLaunch);
    const { page } = game;
    await expect.poll(() => server.verbs(), { timeout: 30_000 }).toEqual(['launched', 'initialized']);
    const mirror = await startExpertDay(page);
    await playExpertMirrored(page, mirror, 2);

    // The trainee leaves the page mid-day (a link, the LMS's navigation, the tab closed): cmi5 9.3.8.
    await page.goto('about:blank');
    await expect.poll(() => server.verbs(), { timeout: 30_000 }).toEqual(['launched', 'initialized', 'terminated']);
    const terminated = server.statements.at(-1)!;
    expect(terminated.result?.duration).toMatch(/^PT/);
    expect(server.violations).toEqual([]);

    // Back in the same tab on the same launch: the game says the LMS records nothing more, and sends nothing.
    await page.goto(auLaunch);
    await page.getByText(/this launch of the game has ended for the LMS/).waitFor({ timeout: 60_000 });
    expect(server.verbs()).toEqual(['launched', 'initialized', 'terminated']);
    expect(server.requests.filter((request) => request.path.startsWith('/fetch/'))).toHaveLength(1);
  });

  it('offers "Back to the course" on the debrief when the LMS gives a returnURL, and takes the window there once Terminated is sent', async () => {
    await game?.close();
    await lrs?.stop();
    lrs = await TestLrs.start();
    const server = lrs;
    const made = await cmi5Package(server);
    const returnURL = `${server.origin}/course/clinic-day?from=au`;
    const launch = server.launch({ publisherId: made.publisherId, masteryScore: made.masteryScore, returnURL });
    game = await openPackage(`${made.auUrl}&${launch.query}`, made.files);
    const { page } = game;
    // The LMS's course page, where the window is taken.
    await page.context().route(returnURL, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Course</title><h1>Clinic Day course</h1>' }));
    await expect.poll(() => server.verbs(), { timeout: 30_000 }).toEqual(['launched', 'initialized']);
    const mirror = await startExpertDay(page);
    await playExpertMirrored(page, mirror, 3);
    await endDay(page, mirror);
    await page.getByRole('button', { name: 'Back to the course' }).click();
    await page.waitForURL(returnURL, { timeout: 60_000 });
    expect(server.verbs().at(-1)).toBe('terminated');
    expect(server.violations).toEqual([]);
  });
});
