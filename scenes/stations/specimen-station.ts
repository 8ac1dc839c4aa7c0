/**
 * The lab station: the requisition against the orders, hand hygiene and gloves, patient
 * identification, venipuncture with the tube tray (tubes chosen from the supply drawer and
 * put in draw order by drag or keyboard, drawn in Phaser with cap and additive), the
 * tourniquet's clock, mixing, sharps and bandage, the label of each container, capillary
 * puncture, urine and swabs, point-of-care kits with lot and expiry, controls and a read
 * timer in clinic minutes, the provider alert and sending the specimens; when the
 * lab rejects a tube or a microtube, what it rejected and why, above the steps to collect again.
 *
 * Every choice a real MA has is offered (pre-labelling, an expired kit, skipping the
 * controls among them); the specimen machine judges.
 */
import type { TraineeActionType } from '../../src/clinic/trainee-action';
import type { OrderableTest, TestId } from '../../src/reference/tests';
import { isMicrotubeId, microtube, type TubeId } from '../../src/reference/order-of-draw';
import type { ScenarioPatient } from '../../src/scenario/scenario.schema';
import type { ActionOutcome, Session } from '../../src/session/session';
import type { ContainerId, VenipunctureDevice } from '../../src/workflows/specimen/specimen.actions';
import { lotControlledToday, orderedTests, shownResult, type SpecimenContext } from '../../src/workflows/specimen/specimen.machine';
import { controlLevels, controlsAsExpected, TOURNIQUET_SECONDS } from '../../src/workflows/specimen/specimen.kits';
import { bandageBlocker, punctureOrdered, sharpsBlocker, testRunBlocker, venousStage } from '../../src/workflows/specimen/specimen.blockers';
import { element } from '../dom';
import { actionButton, buttonGroup, buttonRow, checkbox, checkboxGroup, factList, fieldGrid, greyedWhy, isListed, keyedButton, liveRegion, openWhen, paragraph, radioGroup, rowStatus, selectField, step, textField, StepProblem } from './kit/controls';
import { redraw } from './kit/redraw';
import { skipAheadBlocker } from '../day-runner';
import { emptyIdentifyDraft, identificationText, identifyAction, identifyControls, type IdentifyDraft } from './identify-controls';
import { mountInstrumentGame, type InstrumentGame } from './instrument-game';
import { besideChart, patientCard } from './patient-card';
import {
  clinicDateText,
  clockText,
  codeLines,
  DATE_PLACEHOLDER,
  DEVICE_CHOICES,
  dropItem,
  EMPTY_LABEL,
  labelFromDraft,
  type LabelDraft,
  moveItem,
  readMinutesLeft,
  readWaitBlocker,
  SUPPLY_MICROTUBES,
  SUPPLY_TUBES,
  emptyTrayProblem,
  supplyDrawerInReach,
  tourniquetClockView,
  tubeName,
  typedResult,
} from './specimen-choices';
import type { Station, StationContext, StationHost, StationInstance } from './station';
import { TRAY_SIZE, TubeTrayScene } from './tube-tray-scene';
import { displayName, fullName } from '../../src/domain/patient';
import { chartedPatient } from '../../src/workflows/specimen/labels-and-sending';
import './clinical-stations.css';

/** Units the analysers show their numbers in. */
const RESULT_UNITS: Partial<Record<TestId, string>> = { 'a1c-poc': '%', 'glucose-poc': 'mg/dL' };

interface LabUi {
  readonly identify: IdentifyDraft;
  order: TubeId[];
  picked: TubeId | null;
  device: VenipunctureDevice | null;
  readonly inversions: Map<TubeId, number>;
  readonly labels: Map<ContainerId, LabelDraft>;
  readonly results: Map<TestId, string>;
  problem: string;
  /** The lab's last verdict this bench has caught up with (the machine's `rejected`, by identity). */
  verdictSeen: SpecimenContext['rejected'] | null;
}

/**
 * The bench of each patient of a day: the tray, the chosen needle, the labels being written.
 * It outlives the panel, so a trainee who closes the lab station (to answer the phone, say)
 * and comes back finds the tray as they left it.
 */
const BENCHES = new WeakMap<Session, Map<string, LabUi>>();

function freshBench(): LabUi {
  return { identify: emptyIdentifyDraft(), order: [], picked: null, device: null, inversions: new Map(), labels: new Map(), results: new Map(), problem: '', verdictSeen: null };
}

function benchOf(context: StationContext): LabUi {
  if (context.target.kind !== 'patient') return freshBench();
  const day = BENCHES.get(context.session) ?? new Map<string, LabUi>();
  BENCHES.set(context.session, day);
  const bench = day.get(context.target.patientId) ?? freshBench();
  day.set(context.target.patientId, bench);
  bench.picked = null;
  bench.problem = '';
  return bench;
}

function containerLabel(container: ContainerId): string {
  if (container === 'urine-cup') return 'Urine cup';
  return isMicrotubeId(container) ? microtube(container).displayName : tubeName(container);
}

