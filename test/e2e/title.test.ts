import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SceneKeys } from '../../scenes/keys';
import { openGamePage, type GamePage } from './support/browser';

const DEFAULT_SCENARIO_ID = 'default-morning';
const DEFAULT_SCENARIO_TITLE = 'A Short Morning at Maple Street';
const READY_TIMEOUT_MS = 120_000;

/** Waits until the title scene runs: the page has loaded its assets and opened the picker. */
async function waitForTitleScene(page: Page): Promise<void> {
  await page.waitForFunction((key) => window.__clinic?.game.scene.isActive(key) === true, SceneKeys.Title, {
    timeout: READY_TIMEOUT_MS,
  });
}

/** The number of distinct RGB colours in a PNG, and the share of pixels unlike its corner pixel. */
function describePng(png: Buffer): { distinctColours: number; shareUnlikeCorner: number } {
  const image = PNG.sync.read(png);
  const colours = new Set<number>();
  const { data } = image;
  const corner = ((data[0] ?? 0) << 16) | ((data[1] ?? 0) << 8) | (data[2] ?? 0);
  let unlikeCorner = 0;
  for (let offset = 0; offset < data.length; offset += 4) {
    const colour = ((data[offset] ?? 0) << 16) | ((data[offset + 1] ?? 0) << 8) | (data[offset + 2] ?? 0);
    colours.add(colour);
    if (colour !== corner) unlikeCorner += 1;
  }
  return { distinctColours: colours.size, shareUnlikeCorner: unlikeCorner / (image.width * image.height) };
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

  it('moves between scenarios with Up and Down and starts a day with Enter', async () => {
    const { page } = game;
    const radios = page.getByRole('radio');
    const count = await radios.count();
    expect(count).toBeGreaterThan(0);
    const status = page.getByRole('status');
    expect(await status.innerText()).toBe('');

    const focusedValue = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value);
    const firstValue = await radios.nth(0).getAttribute('value');
    const secondValue = await radios.nth(1 % count).getAttribute('value');
    expect(await radios.nth(0).isChecked()).toBe(true);
    expect(await focusedValue()).toBe(firstValue);

    await page.keyboard.press('ArrowDown');
    expect(await focusedValue()).toBe(secondValue);
    expect(await radios.nth(1 % count).isChecked()).toBe(true);

    await page.keyboard.press('ArrowUp');
    expect(await focusedValue()).toBe(firstValue);
    expect(await radios.nth(0).isChecked()).toBe(true);

    await page.keyboard.press('Enter');
    await expect.poll(() => status.innerText()).toContain(`Chosen scenario: ${firstValue}.`);
  });

  it('starts a day with the mouse: a click on the scenario, then on New day', async () => {
    const { page } = game;
    await page.reload({ waitUntil: 'load' });
    await waitForTitleScene(page);
    const status = page.getByRole('status');
    expect(await status.innerText()).toBe('');

    await page.getByText(DEFAULT_SCENARIO_TITLE, { exact: true }).click();
    expect(await page.getByRole('radio', { name: DEFAULT_SCENARIO_TITLE, exact: true }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'New day' }).click();
    await expect.poll(() => status.innerText()).toContain(`Chosen scenario: ${DEFAULT_SCENARIO_ID}.`);
  });

  it('draws the title art on the canvas', async () => {
    const { page } = game;
    const box = await page.locator('#game canvas').boundingBox();
    expect(box).not.toBeNull();
    if (!box) return;
    expect(box.width / box.height).toBeCloseTo(16 / 9, 1);
    // Let the game loop present at least two frames after the scene's create().
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
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
