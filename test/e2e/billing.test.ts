import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SceneKeys } from '../../scenes/keys';
import type { TraineeAction } from '../../src/clinic/trainee-action';
import { parseScenarioText } from '../../src/scenario/scenario-loader';
import { Session, type SessionSettings } from '../../src/session/session';
import { actionForTask } from '../../src/trainees/trainee';
import { openGamePage, type GamePage } from './support/browser';
import { describePng, nextFrames, waitForScene } from './support/screens';
import { startNewDay } from './support/new-day';

const DEFAULT_SCENARIO_TITLE = 'A Short Morning at Maple Street';
const PATIENT_ID = 'marcus-johnson';
const PATIENT = 'Marcus Johnson';
/** Where the screenshots of the station go, to look at after the run. */
const SHOTS = join(tmpdir(), 'clinic-day-billing');

/** One step of the expert's way to billing: an action for the patient, or letting time run to the next event. */
type Step = { readonly kind: 'act'; readonly action: TraineeAction } | { readonly kind: 'wait' };

/**
 * The expert's moves for one patient from the page's current minute until the claim is
 * theirs to code, found on a copy of the page's day (same scenario, seed and settings):
 * the scripted expert's own players choose each action.
 */
async function expertStepsToBilling(seed: number, settings: SessionSettings, minute: number): Promise<Step[]> {
  const text = await readFile(resolve(import.meta.dirname, '../../scenarios/default-morning.yaml'), 'utf8');
  const loaded = parseScenarioText(text, 'scenarios/default-morning.yaml');
  if (!loaded.ok) throw new Error('the default scenario does not load');
  const session = Session.start(loaded.scenario, { seed, settings });
  session.advanceTo(minute);
  const steps: Step[] = [];
  while (session.stageOf(PATIENT_ID) !== 'billing') {
    if (steps.length > 200 || session.isOver) throw new Error(`the expert did not bring ${PATIENT} to billing`);
    const task = session.available().find((candidate) => candidate.patientId === PATIENT_ID && candidate.stage !== 'phone');
    const action = task ? actionForTask(session, task) : null;
    if (action && session.act(PATIENT_ID, action).accepted) steps.push({ kind: 'act', action });
    else {
      session.waitForNextEvent();
      steps.push({ kind: 'wait' });
    }
  }
  return steps;
}

/** Types `query` into a code field and picks `code` from its list with the arrow keys and Enter. */
async function chooseCode(page: Page, field: Locator, query: string, code: string): Promise<void> {
  await field.fill(query);
  const listbox = page.locator(`#${await field.getAttribute('aria-controls')}`);
  expect(await listbox.getAttribute('role')).toBe('listbox');
  const offered = await listbox.locator('[role="option"] .code-option-code').allInnerTexts();
  const index = offered.indexOf(code);
  if (index < 0) throw new Error(`${code} is not offered for "${query}": ${offered.join(', ')}`);
  for (let step = 0; step <= index; step += 1) await page.keyboard.press('ArrowDown');
  expect(await page.locator(`#${await field.getAttribute('aria-activedescendant')} .code-option-code`).innerText()).toBe(code);
  await page.keyboard.press('Enter');
  expect(await field.inputValue()).toBe(code);
  expect(await field.getAttribute('aria-expanded')).toBe('false');
}

async function shot(page: Page, station: Locator, name: string): Promise<void> {
  await nextFrames(page);
  const png = await station.screenshot();
  await writeFile(join(SHOTS, `${name}.png`), png);
  const { distinctColours, shareUnlikeCorner } = describePng(png);
  expect(distinctColours).toBeGreaterThan(32);
  expect(shareUnlikeCorner).toBeGreaterThan(0.1);
}

function billingLog(page: Page): Promise<TraineeAction[]> {
  return page.evaluate(
    (patientId) => (window.__clinic?.session()?.log ?? []).filter((entry) => entry.patientId === patientId && /^(claim|payment|denial|patient\.billed)/.test(entry.action.type)).map((entry) => entry.action),
    PATIENT_ID,
  );
}

