/**
 * What the afternoon's playtester tripped on in the inbox, through the screen at 1280×720
 * (issue 19's playtest): a routine portal message is news among the alerts, marked unread
 * until it is opened, never red under Act now; after the emergency message's "call 911" the
 * finish's choices take the focus and are in view; each step of Helen Park's call hands the
 * focus on to the next row of choices (its label, so focus never picks a choice; Tab goes
 * through them in their fixed order), and once it is done the next item to work takes its
 * place, "Open and read this item" focused; Harold Kim's refill,
 * asked for by the pharmacy, offers no "we will let you know" and comes back to Needs you
 * with Dr. Domínguez's answer; and Ruth Osei's appointment, cancelled on tomorrow's
 * confirmation call, is free in the appointment book another booking opens. Each step used
 * on a call ("Give the released words") is marked done beside its greyed button, and a call
 * left mid-way is "On hold" in the list and names who waits in Needs you, all read whole at
 * 1366×768 and 1280×720, at text size 1 and 1.25.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator } from 'playwright-core';
import type { GamePage } from './support/browser';
import { clockTo, leaveInbox, openAfternoon, press } from './support/inbox';
import { openQueueItem } from './support/set-up';
import { unreadableCells } from './support/screens';

const SCREENS = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
] as const;

/**
 * What of `selector` in `root` a trainee cannot read whole at the two screens and at text sizes
 * 1 and 1.25 (the settings' largest): words cut or broken (`unreadableCells`), or a box lying
 * over the one before it in its row (a done mark over its greyed button). Each with where.
 */
async function unreadableAtEverySize(root: Locator, selector: string): Promise<string[]> {
  const page = root.page();
  const viewport = page.viewportSize()!;
  const problems: string[] = [];
  try {
    for (const size of SCREENS) {
      await page.setViewportSize(size);
      for (const scale of ['100%', '125%']) {
        await page.evaluate((fontSize) => (document.documentElement.style.fontSize = fontSize), scale);
        const at = `${size.width}×${size.height} at ${scale}`;
        problems.push(...(await unreadableCells(root, selector)).map((cell) => `${at}: ${cell}`));
        const over = await root.evaluate(
          (node, chosen) =>
            [...node.querySelectorAll<HTMLElement>(chosen)].flatMap((box) => {
              const before = box.previousElementSibling;
              if (!before) return [];
              const a = box.getBoundingClientRect();
              const b = before.getBoundingClientRect();
              const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
              const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
              return width > 1 && height > 1 ? [`“${box.textContent}” lies over “${before.textContent}”`] : [];
            }),
          selector,
        );
        problems.push(...over.map((line) => `${at}: ${line}`));
      }
    }
  } finally {
    await page.evaluate(() => (document.documentElement.style.fontSize = '100%'));
    await page.setViewportSize(viewport);
  }
  return problems;
}

/** A list line's edge style and colour. */
function look(line: Locator): Promise<string[]> {
  return line.evaluate((node) => [getComputedStyle(node).borderTopStyle, getComputedStyle(node).color]);
}

