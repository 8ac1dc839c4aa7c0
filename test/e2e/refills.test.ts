/**
 * Refill requests through the screen, on "An Afternoon at the Desk": by keyboard, the
 * trainee opens Harold Kim's routine metformin request from the inbox, adds the chart's four
 * facts, sends it to Dr. Domínguez, sets it aside, and when the answer has come back on the
 * clinic clock documents it and marks it done; then Jonah Price's Schedule II stimulant,
 * its schedule and refill history added and routed to the prescriber, the patient told the
 * prescriber's answer after two identifiers; then Gloria Mendez's "can I take two?", which
 * the provider decides. While a request waits on the provider its line says for whom, since
 * when and until when, and Needs you does not offer it. The page judges them as the
 * headless day does: every refill check passed, and no inbox finding.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GamePage } from './support/browser';
import { clockTo, openAfternoon, press, verdicts } from './support/inbox';
import { openQueueItem } from './support/set-up';

describe('Refill requests in the browser', () => {
  let game: GamePage;

  beforeAll(async () => {
    game = await openAfternoon(inject('gameUrl'));
  });

  afterAll(async () => {
    await game?.close();
  });

  it('routes Harold Kim’s metformin with the chart’s facts, and closes it once Dr. Domínguez has answered', async () => {
    await clockTo(game.page, { minute: 13 * 60 + 40 });
    const station = await openQueueItem(game.page, 'Inbox:');
    await press(station, 'inbox-item-rx-kim-metformin');
    await expect.poll(() => station.locator('[data-key="refill-chart"]').textContent()).toContain('Hemoglobin A1c: 6.9 %');
    // From the start, what is left: the facts still to add and the routing (the playtester saw no box until the answer came).
    const left = station.locator('[data-key="steps-left"]');
    await expect.poll(() => left.textContent()).toContain('Not done yet: still to add to the request from the chart: the medication, strength and directions, the date of the last visit, the pharmacy, the last relevant result; the request has not gone to Dr. Rafael Domínguez.');
    for (const fact of ['medication', 'last-visit', 'pharmacy', 'last-result']) await press(station, `refill-gather-${fact}`);
    await expect.poll(() => left.textContent()).toContain('Not done yet: the request has not gone to Dr. Rafael Domínguez.');
    await press(station, 'refill-routed');
    // What it waits for and since when; and it leaves Needs you until the answer comes.
    await expect.poll(() => station.textContent()).toMatch(/Sent to Dr\. Rafael Domínguez at 13:4\d; the answer is expected by 14:1\d\./);
    await press(station, 'inbox-set-aside');
    await expect.poll(() => station.locator('button[data-key="inbox-item-rx-kim-metformin"]').textContent()).toMatch(/Waiting for Dr\. Rafael Domínguez: sent 13:4\d, answer expected by 14:1\d\./);
    expect(await game.page.evaluate(() => window.__clinic!.session()!.available().some((task) => task.itemId === 'rx-kim-metformin'))).toBe(false);
    await clockTo(game.page, { by: 30 });
    await press(station, 'inbox-item-rx-kim-metformin');
    await expect.poll(() => station.locator('.inbox-refill-answer').textContent()).toContain('Approved: Approved as before');
    await press(station, 'call-documented');
    await press(station, 'inbox-completed');
    await expect.poll(() => station.locator('button[data-key="inbox-item-rx-kim-metformin"]').textContent()).toContain('Done.');
    expect(await verdicts(game.page, 'harold-kim')).toEqual(
      ['inbox.documentation:true', 'inbox.due:true', 'inbox.left-undone:true', 'refill.gathered:true', 'refill.routed:true', 'refill.scope:true'].sort(),
    );
  });

  it('sends Jonah Price’s Schedule II stimulant to the prescriber with its history, and tells him the prescriber’s answer', async () => {
    const station = game.page.getByRole('dialog').first();
    await clockTo(game.page, { minute: 14 * 60 + 50 });
    await press(station, 'inbox-item-rx-price-lisdexamfetamine');
    await expect.poll(() => station.locator('[data-key="refill-chart"]').textContent()).toContain('Schedule II controlled substance');
    for (const fact of ['medication', 'last-visit', 'pharmacy', 'refill-history']) await press(station, `refill-gather-${fact}`);
    await press(station, 'refill-routed');
    await press(station, 'inbox-set-aside');
    await clockTo(game.page, { by: 40 });
    await press(station, 'inbox-item-rx-price-lisdexamfetamine');
    await press(station, 'caller-identified');
    await expect.poll(() => station.getByRole('log', { name: 'The call' }).textContent()).toContain('Jonah Price, born');
    await press(station, 'refill-told-answer');
    await expect.poll(() => station.textContent()).toContain('has sent a new prescription for lisdexamfetamine 30 mg electronically');
    // The answered call has its "What is left on this item", as a result call has (the playtester found none).
    const left = station.locator('[data-key="steps-left"]');
    await expect.poll(() => left.textContent()).toContain('What is left on this itemLeft to do: document the call in the chart');
    await press(station, 'call-documented');
    await press(station, 'inbox-completed');
    await expect.poll(() => station.locator('button[data-key="inbox-item-rx-price-lisdexamfetamine"]').textContent()).toContain('Done.');
    expect(await verdicts(game.page, 'jonah-price')).toEqual(
      ['inbox.documentation:true', 'inbox.due:true', 'inbox.identify:true', 'inbox.left-undone:true', 'refill.controlled:true', 'refill.gathered:true', 'refill.patient-told:true', 'refill.routed:true', 'refill.scope:true'].sort(),
    );
  });

  it('tells Gloria Mendez, who asks to double her lisinopril, that the provider decides, and sends the request as prescribed', async () => {
    const station = game.page.getByRole('dialog').first();
    await clockTo(game.page, { minute: 15 * 60 + 20 });
    await press(station, 'inbox-item-rx-mendez-lisinopril');
    await expect.poll(() => station.textContent()).toContain('Can I take two a day instead of one?');
    await press(station, 'question-routed');
    await expect.poll(() => station.textContent()).toContain('only the provider decides a dose. I will send your question to the provider today');
    for (const fact of ['medication', 'last-visit', 'pharmacy', 'last-result']) await press(station, `refill-gather-${fact}`);
    await press(station, 'refill-routed');
    expect(await station.locator('button[data-key="refill-dose-changed"]').count()).toBe(0);
    expect(await verdicts(game.page, 'gloria-mendez')).toEqual(['inbox.scope:true', 'refill.gathered:true', 'refill.scope:true']);
  });
});
