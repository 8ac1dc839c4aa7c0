/**
 * The top of the check-in as it opens (session 21's playtest at 1280×720, text size "Larger"):
 * the station opened with its body scrolled down to the focused "Greet the patient", and the
 * step list at its top (Greet, Identify, Register, Checked in) was cut in half under the
 * station's title. The steps now stay whole at the top of the body, and the focused control in
 * view under them, at both laptop screens and at text sizes 1 and 1.25, the desk opened afresh
 * at each as the trainee opens it (from Needs you).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TEXT_SCALE } from '../../scenes/settings';
import type { GamePage } from './support/browser';
import { openTitleAt, startPausedDay, untilCheckInWaits } from './support/new-day';
import { LAPTOP_SCREENS, WHOLE_DAY_TITLE } from './support/screens';

const SHOTS = '/tmp/check-in-top-fit-screens';

/** The steps and the focused control that do not show whole inside the station body's visible box, with where they are. */
function cutAtTheTop(page: Page): Promise<string[]> {
  return page.locator('[role="dialog"].station .station-body').evaluate((body) => {
    const box = body.getBoundingClientRect();
    // The steps' own strip may take the body's top edge (the body's padding); what matters is that nothing of them is cut.
    const seen = [...body.querySelectorAll<HTMLElement>('.kit-step-list > li'), document.activeElement as HTMLElement];
    return seen.flatMap((node) => {
      const r = node.getBoundingClientRect();
      return r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5 ? [] : [`“${(node.textContent ?? '').trim().slice(0, 30)}” at ${r.top.toFixed(1)}..${r.bottom.toFixed(1)}, the body shows ${box.top.toFixed(1)}..${box.bottom.toFixed(1)}`];
    });
  });
}

/** What lies over the focused control: the element drawn at its middle, when that is not the control or inside it. */
function focusCovered(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement;
    const r = focused.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return top === null || focused.contains(top) ? null : `${(top as HTMLElement).className} over “${focused.textContent}”`;
  });
}

describe('The check-in’s steps as the desk opens, at the laptop screens and both text sizes', () => {
  let game: GamePage;

  beforeAll(async () => {
    game = await openTitleAt(inject('gameUrl'), LAPTOP_SCREENS[0]);
  });

  afterAll(async () => {
    await game?.page.evaluate(() => (document.documentElement.style.fontSize = ''));
    await game?.close();
  });

  it('shows Greet, Identify, Register and Checked in whole under the station’s title, with “Greet the patient” focused and in view', async () => {
    const { page } = game;
    await startPausedDay(page, WHOLE_DAY_TITLE);
    await untilCheckInWaits(page);
    const line = page.locator('.hud-queue .queue-item', { hasText: 'Check in' }).first();
    const station = page.locator('[role="dialog"].station');
    const problems: Record<string, string[]> = {};
    mkdirSync(SHOTS, { recursive: true });
    for (const screen of LAPTOP_SCREENS) {
      await page.setViewportSize(screen);
      for (const scale of [1, TEXT_SCALE.larger]) {
        await page.evaluate((percent) => (document.documentElement.style.fontSize = percent), `${scale * 100}%`);
        await line.click();
        await station.waitFor();
        await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Greet the patient');
        expect(await station.locator('.kit-step-list > li').allInnerTexts()).toEqual(['Greet', 'Identify', 'Register', 'Checked in']);
        const at = `${screen.width}x${screen.height}-text-${scale}`;
        await page.screenshot({ path: `${SHOTS}/check-in-${at}.png` });
        const covered = await focusCovered(page);
        problems[at] = [...(await cutAtTheTop(page)), ...(covered === null ? [] : [covered])];
        await page.keyboard.press('Escape');
        await station.waitFor({ state: 'detached' });
      }
    }
    expect(problems).toEqual({ '1280x720-text-1': [], '1280x720-text-1.25': [], '1366x768-text-1': [], '1366x768-text-1.25': [] });
    expect(game.consoleErrors).toEqual([]);
  });
});
