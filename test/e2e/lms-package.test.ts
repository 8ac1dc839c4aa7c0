/**
 * The game inside an LMS, for real: a SCORM package made by `npm run package`'s code from
 * the test build, unzipped and served as an LMS serves it, its launch file (from the
 * manifest) in an iframe of a host page where scorm-again, a maintained LMS-side SCORM
 * runtime, provides `API_1484_11` or `API` and records every call. The host keeps what was
 * committed across a reload of the LMS page, as an LMS keeps it on its server.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Frame, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { packageAssignment, packageZip, type PackageFormat } from '../../scripts/package-lms';
import { SceneKeys, type SceneKey } from '../../scenes/keys';
import { decodeSuspendData, suspendScenario } from '../../src/lms/suspend-data';
import { parseScenarioText } from '../../src/scenario/scenario-loader';
import { scoreDay } from '../../src/scoring/score';
import { replaySession, type ActionLogEntry } from '../../src/session/session';
import { openGamePage, type GamePage } from './support/browser';
import { openDebrief } from './support/screens';
import { playExpertMirrored } from './support/mirrored-expert';

const ROOT = join(import.meta.dirname, '../..');
const loaded = parseScenarioText(readFileSync(join(ROOT, 'scenarios/first-day.yaml'), 'utf8'), 'first-day.yaml');
if (!loaded.ok) throw new Error('scenarios/first-day.yaml does not load');
const { scenario, contentHash } = loaded;

interface LmsCall {
  readonly name: string;
  readonly args: readonly string[];
  readonly result: string;
  readonly error: string;
}

/** The LMS page: scorm-again's runtime for `format`, its record kept in localStorage across reloads, and the package's launch file in a frame. */
function hostPage(format: PackageFormat, launch: string, refuseWrites: boolean): string {
  const version = format === 'scorm12' ? '12' : '2004';
  const library = readFileSync(join(ROOT, `node_modules/scorm-again/dist/scorm${version}.min.js`), 'utf8').replaceAll('</script', '<\\/script');
  return `<!doctype html><html><head><meta charset="utf-8"><title>LMS</title><script>${library}</script><script>
const v2004 = ${format === 'scorm2004'};
const key = 'lms-record-${format}';
const kept = JSON.parse(localStorage.getItem(key) || '{}');
const api = v2004 ? new Scorm2004API({ logLevel: 5, autocommit: false }) : new Scorm12API({ logLevel: 5, autocommit: false });
const restore = {};
for (const [element, value] of Object.entries(kept)) if (/suspend_data|completion_status|lesson_status/.test(element)) restore[element] = value;
if (Object.keys(restore).length > 0) api.loadFromFlattenedJSON(restore, '');
window.lmsCalls = [];
window.lmsRecord = { ...kept };
let pending = {};
const names = v2004 ? ['Initialize', 'GetValue', 'SetValue', 'Commit', 'Terminate'] : ['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish'];
// A failing LMS, when asked: every write refused with "general set failure" (351 in 2004, 101 in 1.2).
const refuseWrites = ${refuseWrites};
let refused = false;
const lastError = v2004 ? 'GetLastError' : 'LMSGetLastError';
const realLastError = api[lastError].bind(api);
api[lastError] = () => (refused ? (v2004 ? '351' : '101') : realLastError());
for (const name of names) {
  const original = api[name].bind(api);
  api[name] = (...args) => {
    refused = refuseWrites && name.endsWith('SetValue');
    const result = refused ? 'false' : original(...args);
    const error = String(api[lastError]());
    window.lmsCalls.push({ name, args, result: String(result), error });
    if (name.endsWith('SetValue') && error === '0') pending[args[0]] = args[1];
    if (name.endsWith('Commit')) {
      Object.assign(window.lmsRecord, pending);
      pending = {};
      localStorage.setItem(key, JSON.stringify(window.lmsRecord));
    }
    return result;
  };
}
window[v2004 ? 'API_1484_11' : 'API'] = api;
</script></head><body style="margin:0"><iframe src="pkg/${launch}" style="width:1280px;height:720px;border:0"></iframe></body></html>`;
}

