/**
 * `npm run screenshots`: photographs the built game for the README, in the system Chromium
 * at 1280×720, into `docs/screenshots/`:
 *
 * - `floor.png`: the clinic floor of the default scenario at its busiest, with the HUD;
 * - `station.png`: the same moment with the first patient's station open;
 * - `debrief.png`: the debrief after the expert trainee's whole day.
 *
 * Each day is started from the title as a trainee would; the expert trainee plays it in Node
 * (same seed and settings) and its actions are replayed into the page through the test hook
 * of a test-mode build, so the pictures show a real day played well.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../test/e2e/support/browser';
import { buildGame, PROJECT_ROOT, serveBuild } from './built-game';
import { loadScenario, PAGE_TIMEOUT_MS, playDayForPeak, replayInPage, startPausedDay } from './busy-day';

const SCENARIO_FILE = 'scenarios/default-morning.yaml';
const OUT_DIR = join(PROJECT_ROOT, 'docs', 'screenshots');
const VIEWPORT = { width: 1280, height: 720 } as const;

/** Lets the paused floor catch up with the session: runs the clock until the next clinic minute, then pauses. */
async function refreshFloor(page: Page): Promise<void> {
  const minute = await page.evaluate(() => window.__clinic?.session()?.minute ?? 0);
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.waitForFunction((before) => (window.__clinic?.session()?.minute ?? 0) >= Math.floor(before) + 1, minute, { timeout: PAGE_TIMEOUT_MS });
  await page.getByRole('button', { name: 'Pause' }).click();
  // Let the patients walk to their places and the canvas present a few frames.
  await page.waitForTimeout(1500);
}

async function main(): Promise<void> {
  const scenario = await loadScenario(SCENARIO_FILE);
  console.log('Building the game in test mode…');
  const served = await serveBuild(await buildGame('test'));
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_FLAGS] });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'no-preference' });
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    await page.goto(served.url, { waitUntil: 'load' });
    const day = await startPausedDay(page, scenario.id);
    const played = playDayForPeak(scenario, day, 'expert');
    const beforePeak = played.log.filter((entry) => entry.minute < played.peakMinute);
    await replayInPage(page, beforePeak, played.peakMinute);
    await refreshFloor(page);
    await mkdir(OUT_DIR, { recursive: true });
    await page.screenshot({ path: join(OUT_DIR, 'floor.png') });

    const queueItem = page.locator('.hud-queue .queue-item').first();
    await queueItem.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').first().waitFor();
    await page.waitForTimeout(1000);
    await page.screenshot({ path: join(OUT_DIR, 'station.png') });
    await page.keyboard.press('Escape');

    await context.close();

    // A fresh day in a fresh browser profile (nothing saved) for the debrief: the expert plays all of it.
    const debriefContext = await browser.newContext({ viewport: VIEWPORT });
    const debriefPage = await debriefContext.newPage();
    debriefPage.setDefaultTimeout(PAGE_TIMEOUT_MS);
    await debriefPage.goto(served.url, { waitUntil: 'load' });
    const fullDay = await startPausedDay(debriefPage, scenario.id);
    const expertDay = playDayForPeak(scenario, fullDay, 'expert');
    // Every action but the last, whose minutes close the day: the page's clock, running at
    // 4×, then reaches closing time itself, and the floor hands over to the debrief.
    const lastAction = expertDay.log.at(-1);
    await replayInPage(debriefPage, expertDay.log.slice(0, -1), lastAction?.minute ?? 0);
    await debriefPage.getByRole('button', { name: 'Speed 4×' }).click();
    await debriefPage.getByRole('button', { name: 'Resume' }).click();
    // At 4× a clinic minute takes 2.5 real seconds: closing time may be several real minutes away.
    await debriefPage.waitForFunction(() => window.__clinic?.game.scene.isActive('debrief') === true, undefined, { timeout: 5 * PAGE_TIMEOUT_MS });
    await debriefPage.getByRole('region', { name: /^Debrief: / }).waitFor();
    await debriefPage.waitForTimeout(1000);
    await debriefPage.screenshot({ path: join(OUT_DIR, 'debrief.png') });
    await debriefContext.close();
    console.log(`Wrote floor.png, station.png and debrief.png to ${OUT_DIR}`);
  } finally {
    await browser.close();
    await served.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
