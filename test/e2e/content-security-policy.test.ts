/**
 * The built game carries its Content-Security-Policy and runs under it: the title, a few
 * actions of a day through its stations, the day's end and debrief, and the instructor
 * page, with no violation reported and no policy error in the console.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { SceneKeys } from '../../scenes/keys';
import { contentSecurityPolicy } from '../../scripts/content-security-policy-plugin';
import { openGamePage, type GamePage } from './support/browser';
import { startNewDay } from './support/new-day';
import { openDebrief, waitForScene } from './support/screens';

declare global {
  interface Window {
    /** The page's `securitypolicyviolation` events, as `directive blocked-uri source:line`. */
    policyViolationsSeen?: string[];
  }
}

/** Records every violation the page reports, from before its first script runs. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.policyViolationsSeen = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.policyViolationsSeen!.push(`${event.effectiveDirective} ${event.blockedURI || '(inline)'} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
}

function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.policyViolationsSeen ?? ['the violation recorder did not run']);
}

/** Opens the first patient in the queue and takes the station's first action, as a trainee does. */
async function firstActionOfTheQueue(page: Page): Promise<void> {
  await page.locator('.hud-queue .queue-item').first().click();
  const station = page.getByRole('dialog');
  await station.waitFor();
  const done = await page.locator('.toast-done').count();
  await station.locator('.station-actions button').first().click();
  await page.locator('.toast-done').nth(done).waitFor();
  await page.keyboard.press('Escape');
  await station.waitFor({ state: 'detached' });
}

describe('The Content-Security-Policy', () => {
  let game: GamePage | undefined;
  afterAll(async () => {
    await game?.close();
  });

  it('is in the built page, and the title, a day, its debrief and the instructor page run under it without a violation', async () => {
    game = await openGamePage(inject('gameUrl'), { beforeLoad: recordViolations });
    const { page } = game;
    await waitForScene(page, SceneKeys.Title);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toBe(contentSecurityPolicy());
    expect(policy).not.toContain('unsafe-');

    await startNewDay(page, 'First Day at Cedar Hollow');
    await waitForScene(page, SceneKeys.ClinicFloor);
    await firstActionOfTheQueue(page);
    await firstActionOfTheQueue(page);
    await page.getByRole('button', { name: 'End day' }).click();
    await page.getByRole('dialog', { name: 'End the day now?' }).getByRole('button', { name: 'End day' }).click();
    await openDebrief(page);
    expect(await violations(page)).toEqual([]);

    await page.goto(new URL('?instructor', inject('gameUrl')).href, { waitUntil: 'load' });
    await page.getByRole('heading', { name: 'Instructor tools', level: 2 }).waitFor();
    expect(await violations(page)).toEqual([]);
    expect(game.consoleErrors).toEqual([]);
  });
});
