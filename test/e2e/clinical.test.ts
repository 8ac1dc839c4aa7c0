import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SceneKeys } from '../../scenes/keys';
import { assessVitalSigns } from '../../src/reference/vital-signs';
import { formatUsDate, readWrittenDate } from '../../src/reference/iso-date';
import { LAB_REVIEW_MINUTES } from '../../src/workflows/specimen/specimen.kits';
import { readDial } from './support/bp-dial';
import { openGamePage, type GamePage } from './support/browser';
import { describePng, nextFrames, openDebrief, waitForScene } from './support/screens';
import { checkInAndRoom } from './support/set-up';
import { startNewDay } from './support/new-day';

const SCREENS = '/tmp/clinical-screens';
const DEFAULT_TITLE = 'A Short Morning at Maple Street';
const CHECKOFF_TITLE = 'Externship Check-off at Northfield';
const MARCUS = { id: 'marcus-johnson', name: 'Marcus Johnson', complaint: "I'm here for my blood pressure check. I've been taking the pills, mostly.", dateOfBirth: '1967-06-21' };
const SOFIA = { id: 'sofia-ramirez', name: 'Sofía Ramírez' };
const BEATRICE = { id: 'beatrice-lindqvist', name: 'Beatrice Lindqvist', dateOfBirth: '1959-07-12' };
const PEDIATRICS_TITLE = 'Well Visits and Sick Kids at Little Harbor';
const NOAH = { id: 'noah-kim', name: 'Noah Kim', dateOfBirth: '2025-07-01' };
const LAVENDER_MICROTUBE = 'Lavender microtube (EDTA)';

interface FailedCheck {
  ruleId: string;
  patientId: string | null;
  message: string;
}

/** Set-up: lets the day run until the patient's lab-station workflow starts. */
async function waitForLab(page: Page, patientId: string): Promise<void> {
  const reached = await page.evaluate((id) => {
    const session = window.__clinic!.session()!;
    for (let i = 0; i < 60 && session.workflowSnapshot(id)?.machine.id !== 'specimen'; i += 1) session.waitForNextEvent();
    return session.workflowSnapshot(id)?.machine.id === 'specimen';
  }, patientId);
  expect(reached).toBe(true);
}

function failedChecks(page: Page, patientId: string): Promise<FailedCheck[]> {
  return page.evaluate(
    (id) =>
      window
        .__clinic!.session()!
        .record()
        .checks.filter((c) => !c.passed && c.patientId === id)
        .map((c) => ({ ruleId: c.ruleId, patientId: c.patientId, message: c.finding?.message ?? '' })),
    patientId,
  );
}

function loggedActions(page: Page, patientId: string): Promise<{ type: string; [key: string]: unknown }[]> {
  return page.evaluate((id) => window.__clinic!.session()!.log.filter((e) => e.patientId === id).map((e) => ({ ...e.action })), patientId);
}

/** Opens the patient's station from the queue with the keyboard, as a trainee would. */
async function openFromQueue(page: Page, name: string): Promise<Locator> {
  const item = page.locator('.hud-queue .queue-item', { hasText: name });
  // The trainee goes back to the floor to look at the queue.
  const open = page.locator('[role="dialog"].station');
  if (await open.count()) {
    await open.press('Escape');
    await open.waitFor({ state: 'detached' });
  }
  // The floor draws what the test hook did.
  await page.evaluate(() => window.__clinic!.refresh());
  await item.waitFor({ timeout: 20_000 });
  await item.focus();
  await page.keyboard.press('Enter');
  const station = page.locator('[role="dialog"].station');
  await station.waitFor();
  return station;
}

async function press(station: Locator, name: string | RegExp): Promise<void> {
  await station.getByRole('button', { name, exact: typeof name === 'string' }).click();
}

async function shoot(page: Page, station: Locator, file: string): Promise<void> {
  await nextFrames(page);
  const png = await page.screenshot({ path: `${SCREENS}/${file}`, clip: (await station.boundingBox()) ?? undefined });
  const { distinctColours, shareUnlikeCorner } = describePng(png);
  expect(distinctColours).toBeGreaterThan(32);
  expect(shareUnlikeCorner).toBeGreaterThan(0.05);
}

