/**
 * The ECG bed, in the lab: the order on the chart (who reads the tracing) and the patient
 * as the MA finds them (cold, anxious, chest hair, body lotion, a heater plugged in by the
 * bed); hand hygiene and identification; the preparation (the procedure explained, privacy,
 * the position, the skin); the ten electrodes put on the torso drawing, by pointer (an
 * electrode taken from the lead wires' rack and dropped on the chest or a limb, where it
 * snaps to the nearest place) or from lists (the electrode, then the limb, or the space and
 * the line); the ECG machine's screen (paper speed and gain, the patient's data as typed);
 * the tracing, drawn from the domain's data on ECG paper; what the trainee sees on it and
 * what they do about it; the hand-over (at once, or into the provider's review queue); the
 * electrodes off, and back to the visit.
 *
 * Every choice a real MA has is offered, the wrong ones too (a limb electrode on the chest,
 * a gain of 20, a routine hand-over of a tracing the provider must see now, telling the
 * patient what the tracing shows); the ECG workflow judges. The pictures are Phaser
 * (`ecg-torso-scene.ts`, `ecg-tracing-scene.ts`); every control is HTML.
 */
import type { TraineeAction, TraineeActionType } from '../../src/clinic/trainee-action';
import { displayName } from '../../src/domain/patient';
import { isLimbElectrode } from '../../src/reference/ecg/terms';
import { isMidwayLine, isMidwayV2V4, midwayV2V4Site } from '../../src/reference/ecg/placement';
import { formatMinutesOfDay } from '../../src/scenario/clock-time';
import type { ActionOutcome, Session } from '../../src/session/session';
import {
  ARTEFACT_REMEDIES,
  type ArtefactRemedy,
  CHEST_LINES,
  type ChestLine,
  ECG_ARTEFACTS,
  ECG_ELECTRODES,
  ECG_MACHINE_SEXES,
  type EcgArtefact,
  type EcgElectrode,
  type EcgMachineSex,
  type ElectrodeSite,
  GAINS,
  type Gain,
  INTERCOSTAL_SPACES,
  type IntercostalSpace,
  LIMB_SITES,
  type LimbSite,
  PAPER_SPEEDS,
  type PaperSpeed,
  PATIENT_POSITIONS,
  type PatientPosition,
  SKIN_PREP_STEPS,
  type SkinPrepStep,
} from '../../src/workflows/ecg/ecg.actions';
import { type EcgContext, lastTracing } from '../../src/workflows/ecg/ecg.context';
import { chartedIdentity, providerComesNow, checkBlocker, explainBlocker, finishBlocker, handOverBlocker, patientDataBlocker, placeBlocker, positionBlocker, recordBlocker, remedyBlocker, removeBlocker, settingsBlocker, skinPrepBlocker } from '../../src/workflows/ecg/ecg.machine';
import { element } from '../dom';
import { LIMB_WORDS, LINE_WORDS, pointOf, siteAt, siteKey, siteWords, spaceWords, TORSO_SIZE } from './ecg-geometry';
import { EcgTorsoScene, ELECTRODE_COLOURS } from './ecg-torso-scene';
import { EcgTracingScene, TRACING_SIZE } from './ecg-tracing-scene';
import { contactStep, emptyIdentifyDraft, type IdentifyDraft } from './identify-controls';
import { mountInstrumentGame, type InstrumentGame } from './instrument-game';
import { actionButton, buttonGroup, buttonRow, checkbox, checkboxGroup, factList, fieldGrid, greyedWhy, isListed, keyedButton, liveRegion, openWhen, paragraph, radioGroup, selectField, step, textField, StepProblem } from './kit/controls';
import { redraw } from './kit/redraw';
import { besideChart, patientCard } from './patient-card';
import type { Station, StationContext, StationHost, StationInstance } from './station';
import './clinical-stations.css';
import './ecg-station.css';

/** How near (logical units of the torso) a press must be to an electrode on the patient to take it up. */
const PICK_RADIUS = 12;

/** What each electrode is, as the lead wire's tag says it. */
const ELECTRODE_WORDS: Readonly<Record<EcgElectrode, string>> = {
  RA: 'RA (right arm)',
  LA: 'LA (left arm)',
  RL: 'RL (right leg)',
  LL: 'LL (left leg)',
  V1: 'V1',
  V2: 'V2',
  V3: 'V3',
  V4: 'V4',
  V5: 'V5',
  V6: 'V6',
};

const POSITION_WORDS: Readonly<Record<PatientPosition, string>> = {
  supine: 'Lying flat on their back (supine), arms by the sides',
  'semi-fowler': 'Half sitting, the head of the bed raised (semi-Fowler’s)',
  seated: 'Sitting up on the edge of the bed',
};

const PREP_WORDS: Readonly<Record<SkinPrepStep, string>> = {
  cleaned: 'Clean the sites (soap and water or an alcohol pad)',
  dried: 'Dry the skin, rubbing lightly with gauze',
  'hair-clipped': 'Clip the hair where the electrodes go',
  'lotion-removed': 'Wash off the lotion',
};

const ARTEFACT_WORDS: Readonly<Record<EcgArtefact | 'none', string>> = {
  // About artefacts only: the playtest, beside "Tell the patient the tracing looks normal", read "clean" as "normal".
  none: 'No artefact: nothing to fix (this says nothing of what the tracing shows)',
  'somatic-tremor': 'Somatic tremor: fine, irregular jagged noise',
  'ac-interference': 'AC (60 Hz) interference: a regular, thick fuzz',
  'wandering-baseline': 'Wandering baseline: the line drifts up and down',
  'limb-leads-reversed': 'Limb leads reversed: lead I upside down',
  'precordial-misplacement': 'Chest leads misplaced: the R wave does not grow from V1 to V4 as it should',
};

