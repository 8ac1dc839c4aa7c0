/**
 * The medication station through the screen, on the default morning: the scripted expert's
 * own moves (through the test hook) bring a patient with a flu vaccine ordered to the
 * station; the test then gives the vaccine itself, once with the keyboard alone (the site
 * chosen on the body outline with Tab, the arrow keys and Enter) and once with the pointer
 * (the site clicked on the outline), with the choices the reference tables call for and the
 * lot read off the vial on the screen (and axe finds nothing serious in the full station).
 * Each sees the record it saved, no medication or
 * immunization finding, and, at billing, the vaccine on the chart and the claim's product
 * and administration codes. Then, on the same morning imported with a tuberculin skin test
 * ordered instead of Marcus's flu shot, the test is placed with the keyboard alone: no VIS,
 * the wheal looked at, the reading appointment on the record, and 86580 on the claim with no
 * administration code; and Jamal's test, placed two days before, is read in millimetres.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { TraineeAction } from '../../src/clinic/trainee-action';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { INSERTION_ANGLE, injectionChoices, tuberculinProduct, vaccineProduct, visEditionInForce } from '../../src/reference/immunization';
import { ageInMonths, ageInYears } from '../../src/reference/iso-date';
import { TESTS } from '../../src/reference/tests';
import { parseScenarioText } from '../../src/scenario/scenario-loader';
import type { Scenario, ScenarioPatient } from '../../src/scenario/scenario.schema';
import { replaySession } from '../../src/session/session';
import { actionForTask } from '../../src/trainees/trainee';
import { formatReadingAppointment } from '../../src/workflows/medication/medication.rules';
import { SceneKeys } from '../../scenes/keys';
import { seriousViolations } from './support/axe';
import { openGamePage, type GamePage } from './support/browser';
import { endDayToTitle, startFromBriefing, startPausedDay } from './support/new-day';
import { describePng, nextFrames, waitForScene } from './support/screens';
import { openExamRoom } from './support/exam-room';

const TITLE = 'A Short Morning at Maple Street';
const FILE = 'scenarios/default-morning.yaml';
const MARCUS = 'marcus-johnson';
const ELEANOR = 'eleanor-whitfield';
const VACCINE = 'influenza-vaccine';
/** The vaccine administration codes a claim may carry: the standard first injection, the counselled under-19 one, Medicare's flu administration. */
const ADMINISTRATION_CODES = ['90471', '90460', 'G0008'];
/** The vaccine's product code, from the catalogue. */
const PRODUCT_CODE = TESTS.find((test) => test.id === VACCINE)!.codes[0]!.code;
/** Where the screenshots go, to look at after the run. */
const SHOTS = join(tmpdir(), 'clinic-day-medication');

/** One step of the expert's way for one patient: an action, or the clock run to the next event. */
type Step = { readonly kind: 'act'; readonly action: TraineeAction } | { readonly kind: 'wait' };

async function loadScenario(): Promise<Scenario> {
  const loaded = parseScenarioText(await readFile(resolve(import.meta.dirname, '../..', FILE), 'utf8'), FILE);
  if (!loaded.ok) throw new Error(`${FILE} does not load`);
  return loaded.scenario;
}

const TST = 'tuberculin-skin-test';
const TST_TITLE = 'A TB Test at Maple Street';

const READING = 'tuberculin-skin-test-reading';
const JAMAL = 'jamal-carter';
/** Jamal's induration, in mm, at the reading of a test placed two days before. */
const INDURATION_MM = 7;

/** The default morning as an instructor might adapt it: Marcus's flu shot replaced by a tuberculin skin test for his new job (Z11.7), and Jamal back for the reading of his. */
async function tuberculinMorningText(): Promise<string> {
  const data = parseYaml(await readFile(resolve(import.meta.dirname, '../..', FILE), 'utf8')) as Record<string, any>;
  data.id = 'tst-morning';
  data.title = TST_TITLE;
  data.clinic.capabilities.push(TST, READING);
  const jamal = data.patients.find((p: { id: string }) => p.id === JAMAL);
  jamal.orders = [...jamal.orders, { testId: READING, result: INDURATION_MM }];
  const marcus = data.patients.find((p: { id: string }) => p.id === MARCUS);
  marcus.orders = [...marcus.orders.filter((o: { testId: string }) => o.testId !== VACCINE), { testId: TST, diagnoses: ['Z11.7'] }];
  marcus.note.diagnoses = [...marcus.note.diagnoses.filter((code: string) => code !== 'Z23'), 'Z11.7'];
  return stringifyYaml(data);
}

