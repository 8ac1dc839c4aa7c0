/**
 * A call that rings while the trainee works the inbox (issue 19, the fifth playtest at 1280×720
 * and text size 1.25): Tanya Johnson's call rang at 13:40 on the floor, the tester opened the
 * inbox at 13:44 and the first click (opening an item, half a minute) took the clock past 13:45,
 * when the call went to voicemail. The clock stood still in the inbox; the ringing notice said
 * "goes to voicemail at 13:45" with "Answer the phone" until that click, and the line saying the
 * call went to voicemail went after a few seconds with the passing news, so the tester, reading
 * the item, never saw it. It now stays until clicked away, while passing news still goes. And
 * beside the ring the inbox now says that its next step, half a minute, lets the call go to
 * voicemail (session 20's playtest: nothing warned before the click).
 */
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GamePage } from './support/browser';
import { openWholeDayLargeAt } from './support/inbox';
import { openQueueItem } from './support/set-up';

const CALL_RINGS = 13 * 60 + 40;

describe('A call ringing while the inbox is open, in the whole day', () => {
  let game: GamePage;
  let inbox: Locator;

  beforeAll(async () => {
    game = await openWholeDayLargeAt(inject('gameUrl'), CALL_RINGS + 4.5);
    inbox = await openQueueItem(game.page, 'Inbox');
  });

  afterAll(async () => {
    await game?.page.evaluate(() => (document.documentElement.style.fontSize = ''));
    await game?.close();
  });

  it('shows the ringing call inside the inbox, with a way to the phone, while the clock stands still', async () => {
    const ringing = inbox.getByRole('alert');
    expect(await ringing.innerText()).toContain('The phone rings: Tanya Johnson (relative) · goes to voicemail at 13:45');
    await expect.poll(() => ringing.getByRole('button', { name: 'Answer the phone' }).isVisible()).toBe(true);
    expect(await game.page.locator('.hud-held').innerText()).toBe('Clock waits: station open');
  });

  it('says beside the ringing call that opening the item, half a minute, lets the call go to voicemail at 13:45 (session 20’s playtest: nothing warned), and gives the words to the answer button', async () => {
    const warning = inbox.locator('.station-ringing-warning');
    expect(await warning.isVisible()).toBe(true);
    mkdirSync('/tmp/phone-rings-screens', { recursive: true });
    await game.page.screenshot({ path: '/tmp/phone-rings-screens/voicemail-warning-inbox-1280x720-text-1.25.png' });
    expect(await warning.innerText()).toBe('Taking this step lets the call go to voicemail at 13:45: Open the inbox item (0.5 min).');
    const described = await inbox.getByRole('button', { name: 'Answer the phone' }).evaluate((node) => document.getElementById(node.getAttribute('aria-describedby') ?? '')?.textContent);
    expect(described).toBe('Taking this step lets the call go to voicemail at 13:45: Open the inbox item (0.5 min).');
  });

  it('keeps the call that went to voicemail in the inbox’s news after the passing news has gone', async () => {
    const news = inbox.getByRole('log', { name: 'Meanwhile in the clinic' });
    await inbox.getByRole('button', { name: 'Open and read this item' }).click();
    await expect.poll(() => news.innerText()).toContain('13:45 · Patricia Dunn arrived');
    expect(await news.innerText()).toContain('13:45 · The call from Tanya Johnson went to voicemail');
    expect(await inbox.getByRole('alert').isVisible()).toBe(false);
    // Announced together: once the arrival's line has gone on its own, the missed call's is still there.
    await expect.poll(() => news.innerText(), { timeout: 20_000 }).not.toContain('Patricia Dunn arrived');
    const missed = news.getByText('13:45 · The call from Tanya Johnson went to voicemail');
    expect(await missed.isVisible()).toBe(true);
    await missed.click();
    await expect.poll(() => news.isHidden()).toBe(true);
  });
});

describe('“Answer the phone” in the ring notice of a station (session 21’s playtest: it opened a “Ringing” screen with a second Answer)', () => {
  let game: GamePage;

  beforeAll(async () => {
    // Half a minute before voicemail: the notice warns under its button that the inbox's next step lets the call go.
    game = await openWholeDayLargeAt(inject('gameUrl'), CALL_RINGS + 4.5);
  });

  afterAll(async () => {
    await game?.page.evaluate(() => (document.documentElement.style.fontSize = ''));
    await game?.close();
  });

  it('answers the call with one press from the keyboard, with the voicemail warning under the button, and opens the conversation', async () => {
    const { page } = game;
    const inbox = await openQueueItem(page, 'Inbox');
    const ringing = inbox.getByRole('alert');
    const answer = ringing.getByRole('button', { name: 'Answer the phone' });
    await answer.waitFor();
    const [buttonBox, warningBox] = await Promise.all([answer.boundingBox(), ringing.locator('.station-ringing-warning').boundingBox()]);
    expect(warningBox!.y).toBeGreaterThanOrEqual(buttonBox!.y + buttonBox!.height);
    await answer.focus();
    await page.keyboard.press('Enter');
    await expectAnsweredOnce(page);
  });
});

describe('“Answer the phone” on the ringing call’s line in Needs you (session 21’s final playtest: it opened the “Ringing” screen, a second Answer there)', () => {
  let game: GamePage;

  beforeAll(async () => {
    game = await openWholeDayLargeAt(inject('gameUrl'), CALL_RINGS + 1);
  });

  afterAll(async () => {
    await game?.page.evaluate(() => (document.documentElement.style.fontSize = ''));
    await game?.close();
  });

  it('answers the call with one press from the keyboard and opens the conversation, the keyboard in it', async () => {
    const { page } = game;
    const line = page.locator('.hud-queue .queue-item', { hasText: 'Phone: Tanya Johnson' });
    expect(await line.innerText()).toContain('Answer the phone');
    await line.focus();
    await page.keyboard.press('Enter');
    await expectAnsweredOnce(page);
    // The line now says the call is under way, not to answer it.
    expect(await page.locator('.hud-queue .queue-item', { hasText: 'Phone: Tanya Johnson' }).innerText()).not.toContain('Answer the phone');
  });
});

/** Answered in one press: the phone open on Tanya Johnson's call, no second Answer there, answered once in the log, the keyboard in the call. */
async function expectAnsweredOnce(page: Page): Promise<void> {
  const phone = page.getByRole('dialog', { name: 'Phone' });
  await expect.poll(() => phone.locator('.station-subtitle').innerText()).toBe('On the line: Tanya Johnson');
  expect(await phone.getByRole('button', { name: 'Answer the phone' }).count()).toBe(0);
  const answered = await page.evaluate(() => window.__clinic!.session()!.log.filter((entry) => entry.action.type === 'phone.answered').length);
  expect(answered).toBe(1);
  expect(await page.evaluate(() => document.activeElement?.closest('[role="dialog"]')?.querySelector('.panel-heading')?.textContent)).toBe('Phone');
}
