/**
 * The whole 8-to-5 day in the title's list: listed as a full day beside the short morning
 * (the quick one), with its hours and patients, not selected in place of the orientation day
 * on a first visit, and started from its briefing to the floor, where the first patients arrive. No whole-day play here:
 * the scripted trainees play it headless (test/trainees/library-play.test.ts).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SceneKeys } from '../../scenes/keys';
import { openGamePage, type GamePage } from './support/browser';
import { startNewDay } from './support/new-day';
import { waitForScene } from './support/screens';
import { openQueueItem } from './support/set-up';

const WHOLE_DAY_TITLE = 'A Full Day at Willow Creek';
const ORIENTATION_TITLE = 'First Day at Cedar Hollow';

describe('The whole day in the scenario picker', () => {
  let game: GamePage;

  beforeAll(async () => {
    game = await openGamePage(inject('gameUrl'));
    game.page.setDefaultTimeout(30_000);
    await waitForScene(game.page, SceneKeys.Title);
    await game.page.getByRole('button', { name: 'New day' }).waitFor();
  });

  afterAll(async () => {
    await game?.close();
  });

  it('lists it as a full day, 08:00–17:00, beside the short morning listed as the quick one, with the orientation day still selected on a first visit', async () => {
    const { page } = game;
    const whole = page.getByRole('radio', { name: WHOLE_DAY_TITLE, exact: true });
    expect(await whole.isChecked()).toBe(false);
    expect(await page.getByRole('radio', { name: ORIENTATION_TITLE, exact: true }).isChecked()).toBe(true);
    const details = await whole.getAttribute('aria-describedby');
    const meta = page.locator(`[id="${details}"] .scenario-meta`);
    expect(await meta.innerText()).toBe('Advanced · A full day, 08:00–17:00 · 13 patients · 21 inbox items');
    expect(await page.locator(`[id="${details}"] .scenario-description`).innerText()).toContain('inbox');
    const morning = page.getByRole('radio', { name: 'A Short Morning at Maple Street', exact: true });
    const morningMeta = page.locator(`[id="${await morning.getAttribute('aria-describedby')}"] .scenario-meta`);
    expect(await morningMeta.innerText()).toMatch(/^Quick · \w+ · A morning, 08:00–12:00 · /);
  });

  it('is selected when a returning trainee opens the title, the default day now that the orientation has been offered', async () => {
    const { page } = game;
    // The first visit stored the settings; a new page load is a returning trainee's.
    await page.reload();
    await waitForScene(page, SceneKeys.Title);
    await page.getByRole('button', { name: 'New day' }).waitFor();
    expect(await page.getByRole('radio', { name: WHOLE_DAY_TITLE, exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('region', { name: 'New to Clinic Day?' }).count()).toBe(0);
  });

  it('starts at 08:00 on the floor, where the first patients arrive', async () => {
    const { page } = game;
    await startNewDay(page, WHOLE_DAY_TITLE);
    await waitForScene(page, SceneKeys.ClinicFloor);
    const day = await page.evaluate(() => {
      const session = window.__clinic!.session()!;
      return { id: session.scenario.id, patients: session.scenario.patients.length, inbox: session.scenario.inbox?.length ?? 0, start: session.scenario.day.start, end: session.scenario.day.end };
    });
    expect(day).toEqual({ id: 'whole-day', patients: 13, inbox: 21, start: '08:00', end: '17:00' });
    // The 08:00 patient walks in as the clock runs: Margaret Oyelaran for Dr. Domínguez.
    await page.locator('.hud-queue .queue-item', { hasText: 'Oyelaran' }).waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => window.__clinic!.session()!.stageOf('margaret-oyelaran'))).not.toBe('expected');
  });

  it('prints her whole name on her photo ID, inside the card (the playtest read "MARGARET FOLAKE OYELAR")', async () => {
    const { page } = game;
    await page.getByRole('button', { name: 'Pause' }).click();
    const desk = await openQueueItem(page, 'Margaret Oyelaran');
    await desk.getByRole('button', { name: 'Greet the patient' }).click();
    await desk.getByRole('button', { name: 'Ask', exact: true }).click();
    await desk.getByRole('radio', { name: 'Date of birth' }).check();
    await desk.getByRole('button', { name: 'Ask', exact: true }).click();
    await desk.getByRole('button', { name: 'They differ: flag a mismatch' }).click();
    await desk.getByRole('button', { name: 'Ask for a photo ID' }).click();
    const id = desk.getByRole('img', { name: /^Photo ID card: Margaret Folake Oyelaran/ });
    await id.waitFor();
    const lines = await id.evaluate((svg) => {
      const card = (svg as SVGSVGElement).viewBox.baseVal;
      return [...svg.querySelectorAll('text')].map((text) => {
        const box = text.getBBox();
        return { text: text.textContent, inside: box.x >= card.x && box.x + box.width <= card.x + card.width };
      });
    });
    expect(lines.find((line) => line.text === 'MARGARET FOLAKE OYELARAN')).toEqual({ text: 'MARGARET FOLAKE OYELARAN', inside: true });
    expect(lines.filter((line) => !line.inside)).toEqual([]);
  });
});