/** Imports a scenario in the instructor tools (the title comes back with it chosen), starts a day of it and pauses the clock. */
/** Closes the open station with Escape, as a trainee does, if one is open. */
async function closeStation(page: Page): Promise<void> {
  const station = page.locator('[role="dialog"].station');
  if ((await station.count()) === 0) return;
  await station.press('Escape');
  await station.waitFor({ state: 'detached' });
}

async function startImportedPausedDay(page: Page, text: string, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Instructor tools' }).click();
  await page.getByLabel('Import a scenario file (YAML or JSON)').setInputFiles({ name: 'tst-morning.yaml', mimeType: 'text/yaml', buffer: Buffer.from(text) });
  const option = page.getByRole('radio', { name: `Imported: ${title}` });
  await option.waitFor();
  // Back on the title with the imported scenario chosen.
  expect(await option.isChecked()).toBe(true);
  await page.getByRole('button', { name: 'New day' }).click();
  await startFromBriefing(page);
  await waitForScene(page, SceneKeys.ClinicFloor);
  await page.getByRole('button', { name: 'Pause' }).click();
}

/**
 * Set-up through the test hook: the scripted expert's own moves for one patient, found on a
 * copy of the page's day (its log replayed), until `done` holds; then done on the page.
 */
async function expertUntil(page: Page, scenario: Scenario, patientId: string, done: (stage: string | undefined, machine: string | undefined) => boolean): Promise<void> {
  const day = await page.evaluate(() => {
    const session = window.__clinic!.session()!;
    return { seed: session.seed, settings: session.settings, minute: session.minute, log: session.log.map((entry) => ({ ...entry })) };
  });
  const copy = replaySession(scenario, day.seed, day.settings, day.log);
  copy.advanceTo(day.minute);
  const steps: Step[] = [];
  while (!done(copy.stageOf(patientId), copy.workflowSnapshot(patientId)?.machine.id)) {
    if (steps.length > 300 || copy.isOver) throw new Error(`the expert did not bring ${patientId} there`);
    const task = copy.available().find((candidate) => candidate.patientId === patientId && candidate.stage !== 'phone');
    const action = task ? actionForTask(copy, task) : null;
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
}

function failedChecks(page: Page, patientId: string): Promise<{ ruleId: string; message: string }[]> {
  return page.evaluate(
    (id) =>
      window
        .__clinic!.session()!
        .record()
        .checks.filter((c) => !c.passed && c.patientId === id)
        .map((c) => ({ ruleId: c.ruleId, message: c.finding?.message ?? '' })),
    patientId,
  );
}

async function shot(page: Page, station: Locator, name: string): Promise<void> {
  await nextFrames(page);
  const png = await station.screenshot();
  await writeFile(join(SHOTS, `${name}.png`), png);
  const { distinctColours } = describePng(png);
  expect(distinctColours).toBeGreaterThan(32);
}

/** What the expert would choose for the patient, from the reference tables: the test reads the rest (lot, maker) off the screen. */
function rightChoices(scenario: Scenario, patient: ScenarioPatient) {
  const product = vaccineProduct(VACCINE)!;
  const date = scenario.day.date;
  const choices = injectionChoices(product.route, { ageMonths: ageInMonths(patient.dateOfBirth, date), sex: patient.sex, weightKg: patient.vitals.weightKg });
  const site = choices.preferredSites[0]!;
  return {
    product,
    date,
    doseMl: product.doseMl(ageInYears(patient.dateOfBirth, date)),
    site,
    gauge: choices.gauges[0]!,
    length: (choices.lengthsBySite[site] ?? choices.lengths)[0]!,
    angle: INSERTION_ANGLE[product.route]!,
    edition: visEditionInForce(product.visId, date)!,
  };
}

/** Chooses a select's option from the keyboard: focused, then the arrow keys until it shows `value`. */
async function selectWithKeys(page: Page, select: Locator, value: string): Promise<void> {
  await select.focus();
  const count = await select.locator('option').count();
  for (let i = 0; i < count && (await select.inputValue()) !== value; i += 1) await page.keyboard.press('ArrowDown');
  expect(await select.inputValue()).toBe(value);
}

/** The lot and maker the station's vial list and label show for the vaccine in stock. */
async function vialOnScreen(station: Locator): Promise<{ vialId: string; lot: string }> {
  const card = station.getByRole('list', { name: /^Vials of / }).locator('li').first();
  const text = await card.innerText();
  const lot = /lot (\S+)/.exec(text)?.[1];
  const vialId = (await card.locator('[data-key^="take:"]').getAttribute('data-key'))?.slice('take:'.length);
  if (!lot || !vialId) throw new Error(`no lot on the vial card: ${text}`);
  return { vialId, lot };
}

/**
 * After the observation time has passed (through the hook, as while the trainee works
 * elsewhere), the trainee comes back from the floor to the chair, which can now be left.
 */
async function letObservationPass(page: Page, name: string): Promise<Locator> {
  await page.evaluate(() => {
    const session = window.__clinic!.session()!;
    session.advanceTo(session.minute + 15);
  });
  return openExamRoom(page, name, '[data-key="observation-end"]:not([disabled])');
}

/**
 * At billing, played by the expert's moves: what the chart says was done today, and the code
 * of each line of the claim the expert codes, as the billing station's CMS-1500 shows them.
 */
async function atBilling(page: Page, scenario: Scenario, patientId: string, name: string): Promise<{ done: string; codes: string[] }> {
  await expertUntil(page, scenario, patientId, (stage) => stage === 'billing');
  const station = await openExamRoom(page, name, '.billing-done');
  const done = await station.locator('.billing-done').innerText();
  const player = await expertMove(page, scenario, patientId);
  const codes = player.type === 'claim.coded' ? player.coding.lines.map((line) => line.code) : [];
  await page.evaluate(({ id, action }) => {
    if (!window.__clinic!.session()!.act(id, action).accepted) throw new Error(`refused: ${action.type}`);
  }, { id: patientId, action: player });
  // The station redraws with the claim on file: every line's code in box 24D.
  const shown = station.locator('input[id^="claim-code-"]');
  await expect.poll(async () => (await shown.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value).filter((value) => value !== ''))).sort(), { timeout: 20_000 }).toEqual([...codes].sort());
  return { done, codes };
}

