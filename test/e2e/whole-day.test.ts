/**
 * A trainee's whole default day through the screen: from the title, every patient of "A
 * Short Morning at Maple Street" from arrival to billing, to the debrief. The scripted
 * trainees decide each move on a Node copy of the page's day; the driver
 * (`support/trainee-driver.ts`) does every move with clicks and typing and checks that the
 * page logged exactly that action.
 *
 * The expert plays the scenario as it ships (practice, clock running): while it waits, the
 * clock runs at 4× to the next event and is paused again. The novice plays untimed practice,
 * where "Next event" moves the clock exactly as the headless day does, so its day can be
 * compared with the headless novice's move for move.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SceneKeys } from '../../scenes/keys';
import { parseScenarioText } from '../../src/scenario/scenario-loader';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { scoreDay, type DayResult } from '../../src/scoring/score';
import { Session, type SessionSettings } from '../../src/session/session';
import { expertTrainee } from '../../src/trainees/expert-trainee';
import { noviceTrainee } from '../../src/trainees/novice-trainee';
import { playDay } from '../../src/trainees/play-day';
import { actionForTask, expertTaskOrder, type Move, type ScriptedTrainee } from '../../src/trainees/trainee';
import { openGamePage, type GamePage } from './support/browser';
import { describePng, nextFrames, waitForScene } from './support/screens';
import { TraineeDriver } from './support/trainee-driver';
import { startNewDay, type DayOptions } from './support/new-day';

const SCENARIO_TITLE = 'A Short Morning at Maple Street';
/** The novice's own dice: the same seed makes the same beginner. */
const NOVICE_SEED = 1;

function loadScenario(name = 'default-morning.yaml'): Scenario {
  const file = resolve(import.meta.dirname, '../../scenarios', name);
  const result = parseScenarioText(readFileSync(file, 'utf8'), name);
  if (!result.ok) throw new Error(`${name} does not parse: ${JSON.stringify(result.problems)}`);
  return result.scenario;
}

/** The expert, working for one patient only (the others wait): to reach one step of a day quickly. */
function expertFor(patientId: string): ScriptedTrainee {
  return {
    name: `expert for ${patientId}`,
    nextMove(session: Session): Move | null {
      const tasks = session.available().filter((task) => task.patientId === patientId && task.stage !== 'phone');
      for (const task of expertTaskOrder(session, tasks, patientId)) {
        const action = actionForTask(session, task);
        if (action && session.canAct(patientId, action)) return { patientId, action };
      }
      return null;
    },
  };
}

/** What the debrief panel shows. */
interface DebriefShown {
  readonly heading: string;
  readonly verdict: string;
  readonly scores: Record<string, number>;
  readonly findings: { severity: string; message: string }[];
  readonly patients: string[];
  readonly competencies: number;
}

async function readDebrief(page: Page): Promise<DebriefShown> {
  const panel = page.locator('section.debrief');
  await panel.waitFor();
  const scores: Record<string, number> = {};
  for (const group of await panel.locator('.debrief-score').all()) {
    scores[await group.locator('dt').innerText()] = Number(await group.locator('dd').innerText());
  }
  const findings = await panel.locator('.finding').evaluateAll((items) =>
    items.map((item) => ({ severity: item.querySelector('.severity')?.textContent ?? '', message: item.querySelector('.finding-message')?.textContent ?? '' })),
  );
  return {
    heading: await panel.locator('#debrief-heading').innerText(),
    verdict: await panel.locator('.debrief-verdict').innerText(),
    scores,
    findings,
    patients: await panel.locator('.journey-table tbody th').allInnerTexts(),
    competencies: await panel.locator('.competency').count(),
  };
}

/** The headless day of `trainee` on the page's seed and settings. */
function headlessResult(scenario: Scenario, trainee: ScriptedTrainee, seed: number, settings: SessionSettings): { result: DayResult; session: Session } {
  const session = playDay(scenario, trainee, { seed, settings });
  return { result: scoreDay(session.record()), session };
}

/** Starts a new day of the default scenario from the title. */
async function newDay(page: Page, options: DayOptions = {}): Promise<void> {
  await startNewDay(page, SCENARIO_TITLE, options);
}