class SpecimenPanel implements StationInstance {
  readonly #host: StationHost;
  readonly #content = element('div', 'clinical-content');
  readonly #tray: InstrumentGame;
  readonly #trayScene = new TubeTrayScene();
  readonly #announcer = liveRegion();
  readonly #ui: LabUi;
  readonly #problems = new StepProblem(() => this.#ui, () => this.#render());
  #context: StationContext;
  #shownSnapshot: unknown = null;

  constructor(host: StationHost, context: StationContext) {
    this.#host = host;
    this.#context = context;
    this.#ui = benchOf(context);
    this.#tray = mountInstrumentGame(this.#trayScene, { ...TRAY_SIZE, className: 'tube-tray', label: 'The tube tray, in draw order' });
    const root = element('div', 'clinical-station specimen-station');
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
    // The clinic clock moved: only the read timers change.
    for (const node of this.#content.querySelectorAll<HTMLElement>('[data-read-started]')) {
      node.textContent = this.#readTimerText(Number(node.dataset.readStarted), Number(node.dataset.readMinutes));
    }
    for (const node of this.#content.querySelectorAll<HTMLElement>('[data-wait-ready]')) {
      node.textContent = `Wait for the timer (${Math.max(0, Math.ceil(Number(node.dataset.waitReady) - context.session.minute))} min)`;
    }
  }

  dispose(): void {
    this.#tray.destroy();
  }

  get #machine(): SpecimenContext | null {
    return (this.#context.snapshot?.context as SpecimenContext | undefined) ?? null;
  }

