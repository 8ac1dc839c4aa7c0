/**
 * The appointment book opened in an inbox item (issue 19, the fifth playtest at 1280×720 and text
 * size 1.25): as the book opened, its pick hint ("Pick a slot: …") stood at the foot of the pane
 * over the book's week buttons and day headers. Only the patient's answer to a slot picked
 * stands there; the hint stays in its place under the grid, at both laptop screens and at text
 * sizes 1 and 1.25, from the book's first draw. And the book, once opened, stayed open only
 * until the next step on the call redrew the item ("Send the question to the provider" closed
 * it); it now stays open.
 */
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GamePage } from './support/browser';
import { clockTo, openAfternoon, press } from './support/inbox';
import { openQueueItem } from './support/set-up';
import { unreadableCells } from './support/screens';

const SCREENS = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
] as const;

/** The book's controls and day headers the pick hint lies over, by their words. */
function coveredByHint(details: Locator): Promise<string[]> {
  return details.evaluate((node) => {
    const hint = node.querySelector('.fd-preview')!.getBoundingClientRect();
    return [...node.querySelectorAll<HTMLElement>('.fd-book-grid thead th, button, input')].flatMap((box) => {
      const rect = box.getBoundingClientRect();
      const width = Math.min(rect.right, hint.right) - Math.max(rect.left, hint.left);
      const height = Math.min(rect.bottom, hint.bottom) - Math.max(rect.top, hint.top);
      return width > 1 && height > 1 ? [box.textContent?.trim() || box.getAttribute('aria-label') || box.tagName] : [];
    });
  });
}

describe('The appointment book in an inbox item, as it opens', () => {
  let game: GamePage;
  let station: Locator;

  beforeAll(async () => {
    game = await openAfternoon(inject('gameUrl'));
    await clockTo(game.page, { minute: 13 * 60 + 46 });
    station = await openQueueItem(game.page, 'Inbox:');
    await press(station, 'inbox-item-res-reed-a1c');
    await press(station, 'call-placed');
    await press(station, 'caller-identified');
    await press(station, 'result-told');
  });

  afterAll(async () => {
    await game?.page.evaluate(() => (document.documentElement.style.fontSize = ''));
    await game?.close();
  });

  it('keeps the pick hint off the week buttons and day headers, and the headers whole, at both screens and text sizes', async () => {
    const { page } = game;
    const details = station.locator('details.fd-details');
    const summary = station.locator('summary[data-key="open-book"]');
    const problems: string[] = [];
    for (const size of SCREENS) {
      await page.setViewportSize(size);
      for (const scale of ['100%', '125%']) {
        await page.evaluate((fontSize) => (document.documentElement.style.fontSize = fontSize), scale);
        // The book drawn afresh at this size: closed, then opened from its summary as the trainee opens it.
        if ((await details.getAttribute('open')) !== null) await summary.click();
        await summary.click();
        await station.locator('.fd-book-grid').waitFor();
        expect(await station.locator('.fd-preview').textContent()).toContain('Pick a slot');
        const at = `${size.width}×${size.height} at ${scale}`;
        problems.push(...(await coveredByHint(details)).map((words) => `${at}: the pick hint lies over “${words}”`));
        problems.push(...(await unreadableCells(station, '.fd-book-grid thead th')).map((cell) => `${at}: ${cell}`));
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps the book open while the trainee takes a step on the call beside it', async () => {
    const details = station.locator('details.fd-details');
    expect(await details.getAttribute('open'), 'the book open before the step').not.toBeNull();
    await press(station, 'question-routed');
    await expect.poll(() => station.locator('button[data-key="question-routed"]').isDisabled()).toBe(true);
    expect(await station.locator('details.fd-details').getAttribute('open'), 'the book open after the step').not.toBeNull();
    expect(await station.locator('.fd-book-grid').isVisible()).toBe(true);
  });
});
