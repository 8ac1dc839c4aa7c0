/**
 * What a new trainee tripped on in the inbox, keyboard-first at 1280×720 and 1366×768 (issue
 * 19's second playtest of "An Afternoon at the Desk"), measured rather than pictured: the list
 * has the panel's height and keeps the open item in view; an item done or set aside gives its
 * place to the next one to work, with focus on its first step; after a step, focus goes to the
 * label of the next row of choices, never to one of them, the same whether the person on the
 * line may hear the result or not (issue 19's third playtest: focus had gone to "Give the
 * released words" with the unauthorised husband on the line, and to the red "911 now");
 * "911 now" is offered only where an emergency was described; the filled finish button is
 * the step the item is at ("Set it aside" while the provider decides a refill); a refill's
 * "Done" toast says what was done; a routine portal message is not red among the alerts; and
 * the news of an item's arrival goes once the item is opened, or after its time, never piling
 * up above the list. On the whole day, a result call whose patient describes chest pain puts
 * focus on the call's choices, not on "911 now", as soon as the call is answered.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator } from 'playwright-core';
import type { GamePage } from './support/browser';
import { clockTo, openAfternoon, press } from './support/inbox';
import { openQueueItem } from './support/set-up';
import { nextPausedDay } from './support/new-day';

/** The file's one page: the afternoon at the desk, then the whole day (started from the title after "End day"). */
let afternoon: GamePage;

afterAll(async () => {
  await afternoon?.close();
});