describe('The inbox after the playtest', () => {
  let game: GamePage;
  let station: Locator;
  const focused = () => game.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key ?? document.activeElement?.tagName ?? null);
  const enter = () => game.page.keyboard.press('Enter');
  const tab = () => game.page.keyboard.press('Tab');

  beforeAll(async () => {
    game = await openAfternoon(inject('gameUrl'));
  });

  afterAll(async () => {
    await game?.close();
  });

  it('lists Aaron Lindqvist’s routine portal message among the alerts as unread, not under Act now, until it is opened and read', async () => {
    await clockTo(game.page, { minute: 13 * 60 + 31 });
    const unread = game.page.locator('.hud-alerts .alert-inbox', { hasText: 'Aaron Lindqvist' });
    await expect.poll(() => unread.textContent()).toBe('New portal message from Aaron Lindqvist (unread), due 16:30');
    expect(await game.page.locator('.hud-urgent .alert-inbox').count()).toBe(0);
    station = await openQueueItem(game.page, 'Inbox:');
    await press(station, 'inbox-item-msg-lindqvist-record');
    await expect.poll(() => station.locator('.inbox-message-text').textContent()).toContain('vaccine record');
    await expect.poll(() => unread.count()).toBe(0);
    await press(station, 'inbox-set-aside');
  });

  it('takes Helen Park’s call step by step from the keyboard: each step hands the focus to the next row of choices, Tab to its choices in order', async () => {
    await press(station, 'inbox-item-res-park-a1c');
    await expect.poll(focused).toBe('call-placed');
    await enter();
    await expect.poll(focused).toBe('choices-line');
    await tab();
    await expect.poll(focused).toBe('caller-identified');
    await enter();
    await expect.poll(focused).toBe('choices-line');
    // Helen is on the line with the inbox open: Needs you says the call is live, not that she is on hold.
    const inboxLine = game.page.locator('.hud-queue .queue-item', { hasText: 'Inbox:' });
    await expect.poll(() => inboxLine.textContent()).toContain('On the call with Helen Park');
    expect(await inboxLine.textContent()).not.toContain('on hold');
    await tab();
    await expect.poll(focused).toBe('result-told');
    await enter();
    await expect.poll(focused).toBe('choices-finish');
    await tab();
    await expect.poll(focused).toBe('call-documented');
    await enter();
    await expect.poll(focused).toBe('choices-finish');
    await tab();
    await expect.poll(focused).toBe('inbox-completed');
    await enter();
    await expect.poll(() => station.locator('button[data-key="inbox-item-res-park-a1c"]').textContent()).toContain('Done.');
    // A done item is told apart at a glance, not only by "Done." at the end of its line: a leading check mark, a dashed edge, muted words.
    const doneLine = station.locator('button[data-key="inbox-item-res-park-a1c"]');
    expect(await doneLine.locator('.inbox-settled-mark').textContent()).toBe('✓ ');
    const [doneEdge, doneColour] = await look(doneLine);
    const [openEdge, openColour] = await look(station.locator('button[data-key="inbox-item-res-alvarez-tsh"]'));
    expect([doneEdge, openEdge]).toEqual(['dashed', 'solid']);
    expect(doneColour).not.toBe(openColour);
    // The item done, the next item still to work takes its place, and the keyboard goes on to its first step.
    await expect.poll(focused).toBe('inbox-opened');
    expect(await station.locator('button[aria-current="true"]').getAttribute('data-key')).toMatch(/^inbox-item-(?!res-park-a1c)/);
    expect(await station.locator('button[data-key="caller-identified"]').count()).toBe(0);
  });

  it('says why the “On the line” choices are greyed when Grace Obi’s voicemail answers, on the screen and to a screen reader', async () => {
    await clockTo(game.page, { minute: 13 * 60 + 21 });
    await press(station, 'inbox-item-res-obi-lipids');
    await press(station, 'call-placed');
    const why = station.locator('[data-key="nobody-on-line-why"]');
    await expect.poll(() => why.textContent()).toBe('Greyed: the voicemail answered, so nobody is on the line to identify, tell or ask. Leave a message under “Voicemail, or nobody there”.');
    expect(await why.isVisible()).toBe(true);
    const id = await why.getAttribute('id');
    for (const key of ['caller-identified', 'result-told', 'result-told-reading', 'result-withheld']) {
      const button = station.locator(`button[data-key="${key}"]`);
      expect([key, await button.isDisabled(), await button.getAttribute('aria-describedby')]).toEqual([key, true, id]);
    }
    expect(await unreadableAtEverySize(station, '[data-key="nobody-on-line-why"]')).toEqual([]);
    await press(station, 'voicemail-minimal');
    await press(station, 'call-documented');
    await press(station, 'inbox-completed');
    await expect.poll(() => station.locator('button[data-key="inbox-item-res-obi-lipids"]').textContent()).toContain('Done.');
  });

  it('offers nothing to tell on Harold Kim’s refill, which the pharmacy sent, and shows Dr. Domínguez’s answer in Needs you when it comes back', async () => {
    await clockTo(game.page, { minute: 13 * 60 + 41 });
    await press(station, 'inbox-item-rx-kim-metformin');
    await expect.poll(() => station.locator('.inbox-note').first().textContent()).toContain('Willow Creek Pharmacy (the pharmacy), electronically');
    for (const fact of ['medication', 'last-visit', 'pharmacy', 'last-result']) {
      await expect.poll(focused).toBe(`refill-gather-${fact}`);
      await enter();
    }
    await expect.poll(focused).toBe('choices-request');
    await tab();
    await expect.poll(focused).toBe('refill-routed');
    await enter();
    expect(await station.locator('button[data-key="refill-told-when"], button[data-key="caller-identified"]').count()).toBe(0);
    await press(station, 'inbox-set-aside');
    // Set aside by the trainee reads apart from waiting on the provider.
    await expect.poll(() => station.locator('button[data-key="inbox-item-msg-lindqvist-record"]').textContent()).toContain('Arrived 13:30, due 16:30. Set aside.');
    expect(await station.locator('button[data-key="inbox-item-rx-kim-metformin"]').textContent()).toContain('Waiting for Dr. Rafael Domínguez: sent');
    await leaveInbox(game.page);
    await clockTo(game.page, { by: 31 });
    const answered = game.page.locator('.hud-queue .queue-item', { hasText: 'Refill answered' });
    await expect.poll(() => answered.textContent()).toContain('Refill answered: Metformin 1000 mg for Harold Kim (from Willow Creek Pharmacy)');
    expect(await answered.textContent()).toContain('Dr. Rafael Domínguez: Approved. Approved as before, metformin 1000 mg twice a day');
    await answered.focus();
    await enter();
    station = game.page.getByRole('dialog').first();
    // Opened from its own line, the answered refill is open at once, with its answer and its next step in view (no "Open this item" at the pane's foot).
    await expect.poll(() => station.locator('.inbox-refill-answer').textContent()).toContain('Approved as before');
    expect(await station.locator('button[data-key="inbox-opened"]').count()).toBe(0);
    const tell = station.locator('button[data-key="refill-told-answer"]');
    expect(await tell.textContent()).toBe('Call Harold, the patient, with Dr. Rafael Domínguez’s answer');
    const box = (await tell.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(game.page.viewportSize()!.height);
    await press(station, 'call-documented');
    await press(station, 'inbox-completed');
    await expect.poll(() => answered.count()).toBe(0);
  });

  it('puts the finish’s choices in view and in focus once Rosa Delgado is told to call 911', async () => {
    await leaveInbox(game.page);
    await clockTo(game.page, { minute: 14 * 60 + 11 });
    const alert = game.page.locator('.hud-urgent .alert-inbox', { hasText: 'Rosa Delgado' });
    await alert.focus();
    await enter();
    station = game.page.getByRole('dialog').first();
    await expect.poll(focused).toBe('inbox-opened');
    await enter();
    // The words to be said are on the choice, beside the ones a novice picks ("come in this afternoon").
    expect(await station.locator('button[data-key="emergency-directed"]').textContent()).toContain('“Hang up and call 911 now; do not drive in”');
    expect(await station.locator('button[data-key="message-replied:come-in-today"]').textContent()).toContain('We have a slot at 3 this afternoon');
    await press(station, 'emergency-directed');
    await expect.poll(() => station.getByRole('log', { name: 'The call' }).textContent()).toContain('Please hang up and call 911 now. Do not drive yourself in');
    await expect.poll(focused).toBe('choices-finish');
    const box = await station.getByRole('group', { name: 'Finish the item' }).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(720);
    expect(await station.locator('button[data-key="emergency-directed"]').isDisabled()).toBe(true);
    await tab();
    await expect.poll(focused).toBe('call-documented');
    await enter();
    await expect.poll(focused).toBe('choices-finish');
  });

  it('frees Ruth Osei’s cancelled slot in tomorrow’s book, as the next booking’s appointment book shows it', async () => {
    await press(station, 'inbox-item-conf-osei');
    await press(station, 'call-placed');
    await press(station, 'caller-identified');
    // Abena asked to cancel: the box says the cancellation is still to do, never "nothing else is asked of it today".
    const left = station.locator('[data-key="steps-left"]');
    await expect.poll(() => left.textContent()).toContain('Not done yet: Abena Osei, for Ruth Osei, asked to cancel the appointment tomorrow (2026-06-11) at 09:30');
    expect(await left.textContent()).not.toContain('nothing else is asked');
    // The messages, greyed with Abena on the line, say why, on the screen and to a screen reader.
    const why = station.locator('[data-key="no-message-why"]');
    expect(await why.isVisible()).toBe(true);
    expect(await why.textContent()).toContain('Abena Osei is on Ruth’s release of information (daughter)');
    for (const key of ['message-call-back', 'message-time', 'message-details']) {
      const button = station.locator(`button[data-key="${key}"]`);
      expect([await button.isDisabled(), await button.getAttribute('aria-describedby')]).toEqual([true, await why.getAttribute('id')]);
    }
    await press(station, 'confirmation-cancelled');
    await expect.poll(() => station.locator('button[data-key="inbox-item-conf-osei"]').textContent()).toContain('In the book now: cancelled, the slot is free.');
    await press(station, 'inbox-item-res-reed-a1c');
    await press(station, 'call-placed');
    await press(station, 'caller-identified');
    await press(station, 'result-told');
    await press(station, 'question-routed');
    // The steps done are greyed with their reason beside them, which also describes each button (the playtester saw only grey).
    const doneWords = async (key: string) => {
      const id = await station.locator(`button[data-key="${key}"]`).getAttribute('aria-describedby');
      return id === null ? null : station.locator(`[id="${id}"]`).textContent();
    };
    await expect.poll(() => doneWords('question-routed')).toBe('✓Sent to the provider');
    // The answer not given says why it is closed, with no check mark: it never reads as chosen.
    expect(await doneWords('question-answered')).toBe('Sent to the provider: not yours to answer');
    expect(await doneWords('caller-identified')).toBe('✓Asked: name and date of birth given');
    expect(await station.locator('[id$="-caller-identified"]').isVisible()).toBe(true);
    // "Give the released words", used, is marked done beside its greyed button like the others (the playtester saw it only greyed).
    expect(await doneWords('result-told')).toBe('✓Given: the provider’s released words');
    expect(await station.locator('button[data-key="result-told"]').isDisabled()).toBe(true);
    // Every done mark reads whole beside its button at both screens, at text size 1 and 1.25.
    expect(await station.locator('.kit-row-status').count()).toBeGreaterThanOrEqual(4);
    expect(await unreadableAtEverySize(station, '.kit-row-status')).toEqual([]);
    const summary = station.locator('summary[data-key="open-book"]');
    await summary.focus();
    await enter();
    await expect.poll(() => station.locator('td[data-key="book:2026-06-11:09:30"]').getAttribute('aria-label')).toMatch(/09:30: Free/);
    expect(await station.locator('td[data-key="book:2026-06-11:10:00"]').getAttribute('aria-label')).toMatch(/10:00: Booked: V\. Lindahl/);
    // At text size 1.25 the patient's answer to the slot picked is in view, and the slot picked has not moved under the pointer.
    const preview = station.locator('.fd-preview');
    const friday = station.locator('td[data-key="book:2026-06-12:10:15"]');
    await game.page.evaluate(() => (document.documentElement.style.fontSize = '125%'));
    try {
      // The slot where a trainee clicks it: in the middle of the pane, clear of the line at its foot.
      await friday.evaluate((node) => node.scrollIntoView({ block: 'center', inline: 'center' }));
      const before = (await friday.boundingBox())!;
      await friday.click();
      await expect.poll(() => preview.textContent()).toContain('Samuel Reed: “');
      const after = (await station.locator('td[data-key="book:2026-06-12:10:15"]').boundingBox())!;
      expect([after.x, after.y]).toEqual([before.x, before.y]);
      const seen = (await preview.boundingBox())!;
      const pane = (await station.locator('.inbox-pane').boundingBox())!;
      expect(seen.y).toBeGreaterThanOrEqual(pane.y);
      expect(seen.y + seen.height).toBeLessThanOrEqual(Math.min(pane.y + pane.height, game.page.viewportSize()!.height) + 1);
    } finally {
      await game.page.evaluate(() => (document.documentElement.style.fontSize = '100%'));
    }
    // A turn of the page selects nothing on the next week: the slot picked and the patient's answer to it go.
    await press(station, 'book:turn:7');
    await expect.poll(() => station.locator('td[aria-selected="true"]').count()).toBe(0);
    expect(await preview.textContent()).not.toContain('Samuel Reed: “');
    expect(await preview.textContent()).toContain('Pick a slot');
    expect(await station.locator('.fd-slot-check').count()).toBe(0);
  });

  it('shows a call left for another item as “On hold” in the list, and says so on return until the call goes on', async () => {
    await press(station, 'inbox-item-conf-lindahl');
    await press(station, 'call-placed');
    await expect.poll(() => station.getByRole('log', { name: 'The call' }).textContent()).toContain('This is Ingrid Lindahl');
    await press(station, 'inbox-item-conf-brandt');
    const line = station.locator('button[data-key="inbox-item-conf-lindahl"]');
    await expect.poll(() => line.textContent()).toContain('Arrived 14:00, due 16:30. On hold.');
    expect(await station.locator('button[data-key="inbox-item-conf-brandt"]').textContent()).not.toContain('On hold');
    await press(station, 'inbox-item-conf-lindahl');
    const held = station.locator('[data-key="on-hold"]');
    await expect.poll(() => held.textContent()).toBe('On hold: Ingrid Lindahl has been waiting on the line while you were away. Thank them for holding, then go on with the call.');
    // The note and the list's lines read whole at both screens, at text size 1 and 1.25.
    expect(await unreadableAtEverySize(station, '[data-key="on-hold"], .inbox-items button')).toEqual([]);
    expect(await line.textContent()).not.toContain('On hold');
    await press(station, 'message-call-back');
    await expect.poll(() => held.count()).toBe(0);
  });

  it('names in Needs you who is left on hold once the inbox is closed mid-call, not only “Finish the open item”', async () => {
    // Rosa Delgado's message, told 911 and documented, is finished first: nobody waits on it.
    await press(station, 'inbox-item-msg-delgado-chest');
    await press(station, 'inbox-completed');
    await expect.poll(() => station.locator('button[data-key="inbox-item-msg-delgado-chest"]').textContent()).toContain('Done.');
    // Samuel Reed's call was left with his visit still to book: he is waiting on the line.
    await leaveInbox(game.page);
    const inboxLine = game.page.locator('.hud-queue .queue-item', { hasText: 'Inbox:' });
    await expect.poll(() => inboxLine.textContent()).toContain('Samuel Reed is on hold: go back to the call');
    expect(await inboxLine.textContent()).not.toContain('Finish the open item');
    expect(await unreadableAtEverySize(game.page.locator('.hud-queue'), '.queue-item')).toEqual([]);
  });
});
