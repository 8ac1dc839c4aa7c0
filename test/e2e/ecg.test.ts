/**
 * The ECG bed through the screen, on the billing day with two ECG patients (Walter Kim, cold
 * and shivering; and a calm patient added for the test): the scripted expert's own moves
 * (through the test hook) bring each to the ECG bed; the test then records the 12-lead ECG
 * itself, once with the keyboard alone (every electrode put on from the lists: the
 * electrode, then the limb, or the line and the space, none for V3 midway between V2 and V4) and once with the pointer (each
 * electrode taken from the rack and dropped on the torso drawing, where it snaps to its
 * place), at the sites the reference gives. Each sees the tracing drawn on the machine's
 * paper; on Walter's the somatic tremor of a cold patient shows, is named, remedied (warmed
 * and reassured) and recorded again clean. Each ends with no ECG finding and, at billing, the
 * ECG on the chart and 93000 on the claim. Axe finds nothing serious in the full station.
 *
 * Then the scripted novice, slipping at every turn, records the chest-pain patient's ECG on
 * the cardiology morning through the screen with the station's driver (every electrode from
 * the lists, the remedies, the hand-over), and the page judges it as the headless day does.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { customScenarioLink } from '../../scenes/instructor/scenario-link';
import { SceneKeys } from '../../scenes/keys';
import { pointOf, TORSO_SIZE } from '../../scenes/stations/ecg-geometry';
import type { TraineeAction } from '../../src/clinic/trainee-action';
import { ECG_ELECTRODES, type EcgElectrode, type ElectrodeSite } from '../../src/reference/ecg/terms';
import { isCorrectSite } from '../../src/reference/ecg/placement';
import { formatUsDate } from '../../src/reference/iso-date';
import { parseScenarioText } from '../../src/scenario/scenario-loader';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { replaySession } from '../../src/session/session';
import { actionForTask, type ScriptedTrainee } from '../../src/trainees/trainee';
import { SeededRandom } from '../../src/domain/random';
import { seriousViolations } from './support/axe';
import { openGamePage, type GamePage } from './support/browser';
import { openExamRoom } from './support/exam-room';
import { endDayToTitle, startFromBriefing, startNewDay } from './support/new-day';
import { TraineeDriver } from './support/trainee-driver';
import { boxOf, describePng, descriptionOf, nextFrames, waitForScene } from './support/screens';

const FILE = 'scenarios/billing-day.yaml';
const CARDIOLOGY = 'scenarios/cardiology-morning.yaml';
/** Chest pain since he woke: an urgent tracing, ST elevation, a hairy chest. */
const DOUGLAS = 'douglas-whitaker';
const WALTER = 'walter-kim';
const NADIA = 'nadia-park';
/** Where the screenshots go, to look at after the run. */
const SHOTS = join(tmpdir(), 'clinic-day-ecg');

/** One step of the expert's way for one patient: an action, or the clock run to the next event. */
type Step = { readonly kind: 'act'; readonly action: TraineeAction } | { readonly kind: 'wait' };

/**
 * The billing day with Walter Kim's ECG played out as a cold patient's (somatic tremor until
 * he is warmed), and a second, calm ECG patient late in the morning, Nadia Park.
 */
async function ecgDayText(): Promise<string> {
  const data = parse(await readFile(resolve(import.meta.dirname, '../..', FILE), 'utf8')) as { id: string; title: string; patients: Record<string, unknown>[] };
  data.id = 'ecg-bed-day';
  data.title = 'ECG Bed Day at Summit Valley';
  const walter = data.patients.find((p) => p.id === WALTER)!;
  walter.orders = [{ testId: 'ecg', ecg: { patientState: 'cold' } }];
  const nadia = structuredClone(walter);
  Object.assign(nadia, {
    id: NADIA,
    name: { given: 'Nadia', family: 'Park' },
    dateOfBirth: '1969-11-23',
    sex: 'female',
    mrn: 'SVP80931',
    phone: '555-555-0131',
    coverage: { payerId: 'bluecross-ppo', memberId: 'BHP-771230', groupNumber: 'G-4404', planType: 'ppo', copay: 30 },
    arrival: { kind: 'scheduled', time: '11:15', visitTypeId: 'follow-up', providerId: 'dr-krishnan' },
    chiefComplaint: 'Pre-operative check before my knee surgery; the surgeon asked for an ECG.',
    orders: [{ testId: 'ecg' }],
  });
  data.patients.push(nadia);
  const text = stringify(data);
  const loaded = parseScenarioText(text, 'ecg-bed-day.yaml');
  if (!loaded.ok) throw new Error(`the ECG bed day does not load: ${JSON.stringify(loaded.problems)}`);
  return text;
}