describe('The inbox station from the keyboard at 1280×720 and 1366×768', () => {
  let game: GamePage;
  let station: Locator;
  const focused = () => game.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key ?? document.activeElement?.tagName ?? null);
  const enter = () => game.page.keyboard.press('Enter');
  const tab = () => game.page.keyboard.press('Tab');
  const subtitle = () => station.locator('.station-subtitle').textContent();
  const isPrimary = (key: string) => station.locator(`button[data-key="${key}"]`).evaluate((node) => node.classList.contains('button-primary'));
  const news = () => station.getByRole('log', { name: 'Meanwhile in the clinic' }).locator('li');

  /** The open item's line in the list, and whether it lies wholly inside the list's visible box. */
  const openLineInView = () =>
    station.locator('.inbox-items').evaluate((list) => {
      const line = list.querySelector('button[aria-current="true"]');
      if (!line) return null;
      const outer = list.getBoundingClientRect();
      const inner = line.getBoundingClientRect();
      return inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;
    });

  beforeAll(async () => {
    afternoon = await openAfternoon(inject('gameUrl'));
    game = afternoon;
  });

  it('shows Aaron Lindqvist’s routine portal message in the alerts in the news colour, not the emergency red', async () => {
    await clockTo(game.page, { minute: 13 * 60 + 31 });
    const alert = game.page.locator('.hud-alerts .alert-inbox', { hasText: 'Aaron Lindqvist' });
    await alert.waitFor();
    const colours = await alert.evaluate((node) => {
      const style = getComputedStyle(node);
      const root = getComputedStyle(document.documentElement);
      return { border: style.borderLeftColor, accent: root.getPropertyValue('--accent').trim(), alert: root.getPropertyValue('--alert').trim() };
    });
    // #1f6f6a (the accent) and #8a2b12 (the alert red), as the computed style gives them.
    expect([colours.accent, colours.alert]).toEqual(['#1f6f6a', '#8a2b12']);
    expect(colours.border).toBe('rgb(31, 111, 106)');
  });

  it('offers no “911 now” on a routine message, and once it is answered and done shows the next item to work, its first step focused', async () => {
    station = await openQueueItem(game.page, 'Inbox:');
    await press(station, 'inbox-item-msg-lindqvist-record');
    await expect.poll(() => station.locator('.inbox-message-text').textContent()).toContain('vaccine record');
    expect(await station.locator('button[data-key="emergency-directed"]').count()).toBe(0);
    // Writing back shows what is written: the clinic's answer, beside the tempting ones.
    expect(await station.locator('button[data-key="message-replied:clinic-answer"]').textContent()).toContain('You can see your immunization record in the portal yourself under Health Record, then Immunizations');
    // The approved answer says only what the MA can truthfully write: nothing claims a record was put in the portal.
    expect(await station.locator('button[data-key="message-replied:clinic-answer"]').textContent()).not.toContain('is now in your portal');
    expect(await station.locator('button[data-key="message-replied:reassure"]').textContent()).toContain('nothing to worry about');
    expect(await station.locator('button[data-key="message-replied:come-in-today"]').count()).toBe(0);
    await press(station, 'message-replied:clinic-answer');
    await expect.poll(() => station.getByRole('log', { name: 'Your reply' }).textContent()).toContain('You wrote');
    await expect.poll(focused).toBe('choices-finish');
    expect(await isPrimary('inbox-completed')).toBe(true);
    expect(await isPrimary('inbox-set-aside')).toBe(false);
    await tab();
    await expect.poll(focused).toBe('inbox-completed');
    await enter();
    // Helen Park's result is due first (15:00): it takes the message's place, unread, with "Open and read this item" focused.
    await expect.poll(subtitle).toBe('Result: Hemoglobin A1c for Helen Park (Normal: tell the patient)');
    await expect.poll(focused).toBe('inbox-opened');
    expect(await station.locator('.inbox-message-text').count()).toBe(0);
    expect(await station.locator('button[aria-current="true"]').getAttribute('data-key')).toBe('inbox-item-res-park-a1c');
  });

  /** Places the open item's result call and asks for the two identifiers from the keyboard, and says where focus went after each step, and which row was in view. */
  const callAndIdentify = async () => {
    await expect.poll(focused).toBe('call-placed');
    await enter();
    await expect.poll(focused).toBe('choices-line');
    await tab();
    await expect.poll(focused).toBe('caller-identified');
    await enter();
    await expect.poll(() => station.getByRole('log', { name: 'The call' }).textContent()).toContain('Can you give me the full name and date of birth?');
    const after = await focused();
    const row = station.getByRole('group', { name: 'On the line' });
    const box = await row.boundingBox();
    const viewport = game.page.viewportSize();
    return { after, inView: box !== null && viewport !== null && box.y >= 0 && box.y + box.height <= viewport.height };
  };

  it('offers no “911 now” on Helen Park’s routine result call, and after “Set it aside” shows the next item, never leaving focus on the page', async () => {
    await enter();
    expect(await callAndIdentify()).toEqual({ after: 'choices-line', inView: true });
    expect(await station.locator('button[data-key="emergency-directed"]').count()).toBe(0);
    await press(station, 'inbox-set-aside');
    await expect.poll(subtitle).toContain('Linda Alvarez');
    await expect.poll(focused).toBe('inbox-opened');
  });

  it('puts focus on the same place after the identifiers whether the patient or her unauthorised husband is on the line, never on “Give the released words”', async () => {
    await game.page.setViewportSize({ width: 1366, height: 768 });
    await enter();
    // Linda Alvarez's husband answers; he is not on her release: giving him the result is the privacy mistake.
    const husband = await callAndIdentify();
    expect(await station.getByRole('log', { name: 'The call' }).textContent()).toContain('This is Robert Alvarez, Linda’s husband.');
    // Helen Park answered herself, above: the keyboard lands on the row's label both times, and Tab then goes through the choices in their fixed order.
    expect(husband).toEqual({ after: 'choices-line', inView: true });
    await tab();
    expect(await focused()).toBe('result-told');
    // Declined to the husband: the call's transcript outgrows its box and scrolls, its newest line in view (the playtest saw it cut off).
    await press(station, 'result-withheld');
    const call = station.getByRole('log', { name: 'The call' });
    await expect.poll(() => call.textContent()).toContain('without their permission');
    const transcript = await call.evaluate((log) => {
      const box = log.getBoundingClientRect();
      const newest = log.lastElementChild!.getBoundingClientRect();
      return { scrolls: log.scrollHeight > log.clientHeight + 1, newestInView: newest.top >= box.top - 1 && newest.bottom <= box.bottom + 1 };
    });
    expect(transcript).toEqual({ scrolls: true, newestInView: true });
    await press(station, 'inbox-set-aside');
    await expect.poll(subtitle).not.toContain('Linda Alvarez');
    await expect.poll(focused).toBe('inbox-opened');
  });

  it('fills “Set it aside” once Harold Kim’s refill is with the provider, and takes down the news of its arrival once it is opened', async () => {
    await clockTo(game.page, { minute: 13 * 60 + 41 });
    const arrival = news().filter({ hasText: 'New in the inbox: Refill' });
    await expect.poll(() => arrival.count()).toBe(1);
    await press(station, 'inbox-item-rx-kim-metformin');
    await expect.poll(() => arrival.count()).toBe(0);
    for (const fact of ['medication', 'last-visit', 'pharmacy', 'last-result']) await press(station, `refill-gather-${fact}`);
    await press(station, 'refill-routed');
    await expect.poll(focused).toBe('choices-finish');
    expect(await isPrimary('inbox-set-aside')).toBe(true);
    expect(await isPrimary('inbox-completed')).toBe(false);
    await press(station, 'inbox-set-aside');
    await expect.poll(subtitle).not.toContain('Harold Kim');
    await expect.poll(focused).toBe('inbox-opened');
  });

  it('says what was done when the refill is written up: the toast speaks of the item, not of a call nobody made', async () => {
    await clockTo(game.page, { by: 31 });
    await press(station, 'inbox-item-rx-kim-metformin');
    await expect.poll(() => station.locator('.inbox-refill-answer').textContent()).toContain('Approved as before');
    expect(await isPrimary('call-documented')).toBe(true);
    expect(await station.locator('button[data-key="call-documented"]').textContent()).toBe('Document the refill in the chart');
    await press(station, 'call-documented');
    const toast = game.page.locator('.toast-done').last();
    await expect.poll(() => toast.textContent()).toMatch(/^Done: Document the item in the chart \(1 min\)$/);
    await expect.poll(() => station.textContent()).toContain('The refill request is documented in the chart.');
    await press(station, 'inbox-completed');
  });

  it('puts focus on the label of Rosa Delgado’s choices, not on “911 now”, and after 911 on the finish', async () => {
    await clockTo(game.page, { minute: 14 * 60 + 10 });
    // At the playtest's size, 1280x720 and text size 1.25: the message opens in view, above its replies, not scrolled away.
    const size = game.page.viewportSize();
    await game.page.setViewportSize({ width: 1280, height: 720 });
    await game.page.evaluate(() => (document.documentElement.style.fontSize = '125%'));
    await press(station, 'inbox-item-msg-delgado-chest');
    await expect.poll(() => station.locator('.inbox-message-text').textContent()).toContain('heavy pressure in my chest');
    await expect.poll(focused).toBe('choices-message');
    const messageInView = await station.locator('.inbox-message-text').evaluate((node) => {
      const box = node.getBoundingClientRect();
      let clip = { top: 0, bottom: innerHeight };
      for (let up = node.parentElement; up; up = up.parentElement) {
        if (getComputedStyle(up).overflowY === 'visible') continue;
        const outer = up.getBoundingClientRect();
        clip = { top: Math.max(clip.top, outer.top), bottom: Math.min(clip.bottom, outer.bottom) };
      }
      return box.top >= clip.top - 1 && box.bottom <= clip.bottom + 1;
    });
    expect(messageInView).toBe(true);
    await game.page.evaluate(() => (document.documentElement.style.fontSize = ''));
    if (size) await game.page.setViewportSize(size);
    const emergency = station.locator('button[data-key="emergency-directed"]');
    expect(await emergency.isDisabled()).toBe(false);
    expect(await emergency.evaluate((node) => node.classList.contains('button-danger'))).toBe(true);
    await press(station, 'emergency-directed');
    await expect.poll(focused).toBe('choices-finish');
    expect(await emergency.isDisabled()).toBe(true);
  });

  it('closes the open item’s pane with one Escape, focus on its line of the list, and with nothing open closes the inbox with the next', async () => {
    await game.page.keyboard.press('Escape');
    await expect.poll(subtitle).toBe('Nothing open');
    expect(await game.page.getByRole('dialog').count()).toBe(1);
    expect(await focused()).toBe('inbox-item-msg-delgado-chest');
    expect(await station.locator('button[aria-current="true"]').count()).toBe(0);
    await game.page.keyboard.press('Escape');
    await station.waitFor({ state: 'detached' });
    expect(await focused()).toBe('inbox');
    station = await openQueueItem(game.page, 'Inbox:');
  });

  it('lets the news of an arrival go after its time when nobody opens the item, three lines at most, all above the list', async () => {
    await clockTo(game.page, { minute: 14 * 60 + 31 });
    const arrival = news().filter({ hasText: 'Frank Moretti' });
    await expect.poll(() => arrival.count()).toBe(1);
    expect(await news().count()).toBeLessThanOrEqual(3);
    const [log, list] = await Promise.all([station.getByRole('log', { name: 'Meanwhile in the clinic' }).boundingBox(), station.locator('.inbox-list').boundingBox()]);
    expect(log!.y + log!.height).toBeLessThanOrEqual(list!.y);
    await expect.poll(() => arrival.count(), { timeout: 30_000 }).toBe(0);
    expect(await station.getByRole('log', { name: 'Meanwhile in the clinic' }).isHidden()).toBe(true);
  });

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1366, height: 768 },
  ]) {
    it(`gives the list the panel’s height at ${viewport.width}×${viewport.height}, and scrolls it to the item opened from the keyboard`, async () => {
      await game.page.setViewportSize(viewport);
      await clockTo(game.page, { minute: 15 * 60 + 30 });
      // What came in meanwhile is read, and dismissed with a click, as a toast is.
      while ((await news().count()) > 0) await news().first().click();
      const list = station.locator('.inbox-items');
      await expect.poll(() => list.evaluate((node) => node.scrollHeight > node.clientHeight)).toBe(true);
      const [panel, box] = await Promise.all([station.boundingBox(), list.boundingBox()]);
      // The panel fills the screen's height beside the HUD, and the list runs to its foot (the panel's padding and the section's below it).
      expect(panel!.y + panel!.height).toBeGreaterThan(viewport.height * 0.9);
      expect(box!.y + box!.height).toBeGreaterThan(panel!.y + panel!.height - 60);
      // Four items whole at once at least, however long their lines, in a list over 25rem tall: the playtest saw about three in 16rem.
      expect(box!.height).toBeGreaterThan(400);
      const whole = await list.evaluate((node) => {
        const outer = node.getBoundingClientRect();
        return [...node.querySelectorAll('button')].filter((line) => line.getBoundingClientRect().top >= outer.top && line.getBoundingClientRect().bottom <= outer.bottom).length;
      });
      expect(whole).toBeGreaterThanOrEqual(4);
      const last = station.locator('.inbox-items button').last();
      await last.focus();
      await enter();
      await expect.poll(() => last.getAttribute('aria-current')).toBe('true');
      await expect.poll(openLineInView).toBe(true);
      const first = station.locator('.inbox-items button').first();
      await first.focus();
      await enter();
      await expect.poll(() => first.getAttribute('aria-current')).toBe('true');
      await expect.poll(openLineInView).toBe(true);
      expect(await focused()).not.toBe('BODY');
    });
  }
});