const REMEDY_WORDS: Readonly<Record<ArtefactRemedy, string>> = {
  'warm-and-reassure-patient': 'Warm the patient (a blanket), reassure them, arms resting by the sides',
  'unplug-nearby-devices': 'Unplug the electrical devices near the bed',
  'reprepare-skin-and-electrodes': 'Prepare the skin again and put on fresh electrodes',
  'correct-limb-leads': 'Check each limb lead wire against its tag and correct it',
  'correct-chest-leads': 'Count the spaces again and correct the chest electrodes',
};

const SEX_WORDS: Readonly<Record<EcgMachineSex, string>> = { female: 'Female', male: 'Male' };

/** What the MA sees of the patient at the bed, from how the order plays out. */
function patientAsSeen(order: EcgContext['order']): string[] {
  const lines: string[] = [];
  if (order.patientState === 'cold') lines.push('Their hands are cold and they shiver a little: the room is chilly and the gown is thin.');
  else if (order.patientState === 'anxious') lines.push('Tense and fidgeting; they ask twice whether the machine will give them a shock.');
  else lines.push('Calm and comfortable.');
  if (order.needsHairClipped) lines.push('Thick chest hair over the places the chest electrodes go.');
  if (order.hasLotion) lines.push('The skin of the chest feels greasy: they put body lotion on this morning.');
  if (order.interference) lines.push('An electric fan heater is plugged in and running beside the bed.');
  return lines;
}

/** Where the trainee is putting an electrode from the lists. */
interface PlaceDraft {
  electrode: EcgElectrode;
  on: 'limb' | 'chest';
  limb: LimbSite | '';
  space: IntercostalSpace | null;
  line: ChestLine | '';
}

/** What the trainee has chosen at the bed and not yet sent. */
interface EcgUi {
  readonly identify: IdentifyDraft;
  position: PatientPosition | null;
  readonly prep: Set<SkinPrepStep>;
  /** The electrode taken from the rack for the pointer, if any. */
  inHand: EcgElectrode | null;
  readonly place: PlaceDraft;
  paperSpeed: PaperSpeed | '';
  gain: Gain | '';
  name: string;
  dateOfBirth: string;
  sex: EcgMachineSex | '';
  seen: EcgArtefact | 'none' | null;
  remedy: ArtefactRemedy | null;
  /** How many tracings the machine had when `seen` and `remedy` were last cleared: a new tracing asks both afresh. */
  answersFor: number;
  problem: string;
}

/**
 * The work at the bed of each patient of a day. It outlives the panel, so a trainee who
 * leaves (to the phone) finds the electrode in hand and the fields as they left them.
 */
const BEDS = new WeakMap<Session, Map<string, EcgUi>>();

function freshUi(): EcgUi {
  return {
    identify: emptyIdentifyDraft(),
    position: null,
    prep: new Set(),
    inHand: 'RA',
    place: { electrode: 'RA', on: 'limb', limb: '', space: null, line: '' },
    paperSpeed: '',
    gain: '',
    name: '',
    dateOfBirth: '',
    sex: '',
    seen: null,
    remedy: null,
    answersFor: 0,
    problem: '',
  };
}

function uiOf(context: StationContext): EcgUi {
  if (context.target.kind !== 'patient') return freshUi();
  const day = BEDS.get(context.session) ?? new Map<string, EcgUi>();
  BEDS.set(context.session, day);
  const ui = day.get(context.target.patientId) ?? freshUi();
  day.set(context.target.patientId, ui);
  ui.problem = '';
  return ui;
}

/** A preparation step done: its button stays where it was, greyed, saying with a tick what was done (and to a screen reader, as its name). */
function doneInPlace(words: string, key: string): HTMLButtonElement {
  const button = openWhen(actionButton(words, key, () => null), false);
  button.classList.add('ecg-done-in-place');
  return button;
}

/** Where an electrode is, as said to a screen reader: "on the 4th intercostal space, …", or "halfway between V2 and V4" (V3's point, no space of its own). */
function whereOn(site: ElectrodeSite): string {
  const words = siteWords(site);
  return isMidwayV2V4(site) ? `${words.charAt(0).toLowerCase()}${words.slice(1)}` : `on the ${words.toLowerCase()}`;
}