  #send(action: Parameters<StationContext['send']>[0]): ActionOutcome {
    return this.#context.send(action);
  }

  /** Whether the domain lists the action for the patient now: the step's controls open only then. */
  #listed(type: TraineeActionType): boolean {
    return isListed(this.#context, type);
  }

  #render(): void {
    const context = this.#context;
    const machine = this.#machine;
    const patient = context.patient;
    this.#shownSnapshot = context.snapshot;
    if (!patient || !machine || !context.snapshot?.matches('collecting')) {
      redraw(this.#content, () => [paragraph(context.snapshot?.matches('awaitingLab') ? 'The specimens are on their way to the lab.' : 'Nobody is at the lab station now.', 'station-note')]);
      return;
    }
    this.#host.setSubtitle(`${displayName(patient)} · specimens and tests`);
    this.#catchUpWithLab(machine);
    const tests = orderedTests(machine);
    const venous = tests.some((t) => t.kind === 'venous-lab') || machine.tubesNeeded.length > 0;
    this.#trayScene.show({
      order: this.#ui.order,
      picked: this.#ui.picked,
      drawn: machine.drawn.map((d) => ({ tube: d.tube, inversions: d.inversions })),
      labelled: machine.labels.map((l) => l.container).filter((c): c is TubeId => c !== 'urine-cup' && !isMicrotubeId(c)),
    });
    redraw(this.#content, () => [
      patientCard(context.session.scenario, patient, context.patientView),
      this.#rejectionStep(machine),
      this.#requisitionStep(machine, tests),
      this.#contactStep(machine, patient),
      ...(venous ? [this.#venipunctureStep(machine), this.#mixingStep(machine)] : []),
      ...(tests.some((t) => t.kind === 'capillary-poc' || t.kind === 'capillary-lab') ? [this.#capillaryStep(machine, tests)] : []),
      ...(tests.some((t) => t.kind === 'urine') ? [this.#urineStep(machine, tests)] : []),
      ...tests.filter((t) => t.kind === 'swab').map((t) => this.#swabStep(machine, t)),
      this.#labelStep(machine, tests, patient),
      ...tests.filter((t) => t.cliaWaivedPointOfCare).map((t) => this.#kitStep(machine, t)),
      ...tests.filter((t) => t.kind === 'procedure').map((t) => this.#procedureStep(machine, t)),
      this.#closingStep(machine),
    ]);
  }

  /**
   * A new verdict from the lab: each container it rejected is collected again as a new
   * one, so its mixing count and its label start blank, not with the rejected one's.
   */
  #catchUpWithLab(machine: SpecimenContext): void {
    const ui = this.#ui;
    if (ui.verdictSeen === machine.rejected) return;
    ui.verdictSeen = machine.rejected;
    for (const { container } of machine.rejected) {
      ui.labels.delete(container);
      if (!isMicrotubeId(container)) ui.inversions.delete(container);
    }
  }

  #rejectionStep(machine: SpecimenContext): HTMLElement | null {
    if (machine.rejected.length === 0) return null;
    return step(
      'Rejected by the lab',
      machine.rejected.map(({ container, reason }) =>
        paragraph(
          `The lab rejected the ${containerLabel(container)}: ${reason}. ${isMicrotubeId(container) ? 'Puncture the skin again with a new lancet, fill a new microtube' : 'Draw a new tube'}, label it at the patient’s side and send it.`,
          'kit-problem',
        ),
      ),
      { className: 'lab-rejection' },
    );
  }

  #requisitionStep(machine: SpecimenContext, tests: readonly OrderableTest[]): HTMLElement {
    const orders = element('ul', 'clinical-list');
    orders.setAttribute('aria-label', 'Orders in the chart');
    orders.append(...tests.map((t) => element('li', undefined, `${t.displayName} — ${codeLines(t).join('; ')}`)));
    const requisition = element('ul', 'clinical-list');
    requisition.setAttribute('aria-label', 'Requisition');
    requisition.append(
      ...tests.map((t) => {
        const diagnoses = machine.patient.orders.find((o) => o.testId === t.id)?.diagnoses ?? [];
        return element('li', undefined, `${t.displayName}${diagnoses.length > 0 ? ` (diagnosis ${diagnoses.join(', ')})` : ''}`);
      }),
    );
    const columns = element('div', 'clinical-columns');
    const left = element('div');
    left.append(element('h4', 'clinical-subheading', 'Orders in the chart'), orders);
    const right = element('div');
    right.append(element('h4', 'clinical-subheading', 'Requisition'), requisition);
    columns.append(left, right);
    return step(
      'Requisition and orders',
      [columns, machine.requisitionChecked ? paragraph('Requisition checked against the orders.') : buttonRow(openWhen(actionButton('The requisition matches the orders', 'requisition', () => this.#send({ type: 'requisition.checked' })), this.#listed('requisition.checked')))],
      { done: machine.requisitionChecked },
    );
  }

  #contactStep(machine: SpecimenContext, patient: ScenarioPatient): HTMLElement {
    const children: (Node | null)[] = [
      buttonRow(
        openWhen(actionButton(machine.handsCleaned ? 'Clean hands again' : 'Clean hands (alcohol rub)', 'hands', () => this.#send({ type: 'hands.cleaned' }), machine.handsCleaned ? 'quiet' : 'primary'), this.#listed('hands.cleaned')),
        // Done, the button's place says so: a line added under the row moved the identification under the pointer.
        machine.glovesDonned ? rowStatus('Gloves on.') : openWhen(actionButton('Put on gloves', 'gloves', () => this.#send({ type: 'gloves.donned' })), this.#listed('gloves.donned')),
      ),
    ];
    if (machine.identification !== null) {
      children.push(paragraph(identificationText(machine.identification, patient, machine.scenario.day.date)));
    } else {
      children.push(...identifyControls(this.#ui.identify, patient, machine.scenario.day.date), buttonRow(openWhen(actionButton('Identify the patient', 'identify', () => this.#identify()), this.#listed('patient.identified'))), this.#problems.line('identify'));
    }
    return step('Hands, gloves and identification', children, { done: machine.handsCleaned && machine.glovesDonned && machine.identification !== null });
  }

  #identify(): ActionOutcome | null {
    const action = identifyAction(this.#ui.identify);
    return action === null ? this.#problems.show('identify', 'Choose how you ask and what the patient is identified by.') : this.#send(action);
  }

  #venipunctureStep(machine: SpecimenContext): HTMLElement {
    const ui = this.#ui;
    const children: (Node | null)[] = [];
    // Where the venipuncture stands, as the domain lists what may be done next.
    const tourniquetOn = this.#listed('needle.inserted');
    const needleIn = this.#listed('tube.drawn');
    const needleOut = !tourniquetOn && !needleIn && this.#listed('site.bandaged') && !machine.capillaryOpen;
    if (supplyDrawerInReach({ tourniquetOn, needleIn, needleOut, tubesDrawn: machine.drawn.length })) {
      children.push(
        checkboxGroup(
          'Supply drawer: set out the tubes on the tray before the tourniquet goes on',
          SUPPLY_TUBES.map((tube) =>
            checkbox({
              label: tubeName(tube),
              key: `supply:${tube}`,
              checked: ui.order.includes(tube),
              onChange: (checked) =>
                this.#problems.afterChange(() => {
                  ui.order = checked ? [...ui.order.filter((t) => t !== tube), tube] : ui.order.filter((t) => t !== tube);
                  if (!checked && ui.picked === tube) ui.picked = null;
                }),
            }),
          ),
        ),
      );
    }
    children.push(this.#tray.host, this.#orderList());
    if (!needleIn && !needleOut && machine.drawn.length === 0) children.push(this.#antisepsis(machine, 'venous'));
    children.push(this.#tourniquetClock(machine));
    if (tourniquetOn) {
      children.push(
        radioGroup({ legend: 'Needle', key: 'device', choices: DEVICE_CHOICES, value: ui.device, onChange: (value) => (ui.device = value) }),
        buttonRow(
          openWhen(actionButton('Insert the needle', 'needle-in', () => this.#insertNeedle()), this.#listed('needle.inserted')),
          openWhen(actionButton('Release the tourniquet', 'tourniquet-off', () => this.#send({ type: 'tourniquet.released' }), 'quiet'), this.#listed('tourniquet.released')),
        ),
        this.#problems.line('needle'),
      );
    } else if (needleIn) {
      const next = this.#nextTube(machine);
      children.push(
        buttonRow(
          next === null ? null : openWhen(actionButton(`Fill the next tube: ${tubeName(next)}`, 'fill', () => this.#send({ type: 'tube.drawn', tube: next })), this.#listed('tube.drawn')),
          machine.tourniquetOn ? openWhen(actionButton('Release the tourniquet', 'tourniquet-off', () => this.#send({ type: 'tourniquet.released' }), 'quiet'), this.#listed('tourniquet.released')) : null,
          openWhen(actionButton('Withdraw the needle', 'needle-out', () => this.#send({ type: 'needle.withdrawn' }), 'quiet'), this.#listed('needle.withdrawn')),
        ),
        next === null ? paragraph('Every tube on the tray is filled.', 'clinical-reading') : null,
      );
    } else if (needleOut) {
      children.push(paragraph('Needle out; gauze on the site.', 'clinical-reading'));
    } else {
      children.push(buttonRow(openWhen(actionButton('Apply the tourniquet', 'tourniquet-on', () => this.#applyTourniquet()), this.#listed('tourniquet.applied'))), this.#problems.line('tourniquet'));
    }
    if (machine.drawn.length > 0) {
      children.push(paragraph(`Filled: ${machine.drawn.map((d) => `${tubeName(d.tube)} at ${clockText(d.atMinute)}`).join('; ')}.`, 'clinical-reading'));
    }
    return step('Venipuncture', children);
  }

  /**
   * The alcohol on the site of the next puncture: rubbed on and left to air-dry, or rubbed on
   * and the puncture made straight away. Both are offered; the workflow judges at the puncture.
   */
  #antisepsis(machine: SpecimenContext, site: 'venous' | 'capillary'): HTMLElement {
    const where = site === 'venous' ? 'the vein' : 'the fingertip';
    if (machine.siteDisinfected !== null) {
      return paragraph(machine.siteDisinfected === 'dry' ? `The site over ${where} is cleaned with 70% alcohol and dry.` : `The site over ${where} is cleaned with 70% alcohol; the alcohol is still wet.`, 'clinical-reading');
    }
    return buttonGroup(`Skin antisepsis over ${where}`, [
      openWhen(actionButton('Clean with a 70% alcohol pad and let it air-dry', `${site}-antisepsis:dry`, () => this.#send({ type: 'site.disinfected', airDried: true }), 'quiet'), this.#listed('site.disinfected')),
      openWhen(actionButton('Clean with a 70% alcohol pad and go straight on', `${site}-antisepsis:wet`, () => this.#send({ type: 'site.disinfected', airDried: false }), 'quiet'), this.#listed('site.disinfected')),
    ]);
  }

  #applyTourniquet(): ActionOutcome | null {
    const problem = emptyTrayProblem(this.#ui.order, 'tourniquet');
    return problem === null ? this.#send({ type: 'tourniquet.applied' }) : this.#problems.show('tourniquet', problem);
  }

  #insertNeedle(): ActionOutcome | null {
    const ui = this.#ui;
    const problem = emptyTrayProblem(ui.order, 'needle');
    if (problem !== null) return this.#problems.show('needle', problem);
    return ui.device === null ? this.#problems.show('needle', 'Choose the needle first.') : this.#send({ type: 'needle.inserted', device: ui.device });
  }

  /** The first tube on the tray not yet filled (a tube on the tray twice is filled twice). */
  #nextTube(machine: SpecimenContext): TubeId | null {
    const filled = machine.drawn.map((d) => d.tube);
    const left = [...this.#ui.order];
    for (const tube of filled) {
      const at = left.indexOf(tube);
      if (at >= 0) left.splice(at, 1);
    }
    return left[0] ?? null;
  }

  #tourniquetClock(machine: SpecimenContext): HTMLElement {
    const wrapper = element('div', 'tourniquet-clock');
    const limit = TOURNIQUET_SECONDS.limit;
    const clock = tourniquetClockView({ on: machine.tourniquetOn, seconds: machine.tourniquetSeconds }, limit);
    const label = element('span', 'kit-field-label', clock.label);
    label.id = 'tourniquet-clock-label';
    const bar = element('progress');
    bar.max = clock.max;
    bar.value = clock.seconds;
    bar.setAttribute('aria-labelledby', label.id);
    wrapper.append(label, bar, element('span', 'kit-unit', `limit ${limit} s`));
    return wrapper;
  }

  #orderList(): HTMLElement {
    const ui = this.#ui;
    const wrapper = element('div', 'draw-order');
    const heading = element('h4', 'clinical-subheading', 'Draw order');
    heading.id = 'draw-order-heading';
    wrapper.append(heading, paragraph('Drag a tube, or focus it and press Space to pick it up, the arrow keys to move it, Space to put it down.', 'station-note'));
    const list = element('ol', 'draw-order-list');
    list.setAttribute('aria-labelledby', heading.id);
    if (ui.order.length === 0) wrapper.append(paragraph('No tubes on the tray.', 'clinical-reading'));
    ui.order.forEach((tube, index) => {
      const item = element('li', 'draw-order-item');
      item.draggable = true;
      item.addEventListener('dragstart', (event) => {
        event.dataTransfer?.setData('text/plain', tube);
        item.classList.add('dragging');
      });
      item.addEventListener('dragend', () => item.classList.remove('dragging'));
      item.addEventListener('dragover', (event) => event.preventDefault());
      item.addEventListener('drop', (event) => {
        event.preventDefault();
        const dragged = ui.order.find((t) => t === event.dataTransfer?.getData('text/plain'));
        if (dragged === undefined) return;
        this.#problems.afterChange(() => (ui.order = dropItem(ui.order, dragged, ui.order.indexOf(tube))));
        this.#announce(`${tubeName(dragged)} is now number ${ui.order.indexOf(dragged) + 1} of ${ui.order.length}.`);
      });
      const picked = ui.picked === tube;
      const handle = keyedButton(`${index + 1}. ${tubeName(tube)}${picked ? ' — picked up' : ''}`, `order:${tube}`, 'plain', () => {
        this.#problems.afterChange(() => (ui.picked = picked ? null : tube));
        this.#announce(picked ? `${tubeName(tube)} put down at number ${index + 1}.` : `${tubeName(tube)} picked up. Use the arrow keys to move it.`);
      }, 'draw-order-handle');
      handle.setAttribute('aria-pressed', String(picked));
      handle.addEventListener('keydown', (event) => this.#orderKey(event, tube));
      item.append(handle);
      list.append(item);
    });
    wrapper.append(list);
    return wrapper;
  }

  #orderKey(event: KeyboardEvent, tube: TubeId): void {
    const ui = this.#ui;
    if (ui.picked !== tube) return;
    const delta = event.key === 'ArrowUp' || event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowDown' || event.key === 'ArrowRight' ? 1 : 0;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.#problems.afterChange(() => (ui.picked = null));
      return;
    }
    if (delta === 0) return;
    event.preventDefault();
    this.#problems.afterChange(() => (ui.order = moveItem(ui.order, ui.order.indexOf(tube), delta)));
    this.#announce(`${tubeName(tube)} is now number ${ui.order.indexOf(tube) + 1} of ${ui.order.length}.`);
  }

  #mixingStep(machine: SpecimenContext): HTMLElement | null {
    const ui = this.#ui;
    const unmixed = machine.drawn.filter((d) => d.inversions === null && d.tube !== 'discard');
    const mixed = machine.drawn.filter((d) => d.inversions !== null);
    if (unmixed.length === 0 && mixed.length === 0) return null;
    const children: (Node | null)[] = [];
    for (const d of unmixed) {
      const count = ui.inversions.get(d.tube) ?? 0;
      children.push(
        buttonRow(
          keyedButton(`Invert the ${tubeName(d.tube)} once (${count} so far)`, `invert:${d.tube}`, 'quiet', () => this.#problems.afterChange(() => ui.inversions.set(d.tube, count + 1))),
          openWhen(actionButton(`Done mixing: ${count} inversion${count === 1 ? '' : 's'}`, `mixed:${d.tube}`, () => this.#send({ type: 'tube.inverted', tube: d.tube, times: count }), 'quiet'), this.#listed('tube.inverted')),
        ),
      );
    }
    for (const d of mixed) children.push(paragraph(`${tubeName(d.tube)}: mixed, ${d.inversions} inversions.`, 'clinical-reading'));
    return step('Mix the tubes', children);
  }

  #capillaryStep(machine: SpecimenContext, tests: readonly OrderableTest[]): HTMLElement {
    const children: (Node | null)[] = machine.capillaryPunctured
      ? [paragraph(machine.capillaryOpen ? 'Skin punctured; first drop wiped away, the site is open.' : 'Skin puncture bandaged.')]
      : [this.#antisepsis(machine, 'capillary'), buttonRow(openWhen(actionButton('Puncture the skin (lancet)', 'capillary', () => this.#send({ type: 'capillary.punctured' })), this.#listed('capillary.punctured')))];
    if (tests.some((t) => t.kind === 'capillary-lab')) {
      // Every microtube on the tray is offered, in the tray's own order; the machine judges the order filled.
      for (const id of machine.accepted.filter(isMicrotubeId)) children.push(paragraph(`${microtube(id).displayName}: accepted by the lab.`, 'clinical-reading'));
      for (const m of machine.microtubes) children.push(paragraph(`${microtube(m.tubeId).displayName}: filled at ${clockText(m.atMinute)}.`, 'clinical-reading'));
      const unfilled = SUPPLY_MICROTUBES.filter((m) => !machine.microtubes.some((f) => f.tubeId === m.id) && !machine.accepted.includes(m.id));
      if (machine.capillaryOpen && unfilled.length > 0) {
        children.push(buttonRow(...unfilled.map((m) => openWhen(actionButton(`Fill: ${m.label}`, `microtube:${m.id}`, () => this.#send({ type: 'microtube.filled', tubeId: m.id }), 'quiet'), this.#listed('microtube.filled')))));
      }
    }
    return step('Capillary puncture', children, { done: machine.capillaryPunctured && !machine.capillaryOpen });
  }

  #urineStep(machine: SpecimenContext, tests: readonly OrderableTest[]): HTMLElement {
    const names = tests.filter((t) => t.kind === 'urine').map((t) => t.displayName).join(', ');
    if (machine.urineCollectedAt !== null) return step('Urine', [paragraph(`Urine cup back at ${clockText(machine.urineCollectedAt)} for ${names}.`)], { done: true });
    return step('Urine', [
      paragraph(`Ordered: ${names}.`),
      buttonRow(
        openWhen(actionButton('Give the cup with clean-catch instructions (clean, start, then catch midstream)', 'urine-clean', () => this.#send({ type: 'urine.instructed', cleanCatch: true })), this.#listed('urine.instructed')),
        openWhen(actionButton('Give the cup: “Please fill this in the restroom”', 'urine-plain', () => this.#send({ type: 'urine.instructed', cleanCatch: false }), 'quiet'), this.#listed('urine.instructed')),
      ),
    ]);
  }

  #swabStep(machine: SpecimenContext, test: OrderableTest): HTMLElement {
    const site = test.specimen === 'throat-swab' ? 'throat' : 'nasal';
    const done = machine.swabs.includes(test.id);
    return step(`Swab: ${test.displayName}`, [done ? paragraph(`The ${site} swab is collected.`) : buttonRow(openWhen(actionButton(`Collect the ${site} swab`, `swab:${test.id}`, () => this.#send({ type: 'swab.collected', testId: test.id })), this.#listed('swab.collected')))], { done });
  }

  #labelStep(machine: SpecimenContext, tests: readonly OrderableTest[], patient: ScenarioPatient): HTMLElement | null {
    const containers = new Set<ContainerId>([...this.#ui.order.filter((t) => t !== 'discard'), ...machine.drawn.map((d) => d.tube).filter((t) => t !== 'discard')]);
    for (const m of machine.microtubes) containers.add(m.tubeId);
    if (tests.some((t) => t.kind === 'urine')) containers.add('urine-cup');
    if (containers.size === 0) return null;
    const charted = chartedPatient(machine);
    const forms = element('div', 'label-forms');
    const children: Node[] = [paragraph(`Labels for ${displayName(patient)}. Clinic date ${clinicDateText(this.#context.session.scenario.day.date)}.`, 'station-note'), besideChart(forms, { name: fullName(charted.name), dateOfBirth: charted.dateOfBirth, mrn: charted.mrn })];
    for (const container of containers) {
      const written = machine.labels.find((l) => l.container === container);
      if (written) {
        const l = written.label;
        forms.append(paragraph(`${containerLabel(container)}: “${l.fullName} · ${l.secondIdentifier.value} · ${clockText(((l.collectedAtMinute % 1440) + 1440) % 1440)} · ${l.initials}”`, 'clinical-reading'));
        continue;
      }
      const draft = this.#ui.labels.get(container) ?? EMPTY_LABEL;
      const set = (change: Partial<LabelDraft>) => this.#ui.labels.set(container, { ...(this.#ui.labels.get(container) ?? EMPTY_LABEL), ...change });
      const form = element('fieldset', 'label-form');
      form.append(element('legend', 'kit-field-label', `Label: ${containerLabel(container)}`));
      const grid = fieldGrid();
      grid.append(
        textField({ label: 'Full name', key: `label:${container}:name`, value: draft.fullName, onInput: (value) => set({ fullName: value }) }),
        selectField({
          label: 'Second identifier',
          key: `label:${container}:kind`,
          choices: [
            { value: 'date-of-birth', label: 'Date of birth' },
            { value: 'mrn', label: 'MRN' },
          ],
          value: draft.secondKind,
          onChange: (value) => set({ secondKind: value }),
        }),
        textField({ label: 'Identifier', key: `label:${container}:second`, value: draft.secondValue, onInput: (value) => set({ secondValue: value }), placeholder: `${DATE_PLACEHOLDER} or MRN` }),
        textField({ label: 'Date', key: `label:${container}:date`, value: draft.date, onInput: (value) => set({ date: value }), placeholder: DATE_PLACEHOLDER, width: 'short' }),
        textField({ label: 'Time', key: `label:${container}:time`, value: draft.time, onInput: (value) => set({ time: value }), placeholder: 'HH:MM', width: 'short' }),
        textField({ label: 'Your initials', key: `label:${container}:initials`, value: draft.initials, onInput: (value) => set({ initials: value }), width: 'short' }),
      );
      form.append(grid, buttonRow(openWhen(actionButton(`Write the label on the ${containerLabel(container)}`, `label:${container}:write`, () => this.#writeLabel(container)), this.#listed('specimen.labeled'))));
      const problem = this.#problems.line(`label:${container}`);
      if (problem) form.append(problem);
      forms.append(form);
    }
    return step('Labels', children);
  }

  #writeLabel(container: ContainerId): ActionOutcome | null {
    const result = labelFromDraft(this.#ui.labels.get(container) ?? EMPTY_LABEL, this.#context.session.scenario.day.date);
    if ('problem' in result) return this.#problems.show(`label:${container}`, result.problem);
    return this.#send({ type: 'specimen.labeled', container, label: result.label });
  }

  #readTimerText(startedAt: number, readMinutes: number): string {
    const left = readMinutesLeft(startedAt, readMinutes, this.#context.session.minute);
    return left > 0 ? `Read timer: ${left} clinic min left (read at ${readMinutes} min).` : 'Read timer: time to read the result.';
  }

  #kitStep(machine: SpecimenContext, test: OrderableTest): HTMLElement {
    const ui = this.#ui;
    const bench = machine.tests.find((t) => t.testId === test.id);
    const children: (Node | null)[] = [paragraph(codeLines(test).join(' · '), 'station-note')];
    if (!bench) {
      const shelf = machine.kits.filter((k) => k.testId === test.id);
      // The expiry is judged against today: the clinic's date stands beside the shelf.
      children.push(paragraph(`Today (clinic date): ${clinicDateText(machine.scenario.day.date)}`, 'clinical-reading poc-today'));
      const list = element('ul', 'poc-kit-shelf');
      // Each lot's button opens only when this test can run (the specimen it runs on in hand); greyed, it says why.
      const runBlocker = testRunBlocker(machine, test);
      const runButtons: HTMLButtonElement[] = [];
      list.setAttribute('aria-label', `Kits on the shelf for ${test.displayName}`);
      for (const kit of shelf) {
        const item = element('li', 'poc-kit');
        const controlled = lotControlledToday(machine, test.id, kit.lot);
        const run = openWhen(actionButton(`Test the patient with lot ${kit.lot}`, `run:${kit.lot}`, () => this.#send({ type: 'poct.test-run', testId: test.id, lot: kit.lot })), this.#listed('poct.test-run') && runBlocker === null);
        runButtons.push(run);
        item.append(
          element('span', 'poc-kit-lot', `Lot ${kit.lot}`),
          element('span', 'poc-kit-expiry', `Expires ${clinicDateText(kit.expires)}`),
          element('span', 'poc-kit-status', controlled ? `Controls run today for this lot: ${controlsAsExpected(test.id)}` : test.needsQualityControl ? 'Controls not run today' : ''),
        );
        item.append(
          buttonRow(
            test.needsQualityControl && !controlled ? openWhen(actionButton(`Run the ${controlLevels(test.id)} controls on lot ${kit.lot}`, `control:${kit.lot}`, () => this.#send({ type: 'poct.control-run', testId: test.id, lot: kit.lot }), 'quiet'), this.#listed('poct.control-run')) : null,
            run,
          ),
        );
        list.append(item);
      }
      children.push(list, greyedWhy(runBlocker, `run-why-${test.id}`, runButtons));
    } else if (!bench.ready) {
      const timer = paragraph(this.#readTimerText(bench.startedAt, test.readTimeMinutes ?? 0), 'clinical-reading read-timer');
      timer.dataset.readStarted = String(bench.startedAt);
      timer.dataset.readMinutes = String(test.readTimeMinutes ?? 0);
      timer.setAttribute('role', 'timer');
      children.push(paragraph(`Running with lot ${bench.lot} since ${clockText(bench.startedAt)}.`), timer, ...this.#waitControls(test, bench.startedAt + (test.readTimeMinutes ?? 0)));
    } else if (bench.recorded === null) {
      const shown = shownResult(machine, test.id);
      const unit = RESULT_UNITS[test.id];
      children.push(
        factList([['The test reads', `${shown}${unit ? ` ${unit}` : ''}`]]),
        textField({ label: 'Result to chart', key: `result:${test.id}`, value: ui.results.get(test.id) ?? '', onInput: (value) => ui.results.set(test.id, value), ...(unit ? { unit } : {}) }),
        buttonRow(openWhen(actionButton('Record the result', `record:${test.id}`, () => this.#send({ type: 'poct.result-recorded', testId: test.id, result: typedResult(ui.results.get(test.id) ?? '') })), this.#listed('poct.result-recorded'))),
      );
    } else {
      children.push(paragraph(`Charted: ${bench.recorded}${RESULT_UNITS[test.id] ? ` ${RESULT_UNITS[test.id]}` : ''} (lot ${bench.lot}).`));
    }
    return step(`Point-of-care test: ${test.displayName}`, children, { done: bench?.recorded !== null && bench !== undefined });
  }

  /** Why the trainee may not wait here for this read timer now, or null: the floor's rules for a wait. */
  #waitBlocker(readyAt: number): string | null {
    const { session, target } = this.#context;
    const here = target.kind === 'patient' ? target.patientId : null;
    const otherWork = skipAheadBlocker({ isOver: session.isOver, waiting: session.available().filter((task) => task.patientId !== here || task.stage === 'phone') });
    return readWaitBlocker({ readyAt, nextDue: session.nextEventMinute, otherWork });
  }

  /**
   * "Wait for the timer": the clinic clock runs on to the read time at the bench, as the
   * floor's "Next event" does, when nothing else is due sooner and no other work waits;
   * otherwise the reason, and the trainee goes back to the floor.
   */
  #waitControls(test: OrderableTest, readyAt: number): (Node | null)[] {
    const left = readMinutesLeft(readyAt - (test.readTimeMinutes ?? 0), test.readTimeMinutes ?? 0, this.#context.session.minute);
    const blocker = this.#waitBlocker(readyAt);
    const button = openWhen(keyedButton(`Wait for the timer (${left} min)`, `wait:${test.id}`, 'quiet', () => this.#waitForTimer(test, readyAt)), blocker === null);
    button.dataset.waitReady = String(readyAt);
    return [buttonRow(button), blocker === null ? null : paragraph(blocker, 'station-note wait-blocked'), this.#problems.line(`wait:${test.id}`)];
  }

  #waitForTimer(test: OrderableTest, readyAt: number): void {
    const blocker = this.#waitBlocker(readyAt);
    if (blocker !== null) {
      this.#problems.show(`wait:${test.id}`, blocker);
      return;
    }
    const session = this.#context.session;
    const from = session.minute;
    // The floor's own wait: the clock runs to the next thing due, which is this read timer; the floor shows the change.
    session.waitForNextEvent();
    this.#announce(`Waited ${Math.round((session.minute - from) * 10) / 10} clinic minutes at the bench: the ${test.displayName} is ready to read.`);
  }

  #procedureStep(machine: SpecimenContext, test: OrderableTest): HTMLElement {
    const done = machine.proceduresDone.includes(test.id);
    return step(
      `Procedure: ${test.displayName}`,
      [
        paragraph(codeLines(test).join(' · '), 'station-note'),
        done ? paragraph('Done.') : buttonRow(openWhen(actionButton(`Perform the ${test.displayName}`, `procedure:${test.id}`, () => this.#send({ type: 'procedure.performed', testId: test.id })), this.#listed('procedure.performed'))),
      ],
      { done },
    );
  }

  #closingStep(machine: SpecimenContext): HTMLElement {
    // Sharps and a bandage only where the orders take a puncture (a swab or a urine cup has neither); each greyed one says why.
    const puncture = punctureOrdered(machine);
    const sharps = openWhen(actionButton('Put the sharps in the sharps container', 'sharps', () => this.#send({ type: 'sharps.disposed' }), 'quiet'), this.#listed('sharps.disposed'));
    const bandage = openWhen(actionButton('Bandage the site', 'bandage', () => this.#send({ type: 'site.bandaged' }), 'quiet'), this.#listed('site.bandaged'));
    const stage = this.#context.snapshot ? venousStage(this.#context.snapshot) : 'idle';
    return step(puncture ? 'Sharps, site, provider and sending' : 'Provider and sending', [
      machine.sharpsOpen.length > 0 ? paragraph(`Used sharps on the tray: ${machine.sharpsOpen.join(', ')}.`, 'clinical-reading') : null,
      ...(puncture ? [buttonRow(sharps, bandage), greyedWhy(sharpsBlocker(machine), 'sharps-why', [sharps]), greyedWhy(bandageBlocker(machine, stage), 'bandage-why', [bandage])] : []),
      paragraph('A result in the critical range goes to the provider at once, before anything else.', 'station-note'),
      buttonRow(
        // The workflow lists the alert whenever it takes one (and judges an unneeded one), so the button never tells the trainee whether a value is critical.
        openWhen(actionButton('Alert the provider now', 'alert-provider', () => this.#send({ type: 'provider.alerted' }), 'danger'), this.#listed('provider.alerted')),
        openWhen(actionButton('Send the specimens and finish', 'send', () => this.#send({ type: 'specimen.sent' })), this.#listed('specimen.sent')),
      ),
    ]);
  }

  #announce(message: string): void {
    this.#announcer.textContent = message;
  }



}

/** The lab station, for patients whose specimen workflow runs. */
export const specimenStation: Station = {
  machineId: 'specimen',
  title: 'Lab station',
  open(host, context): StationInstance {
    return new SpecimenPanel(host, context);
  },
};