/** The scripted expert's next move for the patient on a copy of the page's day. */
async function expertMove(page: Page, scenario: Scenario, patientId: string): Promise<TraineeAction> {
  const day = await page.evaluate(() => {
    const session = window.__clinic!.session()!;
    return { seed: session.seed, settings: session.settings, minute: session.minute, log: session.log.map((entry) => ({ ...entry })) };
  });
  const copy = replaySession(scenario, day.seed, day.settings, day.log);
  copy.advanceTo(day.minute);
  const task = copy.available().find((candidate) => candidate.patientId === patientId && candidate.stage !== 'phone');
  const action = task ? actionForTask(copy, task) : null;
  copy.dispose();
  if (!action) throw new Error(`the expert has no move for ${patientId}`);
  return action;
}

/** One page for the file: the flu vaccines' morning, then the TB test morning imported on the title after "End day". */
let game: GamePage;

afterAll(async () => {
  await game?.close();
});

describe('The medication station', () => {
  let scenario: Scenario;

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    scenario = await loadScenario();
    game = await openGamePage(inject('gameUrl'));
    await waitForScene(game.page, SceneKeys.Title);
    game.page.setDefaultTimeout(20_000);
    await startPausedDay(game.page, TITLE);
    // The clock runs only while the floor catches up with the set-up: at 4× it does so sooner.
    await game.page.getByRole('button', { name: 'Speed 4×' }).click();
  });


  it('gives a flu vaccine with the keyboard alone, and the record and the claim show it', async () => {
    const { page } = game;
    const patient = scenario.patients.find((p) => p.id === MARCUS)!;
    const right = rightChoices(scenario, patient);
    await expertUntil(page, scenario, MARCUS, (_stage, machine) => machine === 'medication');
    const station = await openExamRoom(page, 'Marcus Johnson', '.medication-station');
    const key = (name: string) => station.locator(`[data-key="${name}"]`);
    const enter = (name: string) => key(name).press('Enter');
    const space = (name: string) => key(name).press('Space');

    await enter(`order-review:${VACCINE}`);
    await enter('allergies');
    await enter('hands');
    await space('id-question:open');
    await space('id:full-name');
    await space('id:date-of-birth');
    await enter('identify');
    await enter('log-read:fridge-1');
    const { vialId, lot } = await vialOnScreen(station);
    await enter(`take:${vialId}`);
    await enter(`read:${VACCINE}:from-storage`);
    await enter(`read:${VACCINE}:drawing-up`);
    await space(`gauge:${VACCINE}:${right.gauge}`);
    await space(`length:${VACCINE}:${right.length}`);
    await key(`volume:${VACCINE}`).focus();
    await page.keyboard.type(String(right.doseMl));
    await enter(`draw-up:${VACCINE}`);
    await enter(`vis:${VACCINE}:${right.edition}`);
    await enter(`read:${VACCINE}:before-giving`);
    // The site on the body outline: Tab reaches one site, the arrow keys move round them, Enter picks.
    const pins = await station.locator('.site-pin').evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.key ?? ''));
    await station.locator('.site-pin[tabindex="0"]').focus();
    for (let i = 0; i < pins.length && (await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key)) !== `site-pin:${right.site}`; i += 1) {
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Enter');
    expect(await key(`site:${right.site}`).isChecked()).toBe(true);
    await space(`route:${right.product.route}`);
    await space(`angle:${right.angle}`);
    await shot(page, station, '1-keyboard-before-injection');
    // The station at its fullest (order, storage, vial, VIS shelf, body outline and its site buttons): nothing serious for assistive technology.
    expect(await seriousViolations(page)).toEqual([]);
    await enter('inject');
    await enter('discard');

    const field = (name: string) => key(`record:${VACCINE}:${name}`);
    const typeInto = async (name: string, value: string) => {
      await field(name).focus();
      await page.keyboard.type(value);
    };
    await typeInto('date', right.date);
    await typeInto('vaccine', right.product.name);
    await typeInto('manufacturer', right.product.manufacturer);
    await typeInto('lot', lot);
    await selectWithKeys(page, field('site'), right.site);
    await selectWithKeys(page, field('route'), right.product.route);
    await typeInto('dose', String(right.doseMl));
    await typeInto('visEdition', right.edition);
    await typeInto('visGivenOn', right.date);
    await typeInto('name', 'Sam Rivera');
    await typeInto('title', 'CMA');
    await enter(`record:${VACCINE}:save`);
    const record = station.locator('.immunization-record');
    await record.waitFor();
    expect(await record.innerText()).toContain(lot);
    await shot(page, station, '2-keyboard-record');

    await enter('observe');
    // The trainee works elsewhere while the patient sits, and comes back to the chair from the queue (the same station, opened again).
    await letObservationPass(page, 'Marcus Johnson');
    await enter('observation-end');
    await enter('finish');

    const findings = (await failedChecks(page, MARCUS)).filter((c) => /^(medication|immunization)\./.test(c.ruleId));
    expect(findings).toEqual([]);
    const billing = await atBilling(page, scenario, MARCUS, 'Marcus Johnson');
    expect(billing.done).toContain(`lot ${lot}`);
    expect(billing.codes).toContain(PRODUCT_CODE);
    expect(billing.codes.some((code) => ADMINISTRATION_CODES.includes(code))).toBe(true);
  });

  it('gives a flu vaccine with the pointer, the site clicked on the body outline', async () => {
    const { page } = game;
    const patient = scenario.patients.find((p) => p.id === ELEANOR)!;
    const right = rightChoices(scenario, patient);
    await expertUntil(page, scenario, ELEANOR, (_stage, machine) => machine === 'medication');
    const station = await openExamRoom(page, 'Eleanor Whitfield', '.medication-station');
    const click = (name: string) => station.locator(`[data-key="${name}"]`).click();

    await click(`order-review:${VACCINE}`);
    await click('allergies');
    await click('hands');
    await click('id-question:open');
    await click('id:full-name');
    await click('id:date-of-birth');
    await click('identify');
    await click('log-read:fridge-1');
    const { vialId, lot } = await vialOnScreen(station);
    await click(`take:${vialId}`);
    await click(`read:${VACCINE}:from-storage`);
    await click(`read:${VACCINE}:drawing-up`);
    await click(`gauge:${VACCINE}:${right.gauge}`);
    await click(`length:${VACCINE}:${right.length}`);
    await station.locator(`[data-key="volume:${VACCINE}"]`).fill(String(right.doseMl));
    await click(`draw-up:${VACCINE}`);
    await click(`vis:${VACCINE}:${right.edition}`);
    await click(`read:${VACCINE}:before-giving`);
    await station.locator('.site-picker').scrollIntoViewIfNeeded();
    await shot(page, station.locator('.medication-tray'), '4-tray-in-hand');
    await click(`site-pin:${right.site}`);
    await shot(page, station.locator('.site-picker'), '5-body-site-picked');
    // The body outline is drawn at the size of its box, not left a blank canvas until the window is resized.
    await page.waitForFunction(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.site-picker canvas');
      const box = document.querySelector<HTMLElement>('.site-picker .instrument-host');
      return canvas !== null && box !== null && canvas.clientWidth > 0 && Math.abs(canvas.clientWidth - box.clientWidth) <= 2;
    });
    expect(await station.locator(`[data-key="site:${right.site}"]`).isChecked()).toBe(true);
    await click(`route:${right.product.route}`);
    await click(`angle:${right.angle}`);
    await shot(page, station, '3-pointer-site-chosen');
    await click('inject');
    await click('discard');

    const field = (name: string) => station.locator(`[data-key="record:${VACCINE}:${name}"]`);
    await field('date').fill(right.date);
    await field('vaccine').fill(right.product.name);
    await field('manufacturer').fill(right.product.manufacturer);
    await field('lot').fill(lot);
    await field('site').selectOption(right.site);
    await field('route').selectOption(right.product.route);
    await field('dose').fill(String(right.doseMl));
    await field('visEdition').fill(right.edition);
    await field('visGivenOn').fill(right.date);
    await field('name').fill('Sam Rivera');
    await field('title').fill('CMA');
    await click(`record:${VACCINE}:save`);
    const record = station.locator('.immunization-record');
    await record.waitFor();
    expect(await record.innerText()).toContain(lot);

    await click('observe');
    await letObservationPass(page, 'Eleanor Whitfield');
    await click('observation-end');
    await click('finish');

    const findings = (await failedChecks(page, ELEANOR)).filter((c) => /^(medication|immunization)\./.test(c.ruleId));
    expect(findings).toEqual([]);
    const billing = await atBilling(page, scenario, ELEANOR, 'Eleanor Whitfield');
    expect(billing.done).toContain(`lot ${lot}`);
    expect(billing.codes).toContain(PRODUCT_CODE);
    expect(billing.codes.some((code) => ADMINISTRATION_CODES.includes(code))).toBe(true);
  });
});

