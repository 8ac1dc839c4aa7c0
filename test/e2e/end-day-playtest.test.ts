/**
 * What the playtester of session 14 tripped on at the end of the First Day at Cedar Hollow, at
 * 1366×768: with the lab station closed by Escape, "End day" confirmed over the lab station's
 * corner of the floor opened the lab station again behind the closing notice, which named a
 * step done long before; the debrief named Tomás Herrera's claim where his visit had stopped at
 * the strep test; and the day's critical finding was said twice, in the verdict and the list.
 * Also here: the "Needs you" lines' short names, the emergency portal message of the
 * afternoon under "Alerts: act now", said to a screen reader, and the front desk's done lines,
 * whose room is kept so the next step's controls do not move when they appear.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { SceneKeys } from '../../scenes/keys';
import { openGamePage, type GamePage } from './support/browser';
import { expertUntilMove, loadScenario } from './support/exam-room';
import { clockTo, openAfternoon } from './support/inbox';
import { startNewDay } from './support/new-day';
import { waitForScene } from './support/screens';

const FIRST_DAY = 'First Day at Cedar Hollow';
const TOMAS = { id: 'tomas-herrera', name: 'Tomás Herrera' };
const WALTER = { id: 'walter-nakamura', name: 'Walter Nakamura' };

describe('ending the first day with the lab station closed and a strep test running', () => {
  let game: GamePage;
  let scenario: Scenario;

  beforeAll(async () => {
    scenario = await loadScenario('scenarios/first-day.yaml');
    game = await openGamePage(inject('gameUrl'), { viewport: { width: 1366, height: 768 } });
    await waitForScene(game.page, SceneKeys.Title);
    game.page.setDefaultTimeout(30_000);
    // Untimed practice, as the playtest: the clock waits for the trainee.
    await startNewDay(game.page, FIRST_DAY, { mode: 'practice', timer: 'untimed' });
    await waitForScene(game.page, SceneKeys.ClinicFloor);
    // Tomás to the lab station, his rapid strep test running (the playtest's 10:11).
    let run = false;
    await expertUntilMove(game.page, scenario, TOMAS.id, (action) => {
      if (run) return true;
      run = action.type === 'poct.test-run';
      return false;
    });
    // Walter at the desk, confirmed on a yes-or-no appointment time: the day's critical finding.
    await game.page.evaluate((id) => {
      const session = window.__clinic!.session()!;
      for (let i = 0; i < 40 && session.stageOf(id) !== 'check-in'; i += 1) session.waitForNextEvent();
      session.act(id, { type: 'patient.greeted' });
      session.act(id, { type: 'identity.asked', question: 'appointment-time', style: 'yes-no' });
      session.act(id, { type: 'identity.confirmed' });
      window.__clinic!.refresh();
    }, WALTER.id);
  });

  afterAll(async () => {
    await game?.close();
  });

  it('shows the newest finding whole at the side panel’s foot at 1366×768: its card inside the panel, its long parts scrolling inside the card', async () => {
    const { page } = game;
    const card = page.locator('.hud-side-foot .feedback-card').first();
    await card.waitFor();
    const [side, box] = [(await page.locator('.hud-side').boundingBox())!, (await card.boundingBox())!];
    expect(box.y).toBeGreaterThanOrEqual(side.y);
    expect(box.y + box.height).toBeLessThanOrEqual(side.y + side.height);
    const parts = card.locator('.feedback-parts');
    const scroll = await parts.evaluate((node) => ({ overflow: getComputedStyle(node).overflowY, tabIndex: node.tabIndex }));
    expect(scroll).toEqual({ overflow: 'auto', tabIndex: 0 });
  });

  it('keeps the lab station closed after Escape when "End day" is confirmed over it, and the closing notice names where each visit stopped, not an old step', async () => {
    const { page } = game;
    await page.locator('.hud-queue .queue-item', { hasText: TOMAS.name }).click();
    const station = page.locator('[role="dialog"].station');
    await station.waitFor();
    await page.keyboard.press('Escape');
    await station.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'End day' }).click();
    const confirm = page.getByRole('dialog', { name: 'End the day now?' }).getByRole('button', { name: 'End day' });
    // The playtest's press: the dialog's button lies over the lab station's corner of the floor at 1366×768.
    const box = (await confirm.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const notice = page.locator('dialog.closing-notice');
    await notice.waitFor();
    expect(await station.count()).toBe(0);
    const text = await notice.innerText();
    expect(text).not.toMatch(/Your last step/);
    // When the trainee stopped, and what of the day's findings came after (session 22's playtest ended at 09:36 and read critical findings from the afternoon as its own).
    const ended = (await notice.locator('.closing-notice-message p').first().innerText()).trim();
    expect(ended).toMatch(/^You ended the day at \d\d:\d\d; the clinic played on to \d\d:\d\d without you: \d+ of the day’s findings came after \d\d:\d\d(, \d+ of them critical)?\.$/);
    expect(text).toMatch(/Left undone: .* \(\d+ findings?\)/);
    expect(text).toContain(`${TOMAS.name}'s Rapid strep A antigen test was never finished at the station (still waiting at the lab station`);
    expect(text).not.toContain(`${TOMAS.name}'s claim`);
    await notice.getByRole('button', { name: 'Open the debrief' }).click();
    await waitForScene(page, SceneKeys.Debrief);
    // The debrief says it under its verdict, in the notice's words.
    expect((await page.locator('.debrief-ended').innerText()).trim()).toBe(ended);
  });

  it('names the strep test where Tomás Herrera’s visit stopped under Work left undone, not his claim', async () => {
    const undone = await game.page.locator('.undone-steps').innerText();
    expect(undone).toContain(`${TOMAS.name}'s Rapid strep A antigen test was never finished at the station`);
    expect(undone).not.toContain(`${TOMAS.name}'s claim was never sent`);
  });

  it('says the critical finding once: the verdict links to its entry among the findings, which takes the focus', async () => {
    const { page } = game;
    const message = await page.evaluate(() => document.querySelector('.finding-critical .finding-message')?.textContent ?? '');
    expect(message).not.toBe('');
    const verdict = page.locator('.debrief-verdict');
    expect(await verdict.innerText()).not.toContain(message);
    // Once between the verdict and the findings (the timeline below keeps its place in the day).
    const said = `${await verdict.innerText()}\n${await page.locator('section[aria-labelledby="debrief-findings"]').innerText()}`;
    expect(said.split(message).length - 1).toBe(1);
    await verdict.getByRole('link', { name: new RegExp(`^${WALTER.name}, \\d\\d:\\d\\d$`) }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.querySelector('.finding-message')?.textContent ?? null)).toBe(message);
  });
});

describe('an emergency in a portal message', () => {
  let game: GamePage;

  beforeAll(async () => {
    game = await openAfternoon(inject('gameUrl'));
  });

  afterAll(async () => {
    await game?.close();
  });

  it('lands under "Alerts: act now", where a trainee looks for alerts, and is said at once to a screen reader', async () => {
    await clockTo(game.page, { minute: 14 * 60 + 11 });
    const section = game.page.getByRole('region', { name: 'Alerts: act now' });
    await expect.poll(() => section.locator('.alert-inbox', { hasText: 'Rosa Delgado' }).count()).toBe(1);
    const live = game.page.locator('.hud-urgent-news[role="alert"]');
    await expect.poll(() => live.textContent()).toMatch(/^Alert, act now: New portal message from Rosa Delgado/);
  });
});

describe('the front desk’s done lines', () => {
  let game: GamePage;

  beforeAll(async () => {
    const morning = await loadScenario('scenarios/default-morning.yaml');
    game = await openGamePage(inject('gameUrl'));
    await waitForScene(game.page, SceneKeys.Title);
    game.page.setDefaultTimeout(30_000);
    await startNewDay(game.page, 'A Short Morning at Maple Street', { mode: 'practice', timer: 'untimed' });
    await waitForScene(game.page, SceneKeys.ClinicFloor);
    await expertUntilMove(game.page, morning, 'marcus-johnson', (action) => action.type === 'insurance-card.scanned');
  });

  afterAll(async () => {
    await game?.close();
  });

  it('keep "Run eligibility" where it was when the card is saved and its registration line appears', async () => {
    const { page } = game;
    await page.locator('.hud-queue .queue-item', { hasText: 'Marcus Johnson' }).click();
    const station = page.locator('[role="dialog"].station');
    const eligibility = station.locator('button[data-key="eligibility"]');
    await eligibility.scrollIntoViewIfNeeded();
    const before = (await eligibility.boundingBox())!.y;
    await station.locator('button[data-key="save-card"]').click();
    await expect.poll(() => station.locator('.kit-done', { hasText: 'Registration:' }).count()).toBe(1);
    expect((await eligibility.boundingBox())!.y).toBe(before);
  });
});
