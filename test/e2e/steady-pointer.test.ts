/**
 * What the playtest at 1280×720 saw slide under the pointer (issues 18/19), measured on
 * bounding boxes, no screenshots: at the front desk the question radios as the conversation
 * grows, and the question choice after each Ask (it moves on to the next identifier, never back
 * to "Full name"); the "Plan type" select wide enough for its choices, and the chief complaint's
 * hint saying what is scored; in the exam room the control after a finished section (identify,
 * allergies, flags) where it was before the section collapsed to its lines (to within a pixel); and, after "Inflate", the BP dial
 * with its buttons, zoom and let-down controls in view together. At the ECG bed (1366×768, issue 19), "Record again" stays
 * where it was when the new tracing comes, and the keyboard goes on to the check below it; and
 * "Position the patient" stays where it was when a news line comes over the station with the press
 * (the body's scroll takes the news line; the position taken is said under the button, not above it).
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SceneKeys } from '../../scenes/keys';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { openGamePage, type GamePage } from './support/browser';
import { act, expertUntilMove, loadScenario, openExamRoom, openPracticeDayAt1366 } from './support/exam-room';
import { startPausedDay } from './support/new-day';
import { boxOf, nextFrames, waitForScene } from './support/screens';

const VIEWPORT = { width: 1280, height: 720 } as const;
const MORNING_TITLE = 'A Short Morning at Maple Street';
const MARCUS = { id: 'marcus-johnson', name: 'Marcus Johnson' };



/**
 * `after` is where `before` was, to within a pixel: a done section collapses to its lines and the
 * body scrolls by as much (whole pixels), so what follows may sit a fraction of a pixel off.
 */
function expectStill(after: { x: number; y: number; width: number; height: number }, before: { x: number; y: number; width: number; height: number }): void {
  expect({ x: after.x, width: after.width, height: after.height }).toEqual({ x: before.x, width: before.width, height: before.height });
  expect(Math.abs(after.y - before.y)).toBeLessThan(1);
}

/** Whether the whole of `locator` is inside the window. */
async function inWindow(page: Page, locator: Locator): Promise<boolean> {
  const box = await boxOf(locator);
  const size = page.viewportSize()!;
  return box.y >= -1 && box.y + box.height <= size.height + 1 && box.x >= -1 && box.x + box.width <= size.width + 1;
}

