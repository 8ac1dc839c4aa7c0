/**
 * Starting a new day as a trainee does: choose the scenario on the title, press "New day",
 * read the briefing (set the mode and the timer there when the test needs other than the
 * scenario's own), and press "Start the day". Every browser test that starts a day goes
 * through here, so a change to the way in changes one file.
 */
import type { Page } from 'playwright-core';
import { SceneKeys } from '../../../scenes/keys';
import { openGamePage, type GamePage } from './browser';
import { openDebrief, waitForScene } from './screens';

/** Opens the game at `viewport` and waits for its title, with a 30 s wait for each step after: the set-up of the screen-fit tests. */
export async function openTitleAt(gameUrl: string, viewport: { readonly width: number; readonly height: number }): Promise<GamePage> {
  const game = await openGamePage(gameUrl, { viewport });
  await waitForScene(game.page, SceneKeys.Title);
  game.page.setDefaultTimeout(30_000);
  return game;
}

/** Lets the day in play run on (test hook) until a patient waits to be checked in, and draws it. */
export async function untilCheckInWaits(page: Page): Promise<void> {
  await page.evaluate(() => {
    const session = window.__clinic!.session()!;
    for (let i = 0; i < 40 && !session.available().some((task) => task.stage === 'check-in'); i += 1) session.waitForNextEvent();
    window.__clinic!.refresh();
  });
}

/** The mode and timer a test wants for the day; each left out keeps the scenario's own. */
export interface DayOptions {
  readonly mode?: 'practice' | 'assessment';
  readonly timer?: 'timed' | 'untimed';
}

/** Chooses the scenario titled `title`, presses "New day" and starts the day from its briefing. */
export async function startNewDay(page: Page, title: string, options: DayOptions = {}): Promise<void> {
  await page.getByText(title, { exact: true }).click();
  await page.getByRole('button', { name: 'New day' }).click();
  await startFromBriefing(page, options);
}

/** On an open briefing (after "New day", an assignment link or a retry): sets `options` and presses "Start the day". */
export async function startFromBriefing(page: Page, options: DayOptions = {}): Promise<void> {
  const briefing = page.getByRole('form', { name: /./ }).filter({ has: page.getByRole('button', { name: 'Start the day' }) });
  await briefing.waitFor();
  if (options.mode) await briefing.getByRole('radio', { name: options.mode === 'assessment' ? 'Assessment' : 'Practice', exact: true }).check();
  if (options.timer) await briefing.getByRole('checkbox', { name: /^Untimed/ }).setChecked(options.timer === 'untimed');
  await briefing.getByRole('button', { name: 'Start the day' }).click();
}

/** Starts a new day of the scenario titled `title` from the title screen, waits for the floor and pauses the clock: the set-up of most station tests. */
export async function startPausedDay(page: Page, title: string, options: DayOptions = {}): Promise<void> {
  await startNewDay(page, title, options);
  await waitForScene(page, SceneKeys.ClinicFloor);
  await page.getByRole('button', { name: 'Pause' }).click();
}

/**
 * Ends the day in play from the HUD (End day, then End day again in the dialog that asks),
 * waits for its debrief and goes back to the title with "Choose another": how a test that
 * needs another day moves on in the page it has, rather than loading the game again.
 */
export async function endDayToTitle(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'End day' }).click();
  await page.getByRole('dialog', { name: 'End the day now?' }).getByRole('button', { name: 'End day' }).click();
  await openDebrief(page);
  await page.getByRole('button', { name: 'Choose another' }).click();
  await waitForScene(page, SceneKeys.Title);
  await page.getByRole('button', { name: 'New day' }).waitFor();
}

/**
 * Moves the page on to a new, paused day of the scenario titled `title`: closes any station
 * still open (Escape, as a trainee does), ends the day in play and starts the next from the
 * title. For tests whose days need no fresh browser.
 */
export async function nextPausedDay(page: Page, title: string, options: DayOptions = {}): Promise<void> {
  const station = page.locator('[role="dialog"].station');
  if ((await station.count()) > 0) {
    await station.press('Escape');
    await station.waitFor({ state: 'detached' });
  }
  await endDayToTitle(page);
  await startPausedDay(page, title, options);
}