/** Makes the package, and opens the LMS page that launches it. */
async function openInLms(format: PackageFormat, { refuseWrites = false } = {}): Promise<{ readonly game: GamePage; readonly launch: string }> {
  const assignment = packageAssignment({ scenario, contentHash }, { seed: 20_261_206 });
  const files = unzipSync(await packageZip(format, inject('gameDir'), { scenario, contentHash }, assignment, 'notice'));
  const manifest = strFromU8(files['imsmanifest.xml']!);
  const launch = /<resource [^>]*href="([^"]+)"/.exec(manifest)![1]!.replaceAll('&amp;', '&');
  const origin = new URL(inject('gameUrl')).origin;
  const host = hostPage(format, launch, refuseWrites);
  const game = await openGamePage(`${origin}/lms/host.html`, {
    beforeLoad: async (page) => {
      await page.context().route(`${origin}/lms/**`, async (route) => {
        const path = decodeURIComponent(new URL(route.request().url()).pathname.replace(/^\/lms\//, ''));
        if (path === 'host.html') return route.fulfill({ contentType: 'text/html', body: host });
        const file = files[path.replace(/^pkg\//, '')];
        if (!path.startsWith('pkg/') || !file) return route.fulfill({ status: 404, body: 'not in the package' });
        const type = path.endsWith('.html') ? 'text/html' : path.endsWith('.js') ? 'text/javascript' : path.endsWith('.css') ? 'text/css' : path.endsWith('.svg') ? 'image/svg+xml' : 'application/octet-stream';
        return route.fulfill({ contentType: type, body: Buffer.from(file) });
      });
    },
  });
  return { game, launch };
}

function gameFrame(page: Page): Frame {
  const frame = page.frames().find((candidate) => candidate.url().includes('/lms/pkg/'));
  if (!frame) throw new Error('the package did not load in the LMS frame');
  return frame;
}

async function waitForScene(frame: Frame, key: SceneKey): Promise<void> {
  await frame.waitForFunction((sceneKey) => window.__clinic?.game.scene.isActive(sceneKey) === true, key, { timeout: 60_000 });
}

async function browserDay(frame: Frame): Promise<{ seed: number; log: ActionLogEntry[]; minute: number; settings: { mode: string; timerEnabled: boolean } }> {
  const day = await frame.evaluate(() => {
    const session = window.__clinic?.session();
    return session ? { seed: session.seed, settings: session.settings, log: JSON.parse(JSON.stringify(session.log)) as ActionLogEntry[], minute: session.minute } : null;
  });
  if (!day) throw new Error('no day is being played');
  return day;
}

/** Reloads the LMS page, continues the day in the package's frame, and checks it resumed exactly where `beforeReload` was: its new frame. */
async function reloadAndResume(page: Page, beforeReload: { log: ActionLogEntry[]; minute: number }): Promise<Frame> {
  await page.reload({ waitUntil: 'load' });
  const frame = gameFrame(page);
  await frame.getByRole('button', { name: 'Continue' }).click();
  await waitForScene(frame, SceneKeys.ClinicFloor);
  const resumed = await browserDay(frame);
  expect(resumed.log).toEqual(beforeReload.log);
  expect(resumed.minute).toBe(beforeReload.minute);
  return frame;
}

function lmsRecord(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => (window as unknown as { lmsRecord: Record<string, string> }).lmsRecord);
}

function lmsCalls(page: Page): Promise<LmsCall[]> {
  return page.evaluate(() => (window as unknown as { lmsCalls: LmsCall[] }).lmsCalls);
}

const keptAgainst = suspendScenario(scenario, contentHash);
const finder = (id: string) => (id === scenario.id ? keptAgainst : null);

describe('the game in an LMS', () => {
  const games: GamePage[] = [];
  afterAll(async () => {
    for (const game of games) await game.close();
  });

  it('plays a SCORM 2004 package: keeps the day in suspend_data, resumes it exactly after the LMS page reloads, and reports the finished day with an interaction per finding', async () => {
    const { game, launch } = await openInLms('scorm2004');
    games.push(game);
    const { page } = game;
    expect(launch).toMatch(/^index\.html\?scenario=first-day&assignment=/);
    let frame = gameFrame(page);
    await frame.getByRole('button', { name: 'Start the day' }).click();
    await waitForScene(frame, SceneKeys.ClinicFloor);
    const started = await browserDay(frame);
    expect(started.seed).toBe(20_261_206);
    const mirror = replaySession(scenario, started.seed, started.settings as never, started.log);
    mirror.advanceTo(started.minute);
    await playExpertMirrored(frame, mirror, 10);
    await frame.evaluate(() => window.__clinic!.saved());
    const beforeReload = await browserDay(frame);

    const suspended = await lmsRecord(page);
    expect(suspended['cmi.completion_status']).toBe('incomplete');
    expect(suspended['cmi.exit']).toBe('suspend');
    expect(suspended['cmi.session_time']).toMatch(/^PT(\d+H)?(\d+M)?[\d.]+S$/);
    const kept = decodeSuspendData(suspended['cmi.suspend_data']!, finder);
    expect(kept.ok && kept.record.log).toEqual(beforeReload.log);
    console.info(`suspend data after ${beforeReload.log.length} actions: ${suspended['cmi.suspend_data']!.length} characters`);

    frame = await reloadAndResume(page, beforeReload);

    await playExpertMirrored(frame, mirror, 4);
    mirror.finish();
    await frame.getByRole('button', { name: 'End day' }).click();
    await frame.getByRole('dialog', { name: 'End the day now?' }).getByRole('button', { name: 'End day' }).click();
    await openDebrief(frame);
    await frame.evaluate(() => window.__clinic!.saved());
    const result = scoreDay(mirror.record());

    const finished = await lmsRecord(page);
    expect(finished['cmi.completion_status']).toBe('completed');
    expect(finished['cmi.success_status']).toBe(result.passed ? 'passed' : 'failed');
    expect(Number(finished['cmi.score.raw'])).toBe(result.score.total);
    expect(Number(finished['cmi.score.scaled'])).toBeCloseTo(result.score.total / 100, 4);
    expect(finished['cmi.suspend_data']).toBe('');
    expect(finished['cmi.exit']).toBe('normal');
    expect(result.findings.length).toBeGreaterThan(0);
    result.findings.forEach((finding, index) => {
      expect(finished[`cmi.interactions.${index}.id`]).toContain(finding.ruleId);
      expect(finished[`cmi.interactions.${index}.objectives.0.id`]).toContain(finding.competency);
      expect(finished[`cmi.interactions.${index}.description`]).toMatch(new RegExp(`^${finding.severity} `));
      expect(finished[`cmi.interactions.${index}.result`]).toBe('incorrect');
    });
    const calls = await lmsCalls(page);
    expect(calls.filter((call) => call.error !== '0')).toEqual([]);
    expect(game.consoleErrors).toEqual([]);
    expect(game.foreignRequests).toEqual([]);
  });

  it('plays a SCORM 1.2 package: an incomplete day kept in suspend_data within 4,096 characters, resumed exactly after the LMS page reloads, then the verdict and score of the finished day', async () => {
    const { game } = await openInLms('scorm12');
    games.push(game);
    const { page } = game;
    let frame = gameFrame(page);
    await frame.getByRole('button', { name: 'Start the day' }).click();
    await waitForScene(frame, SceneKeys.ClinicFloor);
    const started = await browserDay(frame);
    const mirror = replaySession(scenario, started.seed, started.settings as never, started.log);
    mirror.advanceTo(started.minute);
    await playExpertMirrored(frame, mirror, 6);
    await frame.evaluate(() => window.__clinic!.saved());
    const suspended = await lmsRecord(page);
    expect(suspended['cmi.core.lesson_status']).toBe('incomplete');
    expect(suspended['cmi.core.exit']).toBe('suspend');
    expect(suspended['cmi.core.session_time']).toMatch(/^\d{2,4}:\d\d:\d\d\.\d\d$/);
    expect(suspended['cmi.suspend_data']!.length).toBeLessThanOrEqual(4096);
    const beforeReload = await browserDay(frame);
    const kept = decodeSuspendData(suspended['cmi.suspend_data']!, finder);
    expect(kept.ok && kept.record.log).toEqual(beforeReload.log);

    frame = await reloadAndResume(page, beforeReload);

    await playExpertMirrored(frame, mirror, 2);
    mirror.finish();
    await frame.getByRole('button', { name: 'End day' }).click();
    await frame.getByRole('dialog', { name: 'End the day now?' }).getByRole('button', { name: 'End day' }).click();
    await openDebrief(frame);
    await frame.evaluate(() => window.__clinic!.saved());
    const result = scoreDay(mirror.record());
    const finished = await lmsRecord(page);
    expect(finished['cmi.core.lesson_status']).toBe(result.passed ? 'passed' : 'failed');
    expect(Number(finished['cmi.core.score.raw'])).toBe(result.score.total);
    expect(finished['cmi.suspend_data']).toBe('');
    expect((await lmsCalls(page)).filter((call) => call.error !== '0')).toEqual([]);
    expect(game.consoleErrors).toEqual([]);
  });

  it('says in its notice area when the LMS refuses what it sends, and plays on', async () => {
    const { game } = await openInLms('scorm2004', { refuseWrites: true });
    games.push(game);
    const { page } = game;
    const frame = gameFrame(page);
    await frame.getByRole('button', { name: 'Start the day' }).click();
    await waitForScene(frame, SceneKeys.ClinicFloor);
    const started = await browserDay(frame);
    const mirror = replaySession(scenario, started.seed, started.settings as never, started.log);
    mirror.advanceTo(started.minute);
    await playExpertMirrored(frame, mirror, 3);
    await frame.evaluate(() => window.__clinic!.saved());
    const notice = frame.getByRole('alert').filter({ hasText: 'The LMS did not take what the game sent' });
    await notice.waitFor();
    expect(await notice.innerText()).toContain('returned error 351');
    // Said once, and the day goes on.
    await playExpertMirrored(frame, mirror, 3);
    expect((await browserDay(frame)).log).toHaveLength(6);
    expect(await frame.getByRole('alert').filter({ hasText: 'The LMS did not take' }).count()).toBe(1);
    expect((await lmsRecord(page))['cmi.suspend_data']).toBeUndefined();
    expect(game.consoleErrors).toEqual([]);
  });
});
