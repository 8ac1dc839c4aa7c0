import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SceneKeys } from '../../scenes/keys';
import { openGamePage, type GamePage } from './support/browser';
import { openDebrief, waitForScene } from './support/screens';
import { startNewDay } from './support/new-day';
import { seriousViolations } from './support/axe';

const DEFAULT_SCENARIO_TITLE = 'A Short Morning at Maple Street';

describe('The game’s accessibility (axe-core)', () => {
  let game: GamePage;

  beforeAll(async () => {
    game = await openGamePage(inject('gameUrl'));
    await waitForScene(game.page, SceneKeys.Title);
  });

  afterAll(async () => {
    await game?.close();
  });

  it('finds no serious or critical violation on the title screen', async () => {
    expect(await seriousViolations(game.page)).toEqual([]);
  });

  it('finds none on the clinic floor with the HUD and a station panel open', async () => {
    const { page } = game;
    await startNewDay(page, DEFAULT_SCENARIO_TITLE);
    await waitForScene(page, SceneKeys.ClinicFloor);
    await page.getByRole('button', { name: 'Pause' }).click();
    const firstInQueue = page.locator('.hud-queue .queue-item').first();
    await firstInQueue.waitFor();
    await firstInQueue.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').first().waitFor();
    expect(await page.getByRole('heading', { name: 'Needs you' }).isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('finds none on the debrief', async () => {
    const { page } = game;
    await page.getByRole('button', { name: 'End day' }).click();
    await page.getByRole('dialog', { name: 'End the day now?' }).getByRole('button', { name: 'End day' }).click();
    await openDebrief(page);
    await page.getByRole('region', { name: `Debrief: ${DEFAULT_SCENARIO_TITLE}` }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('finds none on the history page, with the day just finished in it', async () => {
    const { page } = game;
    await page.evaluate(() => window.__clinic!.saved());
    await page.getByRole('button', { name: 'Choose another' }).click();
    await waitForScene(page, SceneKeys.Title);
    await page.getByRole('button', { name: 'History' }).click();
    const history = page.getByRole('region', { name: 'History' });
    await history.waitFor();
    const row = history.getByRole('row', { name: new RegExp(DEFAULT_SCENARIO_TITLE) }).first();
    await row.waitFor();
    // Each button's accessible name starts with the words it shows (WCAG 2.5.3).
    expect(await row.getByRole('button', { name: /^Open debrief: / }).count()).toBe(1);
    expect(await row.getByRole('button', { name: /^Download result: / }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
