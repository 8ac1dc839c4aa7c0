/**
 * An infant roomed through the screen, focused (no whole day): on the pediatrics day the
 * scripted expert's moves (through the test hook) bring Mateo, 6 months, to his allergies, and
 * the test rooms him from there with the keyboard: his mother answers the questions, no
 * thermometer is chosen for him in advance, he is measured on the length board (the list says
 * length, not height) and his head taped, his pulse is counted apically, the blood pressure is offered lying or on
 * a lap with an infant cuff and called not routine, and the chart asks no BMI. His rooming ends
 * with no finding. Aaliyah, 7 weeks, is told why no pain scale is offered at her age, is offered
 * no pain button, and her chart and flags hold no pain score and no blood pressure.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { GamePage } from './support/browser';
import { act, checksOf, expertUntilMove, loadScenario, openExamRoom, openPausedDay } from './support/exam-room';

let game: GamePage | null = null;

afterEach(async () => {
  await game?.close();
  game = null;
});

async function startDay(title: string): Promise<Page> {
  game = await openPausedDay(inject('gameUrl'), title);
  return game.page;
}

describe('The exam room, an infant', () => {
  it('rooms a 6-month-old with his mother answering, on the length board, with an apical pulse and no BMI', async () => {
    const scenario = await loadScenario('scenarios/pediatrics.yaml');
    const page = await startDay(scenario.title);
    const MATEO = 'mateo-gutierrez';
    await expertUntilMove(page, scenario, MATEO, (action) => action.type === 'allergies.reconciled');
    const station = await openExamRoom(page, 'Mateo Gutiérrez');
    const key = (name: string) => station.locator(`[data-key="${name}"]`);

    // His mother answers for him: the allergies and the reason for the visit are hers to say.
    await station.getByRole('button', { name: 'Ask Valeria Gutiérrez (mother) about Mateo’s allergies' }).press('Enter');
    await station.getByText('“He doesn’t have any allergies that we know of.”').waitFor();
    expect(await station.getByText('I don’t have any allergies').count()).toBe(0);
    await key('save-allergies').press('Enter');
    await key('meds').press('Enter');
    // The medication list is gone through with his mother, and the provider box speaks of what a parent can tell of a baby.
    await station.getByText('Medication list gone through with Valeria Gutiérrez (mother) and saved.').waitFor();
    expect(await station.getByText(/chest pain/).count()).toBe(0);
    await station.getByText(/a red-flag symptom Valeria Gutiérrez \(mother\) tells you of \(trouble breathing, for one\)/).waitFor();
    await station.getByRole('button', { name: 'Ask Valeria Gutiérrez (mother): “What brings Mateo in today?”' }).press('Enter');
    await station.getByText('Valeria Gutiérrez (mother) says').waitFor();
    const words = "His six-month check-up and shots. He's rolling over now!";
    await station.getByText(`“${words}”`, { exact: true }).waitFor();
    await key('complaint').fill(words);
    await key('record-complaint').press('Enter');
    // Typed without quotation marks or with them, the record shows one pair.
    await station.getByText(`Recorded: “${words}”`, { exact: true }).waitFor();

    // No thermometer is chosen for him: taking the temperature first asks for a route that suits his age.
    expect(await station.locator('[data-key^="route:"]:checked').count()).toBe(0);
    await key('measure-temp').press('Enter');
    await station.getByText('Choose the thermometer and route that suit the child’s age first.').waitFor();

    // The infant's instruments: the length board and the infant scale, the stethoscope at the apex.
    await station.getByRole('button', { name: 'Weight (infant scale) and length (lying on the length board)' }).press('Enter');
    await station.getByText(/length board \(lying, head held by the parent\): \d+\.\d cm/).waitFor();
    await station.locator('.vitals-taken dt', { hasText: 'Length / weight' }).waitFor();
    await station.locator('.vitals-taken', { hasText: 'Head circumference' }).getByText('43.5 cm (tape)').waitFor();
    expect(await station.locator('[data-key="vital:headCircumferenceCm"]').count()).toBe(1);
    expect(await station.locator('.vitals-taken dt', { hasText: 'Height / weight' }).count()).toBe(0);
    await station.getByRole('button', { name: 'Apical pulse (stethoscope, count 60 s)' }).press('Enter');
    await station.getByText(/Apical pulse, stethoscope at the fourth intercostal space, left midclavicular line, counted for a full minute: \d+ beats/).waitFor();
    expect(await station.getByText(/stadiometer|Radial pulse/).count()).toBe(0);

    // No routine blood pressure under 3; if taken, he lies calm or is held on the lap, never "seated, feet flat".
    await station.getByText(/Not a routine vital sign for Mateo: under 3 years/).waitFor();
    const positions = await station.locator('[data-key^="position:"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).dataset.key));
    expect(positions).toEqual(['position:lying-supine', 'position:on-parent-lap']);
    await station.getByText('Infant — arm up to 15 cm').waitFor();

    // The rest of the measurements by the expert's moves, up to the chart: it has a length and no BMI.
    const record = await expertUntilMove(page, scenario, MATEO, (action) => action.type === 'vitals.recorded');
    const chart = await openExamRoom(page, 'Mateo Gutiérrez');
    await chart.locator('[data-key="vital:heightCm"]').waitFor();
    expect(await chart.getByLabel('Length').count()).toBe(1);
    expect(await chart.locator('[data-key="vital:bmi"]').count()).toBe(0);
    expect(await chart.locator('[data-key="calc-bmi"]').count()).toBe(0);
    await chart.getByText('No BMI under 2 years: the provider plots weight-for-length on the WHO growth chart (CDC).').waitFor();
    if (record.type !== 'vitals.recorded') throw new Error('no record');
    expect(record.values.bmi).toBeNull();
    await act(page, MATEO, record);

    const handOver = await expertUntilMove(page, scenario, MATEO, (action) => action.type === 'patient.ready-for-provider');
    // No standing ECG order for a baby: no ECG-bed button in his room; the ranges the flags are judged by are shown.
    const review = await openExamRoom(page, 'Mateo Gutiérrez');
    await review.locator('[data-key="ready"]').waitFor();
    expect(await review.locator('[data-key="send-for-ecg"]').count()).toBe(0);
    await act(page, MATEO, handOver);
    await expect.poll(async () => (await checksOf(page, MATEO, ['rooming.chief-complaint'])).length).toBe(1);
    const checks = await checksOf(page, MATEO, ['rooming.allergies', 'rooming.medications', 'rooming.chief-complaint', 'vitals.record-accuracy', 'vitals.abnormal-flag']);
    expect(checks.filter((c) => !c.passed)).toEqual([]);
    expect(checks.filter((c) => c.ruleId === 'vitals.record-accuracy').length).toBeGreaterThan(0);
  });

  it('tells the trainee why a 7-week-old has no pain scale, offers no pain button, and charts and flags no pain score or blood pressure for her', async () => {
    const scenario = await loadScenario('scenarios/pediatrics.yaml');
    const page = await startDay(scenario.title);
    const AALIYAH = 'aaliyah-brooks';
    await expertUntilMove(page, scenario, AALIYAH, (action) => action.type === 'height-weight.measured');
    const station = await openExamRoom(page, 'Aaliyah Brooks');
    await station.getByText(/^No pain scale is used here under 2 months: FLACC starts at 2 months.*Watch the baby/).waitFor();
    // Only what the trainee can do is offered: no "Assess pain" among the measurements.
    expect(await station.locator('[data-key="measure-pain"]').count()).toBe(0);
    expect(await station.getByRole('button', { name: /pain/i }).count()).toBe(0);

    // The chart: no pain score, and no blood pressure for a baby whose blood pressure was not taken (not routine under 3).
    const record = await expertUntilMove(page, scenario, AALIYAH, (action) => action.type === 'vitals.recorded');
    const chart = await openExamRoom(page, 'Aaliyah Brooks');
    await chart.locator('[data-key="vital:heightCm"]').waitFor();
    expect(await chart.locator('[data-key="vital:painScore"], [data-key="vital:systolicMmHg"], [data-key="vital:diastolicMmHg"]').count()).toBe(0);
    expect(await chart.locator('[data-key="vital:pulsePerMinute"]').count()).toBe(1);
    await act(page, AALIYAH, record);
    // The flags offered leave out the blood pressure, and keep the rest.
    const review = await openExamRoom(page, 'Aaliyah Brooks');
    await review.locator('[data-key="flag:pulse"]').waitFor();
    expect(await review.locator('[data-key="flag:blood-pressure"]').count()).toBe(0);
  });
});