/** Set-up through the test hook: the patient checked in, roomed, blank vitals charted and sent to the provider; then the day runs to the lab. */
async function sendToLab(page: Page, patientId: string): Promise<void> {
  await checkInAndRoom(page, patientId);
  await page.evaluate((id) => {
    const session = window.__clinic!.session()!;
    const blank = { heightCm: null, weightKg: null, bmi: null, temperatureC: null, temperatureRoute: null, pulsePerMinute: null, respirationsPerMinute: null, systolicMmHg: null, diastolicMmHg: null, spo2Percent: null, painScore: null };
    session.act(id, { type: 'vitals.recorded', values: blank });
    session.act(id, { type: 'patient.ready-for-provider' });
  }, patientId);
  await waitForLab(page, patientId);
}

/** Writes a container's label from the label form, as the trainee types it. */
async function writeLabel(lab: Locator, container: string, label: { fullName: string; dateOfBirth: string; date: string; time: string }): Promise<void> {
  const form = lab.locator('fieldset.label-form', { hasText: `Label: ${container}` });
  await form.getByLabel('Full name').fill(label.fullName);
  await form.getByLabel('Identifier', { exact: true }).fill(label.dateOfBirth);
  await form.getByLabel('Date', { exact: true }).fill(label.date);
  await form.getByLabel('Time', { exact: true }).fill(label.time);
  await form.getByLabel('Your initials').fill('MA');
  await press(form, `Write the label on the ${container}`);
}

/** The clinic date and the time the microtube was filled, as the lab station shows them. */
async function microtubeFilled(lab: Locator, name: string): Promise<{ date: string; time: string }> {
  const filled = await lab.locator('.clinical-reading', { hasText: `${name}: filled at` }).innerText();
  const date = /Clinic date (\d{1,2}\/\d{1,2}\/\d{4})/.exec(await lab.locator('.kit-step', { hasText: 'Labels for' }).innerText())![1]!;
  return { date, time: /filled at (\d\d:\d\d)/.exec(filled)![1]! };
}

/** Identifies the patient with an open question, by full name and date of birth. */
async function identify(station: Locator): Promise<void> {
  await station.getByRole('radio', { name: /“Please tell me (your|his|her|the child’s) full name/ }).check();
  await station.getByRole('checkbox', { name: 'Full name', exact: true }).check();
  await station.getByRole('checkbox', { name: 'Date of birth', exact: true }).check();
  await press(station, 'Identify the patient');
}

/** Opens a patient's lab station and does what comes before any collection: the requisition, hand hygiene, identification, gloves. */
async function openLabPrepared(page: Page, name: string): Promise<Locator> {
  const lab = await openFromQueue(page, name);
  await press(lab, 'The requisition matches the orders');
  await press(lab, 'Clean hands (alcohol rub)');
  await identify(lab);
  await press(lab, 'Put on gloves');
  return lab;
}

/** Ends the day in play and starts a new, paused day of the scenario titled `title`. */
async function switchScenario(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'End day' }).click();
  await page.getByRole('dialog', { name: 'End the day now?' }).getByRole('button', { name: 'End day' }).click();
  await openDebrief(page);
  await page.getByRole('button', { name: 'Choose another' }).click();
  await waitForScene(page, SceneKeys.Title);
  await startNewDay(page, title);
  await waitForScene(page, SceneKeys.ClinicFloor);
  await page.getByRole('button', { name: 'Pause' }).click();
}

function numberIn(text: string, pattern: RegExp): number {
  const match = pattern.exec(text);
  if (!match?.[1]) throw new Error(`no ${pattern} in ${text}`);
  return Number(match[1]);
}

