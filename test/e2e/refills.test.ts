/**
 * Refill requests through the screen, on "An Afternoon at the Desk": by keyboard, the
 * trainee opens Harold Kim's routine metformin request from the inbox, adds the chart's four
 * facts, sends it to Dr. Domínguez, sets it aside, and when the answer has come back on the
 * clinic clock documents it and marks it done; then Jonah Price's Schedule II stimulant,
 * its schedule and refill history added and routed to the prescriber, the patient told the
 * prescriber's answer. The page judges them as the headless day does: every refill check
 * passed, and no inbox finding.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GamePage } from './support/browser';
import { openPausedDay } from './support/exam-room';
import { openQueueItem } from './support/set-up';

const TITLE = 'An Afternoon at the Desk at Willow Creek';

/** The refill and inbox checks the day recorded for one patient, as `ruleId:passed`, sorted. */
function checksFor(page: Page, patientId: string): Promise<string[]> {
  return page.evaluate(
    (id) =>
      (window.__clinic?.session()?.record().checks ?? [])
        .filter((check) => check.patientId === id && (check.ruleId.startsWith('refill.') || check.ruleId.startsWith('inbox.')))
        .map((check) => `${check.ruleId}:${check.passed}`)
        .sort(),
    patientId,
  );
}

/** Runs the paused day's clinic clock to `minute` through the test hook. */
function clockTo(page: Page, minute: number): Promise<void> {
  return page.evaluate((to) => window.__clinic!.session()!.advanceTo(to), minute);
}

/** Runs the clock on by `minutes` through the test hook. */
function clockOn(page: Page, minutes: number): Promise<void> {
  return page.evaluate((by) => {
    const session = window.__clinic!.session()!;
    session.advanceTo(session.minute + by);
  }, minutes);
}

/** Presses the station's button with that key from the keyboard: focus it, then Enter. */
async function press(station: Locator, key: string): Promise<void> {
  const button = station.locator(`button[data-key="${key}"]`);
  await button.waitFor();
  await button.focus();
  await station.page().keyboard.press('Enter');
}

describe('Refill requests in the browser', () => {
  let game: GamePage;

  beforeAll(async () => {
    game = await openPausedDay(inject('gameUrl'), TITLE);
  });

  afterAll(async () => {
    await game?.close();
  });

  it('routes Harold Kim’s metformin with the chart’s facts, and closes it once Dr. Domínguez has answered', async () => {
    await clockTo(game.page, 13 * 60 + 40);
    const station = await openQueueItem(game.page, 'Inbox:');
    await press(station, 'inbox-item-rx-kim-metformin');
    await expect.poll(() => station.locator('[data-key="refill-chart"]').textContent()).toContain('Hemoglobin A1c: 6.9 %');
    for (const fact of ['medication', 'last-visit', 'pharmacy', 'last-result']) await press(station, `refill-gather-${fact}`);
    await press(station, 'refill-routed');
    await expect.poll(() => station.textContent()).toContain('Sent to Dr. Rafael Domínguez.');
    await press(station, 'inbox-set-aside');
    await clockOn(game.page, 30);
    await press(station, 'inbox-item-rx-kim-metformin');
    await expect.poll(() => station.locator('.inbox-refill-answer').textContent()).toContain('Approved: Approved as before');
    await press(station, 'call-documented');
    await press(station, 'inbox-completed');
    await expect.poll(() => station.locator('button[data-key="inbox-item-rx-kim-metformin"]').textContent()).toContain('Done.');
    expect(await checksFor(game.page, 'harold-kim')).toEqual(
      ['inbox.documentation:true', 'inbox.due:true', 'inbox.left-undone:true', 'refill.gathered:true', 'refill.routed:true', 'refill.scope:true'].sort(),
    );
  });

  it('sends Jonah Price’s Schedule II stimulant to the prescriber with its history, and tells him the prescriber’s answer', async () => {
    const station = game.page.getByRole('dialog').first();
    await clockTo(game.page, 14 * 60 + 50);
    await press(station, 'inbox-item-rx-price-lisdexamfetamine');
    await expect.poll(() => station.locator('[data-key="refill-chart"]').textContent()).toContain('Schedule II controlled substance');
    for (const fact of ['medication', 'last-visit', 'pharmacy', 'refill-history']) await press(station, `refill-gather-${fact}`);
    await press(station, 'refill-routed');
    await press(station, 'inbox-set-aside');
    await clockOn(game.page, 40);
    await press(station, 'inbox-item-rx-price-lisdexamfetamine');
    await press(station, 'refill-told-answer');
    await expect.poll(() => station.textContent()).toContain('has sent a new prescription for lisdexamfetamine 30 mg electronically');
    await press(station, 'call-documented');
    await press(station, 'inbox-completed');
    await expect.poll(() => station.locator('button[data-key="inbox-item-rx-price-lisdexamfetamine"]').textContent()).toContain('Done.');
    expect(await checksFor(game.page, 'jonah-price')).toEqual(
      ['inbox.documentation:true', 'inbox.due:true', 'inbox.left-undone:true', 'refill.controlled:true', 'refill.gathered:true', 'refill.patient-told:true', 'refill.routed:true', 'refill.scope:true'].sort(),
    );
  });
});
