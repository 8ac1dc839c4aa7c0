/**
 * The medication station, in the exam room: the provider's order on the chart (prescriber,
 * vaccine, dose, route, signed or verbal), the chart's allergies, hand hygiene and
 * identification, the storage units with their min/max logs, the vials with their labels
 * (drug, strength, lot, expiry; a multi-dose vial's opened date), the label read three
 * times, the dose drawn up with the needle chosen (gauge × length), the Vaccine
 * Information Statement handed over from the shelf of editions, the site chosen on the body
 * outline (pointer, or the keyboard: Tab and the arrow keys over the sites, or the list),
 * the route, angle and aspiration, the syringe into the sharps container, the record form,
 * the state registry entry, and the observation chair with its timer and what happens in it.
 * A tuberculin skin test takes the same way with its own steps: the tuberculin syringe, the
 * volar forearm on the body outline, the look at the wheal (and the test placed again where
 * none rose), no VIS, and the reading appointment on its record.
 *
 * Every choice a real MA has is offered, the wrong ones too (an expired vial, the outdated
 * VIS, recapping, skipping the observation); the medication machine judges. The pictures
 * are Phaser (`medication-tray-scene.ts`); every control is HTML.
 */
import type { TraineeAction, TraineeActionType } from '../../src/clinic/trainee-action';
import { displayName } from '../../src/domain/patient';
import { injectableProduct, OBSERVATION_MINUTES, visEditions, visEditionsOnShelf, WHEAL_MM_WHEN_RAISED } from '../../src/reference/immunization';
import { ageInMonths, ageInYears } from '../../src/reference/iso-date';
import { TESTS, type OrderableTest, type TestId } from '../../src/reference/tests';
import type { ScenarioPatient } from '../../src/scenario/scenario.schema';
import type { ActionOutcome, Session } from '../../src/session/session';
import {
  INJECTION_SITES,
  INSERTION_ANGLES,
  type InjectionSite,
  type InsertionAngle,
  LABEL_CHECK_MOMENTS,
  type LabelCheckMoment,
  MEDICATION_ROUTES,
  type MedicationRoute,
  NEEDLE_GAUGES,
  NEEDLE_LENGTHS,
  type NeedleGauge,
  type NeedleLength,
  ORDER_RETURN_REASONS,
  type OrderReturnReason,
} from '../../src/workflows/medication/medication.actions';
import { isReading, isSkinTest, readingFindings, type MedicationContext, openVaccines, orderedVaccines, orderForm, orderOf, vialById } from '../../src/workflows/medication/medication.context';
import type { StockVial } from '../../src/workflows/medication/stock';
import { element } from '../dom';
import { actionButton, buttonGroup, buttonRow, checkbox, factList, fieldGrid, isListed, keyedButton, liveRegion, openWhen, paragraph, radioGroup, selectField, step, textField, StepProblem } from './kit/controls';
import { redraw } from './kit/redraw';
import { contactStep, emptyIdentifyDraft, type IdentifyDraft } from './identify-controls';
import { mountInstrumentGame, type InstrumentGame } from './instrument-game';
import { BODY_SIZE, bodyBuild, bodyGeometry, InjectionSiteScene, MedicationTrayScene, TRAY_SIZE, type TrayView, type UnitPicture } from './medication-tray-scene';
import { patientCard } from './patient-card';
import type { Station, StationContext, StationHost, StationInstance } from './station';
import './clinical-stations.css';
import './medication-station.css';

/** The words the panel shows for each site: side, muscle or tissue, and where that is. */
const SITE_WORDS: Readonly<Record<InjectionSite, string>> = {
  'left-deltoid': 'Left deltoid (upper arm)',
  'right-deltoid': 'Right deltoid (upper arm)',
  'left-anterolateral-thigh': 'Left anterolateral thigh',
  'right-anterolateral-thigh': 'Right anterolateral thigh',
  'left-upper-outer-triceps': 'Left upper outer triceps (fatty tissue, back of the arm)',
  'right-upper-outer-triceps': 'Right upper outer triceps (fatty tissue, back of the arm)',
  'left-ventrogluteal': 'Left ventrogluteal (side of the hip)',
  'right-ventrogluteal': 'Right ventrogluteal (side of the hip)',
  'left-volar-forearm': 'Left volar forearm (inner forearm)',
  'right-volar-forearm': 'Right volar forearm (inner forearm)',
};

const ROUTE_WORDS: Readonly<Record<MedicationRoute, string>> = {
  intramuscular: 'Intramuscular (IM)',
  subcutaneous: 'Subcutaneous (SC)',
  intradermal: 'Intradermal (ID)',
  oral: 'Oral (by mouth)',
};

const ANGLE_WORDS: Readonly<Record<InsertionAngle, string>> = {
  90: '90° (straight in)',
  45: '45°',
  10: '5–15° (almost flat, bevel up)',
};

const MOMENT_WORDS: Readonly<Record<LabelCheckMoment, string>> = {
  'from-storage': 'Read the label as you take it from storage',
  'drawing-up': 'Read it again as you draw up',
  'before-giving': 'Read it once more before giving',
};

const RETURN_WORDS: Readonly<Record<OrderReturnReason, string>> = {
  'not-signed': 'The order is not signed',
  'verbal-order': 'A verbal order I may not take',
  allergy: 'The patient is allergic to a component',
  'too-soon': 'Too soon since the last dose',
  'no-usable-stock': 'No usable vial in stock',
};

const FORM_WORDS: Readonly<Record<'signed' | 'verbal' | 'unsigned', string>> = {
  signed: 'Written and signed by the provider',
  verbal: 'Verbal order, called out from the hallway; nothing written',
  unsigned: 'Written in the chart, not signed',
};

/** A vial cap's colour, from the product: only to tell the vials apart on the shelf. */
const CAP_COLOURS = [0x2a7f7a, 0xc8352f, 0x1f3f9a, 0xe3a21a, 0x7b4fa0, 0x3f8f4f, 0xd0648a] as const;

