/**
 * A new trainee's whole first day through the screen: from the title, every patient of
 * "First Day at Cedar Hollow" (the orientation day: three patients, every workflow once)
 * from arrival to billing, to the debrief. The scripted
 * trainees decide each move on a Node copy of the page's day; the driver
 * (`support/trainee-driver.ts`) does every move with clicks and typing and checks that the
 * page logged exactly that action.
 *
 * The novice plays untimed practice, where "Next event" moves the clock exactly as the
 * headless day does, so its day can be compared with the headless novice's move for move.
 * The expert's whole default day through the screen, as it ships (practice, clock running),
 * is played once, at a person's pace, in `person-pace.test.ts`; this day is the shorter one,
 * so the suite plays a second whole day without doubling its time.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SceneKeys } from '../../scenes/keys';
import { parseScenarioText } from '../../src/scenario/scenario-loader';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { scoreDay } from '../../src/scoring/score';
import { expertTrainee } from '../../src/trainees/expert-trainee';
import { noviceTrainee } from '../../src/trainees/novice-trainee';
import { openGamePage, type GamePage } from './support/browser';
import { headlessResult, readDebrief } from './support/debrief';
import { FeedbackWatch } from './support/feedback-watch';
import { openDebrief, waitForScene } from './support/screens';
import { TraineeDriver } from './support/trainee-driver';
import { startNewDay, type DayOptions } from './support/new-day';

const SCENARIO_TITLE = 'First Day at Cedar Hollow';
/** The novice's own dice: the same seed makes the same beginner. */
const NOVICE_SEED = 1;

function loadScenario(name = 'first-day.yaml'): Scenario {
  const file = resolve(import.meta.dirname, '../../scenarios', name);
  const result = parseScenarioText(readFileSync(file, 'utf8'), name);
  if (!result.ok) throw new Error(`${name} does not parse: ${JSON.stringify(result.problems)}`);
  return result.scenario;
}

/** Starts a new day of the orientation scenario from the title. */
async function newDay(page: Page, options: DayOptions = {}): Promise<void> {
  await startNewDay(page, SCENARIO_TITLE, options);
}

describe('A whole first day through the screen', () => {
  let game: GamePage;
  const scenario = loadScenario();

  beforeAll(async () => {
    game = await openGamePage(inject('gameUrl'));
    game.page.setDefaultTimeout(60_000);
    await waitForScene(game.page, SceneKeys.Title);
  });

  afterAll(async () => {
    await game?.close();
  });

  it('plays the novice’s day untimed, and the debrief lists the novice’s typical mistakes', { timeout: 900_000 }, async () => {
    const { page } = game;
    await page.getByText(SCENARIO_TITLE, { exact: true }).waitFor();
    await newDay(page, { timer: 'untimed' });
    await waitForScene(page, SceneKeys.ClinicFloor);
    await page.getByRole('button', { name: 'Next event', exact: true }).waitFor();
    const driver = await TraineeDriver.attach(page, scenario);
    expect(driver.settings).toEqual({ mode: 'practice', timerEnabled: false });
    const novice = () => noviceTrainee({ seed: NOVICE_SEED, mistakeRate: scenario.novice.mistakeRate });
    const started = performance.now();
    // Every finding the workflows record is shown in the practice feed as it is recorded (checked step by step).
    const feedback = new FeedbackWatch(page, driver.day);
    const played = await driver.play(novice(), { afterStep: () => feedback.check() });
    const seconds = Math.round((performance.now() - started) / 1000);

    await openDebrief(page);
    const shown = await readDebrief(page);
    const copy = scoreDay(driver.day.record());
    expect(shown.scores).toEqual({ Total: copy.score.total, Accuracy: copy.score.accuracy, Throughput: copy.score.throughput });
    // Every finding of the day is in the debrief, in the same order.
    expect(shown.findings.map((f) => f.message)).toEqual(copy.findings.map((f) => f.message));
    // With these dice one of the novice's check-ins confirms the identity on a yes/no question:
    // the second identifier is missing, a critical finding.
    expect(copy.findings.map((f) => f.ruleId)).toContain('intake.two-identifiers');
    expect(shown.findings.some((f) => f.severity === 'critical' && /identity was confirmed on only one identifier/.test(f.message) && /yes\/no question/.test(f.message))).toBe(true);
    expect(feedback.findings).toBe(driver.day.checksSince(0).filter((check) => check.finding).length);
    expect(feedback.shown).toBeGreaterThanOrEqual(3);
    const areas = new Set(copy.findings.map((f) => f.ruleId.split('.')[0]));
    expect(areas.size).toBeGreaterThanOrEqual(3);
    const expertTotal = headlessResult(scenario, expertTrainee(), driver.seed, driver.settings).result.score.total;
    expect(shown.verdict.startsWith('Not passed') || copy.score.total <= expertTotal - 5).toBe(true);

    // Untimed, the page's clock moves exactly as the headless one: the same novice makes the same day.
    const headless = headlessResult(scenario, novice(), driver.seed, driver.settings);
    expect(copy.findings.map((f) => [f.ruleId, f.patientId, f.atMinute])).toEqual(headless.result.findings.map((f) => [f.ruleId, f.patientId, f.atMinute]));
    expect(copy.score).toEqual(headless.result.score);
    console.info(
      `novice (dice seed ${NOVICE_SEED}, day seed ${driver.seed}) through the screen: ${played.moves} moves, ${played.waits} waits in ${seconds} s; ${shown.verdict.split(' — ')[0]}, total ${copy.score.total} ` +
        `(accuracy ${copy.score.accuracy}, throughput ${copy.score.throughput}); ${feedback.shown} of ${feedback.findings} findings shown in the feed as they were recorded; findings by rule: ${[...new Set(copy.findings.map((f) => f.ruleId))].join(', ')}`,
    );
  });

  it('logs no console errors and requests nothing outside its own origin', () => {
    expect(game.consoleErrors).toEqual([]);
    expect(game.foreignRequests).toEqual([]);
  });
});
