/**
 * The floor behind an open station is not drawn again for presses in the station (issue 21,
 * input latency): a press there goes to the day, and the floor draws what the day changed
 * after the frame that shows the press. Measured throttled 4× (`npm run bench:browser --
 * --profile-input`), the floor's canvas drawn again, unchanged, for every key and pointer
 * press in a station was most of the time from a press to its painted frame. Elsewhere on the
 * page a press still wakes the floor's loop, and what a press in the station changes on the
 * floor is still drawn. Writing it found the floor's loop never slept at all: the debrief's
 * scene, added with the day's code and not started, waits at Phaser's INIT all day, and the
 * loop took it for a scene being started (`StillLoop`'s motion).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GamePage } from './support/browser';
import { openTitleAt, startPausedDay, untilCheckInWaits } from './support/new-day';
import { LAPTOP_SCREENS, WHOLE_DAY_TITLE } from './support/screens';

declare global {
  interface Window {
    floorFrames?: number;
  }
}

/** Waits for the floor's loop to sleep, then counts the frames it draws from now (a light step draws none). */
async function countFramesFromSleep(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__clinic?.game.loop.running === false);
  await page.evaluate(() => {
    window.floorFrames = 0;
  });
}

const framesDrawn = (page: Page): Promise<number> => page.evaluate(() => window.floorFrames ?? 0);

describe('The floor behind an open station', () => {
  let game: GamePage;

  beforeAll(async () => {
    game = await openTitleAt(inject('gameUrl'), LAPTOP_SCREENS[0]);
  });

  afterAll(async () => {
    await game?.close();
  });

  it('is not drawn again for keys and the pointer in the station; a change the station makes to the floor is drawn, and a press outside the station wakes it', async () => {
    const { page } = game;
    await startPausedDay(page, WHOLE_DAY_TITLE);
    await untilCheckInWaits(page);
    await page.evaluate(() => {
      window.__clinic!.game.events.on('postrender', (renderer: unknown) => {
        if (renderer) window.floorFrames = (window.floorFrames ?? 0) + 1;
      });
    });
    await page.locator('.hud-queue .queue-item', { hasText: 'Check in' }).first().click();
    const station = page.locator('[role="dialog"].station');
    await station.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Greet the patient');

    // Keys and the pointer in the station, none of them an action: the floor stays asleep.
    await countFramesFromSleep(page);
    const box = (await station.boundingBox())!;
    for (let i = 0; i < 6; i += 1) {
      await page.keyboard.press('Shift');
      await page.mouse.move(box.x + box.width / 2 + i * 5, box.y + box.height / 2);
    }
    // A click on the station's title: a pointer press that is no action.
    await station.locator('.panel-heading').click();
    await page.waitForTimeout(400);
    // Asleep, the loop draws one frame a second at most (its safety net).
    expect(await framesDrawn(page)).toBeLessThanOrEqual(1);

    // An action in the station that the floor shows (the patient greeted at the desk): the floor draws it.
    await countFramesFromSleep(page);
    await page.locator('.station button', { hasText: 'Greet the patient' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window.floorFrames ?? 0) >= 2);

    // The pointer over the page outside the station wakes the floor's loop, as before.
    await countFramesFromSleep(page);
    await page.mouse.move(4, 4);
    await page.waitForFunction(() => (window.floorFrames ?? 0) >= 2);
    expect(game.consoleErrors).toEqual([]);
  });
});
