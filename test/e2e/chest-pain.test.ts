/**
 * Chest pain at rooming, through the screen, on the cardiology morning: Douglas Whitaker tells
 * the MA of pressure in his chest going into his left arm. The scripted expert's own moves
 * (through the test hook) bring him to the exam room; Needs you puts him first, with the ECG
 * bed to go to, and the exam room offers the ECG bed on the clinic's standing order as its
 * first step, before the vitals. The queue then offers his ECG at the ECG bed, before the
 * provider has seen him; after the tracing rooming resumes, and the test alerts the provider
 * from the exam room's button (a red flag, judged passed, not a needless alert).
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { SceneKeys } from '../../scenes/keys';
import { openGamePage, type GamePage } from './support/browser';
import { act, checksOf, expertUntilMove, expertUntilStage, loadScenario, openExamRoom } from './support/exam-room';
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
  it('offers the ECG bed first as soon as he is roomed, before the vitals, and resumes rooming after the tracing', async () => {
    const scenario = await loadScenario('scenarios/cardiology-morning.yaml');
    game = await openGamePage(inject('gameUrl'));
    const { page } = game;
    await waitForScene(page, SceneKeys.Title);
    page.setDefaultTimeout(20_000);
    await startPausedDay(page, scenario.title);
    await page.getByRole('button', { name: 'Speed 4×' }).click();

    // The expert tells the provider at the desk (check-in's alert) and brings him to the exam room.
    await expertUntilStage(page, scenario, DOUGLAS, 'rooming');
    await page.evaluate(() => window.__clinic!.refresh());
    // Needs you puts him first, with the ECG bed as the thing to do.
    const first = page.locator('.hud-queue .queue-item').first();
    await expect.poll(() => first.innerText()).toMatch(/Douglas Whitaker[\s\S]*Chest pain: to the ECG bed now \(standing order\)/);
    let station = await openExamRoom(page, NAME, '.vitals-station');
    // The exam room offers it as its first step, before the contact and the vitals.
    const steps = await station.locator('.vitals-station .kit-step-heading').allInnerTexts();
    expect(steps[0]).toMatch(/Standing order: ECG/);
    const send = station.locator('[data-key="send-for-ecg-now"]');
    expect(await send.innerText()).toBe('Take the patient to the ECG bed now (standing order)');
    await send.press('Enter');
    await expect.poll(() => stageOf(page)).toBe('standing-order');

    // The queue offers his ECG at the ECG bed, and the provider has not seen him yet.
    station = await openExamRoom(page, NAME, '.ecg-station');
    expect(await page.locator('[role="dialog"].station').getByText('ECG bed', { exact: true }).count()).toBeGreaterThan(0);
    const timeline = await page.evaluate((id) => window.__clinic!.session()!.record().timeline.filter((e) => e.patientId === id).map((e) => e.kind), DOUGLAS);
    expect(timeline).not.toContain('provider-entered');
    await station.press('Escape');

    // The tracing by the hook; rooming resumes where it stopped, the ECG bed no longer offered. The provider was told from the
    // desk and handed the tracing at once: his chest pain heard again in the room asks for no new alert, and the measurement
    // after it is no finding (the playtest's trainee failed the day on it).
    await expertUntilStage(page, scenario, DOUGLAS, 'rooming');
    const measure = await expertUntilMove(page, scenario, DOUGLAS, (action) => action.type.endsWith('.measured'));
    // The complaint was the step just before, in the room.
    expect(await page.evaluate((id) => window.__clinic!.session()!.log.filter((e) => e.patientId === id).at(-1)!.action.type, DOUGLAS)).toBe('chief-complaint.recorded');
    station = await openExamRoom(page, NAME, '.vitals-station');
    expect(await station.locator('[data-key="send-for-ecg-now"]').count()).toBe(0);
    await act(page, DOUGLAS, measure);
    expect(await douglasChecks(page, ['vitals.red-flag-escalation', 'escalation.unneeded-alert'])).toEqual([]);
    const handOver = await expertUntilMove(page, scenario, DOUGLAS, (action) => action.type === 'patient.ready-for-provider' || action.type === 'patient.sent-for-ecg');
    expect(handOver.type).toBe('patient.ready-for-provider');
    await act(page, DOUGLAS, handOver);
    expect(await douglasChecks(page, ['rooming.standing-ecg', 'vitals.red-flag-escalation'])).toEqual([
      { ruleId: 'vitals.red-flag-escalation', passed: true },
      { ruleId: 'rooming.standing-ecg', passed: true },
    ]);
  });
});
