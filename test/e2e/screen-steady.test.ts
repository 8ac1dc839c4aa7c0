/**
 * What the playtest of the whole day found moving under the trainee (issue 19), measured on
 * bounding boxes and focus at 1366×768, no screenshots compared:
 *
 * - At check-in a finding shows beside the station, at the side panel's foot, over none of
 *   it; the step list stays in view at the body's top, and the step's hint sits under the body.
 * - The registration takes an emergency contact down (name, relationship, phone) and records it.
 * - Recording the chief complaint does not move "Complete check-in" (its line was added under
 *   the button and pushed the next step down).
 * - Once the first blood pressure is in, the exam room says to repeat a high one after 1–2
 *   minutes (the repeat `vitals.bp-repeat` scores), under the reading's buttons.
 * - On the claim form a diagnosis code's description appearing in box 21, and a procedure's in
 *   box 24, moves no line of box 24.
 * - A station that closes because its patient was handed on, with nobody left in the queue,
 *   gives the keyboard to the floor, never to End day, and a stray Enter ends nothing.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SceneKeys } from '../../scenes/keys';
import type { TraineeAction } from '../../src/clinic/trainee-action';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { replaySession } from '../../src/session/session';
import { actionForTask } from '../../src/trainees/trainee';
import { openGamePage, type GamePage } from './support/browser';
import { act, expertUntilMove, expertUntilStage, loadScenario, openExamRoom } from './support/exam-room';
import { endDayToTitle, startPausedDay } from './support/new-day';
import { type Box, boxOf, nextFrames, waitForScene } from './support/screens';

const VIEWPORT = { width: 1366, height: 768 } as const;
const MORNING_TITLE = 'A Short Morning at Maple Street';
const FIRST_DAY_TITLE = 'First Day at Cedar Hollow';
const MARCUS = { id: 'marcus-johnson', name: 'Marcus Johnson' };
const PRIYA = { id: 'priya-raman', name: 'Priya Raman' };



function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Boxes that have not moved down the form, nor grown, and moved across it by 2 px at most. */
function expectStill(now: readonly Box[], then: readonly Box[]): void {
  now.forEach((box, index) => {
    const was = then[index]!;
    expect({ y: box.y, height: box.height }).toEqual({ y: was.y, height: was.height });
    expect(Math.abs(box.x - was.x)).toBeLessThanOrEqual(2);
    expect(Math.abs(box.width - was.width)).toBeLessThanOrEqual(2);
  });
}

/** Opens a queue line's station with the keyboard, as a trainee does. */
async function openFromQueue(page: Page, name: string): Promise<Locator> {
  await page.evaluate(() => window.__clinic!.refresh());
  const line = page.locator('.hud-queue .queue-item', { hasText: name }).first();
  await line.waitFor();
  await line.focus();
  await page.keyboard.press('Enter');
  const station = page.locator('[role="dialog"].station');
  await station.waitFor();
  return station;
}

/** The file's one page at 1366×768: the default morning, then the orientation day (started from the title after "End day"). */
let game: GamePage;

afterAll(async () => {
  await game?.close();
});

