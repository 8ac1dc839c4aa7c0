/**
 * Chest pain at rooming, through the screen, on the cardiology morning: Douglas Whitaker tells
 * the MA of pressure in his chest going into his left arm. The scripted expert's own moves
 * (through the test hook) bring him to the exam room with the complaint charted; the test
 * then alerts the provider from the exam room's button (a red flag, judged passed, not a
 * needless alert), and at the end of rooming takes him to the ECG bed on the clinic's standing
 * order, which the exam room offers beside "ready for the provider". The queue then offers
 * his ECG at the ECG bed, before the provider has seen him.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { TraineeAction } from '../../src/clinic/trainee-action';
import { parseScenarioText } from '../../src/scenario/scenario-loader';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { replaySession } from '../../src/session/session';
import { actionForTask } from '../../src/trainees/trainee';
import { SceneKeys } from '../../scenes/keys';
import { openGamePage, type GamePage } from './support/browser';
import { startPausedDay } from './support/new-day';
import { waitForScene } from './support/screens';

const DOUGLAS = 'douglas-whitaker';
const NAME = 'Douglas Whitaker';

async function loadScenario(file: string): Promise<Scenario> {
  const loaded = parseScenarioText(await readFile(resolve(import.meta.dirname, '../..', file), 'utf8'), file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return loaded.scenario;
}

type Step = { readonly kind: 'act'; readonly action: TraineeAction } | { readonly kind: 'wait' };

/** Set-up through the test hook: the scripted expert's moves for one patient, found on a copy of the page's day, up to (not doing) the first move `stop` picks. */
async function expertUntilMove(page: Page, scenario: Scenario, stop: (action: TraineeAction) => boolean): Promise<TraineeAction> {
  const day = await page.evaluate(() => {
    const session = window.__clinic!.session()!;
    return { seed: session.seed, settings: session.settings, minute: session.minute, log: session.log.map((entry) => ({ ...entry })) };
  });
  const copy = replaySession(scenario, day.seed, day.settings, day.log);
  copy.advanceTo(day.minute);
  const steps: Step[] = [];
  let next: TraineeAction | null = null;
  for (;;) {
    if (steps.length > 400 || copy.isOver) throw new Error(`the expert did not bring ${DOUGLAS} there`);
    const task = copy.available().find((candidate) => candidate.patientId === DOUGLAS && candidate.stage !== 'phone');
    const action = task ? actionForTask(copy, task) : null;
    if (action && stop(action)) {
      next = action;
      break;
    }
    if (action && copy.act(DOUGLAS, action).accepted) steps.push({ kind: 'act', action });
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
    { id: DOUGLAS, moves: steps },
  );
  return next;
}

/** Opens the patient's station from the HUD queue with the keyboard, once the floor has caught up with the hook (`inside` marks the station wanted). */
async function openFromQueue(page: Page, inside: string): Promise<Locator> {
  const item = page.locator('.hud-queue .queue-item', { hasText: NAME });
  const open = page.locator('[role="dialog"].station');
  if (await open.count()) {
    await open.press('Escape');
    await open.waitFor({ state: 'detached' });
  }
  const before = await page.locator('.hud-time').innerText();
  await page.getByRole('button', { name: 'Resume' }).click();
  try {
    await page.waitForFunction((shown) => document.querySelector('.hud-time')?.textContent !== shown, before, { timeout: 20_000 });
    await item.waitFor({ timeout: 20_000 });
  } finally {
    await page.getByRole('button', { name: 'Pause' }).click();
  }
  await item.focus();
  await page.keyboard.press('Enter');
  const station = page.locator('[role="dialog"].station');
  await station.locator(inside).waitFor();
  return station;
}

function checksOf(page: Page, ruleIds: readonly string[]): Promise<{ ruleId: string; passed: boolean }[]> {
  return page.evaluate(
    ({ id, rules }) =>
      window
        .__clinic!.session()!
        .record()
        .checks.filter((c) => c.patientId === id && rules.includes(c.ruleId))
        .map((c) => ({ ruleId: c.ruleId, passed: c.passed })),
    { id: DOUGLAS, rules: [...ruleIds] },
  );
}

const stageOf = (page: Page) => page.evaluate((id) => window.__clinic!.session()!.stageOf(id), DOUGLAS);

let game: GamePage | null = null;

afterAll(async () => {
  await game?.close();
});

describe('Chest pain at rooming', () => {
  it('alerts the provider at once from the exam room, then takes the patient to the ECG bed before the provider sees him', async () => {
    const scenario = await loadScenario('scenarios/cardiology-morning.yaml');
    game = await openGamePage(inject('gameUrl'));
    const { page } = game;
    await waitForScene(page, SceneKeys.Title);
    page.setDefaultTimeout(20_000);
    await startPausedDay(page, scenario.title);
    await page.getByRole('button', { name: 'Speed 4×' }).click();

    // The expert charts the complaint in the exam room; its next move would be the alert: the test makes it.
    await expertUntilMove(page, scenario, (action) => action.type === 'provider.alerted');
    let station = await openFromQueue(page, '.vitals-station');
    expect(await station.innerText()).toMatch(/red-flag symptom the patient tells you \(chest pain or pressure/);
    await station.locator('[data-key="alert-provider"]').press('Enter');
    await expect.poll(() => checksOf(page, ['vitals.red-flag-escalation', 'escalation.unneeded-alert'])).toEqual([{ ruleId: 'vitals.red-flag-escalation', passed: true }]);

    // The rest of rooming by the hook; the hand-over is the trainee's: the exam room offers the ECG bed on the standing order.
    const handOver = await expertUntilMove(page, scenario, (action) => action.type === 'patient.sent-for-ecg' || action.type === 'patient.ready-for-provider');
    expect(handOver.type).toBe('patient.sent-for-ecg');
    station = await openFromQueue(page, '.vitals-station');
    const send = station.locator('[data-key="send-for-ecg"]');
    expect(await send.innerText()).toBe('Take the patient to the ECG bed now (standing order)');
    expect(await station.locator('[data-key="ready"]').count()).toBe(1);
    await send.press('Enter');
    await expect.poll(() => stageOf(page)).toBe('standing-order');
    expect(await checksOf(page, ['rooming.standing-ecg'])).toEqual([{ ruleId: 'rooming.standing-ecg', passed: true }]);

    // The queue offers his ECG at the ECG bed, and the provider has not seen him yet.
    const item = page.locator('.hud-queue .queue-item', { hasText: NAME });
    station = await openFromQueue(page, '.ecg-station');
    expect(await page.locator('[role="dialog"].station').getByText('ECG bed', { exact: true }).count()).toBeGreaterThan(0);
    expect(await stageOf(page)).toBe('standing-order');
    const timeline = await page.evaluate((id) => window.__clinic!.session()!.record().timeline.filter((e) => e.patientId === id).map((e) => e.kind), DOUGLAS);
    expect(timeline).not.toContain('provider-entered');
    await station.press('Escape');
    expect(await item.innerText()).toMatch(/ECG/);
  });
});