describe('The exam room and the lab station', () => {
  let game: GamePage;

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    game = await openGamePage(inject('gameUrl'));
    await waitForScene(game.page, SceneKeys.Title);
    await startNewDay(game.page, DEFAULT_TITLE);
    await waitForScene(game.page, SceneKeys.ClinicFloor);
    game.page.setDefaultTimeout(30_000);
    await game.page.getByRole('button', { name: 'Speed 4×' }).click();
    await game.page.getByRole('button', { name: 'Pause' }).click();
  });

  afterAll(async () => {
    await game?.close();
  });

  it('rooms a patient and records the vitals with the right technique', async () => {
    const { page } = game;
    await checkInAndRoom(page, MARCUS.id);
    const room = await openFromQueue(page, MARCUS.name);
    expect(await room.getByRole('heading', { level: 2 }).innerText()).toMatch(/^Exam room/);

    await press(room, 'Clean hands (alcohol rub)');
    await identify(room);
    await press(room, 'Ask the patient about allergies');
    expect(await room.getByLabel('Lisinopril').isChecked()).toBe(true);
    await press(room, 'Save the allergy list');
    await press(room, 'Go through each medication with the patient and save the list');
    await press(room, 'Ask what brings the patient in today');
    // The field says what it is scored on, as the desk's does: the complaint word for word, without the small talk.
    const complaintField = room.getByLabel('Chief complaint, as you chart it');
    const complaintHint = await complaintField.evaluate((node) => (node.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
    expect(complaintHint).toContain('the reason for the visit, not the small talk around it');
    expect(await room.getByText(complaintHint.trim()).isVisible()).toBe(true);
    await room.getByLabel('Chief complaint, as you chart it').fill(MARCUS.complaint);
    await press(room, 'Record the chief complaint');

    for (const name of ['Height and weight', 'Take the temperature', 'Pulse (count 60 s)', 'Respirations (count 60 s)', 'SpO₂ (pulse oximeter)', 'Ask for a pain score (0–10)']) {
      await press(room, name);
    }
    await press(room, 'Measure the mid-upper arm with the tape');
    expect(await room.locator('dd', { hasText: /^\d+ cm$/ }).innerText()).toBe('36 cm');
    await room.getByLabel('Large adult — arm 35–44 cm').check();
    await room.getByLabel('In the chair, back supported, feet flat on the floor').check();
    await room.getByLabel('Patient rested quietly for 5 minutes first').check();
    await room.getByLabel('Arm supported, cuff at heart level').check();
    await press(room, 'Inflate the cuff and take the reading');
    // The needle falls for a few seconds; the reading is heard once the cuff has deflated.
    await page.waitForTimeout(1500);
    await room.locator('.vitals-bench').scrollIntoViewIfNeeded();
    await shoot(page, room, 'exam-room-gauge-falling.png');
    const readings = room.getByRole('list', { name: 'Instrument readings' });
    // Each reading is read off the dial, as a sighted trainee reads it: the red and blue marks on their ticks.
    const gauge = room.locator('.bp-gauge');
    const dialReading = async (): Promise<readonly [number, number]> => {
      let marks = await readDial(gauge);
      await expect.poll(async () => (marks = await readDial(gauge)).first !== null && marks.last !== null).toBe(true);
      return [marks.first!, marks.last!];
    };
    await readings.getByText(/^Blood pressure reading 1:/).waitFor({ state: 'attached', timeout: 15_000 });
    const bp = [await dialReading()];
    await press(room, 'Take another reading');
    await readings.getByText(/^Blood pressure reading 2:/).waitFor({ state: 'attached', timeout: 15_000 });
    bp.push(await dialReading());

    const read = await readings.textContent();
    const counted = await room.locator('.clinical-reading').allInnerTexts();
    const all = `${read ?? ''} ${counted.join(' ')}`;
    const systolic = Math.round((bp[0]![0] + bp[1]![0]) / 2);
    const diastolic = Math.round((bp[0]![1] + bp[1]![1]) / 2);
    const values = {
      heightCm: numberIn(all, /stadiometer: ([\d.]+) cm/),
      weightKg: numberIn(all, /Scale: ([\d.]+) kg/),
      temperatureC: numberIn(all, /: ([\d.]+) °C/),
      pulsePerMinute: numberIn(all, /for a full minute: (\d+) beats/),
      respirationsPerMinute: numberIn(all, /Breaths counted for a full minute: (\d+)/),
      spo2Percent: numberIn(all, /SpO₂ (\d+) %/),
      painScore: /No pain at all/.test(all) ? 0 : numberIn(all, /a (\d+) out of 10/),
    };
    const form: [RegExp, number][] = [
      [/^Height/, values.heightCm],
      [/^Weight/, values.weightKg],
      [/^Temperature/, values.temperatureC],
      [/^Pulse/, values.pulsePerMinute],
      [/^Respirations/, values.respirationsPerMinute],
      [/^Systolic/, systolic],
      [/^Diastolic/, diastolic],
      [/^SpO₂/, values.spo2Percent],
      [/^Pain/, values.painScore],
    ];
    for (const [label, value] of form) await room.getByRole('textbox', { name: label }).fill(String(value));
    await room.getByRole('combobox', { name: 'Route', exact: true }).selectOption('oral');
    await press(room, 'Calculate BMI from height and weight');
    const bmi = Number(await room.getByRole('textbox', { name: /^BMI/ }).inputValue());
    expect(bmi).toBeGreaterThan(25);
    await shoot(page, room, 'exam-room-charting.png');
    await press(room, 'Save the vital signs to the chart');

    const flags = assessVitalSigns(
      { systolicMmHg: systolic, diastolicMmHg: diastolic, pulsePerMin: values.pulsePerMinute, respirationsPerMin: values.respirationsPerMinute, temperatureC: values.temperatureC, spo2Percent: values.spo2Percent },
      { dateOfBirth: MARCUS.dateOfBirth, onDate: '2026-03-10' },
    ).map((f) => f.vital);
    expect(flags).toContain('blood-pressure');
    const labels: Record<string, string> = { 'blood-pressure': 'Blood pressure', pulse: 'Pulse', respirations: 'Respirations', temperature: 'Temperature', spo2: 'SpO₂' };
    for (const flag of flags) await room.getByRole('checkbox', { name: labels[flag], exact: true }).check();
    await press(room, 'Save the flags');
    await shoot(page, room, 'exam-room-review.png');
    await press(room, 'The patient is ready for the provider');

    const recorded = (await loggedActions(page, MARCUS.id)).find((a) => a.type === 'vitals.recorded');
    expect(recorded?.values).toEqual({ ...values, bmi, temperatureRoute: 'oral', systolicMmHg: systolic, diastolicMmHg: diastolic });
    const techniques = (await loggedActions(page, MARCUS.id)).filter((a) => a.type === 'blood-pressure.measured').map((a) => a.technique);
    expect(techniques).toHaveLength(2);
    expect(techniques[0]).toEqual({ cuff: 'large-adult', position: 'seated-back-supported-feet-flat', rested: true, armAtHeartLevel: true, talking: false });
    const failures = (await failedChecks(page, MARCUS.id)).filter((c) => c.ruleId.startsWith('vitals.') || c.ruleId.startsWith('rooming.'));
    expect(failures).toEqual([]);
  });

  it('scores a blood pressure taken with the wrong cuff and crossed legs', async () => {
    const { page } = game;
    await checkInAndRoom(page, SOFIA.id);
    const room = await openFromQueue(page, SOFIA.name);
    await press(room, 'Clean hands (alcohol rub)');
    await identify(room);
    await press(room, 'Measure the mid-upper arm with the tape');
    await room.getByLabel('Adult — arm 27–34 cm').check();
    await room.getByLabel('In the chair, legs crossed').check();
    await room.getByLabel('Arm supported, cuff at heart level').check();
    // A double click sends one measurement.
    await room.getByRole('button', { name: 'Inflate the cuff and take the reading' }).dblclick();
    const technique = (await failedChecks(page, SOFIA.id)).filter((c) => c.ruleId === 'vitals.bp-technique');
    expect(technique).toHaveLength(1);
    expect(technique[0]!.message).toMatch(/adult cuff on a 18 cm arm.*legs crossed/);
    expect((await loggedActions(page, SOFIA.id)).filter((a) => a.type === 'blood-pressure.measured')).toHaveLength(1);
    await page.keyboard.press('Escape');
  });

  it('runs a point-of-care test with controls, records it and sends', async () => {
    const { page } = game;
    await waitForLab(page, MARCUS.id);
    const lab = await openLabPrepared(page, MARCUS.name);
    // The alcohol on the fingertip first, left to dry: then the lancet.
    await press(lab, 'Clean with a 70% alcohol pad and let it air-dry');
    expect(await lab.getByText('The site over the fingertip is cleaned with 70% alcohol and dry.').isVisible()).toBe(true);
    await press(lab, 'Puncture the skin (lancet)');
    await press(lab, 'Put the sharps in the sharps container');

    // Today's date beside the shelf, and every date as the chart writes it (month/day/year).
    expect(await lab.locator('.poc-today').innerText()).toBe('Today (clinic date): 3/10/2026');
    const kits = await lab.locator('.poc-kit').allInnerTexts();
    const lots = kits.map((k) => ({ lot: /Lot (\S+)/.exec(k)?.[1] ?? '', expires: /Expires (\d{1,2}\/\d{1,2}\/\d{4})/.exec(k)?.[1] ?? '' }));
    expect(lots.every((k) => k.expires !== '')).toBe(true);
    const inDate = lots.find((k) => readWrittenDate(k.expires)! >= '2026-03-10');
    expect(inDate).toBeDefined();
    expect(await lab.getByText('83036-QW', { exact: false }).count()).toBeGreaterThan(0);
    // A number-reading analyser: a low and a high control, not a positive and a negative.
    await press(lab, `Run the level 1 (low) and level 2 (high) controls on lot ${inDate!.lot}`);
    expect(await lab.locator('.poc-kit', { hasText: inDate!.lot }).innerText()).toContain('level 1 (low) and level 2 (high) read within their ranges');
    await press(lab, `Test the patient with lot ${inDate!.lot}`);
    await lab.locator('.read-timer').waitFor();
    // The wait for the read time is offered at the bench, with its minutes.
    expect(await lab.getByRole('button', { name: 'Wait for the timer (5 min)' }).count()).toBe(1);
    await shoot(page, lab, 'lab-poct-timer.png');
    const reads = lab.locator('dt', { hasText: 'The test reads' }).locator('xpath=following-sibling::dd[1]');
    // Set-up: the read time passes through the test hook, as it would while the trainee worked
    // elsewhere (the clock stands still at the bench); the station shows it at once.
    await page.evaluate(() => {
      const session = window.__clinic!.session()!;
      session.advanceTo(session.minute + 5);
    });
    await page.evaluate(() => window.__clinic!.refresh());
    await reads.waitFor({ timeout: 20_000 });
    const shown = (await reads.innerText()).replace(/\s*%$/, '');
    await lab.getByRole('textbox', { name: /^Result to chart/ }).fill(shown);
    await press(lab, 'Record the result');
    await press(lab, 'Bandage the site');
    await press(lab, 'Send the specimens and finish');

    const actions = await loggedActions(page, MARCUS.id);
    expect(actions).toContainEqual({ type: 'poct.control-run', testId: 'a1c-poc', lot: inDate!.lot });
    expect(actions).toContainEqual({ type: 'poct.test-run', testId: 'a1c-poc', lot: inDate!.lot });
    expect(actions).toContainEqual({ type: 'poct.result-recorded', testId: 'a1c-poc', result: 6.1 });
    expect((await failedChecks(page, MARCUS.id)).filter((c) => /^(specimen|poct|safety)\./.test(c.ruleId))).toEqual([]);
  });

  it('draws a two-tube order in order of draw by keyboard, labels the tubes and sends them', async () => {
    const { page } = game;
    await switchScenario(page, CHECKOFF_TITLE);

    await sendToLab(page, BEATRICE.id);
    const lab = await openLabPrepared(page, BEATRICE.name);

    // An empty tray: the tourniquet is refused with the reason, and nothing is sent.
    await press(lab, 'Apply the tourniquet');
    expect(await lab.getByText(/^The tray is empty: set out the tubes/).isVisible()).toBe(true);
    expect((await loggedActions(page, BEATRICE.id)).some((a) => a.type === 'tourniquet.applied')).toBe(false);

    await lab.getByLabel('Lavender (EDTA)').check();
    await lab.getByLabel('Gold (serum separator, clot activator and gel)').check();
    const order = lab.getByRole('list', { name: 'Draw order' });
    expect(await order.getByRole('button').allInnerTexts()).toEqual(['1. Lavender (EDTA)', '2. Gold (serum separator, clot activator and gel)']);
    await order.getByRole('button', { name: /2\. Gold/ }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Space');
    expect(await order.getByRole('button').allInnerTexts()).toEqual(['1. Gold (serum separator, clot activator and gel)', '2. Lavender (EDTA)']);
    await lab.locator('.tube-tray').scrollIntoViewIfNeeded();
    await shoot(page, lab, 'lab-tube-tray.png');
    await lab.getByLabel('Light blue (sodium citrate)').check();
    await shoot(page, lab, 'lab-tube-tray-three.png');
    await lab.getByLabel('Light blue (sodium citrate)').uncheck();

    await press(lab, 'Clean with a 70% alcohol pad and let it air-dry');
    await press(lab, 'Apply the tourniquet');
    // The tubes stay in reach with the tourniquet on, and its clock counts this application only.
    expect(await lab.getByRole('group', { name: /^Supply drawer/ }).isVisible()).toBe(true);
    expect(await lab.locator('#tourniquet-clock-label').innerText()).toBe('Tourniquet on: 30 s (this application)');
    await lab.getByLabel('Multi-sample needle on a tube holder').check();
    await press(lab, 'Insert the needle');
    await press(lab, 'Fill the next tube: Gold (serum separator, clot activator and gel)');
    await press(lab, 'Release the tourniquet');
    for (let i = 0; i < 5; i += 1) await lab.getByRole('button', { name: /^Invert the Gold/ }).click();
    await press(lab, 'Done mixing: 5 inversions');
    await press(lab, 'Fill the next tube: Lavender (EDTA)');
    for (let i = 0; i < 8; i += 1) await lab.getByRole('button', { name: /^Invert the Lavender/ }).click();
    await press(lab, 'Done mixing: 8 inversions');
    await press(lab, 'Withdraw the needle');
    await press(lab, 'Put the sharps in the sharps container');
    await press(lab, 'Bandage the site');

    const filled = (await lab.locator('.clinical-reading', { hasText: /^Filled:/ }).innerText()).trim();
    // The clinic's date as the chart writes it; the label's date is written the same way.
    const clinicDate = /Clinic date (\d{1,2}\/\d{1,2}\/\d{4})/.exec(await lab.locator('.kit-step', { hasText: 'Labels for' }).innerText())![1]!;
    expect(await lab.locator('fieldset.label-form').first().getByLabel('Date', { exact: true }).getAttribute('placeholder')).toBe('MM/DD/YYYY');
    // The chart's identifiers beside the label forms, as the labels must carry them.
    const chart = lab.getByRole('complementary', { name: 'The chart’s identifiers' });
    expect(await chart.innerText()).toMatch(new RegExp(`Name\\s+${BEATRICE.name}[\\s\\S]*Date of birth\\s+${formatUsDate(BEATRICE.dateOfBirth)}[\\s\\S]*MRN`));
    for (const [tube, short] of [
      ['Gold (serum separator, clot activator and gel)', 'gold-sst'],
      ['Lavender (EDTA)', 'lavender-edta'],
    ] as const) {
      const time = new RegExp(`${tube.replace(/[()]/g, '\\$&')} at (\\d\\d:\\d\\d)`).exec(filled)![1]!;
      const form = lab.locator('fieldset.label-form', { hasText: `Label: ${tube}` });
      await form.getByLabel('Full name').fill(BEATRICE.name);
      await form.getByLabel('Identifier', { exact: true }).fill(BEATRICE.dateOfBirth);
      await form.getByLabel('Date', { exact: true }).fill(clinicDate);
      await form.getByLabel('Time', { exact: true }).fill(time);
      await form.getByLabel('Your initials').fill('MA');
      await press(form, `Write the label on the ${tube}`);
      expect((await loggedActions(page, BEATRICE.id)).some((a) => a.type === 'specimen.labeled' && a.container === short)).toBe(true);
    }
    await shoot(page, lab, 'lab-labelled.png');
    await press(lab, 'Send the specimens and finish');

    const actions = await loggedActions(page, BEATRICE.id);
    expect(actions.filter((a) => a.type === 'tube.drawn').map((a) => a.tube)).toEqual(['gold-sst', 'lavender-edta']);
    expect(actions.filter((a) => a.type === 'tube.inverted').map((a) => a.times)).toEqual([5, 8]);
    expect(actions.at(-1)?.type).toBe('specimen.sent');
    expect((await failedChecks(page, BEATRICE.id)).filter((c) => /^(specimen|poct|safety)\./.test(c.ruleId))).toEqual([]);
  });

  it('has the lab reject a mislabelled microtube, shows why, and takes a new skin puncture through to sending', async () => {
    const { page } = game;
    await switchScenario(page, PEDIATRICS_TITLE);

    await sendToLab(page, NOAH.id);
    const lab = await openLabPrepared(page, NOAH.name);
    await press(lab, 'Puncture the skin (lancet)');
    await press(lab, 'Put the sharps in the sharps container');
    await press(lab, `Fill: ${LAVENDER_MICROTUBE}`);
    await press(lab, 'Bandage the site');
    // The name shortened to fit the narrow microtube label: the lab will not take it.
    await writeLabel(lab, LAVENDER_MICROTUBE, { fullName: 'N. Kim', dateOfBirth: NOAH.dateOfBirth, ...(await microtubeFilled(lab, LAVENDER_MICROTUBE)) });
    await press(lab, 'Send the specimens and finish');
    await lab.getByText('The specimens are on their way to the lab.').waitFor();

    // Set-up: the lab's review time passes on the clinic clock through the test hook; the station shows it at once.
    await page.evaluate((minutes) => {
      const session = window.__clinic!.session()!;
      session.advanceTo(session.minute + minutes);
    }, LAB_REVIEW_MINUTES);
    const rejection = lab.locator('section.lab-rejection');
    await page.evaluate(() => window.__clinic!.refresh());
    await rejection.waitFor({ timeout: 20_000 });
    expect(await rejection.innerText()).toContain(`The lab rejected the ${LAVENDER_MICROTUBE}: the name reads "N. Kim", not the patient’s full name. Puncture the skin again with a new lancet`);
    expect(await lab.locator('fieldset.label-form', { hasText: `Label: ${LAVENDER_MICROTUBE}` }).count()).toBe(0);
    await shoot(page, lab, 'lab-microtube-rejected.png');

    await press(lab, 'Puncture the skin (lancet)');
    await press(lab, 'Put the sharps in the sharps container');
    await press(lab, `Fill: ${LAVENDER_MICROTUBE}`);
    await press(lab, 'Bandage the site');
    // A new microtube: its label form starts blank, not with the rejected label.
    const relabel = lab.locator('fieldset.label-form', { hasText: `Label: ${LAVENDER_MICROTUBE}` });
    expect(await relabel.getByLabel('Full name').inputValue()).toBe('');
    await writeLabel(lab, LAVENDER_MICROTUBE, { fullName: NOAH.name, dateOfBirth: NOAH.dateOfBirth, ...(await microtubeFilled(lab, LAVENDER_MICROTUBE)) });
    await press(lab, 'Send the specimens and finish');

    const actions = await loggedActions(page, NOAH.id);
    expect(actions.filter((a) => a.type === 'capillary.punctured')).toHaveLength(2);
    expect(actions.filter((a) => a.type === 'microtube.filled').map((a) => a.tubeId)).toEqual(['lavender-edta-micro', 'lavender-edta-micro']);
    expect(actions.at(-1)?.type).toBe('specimen.sent');
    const labels = (await failedChecks(page, NOAH.id)).filter((c) => c.ruleId === 'specimen.label');
    expect(labels.map((c) => c.message)).toEqual([`${NOAH.name}: the ${LAVENDER_MICROTUBE} label is wrong: the name reads "N. Kim", not the patient’s full name.`]);
    const after = await page.evaluate((id) => {
      const session = window.__clinic!.session()!;
      return { workflow: session.workflowSnapshot(id)?.machine.id, rejections: session.record().timeline.filter((e) => e.patientId === id && e.text.includes('the lab rejected')).map((e) => e.text) };
    }, NOAH.id);
    expect(after.rejections).toEqual([`${NOAH.name}: the lab rejected the ${LAVENDER_MICROTUBE} (the name reads "N. Kim", not the patient’s full name); the patient needs a new skin puncture.`]);
    // The lab took the new microtube: the lab's work is over, and his ordered vaccine comes next, in the exam room.
    expect(after.workflow).toBe('medication');
  });

  it('logs no console errors and requests nothing outside its origin', () => {
    expect(game.consoleErrors).toEqual([]);
    expect(game.foreignRequests).toEqual([]);
  });
});
