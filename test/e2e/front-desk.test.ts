import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SceneKeys } from '../../scenes/keys';
import type { TraineeAction } from '../../src/clinic/trainee-action';
import { parseScenarioText } from '../../src/scenario/scenario-loader';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { openGamePage, type GamePage } from './support/browser';
import { expertUntilStage } from './support/exam-room';
import { describePng, nextFrames, waitForScene } from './support/screens';
import { openQueueItem } from './support/set-up';
import { startPausedDay } from './support/new-day';

const SCENARIO_TITLE = 'A Short Morning at Maple Street';
const MARCUS = 'marcus-johnson';
const ELEANOR = 'eleanor-whitfield';
const SOFIA = 'sofia-ramirez';
const LAN = 'lan-nguyen';

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

/**
 * The part of registration the desk works next (marked by the station) and whether its first
 * control lies inside the station body's visible box as the step left it, before anything scrolls.
 */
function nextStepInView(desk: Locator): Promise<string> {
  return desk.locator('.station-body').evaluate((body) => {
    const part = body.querySelector<HTMLElement>('[data-next-step]');
    if (!part) return 'none marked';
    const control = part.querySelector<HTMLElement>('button:not([disabled]), input:not([disabled]), textarea:not([disabled])');
    if (!control) return `${part.dataset.nextStep}: no control`;
    const outer = body.getBoundingClientRect();
    const inner = control.getBoundingClientRect();
    return `${part.dataset.nextStep}: ${inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1 ? 'in view' : `below the fold (${Math.round(inner.top)} of ${Math.round(outer.top)}–${Math.round(outer.bottom)})`}`;
  });
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

/** The floor draws the day as the set-up left it (the set-up acted on the session through the hook). */
async function refreshFloor(page: Page): Promise<void> {
  // The clinic clock runs only on the floor: close any station still open first.
  const open = page.locator('[role="dialog"].station');
  if (await open.count()) {
    await open.press('Escape');
    await open.waitFor({ state: 'detached' });
  }
  await page.evaluate(() => window.__clinic!.refresh());
}

/** Lets clinic time pass to `minute` (set-up only: the trainee would be busy elsewhere). */
async function advanceTo(page: Page, minute: number): Promise<void> {
  await page.evaluate((to) => window.__clinic?.session()?.advanceTo(to), minute);
  await refreshFloor(page);
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
    await startPausedDay(page, SCENARIO_TITLE);
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
    // The next part of registration comes into view as the step moves the work on to it (issue 19: below the fold at 1280×720).
    await expect.poll(() => nextStepInView(desk)).toBe('insurance-card: in view');
    await desk.getByRole('img', { name: /^Insurance card: Blue Harbor PPO, member BHP-448120$/ }).waitFor();
    expect(await desk.getByLabel('Member id').inputValue()).toBe('BHP-448120');
    await desk.getByRole('button', { name: 'Save the card to the registration' }).click();
    await expect.poll(() => nextStepInView(desk)).toBe('eligibility: in view');
    await desk.getByRole('button', { name: 'Run eligibility for the saved card' }).click();
    const response = desk.locator('.fd-response');
    await response.waitFor();
    expect(await response.innerText()).toMatch(/Coverage: ACTIVE[\s\S]*\$25\.00/);
    await desk.getByLabel('Amount collected ($)').fill('25');
    await desk.getByLabel('Receipt printed and given').check();
    await desk.getByRole('button', { name: 'Collect the payment' }).click();
    await expect.poll(() => nextStepInView(desk)).toBe('forms: in view');
    await desk.getByLabel('Consent to treat').check();
    await desk.getByLabel('Financial policy').check();
    await desk.getByRole('button', { name: 'Have the patient sign the checked forms' }).click();
    await expect.poll(() => nextStepInView(desk)).toBe('complaint: in view');
    await desk.getByRole('button', { name: 'Ask: “What brings you in today?”' }).click();
    const said = scenario.patients.find((p) => p.id === MARCUS)!.chiefComplaint;
    await desk.getByText(said, { exact: true }).waitFor();
    await desk.getByLabel('Chief complaint, in the patient’s words').fill(said);
    await desk.getByRole('button', { name: 'Record the chief complaint' }).click();
    await expect.poll(() => nextStepInView(desk)).toBe('finish: in view');
    await desk.getByText(`Recorded: “${said}”`).waitFor();

    const shot = await screenshotOf(page, desk, 'check-in', desk.locator('.fd-response'));
    expect(shot.distinctColours).toBeGreaterThan(64);
    expect(shot.shareUnlikeCorner).toBeGreaterThan(0.3);
    await desk.getByRole('button', { name: 'Complete check-in' }).click();
    await expect.poll(() => page.evaluate((id) => window.__clinic?.session()?.stageOf(id), MARCUS)).toBe('waiting-for-room');

    const log = await actionLog(page);
    const intakeTypes = ['patient.greeted', 'identity.asked', 'identity.confirmed', 'demographics.asked', 'demographics.confirmed', 'insurance-card.scanned', 'eligibility.checked', 'copay.collected', 'forms.signed', 'chief-complaint.recorded', 'check-in.completed'];
    expect(actionsFor(log, MARCUS, intakeTypes)).toEqual([
      { type: 'patient.greeted' },
      { type: 'identity.asked', question: 'full-name', style: 'stated' },
      { type: 'identity.asked', question: 'date-of-birth', style: 'stated' },
      { type: 'identity.confirmed' },
      { type: 'demographics.asked', question: 'changes-since-last-visit' },
      { type: 'demographics.confirmed', address: { line1: '14 Willamette Street', city: 'Springfield', state: 'OR', postalCode: '97400' }, phone: '555-555-0142', emergencyContactConfirmed: true },
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

  it('hears Sofía’s mother give her name and birthday, and asks Lan, a new patient, for everything rather than what changed', async () => {
    const { page } = game;
    await advanceTo(page, 8 * 60 + 35);
    const desk = await openQueueItem(page, 'Sofía Ramírez');
    await desk.getByText(/At the desk: Sofía, with Lucía Ramírez \(mother\), who answers for Sofía/).waitFor();
    await desk.getByRole('button', { name: 'Greet the patient' }).click();
    await desk.getByRole('radio', { name: 'Full name' }).check();
    expect(await desk.locator('.fd-preview').innerText()).toBe('You will say: “Please tell me her full name.”');
    await desk.getByRole('button', { name: 'Ask', exact: true }).click();
    await desk.getByText('Her name is Sofía Ramírez.').waitFor();
    await desk.getByRole('radio', { name: 'Date of birth' }).check();
    await desk.getByRole('button', { name: 'Ask', exact: true }).click();
    await desk.getByText('Her birthday is 9/2/2019.').waitFor();
    const talk = await desk.getByRole('log', { name: 'What was said' }).innerText();
    expect(talk).toMatch(/Lucía Ramírez \(mother\): Her birthday is 9\/2\/2019\./);
    expect(talk).not.toMatch(/Sofía: /);
    expect(await desk.getByRole('table', { name: 'The chart and what Sofía’s mother said' }).innerText()).toContain('9/2/2019');
    await page.keyboard.press('Escape');

    const lan = await openQueueItem(page, 'Lan Nguyen');
    await lan.getByRole('button', { name: 'Greet the patient' }).click();
    await lan.getByRole('button', { name: 'Ask', exact: true }).click();
    await lan.getByRole('radio', { name: 'Date of birth' }).check();
    await lan.getByRole('button', { name: 'Ask', exact: true }).click();
    await lan.getByText('11/30/1991.').waitFor();
    await lan.getByRole('button', { name: 'The identifiers match: confirm identity' }).click();
    await lan.getByRole('heading', { name: /^Address, phone and emergency contact \(new patient/ }).waitFor();
    expect(await lan.getByRole('button', { name: /anything changed since your last visit/ }).count()).toBe(0);
    expect(await lan.getByLabel('Address', { exact: true }).inputValue()).toBe('');
    await lan.getByRole('button', { name: /^Ask: “Since this is your first visit/ }).click();
    await lan.getByText(/^I live at /).waitFor();
    const asked = actionsFor(await actionLog(page), LAN, ['demographics.asked']);
    expect(asked).toEqual([{ type: 'demographics.asked', question: 'new-patient-details' }]);
    expect(actionsFor(await actionLog(page), SOFIA, ['identity.asked'])).toHaveLength(2);
    await page.keyboard.press('Escape');
  });

  it('catches Eleanor Whitfield’s date-of-birth mismatch, settles it with her photo ID and corrects the chart to it', async () => {
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
    // In practice the date that differs is marked, in words as well as colour; the name that agrees is not.
    const marked = desk.getByRole('table', { name: 'The chart and what the patient said' }).locator('td.fd-differs');
    expect(await marked.allInnerTexts()).toEqual(['8/12/1947\ndiffers from the chart']);
    expect(await marked.evaluate((td) => td.closest('tr')!.querySelector('th')!.textContent)).toBe('Date of birth');
    expect(await marked.evaluate((td) => getComputedStyle(td).fontWeight)).toBe('700');
    await desk.getByRole('button', { name: 'They differ: flag a mismatch' }).click();
    await desk.getByText(/^Mismatch flagged/).waitFor();
    await desk.getByRole('button', { name: 'Ask for a photo ID' }).click();
    const id = desk.getByRole('img', { name: 'Photo ID card: Eleanor May Whitfield, born 8/12/1947' });
    await id.waitFor();
    // The comparison takes the ID as its third column: its date of birth is marked as differing from the chart.
    const withId = desk.getByRole('table', { name: 'The chart, what the patient said and the photo ID' });
    expect(await withId.innerText()).toMatch(/Date of birth\s+12\/8\/1947\s+8\/12\/1947\s+differs from the chart\s+8\/12\/1947\s+differs from the chart/);
    expect(await withId.locator('td.fd-differs').count()).toBe(2);
    const shot = await screenshotOf(page, desk, 'identity-mismatch', id);
    expect(shot.distinctColours).toBeGreaterThan(64);
    // The chart is corrected to the ID, from the keyboard: the date field, then the save button.
    const dob = desk.locator('[data-key="chart-dob"]');
    expect(await dob.inputValue()).toBe('1947-12-08');
    await dob.fill('1947-08-12');
    await desk.getByRole('button', { name: 'Save the correction to the chart' }).focus();
    await page.keyboard.press('Enter');
    await desk.getByText('Chart corrected: Eleanor May Whitfield, born 8/12/1947.').waitFor();
    expect(await desk.locator('.fd-chart .kit-facts').first().innerText()).toMatch(/Date of birth\s+8\/12\/1947 \(corrected from 12\/8\/1947\)/);
    await desk.getByRole('button', { name: 'The identifiers match: confirm identity' }).click();
    await desk.getByRole('heading', { name: 'Address, phone and emergency contact' }).waitFor();
    await desk.getByRole('button', { name: 'Complete check-in' }).click();
    await expect.poll(() => page.evaluate((who) => window.__clinic?.session()?.stageOf(who), ELEANOR)).toBe('waiting-for-room');

    const log = await actionLog(page);
    expect(actionsFor(log, ELEANOR, ['identity.asked', 'identity.mismatch-flagged', 'photo-id.checked', 'chart.corrected', 'identity.confirmed'])).toEqual([
      { type: 'identity.asked', question: 'full-name', style: 'stated' },
      { type: 'identity.asked', question: 'date-of-birth', style: 'stated' },
      { type: 'identity.mismatch-flagged' },
      { type: 'photo-id.checked' },
      { type: 'chart.corrected', name: { given: 'Eleanor', middle: 'May', family: 'Whitfield' }, dateOfBirth: '1947-08-12' },
      { type: 'identity.confirmed' },
    ]);
    const identity = (await checks(page)).filter((check) => check.patientId === ELEANOR && ['intake.identity-mismatch', 'intake.two-identifiers', 'intake.chart-correction'].includes(check.ruleId));
    expect(identity.map((check) => [check.ruleId, check.passed]).sort()).toEqual([
      ['intake.chart-correction', true],
      ['intake.identity-mismatch', true],
      ['intake.two-identifiers', true],
    ]);
  });

  it('books Marcus’s follow-up through the appointment book with the keyboard', async () => {
    const { page } = game;
    await expertUntilStage(page, scenario, MARCUS, 'checkout');
    await refreshFloor(page);
    const desk = await openQueueItem(page, 'Marcus Johnson');
    await desk.getByRole('heading', { name: 'Checkout' }).waitFor();
    expect(await desk.locator('.fd-note').innerText()).toContain('Return in 3 months, follow-up visit.');
    await desk.getByText('I can’t come on Mondays.').waitFor();
    const grid = desk.getByRole('grid', { name: 'Appointment book of Dr. Anika Patel' });
    await desk.getByRole('button', { name: 'Next week ▶' }).click();
    expect(await grid.getByRole('gridcell', { name: /Tuesday 24 March 2026 08:00: Booked: M. Okonkwo/ }).count()).toBe(1);
    expect(await grid.getByRole('gridcell', { name: /12:00: Lunch/ }).count()).toBe(5);

    await desk.getByLabel('Go to date').fill('2026-06-09');
    // Go to date ticks the day's first free slot, and the line under the grid names that slot (the playtest: it still named the one before).
    const ticked = await grid.locator('td[aria-selected="true"]').getAttribute('aria-label');
    expect(ticked).toMatch(/^Tuesday 9 June 2026 \d\d:\d\d: Free, selected$/);
    const [, day, time] = /^(.*) (\d\d:\d\d): /.exec(ticked ?? '') ?? [];
    await desk.getByText(`Selected: ${day} at ${time}.`, { exact: true }).waitFor();
    await grid.getByRole('gridcell', { name: /^Tuesday 9 June 2026 08:15: Booked: / }).click();
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

  it('answers Denise Johnson’s call, asks who she is, reads that nothing is on file for her, and withholds Marcus’s results', async () => {
    const { page } = game;
    if ((await page.getByRole('dialog').count()) > 0) await page.keyboard.press('Escape');
    await advanceTo(page, 10 * 60 + 15);
    // Her line in Needs you answers the call as it opens the phone: no ringing screen, no second Answer.
    const phone = await openQueueItem(page, 'Phone: Denise Johnson');
    await phone.getByRole('heading', { name: 'Phone' }).waitFor();
    expect(await phone.getByRole('button', { name: 'Answer the phone' }).count()).toBe(0);
    await phone.getByText(/I’m calling for Marcus’s test results/).waitFor();
    expect(await phone.locator('[data-key="release-on-file"]').innerText()).toMatch(/Release of information on file\s+Nobody/);
    await phone.getByRole('button', { name: 'Ask who is calling, and for the patient’s full name and date of birth' }).click();
    await phone.getByText(/I know everything about Marcus, you can tell me\./).waitFor();
    const standing = await phone.locator('[data-key="caller-standing"]').innerText();
    expect(standing).toMatch(/it is not permission to share/);
    expect(standing).toMatch(/Release on file for Denise Johnson: none\./);
    expect(standing).not.toMatch(/verified/i);
    const shot = await screenshotOf(page, phone, 'phone', phone.locator('.fd-conversation'));
    expect(shot.distinctColours).toBeGreaterThan(32);
    // The phone's book moves the appointment on Enter: once a slot is selected by the arrow keys (the pick hint gone), the selection says so.
    await phone.getByText('Reschedule: open the appointment book').click();
    // Issue 19: with no slot picked, the move is greyed and says why; the book stays open (pressing it had collapsed the book).
    const move = phone.getByRole('button', { name: 'Move the appointment to the selected slot' });
    expect(await move.isDisabled()).toBe(true);
    expect(await phone.locator('#reschedule-why').innerText()).toBe('Greyed until a slot is selected: pick one in the book above (a free one, the time you mean).');
    expect(await move.getAttribute('aria-describedby')).toBe('reschedule-why');
    await move.click({ force: true });
    expect(await phone.locator('details.fd-details').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    await phone.locator('td[role="gridcell"][tabindex="0"]').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => phone.locator('.fd-preview').innerText()).toMatch(/^Selected: .+\. Enter, or the button below, moves the appointment there\.$/);
    expect(await move.isDisabled()).toBe(false);
    await phone.getByRole('button', { name: 'Decline: promise a call back from the patient' }).click();
    await phone.getByText('Results not shared; call-back promised.').waitFor();
    await phone.getByRole('button', { name: 'End the call' }).click();

    const log = await actionLog(page);
    const callActions = log.filter((entry) => /^(phone|caller|results)\./.test(entry.action.type)).map((entry) => entry.action.type);
    expect(callActions).toEqual(['phone.answered', 'caller.verified', 'results.withheld', 'phone.closed']);
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
