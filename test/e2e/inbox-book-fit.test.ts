/**
 * The appointment book opened in an inbox item (issue 19, the fifth playtest at 1280×720 and text
 * size 1.25): as the book opened, its pick hint ("Pick a slot: …") stood at the foot of the pane
 * over the book's week buttons and day headers. Only the patient's answer to a slot picked
 * stands there; the hint stays in its place under the grid, at both laptop screens and at text
 * sizes 1 and 1.25, from the book's first draw. And the book, once opened, stayed open only
 * until the next step on the call redrew the item ("Send the question to the provider" closed
 * it); it now stays open. Where the week has no room beside the list (session 20's playtest at
 * 1280×720 and 1.25: a narrow list, the week scrolling sideways), the list goes above the item.
 */
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GamePage } from './support/browser';
import { clockTo, openAfternoon, press } from './support/inbox';
import { openQueueItem } from './support/set-up';
import { nextFrames, unreadableCells } from './support/screens';

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

/**
 * Each laptop screen and text size 1 and 1.25 in turn, the book drawn afresh at each (closed,
 * then opened from its summary as the trainee opens it), for `visit` to look at; `at` names
 * the screen and size, as "1280x720-text-1.25".
 */
async function atEachScreenAndSize(station: Locator, visit: (at: string) => Promise<void>): Promise<void> {
  const page = station.page();
  const details = station.locator('details.fd-details');
  const summary = station.locator('summary[data-key="open-book"]');
  for (const size of SCREENS) {
    await page.setViewportSize(size);
    for (const scale of [1, 1.25]) {
      await page.evaluate((fontSize) => (document.documentElement.style.fontSize = fontSize), `${scale * 100}%`);
      if ((await details.getAttribute('open')) !== null) await summary.click();
      await summary.click();
      await station.locator('.fd-book-grid').waitFor();
      await visit(`${size.width}x${size.height}-text-${scale}`);
    }
  }
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
    const details = station.locator('details.fd-details');
    const problems: string[] = [];
    await atEachScreenAndSize(station, async (at) => {
      expect(await station.locator('.fd-preview').textContent()).toContain('Pick a slot');
      problems.push(...(await coveredByHint(details)).map((words) => `${at}: the pick hint lies over “${words}”`));
      problems.push(...(await unreadableCells(station, '.fd-book-grid thead th')).map((cell) => `${at}: ${cell}`));
    });
    expect(problems).toEqual([]);
  });

  it('stacks the list above the item where the week has no room beside it (1280×720 and 1366×768 at 1.25), and keeps them side by side where it has (at 1), the week never scrolling sideways and the book’s summary in view as it opens', async () => {
    const problems: string[] = [];
    const layouts: Record<string, string> = {};
    await atEachScreenAndSize(station, async (at) => {
      await nextFrames(station.page());
      const seen = await station.evaluate((node) => {
        const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
        const list = node.querySelector('.inbox-list')!.getBoundingClientRect();
        const pane = node.querySelector('.inbox-pane')!.getBoundingClientRect();
        const week = node.querySelector<HTMLElement>('.fd-book-scroller')!;
        const lines = [...node.querySelectorAll<HTMLElement>('.inbox-items .kit-button')].map((line) => line.getBoundingClientRect().width / rem);
        const body = node.querySelector('.station-body')!.getBoundingClientRect();
        const opened = node.querySelector('summary[data-key="open-book"]')!.getBoundingClientRect();
        return {
          layout: list.bottom <= pane.top + 1 ? 'list above the item' : list.right <= pane.left + 1 ? 'side by side' : 'overlapping',
          weekSideways: week.scrollWidth > week.clientWidth + 1,
          narrowestLine: Math.min(...lines),
          summaryInView: opened.top >= body.top - 1 && opened.bottom <= body.bottom + 1,
        };
      });
      layouts[at] = seen.layout;
      if (seen.weekSideways) problems.push(`${at}: the week scrolls sideways`);
      if (seen.narrowestLine < 11) problems.push(`${at}: a line of the list is ${seen.narrowestLine.toFixed(1)} rem wide`);
      if (!seen.summaryInView) problems.push(`${at}: the book's summary is out of view as it opens`);
    });
    expect(layouts).toEqual({
      '1366x768-text-1': 'side by side',
      '1366x768-text-1.25': 'list above the item',
      '1280x720-text-1': 'side by side',
      '1280x720-text-1.25': 'list above the item',
    });
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