class EcgPanel implements StationInstance {
  readonly #host: StationHost;
  readonly #content = element('div', 'clinical-content');
  readonly #torso: InstrumentGame;
  readonly #torsoScene = new EcgTorsoScene();
  readonly #paper: InstrumentGame;
  readonly #paperScene = new EcgTracingScene();
  readonly #placer = element('div', 'ecg-placer');
  readonly #layer = element('div', 'ecg-pointer-layer');
  readonly #ghost = element('div', 'ecg-ghost');
  readonly #announcer = liveRegion();
  readonly #ui: EcgUi;
  readonly #problems = new StepProblem(() => this.#ui, () => this.#render());
  #context: StationContext;
  #shownSnapshot: unknown = null;
  /** What each picture last showed: it is drawn again only when that changes. */
  #shownTorso = '';
  #shownPaper = '';
  /** The electrode the pointer is dragging (from the rack, or off the patient), and where it was on the patient. */
  #drag: { electrode: EcgElectrode; from: ElectrodeSite | null } | null = null;
  readonly #endDrag = (): void => {
    this.#drag = null;
  };

  constructor(host: StationHost, context: StationContext) {
    this.#host = host;
    this.#context = context;
    this.#ui = uiOf(context);
    this.#torso = mountInstrumentGame(this.#torsoScene, { ...TORSO_SIZE, className: 'ecg-torso', label: 'The patient on the bed seen from above: clavicles, sternum, ribs and intercostal spaces, the chest lines, arms and legs, and the electrodes put on' });
    this.#paper = mountInstrumentGame(this.#paperScene, { ...TRACING_SIZE, className: 'ecg-paper', label: 'The ECG tracing on paper: twelve leads and a rhythm strip' });
    this.#ghost.setAttribute('aria-hidden', 'true');
    this.#layer.append(this.#ghost);
    this.#layer.addEventListener('pointermove', (event) => this.#aim(event));
    this.#layer.addEventListener('pointerleave', () => this.#ghost.classList.remove('ecg-ghost-shown'));
    this.#layer.addEventListener('pointerdown', (event) => this.#pickUp(event));
    this.#layer.addEventListener('pointerup', (event) => this.#release(event));
    // A drag from the rack may end anywhere: one that ends off the torso puts nothing on.
    document.addEventListener('pointerup', this.#endDrag);
    this.#placer.append(this.#torso.host, this.#layer);
    const root = element('div', 'clinical-station ecg-station');
    root.append(this.#content, this.#announcer);
    host.body.replaceChildren(root);
    this.#render();
  }

  update(context: StationContext): void {
    this.#context = context;
    if (context.snapshot !== this.#shownSnapshot) this.#render();
  }

  dispose(): void {
    document.removeEventListener('pointerup', this.#endDrag);
    this.#torso.destroy();
    this.#paper.destroy();
  }

  get #machine(): EcgContext | null {
    const snapshot = this.#context.snapshot;
    return snapshot?.machine.id === 'ecg' ? ((snapshot.context as EcgContext | undefined) ?? null) : null;
  }

  #send(action: TraineeAction): ActionOutcome {
    return this.#context.send(action);
  }

  #listed(type: TraineeActionType): boolean {
    return isListed(this.#context, type);
  }

  #render(): void {
    const context = this.#context;
    const machine = this.#machine;
    const patient = context.patient;
    this.#shownSnapshot = context.snapshot;
    if (!patient || !machine) {
      redraw(this.#content, () => [paragraph('Nobody is waiting for an ECG at this bed now.', 'station-note')]);
      return;
    }
    this.#host.setSubtitle(`${displayName(patient)} · 12-lead ECG`);
    this.#freshAnswersFor(machine);
    this.#showTorso(machine);
    this.#showPaper(machine);
    const hadFocus = this.#content.contains(document.activeElement);
    const usedKey = hadFocus ? (document.activeElement as HTMLElement).dataset.key : undefined;
    const torsoTop = this.#torsoTop();
    const usedTop = this.#topInBody(usedKey);
    redraw(this.#content, () => [
      patientCard(context.session.scenario, patient, context.patientView),
      this.#orderStep(machine),
      this.#contactStep(machine),
      this.#preparationStep(machine),
      this.#electrodeStep(machine),
      this.#machineStep(machine),
      this.#tracingStep(machine),
      this.#finishStep(machine),
    ]);
    // The control just used stays where it was (a reason line above it came or went); else the torso does.
    if (!this.#keepInBodyAt(usedKey, usedTop)) this.#keepTorsoAt(torsoTop);
    this.#torso.refit();
    this.#paper.refit();
    // The control just used is gone or closed (its step is done; "Record again" waits for a change): the keyboard goes on
    // to the next main step after it, not back to the top, and the panel does not scroll (the playtest: "Record again"
    // jumped the panel up to the electrodes, whose "Put it on" was the first main button).
    if (hadFocus && !this.#content.contains(document.activeElement)) {
      const used = usedKey === undefined ? null : this.#content.querySelector<HTMLElement>(`[data-key="${CSS.escape(usedKey)}"]`);
      const primaries = [...this.#content.querySelectorAll<HTMLElement>('.button-primary:not(.button-danger):not([disabled])')];
      const next = (used === null ? undefined : primaries.find((button) => used.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING)) ?? primaries[0];
      next?.focus({ preventScroll: true });
    }
  }

  /**
   * A new tracing on the paper: what was seen on the last one and what was done about it are
   * questions about that tracing, so both start blank for this one. Cleared before the panel
   * is drawn (the recording itself redraws it), whichever way the tracing came.
   */
  #freshAnswersFor(machine: EcgContext): void {
    if (this.#ui.answersFor === machine.tracings.length) return;
    this.#ui.answersFor = machine.tracings.length;
    this.#ui.seen = null;
    this.#ui.remedy = null;
  }

  /** Where the torso is on the screen (its top), while it is in sight in the panel's body; else null. */
  #torsoTop(): number | null {
    const body = this.#placer.closest<HTMLElement>('.station-body');
    if (!body || !this.#placer.isConnected) return null;
    const box = this.#placer.getBoundingClientRect();
    const view = body.getBoundingClientRect();
    return box.bottom > view.top && box.top < view.bottom ? box.top : null;
  }

  /**
   * The control keyed `key`: how far its top is below the top of the panel's scrolling body,
   * while it is in sight there; else null. Null too beside the torso (the rack, the lists):
   * there the torso is what stays put, as a click on it leaves the focus on the last chip pressed.
   */
  #topInBody(key: string | undefined): number | null {
    const body = this.#content.closest<HTMLElement>('.station-body');
    const control = key === undefined ? null : this.#content.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    if (!body || !control || control.closest('.ecg-electrode-layout') !== null) return null;
    const box = control.getBoundingClientRect();
    const view = body.getBoundingClientRect();
    return box.bottom > view.top && box.top < view.bottom ? box.top - view.top : null;
  }

  /**
   * Scrolls the body so the control keyed `key` is back where it was in it before a redraw
   * (`top`, from `#topInBody`): a note above it that comes or goes as the domain's reasons
   * change must not move what the trainee just pressed. Measured from the body's own top, so
   * a news line over the body (which `holdBodyInPlace` answers) is not answered twice. False
   * when there is no such control, or it was not in sight.
   */
  #keepInBodyAt(key: string | undefined, top: number | null): boolean {
    const body = this.#content.closest<HTMLElement>('.station-body');
    const control = key === undefined ? null : this.#content.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    if (top === null || !body || !control) return false;
    const moved = control.getBoundingClientRect().top - body.getBoundingClientRect().top - top;
    if (Math.abs(moved) >= 1) body.scrollTop += moved;
    return true;
  }

  /**
   * Scrolls the body so the torso is back where it was on the screen before a redraw: a
   * step above it that grows or shrinks as it is done must not move the place the trainee
   * is about to click.
   */
  #keepTorsoAt(top: number | null): void {
    const body = this.#placer.closest<HTMLElement>('.station-body');
    if (top === null || !body || !this.#placer.isConnected) return;
    const moved = this.#placer.getBoundingClientRect().top - top;
    if (Math.abs(moved) >= 1) body.scrollTop += moved;
  }

  #showTorso(machine: EcgContext): void {
    const placed = machine.electrodesRemoved ? [] : ECG_ELECTRODES.flatMap((electrode) => {
      const site = machine.placements[electrode];
      return site ? [{ electrode, site }] : [];
    });
    const view = {
      placed,
      inHand: this.#listed('electrode.placed') ? this.#ui.inHand : null,
      hair: machine.order.needsHairClipped && !machine.skinPrep.includes('hair-clipped'),
      lotion: machine.order.hasLotion && !machine.skinPrep.includes('lotion-removed'),
    };
    const shown = JSON.stringify(view);
    if (shown === this.#shownTorso) return;
    this.#shownTorso = shown;
    this.#torsoScene.show(view);
  }

  /** The latest recording on the machine's paper, as the workflow recorded it: the tracing, and the patient's data printed on it. */
  #showPaper(machine: EcgContext): void {
    const last = lastTracing(machine);
    const data = last?.patientData ?? null;
    const header = last === null ? '' : `${data ? `${data.name || '(no name)'}   DOB ${data.dateOfBirth || '—'}   ${SEX_WORDS[data.sex]}` : 'No patient data entered'}   ·   recorded ${formatMinutesOfDay(last.atMinute)}   ·   tracing ${machine.tracings.length}`;
    const seed = `${machine.patient.id}:${machine.tracings.length}`;
    if (`${seed}|${header}` === this.#shownPaper) return;
    this.#shownPaper = `${seed}|${header}`;
    this.#paperScene.show({ tracing: last?.tracing ?? null, seed, header });
  }

  #orderStep(machine: EcgContext): HTMLElement {
    const patient = machine.patient;
    const provider = machine.scenario.providers.find((p) => p.id === patient.arrival.providerId)?.name ?? 'the provider';
    const readBy = machine.order.interpretation === 'in-house' ? `${provider}, here in the clinic` : 'A cardiologist elsewhere: the clinic sends the tracing to be read';
    return step('The order', [
      factList([
        ['Test', 'Resting 12-lead electrocardiogram'],
        ['Ordered by', provider],
        ['Reason', patient.chiefComplaint],
        ['Read by', readBy],
      ]),
      element('h4', 'clinical-subheading', 'The patient at the bed'),
      ...patientAsSeen(machine.order).map((line) => paragraph(line, 'clinical-reading')),
    ]);
  }

  #contactStep(machine: EcgContext): HTMLElement {
    return contactStep({
      handsCleaned: machine.handsCleaned,
      identification: machine.identification,
      patient: machine.patient,
      date: machine.scenario.day.date,
      draft: this.#ui.identify,
      listed: (type) => this.#listed(type),
      send: (action) => this.#send(action),
      problems: this.#problems,
    });
  }



  #preparationStep(machine: EcgContext): HTMLElement {
    const ui = this.#ui;
    const done = machine.explained && machine.privacy && machine.position !== null && machine.skinPrep.length > 0;
    const prepare = openWhen(actionButton('Prepare the skin', 'skin-prep', () => this.#prepareSkin(), machine.skinPrep.length === 0 ? 'primary' : 'quiet'), this.#listed('skin.prepared'));
    const positionButton = openWhen(actionButton(machine.position === null ? 'Position the patient' : 'Change the position', 'position', () => this.#position(), machine.position === null ? 'primary' : 'quiet'), this.#listed('patient.positioned'));
    return step(
      'Preparation',
      [
        // Done, each keeps its button's place, greyed with a tick and what was done: a shorter or taller line in its stead moved every control below it under the pointer.
        buttonRow(
          machine.explained
            ? doneInPlace('✓ Explained: sticky pads, painless, lie still; about ten minutes', 'explain')
            : openWhen(actionButton('Explain the procedure (sticky pads, painless, lie still)', 'explain', () => this.#send({ type: 'procedure.explained' })), this.#listed('procedure.explained')),
        ),
        buttonRow(
          machine.privacy
            ? doneInPlace('✓ Door closed, gown opening to the front, drape on', 'privacy')
            : openWhen(actionButton('Close the door, gown opening to the front, drape', 'privacy', () => this.#send({ type: 'privacy.provided' })), this.#listed('privacy.provided')),
        ),
        radioGroup({ legend: 'Position the patient', key: 'position', choices: PATIENT_POSITIONS.map((value) => ({ value, label: POSITION_WORDS[value] })), value: ui.position, onChange: (value) => (ui.position = value), column: true }),
        buttonRow(positionButton),
        greyedWhy(positionBlocker(machine), 'ecg-position-why', [positionButton]),
        this.#problems.line('position'),
        // What is done goes under the button just pressed, never above it: a line above pushed the button and the rest down
        // under the pointer (the playtest, as a news line came at the same moment: the news alone the body's scroll absorbs).
        machine.position !== null ? paragraph(`Position: ${POSITION_WORDS[machine.position].toLowerCase()}.`, 'clinical-reading') : null,
        checkboxGroup(
          'Prepare the skin at the electrode sites',
          SKIN_PREP_STEPS.map((value) =>
            checkbox({
              label: PREP_WORDS[value],
              key: `skin:${value}`,
              checked: ui.prep.has(value),
              onChange: (checked) => {
                if (checked) ui.prep.add(value);
                else ui.prep.delete(value);
              },
            }),
          ),
          { column: true },
        ),
        buttonRow(prepare),
        greyedWhy(skinPrepBlocker(machine), 'ecg-skin-why', [prepare]),
        this.#problems.line('skin'),
        machine.skinPrep.length > 0 ? paragraph(`Skin prepared: ${machine.skinPrep.map((s) => PREP_WORDS[s].toLowerCase()).join('; ')}.`, 'clinical-reading') : null,
      ],
      { done },
    );
  }

  #position(): ActionOutcome | null {
    const position = this.#ui.position;
    return position === null ? this.#problems.show('position', 'Choose how the patient lies or sits first.') : this.#send({ type: 'patient.positioned', position });
  }

  #prepareSkin(): ActionOutcome | null {
    const steps = SKIN_PREP_STEPS.filter((s) => this.#ui.prep.has(s));
    return steps.length === 0 ? this.#problems.show('skin', 'Tick what you do to the skin first.') : this.#send({ type: 'skin.prepared', steps });
  }

  #electrodeStep(machine: EcgContext): HTMLElement {
    const ui = this.#ui;
    const on = machine.electrodesRemoved ? {} : machine.placements;
    const rack = buttonGroup(
      'The lead wires: take one to put on',
      ECG_ELECTRODES.map((electrode) => {
        const chip = keyedButton(electrode, `hold:${electrode}`, 'plain', () => this.#hold(electrode), 'ecg-chip');
        chip.addEventListener('pointerdown', () => {
          if (!chip.disabled) this.#drag = { electrode, from: null };
        });
        chip.setAttribute('aria-pressed', String(ui.inHand === electrode));
        chip.setAttribute('aria-label', `${ELECTRODE_WORDS[electrode]}${on[electrode] ? `, ${whereOn(on[electrode])}` : ', not on yet'}`);
        const colour = ELECTRODE_COLOURS[electrode];
        chip.style.setProperty('--chip-fill', `#${colour.fill.toString(16).padStart(6, '0')}`);
        chip.style.setProperty('--chip-text', colour.text);
        chip.disabled = !this.#listed('electrode.placed');
        return chip;
      }),
    );
    const byList = this.#placeByList();
    const chips = [...rack.querySelectorAll<HTMLButtonElement>('button'), ...byList.querySelectorAll<HTMLButtonElement>('button[data-key="place"]')];
    const placements = element('ul', 'ecg-placements');
    placements.setAttribute('aria-label', 'Where each electrode is');
    for (const electrode of ECG_ELECTRODES) {
      const site = on[electrode];
      placements.append(element('li', site ? 'ecg-placement' : 'ecg-placement ecg-placement-off', `${electrode}: ${site ? siteWords(site) : 'not on'}`));
    }
    // The torso beside the rack and the lists, sized to the panel (ecg-station.css): the
    // whole figure, every place on it and the lead wires are in sight together, so taking a
    // lead wire never scrolls the place the trainee was about to click.
    const layout = element('div', 'ecg-electrode-layout');
    const side = element('div', 'ecg-list-side');
    side.append(
      paragraph(
        ui.inHand
          ? `In your hand: ${ELECTRODE_WORDS[ui.inHand]}. Click where it goes on the patient (or drag it there): it snaps to the nearest space on a line, or to the arm or leg you click. Drag an electrode on the patient to move it.`
          : 'Take a lead wire from the rack (or an electrode on the patient), then click where it goes. With the keyboard: choose the electrode, then the limb or the space and line, in the lists below, and put it on.',
        'station-note',
      ),
      ...[rack, greyedWhy(placeBlocker(machine), 'ecg-place-why', chips), byList, placements].filter((part): part is HTMLElement => part !== null),
    );
    layout.append(this.#placer, side);
    return step('Electrodes', [layout, this.#problems.line('place')], { done: ECG_ELECTRODES.every((electrode) => on[electrode] !== undefined) });
  }

  /** The same placing from lists: the electrode, then a limb, or the space and the line. */
  #placeByList(): HTMLElement {
    const ui = this.#ui;
    const draft = ui.place;
    const form = element('fieldset', 'ecg-place-form');
    form.append(element('legend', 'kit-field-label', 'Put an electrode on from the lists'));
    const where =
      draft.on === 'limb'
        ? [selectField({ label: 'Limb', key: 'place-limb', choices: LIMB_SITES.map((value) => ({ value, label: LIMB_WORDS[value] })), value: draft.limb, blank: 'Choose', onChange: (value) => (draft.limb = value) })]
        : [
            // The line first: the one midway between V2 and V4 has no intercostal space of its own, and then none is asked.
            selectField({ label: 'Line', key: 'place-line', choices: CHEST_LINES.map((value) => ({ value, label: LINE_WORDS[value] })), value: draft.line, blank: 'Choose', onChange: (value) => this.#problems.afterChange(() => (draft.line = value)) }),
            draft.line !== '' && isMidwayLine(draft.line)
              ? paragraph('Intercostal space: none to choose. Midway between V2 (4th space) and V4 (5th space) is one point; it goes there.', 'station-note ecg-midway-note')
              : selectField({ label: 'Intercostal space', key: 'place-space', choices: INTERCOSTAL_SPACES.map((value) => ({ value: String(value) as `${IntercostalSpace}`, label: spaceWords(value) })), value: draft.space === null ? '' : (String(draft.space) as `${IntercostalSpace}`), blank: 'Choose', onChange: (value) => (draft.space = Number(value) as IntercostalSpace) }),
          ];
    form.append(
      fieldGrid(
        selectField({ label: 'Electrode', key: 'place-electrode', choices: ECG_ELECTRODES.map((value) => ({ value, label: ELECTRODE_WORDS[value] })), value: draft.electrode, onChange: (value) => this.#problems.afterChange(() => this.#chooseElectrode(value)) }),
        selectField({
          label: 'Put it on',
          key: 'place-on',
          choices: [
            { value: 'limb', label: 'A limb' },
            { value: 'chest', label: 'The chest' },
          ],
          value: draft.on,
          onChange: (value) => this.#problems.afterChange(() => (draft.on = value)),
        }),
        ...where,
      ),
      buttonRow(openWhen(actionButton('Put the electrode on', 'place', () => this.#placeFromList()), this.#listed('electrode.placed'))),
    );
    return form;
  }

  #chooseElectrode(electrode: EcgElectrode): void {
    const draft = this.#ui.place;
    draft.electrode = electrode;
    draft.on = isLimbElectrode(electrode) ? 'limb' : 'chest';
  }

  #placeFromList(): ActionOutcome | null {
    const draft = this.#ui.place;
    let site: ElectrodeSite;
    if (draft.on === 'limb') {
      if (draft.limb === '') return this.#problems.show('place', 'Choose the limb first.');
      site = { limb: draft.limb };
    } else if (draft.line !== '' && isMidwayLine(draft.line)) {
      site = midwayV2V4Site();
    } else {
      if (draft.space === null || draft.line === '') return this.#problems.show('place', 'Choose the line and the intercostal space first.');
      site = { space: draft.space, line: draft.line };
    }
    const placed = draft.electrode;
    const outcome = this.#place(placed, site);
    if (outcome?.accepted) {
      // On to the next electrode not yet on, as a trainee works round the set.
      const machine = this.#machine;
      const next = machine ? ECG_ELECTRODES.find((electrode) => electrode !== placed && machine.placements[electrode] === undefined) : undefined;
      if (next) {
        this.#chooseElectrode(next);
        draft.limb = '';
        draft.space = null;
        draft.line = '';
        this.#render();
      }
    }
    return outcome;
  }

  #place(electrode: EcgElectrode, site: ElectrodeSite): ActionOutcome | null {
    const machine = this.#machine;
    const current = machine?.placements[electrode];
    if (current && !machine?.electrodesRemoved && siteKey(current) === siteKey(site)) return this.#problems.show('place', `${electrode} is already there.`);
    const outcome = this.#send({ type: 'electrode.placed', electrode, site });
    if (outcome.accepted) {
      // The lead wire in hand is on now: the hand takes up the next one not yet on.
      const placed = this.#machine?.placements;
      if (this.#ui.inHand === electrode) this.#ui.inHand = ECG_ELECTRODES.find((e) => e !== electrode && placed?.[e] === undefined) ?? null;
      this.#announce(`${electrode} ${whereOn(site)}.`);
      // A placement that worked answers the problem said of the last one.
      this.#problems.afterChange(() => undefined);
    }
    return outcome;
  }

  #hold(electrode: EcgElectrode): void {
    this.#problems.afterChange(() => (this.#ui.inHand = electrode));
    this.#announce(`${ELECTRODE_WORDS[electrode]} in your hand.`);
    // With a lead wire in hand the whole figure comes into sight (it fits the panel), so every place is there to click.
    this.#placer.scrollIntoView({ block: 'nearest' });
  }

  /** The drawing's logical point under the pointer. */
  #logical(event: MouseEvent): { x: number; y: number } | null {
    const canvas = this.#torso.host.querySelector('canvas');
    const box = (canvas ?? this.#torso.host).getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return null;
    return { x: ((event.clientX - box.left) / box.width) * TORSO_SIZE.width, y: ((event.clientY - box.top) / box.height) * TORSO_SIZE.height };
  }

  /** Shows where the electrode in hand would snap. */
  #aim(event: PointerEvent): void {
    const at = this.#logical(event);
    const snapped = at && this.#ui.inHand ? siteAt(at.x, at.y) : null;
    if (!snapped) {
      this.#ghost.classList.remove('ecg-ghost-shown');
      return;
    }
    const canvas = this.#torso.host.querySelector('canvas') ?? this.#torso.host;
    const box = canvas.getBoundingClientRect();
    const layer = this.#layer.getBoundingClientRect();
    this.#ghost.style.left = `${box.left - layer.left + (snapped.x / TORSO_SIZE.width) * box.width}px`;
    this.#ghost.style.top = `${box.top - layer.top + (snapped.y / TORSO_SIZE.height) * box.height}px`;
    this.#ghost.classList.add('ecg-ghost-shown');
  }

  /** The pointer pressed on the torso: on an electrode already there, it is taken up to be moved. */
  #pickUp(event: PointerEvent): void {
    const at = this.#logical(event);
    const machine = this.#machine;
    if (!at || !machine || machine.electrodesRemoved || !this.#listed('electrode.placed')) return;
    for (const electrode of ECG_ELECTRODES) {
      const site = machine.placements[electrode];
      if (!site) continue;
      const { x, y } = pointOf(site);
      if (Math.hypot(x - at.x, y - at.y) <= PICK_RADIUS) {
        this.#drag = { electrode, from: site };
        this.#ui.inHand = electrode;
        return;
      }
    }
  }

  /**
   * The pointer let go over the torso: the electrode dragged (or, after a click, the one in
   * hand) goes on where it is let go, snapped to the nearest place; an electrode let go
   * where it was stays on and stays in hand, to be put elsewhere with the next click.
   */
  #release(event: PointerEvent): void {
    const drag = this.#drag;
    this.#drag = null;
    const at = this.#logical(event);
    if (!at) return;
    const electrode = drag?.electrode ?? this.#ui.inHand;
    const snapped = siteAt(at.x, at.y);
    if (!electrode) {
      this.#problems.show('place', 'Take a lead wire from the rack first.');
      return;
    }
    if (!snapped) {
      this.#problems.show('place', 'Not a place for an electrode: put it on a limb, or on the chest in a space on one of the lines.');
      return;
    }
    if (!this.#listed('electrode.placed')) return;
    if (drag?.from && siteKey(drag.from) === siteKey(snapped.site)) {
      this.#problems.afterChange(() => (this.#ui.inHand = electrode));
      this.#announce(`${ELECTRODE_WORDS[electrode]} taken up: click where it goes.`);
      return;
    }
    this.#ui.inHand = electrode;
    this.#place(electrode, snapped.site);
  }

  #machineStep(machine: EcgContext): HTMLElement {
    const ui = this.#ui;
    const settings = machine.settings;
    const data = machine.patientData;
    const charted = chartedIdentity(machine);
    const screen = element('div', 'ecg-machine-screen');
    const setButton = openWhen(actionButton(settings ? 'Change the settings' : 'Set speed and gain', 'machine-set', () => this.#setMachine(), settings ? 'quiet' : 'primary'), this.#listed('machine.set'));
    const dataButton = openWhen(actionButton(data ? 'Enter the data again' : 'Enter the patient’s data', 'patient-data', () => this.#enterData(), data ? 'quiet' : 'primary'), this.#listed('patient-data.entered'));
    const parts: (Node | null)[] = [
      element('h4', 'clinical-subheading', 'The ECG machine’s screen'),
      this.#leadOffLine(machine),
      settings ? paragraph(`Set: ${settings.paperSpeed} mm/s, ${settings.gain} mm/mV.`, 'clinical-reading') : paragraph('Not set yet.', 'station-note'),
      fieldGrid(
        selectField({ label: 'Paper speed', key: 'paper-speed', choices: PAPER_SPEEDS.map((value) => ({ value: String(value) as `${PaperSpeed}`, label: `${value} mm/s` })), value: ui.paperSpeed === '' ? '' : (String(ui.paperSpeed) as `${PaperSpeed}`), blank: 'Choose', onChange: (value) => (ui.paperSpeed = Number(value) as PaperSpeed) }),
        selectField({ label: 'Gain', key: 'gain', choices: GAINS.map((value) => ({ value: String(value) as `${Gain}`, label: `${value} mm/mV` })), value: ui.gain === '' ? '' : (String(ui.gain) as `${Gain}`), blank: 'Choose', onChange: (value) => (ui.gain = Number(value) as Gain) }),
      ),
      buttonRow(setButton),
      greyedWhy(settingsBlocker(machine), 'ecg-settings-why', [setButton]),
      this.#problems.line('settings'),
      data ? paragraph(`Patient data: ${data.name}, born ${data.dateOfBirth}, ${SEX_WORDS[data.sex].toLowerCase()}.`, 'clinical-reading') : null,
      besideChart(
        fieldGrid(
          textField({ label: 'Patient name', key: 'ecg-name', value: ui.name, onInput: (value) => (ui.name = value), width: 'wide' }),
          textField({ label: 'Date of birth', key: 'ecg-dob', value: ui.dateOfBirth, onInput: (value) => (ui.dateOfBirth = value), placeholder: 'MM/DD/YYYY' }),
          selectField({ label: 'Sex', key: 'ecg-sex', choices: ECG_MACHINE_SEXES.map((value) => ({ value, label: SEX_WORDS[value] })), value: ui.sex, blank: 'Choose', onChange: (value) => (ui.sex = value) }),
        ),
        { name: charted.names[0]!, dateOfBirth: charted.dateOfBirth },
      ),
      buttonRow(dataButton),
      greyedWhy(patientDataBlocker(machine), 'ecg-data-why', [dataButton]),
      this.#problems.line('data'),
    ];
    screen.append(...parts.filter((part): part is Node => part !== null));
    return step('The machine', [screen], { done: settings !== null && data !== null });
  }

  /** What the machine's screen says of its lead wires, as a real one warns before recording: which electrodes are not connected. */
  #leadOffLine(machine: EcgContext): HTMLElement {
    // Unhooked on purpose after the tracing, the machine stands idle: no alarm (the playtester read the red warning as a fault).
    if (machine.electrodesRemoved && machine.tracings.length > 0) return paragraph('Finished: the tracing is recorded and the lead wires are unhooked.', 'clinical-reading ecg-machine-idle');
    const off = machine.electrodesRemoved ? [...ECG_ELECTRODES] : ECG_ELECTRODES.filter((electrode) => machine.placements[electrode] === undefined);
    return paragraph(off.length === 0 ? 'All ten lead wires connected.' : `LEAD OFF: ${off.join(', ')}`, off.length === 0 ? 'clinical-reading' : 'clinical-reading ecg-lead-off');
  }

  #setMachine(): ActionOutcome | null {
    const { paperSpeed, gain } = this.#ui;
    return paperSpeed === '' || gain === '' ? this.#problems.show('settings', 'Choose the paper speed and the gain first.') : this.#send({ type: 'machine.set', paperSpeed, gain });
  }

  #enterData(): ActionOutcome | null {
    const ui = this.#ui;
    if (ui.sex === '') return this.#problems.show('data', 'Choose the sex on the machine’s screen.');
    return this.#send({ type: 'patient-data.entered', name: ui.name.trim(), dateOfBirth: ui.dateOfBirth.trim(), sex: ui.sex });
  }

  #tracingStep(machine: EcgContext): HTMLElement {
    const ui = this.#ui;
    const last = lastTracing(machine);
    const record = openWhen(actionButton(last === null ? 'Record the tracing (10 s)' : 'Record again', 'record', () => this.#record(), last === null || machine.tracingStale ? 'primary' : 'quiet'), this.#listed('tracing.recorded'));
    // A greyed button says why beside it, in the domain's words (the playtests found greyed controls with no reason; each
    // one's note is under it, so it never moves the control itself, and `#render` keeps the control just used in place).
    const children: (Node | null)[] = [buttonRow(record), greyedWhy(recordBlocker(machine), 'ecg-record-why', [record]), this.#paper.host];
    if (last !== null) {
      const check = openWhen(actionButton('That is what I see', 'check', () => this.#check(), last.named === null ? 'primary' : 'quiet'), this.#listed('tracing.checked'));
      const act = openWhen(actionButton('Do it', 'remedy', () => this.#remedy(), 'quiet'), this.#listed('artefact.remedied'));
      if (machine.tracingStale) children.push(paragraph('Something changed since this tracing: it no longer shows what is on the patient. Record again.', 'station-note'));
      children.push(
        last.named === null ? null : paragraph(`You named it: ${ARTEFACT_WORDS[last.named].toLowerCase()}.`, 'clinical-reading'),
        radioGroup({ legend: 'What do you see on the tracing?', key: 'seen', choices: (['none', ...ECG_ARTEFACTS] as const).map((value) => ({ value, label: ARTEFACT_WORDS[value] })), value: ui.seen, onChange: (value) => (ui.seen = value), column: true }),
        buttonRow(check),
        greyedWhy(checkBlocker(machine), 'ecg-check-why', [check]),
        this.#problems.line('check'),
        radioGroup({ legend: 'What do you do about it?', key: 'remedy', choices: ARTEFACT_REMEDIES.map((value) => ({ value, label: REMEDY_WORDS[value] })), value: ui.remedy, onChange: (value) => (ui.remedy = value), column: true }),
        machine.remedies.length > 0 ? paragraph(`Done so far: ${machine.remedies.map((r) => REMEDY_WORDS[r].toLowerCase()).join('; ')}.`, 'clinical-reading') : null,
        buttonRow(act),
        greyedWhy(remedyBlocker(machine), 'ecg-remedy-why', [act]),
        this.#problems.line('remedy'),
      );
    }
    return step('The tracing', children, { done: machine.handedOver !== null });
  }

  #record(): ActionOutcome | null {
    const outcome = this.#send({ type: 'tracing.recorded' });
    if (outcome.accepted) this.#announce('Tracing recorded: ten seconds, twelve leads.');
    return outcome;
  }

  #check(): ActionOutcome | null {
    const seen = this.#ui.seen;
    return seen === null ? this.#problems.show('check', 'Choose what you see on the tracing first.') : this.#send({ type: 'tracing.checked', artefact: seen });
  }

  #remedy(): ActionOutcome | null {
    const remedy = this.#ui.remedy;
    return remedy === null ? this.#problems.show('remedy', 'Choose what you do first.') : this.#send({ type: 'artefact.remedied', remedy });
  }

  #finishStep(machine: EcgContext): HTMLElement {
    const handed = machine.handedOver;
    const provider = machine.scenario.providers.find((p) => p.id === machine.patient.arrival.providerId)?.name ?? 'the provider';
    const handOver = [
      openWhen(actionButton(`Take it to ${provider} now, interrupting`, 'handover:at-once', () => this.#send({ type: 'tracing.handed-over', urgency: 'at-once' })), this.#listed('tracing.handed-over')),
      openWhen(actionButton(`Put it in ${provider}’s review queue`, 'handover:routine', () => this.#send({ type: 'tracing.handed-over', urgency: 'routine' }), 'quiet'), this.#listed('tracing.handed-over')),
    ];
    const explain = openWhen(actionButton('Tell the patient the tracing looks normal', 'explain-tracing', () => this.#send({ type: 'tracing.explained-to-patient' }), 'quiet'), this.#listed('tracing.explained-to-patient'));
    const remove = machine.electrodesRemoved ? null : openWhen(actionButton('Take the electrodes off', 'remove-electrodes', () => this.#send({ type: 'electrodes.removed' }), 'quiet'), this.#listed('electrodes.removed'));
    const finish = openWhen(actionButton('Finish: back to the visit', 'finish', () => this.#send({ type: 'ecg.finished' })), this.#listed('ecg.finished'));
    return step('Hand-over and finish', [
      handed === null ? buttonGroup('Hand the tracing to the provider', handOver) : paragraph(handedWords(machine, provider), 'clinical-reading'),
      handed === null ? greyedWhy(handOverBlocker(machine), 'ecg-handover-why', handOver) : null,
      buttonRow(
        explain,
        // The workflow lists the alert whenever it takes one (and judges an unneeded one), so the button never tells the trainee whether it is needed.
        openWhen(actionButton('Alert the provider now', 'alert-provider', () => this.#send({ type: 'provider.alerted' }), 'danger'), this.#listed('provider.alerted')),
      ),
      greyedWhy(explainBlocker(machine), 'ecg-explain-why', [explain]),
      machine.electrodesRemoved ? paragraph('Electrodes off, the skin wiped, the patient helped to dress.', 'clinical-reading') : null,
      buttonRow(remove, finish),
      remove === null ? null : greyedWhy(removeBlocker(machine), 'ecg-remove-why', [remove]),
      greyedWhy(finishBlocker(machine), 'ecg-finish-why', [finish]),
    ]);
  }

  #announce(message: string): void {
    this.#announcer.textContent = message;
  }



}

/** The ECG bed, in the lab, for patients with a 12-lead ECG ordered. */
export const ecgStation: Station = {
  machineId: 'ecg',
  title: 'ECG bed',
  open(host, context): StationInstance {
    return new EcgPanel(host, context);
  },
};

/** Where the tracing went, and, when the provider read it and comes now (`providerComesNow`), that they are on their way. */
function handedWords(machine: EcgContext, provider: string): string {
  if (machine.handedOver === 'routine') return `In ${provider}’s review queue.`;
  if (!providerComesNow(machine)) return `Handed to ${provider} at once.`;
  const given = machine.patient.name.given;
  return `Handed to ${provider} at once. ${provider} read it and comes to ${given} now (as soon as the visit in hand ends), without waiting for the vital signs: finish here, and take them with ${provider} at the bedside.`;
}
