/**
 * Chest pain at rooming, through the screen, on the cardiology morning: Douglas Whitaker tells
 * the MA of pressure in his chest going into his left arm. The scripted expert's own moves
 * (through the test hook) bring him to the exam room with the complaint charted; the test
 * then alerts the provider from the exam room's button (a red flag, judged passed, not a
 * needless alert), and at the end of rooming takes him to the ECG bed on the clinic's standing
 * order, which the exam room offers beside "ready for the provider". The queue then offers
 * his ECG at the ECG bed, before the provider has seen him.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { SceneKeys } from '../../scenes/keys';
import { openGamePage, type GamePage } from './support/browser';
import { checksOf, expertUntilMove, expertUntilStage, loadScenario, openExamRoom } from './support/exam-room';
import { startPausedDay } from './support/new-day';
import { waitForScene } from './support/screens';

const DOUGLAS = 'douglas-whitaker';
const NAME = 'Douglas Whitaker';

/** The checks of the given rules for Douglas so far: rule id and passed. */
async function douglasChecks(page: Page, ruleIds: readonly string[]): Promise<{ ruleId: string; passed: boolean }[]> {
  return (await checksOf(page, DOUGLAS, ruleIds)).map(({ ruleId, passed }) => ({ ruleId, passed }));
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

    // The expert tells the provider at the desk too (check-in's alert) and brings him to the exam room; there it charts
    // the complaint, and its next move would be the alert: the test makes it.
    await expertUntilStage(page, scenario, DOUGLAS, 'rooming');
    await expertUntilMove(page, scenario, DOUGLAS, (action) => action.type === 'provider.alerted');
    let station = await openExamRoom(page, NAME, '.vitals-station');
    expect(await station.innerText()).toMatch(/red-flag symptom the patient tells you \(chest pain or pressure/);
    await station.locator('[data-key="alert-provider"]').press('Enter');
    await expect.poll(() => douglasChecks(page, ['vitals.red-flag-escalation', 'escalation.unneeded-alert'])).toEqual([{ ruleId: 'vitals.red-flag-escalation', passed: true }]);

    // The rest of rooming by the hook; the hand-over is the trainee's: the exam room offers the ECG bed on the standing order.
    const handOver = await expertUntilMove(page, scenario, DOUGLAS, (action) => action.type === 'patient.sent-for-ecg' || action.type === 'patient.ready-for-provider');
    expect(handOver.type).toBe('patient.sent-for-ecg');
    station = await openExamRoom(page, NAME, '.vitals-station');
    const send = station.locator('[data-key="send-for-ecg"]');
    expect(await send.innerText()).toBe('Take the patient to the ECG bed now (standing order)');
    expect(await station.locator('[data-key="ready"]').count()).toBe(1);
    await send.press('Enter');
    await expect.poll(() => stageOf(page)).toBe('standing-order');
    expect(await douglasChecks(page, ['rooming.standing-ecg'])).toEqual([{ ruleId: 'rooming.standing-ecg', passed: true }]);

    // The queue offers his ECG at the ECG bed, and the provider has not seen him yet.
    const item = page.locator('.hud-queue .queue-item', { hasText: NAME });
    station = await openExamRoom(page, NAME, '.ecg-station');
    expect(await page.locator('[role="dialog"].station').getByText('ECG bed', { exact: true }).count()).toBeGreaterThan(0);
    expect(await stageOf(page)).toBe('standing-order');
    const timeline = await page.evaluate((id) => window.__clinic!.session()!.record().timeline.filter((e) => e.patientId === id).map((e) => e.kind), DOUGLAS);
    expect(timeline).not.toContain('provider-entered');
    await station.press('Escape');
    expect(await item.innerText()).toMatch(/ECG/);
  });
});
