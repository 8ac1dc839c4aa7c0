/**
 * Imani Johnson's mother calls at 13:40 for the strep result, in the whole day at 1280×720,
 * text size 1.25, on a day where nobody checked Imani in, so she left unseen. The phone used
 * to offer "Give the results" as if there were one. Now the chart says the visit was not held
 * and no result is on file, "Give the results" is greyed with why, the trainee tells the
 * mother there is no result and why, and books Imani a visit from the book.
 * Screenshots go to `/tmp/results-call-unseen-screens/`.
 */

const SCREENS = '/tmp/results-call-unseen-screens';
import { mkdirSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GamePage } from './support/browser';
import { inboxChecks, openWholeDayLargeAt } from './support/inbox';
import { nextFrames } from './support/screens';
import { openQueueItem } from './support/set-up';

describe('the results call for Imani after she left unseen, in the whole day at 1280x720, text 1.25', () => {
  let game: GamePage;
  let phone: Locator;

  beforeAll(async () => {
    game = await openWholeDayLargeAt(inject('gameUrl'), 13 * 60 + 41);
    // Her line in Needs you answers the call as it opens the phone.
    phone = await openQueueItem(game.page, 'Phone: Tanya Johnson');
    await phone.getByRole('button', { name: 'Ask who is calling, and for the patient’s full name and date of birth' }).click();
    await phone.locator('[data-key="caller-standing"]').waitFor();
    mkdirSync(SCREENS, { recursive: true });
  });

  afterAll(async () => {
    await game?.page.evaluate(() => (document.documentElement.style.fontSize = ''));
    await game?.close();
  });

  it('shows on the chart that the visit was not held and no result is on file, and greys "Give the results" with why', async () => {
    const chart = phone.locator('.fd-chart');
    expect(await chart.innerText()).toContain('Not held: left before being seen');
    expect(await chart.innerText()).toContain('None: no test was done');
    const give = phone.getByRole('button', { name: 'Give the results' });
    expect(await give.isDisabled()).toBe(true);
    const why = await give.evaluate((node) => document.getElementById(node.getAttribute('aria-describedby') ?? '')?.textContent ?? null);
    expect(why).toBe('Greyed: there are no results to give. Imani left before being seen, so no test was done.');
    await game.page.screenshot({ path: `${SCREENS}/answered-1280x720-text-1.25.png` });
  });

  it('tells the mother by keyboard there is no result and why, judged by the privacy rule', async () => {
    const tell = phone.getByRole('button', { name: 'Tell the caller there is no result: the visit did not take place' });
    await tell.focus();
    await game.page.keyboard.press('Enter');
    await phone.getByText('Told the caller there is no result, and why.').waitFor();
    expect(await phone.getByRole('log', { name: 'The call' }).innerText()).toContain('There’s no result for Imani: Imani left before being seen today, so no test was done. We can book Imani a visit.');
    expect((await inboxChecks(game.page, 'imani-johnson')).filter((check) => check.ruleId === 'privacy.minimum-necessary').map((check) => check.passed)).toEqual([true]);
  });

  it('books Imani a visit from the book, once, and says so on the call', async () => {
    const { page } = game;
    await phone.getByText('Book a visit: open the appointment book').click();
    const free = phone.locator('td.fd-slot-free').nth(2);
    await free.scrollIntoViewIfNeeded();
    await free.click();
    await expect.poll(() => phone.locator('.fd-preview').innerText()).toMatch(/^Selected: /);
    const book = phone.getByRole('button', { name: 'Book the visit in the selected slot' });
    await book.click();
    await expect.poll(() => book.isDisabled()).toBe(true);
    await nextFrames(page);
    await page.screenshot({ path: `${SCREENS}/booked-1280x720-text-1.25.png` });
    expect(await phone.getByRole('heading', { name: 'A visit — done' }).isVisible()).toBe(true);
    expect(await phone.getByRole('log', { name: 'The call' }).innerText()).toMatch(/I’ve booked Imani a visit on .+ at \d\d:\d\d\./);
    const booked = await page.evaluate(() => window.__clinic!.session()!.bookingsMadeToday.filter((entry) => entry.byPhone?.patientId === 'imani-johnson').length);
    expect(booked).toBe(1);
  });
});
