/**
 * Focused exam-room browser tests' set-up: a bundled scenario read from disk, the scripted
 * expert's own moves (found on a replayed copy of the page's day, done through the test hook)
 * to bring one patient to the step under test, the exam room opened from the HUD queue with
 * the keyboard, and the checks the day recorded for the patient.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { SceneKeys } from '../../../scenes/keys';
import { openGamePage, type GamePage } from './browser';
import { startPausedDay } from './new-day';
import { waitForScene } from './screens';
import type { TraineeAction } from '../../../src/clinic/trainee-action';
import { parseScenarioText } from '../../../src/scenario/scenario-loader';
import type { Scenario } from '../../../src/scenario/scenario.schema';
import { replaySession, type Session } from '../../../src/session/session';
import { actionForTask } from '../../../src/trainees/trainee';

/** Opens the game from its title into a new, paused day of the scenario titled `title`, at 4× speed for the set-up's waits. */
export async function openPausedDay(url: string, title: string): Promise<GamePage> {
  const game = await openGamePage(url);
  await waitForScene(game.page, SceneKeys.Title);
  game.page.setDefaultTimeout(20_000);
  await startPausedDay(game.page, title);
  await game.page.getByRole('button', { name: 'Speed 4×' }).click();
  return game;
}

/**
 * A bundled scenario's file (`scenarios/….yaml`) opened into a new, paused day in practice at
 * 1366×768, as the playtests played it: the scenario, the game (to close after) and its page.
 */
export async function openPracticeDayAt1366(url: string, file: string): Promise<{ scenario: Scenario; game: GamePage; page: Page }> {
  const scenario = await loadScenario(file);
  const game = await openGamePage(url, { viewport: { width: 1366, height: 768 } });
  const { page } = game;
  await waitForScene(page, SceneKeys.Title);
  page.setDefaultTimeout(30_000);
  await startPausedDay(page, scenario.title, { mode: 'practice' });
  return { scenario, game, page };
}

/** A bundled scenario, read from the repository. */
export async function loadScenario(file: string): Promise<Scenario> {
  const loaded = parseScenarioText(await readFile(resolve(import.meta.dirname, '../../..', file), 'utf8'), file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return loaded.scenario;
}

/** One step of the expert's way for one patient: an action, or the clock run to the next event. */
type Step = { readonly kind: 'act'; readonly action: TraineeAction } | { readonly kind: 'wait' };

/**
 * Set-up through the test hook: the scripted expert's own moves for one patient, found on a
 * copy of the page's day (its log replayed), up to the move `stop` picks out (not done); then
 * done on the page. Returns that next move.
 */
export async function expertUntilMove(page: Page, scenario: Scenario, patientId: string, stop: (action: TraineeAction) => boolean): Promise<TraineeAction> {
  return (await expertUntil(page, scenario, patientId, (_day, action) => action !== null && stop(action)))!;
}

/** The same set-up, up to the moment the patient reaches `stage` (its first move there not done). */
export async function expertUntilStage(page: Page, scenario: Scenario, patientId: string, stage: string): Promise<void> {
  await expertUntil(page, scenario, patientId, (day) => day.stageOf(patientId) === stage);
}

/** The expert's moves for the patient, on a copy of the page's day, until `until` says stop; then done on the page. Returns the move not done. */
async function expertUntil(page: Page, scenario: Scenario, patientId: string, until: (day: Session, action: TraineeAction | null) => boolean): Promise<TraineeAction | null> {
  const day = await page.evaluate(() => {
    const session = window.__clinic!.session()!;
    return { seed: session.seed, settings: session.settings, minute: session.minute, log: session.log.map((entry) => ({ ...entry })) };
  });
  const copy = replaySession(scenario, day.seed, day.settings, day.log);
  copy.advanceTo(day.minute);
  const steps: Step[] = [];
  let next: TraineeAction | null = null;
  for (;;) {
    if (steps.length > 600 || copy.isOver) throw new Error(`the expert did not bring ${patientId} there`);
    const task = copy.available().find((candidate) => candidate.patientId === patientId && candidate.stage !== 'phone');
    const action = task ? actionForTask(copy, task) : null;
    if (until(copy, action)) {
      next = action;
      break;
    }
    if (action && copy.act(patientId, action).accepted) steps.push({ kind: 'act', action });
    else {
      copy.waitForNextEvent();
      steps.push({ kind: 'wait' });
    }
  }
  copy.dispose();
  await page.evaluate(
    ({ id, moves }) => {
      const session = window.__clinic!.session()!;
      for (const move of moves) {
        if (move.kind === 'wait') session.waitForNextEvent();
        else if (!session.act(id, move.action).accepted) throw new Error(`refused: ${move.action.type}`);
      }
    },
    { id: patientId, moves: steps },
  );
  return next;
}

/** Does one move on the page through the hook (a step the test does not look at). */
export async function act(page: Page, patientId: string, action: TraineeAction): Promise<void> {
  await page.evaluate(
    ({ id, move }) => {
      if (!window.__clinic!.session()!.act(id, move).accepted) throw new Error(`refused: ${move.type}`);
    },
    { id: patientId, move: action },
  );
}

/**
 * The floor draws what a set-up did through the hook; a station the set-up moved its patient
 * out of may close itself (then or a frame later), so a still-open one is closed with Escape
 * from inside it until none is left.
 */
export async function closeOpenStation(page: Page): Promise<void> {
  await page.evaluate(() => window.__clinic!.refresh());
  const open = page.locator('[role="dialog"].station');
  await expect
    .poll(async () => {
      if ((await open.count()) === 0) return true;
      await page.evaluate(() => document.querySelector<HTMLElement>('[role="dialog"].station')?.focus());
      await page.keyboard.press('Escape');
      return (await open.count()) === 0;
    })
    .toBe(true);
}

/**
 * Opens the patient's station from the HUD queue with the keyboard, once the floor has caught
 * up with the hook; `inside` marks the station wanted (the exam room's vitals panel unless
 * told), and `queueSays` what the patient's queue line must say of the step before it is opened.
 */
export async function openExamRoom(page: Page, name: string, inside = '.vitals-station', queueSays?: string): Promise<Locator> {
  const line = page.locator('.hud-queue .queue-item', { hasText: name });
  const item = queueSays === undefined ? line : line.filter({ hasText: queueSays });
  await closeOpenStation(page);
  await item.waitFor({ timeout: 20_000 });
  await item.focus();
  await page.keyboard.press('Enter');
  const station = page.locator('[role="dialog"].station');
  await station.locator(inside).waitFor();
  return station;
}

/** The checks of the given rules for the patient so far: rule id and passed. */
export function checksOf(page: Page, patientId: string, ruleIds: readonly string[]): Promise<{ ruleId: string; passed: boolean; message: string }[]> {
  return page.evaluate(
    ({ id, rules }) =>
      window
        .__clinic!.session()!
        .record()
        .checks.filter((c) => c.patientId === id && rules.includes(c.ruleId))
        .map((c) => ({ ruleId: c.ruleId, passed: c.passed, message: c.finding?.message ?? '' })),
    { id: patientId, rules: [...ruleIds] },
  );
}
