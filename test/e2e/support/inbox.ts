/**
 * Set-up shared by the inbox's browser tests (`inbox.test.ts`, `refills.test.ts`): the
 * afternoon at the desk opened paused, the clinic clock moved through the test hook and the
 * screen redrawn at once, a station's button pressed from the keyboard, and the inbox checks
 * the day recorded.
 */
import type { Locator, Page } from 'playwright-core';
import type { GamePage } from './browser';
import { openPausedDay } from './exam-room';
import { LAPTOP_SCREENS, WHOLE_DAY_TITLE } from './screens';

/** The scenario the inbox's browser tests play. */
export const AFTERNOON = 'An Afternoon at the Desk at Willow Creek: the Inbox';

/** Opens the afternoon at the desk, paused at 13:00. */
export function openAfternoon(url: string): Promise<GamePage> {
  return openPausedDay(url, AFTERNOON);
}

/**
 * Opens the bundled whole day paused, at the playtests' smallest screen and largest text
 * (1280×720, text size 1.25), its clock moved to `minute`.
 */
export async function openWholeDayLargeAt(url: string, minute: number): Promise<GamePage> {
  const game = await openPausedDay(url, WHOLE_DAY_TITLE);
  await game.page.setViewportSize(LAPTOP_SCREENS[0]);
  await game.page.evaluate(() => (document.documentElement.style.fontSize = '125%'));
  await clockTo(game.page, { minute });
  return game;
}

/** One check the day recorded. */
export interface CheckSeen {
  readonly ruleId: string;
  readonly patientId: string | null;
  readonly passed: boolean;
}

/** The inbox, refill and privacy checks the day recorded so far (for one patient, when named). */
export function inboxChecks(page: Page, patientId?: string): Promise<CheckSeen[]> {
  return page.evaluate(
    (id) =>
      (window.__clinic?.session()?.record().checks ?? [])
        .filter((check) => (id === null || check.patientId === id) && ['inbox.', 'privacy.', 'refill.'].some((prefix) => check.ruleId.startsWith(prefix)))
        .map((check) => ({ ruleId: check.ruleId, patientId: check.patientId, passed: check.passed })),
    patientId ?? null,
  );
}

/** The checks of one patient as sorted `ruleId:passed` strings. */
export async function verdicts(page: Page, patientId: string): Promise<string[]> {
  return (await inboxChecks(page, patientId)).map((check) => `${check.ruleId}:${check.passed}`).sort();
}

/** Runs the paused day's clinic clock to `minute` (or on by `by` minutes) through the test hook, and redraws the screen at once. */
export function clockTo(page: Page, at: { readonly minute: number } | { readonly by: number }): Promise<void> {
  return page.evaluate((to) => {
    const session = window.__clinic!.session()!;
    session.advanceTo('minute' in to ? to.minute : session.minute + to.by);
    window.__clinic!.refresh();
  }, at);
}

/** Presses the station's button with that key from the keyboard: focus it, then Enter. */
export async function press(station: Locator, key: string): Promise<void> {
  const button = station.locator(`button[data-key="${key}"]`);
  await button.waitFor();
  await button.focus();
  await station.page().keyboard.press('Enter');
}

/**
 * Leaves the inbox from the keyboard: Escape closes the open item's pane first (focus on its
 * line of the list), then the inbox; with no item open, one Escape closes it.
 */
export async function leaveInbox(page: Page): Promise<void> {
  const dialog = page.locator('[role="dialog"].station');
  for (let presses = 0; presses < 2 && (await dialog.count()) > 0; presses += 1) await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
}
