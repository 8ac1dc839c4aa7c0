/**
 * The exam room: rooming and vital signs. The trainee cleans their hands, identifies the
 * patient (an open or a yes/no question, by the identifiers they choose), reconciles the
 * allergies and medications with what the patient reports, records the chief complaint,
 * takes each measurement (the instruments drawn in Phaser beside the panel), takes the
 * blood pressure with the technique they choose and reads the falling gauge, types what
 * they read into the chart, flags what is abnormal, alerts the provider and hands over.
 * The thermometer is chosen by its route (each route with its thermometer); where the
 * provider ordered orthostatic vital signs, the patient lies flat for the minutes chosen,
 * then stands (the trainee at their side or not) for readings at the minutes chosen.
 *
 * Every choice a real MA has is offered, the wrong ones too; the vitals machine judges.
 */
import type { TraineeActionType } from '../../src/clinic/trainee-action';
import type { ScenarioPatient } from '../../src/scenario/scenario.schema';
import type { BpCuff, BpPosition, TemperatureRoute, VitalsFlag } from '../../src/workflows/vitals/vitals.actions';
import { onDay, type VitalsContext } from '../../src/workflows/vitals/vitals.machine';
import { painScaleFor } from '../../src/workflows/vitals/vitals.depth';
import type { ActionOutcome } from '../../src/session/session';
import { element } from '../dom';
import { actionButton, buttonRow, checkbox, checkboxGroup, factList, fieldGrid, isListed, keyedButton, liveRegion, openWhen, paragraph, radioGroup, selectField, step, textField, StepProblem } from './kit/controls';
import { redraw } from './kit/redraw';
import { contactStep, emptyIdentifyDraft, type IdentifyDraft } from './identify-controls';
import { mountInstrumentGame, type InstrumentGame } from './instrument-game';
import { patientCard } from './patient-card';
import type { Station, StationContext, StationHost, StationInstance } from './station';
import { BENCH_SIZE, type BenchReadings, VitalsBenchScene } from './vitals-bench-scene';
import {
  bmiText,
  CUFF_CHOICES,
  EMPTY_VITALS_DRAFT,
  FLAG_CHOICES,
  isBlankRecord,
  ORTHOSTATIC_FLAG_CHOICE,
  POSITION_CHOICES,
  recordedFromDraft,
  REST_CHOICES,
  ROUTE_CHOICES,
  routeLabel,
  STANDING_CHOICES,
  THERMOMETER_CHOICES,
  VITALS_FIELDS,
  type VitalsDraft,
} from './vitals-choices';
import { displayName } from '../../src/domain/patient';
import './clinical-stations.css';


/** What the trainee has chosen or typed in the panel and not yet sent. */
interface VitalsUi {
  identify: IdentifyDraft;
  askedAllergies: boolean;
  allergies: Map<string, boolean>;
  otherAllergy: string;
  askedComplaint: boolean;
  complaint: string;
  route: TemperatureRoute;
  armMeasured: boolean;
  cuff: BpCuff | null;
  position: BpPosition | null;
  rested: boolean;
  armAtHeartLevel: boolean;
  talking: boolean;
  /** Blood pressures whose deflation the trainee has watched to the end. */
  heardBp: number;
  restMinutes: string;
  standingMinutes: string;
  atPatientSide: boolean;
  draft: VitalsDraft;
  flags: Set<VitalsFlag>;
  problem: string;
}

function initialUi(patient: ScenarioPatient): VitalsUi {
  return {
    identify: emptyIdentifyDraft(),
    askedAllergies: false,
    allergies: new Map(patient.history.allergies.map((a) => [a.substance, true])),
    otherAllergy: '',
    askedComplaint: false,
    complaint: '',
    route: 'oral',
    armMeasured: false,
    cuff: null,
    position: null,
    rested: false,
    armAtHeartLevel: false,
    talking: false,
    heardBp: 0,
    restMinutes: '',
    standingMinutes: '',
    atPatientSide: false,
    draft: EMPTY_VITALS_DRAFT,
    flags: new Set(),
    problem: '',
  };
}

