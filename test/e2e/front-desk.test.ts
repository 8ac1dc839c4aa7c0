import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { AnyMachineSnapshot } from 'xstate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SceneKeys } from '../../scenes/keys';
import type { TraineeAction } from '../../src/clinic/trainee-action';
import { parseScenarioText } from '../../src/scenario/scenario-loader';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { WORKFLOW_PLAYERS } from '../../src/trainees/workflow-players';
import { openGamePage, type GamePage } from './support/browser';
import { describePng, nextFrames, waitForScene } from './support/screens';
import { openQueueItem } from './support/set-up';
import { startNewDay } from './support/new-day';

const SCENARIO_TITLE = 'A Short Morning at Maple Street';
const MARCUS = 'marcus-johnson';
const ELEANOR = 'eleanor-whitfield';

function loadScenario(): Scenario {
  const file = resolve(import.meta.dirname, '../../scenarios/default-morning.yaml');
  const result = parseScenarioText(readFileSync(file, 'utf8'), 'default-morning.yaml');
  if (!result.ok) throw new Error(`default-morning.yaml does not parse: ${JSON.stringify(result.problems)}`);
  return result.scenario;
}

/** A logged action as the page reports it. */
interface LoggedAction {
  readonly minute: number;
  readonly patientId: string | null;
  readonly action: TraineeAction;
}

/** A check as the page reports it. */
interface CheckSeen {
  readonly ruleId: string;
  readonly patientId: string | null;
  readonly atMinute: number;
  readonly passed: boolean;
}

function actionLog(page: Page): Promise<LoggedAction[]> {
  return page.evaluate(() => (window.__clinic?.session()?.log ?? []).map((entry) => ({ minute: entry.minute, patientId: entry.patientId, action: entry.action })));
}

function checks(page: Page): Promise<CheckSeen[]> {
  return page.evaluate(() => (window.__clinic?.session()?.record().checks ?? []).map((check) => ({ ruleId: check.ruleId, patientId: check.patientId, atMinute: check.atMinute, passed: check.passed })));
}

function actionsFor(log: readonly LoggedAction[], patientId: string | null, types: readonly string[]): TraineeAction[] {
  return log.filter((entry) => entry.patientId === patientId && types.includes(entry.action.type)).map((entry) => entry.action);
}

/** Lets the real-time clock run until the floor shows a later minute, then pauses it again (the floor redraws from the session). */
async function refreshFloor(page: Page): Promise<void> {
  const before = await page.evaluate(() => window.__clinic?.session()?.minute ?? 0);
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.waitForFunction((minute) => (window.__clinic?.session()?.minute ?? 0) > minute, before);
  await page.getByRole('button', { name: 'Pause' }).click();
}

/** Lets clinic time pass to `minute` (set-up only: the trainee would be busy elsewhere). */
async function advanceTo(page: Page, minute: number): Promise<void> {
  await page.evaluate((to) => window.__clinic?.session()?.advanceTo(to), minute);
  await refreshFloor(page);
}

/** Whether a workflow's state value matches `value` (XState's `matches` for a string or a one-level object). */
function valueMatches(state: unknown, value: string): boolean {
  if (typeof state === 'string') return state === value;
  const [top, child] = value.split('.');
  if (state === null || typeof state !== 'object' || top === undefined || !(top in state)) return false;
  return child === undefined || valueMatches((state as Record<string, unknown>)[top], child);
}

/**
 * Plays one patient's earlier stages as the scripted expert would, through the test hook:
 * the page reports the workflow's snapshot, the expert (in Node) picks the action, the page
 * sends it. Time passes only while nothing is to be done (the provider's exam).
 */
async function playExpertUntil(page: Page, scenario: Scenario, patientId: string, stage: string): Promise<void> {
  const patient = scenario.patients.find((p) => p.id === patientId)!;
  for (let step = 0; step < 200; step++) {
    const seen = await page.evaluate((id) => {
      const session = window.__clinic!.session()!;
      const snapshot = session.workflowSnapshot(id);
      const base = { stage: session.stageOf(id) ?? 'expected', minute: session.minute };
      if (!snapshot) return { ...base, machineId: null, value: null, status: null, context: null };
      const { env: _env, scenario: _scenario, patient: _patient, ...rest } = snapshot.context as Record<string, unknown>;
      return { ...base, machineId: snapshot.machine.id, value: snapshot.value as unknown, status: snapshot.status, context: JSON.parse(JSON.stringify(rest)) as Record<string, unknown> };
    }, patientId);
    if (seen.stage === stage) return;
    let action: TraineeAction | null = null;
    if (seen.stage === 'waiting-for-room') action = { type: 'patient.roomed', announce: 'first-name' };
    else if (seen.machineId !== null) {
      const snapshot = {
        value: seen.value,
        status: seen.status,
        context: { ...seen.context, scenario, patient },
        machine: { id: seen.machineId },
        matches: (value: string) => valueMatches(seen.value, value),
      } as unknown as AnyMachineSnapshot;
      action = WORKFLOW_PLAYERS[seen.machineId]?.expert({ snapshot, patient, scenario, minute: seen.minute }) ?? null;
    }
    const outcome = await page.evaluate(
      ({ id, act }) => {
        const session = window.__clinic!.session()!;
        if (act === null) return { accepted: session.waitForNextEvent(), reason: 'the day is over' };
        const result = session.act(id, act);
        return { accepted: result.accepted, reason: result.accepted ? '' : result.reason };
      },
      { id: patientId, act: action },
    );
    if (!outcome.accepted) throw new Error(`the expert's ${action?.type ?? 'wait'} for ${patientId} was refused: ${outcome.reason}`);
  }
  throw new Error(`${patientId} did not reach ${stage}`);
}