/** A copy of the page's day (its log replayed in Node), at the page's minute. */
async function copyOfDay(page: Page, scenario: Scenario) {
  const day = await page.evaluate(() => {
    const session = window.__clinic!.session()!;
    return { seed: session.seed, settings: session.settings, minute: session.minute, log: session.log.map((entry) => ({ ...entry })) };
  });
  const copy = replaySession(scenario, day.seed, day.settings, day.log);
  copy.advanceTo(day.minute);
  return copy;
}

/**
 * Set-up through the test hook: the scripted expert's own moves for one patient, found on a
 * copy of the page's day (its log replayed), until `done` holds; then done on the page.
 */
async function expertUntil(page: Page, scenario: Scenario, patientId: string, done: (stage: string | undefined, machine: string | undefined) => boolean): Promise<void> {
  const copy = await copyOfDay(page, scenario);
  const steps: Step[] = [];
  while (!done(copy.stageOf(patientId), copy.workflowSnapshot(patientId)?.machine.id)) {
    if (steps.length > 400 || copy.isOver) throw new Error(`the expert did not bring ${patientId} there`);
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

/**
 * Where the scripted expert puts each electrode and what it types on the machine for the
 * patient, played ahead on a copy of the page's day (the test does the same through the
 * screen): the sites the workflow takes as right.
 */
async function expertPlan(page: Page, scenario: Scenario, patientId: string): Promise<{ sites: Map<EcgElectrode, ElectrodeSite>; data: Extract<TraineeAction, { type: 'patient-data.entered' }> }> {
  const copy = await copyOfDay(page, scenario);
  const sites = new Map<EcgElectrode, ElectrodeSite>();
  let data: Extract<TraineeAction, { type: 'patient-data.entered' }> | null = null;
  for (let moves = 0; moves < 80 && (sites.size < ECG_ELECTRODES.length || data === null); moves += 1) {
    const task = copy.available().find((candidate) => candidate.patientId === patientId && candidate.stage !== 'phone');
    const action = task ? actionForTask(copy, task) : null;
    if (!action || !copy.act(patientId, action).accepted) break;
    if (action.type === 'electrode.placed') sites.set(action.electrode, action.site);
    if (action.type === 'patient-data.entered') data = action;
  }
  copy.dispose();
  if (sites.size < ECG_ELECTRODES.length || data === null) throw new Error(`the expert did not place every electrode and enter the data for ${patientId}`);
  return { sites, data };
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

/** Chooses a select's option from the keyboard: focused, then the arrow keys (down or up) until it shows `value`. */
async function selectWithKeys(page: Page, select: Locator, value: string): Promise<void> {
  const values = await select.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  const wanted = values.indexOf(value);
  expect(wanted).toBeGreaterThanOrEqual(0);
  await select.focus();
  for (let i = 0; i < values.length && (await select.inputValue()) !== value; i += 1) {
    await page.keyboard.press(values.indexOf(await select.inputValue()) < wanted ? 'ArrowDown' : 'ArrowUp');
  }
  expect(await select.inputValue()).toBe(value);
}

/**
 * What a greyed control says about why it is greyed: it is disabled, and what a screen reader
 * hears with it (`aria-describedby`) is the note shown beside it, `noteId`.
 */
async function greyedReason(station: Locator, control: Locator, noteId: string): Promise<string> {
  expect(await control.isDisabled()).toBe(true);
  const note = station.locator(`#${noteId}`);
  expect(await note.isVisible()).toBe(true);
  const said = await descriptionOf(control);
  expect(await note.innerText()).toBe(said);
  return said;
}

/** `after` is where `before` was, to within a pixel (the body scrolls by whole pixels). */
function expectStill(after: { x: number; y: number; width: number; height: number }, before: { x: number; y: number; width: number; height: number }): void {
  expect({ x: after.x, width: after.width, height: after.height }).toEqual({ x: before.x, width: before.width, height: before.height });
  expect(Math.abs(after.y - before.y)).toBeLessThan(1);
}

/** An open control has no reason beside it: nothing described, no note. */
async function expectOpen(station: Locator, control: Locator, noteId: string): Promise<void> {
  expect(await control.isDisabled()).toBe(false);
  expect(await descriptionOf(control)).toBe('');
  expect(await station.locator(`#${noteId}`).count()).toBe(0);
}

/** The paper's picture: drawn to its box, with real content. */
async function paperShot(page: Page, station: Locator, name: string): Promise<Buffer> {
  const paper = station.locator('.ecg-paper');
  await paper.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.ecg-paper canvas');
    const box = document.querySelector<HTMLElement>('.ecg-paper');
    return canvas !== null && box !== null && canvas.clientWidth > 0 && Math.abs(canvas.clientWidth - box.clientWidth) <= 2;
  });
  await nextFrames(page);
  const png = await paper.screenshot();
  await writeFile(join(SHOTS, `${name}.png`), png);
  expect(describePng(png).distinctColours).toBeGreaterThan(32);
  return png;
}

/** The ECG on the chart as billing sees it, and the codes of the claim the expert codes there. */
async function atBilling(page: Page, scenario: Scenario, patientId: string, name: string): Promise<{ ecg: unknown; codes: string[] }> {
  await expertUntil(page, scenario, patientId, (stage) => stage === 'billing');
  await openExamRoom(page, name, '.billing-done');
  const ecg = await page.evaluate((id) => (window.__clinic!.session()!.workflowSnapshot(id)?.context as { chart?: { ecg?: unknown } } | undefined)?.chart?.ecg ?? null, patientId);
  const copy = await copyOfDay(page, scenario);
  const task = copy.available().find((candidate) => candidate.patientId === patientId && candidate.stage !== 'phone');
  const move = task ? actionForTask(copy, task) : null;
  copy.dispose();
  const codes = move?.type === 'claim.coded' ? move.coding.lines.map((line) => line.code) : [];
  return { ecg, codes };
}

/** One page for the file: the ECG bed day from its link, then the cardiology morning started from the title after "End day". */
let game: GamePage;

afterAll(async () => {
  await game?.close();
});

describe('The ECG bed', () => {
  let scenario: Scenario;

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    const text = await ecgDayText();
    const loaded = parseScenarioText(text, 'ecg-bed-day.yaml');
    if (!loaded.ok) throw new Error('the ECG bed day does not load');
    scenario = loaded.scenario;
    game = await openGamePage(await customScenarioLink(inject('gameUrl'), text));
    game.page.setDefaultTimeout(20_000);
    await startFromBriefing(game.page);
    await waitForScene(game.page, SceneKeys.ClinicFloor);
    await game.page.getByRole('button', { name: 'Pause' }).click();
    // The clock runs only while the floor catches up with the set-up: at 4× it does so sooner.
    await game.page.getByRole('button', { name: 'Speed 4×' }).click();
  });


  it('records a 12-lead ECG with the keyboard alone, finds the cold patient’s tremor and records again clean', async () => {
    const { page } = game;
    await expertUntil(page, scenario, WALTER, (_stage, machine) => machine === 'ecg');
    const plan = await expertPlan(page, scenario, WALTER);
    const station = await openExamRoom(page, 'Walter Kim', '.ecg-station');
    expect(await page.locator('[role="dialog"].station').getByText('ECG bed', { exact: true }).count()).toBeGreaterThan(0);
    // The nurse sees what the patient needs.
    expect(await station.innerText()).toContain('shiver');
    await writeFile(join(SHOTS, '0-keyboard-open.png'), await station.screenshot());
    const key = (name: string) => station.locator(`[data-key="${name}"]`);
    // Greyed before there is a tracing, the hand-over choices say why (the playtest: greyed buttons with no reason).
    for (const choice of ['handover:at-once', 'handover:routine']) expect(await greyedReason(station, key(choice), 'ecg-handover-why')).toBe('Record a tracing first: there is nothing to hand over yet.');
    await expectOpen(station, key('skin-prep'), 'ecg-skin-why');
    expect(await greyedReason(station, key('explain-tracing'), 'ecg-explain-why')).toBe('Record a tracing first.');
    expect(await greyedReason(station, key('remove-electrodes'), 'ecg-remove-why')).toBe('No electrode is on yet.');
    const enter = (name: string) => key(name).press('Enter');
    const space = (name: string) => key(name).press('Space');

    await enter('hands');
    await space('id-question:open');
    await space('id:full-name');
    await space('id:date-of-birth');
    await enter('identify');
    await enter('explain');
    await enter('privacy');
    // Four steps in a row, each its own "Done": the side panel shows the newest two, the alerts and cards above and below them kept in view.
    await expect.poll(() => page.locator('.toast').last().innerText()).toMatch(/^Done: .*privacy/i);
    expect(await page.locator('.toast').count()).toBeLessThanOrEqual(2);
    await space('position:supine');
    await enter('position');
    await space('skin:cleaned');
    await space('skin:dried');
    await enter('skin-prep');

    expect(await station.locator('.ecg-machine-screen').innerText()).toContain('LEAD OFF: RA, LA, RL, LL, V1, V2, V3, V4, V5, V6');
    // The greyed "Record" says why beside it, to the eye and to a screen reader.
    const whyNot = async () => {
      expect(await key('record').isDisabled()).toBe(true);
      const said = await descriptionOf(key('record'));
      expect(await station.locator('#ecg-record-why').innerText()).toBe(said);
      return said;
    };
    expect(await whyNot()).toBe('Place RA, LA, RL, LL, V1, V2, V3, V4, V5 and V6 first: the machine records with all ten lead wires on.');
    // Every electrode from the lists: the electrode, where it goes (a limb, or the chest), then the limb, or the space and the line.
    for (const electrode of ECG_ELECTRODES) {
      const site = plan.sites.get(electrode)!;
      expect(isCorrectSite(electrode, site)).toBe(true);
      await selectWithKeys(page, key('place-electrode'), electrode);
      await selectWithKeys(page, key('place-on'), 'limb' in site ? 'limb' : 'chest');
      if ('limb' in site) {
        await selectWithKeys(page, key('place-limb'), site.limb);
      } else {
        await selectWithKeys(page, key('place-line'), site.line);
        if (electrode === 'V3') {
          // Midway between V2 and V4 has no intercostal space of its own: none is asked, and the form says why.
          expect(site.line).toBe('between-v2-and-v4');
          expect(await key('place-space').count()).toBe(0);
          expect(await station.locator('.ecg-midway-note').innerText()).toBe('Intercostal space: none to choose. Midway between V2 (4th space) and V4 (5th space) is one point; it goes there.');
        } else {
          await selectWithKeys(page, key('place-space'), String(site.space));
        }
      }
      await enter('place');
      await expect.poll(() => station.locator('.ecg-placements').innerText()).not.toMatch(new RegExp(`^${electrode}: not on$`, 'm'));
    }

    expect(await station.locator('.ecg-machine-screen').innerText()).toContain('All ten lead wires connected.');
    expect(await greyedReason(station, key('skin-prep'), 'ecg-skin-why')).toBe('The electrodes are on: the skin is prepared before they go on (again, only as a remedy after a tracing).');
    await expectOpen(station, key('hold:RA'), 'ecg-place-why');
    await expectOpen(station, key('remove-electrodes'), 'ecg-remove-why');
    expect(await greyedReason(station, key('finish'), 'ecg-finish-why')).toBe('Take the electrodes off first.');
    expect(await station.locator('.ecg-placements').innerText()).toMatch(/^V3: Halfway between V2 and V4$/m);
    // Its chip says so to a screen reader as a person would (the second playtest heard "on the halfway between v2 and v4").
    expect(await station.locator('[data-key="hold:V3"]').getAttribute('aria-label')).toMatch(/, halfway between V2 and V4$/);
    expect(await whyNot()).toBe('Set the paper speed and the gain first.');
    await station.locator('.ecg-electrode-layout').scrollIntoViewIfNeeded();
    await writeFile(join(SHOTS, '0-keyboard-electrodes.png'), await station.screenshot());
    await selectWithKeys(page, key('paper-speed'), '25');
    await selectWithKeys(page, key('gain'), '10');
    await enter('machine-set');
    // The chart's identifiers beside the machine's patient data; the date field shows only its format, no one's date of birth.
    const chart = station.getByRole('complementary', { name: 'The chart’s identifiers' });
    expect(await chart.innerText()).toMatch(new RegExp(`Name\\s+${plan.data.name}[\\s\\S]*Date of birth\\s+${formatUsDate(plan.data.dateOfBirth)}`));
    expect(await key('ecg-dob').getAttribute('placeholder')).toBe('MM/DD/YYYY');
    await key('ecg-name').focus();
    await page.keyboard.type(plan.data.name);
    await key('ecg-dob').focus();
    await page.keyboard.type(plan.data.dateOfBirth);
    await selectWithKeys(page, key('ecg-sex'), plan.data.sex);
    await enter('patient-data');
    expect(await descriptionOf(key('record'))).toBe('');
    expect(await station.locator('#ecg-record-why').count()).toBe(0);
    await enter('record');
    const tremulous = await paperShot(page, station, '1-keyboard-tremor');
    await writeFile(join(SHOTS, '0-keyboard-station.png'), await station.screenshot());
    // The station at its fullest (order, preparation, torso, machine, paper, what is seen and done): nothing serious for assistive technology.
    expect(await seriousViolations(page)).toEqual([]);

    // "Do it" waits for what is seen; "That is what I see" is open, with no radio picked yet (pressed, it asks for one).
    expect(await greyedReason(station, key('remedy'), 'ecg-remedy-why')).toBe('Say what you see on the tracing first (“That is what I see”).');
    await expectOpen(station, key('check'), 'ecg-check-why');
    await space('seen:somatic-tremor');
    // Pressed, each stays where it was as the reasons round it come and go ("Record again"'s above "Do it" goes with the remedy).
    let under = await boxOf(key('check'));
    await enter('check');
    expect(await greyedReason(station, key('check'), 'ecg-check-why')).toBe('You have said what you see on this tracing: a new tracing asks again.');
    expectStill(await boxOf(key('check')), under);
    await expectOpen(station, key('remedy'), 'ecg-remedy-why');
    await space('remedy:warm-and-reassure-patient');
    await key('remedy').focus();
    under = await boxOf(key('remedy'));
    expect(await station.locator('#ecg-record-why').count()).toBe(1);
    await enter('remedy');
    await expect.poll(() => station.locator('#ecg-record-why').count()).toBe(0);
    expectStill(await boxOf(key('remedy')), under);
    expect(await greyedReason(station, key('check'), 'ecg-check-why')).toBe('Something changed since this tracing: record again, then say what you see on the new one.');
    await enter('record');
    const clean = await paperShot(page, station, '2-keyboard-clean');
    expect(clean.equals(tremulous)).toBe(false);
    // A new tracing: the answers given about the tremulous one are gone, both questions are asked afresh.
    expect(await station.locator('input[name="seen"]:checked').count()).toBe(0);
    expect(await station.locator('input[name="remedy"]:checked').count()).toBe(0);
    // The choice of no artefact says it is about artefacts only, beside the scored trap of telling the patient the tracing looks normal (the playtest read "clean" as "normal").
    expect(await station.getByRole('radio', { name: 'No artefact: nothing to fix (this says nothing of what the tracing shows)' }).count()).toBe(1);
    expect(await station.getByRole('radio', { name: /clean/i }).count()).toBe(0);
    expect(await station.getByRole('button', { name: 'Tell the patient the tracing looks normal' }).count()).toBe(1);
    await space('seen:none');
    await enter('check');
    // "Record again", greyed after the clean second tracing, says why.
    expect(await whyNot()).toBe('You found no artefact on this tracing: nothing to record again.');
    await enter('handover:routine');
    // With the tracing handed over, the lead wires and the list's "Put the electrode on" say why they are greyed.
    const stay = 'The tracing is with the provider: the electrodes stay as they are.';
    for (const control of ['hold:RA', 'hold:V6', 'place']) expect(await greyedReason(station, key(control), 'ecg-place-why')).toBe(stay);
    expect(await greyedReason(station, key('position'), 'ecg-position-why')).toBe('The tracing is with the provider: no position to change now.');
    expect(await greyedReason(station, key('machine-set'), 'ecg-settings-why')).toBe('The tracing is with the provider: the settings it was recorded with stay.');
    expect(await greyedReason(station, key('patient-data'), 'ecg-data-why')).toBe('The tracing is with the provider, printed with the data it has.');
    await enter('remove-electrodes');
    // The electrodes off, the greyed ones say so (not "they stay as they are", not "they are on"), and the machine stands idle, no lead-off alarm.
    for (const control of ['hold:RA', 'hold:V6', 'place']) expect(await greyedReason(station, key(control), 'ecg-place-why')).toBe('The electrodes are off: nothing more to put on.');
    expect(await greyedReason(station, key('skin-prep'), 'ecg-skin-why')).toBe('The electrodes are off: no skin to prepare now.');
    expect(await station.locator('.ecg-lead-off').count()).toBe(0);
    expect(await station.locator('.ecg-machine-screen').innerText()).toContain('Finished: the tracing is recorded and the lead wires are unhooked.');
    await enter('finish');

    const findings = (await failedChecks(page, WALTER)).filter((c) => c.ruleId.startsWith('ecg.'));
    expect(findings).toEqual([]);
    const billing = await atBilling(page, scenario, WALTER, 'Walter Kim');
    expect(billing.ecg).toMatchObject({ recorded: true, handedOver: 'routine', artefactsOnFinal: [], interpretation: 'in-house' });
    expect(billing.codes).toContain('93000');
  });

  it('records a 12-lead ECG with the pointer, each electrode dropped on the torso and snapped to its place', async () => {
    const { page } = game;
    await expertUntil(page, scenario, NADIA, (_stage, machine) => machine === 'ecg');
    const plan = await expertPlan(page, scenario, NADIA);
    const station = await openExamRoom(page, 'Nadia Park', '.ecg-station');
    const click = (name: string) => station.locator(`[data-key="${name}"]`).click();

    await click('hands');
    await click('id-question:open');
    await click('id:full-name');
    await click('id:date-of-birth');
    await click('identify');
    await click('explain');
    await click('privacy');
    await click('position:supine');
    await click('position');
    await click('skin:cleaned');
    await click('skin:dried');
    await click('skin-prep');

    const torso = station.locator('.ecg-torso canvas');
    const viewport = page.viewportSize()!;
    for (const electrode of ECG_ELECTRODES) {
      // The last one is dragged from the rack onto the chest; the others taken up with a click, then put on with another.
      const dragged = electrode === 'V6';
      if (dragged) await station.locator(`[data-key="hold:${electrode}"]`).scrollIntoViewIfNeeded();
      else await click(`hold:${electrode}`);
      if (electrode === 'RA') {
        // With a lead wire in hand the whole figure is in sight in the panel: every place, the ankles too, is there to click without a scroll.
        const [figure, body] = await Promise.all([station.locator('.ecg-placer').boundingBox(), station.locator('.station-body').boundingBox()]);
        expect(figure!.y).toBeGreaterThanOrEqual(body!.y - 2);
        expect(figure!.y + figure!.height).toBeLessThanOrEqual(body!.y + body!.height + 2);
      }
      const { x, y } = pointOf(plan.sites.get(electrode)!);
      // The trainee scrolls the panel until the place is in sight (the torso is taller than the panel).
      const before = (await torso.boundingBox())!;
      const shownY = before.y + (y / TORSO_SIZE.height) * before.height;
      if (shownY < 80 || shownY > viewport.height - 80) {
        await torso.evaluate((canvas, by) => {
          let panel = canvas.parentElement;
          while (panel && !(panel.scrollHeight > panel.clientHeight && /auto|scroll/.test(getComputedStyle(panel).overflowY))) panel = panel.parentElement;
          panel?.scrollBy(0, by);
        }, shownY - viewport.height / 2);
      }
      const box = (await torso.boundingBox())!;
      // A few units off the site: the electrode snaps to it.
      const [dropX, dropY] = [box.x + ((x + 4) / TORSO_SIZE.width) * box.width, box.y + ((y - 3) / TORSO_SIZE.height) * box.height];
      if (dragged) {
        const chip = (await station.locator(`[data-key="hold:${electrode}"]`).boundingBox())!;
        await page.mouse.move(chip.x + chip.width / 2, chip.y + chip.height / 2);
        await page.mouse.down();
        await page.mouse.move(dropX, dropY, { steps: 8 });
        await page.mouse.up();
      } else {
        await page.mouse.click(dropX, dropY);
      }
      await expect.poll(() => station.locator('.ecg-placements').innerText()).not.toMatch(new RegExp(`^${electrode}: not on$`, 'm'));
    }
    const placed = await page.evaluate((id) => (window.__clinic!.session()!.workflowSnapshot(id)?.context as { placements?: unknown } | undefined)?.placements ?? null, NADIA);
    expect(placed).toEqual(Object.fromEntries(ECG_ELECTRODES.map((electrode) => [electrode, plan.sites.get(electrode)])));
    await writeFile(join(SHOTS, '3-pointer-torso.png'), await station.locator('.ecg-placer').screenshot());

    await station.locator('[data-key="paper-speed"]').selectOption('25');
    await station.locator('[data-key="gain"]').selectOption('10');
    await click('machine-set');
    await station.locator('[data-key="ecg-name"]').fill(plan.data.name);
    await station.locator('[data-key="ecg-dob"]').fill(plan.data.dateOfBirth);
    await station.locator('[data-key="ecg-sex"]').selectOption(plan.data.sex);
    await click('patient-data');
    await click('record');
    await paperShot(page, station, '4-pointer-clean');
    await click('seen:none');
    await click('check');
    await click('handover:routine');
    await click('remove-electrodes');
    await click('finish');

    const findings = (await failedChecks(page, NADIA)).filter((c) => c.ruleId.startsWith('ecg.'));
    expect(findings).toEqual([]);
    const billing = await atBilling(page, scenario, NADIA, 'Nadia Park');
    expect(billing.ecg).toMatchObject({ recorded: true, handedOver: 'routine', artefactsOnFinal: [] });
    expect(billing.codes).toContain('93000');
  });

  it('logs no console errors and requests nothing outside its own origin', () => {
    expect(game.consoleErrors).toEqual([]);
    expect(game.foreignRequests).toEqual([]);
  });
});