describe('The tuberculin skin test at the medication station', () => {
  let scenario: Scenario;

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    const text = await tuberculinMorningText();
    const loaded = parseScenarioText(text, 'tst-morning.yaml');
    if (!loaded.ok) throw new Error('the TB test morning does not load');
    scenario = loaded.scenario;
    await closeStation(game.page);
    await endDayToTitle(game.page);
    await startImportedPausedDay(game.page, text, TST_TITLE);
    await game.page.getByRole('button', { name: 'Speed 4×' }).click();
  });


  it('places a TB skin test with the keyboard alone: no VIS, the wheal looked at, the reading on the record, 86580 on the claim', async () => {
    const { page } = game;
    const product = tuberculinProduct(TST)!;
    const date = scenario.day.date;
    await expertUntil(page, scenario, MARCUS, (_stage, machine) => machine === 'medication');
    const station = await openExamRoom(page, 'Marcus Johnson', '.medication-station');
    const key = (name: string) => station.locator(`[data-key="${name}"]`);
    const enter = (name: string) => key(name).press('Enter');
    const space = (name: string) => key(name).press('Space');

    await enter(`order-review:${TST}`);
    await enter('allergies');
    await enter('hands');
    await space('id-question:open');
    await space('id:full-name');
    await space('id:date-of-birth');
    await enter('identify');
    await enter('log-read:fridge-1');
    const { vialId, lot } = await vialOnScreen(station);
    await enter(`take:${vialId}`);
    await enter(`read:${TST}:from-storage`);
    await enter(`read:${TST}:drawing-up`);
    expect(await station.innerText()).toContain('tuberculin syringe');
    await space(`gauge:${TST}:27`);
    await space(`length:${TST}:1/2`);
    await key(`volume:${TST}`).focus();
    await page.keyboard.type('0.1');
    await enter(`draw-up:${TST}`);
    // A skin test is not a vaccine: no VIS shelf to choose from.
    expect(await station.locator('.vis-shelf').count()).toBe(0);
    await enter(`read:${TST}:before-giving`);
    // The volar forearm on the body outline, reached with Tab and the arrow keys.
    const site = 'left-volar-forearm';
    const pins = await station.locator('.site-pin').evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.key ?? ''));
    expect(pins).toContain(`site-pin:${site}`);
    await station.locator('.site-pin[tabindex="0"]').focus();
    for (let i = 0; i < pins.length && (await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key)) !== `site-pin:${site}`; i += 1) {
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Enter');
    expect(await key(`site:${site}`).isChecked()).toBe(true);
    await space('route:intradermal');
    await space('angle:10');
    await shot(page, station, '6-tst-before-placement');
    const placedAt = await page.evaluate(() => window.__clinic!.session()!.minute);
    await enter('inject');
    await enter('discard');
    await enter(`wheal:${TST}`);
    expect(await station.locator('.wheal-seen').innerText()).toContain('raised wheal');

    const field = (name: string) => key(`record:${TST}:${name}`);
    const typeInto = async (name: string, value: string) => {
      await field(name).focus();
      await page.keyboard.type(value);
    };
    expect(await field('visEdition').count()).toBe(0);
    const readingDue = formatReadingAppointment(date, placedAt, 48);
    await typeInto('date', date);
    await typeInto('vaccine', product.name);
    await typeInto('manufacturer', product.manufacturer);
    await typeInto('lot', lot);
    await selectWithKeys(page, field('site'), site);
    await selectWithKeys(page, field('route'), 'intradermal');
    await typeInto('dose', '0.1');
    await typeInto('readingDue', readingDue);
    await typeInto('name', 'Sam Rivera');
    await typeInto('title', 'CMA');
    await enter(`record:${TST}:save`);
    const record = station.locator('.immunization-record');
    await record.waitFor();
    const recordText = await record.innerText();
    expect(recordText).toContain(lot);
    expect(recordText).toContain(readingDue);
    await shot(page, station, '7-tst-record');
    await enter('finish');

    const findings = (await failedChecks(page, MARCUS)).filter((c) => /^(medication|immunization)\./.test(c.ruleId));
    expect(findings).toEqual([]);
    const billing = await atBilling(page, scenario, MARCUS, 'Marcus Johnson');
    expect(billing.codes).toContain('86580');
    expect(billing.codes.some((code) => ADMINISTRATION_CODES.includes(code) || code === '90472')).toBe(false);
  });

  it('reads a TB skin test with the keyboard: the induration across the forearm in mm, not the redness around it', async () => {
    const { page } = game;
    await expertUntil(page, scenario, JAMAL, (_stage, machine) => machine === 'medication');
    const station = await openExamRoom(page, 'Jamal Carter', '.medication-station');
    const key = (name: string) => station.locator(`[data-key="${name}"]`);
    const enter = (name: string) => key(name).press('Enter');
    const space = (name: string) => key(name).press('Space');
    await enter('hands');
    await space('id-question:open');
    await space('id:full-name');
    await space('id:date-of-birth');
    await enter('identify');
    await enter(`order-review:${READING}`);
    expect(await station.innerText()).toContain(`about ${INDURATION_MM} mm across the forearm`);
    await key(`reading:${READING}`).focus();
    await page.keyboard.type(String(INDURATION_MM));
    await enter(`reading:${READING}:save`);
    const recorded = station.locator('.tst-reading-recorded');
    await recorded.waitFor();
    expect(await recorded.innerText()).toContain(`${INDURATION_MM} mm`);
    await shot(page, station, '8-tst-reading');
    await enter('finish');
    const findings = (await failedChecks(page, JAMAL)).filter((c) => /^(medication|immunization)\./.test(c.ruleId));
    expect(findings).toEqual([]);
  });
});