describe('The billing station', () => {
  let game: GamePage;

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    game = await openGamePage(inject('gameUrl'));
    await waitForScene(game.page, SceneKeys.Title);
    game.page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await game?.close();
  });

  it('brings the first patient to billing, played by the expert’s moves', async () => {
    const { page } = game;
    await startNewDay(page, DEFAULT_SCENARIO_TITLE);
    await waitForScene(page, SceneKeys.ClinicFloor);
    await page.getByRole('button', { name: 'Pause' }).click();
    const day = await page.evaluate(() => {
      const session = window.__clinic?.session();
      if (!session) throw new Error('no day is running');
      return { seed: session.seed, settings: session.settings, minute: session.minute };
    });
    const steps = await expertStepsToBilling(day.seed, day.settings, day.minute);
    const stage = await page.evaluate(
      ({ patientId, steps: moves }) => {
        const session = window.__clinic?.session();
        if (!session) throw new Error('no day is running');
        for (const step of moves) {
          if (step.kind === 'wait') session.waitForNextEvent();
          else if (!session.act(patientId, step.action).accepted) throw new Error(`refused: ${step.action.type}`);
        }
        return session.stageOf(patientId);
      },
      { patientId: PATIENT_ID, steps },
    );
    expect(stage).toBe('billing');
    // Let the clinic clock run a moment so the floor and the queue show the new state.
    await page.getByRole('button', { name: 'Resume' }).click();
    const queueItem = page.locator('.hud-queue .queue-item', { hasText: PATIENT }).filter({ hasText: 'Submit the claim' });
    await queueItem.waitFor();
    await page.getByRole('button', { name: 'Pause' }).click();
    await queueItem.focus();
    await page.keyboard.press('Enter');
    const station = page.getByRole('dialog', { name: 'Billing' });
    await station.waitFor();
    expect(await station.getByRole('heading', { name: 'Provider’s note' }).isVisible()).toBe(true);
    expect(await station.locator('.billing-assessment').innerText()).toContain('Essential hypertension');
    // Issue 19: beside the three ratings, how a level follows from them, with its source.
    expect(await station.locator('.billing-note').innerText()).toMatch(/How the level follows\s+Office E\/M level by medical decision making: rate problems, data and risk; the level is the highest that two of the three meet or exceed\. Or by total time on the day\. \(American Medical Association, CPT Evaluation and Management \(E\/M\) Services Guidelines/);
    expect(await station.getByRole('heading', { name: 'Done in the clinic today' }).isVisible()).toBe(true);
    expect(await station.getByText('Insurance card (scanned copy)').isVisible()).toBe(true);
    expect(await station.getByRole('heading', { name: 'Claim — CMS-1500' }).isVisible()).toBe(true);
    expect(await station.getByRole('textbox', { name: 'Box 1a, insured’s ID number' }).inputValue()).toBe('BHP-448120');
    await shot(page, station, '1-coding');
  });

  it('codes the claim through the form and its code search, and the scrubber catches a wrong modifier', async () => {
    const { page } = game;
    const station = page.getByRole('dialog', { name: 'Billing' });
    const dx = (letter: string) => station.getByRole('combobox', { name: `Box 21${letter}, diagnosis ${letter} (ICD-10-CM)` });
    // Issue 19: words that are not yet a code are a search while its list is open, not a mistake; the warning comes once the field is left.
    await dx('D').fill('hypert');
    await expect.poll(() => dx('D').getAttribute('aria-expanded')).toBe('true');
    expect(await station.locator('#claim-dx-3-description').innerText()).toBe('');
    await dx('D').press('Tab');
    expect(await station.locator('#claim-dx-3-description').innerText()).toBe('Not a code in the practice’s code set');
    await dx('D').fill('');
    await dx('D').press('Tab');
    await chooseCode(page, dx('A'), 'hypertension', 'I10');
    await chooseCode(page, dx('B'), 'prediabetes', 'R73.03');
    await chooseCode(page, dx('C'), 'immunization', 'Z23');
    const lines: { query: string; code: string; modifiers: string[]; pointers: string }[] = [
      { query: '99214', code: '99214', modifiers: ['25'], pointers: 'AB' },
      { query: 'capillary', code: '36416', modifiers: [], pointers: 'B' },
      { query: 'a1c', code: '83036', modifiers: ['QW'], pointers: 'B' },
      { query: 'flu vaccine trivalent', code: '90656', modifiers: [], pointers: 'C' },
      // The wrong modifier: 25 on the vaccine administration line.
      { query: 'vaccine administration first', code: '90471', modifiers: ['25'], pointers: 'C' },
    ];
    for (const [index, line] of lines.entries()) {
      const n = index + 1;
      await chooseCode(page, station.getByRole('combobox', { name: `Line ${n}, CPT/HCPCS code (box 24D)` }), line.query, line.code);
      for (const [m, modifier] of line.modifiers.entries()) {
        await station.getByRole('textbox', { name: `Line ${n}, modifier ${m + 1} (box 24D)` }).fill(modifier);
      }
      await station.getByRole('textbox', { name: `Line ${n}, diagnosis pointers A to L, primary first (box 24E)` }).fill(line.pointers);
    }
    expect(await station.locator('.cms-total').innerText()).toBe('$295.00');
    expect(await station.locator('#claim-code-2-description').innerText()).toContain('Hemoglobin A1c');

    // Escape from a code field, twice (the list, then the station), closes the station: the
    // coding not yet saved is there again when it reopens (the playtest lost it).
    await station.getByRole('combobox', { name: 'Line 1, CPT/HCPCS code (box 24D)' }).focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await station.waitFor({ state: 'detached' });
    const queueItem = page.locator('.hud-queue .queue-item', { hasText: PATIENT });
    await queueItem.focus();
    await page.keyboard.press('Enter');
    await station.waitFor();
    expect(await station.locator('.cms-total').innerText()).toBe('$295.00');
    expect(await station.getByRole('textbox', { name: 'Line 5, modifier 1 (box 24D)' }).inputValue()).toBe('25');
    expect(await station.locator('.billing-dirty').innerText()).toContain('Changes not saved yet');

    await station.getByRole('button', { name: 'Run the scrubber' }).click();
    const edits = station.getByRole('list', { name: 'Scrubber edits' });
    await edits.waitFor();
    expect(await edits.locator('.billing-edit').count()).toBe(1);
    expect(await edits.locator('.billing-edit-box').innerText()).toBe('Box 24D, line 5');
    expect(await edits.innerText()).toContain('modifier 25 belongs on the E/M line only');
    expect(await station.locator('#claim-modifier-4').getAttribute('aria-invalid')).toBe('true');
    await shot(page, station, '2-scrubber-edit');

    await edits.getByRole('button', { name: 'Go to Box 24D, line 5' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('claim-modifier-4');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    const before = (await billingLog(page)).length;
    // A double click scrubs once.
    await station.getByRole('button', { name: 'Run the scrubber' }).dblclick();
    await station.getByText('Scrubber: no edits. The claim is clean.').waitFor();
    const log = await billingLog(page);
    expect(log.slice(before).map((action) => action.type)).toEqual(['claim.corrected', 'claim.scrubbed']);
    const coded = log.find((action) => action.type === 'claim.coded');
    expect(coded?.type === 'claim.coded' && coded.coding.lines[4]?.modifiers).toEqual(['25']);
    const corrected = log.find((action) => action.type === 'claim.corrected');
    expect(corrected?.type === 'claim.corrected' && corrected.coding).toEqual({
      diagnoses: ['I10', 'R73.03', 'Z23'],
      lines: [
        { code: '99214', modifiers: ['25'], pointers: ['A', 'B'], units: 1 },
        { code: '36416', modifiers: [], pointers: ['B'], units: 1 },
        { code: '83036', modifiers: ['QW'], pointers: ['B'], units: 1 },
        { code: '90656', modifiers: [], pointers: ['C'], units: 1 },
        { code: '90471', modifiers: [], pointers: ['C'], units: 1 },
      ],
    });
  });

  it('submits, waits for the payer on the clinic clock, and announces the answer', async () => {
    const { page } = game;
    const station = page.getByRole('dialog', { name: 'Billing' });
    await station.getByRole('button', { name: 'Submit the claim' }).click();
    await station.getByRole('heading', { name: 'Awaiting payer' }).waitFor();
    expect(await station.locator('.billing-awaiting-text').innerText()).toMatch(/^Sent to Blue Harbor PPO \(synthetic\) at \d\d:\d\d; answers usually come by about \d\d:\d\d\./);
    await shot(page, station, '3-awaiting-payer');

    // The clinic clock stands still inside a station: the trainee waits for the payer on the floor.
    await station.press('Escape');
    await station.waitFor({ state: 'detached' });
    // Clinic time runs on to the payer's answer: event by event, as "Next event" moves it (the
    // clock's running in real time is the time-model test's; here it would only cost the suite time).
    await page.waitForFunction((id) => {
      const answered = () => /paid|denied/.test(JSON.stringify(window.__clinic?.session()?.workflowSnapshot(id)?.value ?? ''));
      for (let i = 0; i < 200 && !answered(); i += 1) window.__clinic?.nextEvent();
      return answered();
    }, PATIENT_ID);
    const back = page.locator('.hud-queue .queue-item', { hasText: PATIENT });
    await back.waitFor();
    await back.focus();
    await page.keyboard.press('Enter');
    await station.waitFor();
    expect(await station.getByRole('table', { name: /^Remittance advice \(835\)/ }).isVisible()).toBe(true);
  });

  it('posts the payment from the remittance, and the claim leaves no billing finding', async () => {
    const { page } = game;
    const station = page.getByRole('dialog', { name: 'Billing' });
    const remittance = station.getByRole('table', { name: /^Remittance advice \(835\)/ });
    const amount = async (label: string) => (await remittance.getByRole('row', { name: new RegExp(`^${label}`) }).locator('td').innerText()).replace(/[$,]/g, '');
    const collected = (await station.getByText(/^Paid at check-in:/).innerText()).replace(/^Paid at check-in: \$|\.$/g, '');
    const responsibility = Number(await amount('Patient responsibility'));
    const balance = (responsibility - Number(collected)).toFixed(2);
    await shot(page, station, '4-remittance');

    await station.getByLabel('Allowed amount').fill(await amount('Allowed amount'));
    await station.getByLabel('Contractual adjustment').fill(await amount('Contractual adjustment'));
    await station.getByLabel('Copay').fill(await amount('Copay'));
    await station.getByLabel('Coinsurance').fill(await amount('Coinsurance'));
    await station.getByLabel('Deductible').fill(await amount('Deductible'));
    // Issue 19: a slip in the balance is read back before it is final, and can be changed.
    const slip = (Number(balance) + 40).toFixed(2);
    await station.getByLabel('Patient balance').fill(slip);
    await station.getByRole('button', { name: 'Review the posting' }).click();
    const review = station.locator('#billing-posting-review');
    await review.getByText('Review before posting: once posted, the claim closes').waitFor();
    const facts = await review.locator('dl').innerText();
    expect(facts).toMatch(new RegExp(`Allowed amount\\s+\\$${(await amount('Allowed amount')).replace('.', '\\.')}`));
    expect(facts).toMatch(new RegExp(`Paid by the payer \\(from the remittance\\)\\s+\\$${(await amount('Paid by the payer')).replace('.', '\\.')}`));
    expect(facts).toMatch(new RegExp(`Contractual adjustment\\s+\\$${(await amount('Contractual adjustment')).replace('.', '\\.')}`));
    expect(facts).toMatch(new RegExp(`Patient balance\\s+\\$${slip.replace('.', '\\.')}`));
    expect((await billingLog(page)).some((action) => action.type === 'payment.posted')).toBe(false);
    expect(await station.getByRole('button', { name: 'Review the posting' }).isVisible()).toBe(false);
    await station.getByRole('button', { name: 'Change the amounts' }).click();
    expect(await review.isVisible()).toBe(false);
    await station.getByLabel('Patient balance').fill(balance);
    await station.getByRole('button', { name: 'Review the posting' }).click();
    expect(await review.locator('dl').innerText()).toMatch(new RegExp(`Patient balance\\s+\\$${balance.replace('.', '\\.')}`));
    await station.getByRole('button', { name: 'Confirm and post the payment' }).click();
    // The claim is finished: the patient's visit is done and the billing panel closes.
    await station.waitFor({ state: 'detached' });

    const result = await page.evaluate((patientId) => {
      const record = window.__clinic?.session()?.record();
      const billing = (record?.checks ?? []).filter((check) => check.patientId === patientId && check.ruleId.startsWith('billing.'));
      return { stage: window.__clinic?.session()?.stageOf(patientId), checked: billing.map((check) => check.ruleId), findings: billing.filter((check) => check.finding).map((check) => check.finding?.message) };
    }, PATIENT_ID);
    expect(result.stage).toBe('done');
    expect(result.findings).toEqual([]);
    expect(new Set(result.checked)).toEqual(
      new Set(['billing.icd10-specificity', 'billing.em-level', 'billing.modifier-25', 'billing.modifier-qw', 'billing.diagnosis-pointer', 'billing.claim-data', 'billing.vaccine-administration', 'billing.payment-posting', 'billing.denial-worked']),
    );
    const posted = (await billingLog(page)).find((action) => action.type === 'payment.posted');
    expect(posted?.type === 'payment.posted' && posted.posting.patientBalanceCents).toBe(Math.round(Number(balance) * 100));
  });

  it('logs no console errors', () => {
    expect(game.consoleErrors).toEqual([]);
  });

  it('requests nothing outside its own origin', () => {
    expect(game.foreignRequests).toEqual([]);
  });
});