/** At the ECG bed only, and for one patient: the novice's player, slipping at every chance. */
function noviceAtTheBed(patientId: string): ScriptedTrainee {
  const dice = { random: new SeededRandom(7), slips: () => true };
  return {
    name: `novice at the ECG bed for ${patientId}`,
    nextMove(session) {
      const task = session.available().find((candidate) => candidate.patientId === patientId && candidate.stage !== 'phone');
      const action = task ? actionForTask(session, task, dice) : null;
      return action ? { patientId, action } : null;
    },
  };
}

describe('The ECG bed, worked by the scripted novice through the screen', () => {
  let scenario: Scenario;

  beforeAll(async () => {
    const loaded = parseScenarioText(await readFile(resolve(import.meta.dirname, '../..', CARDIOLOGY), 'utf8'), CARDIOLOGY);
    if (!loaded.ok) throw new Error(`${CARDIOLOGY} does not load`);
    scenario = loaded.scenario;
    const station = game.page.locator('[role="dialog"].station');
    if ((await station.count()) > 0) {
      await station.press('Escape');
      await station.waitFor({ state: 'detached' });
    }
    await endDayToTitle(game.page);
    await startNewDay(game.page, scenario.title, { timer: 'untimed' });
    await waitForScene(game.page, SceneKeys.ClinicFloor);
  });


  it('plays the chest-pain patient’s ECG with the novice’s slips, move for move, and judges it as the headless day does', { timeout: 600_000 }, async () => {
    const { page } = game;
    await expertUntil(page, scenario, DOUGLAS, (_stage, machine) => machine === 'ecg');
    const driver = await TraineeDriver.attach(page, scenario);
    const played = await driver.play(noviceAtTheBed(DOUGLAS), { until: (day) => day.log.some((entry) => entry.patientId === DOUGLAS && entry.action.type === 'ecg.finished'), maxSteps: 200 });
    const kinds = new Set(driver.day.log.filter((entry) => entry.patientId === DOUGLAS).map((entry) => entry.action.type));
    // What the novice leaves out is its dice's; what no recording goes without, it did through the screen.
    for (const type of ['electrode.placed', 'machine.set', 'tracing.recorded', 'tracing.handed-over', 'ecg.finished']) expect(kinds).toContain(type);
    const onCopy = driver.day.record().checks.filter((c) => c.patientId === DOUGLAS && c.ruleId.startsWith('ecg.') && !c.passed).map((c) => c.ruleId);
    const onPage = (await failedChecks(page, DOUGLAS)).map((c) => c.ruleId).filter((id) => id.startsWith('ecg.'));
    expect(onPage).toEqual(onCopy);
    expect(onPage.length).toBeGreaterThan(0);
    console.info(`the novice at the ECG bed: ${played.moves} moves through the screen; findings ${onPage.join(', ')}`);
  });

  it('logs no console errors and requests nothing outside its own origin', () => {
    expect(game.consoleErrors).toEqual([]);
    expect(game.foreignRequests).toEqual([]);
  });
});