describe('A station at 1366×768 keeps still what the trainee is about to press', () => {
  let scenario: Scenario;

  beforeAll(async () => {
    scenario = await loadScenario('scenarios/default-morning.yaml');
    game = await openGamePage(inject('gameUrl'), { viewport: VIEWPORT });
    await waitForScene(game.page, SceneKeys.Title);
    game.page.setDefaultTimeout(30_000);
    await startPausedDay(game.page, MORNING_TITLE, { mode: 'practice' });
  });

  it('shows a check-in finding beside the front desk, over none of it, with the step list in view and the hint under the body', async () => {
    const { page } = game;
    const desk = await openFromQueue(page, MARCUS.name);
    await desk.getByRole('button', { name: 'Greet the patient' }).click();
    await desk.getByRole('radio', { name: 'Full name' }).check();
    await desk.getByRole('radio', { name: 'Ask the patient to state it' }).check();
    await desk.getByRole('button', { name: 'Ask', exact: true }).click();
    await desk.getByText('Marcus Allen Johnson.').waitFor();
    const bodyBefore = await boxOf(desk.locator('.station-body'));
    // One identifier where two are required: a critical finding, shown at once.
    await desk.getByRole('button', { name: 'The identifiers match: confirm identity' }).click();
    const card = page.locator('.hud-side-foot .feedback-card');
    await card.waitFor();
    await nextFrames(page);
    // Neither the finding nor the next step's hint came in above the body: its top stayed where it was.
    expect((await boxOf(desk.locator('.station-body'))).y).toBe(bodyBefore.y);
    await desk.locator('.station-body').evaluate((body) => (body.scrollTop = 0));
    const [cardBox, deskBox, bodyBox, stepsBox, hintBox] = await Promise.all([
      boxOf(card),
      boxOf(desk),
      boxOf(desk.locator('.station-body')),
      boxOf(desk.locator('.kit-step-list')),
      boxOf(desk.locator('.station-step-hint')),
    ]);
    expect(await desk.locator('.feedback-card').count()).toBe(0);
    expect(intersects(cardBox, deskBox)).toBe(false);
    // The step list whole at the body's top, under nothing.
    expect(stepsBox.y).toBeGreaterThanOrEqual(bodyBox.y - 1);
    expect(stepsBox.y + stepsBox.height).toBeLessThanOrEqual(bodyBox.y + bodyBox.height + 1);
    expect(hintBox.y).toBeGreaterThanOrEqual(bodyBox.y + bodyBox.height - 1);
    expect(hintBox.y + hintBox.height).toBeLessThanOrEqual(deskBox.y + deskBox.height + 1);
  });

  it('keeps "Complete check-in" where it was when the chief complaint is recorded', async () => {
    const { page } = game;
    const desk = page.locator('[role="dialog"].station');
    const complete = desk.locator('[data-key="complete-check-in"]');
    await complete.scrollIntoViewIfNeeded();
    await desk.getByLabel('Chief complaint, in the patient’s words').fill('Here for my blood pressure check');
    const before = await boxOf(complete);
    await desk.getByRole('button', { name: 'Record the chief complaint' }).click();
    await desk.getByText('Recorded: “Here for my blood pressure check”').waitFor();
    await nextFrames(page);
    expect(await boxOf(complete)).toEqual(before);
  });

  it('takes the emergency contact down in the registration, name, relationship and phone, and records it', async () => {
    const { page } = game;
    const desk = page.locator('[role="dialog"].station');
    const ask = desk.locator('[data-key="ask-changes"], [data-key="ask-details"]');
    if (await ask.count()) await ask.first().click();
    const contact = desk.getByRole('group', { name: 'Emergency contact' });
    await contact.getByLabel('Emergency contact name').fill('Rosa Delgado');
    await contact.getByLabel('Relationship').fill('Sister');
    await contact.getByLabel('Emergency contact phone').fill('555-555-0177');
    await desk.locator('[data-key="save-demographics"]').click();
    await desk.getByText('emergency contact Rosa Delgado (Sister), 555-555-0177', { exact: false }).waitFor();
    const recorded = await page.evaluate((id) => {
      const snapshot = window.__clinic!.session()!.workflowSnapshot(id) as { context?: { demographics?: { emergencyContact?: unknown } } } | undefined;
      return snapshot?.context?.demographics?.emergencyContact ?? null;
    }, MARCUS.id);
    expect(recorded).toEqual({ name: 'Rosa Delgado', relationship: 'Sister', phone: '555-555-0177' });
  });

  it('says, once the first blood pressure is in, to repeat a high one after 1–2 minutes, under the buttons, without moving "Take another reading"', async () => {
    const { page } = game;
    await page.locator('[role="dialog"].station').press('Escape');
    const reading = await expertUntilMove(page, scenario, MARCUS.id, (action) => action.type === 'blood-pressure.measured');
    const station = await openExamRoom(page, MARCUS.name);
    const note = station.locator('.bp-repeat-note');
    expect(await note.count()).toBe(0);
    await act(page, MARCUS.id, reading);
    await page.evaluate(() => window.__clinic!.refresh());
    await note.waitFor();
    expect(await note.innerText()).toMatch(/wait 1–2 minutes, take a second reading the same way and chart the average/);
    const [noteBox, takeBox] = await Promise.all([boxOf(note), boxOf(station.locator('[data-key="take-bp"]'))]);
    expect(noteBox.y).toBeGreaterThanOrEqual(takeBox.y + takeBox.height - 1);
    expect(await station.locator('[data-key="take-bp"]').innerText()).toBe('Take another reading');
  });

  it('moves no line of box 24 when a code’s description appears in box 21 or box 24', async () => {
    const { page } = game;
    await page.locator('[role="dialog"].station').press('Escape');
    await expertUntilStage(page, scenario, MARCUS.id, 'billing');
    const station = await openFromQueue(page, MARCUS.name);
    const dx = station.getByRole('combobox', { name: 'Box 21A, diagnosis A (ICD-10-CM)' });
    const line1 = station.getByRole('combobox', { name: 'Line 1, CPT/HCPCS code (box 24D)' });
    const line2 = station.getByRole('combobox', { name: 'Line 2, CPT/HCPCS code (box 24D)' });
    const form = station.locator('.cms1500');
    // Where box 24's lines are on the form (the body scrolls as fields take focus: measured from the form's corner).
    // Down the form to the pixel; across it within 2 px (the charge column's "$150.00" shares out the table's width anew by a pixel).
    const onForm = async () => {
      const [corner, one, two] = await Promise.all([boxOf(form), boxOf(line1), boxOf(line2)]);
      return [one, two].map((box) => ({ x: box.x - corner.x, y: box.y - corner.y, width: box.width, height: box.height }));
    };
    const before = await onForm();
    await dx.fill('I10');
    const dxDescription = station.locator(`#${await dx.getAttribute('id')}-description`);
    await expect.poll(() => dxDescription.innerText()).not.toBe('');
    await page.keyboard.press('Escape');
    expectStill(await onForm(), before);
    await line1.fill('99214');
    const lineDescription = station.locator(`#${await line1.getAttribute('id')}-description`);
    await expect.poll(() => lineDescription.innerText()).not.toBe('');
    await page.keyboard.press('Escape');
    await nextFrames(page);
    expectStill(await onForm(), before);
  });
});

