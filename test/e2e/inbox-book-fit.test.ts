/**
 * The appointment book opened in an inbox item (issue 19, the fifth playtest at 1280×720 and text
 * size 1.25): as the book opened, its pick hint ("Pick a slot: …") stood at the foot of the pane
 * over the book's week buttons and day headers. Only the patient's answer to a slot picked
 * stands there; the hint stays in its place under the grid, at both laptop screens and at text
 * sizes 1 and 1.25, from the book's first draw. And the book, once opened, stayed open only
 * until the next step on the call redrew the item ("Send the question to the provider" closed
 * it); it now stays open. Where the week has no room beside the list (session 20's playtest at
 * 1280×720 and 1.25: a narrow list, the week scrolling sideways), the list goes above the item.
 * There (session 21's playtest) the list's strip showed other items as the book opened, and the
 * patient's answer to a slot picked, standing at the foot of the pane, covered the next row of
 * the grid: the open item's line now stays in the strip's view, and the answer under the grid.
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

  it('keeps the open item’s line in view in the list, and stands the answer to a slot picked under the grid, over no slot, at both screens and text sizes (session 21’s playtest at 1280×720, 1.25)', async () => {
    const problems: string[] = [];
    await atEachScreenAndSize(station, async (at) => {
      const seen = await station.evaluate((node) => {
        const items = node.querySelector('.inbox-items')!.getBoundingClientRect();
        const open = node.querySelector('.inbox-items button[aria-current="true"]')!.getBoundingClientRect();
        return { openLineInView: open.top >= items.top - 1 && open.bottom <= items.bottom + 1, line: `${Math.round(open.top)}..${Math.round(open.bottom)} in ${Math.round(items.top)}..${Math.round(items.bottom)}` };
      });
      if (!seen.openLineInView) problems.push(`${at}: the open item's line is out of the list's view (${seen.line})`);
      // A free slot, as the trainee picks one (on to a later week while this one has none).
      const free = station.locator('.fd-book-grid td.fd-slot-free');
      for (let weeks = 0; weeks < 6 && (await free.count()) === 0; weeks += 1) await station.getByRole('button', { name: 'Next week ▶' }).click();
      await free.first().click();
      const answer = station.locator('.fd-preview[data-selected]');
      await answer.waitFor();
      const covered = await station.evaluate((node) => {
        const words = node.querySelector('.fd-preview[data-selected]')!.getBoundingClientRect();
        const grid = node.querySelector('.fd-book-scroller')!.getBoundingClientRect();
        const body = node.querySelector('.station-body')!.getBoundingClientRect();
        const where = `the answer ${Math.round(words.top)}..${Math.round(words.bottom)}, the grid ${Math.round(grid.top)}..${Math.round(grid.bottom)}, the body ${Math.round(body.top)}..${Math.round(body.bottom)}`;
        if (words.top < grid.bottom - 1 && words.bottom > grid.top + 1) return `the answer lies over the grid (${where})`;
        // Read where it is, without scrolling: under the grid and inside the body's view.
        return words.top >= body.top - 1 && words.bottom <= body.bottom + 1 ? null : `the answer is out of view (${where})`;
      });
      if (covered !== null) problems.push(`${at}: ${covered}`);
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