function capOf(testId: string): number {
  let hash = 7;
  for (const char of testId) hash = (hash * 31 + char.charCodeAt(0)) % 997;
  return CAP_COLOURS[hash % CAP_COLOURS.length] ?? CAP_COLOURS[0];
}

function testOf(testId: string): OrderableTest | undefined {
  return TESTS.find((t) => t.id === testId);
}

/** The vaccine's name as the order and the label say it: the product's, else the catalogue's. */
function vaccineName(testId: TestId): string {
  return injectableProduct(testId)?.name ?? testOf(testId)?.displayName ?? testId;
}

/** The label of a vial, line by line as printed: dose, form, route, maker, lot, expiry, and a multi-dose vial's opening. */
function vialLabel(vial: StockVial, ageYears: number): { title: string; lines: string[] } {
  const product = injectableProduct(vial.testId as TestId);
  const dose = product?.doseMl(ageYears) ?? 0;
  const form = vial.prefilledSyringe ? 'prefilled syringe' : vial.multiDose ? 'multi-dose vial' : 'single-dose vial';
  const lines = [
    `${dose > 0 ? `${dose} mL dose · ` : ''}${form}`,
    product ? `For ${product.route} use${product.alternativeRoute ? ` or ${product.alternativeRoute}` : ''}` : '',
    `Mfr: ${vial.manufacturer}`,
    `LOT ${vial.lot}    EXP ${vial.expires}`,
  ];
  if (vial.multiDose) lines.push(`Opened ${vial.multiDose.openedOn}; discard ${vial.multiDose.beyondUseDays} days after opening`);
  return { title: product?.name ?? testOf(vial.testId)?.displayName ?? vial.testId, lines: lines.filter((line) => line !== '') };
}