describe('At 1280×720 nothing the trainee is about to press moves under the pointer', () => {
  let game: GamePage;
  let scenario: Scenario;

  beforeAll(async () => {
    scenario = await loadScenario('scenarios/default-morning.yaml');
    game = await openGamePage(inject('gameUrl'), { viewport: VIEWPORT });
    await waitForScene(game.page, SceneKeys.Title);
    game.page.setDefaultTimeout(30_000);
    await startPausedDay(game.page, MORNING_TITLE, { mode: 'practice' });
  });

  afterAll(async () => {
    await game?.close();
  });

  it('keeps the question radios still as the conversation grows, and moves the choice on to the next identifier after each Ask', async () => {
    const { page } = game;
    await page.evaluate(() => window.__clinic!.refresh());
    await page.locator('.hud-queue .queue-item', { hasText: MARCUS.name }).first().click();
    const desk = page.locator('[role="dialog"].station');
    await desk.getByRole('button', { name: 'Greet the patient' }).click();
    const radios = desk.locator('input[name="identity-question"], input[name="identity-style"]');
    const ask = desk.getByRole('button', { name: 'Ask', exact: true });
    const boxes = async () => [...(await Promise.all((await radios.all()).map(boxOf))), await boxOf(ask)];
    const checked = () => desk.locator('input[name="identity-question"]:checked').getAttribute('value');
    expect(await checked()).toBe('full-name');
    await desk.getByRole('radio', { name: 'Ask the patient to state it' }).check();
    await ask.scrollIntoViewIfNeeded();
    const before = await boxes();
    await ask.click();
    await desk.getByText('Marcus Allen Johnson.').waitFor();
    await nextFrames(page);
    expect(await checked()).toBe('date-of-birth');
    expect(await boxes()).toEqual(before);
    await ask.click();
    await desk.getByText('6/21/1967.').waitFor();
    await nextFrames(page);
    expect(await boxes()).toEqual(before);
    // Both identifiers asked for: the choice goes on to the phone, never back to the first.
    expect(await checked()).toBe('phone');
    // The newest line is in view in the conversation, which scrolls.
    const newest = desk.locator('.fd-conversation .kit-speech').last();
    expect(await newest.innerText()).toContain('6/21/1967');
    const [line, log] = await Promise.all([boxOf(newest), boxOf(desk.locator('.fd-conversation'))]);
    expect(line.y + line.height).toBeLessThanOrEqual(log.y + log.height + 1);
  });

  it('shows the whole plan type in its select, and says under the chief complaint what it is scored on', async () => {
    const { page } = game;
    const desk = page.locator('[role="dialog"].station');
    await desk.getByRole('button', { name: 'The identifiers match: confirm identity' }).click();
    const plan = desk.locator('select[data-key="plan-type"]');
    await plan.waitFor();
    await plan.selectOption('hmo');
    // The select as wide as its longest choice needs: a copy of it at its own width is no wider.
    const fit = await plan.evaluate((select: HTMLSelectElement) => {
      const copy = select.cloneNode(true) as HTMLSelectElement;
      copy.style.cssText = 'position:absolute; width:auto; max-width:none; visibility:hidden';
      select.parentElement!.append(copy);
      const needed = copy.getBoundingClientRect().width;
      copy.remove();
      return { needed: Math.ceil(needed), has: Math.floor(select.getBoundingClientRect().width) };
    });
    expect(fit.has).toBeGreaterThanOrEqual(fit.needed - 1);
    const complaint = desk.getByLabel('Chief complaint, in the patient’s words');
    const hint = await complaint.evaluate((node) => document.getElementById(node.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
    expect(hint).toMatch(/word for word/);
    expect(hint).toMatch(/Quotation marks, capitals and the closing full stop are not scored/);
    // The hint is not part of the field's name.
    expect(await desk.getByLabel('Chief complaint, in the patient’s words', { exact: true }).count()).toBe(1);
  });

  it('keeps the next control where it was when identification, the allergy list and the flags are done', async () => {
    const { page } = game;
    await expertUntilMove(page, scenario, MARCUS.id, (action) => action.type === 'patient.identified');
    const room = await openExamRoom(page, MARCUS.name);
    const at = (key: string) => room.locator(`[data-key="${key}"]`);

    // Identification: the allergies' first button stays put when the identify controls collapse.
    await at('id-question:open').check();
    await at('id:full-name').check();
    await at('id:date-of-birth').check();
    await at('ask-allergies').scrollIntoViewIfNeeded();
    const askAllergies = await boxOf(at('ask-allergies'));
    await at('identify').click();
    await room.getByText(/identified/i).first().waitFor();
    await nextFrames(page);
    expectStill(await boxOf(at('ask-allergies')), askAllergies);

    // The allergy list: the medications' button stays put when the list collapses to its line.
    await at('ask-allergies').click();
    await at('save-allergies').scrollIntoViewIfNeeded();
    const meds = await boxOf(at('meds'));
    await at('save-allergies').click();
    await room.getByText(/^Allergy list saved/).waitFor();
    await nextFrames(page);
    expectStill(await boxOf(at('meds')), meds);

    // The flags: "ready for the provider" and the red "Alert the provider now" stay put when the review collapses.
    await expertUntilMove(page, scenario, MARCUS.id, (action) => action.type === 'vitals.flagged');
    const review = await openExamRoom(page, MARCUS.name);
    const key = (name: string) => review.locator(`[data-key="${name}"]`);
    await key('save-flags').scrollIntoViewIfNeeded();
    const [ready, alert] = await Promise.all([boxOf(key('ready')), boxOf(key('alert-provider'))]);
    await key('save-flags').click();
    await review.getByText(/^(No value flagged|Flagged:)/).waitFor();
    await nextFrames(page);
    expectStill(await boxOf(key('ready')), ready);
    expectStill(await boxOf(key('alert-provider')), alert);
  });

  it('keeps the BP dial, its buttons and its zoom and let-down controls in view together after "Inflate"', async () => {
    const { page } = game;
    // A new patient's exam room, up to the blood pressure.
    const next = scenario.patients.find((p) => p.id !== MARCUS.id && p.arrival.kind === 'scheduled')!;
    const measure = await expertUntilMove(page, scenario, next.id, (action) => action.type === 'blood-pressure.measured');
    if (measure.type !== 'blood-pressure.measured') throw new Error('no blood pressure');
    const room = await openExamRoom(page, `${next.name.given} ${next.name.family}`);
    const at = (key: string) => room.locator(`[data-key="${key}"]`);
    await at('measure-arm').click();
    await at(`cuff:${measure.technique.cuff}`).check();
    await at(`position:${measure.technique.position}`).check();
    await at('take-bp').click();
    await expect.poll(() => page.evaluate((id) => (window.__clinic!.session()!.workflowSnapshot(id) as { context: { readings: { bloodPressure: unknown[] } } }).context.readings.bloodPressure.length, next.id)).toBe(1);
    await at('zoom-first').waitFor();
    await nextFrames(page);
    await nextFrames(page);
    const parts = { dial: room.locator('.bp-gauge'), take: at('take-bp'), zoomBoth: at('zoom-both'), zoomRed: at('zoom-first'), zoomBlue: at('zoom-last'), whole: at('zoom-none'), byHand: at('bp-by-hand') };
    const seen: Record<string, boolean> = {};
    for (const [name, part] of Object.entries(parts)) seen[name] = await inWindow(page, part);
    expect(seen).toEqual({ dial: true, take: true, zoomBoth: true, zoomRed: true, zoomBlue: true, whole: true, byHand: true });
  });
});

const DOUGLAS = { id: 'douglas-whitaker', name: 'Douglas Whitaker' };

/** The cardiology morning at 1366×768, paused in practice; `keep` holds the page for the describe's clean-up. */
async function cardiologyMorningAt1366(keep: (game: GamePage) => void): Promise<{ scenario: Scenario; page: GamePage['page'] }> {
  const { scenario, game, page } = await openPracticeDayAt1366(inject('gameUrl'), 'scenarios/cardiology-morning.yaml');
  keep(game);
  return { scenario, page };
}

describe('At 1366×768 the ECG bed keeps "Record again" under the pointer', () => {
  let game: GamePage;

  afterAll(async () => {
    await game?.close();
  });

  it('keeps "Record again" where it was when the new tracing comes and the questions about the last one clear', async () => {
    const { scenario, page } = await cardiologyMorningAt1366((opened) => (game = opened));
    // The expert's moves to his first tracing, and on to the second: his anxious tremor named and remedied.
    const first = await expertUntilMove(page, scenario, DOUGLAS.id, (action) => action.type === 'tracing.recorded');
    await act(page, DOUGLAS.id, first);
    await expertUntilMove(page, scenario, DOUGLAS.id, (action) => action.type === 'tracing.recorded');
    const station = await openExamRoom(page, DOUGLAS.name, '.ecg-station');
    const record = station.locator('[data-key="record"]');
    expect(await record.innerText()).toBe('Record again');
    // The trainee has read down to the questions under the tracing, and presses "Record again" there.
    await station.locator('[data-key="remedy"]').scrollIntoViewIfNeeded();
    await record.scrollIntoViewIfNeeded();
    await nextFrames(page);
    const before = await boxOf(record);
    await record.click();
    await expect.poll(() => page.evaluate((id) => (window.__clinic!.session()!.workflowSnapshot(id)!.context as { tracings: unknown[] }).tracings.length, DOUGLAS.id)).toBe(2);
    await nextFrames(page);
    expectStill(await boxOf(record), before);
    // The keyboard goes on to the next step below it, the check of the new tracing, not up to the electrodes.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key)).toBe('check');
  });
});

describe('At the ECG bed (1366×768) a news line over the station moves nothing under the pointer', () => {
  let game: GamePage;

  afterAll(async () => {
    await game?.close();
  });

  it('keeps "Position the patient" where it was when a news line comes with the press, the position said under it', async () => {
    const { scenario, page } = await cardiologyMorningAt1366((opened) => (game = opened));
    // The expert's moves up to the position; its minutes cross a complaint in the waiting room, which the station's news says.
    await expertUntilMove(page, scenario, DOUGLAS.id, (action) => action.type === 'patient.positioned');
    const station = await openExamRoom(page, DOUGLAS.name, '.ecg-station');
    const at = (key: string) => station.locator(`[data-key="${key}"]`);
    await at('position:supine').click();
    await at('position').scrollIntoViewIfNeeded();
    await nextFrames(page);
    expect(await station.locator('.station-news-line').count()).toBe(0);
    const [button, top] = [await boxOf(at('position')), await boxOf(station.locator('.station-body > *').first())];
    await at('position').click();
    await station.locator('.station-news-line').first().waitFor();
    expect(await station.locator('.station-news-line').first().innerText()).toMatch(/^\d\d:\d\d · /);
    await nextFrames(page);
    // Its label becomes "Change the position" (a little wider); its place stays.
    const now = await boxOf(at('position'));
    expect(await at('position').innerText()).toBe('Change the position');
    expect([now.x, now.height]).toEqual([button.x, button.height]);
    expect(Math.abs(now.y - button.y)).toBeLessThan(1);
    // The station's content starts where it started: the news line's height went into the body's scroll.
    expect(Math.abs((await boxOf(station.locator('.station-body > *').first())).y - top.y)).toBeLessThan(1);
    // The position taken is said under the button, where it moves nothing above it.
    const said = station.getByText(/^Position: lying flat on their back/);
    expect((await boxOf(said)).y).toBeGreaterThan(button.y + button.height);
  });
});

describe('At the ECG bed (1366×768) explaining and the privacy move nothing under the pointer', () => {
  let game: GamePage;

  afterAll(async () => {
    await game?.close();
  });

  it('keeps "Close the door…" where it was when the explanation is given, and the position below it when the privacy is', async () => {
    const { scenario, page } = await cardiologyMorningAt1366((opened) => (game = opened));
    await expertUntilMove(page, scenario, DOUGLAS.id, (action) => action.type === 'procedure.explained');
    const station = await openExamRoom(page, DOUGLAS.name, '.ecg-station');
    const at = (key: string) => station.locator(`[data-key="${key}"]`);
    await at('explain').scrollIntoViewIfNeeded();
    await nextFrames(page);
    const privacy = await boxOf(at('privacy'));
    await at('explain').click();
    // Done, the button stays where it was, greyed, saying what was done.
    await expect.poll(() => at('explain').innerText()).toMatch(/^✓ Explained: sticky pads/);
    expect(await at('explain').isDisabled()).toBe(true);
    await nextFrames(page);
    expect(Math.abs((await boxOf(at('privacy'))).y - privacy.y)).toBeLessThan(1);
    const position = await boxOf(at('position'));
    await at('privacy').click();
    await expect.poll(() => at('privacy').innerText()).toMatch(/^✓ Door closed/);
    await nextFrames(page);
    expect(Math.abs((await boxOf(at('position'))).y - position.y)).toBeLessThan(1);
  });
});