describe('A whole default day through the screen', () => {
  let game: GamePage;
  const scenario = loadScenario();
  let expertTotal = 0;

  beforeAll(async () => {
    game = await openGamePage(inject('gameUrl'));
    game.page.setDefaultTimeout(60_000);
    await waitForScene(game.page, SceneKeys.Title);
  });

  afterAll(async () => {
    await game?.close();
  });

  it('plays the expert’s whole day from the title to a passing debrief', { timeout: 900_000 }, async () => {
    const { page } = game;
    await page.getByText(SCENARIO_TITLE, { exact: true }).waitFor();
    const title = describePng(await page.screenshot());
    expect(title.distinctColours).toBeGreaterThan(64);

    await newDay(page);
    // The clock starts with the day: pause it at once (from the keyboard, the quickest way), then choose 4× for the waits.
    await page.getByRole('button', { name: 'Pause', exact: true }).press('Enter');
    await waitForScene(page, SceneKeys.ClinicFloor);
    await page.getByRole('button', { name: 'Speed 4×' }).click();
    const driver = await TraineeDriver.attach(page, scenario);
    expect(driver.settings).toEqual({ mode: 'practice', timerEnabled: true });
    const started = performance.now();
    const played = await driver.play(expertTrainee());
    const seconds = Math.round((performance.now() - started) / 1000);
    expect(driver.day.isOver).toBe(true);

    await waitForScene(page, SceneKeys.Debrief);
    const shown = await readDebrief(page);
    const copy = scoreDay(driver.day.record());
    expect(shown.heading).toBe(`Debrief: ${SCENARIO_TITLE}`);
    expect(shown.verdict).toMatch(/^Passed — /);
    expect(shown.scores.Total).toBeGreaterThanOrEqual(95);
    expect(shown.findings.filter((finding) => finding.severity === 'critical')).toEqual([]);
    expect(shown.scores).toEqual({ Total: copy.score.total, Accuracy: copy.score.accuracy, Throughput: copy.score.throughput });
    expect(shown.patients.toSorted()).toEqual(scenario.patients.map((p) => `${p.name.given} ${p.name.family}`).toSorted());
    expect(shown.competencies).toBeGreaterThan(5);
    await page.getByRole('button', { name: 'Retry this scenario' }).waitFor();
    await nextFrames(page);
    const debriefShot = describePng(await page.screenshot());
    expect(debriefShot.distinctColours).toBeGreaterThan(64);
    expect(debriefShot.shareUnlikeCorner).toBeGreaterThan(0.3);

    // The headless expert on the same seed: the same verdict and the same (empty) findings;
    // the page's clock ran in real time, so waits and throughput may differ by whole minutes.
    const headless = headlessResult(scenario, expertTrainee(), driver.seed, driver.settings);
    expect(headless.result.passed).toBe(true);
    expect(copy.findings.map((f) => f.ruleId)).toEqual(headless.result.findings.map((f) => f.ruleId));
    expect(copy.score.accuracy).toBe(headless.result.score.accuracy);
    expect(copy.stats.patientsCompleted).toBe(headless.result.stats.patientsCompleted);
    expertTotal = copy.score.total;
    console.info(
      `expert through the screen: ${played.moves} moves, ${played.waits} waits in ${seconds} s; total ${copy.score.total} (accuracy ${copy.score.accuracy}, throughput ${copy.score.throughput}), ` +
        `mean wait ${copy.stats.meanWaitMinutes} min, provider idle ${copy.stats.providerIdleMinutes} min; headless on seed ${driver.seed}: ${headless.session.log.length} moves, ` +
        `total ${headless.result.score.total} (accuracy ${headless.result.score.accuracy}, throughput ${headless.result.score.throughput}), mean wait ${headless.result.stats.meanWaitMinutes} min, provider idle ${headless.result.stats.providerIdleMinutes} min`,
    );
  });

  it('plays the novice’s day untimed, and the debrief lists the novice’s typical mistakes', { timeout: 900_000 }, async () => {
    const { page } = game;
    await page.getByRole('button', { name: 'Choose another' }).click();
    await waitForScene(page, SceneKeys.Title);
    await newDay(page, { timer: 'untimed' });
    await waitForScene(page, SceneKeys.ClinicFloor);
    await page.getByRole('button', { name: 'Next event', exact: true }).waitFor();
    const driver = await TraineeDriver.attach(page, scenario);
    expect(driver.settings).toEqual({ mode: 'practice', timerEnabled: false });
    const novice = () => noviceTrainee({ seed: NOVICE_SEED, mistakeRate: scenario.novice.mistakeRate });
    const started = performance.now();
    const played = await driver.play(novice());
    const seconds = Math.round((performance.now() - started) / 1000);

    await waitForScene(page, SceneKeys.Debrief);
    const shown = await readDebrief(page);
    const copy = scoreDay(driver.day.record());
    expect(shown.scores).toEqual({ Total: copy.score.total, Accuracy: copy.score.accuracy, Throughput: copy.score.throughput });
    // Every finding of the day is in the debrief, in the same order.
    expect(shown.findings.map((f) => f.message)).toEqual(copy.findings.map((f) => f.message));
    // With these dice the novice's first check-in (the first patient, alone at the desk) confirms the
    // identity on a yes/no question: the second identifier is missing, a critical finding.
    expect(copy.findings.map((f) => f.ruleId)).toContain('intake.two-identifiers');
    expect(shown.findings.some((f) => f.severity === 'critical' && /identity was confirmed on only one identifier/.test(f.message) && /yes\/no question/.test(f.message))).toBe(true);
    const areas = new Set(copy.findings.map((f) => f.ruleId.split('.')[0]));
    expect(areas.size).toBeGreaterThanOrEqual(3);
    expect(shown.verdict.startsWith('Not passed') || copy.score.total <= expertTotal - 5).toBe(true);

    // Untimed, the page's clock moves exactly as the headless one: the same novice makes the same day.
    const headless = headlessResult(scenario, novice(), driver.seed, driver.settings);
    expect(copy.findings.map((f) => [f.ruleId, f.patientId, f.atMinute])).toEqual(headless.result.findings.map((f) => [f.ruleId, f.patientId, f.atMinute]));
    expect(copy.score).toEqual(headless.result.score);
    console.info(
      `novice (dice seed ${NOVICE_SEED}, day seed ${driver.seed}) through the screen: ${played.moves} moves, ${played.waits} waits in ${seconds} s; ${shown.verdict.split(' — ')[0]}, total ${copy.score.total} ` +
        `(accuracy ${copy.score.accuracy}, throughput ${copy.score.throughput}); findings by rule: ${[...new Set(copy.findings.map((f) => f.ruleId))].join(', ')}`,
    );
  });

  it('performs an ordered ECG at the lab station (a procedure the default day does not order)', { timeout: 900_000 }, async () => {
    const { page } = game;
    const billingDay = loadScenario('billing-day.yaml');
    const walter = 'walter-kim';
    await page.getByRole('button', { name: 'Choose another' }).click();
    await waitForScene(page, SceneKeys.Title);
    // Untimed practice, chosen on the briefing as for the novice's day.
    await startNewDay(page, billingDay.title, { timer: 'untimed' });
    await waitForScene(page, SceneKeys.ClinicFloor);
    await page.getByRole('button', { name: 'Next event', exact: true }).waitFor();
    const driver = await TraineeDriver.attach(page, billingDay);
    await driver.play(expertFor(walter), { until: (day) => day.log.some((entry) => entry.action.type === 'procedure.performed') });

    expect(driver.day.log.at(-1)).toMatchObject({ patientId: walter, action: { type: 'procedure.performed', testId: 'ecg' } });
    const lab = page.getByRole('dialog', { name: 'Lab station' });
    expect(await lab.getByRole('heading', { name: /^Procedure: Electrocardiogram/ }).innerText()).toMatch(/— done$/);
  });

  it('logs no console errors and requests nothing outside its own origin', () => {
    expect(game.consoleErrors).toEqual([]);
    expect(game.foreignRequests).toEqual([]);
  });
});
