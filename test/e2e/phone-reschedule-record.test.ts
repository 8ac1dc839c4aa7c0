/**
 * A reschedule done on the phone (issue 19, the fifth playtest): only a passing "Done:" toast
 * said it, and the call's log on screen added nothing. The log now has what the trainee told
 * the caller, and the appointment section records the move, from the slot it left to the one
 * it took, as the day booked it.
 */
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { longDate } from '../../scenes/stations/front-desk-text';
import type { GamePage } from './support/browser';
import { openPausedDay } from './support/exam-room';
import { clockTo } from './support/inbox';
import { openQueueItem } from './support/set-up';

describe('Brianna Mitchell’s call to reschedule, in the routine morning', () => {
  let game: GamePage;
  let phone: Locator;

  beforeAll(async () => {
    game = await openPausedDay(inject('gameUrl'), 'A Routine Morning at Juniper Ridge');
    await clockTo(game.page, { minute: 10 * 60 + 40 });
    phone = await openQueueItem(game.page, 'Phone: Brianna Mitchell');
  });

  afterAll(async () => {
    await game?.close();
  });

  it('says in the call’s log and under the appointment where the appointment moved from and to', async () => {
    const { page } = game;
    // Her line in Needs you answered the call as it opened the phone.
    await phone.getByRole('button', { name: 'Ask who is calling, and for the patient’s full name and date of birth' }).click();
    await phone.getByText('Reschedule: open the appointment book').click();
    await phone.locator('td[role="gridcell"][tabindex="0"]').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => phone.locator('.fd-preview').innerText()).toMatch(/^Selected: /);
    await phone.getByRole('button', { name: 'Move the appointment to the selected slot' }).click();
    const booked = await page.evaluate(() => window.__clinic!.session()!.bookingsMadeToday.findLast((entry) => entry.byPhone?.patientId === 'brianna-mitchell') ?? null);
    expect(booked).not.toBeNull();
    const from = `${longDate('2026-04-14')} at 09:45`;
    const to = `${longDate(booked!.date)} at ${booked!.time}`;
    const log = phone.getByRole('log', { name: 'The call' });
    await expect.poll(() => log.innerText()).toContain(`I’ve moved your appointment from ${from} to ${to}.`);
    expect(await phone.getByText(`Moved: the appointment from ${from} to ${to}.`).isVisible()).toBe(true);
    // The call over, its record still says it.
    await phone.getByRole('button', { name: 'End the call' }).click();
    await expect.poll(() => log.innerText()).toContain(`I’ve moved your appointment from ${from} to ${to}.`);
  });
});