/** A short word for a vial on the shelf. */
function shelfWord(testId: string): string {
  const name = testOf(testId)?.displayName ?? testId;
  return (name.split(/[ (,]/)[0] ?? name).slice(0, 5);
}

/** A typed dose: mL as a number, or null when it does not read as one. */
function typedMl(text: string): number | null {
  const cleaned = text.trim().replace(',', '.');
  if (!/^\d*\.?\d+$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** The record form as the trainee fills it in. */
interface RecordDraft {
  date: string;
  vaccine: string;
  manufacturer: string;
  lot: string;
  site: InjectionSite | '';
  route: MedicationRoute | '';
  dose: string;
  visEdition: string;
  visGivenOn: string;
  name: string;
  title: string;
  /** A skin test's reading appointment, YYYY-MM-DD HH:MM. */
  readingDue: string;
}

/** The millimetres typed at a skin test reading, by order. */
const READING_DRAFTS = new WeakMap<MedicationUi, Map<TestId, string>>();

function emptyRecord(): RecordDraft {
  return { date: '', vaccine: '', manufacturer: '', lot: '', site: '', route: '', dose: '', visEdition: '', visGivenOn: '', name: '', title: '', readingDue: '' };
}

/** What the trainee has chosen for one ordered vaccine and not yet sent. */
interface VaccineDraft {
  vialId: string | null;
  gauge: NeedleGauge | null;
  length: NeedleLength | null;
  volume: string;
  returnReason: OrderReturnReason | null;
  readonly record: RecordDraft;
}

/** What the trainee has chosen at the station and not yet sent. */
interface MedicationUi {
  readonly identify: IdentifyDraft;
  readonly vaccines: Map<TestId, VaccineDraft>;
  site: InjectionSite | null;
  route: MedicationRoute | null;
  angle: InsertionAngle | null;
  aspirate: boolean;
  problem: string;
}

/**
 * The work of each patient of a day: the vial in hand, the needle chosen, the record being
 * written. It outlives the panel, so a trainee who leaves the room (to the phone, or to
 * another patient during the observation) finds it as they left it.
 */
const TRAYS = new WeakMap<Session, Map<string, MedicationUi>>();

function freshUi(): MedicationUi {
  return { identify: emptyIdentifyDraft(), vaccines: new Map(), site: null, route: null, angle: null, aspirate: false, problem: '' };
}

function uiOf(context: StationContext): MedicationUi {
  if (context.target.kind !== 'patient') return freshUi();
  const day = TRAYS.get(context.session) ?? new Map<string, MedicationUi>();
  TRAYS.set(context.session, day);
  const ui = day.get(context.target.patientId) ?? freshUi();
  day.set(context.target.patientId, ui);
  ui.problem = '';
  return ui;
}

class MedicationPanel implements StationInstance {
  readonly #host: StationHost;
  readonly #content = element('div', 'clinical-content');
  readonly #tray: InstrumentGame;
  readonly #trayScene = new MedicationTrayScene();
  readonly #body: InstrumentGame;
  readonly #bodyScene = new InjectionSiteScene();
  readonly #sitePicker = element('div', 'site-picker');
  readonly #announcer = liveRegion();
  readonly #ui: MedicationUi;
  readonly #problems = new StepProblem(() => this.#ui, () => this.#render());
  #context: StationContext;
  #shownSnapshot: unknown = null;

  constructor(host: StationHost, context: StationContext) {
    this.#host = host;
    this.#context = context;
    this.#ui = uiOf(context);
    this.#tray = mountInstrumentGame(this.#trayScene, { ...TRAY_SIZE, className: 'medication-tray', label: 'The vaccine storage units with their logs, the vial in hand and the syringe' });
    this.#body = mountInstrumentGame(this.#bodyScene, { ...BODY_SIZE, className: 'injection-body', label: 'The body outline, front and back, with the injection sites' });
    this.#sitePicker.append(this.#body.host);
    const root = element('div', 'clinical-station medication-station');
    root.append(this.#content, this.#announcer);
    host.body.replaceChildren(root);
    this.#render();
  }

  update(context: StationContext): void {
    this.#context = context;
    if (context.snapshot !== this.#shownSnapshot) {
      this.#render();
      return;
    }
    // The clinic clock moved: only the observation timer changes.
    for (const node of this.#content.querySelectorAll<HTMLElement>('[data-observation-started]')) {
      node.textContent = this.#timerText(Number(node.dataset.observationStarted));
    }
  }

  dispose(): void {
    this.#tray.destroy();
    this.#body.destroy();
  }

  get #machine(): MedicationContext | null {
    const snapshot = this.#context.snapshot;
    return snapshot?.machine.id === 'medication' ? ((snapshot.context as MedicationContext | undefined) ?? null) : null;
  }

  #send(action: TraineeAction): ActionOutcome {
    return this.#context.send(action);
  }

  #listed(type: TraineeActionType): boolean {
    return isListed(this.#context, type);
  }

  #draft(testId: TestId): VaccineDraft {
    const known = this.#ui.vaccines.get(testId);
    if (known) return known;
    const draft: VaccineDraft = { vialId: null, gauge: null, length: null, volume: '', returnReason: null, record: emptyRecord() };
    this.#ui.vaccines.set(testId, draft);
    return draft;
  }

  #render(): void {
    const context = this.#context;
    const machine = this.#machine;
    const patient = context.patient;
    this.#shownSnapshot = context.snapshot;
    if (!patient || !machine) {
      redraw(this.#content, () => [paragraph('Nobody is waiting for an injection in this room now.', 'station-note')]);
      return;
    }
    const vaccines = orderedVaccines(machine);
    const what = vaccines.every((test) => isReading(test.id)) ? 'skin test reading' : vaccines.some((test) => isSkinTest(test.id) || isReading(test.id)) ? 'ordered injections and tests' : 'ordered vaccines';
    this.#host.setSubtitle(`${displayName(patient)} · ${what}`);
    const date = machine.scenario.day.date;
    const ageYears = ageInYears(patient.dateOfBirth, date);
    this.#trayScene.show(this.#trayView(machine, ageYears));
    this.#bodyScene.show({ build: bodyBuild(ageInMonths(patient.dateOfBirth, date)), picked: this.#ui.site, given: machine.given.map((dose) => dose.site) });
    const hadFocus = this.#content.contains(document.activeElement);
    redraw(this.#content, () => [
      patientCard(context.session.scenario, patient, context.patientView),
      this.#urgentLine(machine),
      this.#orderStep(machine, patient, vaccines),
      this.#contactStep(machine, patient),
      this.#storageStep(machine),
      ...vaccines.map((test) => (isReading(test.id) ? this.#readingStep(machine, test) : this.#prepareStep(machine, test, ageYears))),
      this.#injectionStep(machine),
      this.#whealStep(machine),
      ...[...new Set(machine.given.map((dose) => dose.testId))].map((testId) => this.#recordStep(machine, testId)),
      this.#observationStep(machine),
    ]);
    // The control just used is gone (its step is done): the keyboard goes on to the next main step, not back to the top.
    if (hadFocus && !this.#content.contains(document.activeElement)) {
      this.#content.querySelector<HTMLElement>('.button-primary:not(.button-danger):not([disabled])')?.focus();
    }
  }

  #trayView(machine: MedicationContext, ageYears: number): TrayView {
    const inHand = this.#inHand(machine);
    const units: UnitPicture[] = machine.stock.units.map((unit) => ({
      id: unit.id,
      kind: unit.kind,
      label: unit.label,
      currentC: unit.log.currentC,
      minC: unit.log.minC,
      maxC: unit.log.maxC,
      logRead: machine.logsRead.includes(unit.id),
      doNotUse: machine.excursionsReported.includes(unit.id),
      vials: machine.stock.vials
        .filter((vial) => vial.unitId === unit.id)
        .map((vial) => ({
          id: vial.id,
          short: shelfWord(vial.testId),
          cap: capOf(vial.testId),
          state: vial.id === inHand?.id ? 'in-hand' : machine.given.some((dose) => dose.vialId === vial.id) && !vial.multiDose ? 'used' : 'on-shelf',
        })),
    }));
    const drawn = machine.drawn;
    const open = openVaccines(machine)[0];
    const draft = drawn ? null : open ? this.#draft(open.id) : null;
    return {
      units,
      inHand: inHand ? { cap: capOf(inHand.testId), ...vialLabel(inHand, ageYears), reads: machine.labelReads.filter((read) => read.vialId === inHand.id).length } : null,
      syringe: {
        gauge: drawn?.needle.gauge ?? draft?.gauge ?? null,
        length: drawn?.needle.length ?? draft?.length ?? null,
        volumeMl: drawn?.volumeMl ?? null,
        discarded: !drawn && !machine.syringeInHand && machine.given.length > 0 && (draft?.gauge ?? null) === null,
      },
    };
  }

  /** The vial in the trainee's hand: the one drawn up from, else the one taken for the first vaccine still open. */
  #inHand(machine: MedicationContext): StockVial | null {
    if (machine.drawn) return vialById(machine, machine.drawn.vialId) ?? null;
    for (const test of openVaccines(machine)) {
      const vialId = this.#ui.vaccines.get(test.id)?.vialId;
      if (vialId) return vialById(machine, vialId) ?? null;
    }
    return null;
  }

  /** What happens in the observation chair that needs the trainee first. */
  #urgentLine(machine: MedicationContext): HTMLElement | null {
    if (machine.reactionPending === 'syncope') return element('p', 'medication-urgent', 'In the observation chair the patient goes pale, says they feel dizzy and slumps sideways.');
    if (machine.reactionPending === 'anaphylaxis-sign') return element('p', 'medication-urgent', 'In the observation chair the patient says their throat feels tight; hives are spreading on their arms and neck.');
    return null;
  }

  #orderStep(machine: MedicationContext, patient: ScenarioPatient, vaccines: readonly OrderableTest[]): HTMLElement {
    const provider = machine.scenario.providers.find((p) => p.id === patient.arrival.providerId)?.name ?? 'the provider';
    const children: (Node | null)[] = [];
    for (const test of vaccines) {
      const order = orderOf(patient, test.id);
      const product = injectableProduct(test.id);
      const dose = product?.doseMl(ageInYears(patient.dateOfBirth, machine.scenario.day.date)) ?? 0;
      const form = orderForm(patient, test.id);
      const returned = machine.returned.find((r) => r.testId === test.id);
      const reviewed = machine.ordersReviewed.includes(test.id);
      const rows: [string, string][] = [
        [isSkinTest(test.id) || isReading(test.id) ? 'Test' : 'Vaccine', vaccineName(test.id)],
        ...(isReading(test.id) ? [] : [['Dose and route', `${dose > 0 ? `${dose} mL` : 'as labelled'}, ${product ? ROUTE_WORDS[product.route].toLowerCase() : 'route not written'}`] as [string, string]]),
        ['Prescriber', form === 'signed' ? provider : `${provider} (${form === 'verbal' ? 'spoken' : 'no signature'})`],
        ['Order', FORM_WORDS[form]],
      ];
      const administration = order?.administration;
      if (administration?.doseNumber !== undefined) rows.push(['Dose in the series', String(administration.doseNumber)]);
      if (administration?.lastDoseDate !== undefined) rows.push(['Last dose given', administration.lastDoseDate]);
      const block = element('div', 'medication-order');
      block.append(element('h4', 'clinical-subheading', vaccineName(test.id)), factList(rows));
      if (returned) {
        block.append(paragraph(`Sent back to ${provider}: ${RETURN_WORDS[returned.reason].toLowerCase()}.`, 'clinical-reading'));
      } else {
        const draft = this.#draft(test.id);
        block.append(
          reviewed ? paragraph('Order read: prescriber, vaccine, dose, route and time.', 'clinical-reading') : buttonRow(openWhen(actionButton('I have read the order', `order-review:${test.id}`, () => this.#send({ type: 'order.reviewed', testId: test.id })), this.#listed('order.reviewed'))),
          fieldGrid(
            selectField({ label: 'Send it back because', key: `return-reason:${test.id}`, choices: ORDER_RETURN_REASONS.map((value) => ({ value, label: RETURN_WORDS[value] })), value: draft.returnReason ?? '', blank: 'Choose a reason', onChange: (value) => (draft.returnReason = value) }),
          ),
          buttonRow(openWhen(actionButton('Send the order back to the provider', `order-return:${test.id}`, () => this.#returnOrder(test.id), 'quiet'), this.#listed('order.returned'))),
        );
        const problem = this.#problems.line(`return:${test.id}`);
        if (problem) block.append(problem);
      }
      children.push(block);
    }
    const allergies = patient.history.allergies;
    children.push(
      element('h4', 'clinical-subheading', 'Allergies on the chart'),
      paragraph(allergies.length === 0 ? 'No known allergies charted.' : allergies.map((a) => `${a.substance} (${a.reaction})`).join('; '), 'clinical-reading'),
      machine.allergiesChecked
        ? paragraph('Allergies checked against each vaccine’s components and the packaging’s latex.', 'clinical-reading')
        : buttonRow(openWhen(actionButton('Check the allergies against the vaccines’ components and latex', 'allergies', () => this.#send({ type: 'allergies.checked' })), this.#listed('allergies.checked'))),
    );
    return step('The order', children, { done: vaccines.every((t) => machine.ordersReviewed.includes(t.id) || machine.returned.some((r) => r.testId === t.id)) && machine.allergiesChecked });
  }

  #returnOrder(testId: TestId): ActionOutcome | null {
    const reason = this.#draft(testId).returnReason;
    return reason === null ? this.#problems.show(`return:${testId}`, 'Choose why the order goes back first.') : this.#send({ type: 'order.returned', testId, reason });
  }

  #contactStep(machine: MedicationContext, patient: ScenarioPatient): HTMLElement {
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



  #storageStep(machine: MedicationContext): HTMLElement {
    const children: (Node | null)[] = [this.#tray.host];
    for (const unit of machine.stock.units) {
      const read = machine.logsRead.includes(unit.id);
      const reported = machine.excursionsReported.includes(unit.id);
      const block = element('div', 'storage-unit');
      block.append(element('h4', 'clinical-subheading', unit.label));
      block.append(
        read
          ? paragraph(`Min/max log (reset at ${unit.log.readAt}): now ${unit.log.currentC.toFixed(1)} °C, lowest ${unit.log.minC.toFixed(1)} °C, highest ${unit.log.maxC.toFixed(1)} °C.`, 'clinical-reading storage-log')
          : paragraph(`The data logger shows ${unit.log.currentC.toFixed(1)} °C now.`, 'clinical-reading storage-log'),
      );
      block.append(
        reported
          ? paragraph('Its stock is labelled “Do not use”, and the excursion is reported.', 'clinical-reading')
          : buttonRow(
              read ? null : openWhen(actionButton('Read the min/max log', `log-read:${unit.id}`, () => this.#send({ type: 'storage.log-read', unitId: unit.id }), 'quiet'), this.#listed('storage.log-read')),
              openWhen(actionButton('Label the stock “Do not use” and report the excursion', `excursion:${unit.id}`, () => this.#send({ type: 'storage.excursion-reported', unitId: unit.id }), 'quiet'), this.#listed('storage.excursion-reported')),
            ),
      );
      children.push(block);
    }
    return step('Vaccine storage', children, { done: machine.stock.units.every((unit) => machine.logsRead.includes(unit.id)) });
  }

  #prepareStep(machine: MedicationContext, test: OrderableTest, ageYears: number): HTMLElement {
    const given = machine.given.findLast((dose) => dose.testId === test.id);
    const returned = machine.returned.find((r) => r.testId === test.id);
    const title = `Prepare: ${vaccineName(test.id)}`;
    const skinTest = isSkinTest(test.id);
    const again = given !== undefined && openVaccines(machine).some((t) => t.id === test.id);
    if (returned) return step(title, [paragraph('Not given: the order went back to the provider.')], { done: true });
    if (given && !again) return step(title, [paragraph(`${skinTest ? 'Placed' : 'Given'}: lot ${given.lot}, ${SITE_WORDS[given.site].toLowerCase()}, ${ROUTE_WORDS[given.route].toLowerCase()}.`)], { done: true });
    const draft = this.#draft(test.id);
    const drawnHere = machine.drawn?.testId === test.id ? machine.drawn : null;
    const children: (Node | null)[] = [];
    if (given) children.push(paragraph(`Placed once already, in the ${SITE_WORDS[given.site].toLowerCase()}.`, 'clinical-reading'));
    if (skinTest) children.push(paragraph('Syringe: a 1 mL tuberculin syringe, marked in hundredths of a millilitre.', 'clinical-reading'));
    // The vials of this vaccine, wherever they are kept: the trainee takes one out.
    const list = element('ul', 'vial-list');
    list.setAttribute('aria-label', `Vials of ${vaccineName(test.id)} in stock`);
    for (const vial of machine.stock.vials.filter((v) => v.testId === test.id)) {
      const inHand = (drawnHere?.vialId ?? draft.vialId) === vial.id;
      const unit = machine.stock.units.find((u) => u.id === vial.unitId);
      const label = vialLabel(vial, ageYears);
      const item = element('li', inHand ? 'vial-card vial-card-in-hand' : 'vial-card');
      item.append(element('span', 'vial-card-name', `${unit?.label ?? vial.unitId}: lot ${vial.lot}`), element('span', 'vial-card-fact', `Exp ${vial.expires}`), element('span', 'vial-card-fact', label.lines[0] ?? ''));
      if (vial.multiDose) item.append(element('span', 'vial-card-fact', `opened ${vial.multiDose.openedOn}, ${vial.multiDose.beyondUseDays} days after opening`));
      if (!drawnHere) {
        item.append(
          keyedButton(inHand ? 'In your hand' : `Take this ${vial.prefilledSyringe ? 'syringe' : 'vial'}`, `take:${vial.id}`, 'quiet', () => {
            this.#problems.afterChange(() => (draft.vialId = vial.id));
            this.#announce(`${label.title}, lot ${vial.lot}, in your hand.`);
          }),
        );
      }
      list.append(item);
    }
    children.push(list);
    const vialId = drawnHere?.vialId ?? draft.vialId;
    if (vialId === null) {
      children.push(paragraph('Take a vial to read its label and draw up.', 'station-note'));
      return step(title, children);
    }
    const reads = machine.labelReads.filter((read) => read.vialId === vialId).map((read) => read.moment);
    children.push(
      buttonGroup(
        'Read the label against the order',
        LABEL_CHECK_MOMENTS.map((moment) =>
          reads.includes(moment)
            ? element('span', 'kit-done', `✓ ${MOMENT_WORDS[moment]}`)
            : openWhen(actionButton(MOMENT_WORDS[moment], `read:${test.id}:${moment}`, () => this.#send({ type: 'vial.label-read', vialId, moment }), 'quiet'), this.#listed('vial.label-read')),
        ),
      ),
    );
    if (drawnHere) {
      children.push(paragraph(`Drawn up: ${drawnHere.volumeMl} mL with a ${drawnHere.needle.gauge} G × ${drawnHere.needle.length} in needle.`, 'clinical-reading'));
    } else {
      children.push(
        radioGroup({ legend: 'Needle gauge', key: `gauge:${test.id}`, choices: NEEDLE_GAUGES.map((g) => ({ value: String(g), label: `${g} G` })), value: draft.gauge === null ? null : String(draft.gauge), onChange: (value) => this.#problems.afterChange(() => (draft.gauge = Number(value) as NeedleGauge)) }),
        radioGroup({ legend: 'Needle length', key: `length:${test.id}`, choices: NEEDLE_LENGTHS.map((l) => ({ value: l, label: `${l} in` })), value: draft.length, onChange: (value) => this.#problems.afterChange(() => (draft.length = value)) }),
        fieldGrid(textField({ label: 'Volume to draw up', key: `volume:${test.id}`, value: draft.volume, onInput: (value) => (draft.volume = value), inputMode: 'decimal', unit: 'mL', width: 'short' })),
        buttonRow(openWhen(actionButton('Draw up the dose', `draw-up:${test.id}`, () => this.#drawUp(test.id, vialId)), this.#listed('dose.drawn-up'))),
        this.#problems.line(`draw:${test.id}`),
      );
    }
    // A skin test is not a vaccine: there is no VIS for it.
    if (!skinTest) children.push(this.#visShelf(machine, test));
    return step(title, children);
  }

  /** A skin test placed at an earlier visit, read today: the forearm as it looks and feels, and the millimetres to record. */
  #readingStep(machine: MedicationContext, test: OrderableTest): HTMLElement {
    const title = `Read: ${vaccineName(test.id)}`;
    const done = machine.readings.find((r) => r.testId === test.id);
    if (done) return step(title, [paragraph(`Recorded: ${done.mm} mm.`, 'clinical-reading tst-reading-recorded')], { done: true });
    const seen = readingFindings(machine.patient, test.id);
    const drafts = READING_DRAFTS.get(this.#ui) ?? new Map<TestId, string>();
    READING_DRAFTS.set(this.#ui, drafts);
    const look =
      seen.indurationMm > 0
        ? `On the left volar forearm, where the test was placed: a pink flush about ${seen.rednessMm} mm across, and within it a firm, raised swelling you can feel, about ${seen.indurationMm} mm across the forearm.`
        : `On the left volar forearm, where the test was placed: a faint pink flush about ${seen.rednessMm} mm across; the skin under it is soft and flat.`;
    return step(title, [
      paragraph(look, 'clinical-reading'),
      fieldGrid(textField({ label: 'Reading', key: `reading:${test.id}`, value: drafts.get(test.id) ?? '', onInput: (value) => drafts.set(test.id, value), inputMode: 'decimal', unit: 'mm', width: 'short' })),
      buttonRow(openWhen(actionButton('Record the reading', `reading:${test.id}:save`, () => this.#recordReading(test.id, drafts.get(test.id) ?? '')), this.#listed('induration.recorded'))),
      this.#problems.line(`reading:${test.id}`),
    ]);
  }

  #recordReading(testId: TestId, typed: string): ActionOutcome | null {
    const mm = typedMl(typed);
    if (mm === null) return this.#problems.show(`reading:${testId}`, 'Write the reading as a number of millimetres, for example 0.');
    return this.#send({ type: 'induration.recorded', testId, mm });
  }

  #drawUp(testId: TestId, vialId: string): ActionOutcome | null {
    const draft = this.#draft(testId);
    const volumeMl = typedMl(draft.volume);
    if (draft.gauge === null || draft.length === null) return this.#problems.show(`draw:${testId}`, 'Choose the needle’s gauge and length first.');
    if (volumeMl === null) return this.#problems.show(`draw:${testId}`, 'Write the volume in mL, for example 0.5.');
    return this.#send({ type: 'dose.drawn-up', vialId, volumeMl, needle: { gauge: draft.gauge, length: draft.length } });
  }

  /** The VIS shelf: every edition kept there, by its date, for the vaccine. */
  #visShelf(machine: MedicationContext, test: OrderableTest): HTMLElement {
    const product = injectableProduct(test.id);
    const visId = product?.visId ?? null;
    const given = machine.visGiven.find((vis) => vis.testId === test.id);
    const block = element('div', 'vis-shelf');
    const title = visId !== null ? (visEditions(visId)?.title ?? 'Vaccine Information Statement') : 'Vaccine Information Statement';
    block.append(element('h4', 'clinical-subheading', `Vaccine Information Statement: ${title}`));
    if (given) {
      block.append(paragraph(`Handed over: the edition dated ${given.edition}.`, 'clinical-reading'));
      return block;
    }
    const editions = visId !== null ? visEditionsOnShelf(visId) : [];
    block.append(
      paragraph('The shelf holds these editions; each is dated at the foot of its last page.', 'station-note'),
      buttonGroup(
        'VIS editions on the shelf',
        editions.map((edition) => openWhen(actionButton(`Hand over the VIS dated ${edition}`, `vis:${test.id}:${edition}`, () => this.#send({ type: 'vis.given', testId: test.id, edition }), 'quiet'), this.#listed('vis.given'))),
      ),
    );
    return block;
  }

  #injectionStep(machine: MedicationContext): HTMLElement | null {
    const ui = this.#ui;
    const drawn = machine.drawn;
    if (!drawn) {
      // The used syringe in hand: the sharps container is offered whenever the domain takes it.
      if (this.#listed('syringe.discarded')) {
        return step('Sharps', [
          paragraph('The used needle is in your hand.', 'clinical-reading'),
          buttonRow(
            actionButton('Straight into the sharps container, uncapped', 'discard', () => this.#send({ type: 'syringe.discarded', recapped: false })),
            actionButton('Recap the needle, then discard it', 'discard-recapped', () => this.#send({ type: 'syringe.discarded', recapped: true }), 'quiet'),
          ),
        ]);
      }
      return machine.given.length === 0 ? step('Injection', [paragraph('Draw up a dose first: the site, route and angle are chosen with the syringe in hand.', 'station-note')]) : null;
    }
    this.#placePins();
    return step(`Injection: ${vaccineName(drawn.testId)}`, [
      paragraph('Choose the site on the body (click it, or Tab to the sites and move between them with the arrow keys), or from the list.', 'station-note'),
      this.#siteChoice(),
      radioGroup({ legend: 'Route', key: 'route', choices: MEDICATION_ROUTES.map((route) => ({ value: route, label: ROUTE_WORDS[route] })), value: ui.route, onChange: (value) => this.#problems.afterChange(() => (ui.route = value)) }),
      radioGroup({ legend: 'Angle of insertion', key: 'angle', choices: INSERTION_ANGLES.map((angle) => ({ value: String(angle), label: ANGLE_WORDS[angle] })), value: ui.angle === null ? null : String(ui.angle), onChange: (value) => this.#problems.afterChange(() => (ui.angle = Number(value) as InsertionAngle)) }),
      checkbox({ label: 'Aspirate (pull back the plunger) before injecting', key: 'aspirate', checked: ui.aspirate, onChange: (checked) => (ui.aspirate = checked) }),
      buttonRow(openWhen(actionButton('Give the injection', 'inject', () => this.#inject(drawn.vialId)), this.#listed('injection.given'))),
      this.#problems.line('inject'),
    ]);
  }

  /** A skin test's site, looked at for its wheal: the button, then what the trainee sees there. */
  #whealStep(machine: MedicationContext): HTMLElement | null {
    const placed = machine.given.findLast((dose) => dose.wheal !== null);
    if (placed === undefined || placed.wheal === null || machine.syringeInHand) return null;
    const site = SITE_WORDS[placed.site].toLowerCase();
    if (!placed.wheal.checked) {
      return step('The wheal', [
        paragraph(`The test is in the ${site}.`, 'clinical-reading'),
        buttonRow(openWhen(actionButton('Look at the site for the wheal', `wheal:${placed.testId}`, () => this.#send({ type: 'wheal.checked', testId: placed.testId })), this.#listed('wheal.checked'))),
      ]);
    }
    const seen = placed.wheal.rises
      ? `A pale, raised wheal about ${WHEAL_MM_WHEN_RAISED} mm across stands up at the ${site}, with the pitted look of orange peel.`
      : `No wheal at the ${site}: the skin is flat where the needle went in.`;
    return step('The wheal', [paragraph(seen, 'clinical-reading wheal-seen')], { done: placed.wheal.rises });
  }

  /** The body outline with its site buttons, and beside it the same sites as a list. */
  #siteChoice(): HTMLElement {
    const ui = this.#ui;
    const layout = element('div', 'injection-layout');
    layout.append(this.#sitePicker, radioGroup({ legend: 'Site', key: 'site', choices: INJECTION_SITES.map((site) => ({ value: site, label: SITE_WORDS[site] })), value: ui.site, onChange: (value) => this.#pickSite(value), column: true }));
    return layout;
  }

  /** The site buttons over the body outline: one per site, where it is drawn; the arrow keys move between them. */
  #placePins(): void {
    const machine = this.#machine;
    const patient = this.#context.patient;
    if (!machine || !patient) return;
    const { sites } = bodyGeometry(bodyBuild(ageInMonths(patient.dateOfBirth, machine.scenario.day.date)));
    const current = this.#ui.site ?? sites[0]?.site ?? null;
    const pins = sites.map((point) => {
      const pin = keyedButton('', `site-pin:${point.site}`, 'plain', () => this.#pickSite(point.site), 'site-pin');
      pin.setAttribute('aria-label', SITE_WORDS[point.site]);
      pin.setAttribute('aria-pressed', String(this.#ui.site === point.site));
      pin.title = SITE_WORDS[point.site];
      pin.style.left = `${(point.x / BODY_SIZE.width) * 100}%`;
      pin.style.top = `${(point.y / BODY_SIZE.height) * 100}%`;
      // One site is the tab stop; the arrow keys go round the others.
      pin.tabIndex = point.site === current ? 0 : -1;
      pin.addEventListener('keydown', (event) => this.#pinKey(event, point.site, sites.map((s) => s.site)));
      return pin;
    });
    this.#sitePicker.replaceChildren(this.#body.host, ...pins);
    this.#sitePicker.setAttribute('role', 'group');
    this.#sitePicker.setAttribute('aria-label', 'Injection sites on the body outline');
    this.#body.refit();
  }

  #pinKey(event: KeyboardEvent, site: InjectionSite, order: readonly InjectionSite[]): void {
    const delta = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    if (delta === 0) return;
    event.preventDefault();
    const next = order[(order.indexOf(site) + delta + order.length) % order.length];
    if (next === undefined) return;
    for (const pin of this.#sitePicker.querySelectorAll<HTMLButtonElement>('.site-pin')) pin.tabIndex = pin.dataset.key === `site-pin:${next}` ? 0 : -1;
    this.#sitePicker.querySelector<HTMLButtonElement>(`[data-key="site-pin:${next}"]`)?.focus();
    this.#announce(SITE_WORDS[next]);
  }

  #pickSite(site: InjectionSite): void {
    this.#problems.afterChange(() => (this.#ui.site = site));
    this.#announce(`Site chosen: ${SITE_WORDS[site]}.`);
  }

  #inject(vialId: string): ActionOutcome | null {
    const ui = this.#ui;
    if (ui.site === null || ui.route === null || ui.angle === null) return this.#problems.show('inject', 'Choose the site, the route and the angle first.');
    const outcome = this.#send({ type: 'injection.given', vialId, site: ui.site, route: ui.route, angle: ui.angle, aspirated: ui.aspirate });
    if (outcome.accepted) {
      ui.site = null;
      ui.route = null;
      ui.angle = null;
      ui.aspirate = false;
    }
    return outcome;
  }

  #recordStep(machine: MedicationContext, testId: TestId): HTMLElement {
    const recorded = machine.recorded.find((entry) => entry.testId === testId);
    const registry = machine.scenario.clinic.immunizationRegistry;
    const reported = machine.registryReported.includes(testId);
    const children: (Node | null)[] = [];
    const skinTest = isSkinTest(testId);
    if (recorded) {
      const r = recorded.record;
      const rows: [string, string][] = [
        ['Date given', r.date],
        [skinTest ? 'Product' : 'Vaccine', r.vaccine],
        ['Manufacturer', r.manufacturer],
        ['Lot', r.lot],
        ['Site', SITE_WORDS[r.site]],
        ['Route', ROUTE_WORDS[r.route]],
        ['Dose', `${r.doseMl} mL`],
      ];
      if (skinTest) rows.push(['Reading due', r.readingDue ?? '']);
      else rows.push(['VIS edition', r.visEdition], ['VIS given on', r.visGivenOn]);
      rows.push(['Given by', `${r.administeredBy.name}, ${r.administeredBy.title}`]);
      children.push(factList(rows, 'immunization-record'));
    } else {
      children.push(this.#recordForm(testId));
    }
    // A skin test is not reported to the immunization registry.
    if (registry !== undefined && !skinTest) {
      children.push(
        reported
          ? paragraph(`Reported to ${registry}.`, 'clinical-reading')
          : buttonRow(openWhen(actionButton(`Enter the dose in ${registry}`, `registry:${testId}`, () => this.#send({ type: 'registry.reported', testId }), 'quiet'), this.#listed('registry.reported'))),
      );
    }
    return step(`Record: ${vaccineName(testId)}`, children, { done: recorded !== undefined && (registry === undefined || skinTest || reported) });
  }

  #recordForm(testId: TestId): HTMLElement {
    const draft = this.#draft(testId).record;
    const skinTest = isSkinTest(testId);
    const form = element('fieldset', 'record-form');
    form.append(element('legend', 'kit-field-label', `${skinTest ? 'Skin test record' : 'Immunization record'}: ${vaccineName(testId)}`));
    const field = (label: string, name: keyof RecordDraft, options: { placeholder?: string; width?: 'short' | 'wide'; unit?: string; inputMode?: 'decimal' } = {}) =>
      textField({ label, key: `record:${testId}:${name}`, value: draft[name], onInput: (value) => ((draft as unknown as Record<string, string>)[name] = value), ...options });
    form.append(
      fieldGrid(
        field('Date given', 'date', { placeholder: 'YYYY-MM-DD' }),
        field(skinTest ? 'Product' : 'Vaccine', 'vaccine', { width: 'wide' }),
        field('Manufacturer', 'manufacturer'),
        field('Lot number', 'lot', { width: 'short' }),
        selectField({ label: 'Site', key: `record:${testId}:site`, choices: INJECTION_SITES.map((site) => ({ value: site, label: SITE_WORDS[site] })), value: draft.site, blank: 'Choose', onChange: (value) => (draft.site = value) }),
        selectField({ label: 'Route', key: `record:${testId}:route`, choices: MEDICATION_ROUTES.map((route) => ({ value: route, label: ROUTE_WORDS[route] })), value: draft.route, blank: 'Choose', onChange: (value) => (draft.route = value) }),
        field('Dose', 'dose', { unit: 'mL', width: 'short', inputMode: 'decimal' }),
        ...(skinTest
          ? [field('Reading due (date and time)', 'readingDue', { placeholder: 'YYYY-MM-DD HH:MM' })]
          : [field('VIS edition date', 'visEdition', { placeholder: 'YYYY-MM-DD' }), field('VIS given on', 'visGivenOn', { placeholder: 'YYYY-MM-DD' })]),
        field('Given by (name)', 'name'),
        field('Title', 'title', { placeholder: 'CMA, RMA…' }),
      ),
      buttonRow(openWhen(actionButton('Save the record', `record:${testId}:save`, () => this.#saveRecord(testId)), this.#listed('administration.recorded'))),
    );
    const problem = this.#problems.line(`record:${testId}`);
    if (problem) form.append(problem);
    return form;
  }

  #saveRecord(testId: TestId): ActionOutcome | null {
    const draft = this.#draft(testId).record;
    const doseMl = typedMl(draft.dose);
    if (draft.site === '' || draft.route === '') return this.#problems.show(`record:${testId}`, 'Choose the site and the route on the record.');
    if (doseMl === null) return this.#problems.show(`record:${testId}`, 'Write the dose in mL, for example 0.5.');
    return this.#send({
      type: 'administration.recorded',
      testId,
      record: {
        date: draft.date.trim(),
        vaccine: draft.vaccine.trim(),
        manufacturer: draft.manufacturer.trim(),
        lot: draft.lot.trim(),
        site: draft.site,
        route: draft.route,
        doseMl,
        visEdition: draft.visEdition.trim(),
        visGivenOn: draft.visGivenOn.trim(),
        administeredBy: { name: draft.name.trim(), title: draft.title.trim() },
        ...(isSkinTest(testId) ? { readingDue: draft.readingDue.trim() } : {}),
      },
    });
  }

  #timerText(startedAt: number): string {
    const left = Math.max(0, Math.ceil(startedAt + OBSERVATION_MINUTES - this.#context.session.minute));
    return left > 0 ? `Observation: ${left} clinic min left of ${OBSERVATION_MINUTES}.` : `Observation: ${OBSERVATION_MINUTES} min have passed.`;
  }

  #observationStep(machine: MedicationContext): HTMLElement {
    const children: (Node | null)[] = [];
    const patientId = machine.patient.id;
    const started = this.#context.session.log.findLast((entry) => entry.patientId === patientId && entry.action.type === 'observation.started');
    if (machine.observation === 'running' || machine.observation === 'elapsed') {
      const timer = paragraph(this.#timerText(started?.minute ?? this.#context.session.minute), 'clinical-reading observation-timer');
      timer.dataset.observationStarted = String(started?.minute ?? this.#context.session.minute);
      timer.setAttribute('role', 'timer');
      children.push(paragraph('The patient sits in the observation chair, watched.', 'clinical-reading'), timer);
    } else if (machine.observation === 'ended') {
      children.push(paragraph('Observation over.', 'clinical-reading'));
    }
    if (machine.reaction === 'syncope' && machine.laidDown) children.push(paragraph('The patient is lying down, legs raised, and coming round.', 'clinical-reading'));
    if (machine.reaction === 'anaphylaxis-sign' && machine.providerAlerted) children.push(paragraph('The provider is with the patient.', 'clinical-reading'));
    children.push(
      buttonRow(
        openWhen(actionButton('Lay the patient down, protected from falling', 'laid-down', () => this.#send({ type: 'patient.laid-down' }), 'danger'), this.#listed('patient.laid-down')),
        // The workflow lists the alert whenever it takes one (and judges an unneeded one), so the button never tells the trainee whether it is needed.
        openWhen(actionButton('Alert the provider now', 'alert-provider', () => this.#send({ type: 'provider.alerted' }), 'danger'), this.#listed('provider.alerted')),
      ),
      buttonRow(
        machine.observation === 'not-started' ? openWhen(actionButton('Seat the patient in the observation chair', 'observe', () => this.#send({ type: 'observation.started' })), this.#listed('observation.started')) : null,
        machine.observation === 'running' || machine.observation === 'elapsed' ? openWhen(actionButton('End the observation', 'observation-end', () => this.#send({ type: 'observation.ended' }), 'quiet'), this.#listed('observation.ended')) : null,
        openWhen(actionButton('Finish: back to the visit', 'finish', () => this.#send({ type: 'medication.finished' })), this.#listed('medication.finished')),
      ),
    );
    return step('After the dose', children, { done: machine.observation === 'ended' });
  }

  #announce(message: string): void {
    this.#announcer.textContent = message;
  }



}

/** The medication station, in the exam room, for patients with a vaccine ordered. */
export const medicationStation: Station = {
  machineId: 'medication',
  title: 'Injection chair',
  open(host, context): StationInstance {
    return new MedicationPanel(host, context);
  },
};
