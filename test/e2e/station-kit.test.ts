import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SceneKeys } from '../../scenes/keys';
import { openGamePage, type GamePage } from './support/browser';
import { startNewDay } from './support/new-day';
import { waitForScene } from './support/screens';
import { openQueueItem } from './support/set-up';

const DEFAULT_TITLE = 'A Short Morning at Maple Street';
const MARCUS = { id: 'marcus-johnson', name: 'Marcus Johnson' };

describe('the station kit', () => {
  let game: GamePage;

  beforeAll(async () => {
    game = await openGamePage(inject('gameUrl'));
    await waitForScene(game.page, SceneKeys.Title);
    await startNewDay(game.page, DEFAULT_TITLE);
    await waitForScene(game.page, SceneKeys.ClinicFloor);
    game.page.setDefaultTimeout(30_000);
    await game.page.getByRole('button', { name: 'Pause' }).click();
    // Set-up through the test hook: Marcus arrives and is greeted at the desk.
    await game.page.evaluate((id) => {
      const session = window.__clinic!.session()!;
      for (let i = 0; i < 40 && session.stageOf(id) === 'expected'; i += 1) session.waitForNextEvent();
      const outcome = session.act(id, { type: 'patient.greeted' });
      if (!outcome.accepted) throw new Error(`patient.greeted refused: ${outcome.reason}`);
    }, MARCUS.id);
  });

  afterAll(async () => {
    await game?.close();
  });

  it('greys a step until the workflow lists it: the identity is confirmed only once the patient has answered', async () => {
    const desk = await openQueueItem(game.page, MARCUS.name);
    const confirm = desk.locator('[data-key="confirm-identity"]');
    expect(await confirm.isDisabled()).toBe(true);
    await desk.locator('[data-key="identity-question:full-name"]').check();
    await desk.locator('[data-key="identity-style:stated"]').check();
    await desk.locator('[data-key="ask"]').click();
    await expect.poll(() => confirm.isEnabled()).toBe(true);
  });

  it('keys each radio button of a group as group:choice', async () => {
    const desk = game.page.locator('[role="dialog"].station');
    const radios = await desk.locator('input[type="radio"]').evaluateAll((nodes) => nodes.map((node) => [(node as HTMLInputElement).dataset.key, `${(node as HTMLInputElement).name}:${(node as HTMLInputElement).value}`]));
    expect(radios.length).toBeGreaterThan(0);
    for (const [key, expected] of radios) expect(key).toBe(expected);
  });

  it('gives keyboard focus back to the same control after the panel redraws', async () => {
    const { page } = game;
    const desk = page.locator('[role="dialog"].station');
    const asked = () => page.evaluate((id) => window.__clinic!.session()!.log.filter((e) => e.patientId === id && e.action.type === 'identity.asked').length, MARCUS.id);
    const before = await asked();
    await desk.locator('[data-key="identity-question:date-of-birth"]').check();
    const ask = desk.locator('[data-key="ask"]');
    await ask.focus();
    await page.keyboard.press('Enter');
    await expect.poll(asked).toBe(before + 1);
    // The answer redrew the panel: the new "Ask" button has the focus the old one had.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key)).toBe('ask');
    expect(await desk.getByText('Nothing asked yet.').count()).toBe(0);
  });

  it('takes two presses of a button as two, however quickly they come, and a double click as one', async () => {
    const { page } = game;
    const desk = page.locator('[role="dialog"].station');
    const asked = () => page.evaluate((id) => window.__clinic!.session()!.log.filter((e) => e.patientId === id && e.action.type === 'identity.asked').length, MARCUS.id);
    const before = await asked();
    const ask = desk.locator('[data-key="ask"]');
    // A keyboard trainee asking one question after another: each Enter straight after the last redraw.
    await desk.locator('[data-key="identity-question:phone"]').check();
    await ask.press('Enter');
    await desk.locator('[data-key="identity-question:appointment-time"]').check();
    await ask.press('Enter');
    await expect.poll(asked).toBe(before + 2);
    // A double click asks once, though the first click redrew the button under the second.
    await desk.locator('[data-key="identity-question:full-name"]').check();
    await ask.dblclick();
    await expect.poll(asked).toBe(before + 3);
    // Enter held down asks once too.
    await desk.locator('[data-key="identity-question:date-of-birth"]').check();
    await ask.focus();
    await page.keyboard.down('Enter');
    await page.keyboard.down('Enter');
    await page.keyboard.up('Enter');
    await expect.poll(asked).toBe(before + 4);
  });
});
