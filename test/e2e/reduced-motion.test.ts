import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SceneKeys } from '../../scenes/keys';
import { openGamePage, type GamePage } from './support/browser';
import { waitForScene } from './support/screens';
import { checkInAndRoom } from './support/set-up';
import { startNewDay } from './support/new-day';

const DEFAULT_TITLE = 'A Short Morning at Maple Street';
const MARCUS = { id: 'marcus-johnson', name: 'Marcus Johnson', complaint: "I'm here for my blood pressure check. I've been taking the pills, mostly." };
/** Without reduced motion the needle falls for 4.5 s and settles for 0.5 s before the reading is heard. */
const WITHOUT_ANIMATION_MS = 1500;

async function press(station: Locator, name: string): Promise<void> {
  await station.getByRole('button', { name, exact: true }).click();
}

describe('The in-game reduced-motion setting', () => {
  let game: GamePage;

  beforeAll(async () => {
    game = await openGamePage(inject('gameUrl'));
    // The system asks for no reduction: only the game's own setting is on.
    await game.page.emulateMedia({ reducedMotion: 'no-preference' });
    await waitForScene(game.page, SceneKeys.Title);
  });

  afterAll(async () => {
    await game?.close();
  });

  it('marks the page so that the panels stop their animations', async () => {
    const { page } = game;
    await page.getByText(DEFAULT_TITLE, { exact: true }).click();
    await page.locator('summary.settings-summary').click();
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-reduced-motion'))).toBe(false);
    await page.getByRole('checkbox', { name: 'Reduced motion' }).check();
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-reduced-motion'))).toBe(true);
  });

  it('shows the blood-pressure reading at once instead of deflating the gauge', async () => {
    const { page } = game;
    await startNewDay(page, DEFAULT_TITLE);
    await waitForScene(page, SceneKeys.ClinicFloor);
    page.setDefaultTimeout(30_000);
    await page.getByRole('button', { name: 'Speed 4×' }).click();
    await page.getByRole('button', { name: 'Pause' }).click();
    await checkInAndRoom(page, MARCUS.id);

    const item = page.locator('.hud-queue .queue-item', { hasText: MARCUS.name });
    // The floor shows what the test hook did on the next clinic minute: let one pass.
    const before = await page.locator('.hud-time').innerText();
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.waitForFunction((shown) => document.querySelector('.hud-time')?.textContent !== shown, before, { timeout: 20_000 });
    await item.waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    await item.click();
    const room = page.locator('[role="dialog"].station');
    await room.waitFor();
    expect(await room.getByRole('heading', { level: 2 }).innerText()).toMatch(/^Exam room/);

    await press(room, 'Clean hands (alcohol rub)');
    await room.getByRole('radio', { name: /^“Please tell me your full name/ }).check();
    await room.getByRole('checkbox', { name: 'Full name', exact: true }).check();
    await room.getByRole('checkbox', { name: 'Date of birth', exact: true }).check();
    await press(room, 'Identify the patient');
    await press(room, 'Ask the patient about allergies');
    await press(room, 'Save the allergy list');
    await press(room, 'Go through each medication with the patient and save the list');
    await press(room, 'Ask what brings the patient in today');
    await room.getByLabel('Chief complaint, as you chart it').fill(MARCUS.complaint);
    await press(room, 'Record the chief complaint');
    await press(room, 'Measure the mid-upper arm with the tape');
    await room.getByLabel('Large adult — arm 35–44 cm').check();
    await room.getByLabel('In the chair, back supported, feet flat on the floor').check();
    await room.getByLabel('Patient rested quietly for 5 minutes first').check();
    await room.getByLabel('Arm supported, cuff at heart level').check();

    await press(room, 'Inflate the cuff and take the reading');
    const readings = room.getByRole('list', { name: 'Instrument readings' });
    await readings.getByText(/^Blood pressure reading 1:/).waitFor({ state: 'attached', timeout: WITHOUT_ANIMATION_MS });
  });
});
