/**
 * Where the keyboard is after the moves that used to drop it on the page's body (issue 19's
 * playtest): starting the day, closing a station, rooming a patient. Each time focus must be
 * on something a keyboard user can go on from.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SceneKeys } from '../../scenes/keys';
import { openGamePage, type GamePage } from './support/browser';
import { expertUntilStage, loadScenario } from './support/exam-room';
import { startNewDay } from './support/new-day';
import { waitForScene } from './support/screens';

const TITLE = 'A Short Morning at Maple Street';
const MARCUS = { id: 'marcus-johnson', name: 'Marcus Johnson' };

/** What has focus, as a tester would say it: the element, its class and its name or words. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) return 'body';
    const name = active.getAttribute('aria-label') ?? (active.textContent ?? '').trim().slice(0, 40);
    return `${active.tagName.toLowerCase()}.${[...active.classList].join('.')} "${name}"`;
  });
}

describe('focus after the moves that used to lose it', () => {
  let game: GamePage;

  beforeAll(async () => {
    game = await openGamePage(inject('gameUrl'));
    await waitForScene(game.page, SceneKeys.Title);
    game.page.setDefaultTimeout(30_000);
  });

  afterAll(async () => {
    await game?.close();
  });

  it('is on the floor’s controls after "Start the day", not on the page', async () => {
    const { page } = game;
    await startNewDay(page, TITLE);
    await waitForScene(page, SceneKeys.ClinicFloor);
    // Nobody has come yet: the floor, named for a screen reader, where the floor's shortcuts work.
    await expect.poll(() => focused(page)).toMatch(/^(button\.queue-item|div\. "Clinic floor")/);
    await page.getByRole('button', { name: 'Pause' }).click();
  });

  it('goes back to the queue after a station is closed with its Close button', async () => {
    const { page } = game;
    await page.evaluate((id) => {
      const session = window.__clinic!.session()!;
      for (let i = 0; i < 40 && session.stageOf(id) !== 'check-in'; i += 1) session.waitForNextEvent();
      window.__clinic!.refresh();
    }, MARCUS.id);
    await page.locator('.hud-queue .queue-item', { hasText: MARCUS.name }).click();
    const station = page.locator('[role="dialog"].station');
    await station.waitFor();
    await station.getByRole('button', { name: 'Close the station (Escape)' }).click();
    await station.waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toMatch(/^button\.queue-item/);
  });

  it('lands on something to go on with after rooming a patient', async () => {
    const { page } = game;
    const scenario = await loadScenario('scenarios/default-morning.yaml');
    await expertUntilStage(page, scenario, MARCUS.id, 'waiting-for-room');
    await page.evaluate(() => window.__clinic!.refresh());
    await page.locator('.hud-queue .queue-item', { hasText: MARCUS.name }).click();
    const station = page.locator('[role="dialog"].station');
    await station.waitFor();
    await station.locator('.room-list').waitFor();
    await station.getByRole('button').filter({ hasText: /Marcus/ }).first().click();
    // The station closes as Marcus goes to his room: the keyboard is on the queue, his next step first in it.
    await expect.poll(() => focused(page)).toMatch(/^button\.queue-item/);
  });
});