describe('A result call where the patient describes an emergency, on the whole day', () => {
  let game: GamePage;

  beforeAll(async () => {
    // The afternoon's page, moved on to the whole day from the title: a fresh browser would only load the game again.
    game = afternoon;
    await game.page.setViewportSize({ width: 1280, height: 720 });
    await nextPausedDay(game.page, 'A Full Day at Willow Creek');
    await game.page.getByRole('button', { name: 'Speed 4×' }).click();
  });

  it('puts focus on the label of the call’s choices, not on “911 now”, when Samir Qureshi describes chest pain on the call', async () => {
    const focused = () => game.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key ?? document.activeElement?.tagName ?? null);
    await clockTo(game.page, { minute: 14 * 60 + 16 });
    const station = await openQueueItem(game.page, 'Inbox:');
    await press(station, 'inbox-item-res-qureshi-bmp');
    await expect.poll(focused).toBe('call-placed');
    expect(await station.locator('button[data-key="emergency-directed"]').count()).toBe(0);
    await game.page.keyboard.press('Enter');
    await expect.poll(() => station.getByRole('log', { name: 'The call' }).textContent()).toContain('Before you go on');
    await expect.poll(focused).toBe('choices-line');
    expect(await station.locator('button[data-key="emergency-directed"]').evaluate((node) => node.classList.contains('button-danger'))).toBe(true);
    expect(await station.locator('button[data-key="caller-identified"]').isDisabled()).toBe(false);
    // The words are on the choices: 911 now, beside what a novice says instead.
    expect(await station.locator('button[data-key="emergency-directed"]').textContent()).toContain('“Hang up and call 911 now; do not drive in”');
    expect(await station.locator('button[data-key="emergency-deferred"]').textContent()).toContain('If it hasn’t by this afternoon, come in');
    await press(station, 'emergency-directed');
    await expect.poll(() => station.getByRole('log', { name: 'The call' }).textContent()).toContain('Please hang up and call 911 now. Do not drive yourself in');
    await expect.poll(focused).toBe('choices-finish');
  });
});