describe('Handing the last patient on from a station', () => {
  let scenario: Scenario;

  beforeAll(async () => {
    scenario = await loadScenario('scenarios/first-day.yaml');
    const station = game.page.locator('[role="dialog"].station');
    if ((await station.count()) > 0) {
      await station.press('Escape');
      await station.waitFor({ state: 'detached' });
    }
    await endDayToTitle(game.page);
    await startNewUntimedDay(game.page);
  });

  it('gives the keyboard to the floor when the queue is empty, never to End day, and a stray Enter ends nothing', async () => {
    const { page } = game;
    await expertUntilStage(page, scenario, PRIYA.id, 'rooming');
    const station = await openExamRoom(page, PRIYA.name);
    expect(await station.evaluate((node) => node.contains(document.activeElement))).toBe(true);
    // The expert's rooming and vitals, through the hook: Priya goes on to the provider and her station closes.
    await expertWhileRooming(page, scenario, PRIYA.id);
    await page.evaluate(() => window.__clinic!.refresh());
    await station.waitFor({ state: 'detached' });
    expect(await page.locator('.hud-queue .queue-item').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('game');
    await page.keyboard.press('Enter');
    await nextFrames(page);
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.evaluate(() => window.__clinic!.session()!.isOver)).toBe(false);
  });
});

/** Starts the untimed first day (its own setting) and waits for the floor. */
async function startNewUntimedDay(page: Page): Promise<void> {
  await page.getByText(FIRST_DAY_TITLE, { exact: true }).click();
  await page.getByRole('button', { name: 'New day' }).click();
  const briefing = page.getByRole('form', { name: /./ }).filter({ has: page.getByRole('button', { name: 'Start the day' }) });
  await briefing.getByRole('button', { name: 'Start the day' }).click();
  await waitForScene(page, SceneKeys.ClinicFloor);
}

/** The expert's moves for the patient while they are in rooming, found on a copy of the page's day, then done on the page. */
async function expertWhileRooming(page: Page, scenario: Scenario, patientId: string): Promise<void> {
  const day = await page.evaluate(() => {
    const session = window.__clinic!.session()!;
    return { seed: session.seed, settings: session.settings, minute: session.minute, log: session.log.map((entry) => ({ ...entry })) };
  });
  const copy = replaySession(scenario, day.seed, day.settings, day.log);
  copy.advanceTo(day.minute);
  const moves: TraineeAction[] = [];
  while (copy.stageOf(patientId) === 'rooming') {
    if (moves.length > 60 || copy.isOver) throw new Error(`the expert did not finish rooming ${patientId}`);
    const task = copy.available().find((candidate) => candidate.patientId === patientId && candidate.stage === 'rooming');
    const action = task ? actionForTask(copy, task) : null;
    if (!action || !copy.act(patientId, action).accepted) throw new Error(`the expert has no accepted rooming move for ${patientId}`);
    moves.push(action);
  }
  copy.dispose();
  await page.evaluate(
    ({ id, actions }) => {
      const session = window.__clinic!.session()!;
      for (const action of actions) if (!session.act(id, action).accepted) throw new Error(`refused: ${action.type}`);
    },
    { id: patientId, actions: moves },
  );
}
