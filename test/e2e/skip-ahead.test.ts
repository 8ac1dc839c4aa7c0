/**
 * "Skip ahead" in timed play, in the browser: on an assessed morning whose first call rings
 * at 08:05 and whose first patient comes at 08:15, the trainee with nothing to do skips to
 * the call (the HUD button, from the keyboard), and once the call is dealt with, to the
 * arrival (the N key on the floor). While the call or the patient waits, neither the
 * button nor the key moves the clock, and the button says why. The test hook only deals
 * with the call (set-up) and reads the day back.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SceneKeys } from '../../scenes/keys';
import { customScenarioLink } from '../../scenes/instructor/scenario-link';
import { openGamePage, type GamePage } from './support/browser';
import { descriptionOf, waitForScene } from './support/screens';
import { startFromBriefing } from './support/new-day';
import { marcusLateAndCallAt, morningVariant } from './support/morning-variant';

const CALL_RINGS = 8 * 60 + 5;
const SOFIA_ARRIVES = 8 * 60 + 15;

/**
 * The default morning as an assessment with the timer locked on, and a quiet start:
 * Marcus Johnson, booked at 08:00, comes 20 minutes late and his wife's call rings at 08:05, so
 * nothing happens before the call, and Sofía Ramírez (08:15) is the first to arrive.
 */
function quietStartScenarioText(): string {
  return morningVariant('quiet-start-morning', 'A Quiet Start at Maple Street', (data) => {
    data.mode = 'assessment';
    data.timer = { enabled: true, secondsPerMinute: 2, locked: true };
    marcusLateAndCallAt(data, '08:05');
  });
}

function clinicMinute(page: Page): Promise<number> {
  return page.evaluate(() => window.__clinic?.session()?.minute ?? -1);
}

/** Moves focus off the HUD, so the floor's keyboard shortcuts are listened to again. */
async function focusTheFloor(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.waitForFunction(() => window.__clinic?.game.scene.getScene('clinic-floor')?.input.keyboard?.enabled === true);
}

describe('Skip ahead, in an assessed day', () => {
  let game: GamePage;
  let skip: Locator;

  beforeAll(async () => {
    game = await openGamePage(await customScenarioLink(inject('gameUrl'), quietStartScenarioText()));
    await startFromBriefing(game.page);
    await waitForScene(game.page, SceneKeys.ClinicFloor);
    skip = game.page.getByRole('button', { name: 'Skip ahead' });
  });

  afterAll(async () => {
    await game?.close();
  });

  it('is offered while nobody needs the trainee, and skips to the call from the keyboard', async () => {
    const { page } = game;
    expect(await page.evaluate(() => window.__clinic?.session()?.settings)).toEqual({ mode: 'assessment', timerEnabled: true });
    // Paused, so the real clock cannot move the clinic clock under the test.
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(await page.getByRole('button', { name: 'Next event' }).count()).toBe(0);
    expect(await page.locator('.hud-queue').innerText()).toBe('Nobody needs you right now.');
    expect(await clinicMinute(page)).toBeLessThan(CALL_RINGS);
    expect(await skip.getAttribute('aria-disabled')).toBe('false');
    expect(await skip.getAttribute('aria-keyshortcuts')).toBe('N');
    expect(await descriptionOf(skip)).toBe('Nobody needs you: let the clock run to the next thing that happens.');

    await skip.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => clinicMinute(page)).toBe(CALL_RINGS);
    expect(await page.getByLabel('Clinic time').innerText()).toBe('08:05');
    await page.locator('.hud-queue .queue-item', { hasText: 'Phone: Denise Johnson' }).waitFor();
  });

  it('stays put while the call waits, however often it is pressed, and says why', async () => {
    const { page } = game;
    expect(await skip.getAttribute('aria-disabled')).toBe('true');
    // Who holds it and what they ask (the playtests: greyed all day, never why).
    const why = 'A call is waiting for you: Phone: Denise Johnson (Answer the phone). Skip ahead runs only while nothing waits for you.';
    expect(await descriptionOf(skip)).toBe(why);
    expect(await skip.getAttribute('title')).toBe(why);
    // Still focused: unavailable, not disabled, so the keyboard keeps it and can press it again.
    expect(await skip.evaluate((node) => node === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    // Pressed twice, said once: the repeat is counted on the same toast.
    expect(await page.locator('.toast-refused').last().innerText()).toBe('Not now: A call is waiting for you. ×2');
    await focusTheFloor(page);
    await page.keyboard.press('n');
    await skip.dblclick({ force: true });
    expect(await clinicMinute(page)).toBe(CALL_RINGS);
  });

  it('skips to the first arrival with N once the call is dealt with, then stays put while she waits', async () => {
    const { page } = game;
    // Set-up: answer the call and hang up, as the phone station's first and last buttons do.
    await page.evaluate(() => {
      const call = window.__clinic!.session()!.available().find((task) => task.stage === 'phone')!;
      for (const type of ['phone.answered', 'phone.closed'] as const) {
        const outcome = window.__clinic!.act(call.patientId, { type, callId: call.callId! });
        if (!outcome.accepted) throw new Error(`${type} refused: ${outcome.reason}`);
      }
    });
    expect(await clinicMinute(page)).toBeLessThan(SOFIA_ARRIVES);
    await expect.poll(() => skip.getAttribute('aria-disabled')).toBe('false');

    await focusTheFloor(page);
    await page.keyboard.press('n');
    await expect.poll(() => clinicMinute(page)).toBe(SOFIA_ARRIVES);
    expect(await page.getByLabel('Clinic time').innerText()).toBe('08:15');
    await page.locator('.hud-queue .queue-item', { hasText: 'Sofía Ramírez' }).waitFor();
    expect(await skip.getAttribute('aria-disabled')).toBe('true');
    expect(await descriptionOf(skip)).toMatch(/^A patient is waiting for you: Sofía Ramírez \(Check in\)\. Skip ahead runs only while nothing waits for you\.$/);

    await page.keyboard.press('n');
    await skip.dblclick({ force: true });
    expect(await clinicMinute(page)).toBe(SOFIA_ARRIVES);
  });

  it('lets the real clock run on from the new minute when resumed', async () => {
    const { page } = game;
    await page.getByRole('button', { name: 'Resume' }).click();
    // 2 s per clinic minute at 1×: the clock goes on minute by minute from 08:15, with nothing carried over from before the skip.
    await expect.poll(() => clinicMinute(page), { timeout: 10_000 }).toBe(SOFIA_ARRIVES + 1);
    await page.getByRole('button', { name: 'Pause' }).click();
  });

  it('logs no console errors and requests nothing outside its own origin', () => {
    expect(game.consoleErrors).toEqual([]);
    expect(game.foreignRequests).toEqual([]);
  });
});
