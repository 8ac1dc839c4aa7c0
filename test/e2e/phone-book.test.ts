/**
 * The phone's appointment book in the whole day (session 21's playtest at 1280×720, text size
 * 1.25): Brianna Mitchell calls at 10:40 to move the appointment she missed. Opened, the book's
 * day headers sat under the station's title bar, out of view; once the appointment was moved,
 * "Move the appointment to the selected slot" (and Confirm, Cancel) still looked ready. Now the
 * book opens in view, its day headers shown, a slot picked keeps them shown, and after the move
 * the appointment's buttons are greyed with why said under them, the step marked done.
 * Session 22's playtest: she never said which appointment, nor when she would like the new
 * one; the book opened on next week with the keyboard on its first free slot; after the move
 * it still said "Selected: …". Now she names her appointment and asks for next week near its
 * time, her request stands over the book, which opens with the keyboard on the slot nearest
 * it; after the move the book says "Booked: …" and that her old slot is freed.
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
import { readScenarioFile } from '../../src/cli/scenario-file';
import { rescheduleWishSlot } from '../../src/clinic/phone-call.machine';
import { longDate } from '../../scenes/stations/front-desk-text';

function wholeDay() {
  const loaded = readScenarioFile('whole-day');
  if (!loaded.ok) throw new Error('the whole-day scenario does not load');
  return loaded.scenario;
}

/** Whether `locator`'s box lies whole inside the station body's visible box. */
function inBodyView(locator: Locator): Promise<boolean> {
  return locator.evaluate((node) => {
    const body = node.closest<HTMLElement>('.station-body')!.getBoundingClientRect();
    const box = node.getBoundingClientRect();
    return box.height > 0 && box.top >= body.top - 1 && box.bottom <= body.bottom + 1;
  });
}

/** Whether the cell's box lies whole inside its book's scrolled list. */
function inScrollerView(cell: Locator): Promise<boolean> {
  return cell.evaluate((node) => {
    const scroller = node.closest<HTMLElement>('.fd-book-scroller')!.getBoundingClientRect();
    const box = node.getBoundingClientRect();
    return box.top >= scroller.top - 1 && box.bottom <= scroller.bottom + 1;
  });
}

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

  it('has Brianna name the appointment she missed and ask for next week near its time, in the call’s log', async () => {
    const scenario = wholeDay();
    const doctor = scenario.providers.find((p) => p.id === 'dr-dominguez')!.name;
    const log = phone.getByRole('log', { name: 'The call' });
    expect(await log.innerText()).toContain(
      `I had an appointment this morning at 09:30 with ${doctor}, and I missed it, I’m sorry. Could I come next week instead: ${longDate('2026-10-29')} or later that week, in the morning, around 09:30?`,
    );
  });

  it('opens the book on the week she asks for, the keyboard on the slot nearest her request and her request over it, with its day headers in view, and keeps them there when a slot is picked with the mouse', async () => {
    const { page } = game;
    await phone.getByText('Reschedule: open the appointment book').click();
    await phone.locator('.fd-book-grid thead th').first().waitFor();
    await nextFrames(page);
    mkdirSync(SCREENS, { recursive: true });
    await page.screenshot({ path: `${SCREENS}/phone-book-opened-1280x720-text-1.25.png` });
    expect(await headersOutOfView(page)).toEqual([]);
    const madeToday = await page.evaluate(() => [...window.__clinic!.session()!.bookingsMadeToday]);
    const scenario = wholeDay();
    const wished = rescheduleWishSlot(scenario, scenario.patients.find((p) => p.id === 'brianna-mitchell')!, madeToday);
    expect(wished?.date).toBe('2026-10-29');
    const start = phone.locator('td[role="gridcell"][tabindex="0"]');
    expect(await start.evaluate((node) => [node.dataset.date, node.dataset.time])).toEqual([wished!.date, wished!.time]);
    expect(await start.getAttribute('aria-selected')).toBe('false');
    expect(await inScrollerView(start)).toBe(true);
    const asks = phone.locator('[data-key="caller-asks"]');
    expect(await asks.innerText()).toBe(`Brianna Mitchell asks for: next week, ${longDate('2026-10-29')} or later that week, around 09:30.`);
    expect(await inBodyView(asks)).toBe(true);
    const free = phone.locator('td.fd-slot-free').nth(4);
    await free.scrollIntoViewIfNeeded();
    await free.click();
    await expect.poll(() => phone.locator('.fd-preview').innerText()).toMatch(/^Selected: /);
    await nextFrames(page);
    expect(await headersOutOfView(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENS}/phone-book-picked-1280x720-text-1.25.png` });
    // Her request stays in view while the trainee picks, by mouse or by keyboard.
    expect(await inBodyView(asks)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await nextFrames(page);
    await page.screenshot({ path: `${SCREENS}/phone-book-keyboard-1280x720-text-1.25.png` });
    expect(await inBodyView(asks)).toBe(true);
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
    // The book says the slot is booked, no longer offered as selected, and the slot she left is given back.
    const booked = await game.page.evaluate(() => window.__clinic!.session()!.bookingsMadeToday.findLast((entry) => entry.byPhone?.patientId === 'brianna-mitchell') ?? null);
    const doctor = wholeDay().providers.find((p) => p.id === 'dr-dominguez')!.name;
    await expect
      .poll(() => phone.locator('.fd-preview').innerText())
      .toBe(`Booked: ${longDate(booked!.date)} at ${booked!.time} with ${doctor}. Brianna’s appointment on ${longDate('2026-10-22')} at 09:30 is freed.`);
    expect(await phone.locator('td[aria-selected="true"]').count()).toBe(0);
    // The chart beside the call says so too.
    expect(await phone.locator('.fd-chart').innerText()).toContain(`${longDate(booked!.date)} at ${booked!.time} with ${doctor} (moved on this call from ${longDate('2026-10-22')} at 09:30)`);
    expect(await phone.locator(`td[data-date="${booked!.date}"][data-time="${booked!.time}"]`).innerText()).toBe('Booked on this call: Brianna Mitchell');
    await phone.getByRole('button', { name: '◀ Previous week' }).click();
    expect(await phone.locator('td[data-date="2026-10-22"][data-time="09:30"]').getAttribute('title')).not.toContain('Brianna');
    await phone.getByRole('button', { name: 'Next week ▶' }).click();
    // Enter on a cell moves nothing any more: one booking for Brianna, made by this call.
    await phone.locator('td[role="gridcell"][tabindex="0"]').focus();
    await game.page.keyboard.press('ArrowDown');
    await game.page.keyboard.press('Enter');
    const moves = await game.page.evaluate(() => window.__clinic!.session()!.bookingsMadeToday.filter((entry) => entry.byPhone?.patientId === 'brianna-mitchell').length);
    expect(moves).toBe(1);
    expect(await game.page.locator('.toast-refused').count()).toBe(0);
  });
});
