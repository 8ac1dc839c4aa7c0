/**
 * Nothing lost: a day saved after every action resumes exactly after a reload and ends
 * with the result of the same day played without the interruption; where storage is
 * blocked the game still plays and says once that progress cannot be saved.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { SceneKeys } from '../../scenes/keys';
import { parseScenarioText } from '../../src/scenario/scenario-loader';
import { scoreDay } from '../../src/scoring/score';
import { gradeResultFile } from '../../src/session/grade';
import { parseResultFile } from '../../src/session/result-file';
import { replaySession, type ActionLogEntry, type SessionSettings } from '../../src/session/session';
import { openGamePage, type GamePage } from './support/browser';
import { playExpertMirrored } from './support/mirrored-expert';
import { openDebrief, waitForScene } from './support/screens';
import { startFromBriefing, startNewDay } from './support/new-day';

const SCENARIO_TEXT = readFileSync(join(import.meta.dirname, '../../scenarios/first-day.yaml'), 'utf8');
const loaded = parseScenarioText(SCENARIO_TEXT, 'first-day.yaml');
if (!loaded.ok) throw new Error('scenarios/first-day.yaml does not load');
const { scenario, contentHash } = loaded;
const TITLE = scenario.title;

interface BrowserDay {
  readonly seed: number;
  readonly settings: SessionSettings;
  readonly log: ActionLogEntry[];
  readonly minute: number;
  readonly over: boolean;
}

function browserDay(page: Page): Promise<BrowserDay | null> {
  return page.evaluate(() => {
    const session = window.__clinic?.session();
    if (!session) return null;
    return { seed: session.seed, settings: session.settings, log: JSON.parse(JSON.stringify(session.log)), minute: session.minute, over: session.isOver };
  });
}

async function mustGetDay(page: Page): Promise<BrowserDay> {
  const day = await browserDay(page);
  if (!day) throw new Error('no day is being played');
  return day;
}

/** Opens the title; `init` runs before the page's own scripts on every load, the first included. */
async function openTitle(url: string, init?: string): Promise<GamePage> {
  const game = await openGamePage(url, init === undefined ? {} : { beforeLoad: async (page) => void (await page.addInitScript(init)) });
  await waitForScene(game.page, SceneKeys.Title);
  return game;
}

async function startUntimedFirstDay(page: Page): Promise<void> {
  // The orientation day is untimed by its own setting: the briefing offers it so.
  await startNewDay(page, TITLE);
  await waitForScene(page, SceneKeys.ClinicFloor);
}

/** The first action of the first patient in the queue, through the station, as a trainee does it. */
async function firstActionThroughTheUi(page: Page): Promise<void> {
  await page.locator('.hud-queue .queue-item').first().click();
  const station = page.getByRole('dialog');
  await station.waitFor();
  await station.locator('.station-actions button').first().click();
  await page.locator('.toast-done').last().waitFor();
  await page.keyboard.press('Escape');
}

