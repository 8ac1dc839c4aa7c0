import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SceneKeys } from '../../scenes/keys';
import { openGamePage, type GamePage } from './support/browser';
import { describePng, nextFrames, waitForScene } from './support/screens';

const DEFAULT_SCENARIO_ID = 'default-morning';
const DEFAULT_SCENARIO_TITLE = 'A Short Morning at Maple Street';

/** Waits until the title scene runs: the page has loaded its assets and opened the picker. */
async function waitForTitleScene(page: Page): Promise<void> {
  await waitForScene(page, SceneKeys.Title);
}

/** The id of the scenario the running day plays, read through the test hook. */
function playedScenarioId(page: Page): Promise<string | null> {
  return page.evaluate(() => window.__clinic?.session()?.scenario.id ?? null);
}

describe('The title screen', () => {
  let game: GamePage;

  beforeAll(async () => {
    game = await openGamePage(inject('gameUrl'));
    await waitForTitleScene(game.page);
  });

  afterAll(async () => {
    await game?.close();
  });

  it('lists the bundled default scenario with its patient count', async () => {
    const option = game.page.getByRole('radio', { name: DEFAULT_SCENARIO_TITLE, exact: true });
    expect(await option.isVisible()).toBe(true);
    expect(await option.getAttribute('value')).toBe(DEFAULT_SCENARIO_ID);
    const label = game.page.locator('label.scenario-option', { has: option });
    expect(await label.innerText()).toMatch(/\b\d+ patients?\b/);
  });

  it('selects the default scenario on a first visit, so New day starts it', async () => {
    const { page } = game;
    expect(await page.getByRole('radio', { name: DEFAULT_SCENARIO_TITLE, exact: true }).isChecked()).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe(DEFAULT_SCENARIO_ID);
  });

  it('moves between scenarios with Up and Down and starts a day with Enter', async () => {
    const { page } = game;
    const radios = page.getByRole('radio');
    const values = await radios.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(values.length).toBeGreaterThan(1);
    const focusedValue = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value);
    const start = values.indexOf(DEFAULT_SCENARIO_ID);
    const next = (start + 1) % values.length;

    await page.keyboard.press('ArrowDown');
    expect(await focusedValue()).toBe(values[next]);
    expect(await radios.nth(next).isChecked()).toBe(true);

    await page.keyboard.press('ArrowUp');
    expect(await focusedValue()).toBe(DEFAULT_SCENARIO_ID);
    expect(await radios.nth(start).isChecked()).toBe(true);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitForScene(page, SceneKeys.ClinicFloor);
    expect(await playedScenarioId(page)).toBe(values[next]);
  });

  it('starts a day with the mouse: a click on the scenario, then on New day', async () => {
    const { page } = game;
    await page.reload({ waitUntil: 'load' });
    await waitForTitleScene(page);

    await page.getByText(DEFAULT_SCENARIO_TITLE, { exact: true }).click();
    expect(await page.getByRole('radio', { name: DEFAULT_SCENARIO_TITLE, exact: true }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'New day' }).click();
    await waitForScene(page, SceneKeys.ClinicFloor);
    expect(await playedScenarioId(page)).toBe(DEFAULT_SCENARIO_ID);
  });

  it('offers the settings, and locks nothing the default scenario allows', async () => {
    const { page } = game;
    await page.reload({ waitUntil: 'load' });
    await waitForTitleScene(page);
    await page.getByText(DEFAULT_SCENARIO_TITLE, { exact: true }).click();
    await page.locator('summary.settings-summary').click();
    for (const name of ['1×', '2×', '4×', 'Practice', 'Assessment']) {
      expect(await page.getByRole('radio', { name, exact: true }).isEnabled()).toBe(true);
    }
    for (const name of ['Sound', 'Reduced motion']) expect(await page.getByRole('checkbox', { name }).isVisible()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Text size' }).isVisible()).toBe(true);
    await page.getByRole('radio', { name: 'Assessment', exact: true }).check();
    expect(await page.getByRole('checkbox', { name: /Untimed practice/ }).isDisabled()).toBe(true);
    expect(await page.locator('summary.settings-summary').innerText()).toContain('assessment');
    await page.getByRole('radio', { name: 'Practice', exact: true }).check();
    expect(await page.getByRole('checkbox', { name: /Untimed practice/ }).isEnabled()).toBe(true);
  });

  it('draws the title art on the canvas', async () => {
    const { page } = game;
    const box = await page.locator('#game canvas').boundingBox();
    expect(box).not.toBeNull();
    if (!box) return;
    expect(box.width / box.height).toBeCloseTo(16 / 9, 1);
    // Let the game loop present at least two frames after the scene's create().
    await nextFrames(page);
    // The left half of the canvas: the logo, the name and the clinic, outside the HTML panel.
    const png = await page.screenshot({ clip: { x: box.x, y: box.y, width: box.width / 2, height: box.height } });
    const { distinctColours, shareUnlikeCorner } = describePng(png);
    expect(distinctColours).toBeGreaterThan(32);
    expect(shareUnlikeCorner).toBeGreaterThan(0.1);
  });

  it('logs no console errors', () => {
    expect(game.consoleErrors).toEqual([]);
  });

  it('requests nothing outside its own origin', () => {
    expect(game.foreignRequests).toEqual([]);
  });
});