/**
 * Screenshot of the game with a station open, `show` scrolled into view; the station's part
 * is checked for content. Kept when FRONT_DESK_SCREENS names a folder.
 */
async function screenshotOf(page: Page, station: Locator, name: string, show?: Locator): Promise<{ distinctColours: number; shareUnlikeCorner: number }> {
  if (show) await show.scrollIntoViewIfNeeded();
  await nextFrames(page);
  const png = await page.screenshot();
  const folder = process.env.FRONT_DESK_SCREENS;
  if (folder) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${name}.png`), png);
  }
  const box = await station.boundingBox();
  if (!box) throw new Error(`the ${name} station is not on screen`);
  return describePng(await page.screenshot({ clip: box }));
}

describe('The front desk in the browser', () => {
  let game: GamePage;
  const scenario = loadScenario();

  beforeAll(async () => {
    game = await openGamePage(inject('gameUrl'));
    await waitForScene(game.page, SceneKeys.Title);
    const { page } = game;
    await startNewDay(page, SCENARIO_TITLE);
    await waitForScene(page, SceneKeys.ClinicFloor);
    await page.getByRole('button', { name: 'Pause' }).click();
  });

  afterAll(async () => {
    await game?.close();
  });

  it('checks Marcus Johnson in through the panel, every step right, with no intake finding', async () => {
    const { page } = game;
    const desk = await openQueueItem(page, 'Marcus Johnson');
    await desk.getByRole('heading', { name: 'Front desk' }).waitFor();
    await desk.getByRole('button', { name: 'Greet the patient' }).dblclick();

    await desk.getByRole('radio', { name: 'Full name' }).check();
    await desk.getByRole('radio', { name: 'Ask the patient to state it' }).check();
    await desk.getByRole('button', { name: 'Ask', exact: true }).click();
    await desk.getByText('Marcus Allen Johnson.').waitFor();
    await desk.getByRole('radio', { name: 'Date of birth' }).check();
    expect(await desk.locator('.fd-preview').innerText()).toBe('You will say: “And what is your date of birth?”');
    await desk.getByRole('button', { name: 'Ask', exact: true }).click();
    await desk.getByText('6/21/1967.').waitFor();
    expect(await desk.getByRole('table', { name: 'The chart and what the patient said' }).innerText()).toContain('6/21/1967');
    await desk.getByRole('button', { name: 'The identifiers match: confirm identity' }).click();

    await desk.getByRole('button', { name: 'Ask: “Has anything changed since your last visit?”' }).click();
    await desk.getByText('No, nothing’s changed.').waitFor();
    expect(await desk.getByLabel('Phone', { exact: true }).inputValue()).toBe('555-555-0142');
    await desk.getByLabel('Emergency contact read back and confirmed with the patient').check();
    await desk.getByRole('button', { name: 'Save address and phone' }).click();
    await desk.getByRole('img', { name: /^Insurance card: Blue Harbor PPO, member BHP-448120$/ }).waitFor();
    expect(await desk.getByLabel('Member id').inputValue()).toBe('BHP-448120');
    await desk.getByRole('button', { name: 'Save the card to the registration' }).click();
    await desk.getByRole('button', { name: 'Run eligibility for the saved card' }).click();
    const response = desk.locator('.fd-response');
    await response.waitFor();
    expect(await response.innerText()).toMatch(/Coverage: ACTIVE[\s\S]*\$25\.00/);
    await desk.getByLabel('Amount collected ($)').fill('25');
    await desk.getByLabel('Receipt printed and given').check();
    await desk.getByRole('button', { name: 'Collect the payment' }).click();
    await desk.getByLabel('Consent to treat').check();
    await desk.getByLabel('Financial policy').check();
    await desk.getByRole('button', { name: 'Have the patient sign the checked forms' }).click();
    await desk.getByRole('button', { name: 'Ask: “What brings you in today?”' }).click();
    const said = scenario.patients.find((p) => p.id === MARCUS)!.chiefComplaint;
    await desk.getByText(said, { exact: true }).waitFor();
    await desk.getByLabel('Chief complaint, in the patient’s words').fill(said);
    await desk.getByRole('button', { name: 'Record the chief complaint' }).click();
    await desk.getByText(`Recorded: “${said}”`).waitFor();

    const shot = await screenshotOf(page, desk, 'check-in', desk.locator('.fd-response'));
    expect(shot.distinctColours).toBeGreaterThan(64);
    expect(shot.shareUnlikeCorner).toBeGreaterThan(0.3);
    await desk.getByRole('button', { name: 'Complete check-in' }).click();
    await expect.poll(() => page.evaluate((id) => window.__clinic?.session()?.stageOf(id), MARCUS)).toBe('waiting-for-room');

    const log = await actionLog(page);
    const intakeTypes = ['patient.greeted', 'identity.asked', 'identity.confirmed', 'demographics.confirmed', 'insurance-card.scanned', 'eligibility.checked', 'copay.collected', 'forms.signed', 'chief-complaint.recorded', 'check-in.completed'];
    expect(actionsFor(log, MARCUS, intakeTypes)).toEqual([
      { type: 'patient.greeted' },
      { type: 'identity.asked', question: 'full-name', style: 'stated' },
      { type: 'identity.asked', question: 'date-of-birth', style: 'stated' },
      { type: 'identity.confirmed' },
      { type: 'demographics.confirmed', address: { line1: '14 Example Avenue', city: 'Springfield', state: 'OR', postalCode: '97400' }, phone: '555-555-0142', emergencyContactConfirmed: true },
      { type: 'insurance-card.scanned', payerId: 'bluecross-ppo', memberId: 'BHP-448120', groupNumber: 'G-2201', planType: 'ppo' },
      { type: 'eligibility.checked' },
      { type: 'copay.collected', amount: 25, receiptGiven: true },
      { type: 'forms.signed', forms: ['consent-to-treat', 'financial-policy'] },
      { type: 'chief-complaint.recorded', text: said },
      { type: 'check-in.completed' },
    ]);
    const intakeChecks = (await checks(page)).filter((check) => check.patientId === MARCUS && check.ruleId.startsWith('intake.'));
    expect(intakeChecks.length).toBeGreaterThanOrEqual(6);
    expect(intakeChecks.filter((check) => !check.passed)).toEqual([]);
  });

  it('catches Eleanor Whitfield’s date-of-birth mismatch and settles it with her photo ID', async () => {
    const { page } = game;
    await advanceTo(page, 9 * 60);
    const desk = await openQueueItem(page, 'Eleanor Whitfield');
    await desk.getByRole('button', { name: 'Greet the patient' }).click();
    await desk.getByRole('button', { name: 'Ask', exact: true }).click();
    await desk.getByText('Eleanor May Whitfield.').waitFor();
    await desk.getByRole('radio', { name: 'Date of birth' }).check();
    await desk.getByRole('button', { name: 'Ask', exact: true }).click();
    await desk.getByText('8/12/1947.').waitFor();
    const compare = await desk.getByRole('table', { name: 'The chart and what the patient said' }).innerText();
    expect(compare).toMatch(/Date of birth\s+12\/8\/1947\s+8\/12\/1947/);
    await desk.getByRole('button', { name: 'They differ: flag a mismatch' }).click();
    await desk.getByText(/^Mismatch flagged/).waitFor();
    await desk.getByRole('button', { name: 'Ask for a photo ID' }).click();
    const id = desk.getByRole('img', { name: 'Photo ID card: Eleanor May Whitfield, born 8/12/1947' });
    await id.waitFor();
    const shot = await screenshotOf(page, desk, 'identity-mismatch', id);
    expect(shot.distinctColours).toBeGreaterThan(64);
    await desk.getByRole('button', { name: 'The identifiers match: confirm identity' }).click();
    await desk.getByRole('heading', { name: 'Address, phone and emergency contact' }).waitFor();

    const log = await actionLog(page);
    expect(actionsFor(log, ELEANOR, ['identity.asked', 'identity.mismatch-flagged', 'photo-id.checked', 'identity.confirmed'])).toEqual([
      { type: 'identity.asked', question: 'full-name', style: 'stated' },
      { type: 'identity.asked', question: 'date-of-birth', style: 'stated' },
      { type: 'identity.mismatch-flagged' },
      { type: 'photo-id.checked' },
      { type: 'identity.confirmed' },
    ]);
    const identity = (await checks(page)).filter((check) => check.patientId === ELEANOR && (check.ruleId === 'intake.identity-mismatch' || check.ruleId === 'intake.two-identifiers'));
    expect(identity.map((check) => [check.ruleId, check.passed]).sort()).toEqual([
      ['intake.identity-mismatch', true],
      ['intake.two-identifiers', true],
    ]);
    await page.keyboard.press('Escape');
  });

  it('books Marcus’s follow-up through the appointment book with the keyboard', async () => {
    const { page } = game;
    await playExpertUntil(page, scenario, MARCUS, 'checkout');
    await refreshFloor(page);
    const desk = await openQueueItem(page, 'Marcus Johnson');
    await desk.getByRole('heading', { name: 'Checkout' }).waitFor();
    expect(await desk.locator('.fd-note').innerText()).toContain('Return in 3 months, follow-up visit.');
    await desk.getByText('I can’t come on Mondays.').waitFor();
    const grid = desk.getByRole('grid', { name: 'Appointment book of Dr. Anika Patel' });
    await desk.getByRole('button', { name: 'Next week ▶' }).click();
    expect(await grid.getByRole('gridcell', { name: /Tuesday 24 March 2026 08:00: Booked: Booked patient A/ }).count()).toBe(1);
    expect(await grid.getByRole('gridcell', { name: /12:00: Lunch/ }).count()).toBe(5);

    await desk.getByLabel('Go to date').fill('2026-06-09');
    await grid.getByRole('gridcell', { name: /^Tuesday 9 June 2026 08:15: Free/ }).click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Wednesday 10 June 2026 08:00: Free, selected');
    const shot = await screenshotOf(page, desk, 'checkout-book', grid);
    expect(shot.distinctColours).toBeGreaterThan(32);
    await page.keyboard.press('Enter');
    await desk.getByText(/^Booked: Wednesday 10 June 2026 at 08:00, Follow-up with Dr\. Anika Patel/).waitFor();
    await desk.getByRole('button', { name: 'Complete checkout' }).click();
    await expect.poll(() => page.evaluate((id) => window.__clinic?.session()?.stageOf(id), MARCUS)).not.toBe('checkout');

    const log = await actionLog(page);
    expect(actionsFor(log, MARCUS, ['follow-up.booked', 'checkout.completed'])).toEqual([
      { type: 'follow-up.booked', date: '2026-06-10', time: '08:00', visitTypeId: 'follow-up', providerId: 'dr-patel' },
      { type: 'checkout.completed' },
    ]);
    const scheduling = (await checks(page)).filter((check) => check.patientId === MARCUS && check.ruleId.startsWith('scheduling.'));
    expect(scheduling.map((check) => [check.ruleId, check.passed]).sort()).toEqual([
      ['scheduling.follow-up', true],
      ['scheduling.template', true],
    ]);
  });

  it('answers Denise Johnson’s call and withholds Marcus’s results', async () => {
    const { page } = game;
    if ((await page.getByRole('dialog').count()) > 0) await page.keyboard.press('Escape');
    await advanceTo(page, 10 * 60 + 15);
    const phone = await openQueueItem(page, 'Phone: Denise Johnson');
    await phone.getByRole('heading', { name: 'Phone' }).waitFor();
    await phone.getByRole('img', { name: 'The desk phone, ringing' }).waitFor();
    await phone.getByRole('button', { name: 'Answer the phone' }).click();
    await phone.getByText(/I’m calling for Marcus’s test results/).waitFor();
    expect(await phone.locator('.fd-facts').innerText()).toMatch(/Release of information\s+None for Denise Johnson\./);
    const shot = await screenshotOf(page, phone, 'phone', phone.locator('.fd-conversation'));
    expect(shot.distinctColours).toBeGreaterThan(32);
    await phone.getByRole('button', { name: 'Decline: promise a call back from the patient' }).click();
    await phone.getByText('Results not shared; call-back promised.').waitFor();
    await phone.getByRole('button', { name: 'End the call' }).click();

    const log = await actionLog(page);
    const callActions = log.filter((entry) => entry.action.type.startsWith('phone.') || entry.action.type.startsWith('results.')).map((entry) => entry.action.type);
    expect(callActions).toEqual(['phone.answered', 'results.withheld', 'phone.closed']);
    // The call's privacy check is made when the results are withheld (rooming Marcus made one of its own earlier).
    const withheldAt = log.find((entry) => entry.action.type === 'results.withheld')!.minute;
    const privacy = (await checks(page)).filter((check) => check.ruleId === 'privacy.minimum-necessary' && check.atMinute >= withheldAt);
    expect(privacy.map((check) => check.passed)).toEqual([true]);
  });

  it('logs no console errors', () => {
    expect(game.consoleErrors).toEqual([]);
  });

  it('requests nothing outside its own origin', () => {
    expect(game.foreignRequests).toEqual([]);
  });
});
