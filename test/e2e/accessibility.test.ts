import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SceneKeys } from '../../scenes/keys';
import { openGamePage, type GamePage } from './support/browser';
import { waitForScene } from './support/screens';
import { startNewDay } from './support/new-day';

const DEFAULT_SCENARIO_TITLE = 'A Short Morning at Maple Street';
/** axe-core's own build, injected into the page as a script. */
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** The impacts that fail the check; minor and moderate ones are listed by axe but not failed here. */
const FAILING_IMPACTS: readonly string[] = ['serious', 'critical'];

/** One axe violation, as the assertion prints it. */
interface Violation {
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  /** CSS selectors of the offending elements, with axe's summary of what is wrong with each. */
  readonly nodes: readonly string[];
}

/** Runs axe-core on the whole page (WCAG 2.x A and AA rules and best practices) and returns its serious and critical violations. */
async function seriousViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_SCRIPT });
  const violations = await page.evaluate(async () => {
    const axe = Reflect.get(window, 'axe') as typeof import('axe-core');
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`.replace(/\s+/g, ' ').trim()),
    }));
  });
  return violations.filter((violation) => FAILING_IMPACTS.includes(violation.impact));
}

describe('The game’s accessibility (axe-core)', () => {
  let game: GamePage;

  beforeAll(async () => {
    game = await openGamePage(inject('gameUrl'));
    await waitForScene(game.page, SceneKeys.Title);
  });

  afterAll(async () => {
    await game?.close();
  });

  it('finds no serious or critical violation on the title screen', async () => {
    expect(await seriousViolations(game.page)).toEqual([]);
  });

  it('finds none on the clinic floor with the HUD and a station panel open', async () => {
    const { page } = game;
    await startNewDay(page, DEFAULT_SCENARIO_TITLE);
    await waitForScene(page, SceneKeys.ClinicFloor);
    await page.getByRole('button', { name: 'Pause' }).click();
    const firstInQueue = page.locator('.hud-queue .queue-item').first();
    await firstInQueue.waitFor();
    await firstInQueue.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').first().waitFor();
    expect(await page.getByRole('heading', { name: 'Needs you' }).isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('finds none on the debrief', async () => {
    const { page } = game;
    await page.getByRole('button', { name: 'End day' }).click();
    await page.getByRole('dialog', { name: 'End the day now?' }).getByRole('button', { name: 'End day' }).click();
    await waitForScene(page, SceneKeys.Debrief);
    await page.getByRole('region', { name: `Debrief: ${DEFAULT_SCENARIO_TITLE}` }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
