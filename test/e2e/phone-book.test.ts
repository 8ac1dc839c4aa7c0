/**
 * The phone's appointment book in the whole day (session 21's playtest at 1280×720, text size
 * 1.25): Brianna Mitchell calls at 10:40 to move the appointment she missed. Opened, the book's
 * day headers sat under the station's title bar, out of view; once the appointment was moved,
 * "Move the appointment to the selected slot" (and Confirm, Cancel) still looked ready. Now the
 * book opens in view, its day headers shown, a slot picked keeps them shown, and after the move
 * the appointment's buttons are greyed with why said under them, the step marked done.
 * Screenshots of each state go to `/tmp/phone-book-screens/`.
 */

const SCREENS = '/tmp/phone-book-screens';
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GamePage } from './support/browser';
import { openWholeDayLargeAt } from './support/inbox';
import { nextFrames } from './support/screens';
import { openQueueItem } from './support/set-up';

/** The book's day headers that lie outside the station body's visible box (none, when all show). */
function headersOutOfView(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const body = document.querySelector<HTMLElement>('[role="dialog"].station .station-body')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('[role="dialog"].station .fd-book-grid thead th')]
      .filter((th) => {
        const box = th.getBoundingClientRect();
        return box.top < body.top - 1 || box.bottom > body.bottom + 1;
      })
      .map((th) => th.innerText.replace(/\s+/g, ' '));
  });
}

describe('Brianna Mitchell’s call to move her appointment, in the whole day at 1280x720, text 1.25', () => {
  let game: GamePage;
  let phone: Locator;

  beforeAll(async () => {
    game = await openWholeDayLargeAt(inject('gameUrl'), 10 * 60 + 41);
    // Her line in Needs you answers the call as it opens the phone.
    phone = await openQueueItem(game.page, 'Phone: Brianna Mitchell');
    await phone.getByRole('button', { name: 'Ask who is calling, and for the patient’s full name and date of birth' }).click();
    await phone.locator('[data-key="caller-standing"]').waitFor();
  });

  afterAll(async () => {
    await game?.page.evaluate(() => (document.documentElement.style.fontSize = ''));
    await game?.close();
  });

  it('opens the book with its day headers in view, and keeps them there when a slot is picked with the mouse', async () => {
    const { page } = game;
    await phone.getByText('Reschedule: open the appointment book').click();
    await phone.locator('.fd-book-grid thead th').first().waitFor();
    await nextFrames(page);
    mkdirSync(SCREENS, { recursive: true });
    await page.screenshot({ path: `${SCREENS}/phone-book-opened-1280x720-text-1.25.png` });
    expect(await headersOutOfView(page)).toEqual([]);
    const free = phone.locator('td.fd-slot-free').nth(4);
    await free.scrollIntoViewIfNeeded();
    await free.click();
    await expect.poll(() => phone.locator('.fd-preview').innerText()).toMatch(/^Selected: /);
    await nextFrames(page);
    expect(await headersOutOfView(page)).toEqual([]);
  });

  it('greys "Move the appointment" once the move is made, with why under it, as it greys Confirm and Cancel, and marks the step done', async () => {
    const move = phone.getByRole('button', { name: 'Move the appointment to the selected slot' });
    await move.click();
    await expect.poll(() => move.isDisabled()).toBe(true);
    const why = await move.evaluate((node) => document.getElementById(node.getAttribute('aria-describedby') ?? '')?.textContent ?? null);
    expect(why).toBe('Greyed: the appointment was moved on this call, as the caller asked (below); a call changes it once.');
    expect(await phone.getByText(why!).first().isVisible()).toBe(true);
    for (const name of ['Confirm the appointment', 'Cancel the appointment']) expect(await phone.getByRole('button', { name }).isDisabled(), name).toBe(true);
    expect(await phone.getByRole('heading', { name: 'The appointment — done' }).isVisible()).toBe(true);
    await game.page.screenshot({ path: `${SCREENS}/phone-book-moved-1280x720-text-1.25.png` });
    // Enter on a cell moves nothing any more: one booking for Brianna, made by this call.
    await phone.locator('td[role="gridcell"][tabindex="0"]').focus();
    await game.page.keyboard.press('ArrowDown');
    await game.page.keyboard.press('Enter');
    const moves = await game.page.evaluate(() => window.__clinic!.session()!.bookingsMadeToday.filter((entry) => entry.byPhone?.patientId === 'brianna-mitchell').length);
    expect(moves).toBe(1);
    expect(await game.page.locator('.toast-refused').count()).toBe(0);
  });
});
