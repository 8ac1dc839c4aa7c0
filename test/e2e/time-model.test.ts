/**
 * The time model in the browser: the clinic clock runs in real time only while the trainee
 * is on the floor, and stands still inside a station, moving there by the actions' minutes
 * alone; a call that falls due in those minutes is announced inside the station, with a
 * button that goes to the phone; 0.5× is among the speeds. The day runs at a quarter of a
 * real second per clinic minute, so real time that the clock wrongly counted would show at
 * once (4 clinic minutes per real second). Actions after the first are sent through the
 * test hook, which acts through the runner exactly as a station does.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SceneKeys } from '../../scenes/keys';
import { customScenarioLink } from '../../scenes/instructor/scenario-link';
import { openGamePage, type GamePage } from './support/browser';
import { startFromBriefing } from './support/new-day';
import { waitForScene } from './support/screens';
import { openQueueItem } from './support/set-up';
import { marcusLateAndCallAt, morningVariant } from './support/morning-variant';

const SOFIA_ARRIVES = 8 * 60 + 15;
const CALL_RINGS = 8 * 60 + 16;

/**
 * The default morning, timed and locked at 0.25 s per clinic minute: Marcus Johnson comes 20
 * minutes late, so Sofía Ramírez (08:15) is the first to arrive, and his wife's call rings
 * at 08:16, while the trainee is at the front desk with Sofía.
 */
function fastClockScenarioText(): string {
  return morningVariant('fast-clock-morning', 'A Fast Clock at Maple Street', (data) => {
    data.mode = 'practice';
    data.timer = { enabled: true, secondsPerMinute: 0.25, locked: true };
    marcusLateAndCallAt(data, '08:16');
  });
}

function clinicMinute(page: Page): Promise<number> {
  return page.evaluate(() => window.__clinic?.session()?.minute ?? -1);
}

/** Lets real page time pass. */
function realTime(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

describe('The time model, in a timed day', () => {
  let game: GamePage;
  let desk: Locator;

  beforeAll(async () => {
    game = await openGamePage(await customScenarioLink(inject('gameUrl'), fastClockScenarioText()));
    await startFromBriefing(game.page);
    await waitForScene(game.page, SceneKeys.ClinicFloor);
  });

  afterAll(async () => {
    await game?.close();
  });

  it('stands the clock still while the front desk is open, however much real time passes', async () => {
    const { page } = game;
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Skip ahead' }).click();
    await expect.poll(() => clinicMinute(page)).toBe(SOFIA_ARRIVES);
    desk = await openQueueItem(page, 'Sofía Ramírez');
    await page.getByRole('button', { name: 'Resume' }).click();
    expect(await page.locator('.hud-held').innerText()).toBe('Clock waits: station open');
    // Three real seconds: twelve clinic minutes on the floor, none inside a station.
    await realTime(3000);
    expect(await clinicMinute(page)).toBe(SOFIA_ARRIVES);
    expect(await page.getByLabel('Clinic time').innerText()).toBe('08:15');
  });

  it('moves the clock inside the station by the action’s minutes alone', async () => {
    const { page } = game;
    await desk.getByRole('button', { name: 'Greet the patient' }).click();
    await expect.poll(() => clinicMinute(page)).toBe(SOFIA_ARRIVES + 0.25);
    await realTime(1000);
    expect(await clinicMinute(page)).toBe(SOFIA_ARRIVES + 0.25);
  });

  it('announces inside the station the call that falls due in the minutes of the work, with a way to answer it', async () => {
    const { page } = game;
    await page.evaluate(() => {
      for (const action of [
        { type: 'identity.asked', question: 'full-name', style: 'stated' },
        { type: 'identity.asked', question: 'date-of-birth', style: 'stated' },
        { type: 'identity.confirmed' },
      ] as const) {
        const outcome = window.__clinic!.act('sofia-ramirez', action);
        if (!outcome.accepted) throw new Error(`${action.type} refused: ${outcome.reason}`);
      }
    });
    expect(await clinicMinute(page)).toBe(CALL_RINGS);
    const news = desk.getByRole('log', { name: 'Meanwhile in the clinic' });
    await expect.poll(() => news.innerText()).toContain('08:16 · The phone rings: Denise Johnson');
    const ringing = desk.getByRole('alert');
    expect(await ringing.innerText()).toContain('goes to voicemail at 08:21');
    await realTime(1000);
    expect(await clinicMinute(page)).toBe(CALL_RINGS);

    await ringing.getByRole('button', { name: 'Answer the phone' }).click();
    const phone = page.getByRole('dialog', { name: 'Phone' });
    await phone.waitFor();
    expect(await page.getByRole('dialog').count()).toBe(1);
    // From one station to the other no floor time passed: the press answered the call at 08:16
    // (session 21: one press answers), and the clock moved on only by answering's own minutes.
    const answeredAt = await page.evaluate(() => window.__clinic!.session()!.log.findLast((entry) => entry.action.type === 'phone.answered')?.minute ?? null);
    expect(answeredAt).toBe(CALL_RINGS);
    expect(await clinicMinute(page)).toBeLessThan(CALL_RINGS + 1);
  });

  it('runs the clock again once the trainee is back on the floor', async () => {
    const { page } = game;
    await page.getByRole('dialog', { name: 'Phone' }).press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await page.locator('.hud-held').isHidden()).toBe(true);
    await expect.poll(() => clinicMinute(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(CALL_RINGS + 2);
    await page.getByRole('button', { name: 'Pause' }).click();
  });

  it('offers 0.5× beside 1×, 2× and 4×, from the HUD and the H key', async () => {
    const { page } = game;
    const speeds = page.getByRole('group', { name: 'Speed' }).getByRole('button');
    expect(await speeds.allInnerTexts()).toEqual(['0.5×', '1×', '2×', '4×']);
    const half = page.getByRole('button', { name: 'Speed 0.5×' });
    expect(await half.getAttribute('aria-keyshortcuts')).toBe('H');
    await half.click();
    expect(await half.getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Speed 1×' }).click();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.waitForFunction(() => window.__clinic?.game.scene.getScene('clinic-floor')?.input.keyboard?.enabled === true);
    await page.keyboard.press('h');
    await expect.poll(() => half.getAttribute('aria-pressed')).toBe('true');
  });

  it('logs no console errors and requests nothing outside its own origin', () => {
    expect(game.consoleErrors).toEqual([]);
    expect(game.foreignRequests).toEqual([]);
  });
});