/** A charted value as the review shows it. */
function show(value: number | null, unit: string): string {
  return value === null ? 'blank' : `${value} ${unit}`;
}

function benchReadings(context: VitalsContext): BenchReadings {
  const r = context.readings;
  return { heightCm: r.heightCm, weightKg: r.weightKg, temperature: r.temperature, spo2Percent: r.spo2Percent, bloodPressures: r.bloodPressure };
}

/** The instrument readings in words: the bench's text equivalent. */
function readingLines(context: VitalsContext, heardBp: number): string[] {
  const r = context.readings;
  const lines: string[] = [];
  if (r.weightKg !== null && r.heightCm !== null) lines.push(`Scale: ${r.weightKg.toFixed(1)} kg; stadiometer: ${r.heightCm.toFixed(1)} cm.`);
  if (r.temperature !== null) lines.push(`Thermometer (${routeLabel(r.temperature.route).toLowerCase()}): ${r.temperature.celsius.toFixed(1)} °C.`);
  if (r.spo2Percent !== null) lines.push(`Pulse oximeter: SpO₂ ${r.spo2Percent} %.`);
  r.bloodPressure.slice(0, heardBp).forEach((reading, index) => {
    lines.push(`Blood pressure reading ${index + 1}: first sound with the needle at ${reading.systolicMmHg}, last sound at ${reading.diastolicMmHg} mmHg.`);
  });
  return lines;
}

/** The orthostatic readings in words, in the order taken, with what the patient said on standing. */
function orthostaticLines(context: VitalsContext): string[] {
  return context.orthostatic.map((r) => {
    const where = r.position === 'supine' ? `Lying, after ${r.minutes} min rest` : r.minutes === 0 ? 'Standing, at once' : `Standing, ${r.minutes} min`;
    const said = r.dizzy ? ' The patient says: “Oh — I feel dizzy, the room is spinning.”' : '';
    return `${where}: ${r.systolicMmHg}/${r.diastolicMmHg} mmHg, pulse ${r.pulsePerMinute}/min.${said}`;
  });
}

class VitalsPanel implements StationInstance {
  readonly #host: StationHost;
  readonly #content = element('div', 'clinical-content');
  readonly #bench: InstrumentGame;
  readonly #benchScene: VitalsBenchScene;
  readonly #readingsList = element('ul', 'visually-hidden');
  readonly #announcer = liveRegion();
  #context: StationContext;
  #ui: VitalsUi;
  readonly #problems = new StepProblem(() => this.#ui, () => this.#render());
  #shownSnapshot: unknown = null;