describe('Save and resume', () => {
  const games: GamePage[] = [];
  afterAll(async () => {
    for (const game of games) await game.close();
  });

  it('resumes a day after a reload exactly where it was, and finishes it with the uninterrupted result', async () => {
    const game = await openTitle(inject('gameUrl'));
    games.push(game);
    const { page } = game;
    await startUntimedFirstDay(page);
    await firstActionThroughTheUi(page);

    const started = await mustGetDay(page);
    expect(started.settings).toEqual({ mode: 'practice', timerEnabled: false });
    expect(started.log).toHaveLength(1);
    const mirror = replaySession(scenario, started.seed, started.settings, started.log);
    mirror.advanceTo(started.minute);
    await playExpertMirrored(page, mirror, 12);
    await page.evaluate(() => window.__clinic!.saved());
    const beforeReload = await mustGetDay(page);
    expect(beforeReload.log).toHaveLength(13);

    await page.reload({ waitUntil: 'load' });
    await waitForScene(page, SceneKeys.Title);
    const card = page.getByRole('region', { name: 'Your unfinished day' });
    await card.waitFor();
    expect(await card.innerText()).toContain(`${TITLE}: clinic time`);
    expect(await card.innerText()).toContain('13 actions done');
    // Focus waits on Continue, so Enter resumes.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Continue');
    await page.getByRole('button', { name: 'Continue' }).click();
    await waitForScene(page, SceneKeys.ClinicFloor);

    const resumed = await mustGetDay(page);
    expect(resumed.seed).toBe(beforeReload.seed);
    expect(resumed.log).toEqual(beforeReload.log);
    expect(resumed.minute).toBe(beforeReload.minute);
    expect(resumed.minute).toBe(mirror.minute);

    // A few more actions after the reload, then the trainee ends the day.
    await playExpertMirrored(page, mirror, 6);
    expect((await mustGetDay(page)).log).toHaveLength(19);
    mirror.finish();
    await page.getByRole('button', { name: 'End day' }).click();
    await page.getByRole('dialog', { name: 'End the day now?' }).getByRole('button', { name: 'End day' }).click();
    await openDebrief(page);
    await page.evaluate(() => window.__clinic!.saved());
    const ended = await mustGetDay(page);
    expect(ended.over).toBe(true);
    expect(ended.log).toEqual(JSON.parse(JSON.stringify(mirror.log)));

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download result (JSON)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^clinic-day-first-day-\d{4}-\d\d-\d\d-seed\d+\.json$/);
    const read = parseResultFile(await readFile((await download.path())!, 'utf8'));
    if (!read.ok) throw new Error(read.problems.join('\n'));
    const uninterrupted = scoreDay(mirror.record());
    expect(read.file.result).toEqual(JSON.parse(JSON.stringify(uninterrupted)));
    expect(read.file.scenarioHash).toBe(contentHash);
    expect(gradeResultFile(read.file, scenario, contentHash).verified).toBe(true);

    // The finished day is in the history, with its debrief, and no longer offered to continue.
    await page.reload({ waitUntil: 'load' });
    await waitForScene(page, SceneKeys.Title);
    expect(await page.getByRole('button', { name: 'Continue' }).count()).toBe(0);
    await page.getByRole('button', { name: 'History' }).click();
    const history = page.getByRole('region', { name: 'History' });
    await history.waitFor();
    const row = history.getByRole('row', { name: new RegExp(TITLE) });
    expect(await row.innerText()).toContain(String(uninterrupted.score.total));
    await row.getByRole('button', { name: /^Open debrief/ }).click();
    await openDebrief(page);
    await page.getByRole('region', { name: `Debrief: ${TITLE}` }).waitFor();
    await page.getByRole('button', { name: 'Back to history' }).click();
    await history.waitFor();

    expect(game.consoleErrors).toEqual([]);
    expect(game.foreignRequests).toEqual([]);
  });

  it('keeps a timed day over a reload with its every action and the part of the running minute already gone', async () => {
    const game = await openTitle(inject('gameUrl'));
    games.push(game);
    const { page } = game;
    await startNewDay(page, TITLE, { timer: 'timed' });
    await waitForScene(page, SceneKeys.ClinicFloor);
    // The test is about the part of a minute kept, not how long a minute lasts: the clock at 4× (2.5 s a clinic minute).
    await page.getByRole('button', { name: 'Speed 4×' }).click();
    await firstActionThroughTheUi(page);
    // Back on the floor the clock runs: past the next whole minute (saved then), then about half a minute more.
    const acted = await mustGetDay(page);
    await page.waitForFunction((minute) => (window.__clinic?.session()?.minute ?? 0) >= Math.floor(minute) + 1, acted.minute, { timeout: 60_000 });
    // About half a minute more on the running clock (about a second at 4× on a quiet machine; however long a busy one takes).
    await page.waitForFunction(() => (window.__clinic?.minuteFraction() ?? 0) >= 0.4, null, { timeout: 60_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    const beforeReload = await mustGetDay(page);
    expect(beforeReload.settings.timerEnabled).toBe(true);

    // No wait for the saves: leaving the page saves the day as it is.
    await page.reload({ waitUntil: 'load' });
    await waitForScene(page, SceneKeys.Title);
    const stored = await page.evaluate(
      () =>
        new Promise<{ minute: number; minuteFraction?: number; log: unknown[] }>((resolve, reject) => {
          const request = indexedDB.open('clinic-day');
          request.addEventListener('error', () => reject(request.error ?? new Error('the database did not open')));
          request.addEventListener('success', () => {
            const read = request.result.transaction('unfinished').objectStore('unfinished').get('current');
            read.addEventListener('success', () => resolve(read.result as { minute: number; minuteFraction?: number; log: unknown[] }));
          });
        }),
    );
    expect(stored.log).toHaveLength(beforeReload.log.length);
    expect(stored.minute).toBe(beforeReload.minute);
    // The save made once the minute was reached holds almost none of it; the one made on leaving, about half of it.
    expect(stored.minuteFraction).toBeGreaterThan(0.25);

    await page.getByRole('button', { name: 'Continue' }).click();
    await waitForScene(page, SceneKeys.ClinicFloor);
    const resumed = await mustGetDay(page);
    expect(resumed.log).toEqual(beforeReload.log);
    // The clock runs on from where it was (it may already have completed the minute).
    expect(resumed.minute).toBeGreaterThanOrEqual(beforeReload.minute);
    expect(resumed.minute).toBeLessThanOrEqual(beforeReload.minute + 1);
    expect(game.consoleErrors).toEqual([]);
  });

  it('offers the unfinished day first when a link opens another scenario, and goes on to the linked day’s briefing once it is discarded', async () => {
    // The page of the test before, its timed first day resumed and unfinished: a fresh page would only load the game and play an action again.
    const game = games.at(-1)!;
    const { page } = game;
    expect((await mustGetDay(page)).log.length).toBeGreaterThan(0);
    // Leaving the page saves the day as it is.
    await page.goto(new URL('?scenario=default-morning', inject('gameUrl')).href, { waitUntil: 'load' });
    await waitForScene(page, SceneKeys.Title);
    await page.getByText('You have an unfinished day: continue it, or discard it to go on to the assigned scenario.').waitFor();
    await page.getByRole('button', { name: 'Discard' }).click();
    await startFromBriefing(page);
    await waitForScene(page, SceneKeys.ClinicFloor);
    expect(await page.evaluate(() => window.__clinic?.session()?.scenario.id)).toBe('default-morning');
    expect(game.consoleErrors).toEqual([]);
    // The day runs on its clock: close it rather than leave it running beside the next test.
    games.splice(games.indexOf(game), 1);
    await game.close();
  });

  it('plays with storage blocked, and says once that progress cannot be saved', async () => {
    const blockStorage = `Object.defineProperty(IDBFactory.prototype, 'open', { value() { throw new DOMException('blocked by the test', 'SecurityError'); } });`;
    const game = await openTitle(inject('gameUrl'), blockStorage);
    games.push(game);
    const { page } = game;
    const notice = page.getByRole('alert').filter({ hasText: 'Progress cannot be saved' });
    await notice.waitFor();
    expect(await notice.count()).toBe(1);
    await startUntimedFirstDay(page);
    await firstActionThroughTheUi(page);
    const day = await mustGetDay(page);
    const mirror = replaySession(scenario, day.seed, day.settings, day.log);
    await playExpertMirrored(page, mirror, 4);
    expect((await mustGetDay(page)).log).toHaveLength(5);
    expect(await page.evaluate(() => window.__clinic!.storageProblem())).toMatch(/does not allow this page to store data/);
    expect(await notice.count()).toBe(1);

    await page.reload({ waitUntil: 'load' });
    await waitForScene(page, SceneKeys.Title);
    await notice.waitFor();
    expect(await page.getByRole('button', { name: 'Continue' }).count()).toBe(0);
    expect(game.consoleErrors).toEqual([]);
  });
});