  constructor(host: StationHost, context: StationContext) {
    this.#host = host;
    this.#context = context;
    this.#ui = initialUi(context.patient!);
    this.#benchScene = new VitalsBenchScene({ reducedMotion: context.reducedMotion, onGaugeSettled: (index) => this.#gaugeSettled(index) });
    this.#bench = mountInstrumentGame(this.#benchScene, {
      ...BENCH_SIZE,
      className: 'vitals-bench',
      label: 'Exam-room instruments: blood-pressure gauge, scale, thermometer and pulse oximeter',
    });
    this.#readingsList.setAttribute('aria-label', 'Instrument readings');
    this.#readingsList.setAttribute('aria-live', 'polite');
    const root = element('div', 'clinical-station vitals-station');
    root.append(this.#content, this.#announcer);
    host.body.replaceChildren(root);
    this.#render();
  }

  update(context: StationContext): void {
    this.#context = context;
    if (context.snapshot === this.#shownSnapshot) return;
    this.#render();
  }

  dispose(): void {
    this.#bench.destroy();
  }

  get #machine(): VitalsContext | null {
    return (this.#context.snapshot?.context as VitalsContext | undefined) ?? null;
  }

  #send(action: Parameters<StationContext['send']>[0]): ActionOutcome {
    return this.#context.send(action);
  }

  /** Whether the domain lists the action for the patient now: the step's controls open only then. */
  #listed(type: TraineeActionType): boolean {
    return isListed(this.#context, type);
  }

  #gaugeSettled(index: number): void {
    this.#ui.heardBp = Math.max(this.#ui.heardBp, index + 1);
    this.#announcer.textContent = 'The cuff is deflated: read the gauge.';
    this.#render();
  }

  #render(): void {
    const context = this.#context;
    const machine = this.#machine;
    const patient = context.patient;
    this.#shownSnapshot = context.snapshot;
    if (!patient || !machine) {
      redraw(this.#content, () => [paragraph('Nobody is in this exam room for vital signs now.', 'station-note')]);
      return;
    }
    // The vital signs can be charted while the patient is being roomed; after that, the review and the hand-over.
    const rooming = this.#listed('vitals.recorded');
    this.#host.setSubtitle(`${displayName(patient)} · ${rooming ? 'rooming and vital signs' : 'review and hand-over'}`);
    this.#benchScene.show(benchReadings(machine));
    this.#readingsList.replaceChildren(...readingLines(machine, this.#ui.heardBp).map((line) => element('li', undefined, line)));
    redraw(this.#content, () => [
      patientCard(context.session.scenario, patient, context.patientView),
      this.#contactStep(machine, patient),
      this.#historyStep(machine, patient),
      this.#complaintStep(machine, patient),
      ...(rooming
        ? [this.#measureStep(machine), this.#bloodPressureStep(machine, patient), patient.orthostaticVitals === true ? this.#orthostaticStep(machine) : null, this.#chartStep()]
        : [this.#chartedStep(machine), patient.orthostaticVitals === true ? this.#orthostaticSummary(machine) : null, this.#reviewStep(machine)]),
      this.#providerStep(),
    ]);
  }

  #contactStep(machine: VitalsContext, patient: ScenarioPatient): HTMLElement {
    return contactStep({
      handsCleaned: machine.handsCleaned,
      identification: machine.identification,
      patient: patient,
      date: machine.scenario.day.date,
      draft: this.#ui.identify,
      listed: (type) => this.#listed(type),
      send: (action) => this.#send(action),
      problems: this.#problems,
    });
  }



  #historyStep(machine: VitalsContext, patient: ScenarioPatient): HTMLElement {
    const ui = this.#ui;
    const { allergies, medications, unrecordedAllergies } = patient.history;
    const chartAllergies = allergies.length === 0 ? 'No known allergies on the chart' : allergies.map((a) => (a.reaction ? `${a.substance} (${a.reaction})` : a.substance)).join('; ');
    const chartMeds = medications.length === 0 ? 'No medications on the chart' : medications.map((m) => (m.dose ? `${m.name} ${m.dose}` : m.name)).join('; ');
    const children: (Node | null)[] = [factList([['Chart allergies', chartAllergies]])];
    if (machine.allergiesRecorded !== null) {
      children.push(paragraph(`Allergy list saved: ${machine.allergiesRecorded.length === 0 ? 'no known allergies' : machine.allergiesRecorded.join(', ')}.`));
    } else if (!ui.askedAllergies) {
      children.push(buttonRow(keyedButton('Ask the patient about allergies', 'ask-allergies', 'quiet', () => this.#problems.afterChange(() => (ui.askedAllergies = true)))));
    } else {
      const reported = [...allergies, ...unrecordedAllergies];
      const said = reported.length === 0 ? '“I don’t have any allergies.”' : `“I’m allergic to ${reported.map((a) => (a.reaction ? `${a.substance} — it gives me ${a.reaction.toLowerCase()}` : a.substance)).join(', and ')}.”`;
      for (const a of unrecordedAllergies) if (!ui.allergies.has(a.substance)) ui.allergies.set(a.substance, false);
      children.push(
        factList([['The patient says', said]]),
        checkboxGroup(
          'Allergy list to save',
          [...ui.allergies.keys()].map((substance) => checkbox({ label: substance, key: `allergy:${substance}`, checked: ui.allergies.get(substance) === true, onChange: (checked) => ui.allergies.set(substance, checked) })),
        ),
        textField({ label: 'Another allergy (optional)', key: 'allergy-other', value: ui.otherAllergy, onInput: (value) => (ui.otherAllergy = value) }),
        buttonRow(openWhen(actionButton('Save the allergy list', 'save-allergies', () => this.#saveAllergies()), this.#listed('allergies.reconciled'))),
      );
    }
    children.push(factList([['Chart medications', chartMeds]]));
    children.push(
      machine.medicationsReconciled
        ? paragraph('Medication list gone through with the patient and saved.')
        : buttonRow(openWhen(actionButton('Go through each medication with the patient and save the list', 'meds', () => this.#send({ type: 'medications.reconciled' })), this.#listed('medications.reconciled'))),
    );
    return step('Allergies and medications', children, { done: machine.allergiesRecorded !== null && machine.medicationsReconciled });
  }

  #saveAllergies(): ActionOutcome {
    const ui = this.#ui;
    const list = [...ui.allergies.entries()].filter(([, checked]) => checked).map(([substance]) => substance);
    const other = ui.otherAllergy.trim();
    return this.#send({ type: 'allergies.reconciled', allergies: other === '' ? list : [...list, other] });
  }

  #complaintStep(machine: VitalsContext, patient: ScenarioPatient): HTMLElement {
    const ui = this.#ui;
    if (machine.chiefComplaint !== null) return step('Chief complaint', [paragraph(`Recorded: “${machine.chiefComplaint}”`)], { done: true });
    const children: (Node | null)[] = [];
    if (!ui.askedComplaint) {
      children.push(buttonRow(keyedButton('Ask what brings the patient in today', 'ask-complaint', 'quiet', () => this.#problems.afterChange(() => (ui.askedComplaint = true)))));
    } else {
      children.push(factList([['The patient says', `“${patient.chiefComplaint}”`]]));
    }
    children.push(
      textField({ label: 'Chief complaint, as you chart it', key: 'complaint', value: ui.complaint, onInput: (value) => (ui.complaint = value), multiline: true }),
      buttonRow(openWhen(actionButton('Record the chief complaint', 'record-complaint', () => this.#send({ type: 'chief-complaint.recorded', text: ui.complaint.trim() })), this.#listed('chief-complaint.recorded'))),
    );
    return step('Chief complaint', children);
  }

  #measureStep(machine: VitalsContext): HTMLElement {
    const ui = this.#ui;
    const r = machine.readings;
    const counts: string[] = [];
    if (r.pulsePerMinute !== null) counts.push(`Radial pulse counted for a full minute: ${r.pulsePerMinute} beats.`);
    if (r.respirationsPerMinute !== null) counts.push(`Breaths counted for a full minute: ${r.respirationsPerMinute}.`);
    const scale = painScaleFor(onDay(machine));
    if (r.painScore !== null) {
      counts.push(
        scale?.kind === 'observed'
          ? `Pain by ${scale.displayName}, watched while the parent holds the child: ${r.painScore} of 10.`
          : r.painScore === 0
            ? 'Pain: “No pain at all — zero.”'
            : `Pain: “I’d say it’s a ${r.painScore} out of 10.”`,
      );
    }
    const painLabel = scale === null ? 'Assess pain' : scale.kind === 'observed' ? `Observe pain (${scale.displayName.split(' (')[0]})` : scale.scale === 'faces' ? 'Ask for a pain score (faces scale)' : 'Ask for a pain score (0–10)';
    return step('Measurements', [
      this.#bench.host,
      this.#readingsList,
      buttonRow(
        openWhen(actionButton('Height and weight', 'measure-hw', () => this.#send({ type: 'height-weight.measured' }), 'quiet'), this.#listed('height-weight.measured')),
        openWhen(actionButton('Pulse (count 60 s)', 'measure-pulse', () => this.#send({ type: 'pulse.measured' }), 'quiet'), this.#listed('pulse.measured')),
        openWhen(actionButton('Respirations (count 60 s)', 'measure-resp', () => this.#send({ type: 'respirations.measured' }), 'quiet'), this.#listed('respirations.measured')),
        openWhen(actionButton('SpO₂ (pulse oximeter)', 'measure-spo2', () => this.#send({ type: 'spo2.measured' }), 'quiet'), this.#listed('spo2.measured')),
        openWhen(actionButton(painLabel, 'measure-pain', () => this.#send({ type: 'pain.assessed' }), 'quiet'), this.#listed('pain.assessed')),
      ),
      radioGroup({ legend: 'Thermometer and route', key: 'route', choices: THERMOMETER_CHOICES, value: ui.route, onChange: (value) => (ui.route = value), column: true }),
      buttonRow(openWhen(actionButton('Take the temperature', 'measure-temp', () => this.#send({ type: 'temperature.measured', route: ui.route }), 'quiet'), this.#listed('temperature.measured'))),
      ...counts.map((line) => paragraph(line, 'clinical-reading')),
    ]);
  }

  #bloodPressureStep(machine: VitalsContext, patient: ScenarioPatient): HTMLElement {
    const ui = this.#ui;
    const taken = machine.readings.bloodPressure.length;
    return step('Blood pressure', [
      ui.armMeasured
        ? factList([['Mid-upper arm circumference', `${patient.vitals.armCircumferenceCm} cm`]])
        : buttonRow(keyedButton('Measure the mid-upper arm with the tape', 'measure-arm', 'quiet', () => this.#problems.afterChange(() => (ui.armMeasured = true)))),
      radioGroup({ legend: 'Cuff', key: 'cuff', choices: CUFF_CHOICES, value: ui.cuff, onChange: (value) => (ui.cuff = value) }),
      radioGroup({ legend: 'Position', key: 'position', choices: POSITION_CHOICES, value: ui.position, onChange: (value) => (ui.position = value) }),
      checkboxGroup('Before and during the reading', [
        checkbox({ label: 'Patient rested quietly for 5 minutes first', key: 'rested', checked: ui.rested, onChange: (checked) => (ui.rested = checked) }),
        checkbox({ label: 'Arm supported, cuff at heart level', key: 'arm-level', checked: ui.armAtHeartLevel, onChange: (checked) => (ui.armAtHeartLevel = checked) }),
        checkbox({ label: 'Patient talking during the reading', key: 'talking', checked: ui.talking, onChange: (checked) => (ui.talking = checked) }),
      ]),
      buttonRow(
        openWhen(actionButton(taken === 0 ? 'Inflate the cuff and take the reading' : 'Take another reading', 'take-bp', () => this.#takeBloodPressure()), this.#listed('blood-pressure.measured')),
        taken > 0 ? keyedButton('Watch the deflation again', 'replay-bp', 'quiet', () => this.#benchScene.replay()) : null,
      ),
      this.#problems.line('bp'),
      paragraph(taken === 0 ? 'No reading taken yet.' : `Readings taken: ${taken}. Read each on the gauge as the needle falls.`, 'clinical-reading'),
    ]);
  }

  #takeBloodPressure(): ActionOutcome | null {
    const ui = this.#ui;
    if (ui.cuff === null || ui.position === null) return this.#problems.show('bp', 'Choose a cuff and how the patient sits.');
    return this.#send({
      type: 'blood-pressure.measured',
      technique: { cuff: ui.cuff, position: ui.position, rested: ui.rested, armAtHeartLevel: ui.armAtHeartLevel, talking: ui.talking },
    });
  }

  #orthostaticStep(machine: VitalsContext): HTMLElement {
    const ui = this.#ui;
    const readings = machine.orthostatic;
    const position = machine.standing ? 'standing' : readings.length === 0 ? 'seated, not yet lying down' : 'lying flat';
    const children: (Node | null)[] = [
      paragraph('Ordered by the provider: blood pressure and pulse lying down after rest, then standing, at the times you choose.', 'station-note'),
      factList([['The patient is now', position]]),
      selectField({ label: 'Lying reading', key: 'ortho-rest', choices: REST_CHOICES, value: ui.restMinutes, onChange: (value) => (ui.restMinutes = value), blank: '— choose the rest —' }),
      buttonRow(openWhen(actionButton('Lay the patient flat and take the lying BP and pulse', 'ortho-supine', () => this.#measureSupine()), this.#listed('orthostatic.supine-measured'))),
      checkbox({ label: 'Stand at the patient’s side, ready to steady them, as they rise', key: 'ortho-steady', checked: ui.atPatientSide, onChange: (checked) => (ui.atPatientSide = checked) }),
      selectField({ label: 'Standing reading', key: 'ortho-standing', choices: STANDING_CHOICES, value: ui.standingMinutes, onChange: (value) => (ui.standingMinutes = value), blank: '— choose when —' }),
      buttonRow(
        openWhen(actionButton(machine.standing ? 'Take the standing BP and pulse' : 'Stand the patient up and take the standing BP and pulse', 'ortho-standing-take', () => this.#measureStanding(machine)), this.#listed('orthostatic.standing-measured')),
        openWhen(actionButton('Help the patient back to lying down', 'ortho-lower', () => this.#send({ type: 'orthostatic.patient-lowered' }), 'quiet'), this.#listed('orthostatic.patient-lowered')),
      ),
      this.#problems.line('ortho'),
      ...orthostaticLines(machine).map((line) => paragraph(line, 'clinical-reading')),
    ];
    return step('Orthostatic vital signs', children);
  }

  #orthostaticSummary(machine: VitalsContext): HTMLElement {
    const lines = orthostaticLines(machine);
    return step('Orthostatic readings', lines.length === 0 ? [paragraph('No orthostatic reading was taken.')] : lines.map((line) => paragraph(line, 'clinical-reading')), { done: true });
  }

  #measureSupine(): ActionOutcome | null {
    if (this.#ui.restMinutes === '') return this.#problems.show('ortho', 'Choose how long the patient lies flat before the lying reading.');
    return this.#send({ type: 'orthostatic.supine-measured', restedMinutes: Number(this.#ui.restMinutes) });
  }

  #measureStanding(machine: VitalsContext): ActionOutcome | null {
    const ui = this.#ui;
    if (ui.standingMinutes === '') return this.#problems.show('ortho', 'Choose when, after the patient stands up, the reading is taken.');
    // Once the patient is up, whoever stood by them stays: the steadying is the one chosen as they rose.
    const steadied = machine.standing ? (machine.orthostatic.at(-1)?.steadied ?? ui.atPatientSide) : ui.atPatientSide;
    return this.#send({ type: 'orthostatic.standing-measured', minutesStanding: Number(ui.standingMinutes), steadied });
  }

  #chartStep(): HTMLElement {
    const ui = this.#ui;
    const grid = fieldGrid();
    for (const field of VITALS_FIELDS) {
      grid.append(
        textField({
          label: field.label,
          key: `vital:${field.key}`,
          value: ui.draft[field.key],
          onInput: (value) => (ui.draft = { ...ui.draft, [field.key]: value }),
          unit: field.unit,
          inputMode: 'decimal',
          width: 'short',
        }),
      );
      if (field.key === 'temperatureC') {
        grid.append(
          selectField({ label: 'Route', key: 'vital:route', choices: ROUTE_CHOICES, value: ui.draft.temperatureRoute, onChange: (value) => (ui.draft = { ...ui.draft, temperatureRoute: value }), blank: '— not charted —' }),
        );
      }
    }
    return step('Chart the vital signs', [
      paragraph('Type each value as you read it; a blank entry is charted blank.', 'station-note'),
      grid,
      buttonRow(
        keyedButton('Calculate BMI from height and weight', 'calc-bmi', 'quiet', () => this.#problems.afterChange(() => (ui.draft = { ...ui.draft, bmi: bmiText(ui.draft) }))),
        openWhen(actionButton('Save the vital signs to the chart', 'record-vitals', () => this.#recordVitals()), this.#listed('vitals.recorded')),
      ),
      this.#problems.line('chart'),
    ]);
  }

  #recordVitals(): ActionOutcome | null {
    const values = recordedFromDraft(this.#ui.draft);
    if (isBlankRecord(values)) return this.#problems.show('chart', 'Nothing is typed in the chart yet: type each value as the instrument showed it, then save.');
    return this.#send({ type: 'vitals.recorded', values });
  }

  #chartedStep(machine: VitalsContext): HTMLElement {
    const r = machine.recorded;
    return step(
      'Charted vital signs',
      [
        factList([
          ['Height / weight', `${show(r?.heightCm ?? null, 'cm')} / ${show(r?.weightKg ?? null, 'kg')}`],
          ['BMI', show(r?.bmi ?? null, 'kg/m²')],
          ['Temperature', `${show(r?.temperatureC ?? null, '°C')}${r?.temperatureRoute ? ` (${routeLabel(r.temperatureRoute).toLowerCase()})` : ''}`],
          ['Pulse / respirations', `${show(r?.pulsePerMinute ?? null, '/min')} / ${show(r?.respirationsPerMinute ?? null, '/min')}`],
          ['Blood pressure', r && r.systolicMmHg !== null && r.diastolicMmHg !== null ? `${r.systolicMmHg}/${r.diastolicMmHg} mmHg` : 'blank'],
          ['SpO₂ / pain', `${show(r?.spo2Percent ?? null, '%')} / ${show(r?.painScore ?? null, 'of 10')}`],
        ]),
      ],
      { done: true },
    );
  }

  #reviewStep(machine: VitalsContext): HTMLElement {
    const ui = this.#ui;
    const children: (Node | null)[] = [];
    const choices = machine.patient.orthostaticVitals === true ? [...FLAG_CHOICES, ORTHOSTATIC_FLAG_CHOICE] : FLAG_CHOICES;
    if (machine.flagged === null) {
      children.push(
        checkboxGroup(
          'Values outside the normal range',
          choices.map((choice) =>
            checkbox({
              label: choice.label,
              key: `flag:${choice.value}`,
              checked: ui.flags.has(choice.value),
              onChange: (checked) => {
                if (checked) ui.flags.add(choice.value);
                else ui.flags.delete(choice.value);
              },
            }),
          ),
        ),
        buttonRow(openWhen(actionButton('Save the flags', 'save-flags', () => this.#send({ type: 'vitals.flagged', vitals: choices.map((c) => c.value).filter((v) => ui.flags.has(v)) })), this.#listed('vitals.flagged'))),
      );
    } else {
      children.push(paragraph(machine.flagged.length === 0 ? 'No value flagged.' : `Flagged: ${machine.flagged.map((v) => choices.find((c) => c.value === v)?.label ?? v).join(', ')}.`));
    }
    children.push(
      buttonRow(
        // Offered only on the clinic's standing order (chest pain): the ECG bed before the provider's visit.
        openWhen(actionButton('Take the patient to the ECG bed now (standing order)', 'send-for-ecg', () => this.#send({ type: 'patient.sent-for-ecg' })), this.#listed('patient.sent-for-ecg')),
        openWhen(actionButton('The patient is ready for the provider', 'ready', () => this.#send({ type: 'patient.ready-for-provider' })), this.#listed('patient.ready-for-provider')),
      ),
    );
    return step('Review and hand over', children);
  }

  #providerStep(): HTMLElement {
    return step('Provider', [
      paragraph('A value in the critical range, or a red-flag symptom the patient tells you (chest pain or pressure, signs of a stroke, trouble breathing), goes to the provider at once, before anything else; stay with the patient.', 'station-note'),
      // The workflow lists the alert whenever it takes one (and judges an unneeded one), so the button never tells the trainee whether a value is critical.
      buttonRow(openWhen(actionButton('Alert the provider now', 'alert-provider', () => this.#send({ type: 'provider.alerted' }), 'danger'), this.#listed('provider.alerted'))),
    ]);
  }



}

/** The exam-room station, for patients whose vitals workflow runs. */
export const vitalsStation: Station = {
  machineId: 'vitals',
  title: 'Exam room',
  open(host, context): StationInstance {
    return new VitalsPanel(host, context);
  },
};
