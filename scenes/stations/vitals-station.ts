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
import type { FlaggableVital } from '../../src/reference/vital-signs';
import { flagReferences } from '../../src/workflows/vitals/vitals.flag-basis';
import { hasStandingEcg, onDay, optionalEntries, orthostaticStepsLeft, redFlagAlreadyKnown, roomingStepsLeft, routeMatters, vitalsRecord, type VitalsContext } from '../../src/workflows/vitals/vitals.machine';
import { VITALS_ACTION_LABELS } from '../../src/workflows/vitals/vitals.labels';
import { apicalPulse, bmiExpected, bpPositions, bloodPressureRequired, childBloodPressure, flaccFor, headCircumference, lengthBoard, noPainScaleReason, painScaleFor } from '../../src/workflows/vitals/vitals.depth';
import { APICAL_PULSE_UNDER_MONTHS } from '../../src/reference/vital-signs';
import { allergyAnswer, complaintQuestion, complaintSaid, quoted, roomingVoice } from './young-child-text';
import { FLACC_ITEMS, type FlaccItemId } from '../../src/reference/vitals/flacc';
import type { OrthostaticRecordEntry } from '../../src/domain/chart';
import type { ActionOutcome } from '../../src/session/session';
import { element, panelsLayer } from '../dom';
import { confirmDialog } from '../confirm-dialog';
import { actionButton, buttonGroup, buttonRow, checkbox, checkboxGroup, doneMark, factList, fieldGrid, isListed, keyedButton, liveRegion, openWhen, paragraph, radioGroup, selectField, step, textField, StepProblem } from './kit/controls';
import { redraw } from './kit/redraw';
import { contactStep, emptyIdentifyDraft, type IdentifyDraft } from './identify-controls';
import { mountInstrumentGame, type InstrumentGame } from './instrument-game';
import { patientCard } from './patient-card';
import type { Station, StationContext, StationHost, StationInstance } from './station';
import { BENCH_SIZE, type BenchReadings, VitalsBenchScene } from './vitals-bench-scene';
import { BpGaugeScene, GAUGE_SIZE, type GaugeView, type KorotkoffMoment, type ZoomOutcome } from './bp-gauge-scene';
import { COMPLAINT_WORDS_HINT } from './intake-text';
import {
  blankEntries,
  bmiText,
  CUFF_CHOICES,
  EMPTY_VITALS_DRAFT,
  FLAG_CHOICES,
  isBlankRecord,
  ORTHOSTATIC_FLAG_CHOICE,
  positionChoices,
  recordedFromDraft,
  REST_CHOICES,
  ROUTE_CHOICES,
  routeLabel,
  STANDING_CHOICES,
  THERMOMETER_CHOICES,
  vitalsFieldsFor,
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
  /** The thermometer chosen; none at first for a child, whose routes depend on the age. */
  route: TemperatureRoute | null;
  armMeasured: boolean;
  cuff: BpCuff | null;
  position: BpPosition | null;
  rested: boolean;
  armAtHeartLevel: boolean;
  talking: boolean;
  /** Blood pressures whose deflation the trainee has watched to the end. */
  heardBp: number;
  /** The FLACC score the trainee gives each item, from what the child shows. */
  flacc: Partial<Record<FlaccItemId, number>>;
  restMinutes: string;
  standingMinutes: string;
  atPatientSide: boolean;
  draft: VitalsDraft;
  flags: Set<VitalsFlag>;
  problem: string;
}

function initialUi(patient: ScenarioPatient, childRoutes: boolean): VitalsUi {
  return {
    identify: emptyIdentifyDraft(),
    askedAllergies: false,
    allergies: new Map(patient.history.allergies.map((a) => [a.substance, true])),
    otherAllergy: '',
    askedComplaint: false,
    complaint: '',
    route: childRoutes ? null : 'oral',
    armMeasured: false,
    cuff: null,
    position: null,
    rested: false,
    armAtHeartLevel: false,
    talking: false,
    heardBp: 0,
    flacc: {},
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
  return { heightCm: r.heightCm, lengthBoard: lengthBoard(onDay(context)), weightKg: r.weightKg, temperature: r.temperature, spo2Percent: r.spo2Percent };
}

/** The instrument readings in words: the instruments' text equivalent for a screen reader (each blood pressure once its deflation has played). */
function readingLines(context: VitalsContext, heardBp: number): string[] {
  const r = context.readings;
  const lines: string[] = [];
  if (r.weightKg !== null && r.heightCm !== null) {
    lines.push(
      lengthBoard(onDay(context))
        ? `Infant scale: ${r.weightKg.toFixed(1)} kg; length board (lying, head held by the parent): ${r.heightCm.toFixed(1)} cm.`
        : `Scale: ${r.weightKg.toFixed(1)} kg; stadiometer: ${r.heightCm.toFixed(1)} cm.`,
    );
  }
  if (r.headCircumferenceCm !== null) lines.push(`Tape round the head (widest part, above the eyebrows and ears): ${r.headCircumferenceCm.toFixed(1)} cm.`);
  if (r.temperature !== null) lines.push(`Thermometer, ${routeLabel(r.temperature.route).toLowerCase()}: ${r.temperature.celsius.toFixed(1)} °C.`);
  if (r.spo2Percent !== null) lines.push(`Pulse oximeter: SpO₂ ${r.spo2Percent} %.`);
  r.bloodPressure.slice(0, heardBp).forEach((_, index) => {
    lines.push(`Blood pressure reading ${index + 1}: marked on the gauge; zoom on a mark, or let the cuff down by hand 2 mmHg at a time to hear where the sounds start and stop.`);
  });
  return lines;
}

/**
 * The measurements taken so far, with their units, for checking the chart against: the
 * digital instruments' numbers and the counts as shown; each blood pressure as read on the
 * gauge (the numbers only for a screen reader, who heard them with the sounds: the skill is
 * reading the needle when the sounds start and stop), the FLACC total as the trainee scored it.
 */
function takenRows(context: VitalsContext, heardBp: number, flaccTotal: number | null): (readonly [string, string, string?])[] {
  const r = context.readings;
  const rows: (readonly [string, string, string?])[] = [];
  if (r.heightCm !== null && r.weightKg !== null) rows.push([lengthBoard(onDay(context)) ? 'Length / weight' : 'Height / weight', `${r.heightCm.toFixed(1)} cm / ${r.weightKg.toFixed(1)} kg`]);
  if (r.headCircumferenceCm !== null) rows.push(['Head circumference', `${r.headCircumferenceCm.toFixed(1)} cm (tape)`]);
  if (r.temperature !== null) rows.push(['Temperature', `${r.temperature.celsius.toFixed(1)} °C (${routeLabel(r.temperature.route).toLowerCase()})`]);
  if (r.pulsePerMinute !== null) rows.push(['Pulse', `${r.pulsePerMinute} /min`]);
  if (r.respirationsPerMinute !== null) rows.push(['Respirations', `${r.respirationsPerMinute} /min`]);
  if (r.spo2Percent !== null) rows.push(['SpO₂', `${r.spo2Percent} %`]);
  const scale = painScaleFor(onDay(context));
  if (r.painScore !== null) {
    if (scale?.kind === 'observed') rows.push(['Pain (FLACC)', flaccTotal === null ? 'score the five items' : `${flaccTotal} of 10, your item scores added`]);
    else rows.push(['Pain', `${r.painScore} of 10, the patient's own score`]);
  }
  r.bloodPressure.forEach((_, index) => {
    const heard = index < heardBp;
    rows.push([
      `Blood pressure, reading ${index + 1}`,
      heard ? 'read it on the gauge: the red tick (first sound) and the blue tick (last sound); zoom on each to read it' : 'the cuff is deflating',
      heard ? 'or let the cuff down by hand, 2 mmHg a press, and note where the tapping starts and stops' : undefined,
    ]);
  });
  return rows;
}

/** The list of measurements taken: a term and its value, with the screen reader's extra words where there are any. */
function takenList(rows: readonly (readonly [string, string, string?])[]): HTMLElement {
  const list = element('dl', 'kit-facts vitals-taken');
  for (const [term, detail, spoken] of rows) {
    const row = element('div', 'kit-fact');
    const value = element('dd', undefined, detail);
    if (spoken) value.append(element('span', 'visually-hidden', ` (${spoken})`));
    row.append(element('dt', undefined, term), value);
    list.append(row);
  }
  return list;
}

/** An orthostatic reading as the chart shows it. */
function orthostaticEntry(r: OrthostaticRecordEntry): readonly [string, string] {
  const where = r.position === 'supine' ? `Lying, after ${r.minutes} min rest` : r.minutes === 0 ? 'Standing, at once' : `Standing, ${r.minutes} min`;
  return [`Orthostatic: ${where}`, `${r.systolicMmHg}/${r.diastolicMmHg} mmHg, pulse ${r.pulsePerMinute} /min${r.dizzy ? ', dizzy' : ''}`];
}

/** What the live region says of each view of the dial the trainee chooses. */
const ZOOM_WORDS: Readonly<Record<KorotkoffMoment | 'both' | 'whole', string>> = {
  both: 'Both marks close up, with the numbers beside them.',
  first: 'Zoomed on the red tick, the first sound: three times as large.',
  last: 'Zoomed on the blue tick, the last sound: three times as large.',
  whole: 'The whole dial.',
};

/** What the dial shows now, said under the zoom buttons: the close view of the needle, both marks, one mark, or the whole dial. */
function viewWords(view: GaugeView, byHand: boolean): string {
  switch (view) {
    case 'needle':
      return byHand ? 'The needle where you hold it, 2.5×.' : 'Following the falling needle, 2.5×.';
    case 'both':
      return 'Both marks, with their numbers.';
    case 'first':
      return 'Red tick (first sound) close up, 3×.';
    case 'last':
      return 'Blue tick (last sound) close up, 3×.';
    case 'whole':
      return 'The whole dial.';
  }
}

/** Why a close-up asked for is not shown (the view follows the needle instead), and what to do: said on the dial itself, where the trainee is looking. */
function refusedWords(outcome: Exclude<ZoomOutcome, 'shown'>, view: KorotkoffMoment | 'both'): string {
  if (outcome === 'falling') return 'Still falling: no mark to read yet, so the view follows the needle. Wait for it to settle, or let the cuff down by hand to stop it where you choose.';
  const which = view === 'last' ? 'No blue tick yet: the tapping goes on.' : 'No red tick yet: no tapping so far.';
  return `${which} Let the cuff down further; the view follows the needle.`;
}

const MOMENT_WORDS: Readonly<Record<KorotkoffMoment, string>> = {
  first: 'First Korotkoff sound: the red tick marks where the needle was.',
  last: 'The sounds stop: the blue tick marks where the needle was.',
};

/**
 * What the station says after the first blood pressure: the repeat the vitals workflow scores
 * (`vitals.bp-repeat`, `BP_REPEAT_RULES` in src/reference/vital-signs.ts, with their sources:
 * ACC/AHA 2017 guideline, Table 4, readings 1–2 minutes apart, averaged; AAP 2017 clinical
 * practice guideline for a child's elevated reading). An adult's "above normal" is the
 * guideline's: 120 systolic or 80 diastolic and over (`classifyAdultBloodPressure`).
 */
const BP_REPEAT_PROMPT =
  'If this first reading is above normal for the patient’s age (an adult’s 120 systolic or 80 diastolic and over; a child’s elevated for age), wait 1–2 minutes, take a second reading the same way and chart the average (ACC/AHA 2017; AAP 2017).';

/**
 * What the repeat rule asks after a first reading. For a child of 1 to 12 judged by the AAP 2017
 * table it names where this child's elevated range starts (the table's row for the age, sex and
 * height, as the review's ranges show it): the playtester could not know that a 5-year-old's
 * 110/62 needed a second reading until the finding came.
 */
function repeatPrompt(machine: VitalsContext, patient: ScenarioPatient): string {
  const child = childBloodPressure(onDay(machine), { systolicMmHg: 0, diastolicMmHg: 0 });
  if (child === null) return BP_REPEAT_PROMPT;
  return `If this first reading is elevated for ${patient.name.given}’s age, sex and height (from ${child.elevatedFrom.systolic}/${child.elevatedFrom.diastolic} by the AAP 2017 table), wait 1–2 minutes, take a second reading the same way and chart the average (AAP 2017).`;
}

/** What the stethoscope gives with the needle held at one pressure, as the hand deflation says it. */
const STEP_WORDS = { 'silent-above': 'silence', tapping: 'tapping', 'silent-below': 'silence' } as const;

/** The orthostatic readings in words, in the order taken, with what the patient said on standing. */
function orthostaticLines(context: VitalsContext): string[] {
  return context.orthostatic.map((r) => {
    const where = r.position === 'supine' ? `Lying, after ${r.minutes} min rest` : r.minutes === 0 ? 'Standing, at once' : `Standing, ${r.minutes} min`;
    const said = r.dizzy ? ' The patient says: “Oh — I feel dizzy, the room is spinning.”' : '';
    return `${where}: ${r.systolicMmHg}/${r.diastolicMmHg} mmHg, pulse ${r.pulsePerMinute}/min.${said}`;
  });
}

/**
 * How far `body` (a scrolling box) must scroll for the box `wanted` (the dial and its buttons) to
 * show whole in it: 0 when it shows already; else the least that brings it in, never so far that
 * the box `first` (the dial itself, at the top of `wanted`) goes out at the top: on a window too
 * short for both, the dial wins.
 */
function scrollToShow(body: HTMLElement, wanted: DOMRect, first: DOMRect): number {
  const top = body.getBoundingClientRect().top + body.clientTop;
  const bottom = top + body.clientHeight;
  if (wanted.top >= top - 1 && wanted.bottom <= bottom + 1) return 0;
  if (wanted.top < top) return wanted.top - top;
  return Math.min(wanted.bottom - bottom, Math.max(0, first.top - top));
}

/** Marks `node` as a part of the panel that a finished step collapses to a line (the identification, the allergy list, the complaint, the flags), under `key` (`holdStillAfterCollapse`). */
function keptRoom<T extends HTMLElement>(node: T, key: string): T {
  node.dataset.room = key;
  return node;
}

let takenCount = 0;

/**
 * Shows on each measurement button in `row` whether its measurement is taken (`values`, by the
 * button's key: the value as the instrument or the count gave it, or null when not taken): under
 * the instrument's name, "not taken yet" or a tick and the value, the taken button filled; for a
 * screen reader the same as the button's description ("Taken: 72 /min."). The line is there
 * from the start, so a button keeps its size when its measurement comes in; its name stays the
 * instrument's, and pressing it again measures again. The playtester could not tell from the
 * buttons which measurements were done.
 */
function markTaken(row: HTMLElement, values: Readonly<Record<string, string | null>>): void {
  for (const [key, value] of Object.entries(values)) {
    const button = row.querySelector<HTMLButtonElement>(`[data-key="${key}"]`);
    if (!button) continue;
    takenCount += 1;
    const id = `vitals-taken-${takenCount}`;
    button.classList.add('vitals-measure');
    button.classList.toggle('vitals-measured', value !== null);
    const shown = element('span', 'vitals-measure-state', value === null ? 'not taken yet' : `✓ ${value}`);
    shown.setAttribute('aria-hidden', 'true');
    button.append(shown);
    const said = element('span', 'visually-hidden', value === null ? 'Not taken yet.' : `Taken: ${value}.`);
    said.id = id;
    button.setAttribute('aria-describedby', id);
    button.after(said);
  }
}

/** The collapsible parts of the panel as drawn now: each one's key, top and height on the screen. */
function roomsOf(content: HTMLElement): Map<string, { top: number; height: number }> {
  const rooms = new Map<string, { top: number; height: number }>();
  for (const node of content.querySelectorAll<HTMLElement>('[data-room]')) {
    const box = node.getBoundingClientRect();
    rooms.set(node.dataset.room!, { top: box.top, height: box.height });
  }
  return rooms;
}

/**
 * After a redraw in which a finished step collapsed to its line (`before`: the parts as they were
 * drawn), scrolls the panel's body so that the collapsed part ends where it ended before: what
 * comes after it stays where it was under the trainee's pointer ("The patient is ready for the
 * provider" stays put, and the red "Alert the provider now" never comes up where "Save the flags"
 * was), as far as the body can scroll, and the collapsed line sits where the button just pressed
 * was. A short collapsed part (a line or two) that would start under the panel's header is brought
 * down whole. The step keeps no blank room: the playtest saw blank gaps under each done step, and
 * "Flagged: Blood pressure." half under the header.
 */
function holdStillAfterCollapse(content: HTMLElement, before: ReadonlyMap<string, { top: number; height: number }>): void {
  const body = content.closest<HTMLElement>('.station-body');
  if (!body) return;
  const viewTop = body.getBoundingClientRect().top + body.clientTop;
  for (const node of content.querySelectorAll<HTMLElement>('[data-room]')) {
    const was = before.get(node.dataset.room!);
    if (was === undefined) continue;
    const now = node.getBoundingClientRect();
    // Only a part that shrank, and only when it was on the screen or above it (below, nothing in view moved).
    if (was.height - now.height < 1 || was.top >= viewTop + body.clientHeight) continue;
    // Measured, not worked out: the redraw's scroll may already have been cut short by the shorter body.
    body.scrollTop += now.bottom - (was.top + was.height);
    const top = node.getBoundingClientRect().top;
    if (top < viewTop && now.height <= body.clientHeight / 3) body.scrollTop -= viewTop - top;
  }
}

class VitalsPanel implements StationInstance {
  readonly #host: StationHost;
  readonly #content = element('div', 'clinical-content');
  readonly #bench: InstrumentGame;
  readonly #benchScene: VitalsBenchScene;
  readonly #gauge: InstrumentGame;
  readonly #gaugeScene: BpGaugeScene;
  readonly #readingsList = element('ul', 'visually-hidden');
  /** While the cuff is let down by hand, what is heard at the needle's pressure, on the screen (the live region says it to screen readers; without it a player with the sound off or who cannot hear it could not use this way of reading). */
  readonly #heardLine = paragraph('', 'clinical-reading bp-heard');
  /** What the dial shows now, and why a close-up asked for is not shown, on the screen under the zoom buttons (the live region says it to screen readers). */
  readonly #viewLine = paragraph('', 'clinical-reading bp-view-line');
  /** Why a close-up asked for is not shown, across the foot of the dial while the view follows the needle instead; hidden otherwise. */
  readonly #refusedLine = paragraph('', 'bp-refused');
  readonly #announcer = liveRegion();
  #context: StationContext;
  #ui: VitalsUi;
  readonly #problems = new StepProblem(() => this.#ui, () => this.#render());
  #shownSnapshot: unknown = null;

  constructor(host: StationHost, context: StationContext) {
    this.#host = host;
    this.#context = context;
    const machine = (context.snapshot?.context as VitalsContext | undefined) ?? null;
    this.#ui = initialUi(context.patient!, machine !== null && routeMatters(machine));
    this.#benchScene = new VitalsBenchScene();
    this.#bench = mountInstrumentGame(this.#benchScene, {
      ...BENCH_SIZE,
      className: 'vitals-bench',
      label: 'Exam-room instruments: scale, thermometer and pulse oximeter (their numbers are listed under Measurements taken)',
    });
    this.#readingsList.setAttribute('aria-label', 'Instrument readings');
    // Said to screen readers by the live region as each press lands; the line is for the eyes.
    this.#heardLine.setAttribute('aria-hidden', 'true');
    this.#viewLine.setAttribute('aria-hidden', 'true');
    this.#refusedLine.setAttribute('aria-hidden', 'true');
    this.#refusedLine.hidden = true;
    this.#gaugeScene = new BpGaugeScene({
      reducedMotion: context.reducedMotion,
      numberTicks: context.session.settings.mode === 'practice',
      listener: { onSound: (index, moment, mmHg) => this.#soundHeard(index, moment, mmHg), onSettled: (index) => this.#gaugeSettled(index), onView: (view, byHand) => this.#viewShown(view, byHand) },
    });
    this.#gauge = mountInstrumentGame(this.#gaugeScene, {
      ...GAUGE_SIZE,
      className: 'bp-gauge',
      label: `Aneroid blood-pressure gauge, 0 to 300 mmHg, a tick every 2 and a number every 10${context.session.settings.mode === 'practice' ? ' (close up in practice, the 2s near the needle or a mark numbered too)' : ''}, shown close up round the needle as it falls and round both marks once it has settled; the tick where the first sound came is painted red, the one where the sounds stopped blue`,
    });
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
    this.#gauge.destroy();
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

  /**
   * A sound heard as the needle falls: said in the live region, without the value (reading it is
   * the skill): the trainee reads the marked tick, zooms on it, or lets the cuff down by hand.
   * A hand deflation says the needle's pressure at each step and what the stethoscope gives there.
   */
  #soundHeard(index: number, moment: KorotkoffMoment, _mmHg: number): void {
    if (this.#handDeflating) return;
    const words = `Reading ${index + 1}. ${MOMENT_WORDS[moment]}`;
    // With reduced motion both sounds come at once: keep both in the one message.
    this.#announcer.textContent = moment === 'last' && this.#announcer.textContent?.startsWith(`Reading ${index + 1}. First`) ? `${this.#announcer.textContent} ${words}` : words;
  }

  /** The dial's view changed (asked for, or by itself as the needle settles): the line under the zoom buttons says what it shows. */
  #viewShown(view: GaugeView, byHand: boolean): void {
    this.#viewLine.textContent = viewWords(view, byHand);
    this.#refusedLine.textContent = '';
    this.#refusedLine.hidden = true;
    delete this.#refusedLine.dataset.refused;
  }

  /** Whether the last render was of the rooming (the gauge's step drawn), to notice the vitals charted. */
  #wasRooming = false;

  /** The gauge's step is gone: a hand deflation left open ends, and nothing it said stays behind. */
  #leaveGauge(): void {
    this.#handDeflating = false;
    this.#hand = null;
    this.#announcer.textContent = '';
    this.#heardLine.textContent = '';
  }

  /** Whether the trainee is letting the cuff down by hand (the gauge's sounds are then said by the step). */
  #handDeflating = false;
  /** The needle's pressure in the hand deflation, and the reading it is for. */
  #hand: { index: number; mmHg: number } | null = null;

  /** Pumps the cuff up again for reading `index`, to be let down by hand. */
  #pumpByHand(index: number): void {
    const top = this.#gaugeScene.inflationOf(index);
    if (top === null) return;
    this.#hand = { index, mmHg: top };
    this.#handDeflating = true;
    this.#gaugeScene.zoom(null);
    this.#gaugeScene.stepTo(index, top);
    this.#announcer.textContent = `Reading ${index + 1}, by hand: cuff pumped to ${top} mmHg; silence.`;
    this.#heardLine.textContent = `Cuff pumped to ${top} mmHg: silence.`;
    this.#heardLine.dataset.heard = 'silence';
    this.#render();
    this.#showGauge();
  }

  /** Lets the cuff down 2 mmHg by hand: the live region says the needle's pressure and what is heard there. */
  #stepDown(): void {
    const hand = this.#hand;
    if (hand === null) return;
    const mmHg = Math.max(0, hand.mmHg - 2);
    this.#hand = { ...hand, mmHg };
    const heard = this.#gaugeScene.stepTo(hand.index, mmHg);
    if (heard === null) return;
    this.#announcer.textContent = `${mmHg} mmHg: ${STEP_WORDS[heard]}.`;
    this.#heardLine.textContent = `${mmHg} mmHg: ${STEP_WORDS[heard]}.`;
    this.#heardLine.dataset.heard = heard === 'tapping' ? 'tapping' : 'silence';
    if (mmHg === 0) this.#endHand();
  }

  #endHand(): void {
    // The valve opened: the needle drops to zero.
    if (this.#hand !== null) this.#gaugeScene.stepTo(this.#hand.index, 0);
    // The marks the hand deflation painted, framed to be read.
    this.#gaugeScene.zoom('both');
    this.#handDeflating = false;
    this.#hand = null;
    this.#render();
  }

  #gaugeSettled(index: number): void {
    const fresh = index + 1 > this.#ui.heardBp;
    this.#ui.heardBp = Math.max(this.#ui.heardBp, index + 1);
    if (!fresh) return;
    const machine = this.#machine;
    // Once the vital signs are charted, the blood pressure's step is no longer drawn and only the
    // readings list changes: a whole redraw then, seconds after the press that started the
    // reading, replaced the review's flag a press was landing on (the press was lost).
    if (machine && !this.#listed('vitals.recorded')) this.#showReadings(machine);
    else this.#render();
  }

  /** Plays reading `index` on the gauge again, with the gauge brought into view. */
  #replay(index: number): void {
    this.#announcer.textContent = '';
    this.#handDeflating = false;
    this.#hand = null;
    this.#gaugeScene.zoom(null);
    this.#showGauge();
    this.#gaugeScene.play(index);
  }

  /**
   * Brings the gauge and its buttons into view, and only when they are not: the panel's body
   * scrolls by the least that shows them, and not at all when they show already, so the
   * button just pressed (Inflate, Replay, a zoom) stays under the pointer. Measured on the
   * boxes as they are on the screen, and only the body scrolls: `scrollIntoView` on the dial
   * (then sticky) moved "Replay reading 1" by a hundred pixels with the whole dial already in
   * view (the playtest, issue 19).
   */
  #showGauge(): void {
    // After the redraw an action brings (which keeps the panel's scroll), and at once: a smooth scroll would be undone by the next redraw.
    // Looked at again a frame later: the step's hint at the panel's foot may take room from the body after the press's frame.
    const bringIn = () => {
      const gauge = this.#gauge.host;
      const body = gauge.closest<HTMLElement>('.station-body');
      // The dial and the row of buttons under it (Take another reading, Replay), not the note below them.
      const buttons = gauge.closest('.bp-dial')?.querySelector<HTMLElement>('[data-key="take-bp"]')?.parentElement ?? gauge;
      if (!body) return;
      const [dial, row] = [gauge.getBoundingClientRect(), buttons.getBoundingClientRect()];
      const by = scrollToShow(body, new DOMRect(dial.x, dial.top, dial.width, Math.max(dial.bottom, row.bottom) - dial.top), dial);
      if (by !== 0) body.scrollTop += by;
    };
    requestAnimationFrame(() => {
      bringIn();
      requestAnimationFrame(bringIn);
    });
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
    // The vitals charted, the gauge's words are over: its last line ("30 mmHg: silence.") stayed in the live region under the Provider box.
    if (!rooming && this.#wasRooming) this.#leaveGauge();
    this.#wasRooming = rooming;
    this.#host.setSubtitle(`${displayName(patient)} · ${rooming ? 'rooming and vital signs' : 'review and hand-over'}`);
    this.#benchScene.show(benchReadings(machine));
    this.#gaugeScene.show(machine.readings.bloodPressure);
    this.#showReadings(machine);
    const before = roomsOf(this.#content);
    redraw(this.#content, () => [
      patientCard(context.session.scenario, patient, context.patientView),
      // First while it is due: the standing order's ECG need not wait for the vitals (they are taken after the tracing).
      rooming && this.#listed('patient.sent-for-ecg') ? this.#standingEcgStep() : null,
      // The provider's order, on top while it is open, as the standing ECG's is (the playtester charted past it).
      orthostaticStepsLeft(machine).length > 0 ? this.#orthostaticOrderStep(machine) : null,
      keptRoom(this.#contactStep(machine, patient), 'contact'),
      this.#historyStep(machine, patient),
      keptRoom(this.#complaintStep(machine, patient), 'complaint'),
      ...(rooming
        ? [this.#measureStep(machine), this.#bloodPressureStep(machine, patient), patient.orthostaticVitals === true ? this.#orthostaticStep(machine) : null, this.#chartStep(machine)]
        : [this.#chartedStep(machine), patient.orthostaticVitals === true && machine.orthostatic.length === 0 ? this.#orthostaticSummary(machine) : null, this.#reviewStep(machine)]),
      this.#providerStep(patient),
    ]);
    holdStillAfterCollapse(this.#content, before);
  }

  /** The instrument readings list for screen readers, with the blood pressures whose reading has been heard. */
  #showReadings(machine: VitalsContext): void {
    this.#readingsList.replaceChildren(...readingLines(machine, this.#ui.heardBp).map((line) => element('li', undefined, line)));
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
    const voice = roomingVoice(patient, machine.scenario.day.date);
    const { allergies, medications, unrecordedAllergies } = patient.history;
    const chartAllergies = allergies.length === 0 ? 'No known allergies on the chart' : allergies.map((a) => (a.reaction ? `${a.substance} (${a.reaction})` : a.substance)).join('; ');
    const chartMeds = medications.length === 0 ? 'No medications on the chart' : medications.map((m) => (m.dose ? `${m.name} ${m.dose}` : m.name)).join('; ');
    // The allergies in a room of their own (`keptRoom`): saved, they shrink to a line, and the medications' button stays where it was.
    const allergyParts: (Node | null)[] = [factList([['Chart allergies', chartAllergies]])];
    if (machine.allergiesRecorded !== null) {
      allergyParts.push(paragraph(`Allergy list saved: ${machine.allergiesRecorded.length === 0 ? 'no known allergies' : machine.allergiesRecorded.join(', ')}.`));
    } else if (!ui.askedAllergies) {
      const ask = voice.forChild ? `Ask ${voice.speaker} about ${patient.name.given}’s allergies` : 'Ask the patient about allergies';
      allergyParts.push(buttonRow(keyedButton(ask, 'ask-allergies', 'quiet', () => this.#problems.afterChange(() => (ui.askedAllergies = true)))));
    } else {
      const reported = [...allergies, ...unrecordedAllergies];
      const said = allergyAnswer(reported, patient, voice);
      for (const a of unrecordedAllergies) if (!ui.allergies.has(a.substance)) ui.allergies.set(a.substance, false);
      const who = voice.forChild ? voice.speaker : 'the patient';
      allergyParts.push(
        factList([[voice.forChild ? `${voice.speaker} says` : 'The patient says', said]]),
        // Nothing on the chart and nothing said: no empty box to tick in (the playtest read an empty "Allergy list to save" as broken), but what the list is and that it is empty.
        ui.allergies.size === 0
          ? factList([['Allergy list to save', 'Nothing entered yet: type any allergy below; saved empty, the list is charted as “no known allergies”.']], 'vitals-allergy-empty')
          : checkboxGroup(
              'Allergy list to save',
              [...ui.allergies.keys()].map((substance) => checkbox({ label: substance, key: `allergy:${substance}`, checked: ui.allergies.get(substance) === true, onChange: (checked) => ui.allergies.set(substance, checked) })),
            ),
        textField({ label: 'Another allergy (optional)', key: 'allergy-other', value: ui.otherAllergy, onInput: (value) => (ui.otherAllergy = value) }),
        // The playtester, told to record "no known allergies", looked for a box to tick for it.
        ui.allergies.size === 0 ? null : paragraph(`Tick each allergy ${who} confirms; a list saved with none ticked or typed is charted as “no known allergies”.`, 'station-note'),
        buttonRow(openWhen(actionButton('Save the allergy list', 'save-allergies', () => this.#saveAllergies()), this.#listed('allergies.reconciled'))),
      );
    }
    const allergyArea = element('div', 'vitals-allergy-area');
    allergyArea.append(...allergyParts.filter((part): part is Node => part !== null));
    const children: (Node | null)[] = [keptRoom(allergyArea, 'allergies'), factList([['Chart medications', chartMeds]])];
    children.push(
      machine.medicationsReconciled
        ? paragraph(voice.forChild ? `Medication list gone through with ${voice.speaker} and saved.` : 'Medication list gone through with the patient and saved.')
        : buttonRow(openWhen(actionButton(voice.forChild ? `Go through each of ${patient.name.given}’s medications with ${voice.speaker} and save the list` : 'Go through each medication with the patient and save the list', 'meds', () => this.#send({ type: 'medications.reconciled' })), this.#listed('medications.reconciled'))),
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
    if (machine.chiefComplaint !== null) return step('Chief complaint', [paragraph(`Recorded: ${quoted(machine.chiefComplaint)}`)], { done: true });
    const children: (Node | null)[] = [];
    const voice = roomingVoice(patient, machine.scenario.day.date);
    if (!ui.askedComplaint) {
      const ask = voice.forChild ? `Ask ${voice.speaker}: “${complaintQuestion(patient, voice)}”` : 'Ask what brings the patient in today';
      children.push(buttonRow(keyedButton(ask, 'ask-complaint', 'quiet', () => this.#problems.afterChange(() => (ui.askedComplaint = true)))));
    } else {
      const said = complaintSaid(patient, voice);
      children.push(factList([[voice.forChild ? `${said.speaker} says` : 'The patient says', quoted(said.words)]]));
    }
    children.push(
      textField({ label: 'Chief complaint, as you chart it', key: 'complaint', value: ui.complaint, onInput: (value) => (ui.complaint = value), multiline: true, hint: COMPLAINT_WORDS_HINT }),
      buttonRow(openWhen(actionButton('Record the chief complaint', 'record-complaint', () => this.#send({ type: 'chief-complaint.recorded', text: ui.complaint.trim() })), this.#listed('chief-complaint.recorded'))),
    );
    return step('Chief complaint', children);
  }

  #measureStep(machine: VitalsContext): HTMLElement {
    const ui = this.#ui;
    const r = machine.readings;
    const counts: string[] = [];
    const who = onDay(machine);
    const apical = apicalPulse(who);
    if (r.pulsePerMinute !== null) {
      counts.push(
        apical
          ? `Apical pulse, stethoscope at the ${APICAL_PULSE_UNDER_MONTHS.site}, counted for a full minute: ${r.pulsePerMinute} beats.`
          : `Radial pulse counted for a full minute: ${r.pulsePerMinute} beats.`,
      );
    }
    if (r.respirationsPerMinute !== null) counts.push(`Breaths counted for a full minute: ${r.respirationsPerMinute}.`);
    const scale = painScaleFor(onDay(machine));
    if (r.painScore !== null && scale?.kind !== 'observed') {
      counts.push(
        scale?.scale === 'faces'
            ? `Pain by the faces scale: ${machine.patient.name.given} points to the face that scores ${r.painScore} of 10.`
            : r.painScore === 0
            ? 'Pain: “No pain at all — zero.”'
            : `Pain: “I’d say it’s a ${r.painScore} out of 10.”`,
      );
    }
    const hw = r.heightCm === null || r.weightKg === null ? null : `${r.heightCm.toFixed(1)} cm, ${r.weightKg.toFixed(1)} kg${r.headCircumferenceCm === null ? '' : `, head ${r.headCircumferenceCm.toFixed(1)} cm`}`;
    const pain = r.painScore === null ? null : scale?.kind === 'observed' ? 'observed; score it below' : `${r.painScore} of 10`;
    const noPain = noPainScaleReason(who);
    const painLabel = scale === null ? 'Assess pain' : scale.kind === 'observed' ? `Observe pain (${scale.displayName.split(' (')[0]})` : scale.scale === 'faces' ? 'Ask for a pain score (faces scale)' : 'Ask for a pain score (0–10)';
    const measures = buttonRow(
        openWhen(
          actionButton(lengthBoard(who) ? `Weight (infant scale) and length (lying on the length board)${headCircumference(who) && who.patient.vitals.headCircumferenceCm !== undefined ? ', and the tape round the head' : ''}` : 'Height and weight', 'measure-hw', () => this.#send({ type: 'height-weight.measured' }), 'quiet'),
          this.#listed('height-weight.measured'),
        ),
        openWhen(actionButton(apical ? 'Apical pulse (stethoscope, count 60 s)' : 'Pulse (count 60 s)', 'measure-pulse', () => this.#send({ type: 'pulse.measured' }), 'quiet'), this.#listed('pulse.measured')),
        openWhen(actionButton('Respirations (count 60 s)', 'measure-resp', () => this.#send({ type: 'respirations.measured' }), 'quiet'), this.#listed('respirations.measured')),
        openWhen(actionButton('SpO₂ (pulse oximeter)', 'measure-spo2', () => this.#send({ type: 'spo2.measured' }), 'quiet'), this.#listed('spo2.measured')),
        // No pain scale fits a baby under 2 months (the note below says why): no button for it.
        scale === null ? null : openWhen(actionButton(painLabel, 'measure-pain', () => this.#send({ type: 'pain.assessed' }), 'quiet'), this.#listed('pain.assessed')),
    );
    const temperature = buttonRow(openWhen(actionButton('Take the temperature', 'measure-temp', () => this.#takeTemperature(), 'quiet'), this.#listed('temperature.measured')));
    markTaken(measures, {
      'measure-hw': hw,
      'measure-pulse': r.pulsePerMinute === null ? null : `${r.pulsePerMinute} /min`,
      'measure-resp': r.respirationsPerMinute === null ? null : `${r.respirationsPerMinute} /min`,
      'measure-spo2': r.spo2Percent === null ? null : `${r.spo2Percent} %`,
      'measure-pain': pain,
    });
    markTaken(temperature, { 'measure-temp': r.temperature === null ? null : `${r.temperature.celsius.toFixed(1)} °C, ${routeLabel(r.temperature.route).toLowerCase()}` });
    return step('Measurements', [
      this.#bench.host,
      this.#readingsList,
      measures,
      noPain === null ? null : paragraph(noPain, 'station-note'),
      radioGroup({ legend: 'Thermometer and route', key: 'route', choices: THERMOMETER_CHOICES, value: ui.route, onChange: (value) => this.#problems.afterChange(() => (ui.route = value)), column: true }),
      temperature,
      this.#problems.line('temp'),
      ...counts.map((line) => paragraph(line, 'clinical-reading')),
      r.painScore !== null && scale?.kind === 'observed' ? this.#flaccScoring(machine) : null,
    ]);
  }

  #takeTemperature(): ActionOutcome | null {
    const route = this.#ui.route;
    if (route === null) return this.#problems.show('temp', 'Choose the thermometer and route that suit the child’s age first.');
    return this.#send({ type: 'temperature.measured', route });
  }

  /** The sum of the FLACC items the trainee has scored, or null until all five are. */
  #flaccTotal(): number | null {
    const scores = FLACC_ITEMS.map((item) => this.#ui.flacc[item.id]);
    return scores.every((score) => score !== undefined) ? scores.reduce<number>((sum, score) => sum + score!, 0) : null;
  }

  /** FLACC: what the child shows on each item, the trainee's 0–2 for each, and the total as their sum. */
  #flaccScoring(machine: VitalsContext): HTMLElement {
    const ui = this.#ui;
    const shows = flaccFor(onDay(machine));
    const total = this.#flaccTotal();
    const box = element('div', 'flacc-scoring');
    box.append(
      element('h4', 'clinical-subheading', 'FLACC: score what the child shows'),
      paragraph('You watch the child on the parent’s lap for a few minutes. Score each item 0, 1 or 2; the pain score is their sum (0–10).', 'station-note'),
    );
    for (const item of FLACC_ITEMS) {
      const seen = shows === null ? null : item.seen[shows[item.id]];
      box.append(
        radioGroup({
          legend: `${item.name}${seen ? ` — ${seen}` : ''}`,
          key: `flacc:${item.id}`,
          choices: item.levels.map((level, score) => ({ value: String(score), label: `${score} — ${level}` })),
          value: ui.flacc[item.id] === undefined ? null : String(ui.flacc[item.id]),
          onChange: (value) => this.#problems.afterChange(() => (ui.flacc = { ...ui.flacc, [item.id]: Number(value) })),
          column: true,
        }),
      );
    }
    box.append(
      paragraph(total === null ? 'FLACC total: score all five items.' : `FLACC total: ${total} of 10.`, 'clinical-reading'),
      buttonRow(
        total === null
          ? null
          : keyedButton('Put the FLACC total in the chart’s pain field', 'flacc-to-chart', 'quiet', () => this.#problems.afterChange(() => (ui.draft = { ...ui.draft, painScore: String(total) }))),
      ),
    );
    return box;
  }

  #bloodPressureStep(machine: VitalsContext, patient: ScenarioPatient): HTMLElement {
    const ui = this.#ui;
    const taken = machine.readings.bloodPressure.length;
    const who = onDay(machine);
    const young = bpPositions(who).accepted === null;
    const controls = element('div', 'bp-controls');
    controls.append(
      ...[
      bloodPressureRequired(who)
        ? null
        : paragraph(`Not a routine vital sign for ${patient.name.given}: under 3 years a blood pressure is taken only with a risk condition (AAP 2017), and none is on the chart.`, 'station-note'),
      ui.armMeasured
        ? factList([['Mid-upper arm circumference', `${patient.vitals.armCircumferenceCm} cm`]])
        : buttonRow(keyedButton('Measure the mid-upper arm with the tape', 'measure-arm', 'quiet', () => this.#problems.afterChange(() => (ui.armMeasured = true)))),
      radioGroup({ legend: 'Cuff', key: 'cuff', choices: CUFF_CHOICES, value: ui.cuff, onChange: (value) => (ui.cuff = value) }),
      radioGroup({ legend: 'Position', key: 'position', choices: positionChoices(bpPositions(who).offered), value: ui.position, onChange: (value) => (ui.position = value) }),
      checkboxGroup('Before and during the reading', [
        checkbox({ label: young ? 'Child settled and calm first (not crying or feeding)' : 'Patient rested quietly for 5 minutes first', key: 'rested', checked: ui.rested, onChange: (checked) => (ui.rested = checked) }),
        checkbox({ label: 'Arm supported, cuff at heart level', key: 'arm-level', checked: ui.armAtHeartLevel, onChange: (checked) => (ui.armAtHeartLevel = checked) }),
        checkbox({ label: young ? 'Child crying or babbling during the reading' : 'Patient talking during the reading', key: 'talking', checked: ui.talking, onChange: (checked) => (ui.talking = checked) }),
      ]),
      this.#problems.line('bp'),
      ].filter((node): node is HTMLElement => node !== null),
    );
    // The dial with the buttons that play it, so the gauge and the controls are in view together.
    const dial = element('div', 'bp-dial');
    const frame = element('div', 'bp-dial-frame');
    frame.append(this.#gauge.host, this.#refusedLine);
    dial.append(
      frame,
      paragraph(taken === 0 ? 'No reading taken yet.' : `Readings taken: ${taken}.`, 'clinical-reading'),
      buttonRow(
        openWhen(actionButton(taken === 0 ? 'Inflate the cuff and take the reading' : 'Take another reading', 'take-bp', () => this.#takeBloodPressure()), this.#listed('blood-pressure.measured')),
        ...machine.readings.bloodPressure.map((_, index) =>
          keyedButton(taken === 1 ? 'Replay the deflation' : `Replay reading ${index + 1}`, `replay-bp:${index}`, 'quiet', () => this.#replay(index)),
        ),
      ),
    );
    // Once the first reading is in: what the repeat rule (vitals.bp-repeat) asks, without
    // saying whether this reading is high (reading the dial is the trainee's). Under the
    // dial and the controls beside it, so "Take another reading" does not move when it
    // appears; not in the dial's column: there (the column then sticky) the note made it
    // taller than the body, so the dial stuck by its foot, jumped up out of view when the
    // note came and slid when the controls beside it grew at the reading's end (issue 19).
    const note = taken > 0 ? paragraph(taken === 1 ? repeatPrompt(machine, patient) : 'Chart the average of the readings to the whole mmHg: each reading is on a 2 mmHg tick, their average may be an odd number (134/82 and 132/80 give 133/81).', 'station-note bp-repeat-note') : null;
    // Reading the dial closely goes at the top of the controls beside the dial, so the dial column stays as short as the window and the zoom and let-down buttons are in view with the dial (at 1280×720 they sat under the cuff and position choices, off screen).
    if (this.#ui.heardBp > 0) controls.prepend(this.#gaugeTools(taken));
    const bench = element('div', 'bp-bench');
    bench.append(dial, controls);
    return step('Blood pressure', [bench, note]);
  }

  /** Reading the dial closely: a zoom on each mark, and the last reading let down by hand, 2 mmHg a press. */
  #gaugeTools(taken: number): HTMLElement {
    const tools = element('div', 'bp-tools');
    const zoom = (view: KorotkoffMoment | 'both' | null) => () => {
      const outcome = this.#gaugeScene.zoom(view);
      this.#showGauge();
      if (outcome === 'shown' || view === null) {
        this.#announcer.textContent = ZOOM_WORDS[view ?? 'whole'];
        return;
      }
      const words = refusedWords(outcome, view);
      this.#refusedLine.textContent = words;
      this.#refusedLine.dataset.refused = outcome;
      this.#refusedLine.hidden = false;
      this.#announcer.textContent = words;
    };
    const last = taken - 1;
    tools.append(
      element('h4', 'clinical-subheading', 'Read the dial closely'),
      buttonGroup('Zoom on the dial', [
        keyedButton('Both marks', 'zoom-both', 'quiet', zoom('both')),
        keyedButton('Red tick close up', 'zoom-first', 'quiet', zoom('first')),
        keyedButton('Blue tick close up', 'zoom-last', 'quiet', zoom('last')),
        keyedButton('Whole dial', 'zoom-none', 'quiet', zoom(null)),
      ]),
      this.#hand === null
        ? buttonRow(keyedButton(taken === 1 ? 'Let the cuff down by hand (2 mmHg a press)' : `Let reading ${taken} down by hand (2 mmHg a press)`, 'bp-by-hand', 'quiet', () => this.#pumpByHand(last)))
        : buttonGroup('Letting the cuff down by hand', [
            keyedButton('Let down 2 mmHg', 'bp-step', 'quiet', () => this.#stepDown()),
            keyedButton('Open the valve (stop)', 'bp-hand-stop', 'quiet', () => this.#endHand()),
          ]),
      // What the dial shows, under the controls so they stay in a short window; while the cuff is let down by hand the needle's pressure and what is heard say it.
      ...(this.#hand === null ? [this.#viewLine] : [this.#heardLine]),
    );
    return tools;
  }

  #takeBloodPressure(): ActionOutcome | null {
    const ui = this.#ui;
    if (ui.cuff === null || ui.position === null) return this.#problems.show('bp', 'Choose a cuff and how the patient sits or lies.');
    this.#announcer.textContent = '';
    const outcome = this.#send({
      type: 'blood-pressure.measured',
      technique: { cuff: ui.cuff, position: ui.position, rested: ui.rested, armAtHeartLevel: ui.armAtHeartLevel, talking: ui.talking },
    });
    this.#showGauge();
    return outcome;
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
    // An order charted without its readings is not shown as done (the playtester read "done" as "carried out").
    if (lines.length === 0) return step('Orthostatic readings: not taken', [paragraph('The order asked for orthostatic vital signs, and none were taken before the vitals were charted.', 'kit-problem')]);
    return step('Orthostatic readings', lines.map((line) => paragraph(line, 'clinical-reading')), { done: true });
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

  #chartStep(machine: VitalsContext): HTMLElement {
    const ui = this.#ui;
    const grid = fieldGrid();
    const who = onDay(machine);
    const withBmi = bmiExpected(who);
    const fields = vitalsFieldsFor({ bmi: withBmi, length: lengthBoard(who), head: headCircumference(who), ...chartedEntries(machine) });
    for (const field of fields) {
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
        const route = selectField({ label: 'Route', key: 'vital:route', choices: ROUTE_CHOICES, value: ui.draft.temperatureRoute, onChange: (value) => (ui.draft = { ...ui.draft, temperatureRoute: value }), blank: '— not charted —' });
        // Two of the grid's columns: in one, "— not charted —" and "Temporal (forehead)" were cut (the playtest at 1366×768).
        route.classList.add('vitals-route-field');
        grid.append(route);
      }
    }
    const rows = takenRows(machine, ui.heardBp, this.#flaccTotal());
    const saveVitals = openWhen(actionButton('Save the vital signs to the chart', 'record-vitals', () => this.#recordVitals(machine, fields)), this.#listed('vitals.recorded'));
    // The steps the domain counts as open, said where charting would close the ordered readings for good.
    const left = roomingStepsLeft(machine).map((type) => VITALS_ACTION_LABELS[type]);
    const leftNote = orthostaticStepsLeft(machine).length === 0 ? null : paragraph(`Still to do before the hand-over: ${left.join('; ')}.`, 'station-note vitals-steps-left');
    if (leftNote !== null) {
      leftNote.id = 'vitals-steps-left';
      saveVitals.setAttribute('aria-describedby', leftNote.id);
    }
    return step('Chart the vital signs', [
      element('h4', 'clinical-subheading', 'Measurements taken'),
      rows.length === 0 ? paragraph('Nothing measured yet.', 'station-note') : takenList(rows),
      paragraph('Type each value as you read it; a blank entry is charted blank.', 'station-note'),
      withBmi ? null : paragraph('No BMI under 2 years: the provider plots weight-for-length on the WHO growth chart (CDC).', 'station-note'),
      grid,
      leftNote,
      buttonRow(
        withBmi ? keyedButton('Calculate BMI from height and weight', 'calc-bmi', 'quiet', () => this.#problems.afterChange(() => (ui.draft = { ...ui.draft, bmi: bmiText(ui.draft) }))) : null,
        saveVitals,
      ),
      this.#problems.line('chart'),
    ]);
  }

  /**
   * Charts the form; with entries the age calls for left blank, only once the trainee confirms, the
   * question naming them (one early press charted a whole set blank, nine findings at once, in the
   * playtest). Saving with blanks stays the trainee's choice, judged as before.
   */
  #recordVitals(machine: VitalsContext, fields: Parameters<typeof blankEntries>[1]): ActionOutcome | null {
    const values = recordedFromDraft(this.#ui.draft);
    if (isBlankRecord(values)) return this.#problems.show('chart', 'Nothing is typed in the chart yet: type each value as the instrument showed it, then save.');
    const blank = blankEntries(this.#ui.draft, fields);
    if (blank.length === 0) return this.#send({ type: 'vitals.recorded', values });
    void confirmDialog(panelsLayer(), {
      title: 'Blank entries in the chart',
      message: `Left blank for ${displayName(machine.patient)}: ${blank.join(', ')}. Saved now, each is charted blank, which the provider may read as normal, and the debrief judges each one.`,
      confirmLabel: 'Save anyway',
      cancelLabel: 'Go back and fill them',
    }).then((confirmed) => {
      if (confirmed) this.#send({ type: 'vitals.recorded', values });
    });
    return null;
  }

  #chartedStep(machine: VitalsContext): HTMLElement {
    const r = machine.recorded;
    const orthostatic = vitalsRecord(machine).orthostatic;
    return step(
      'Charted vital signs',
      [
        factList([
          [lengthBoard(onDay(machine)) ? 'Length / weight' : 'Height / weight', `${show(r?.heightCm ?? null, 'cm')} / ${show(r?.weightKg ?? null, 'kg')}`],
          ...(headCircumference(onDay(machine)) ? [['Head circumference', show(r?.headCircumferenceCm ?? null, 'cm')] as const] : []),
          ['BMI', bmiExpected(onDay(machine)) || (r?.bmi ?? null) !== null ? show(r?.bmi ?? null, 'kg/m²') : 'not charted under 2 years'],
          ['Temperature', `${show(r?.temperatureC ?? null, '°C')}${r?.temperatureRoute ? ` (${routeLabel(r.temperatureRoute).toLowerCase()})` : ''}`],
          ['Pulse / respirations', `${show(r?.pulsePerMinute ?? null, '/min')} / ${show(r?.respirationsPerMinute ?? null, '/min')}`],
          ['Blood pressure', r && r.systolicMmHg !== null && r.diastolicMmHg !== null ? `${r.systolicMmHg}/${r.diastolicMmHg} mmHg` : 'blank'],
          ['SpO₂ / pain', `${show(r?.spo2Percent ?? null, '%')} / ${show(r?.painScore ?? null, 'of 10')}`],
          ...orthostatic.map(orthostaticEntry),
        ]),
      ],
      { done: true },
    );
  }

  #reviewStep(machine: VitalsContext): HTMLElement {
    const ui = this.#ui;
    const children: (Node | null)[] = [];
    // No blood-pressure flag where no blood pressure is taken (a baby's, with no reading).
    const flaggable = chartedEntries(machine).bloodPressure ? FLAG_CHOICES : FLAG_CHOICES.filter((choice) => choice.value !== 'blood-pressure');
    const choices = machine.patient.orthostaticVitals === true ? [...flaggable, ORTHOSTATIC_FLAG_CHOICE] : flaggable;
    const flagArea = element('div', 'vitals-flag-area');
    if (machine.flagged === null) {
      flagArea.append(
        element('h4', 'clinical-subheading', 'The ranges your flags are judged by'),
        this.#rangeList(machine),
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
      flagArea.append(paragraph(machine.flagged.length === 0 ? 'No value flagged.' : `Flagged: ${machine.flagged.map((v) => choices.find((c) => c.value === v)?.label ?? v).join(', ')}.`));
    }
    // Said before the hand-over, not only after it: the steps the domain counts as still open. In the
    // flags' room, so that the line going (the flags saved) moves neither "ready" nor the alert under the pointer.
    const left = roomingStepsLeft(machine).map((type) => VITALS_ACTION_LABELS[type]);
    const leftNote = left.length === 0 ? null : paragraph(`Still to do before the hand-over: ${left.join('; ')}.`, 'station-note vitals-steps-left');
    if (leftNote !== null) {
      leftNote.id = 'vitals-steps-left';
      flagArea.append(leftNote);
    }
    children.push(keptRoom(flagArea, 'flags'));
    // The provider may be in the room already (called at once to an ST-elevation tracing): the hand-over tells them rooming is done.
    const here = this.#providerHere();
    const ready = openWhen(actionButton(here === null ? 'The patient is ready for the provider' : `Tell ${here} the rooming is done`, 'ready', () => this.#handOver(machine, left)), this.#listed('patient.ready-for-provider'));
    if (leftNote !== null) ready.setAttribute('aria-describedby', leftNote.id);
    if (here !== null) children.unshift(paragraph(`${here} is with ${machine.patient.name.given} already: finish rooming here, then tell the provider it is done.`, 'station-note vitals-provider-here'));
    children.push(
      buttonRow(
        // Offered only on the clinic's standing order (chest pain) while the tracing is not yet done: the ECG bed before the provider's visit.
        hasStandingEcg(machine) && !machine.ecgTaken ? openWhen(actionButton('Take the patient to the ECG bed now (standing order)', 'send-for-ecg', () => this.#send({ type: 'patient.sent-for-ecg' })), this.#listed('patient.sent-for-ecg')) : null,
        ready,
      ),
    );
    return step('Review and hand over', children);
  }

  /** Each vital sign as charted beside the band the game judges its flag by, with the table's name (the verdict is the trainee's). */
  #rangeList(machine: VitalsContext): HTMLElement {
    const r = machine.recorded;
    const charted: Readonly<Record<FlaggableVital, string>> = {
      'blood-pressure': r && r.systolicMmHg !== null && r.diastolicMmHg !== null ? `${r.systolicMmHg}/${r.diastolicMmHg} mmHg` : 'blank',
      pulse: show(r?.pulsePerMinute ?? null, '/min'),
      respirations: show(r?.respirationsPerMinute ?? null, '/min'),
      temperature: show(r?.temperatureC ?? null, '°C'),
      spo2: show(r?.spo2Percent ?? null, '%'),
    };
    const list = element('dl', 'kit-facts vitals-ranges');
    for (const reference of flagReferences(onDay(machine), machine.readings.temperature?.route ?? null)) {
      const row = element('div', 'kit-fact');
      row.dataset.vital = reference.vital;
      row.append(
        element('dt', undefined, `${FLAG_CHOICES.find((choice) => choice.value === reference.vital)?.label ?? reference.vital} — charted ${charted[reference.vital]}`),
        element('dd', undefined, `${reference.bounds} (${reference.table})`),
      );
      list.append(row);
    }
    return list;
  }

  /** The name of the provider with the patient now (come at once to an ST-elevation tracing, before rooming is done), or null. */
  #providerHere(): string | null {
    const id = this.#context.patientView?.providerHere ?? null;
    return id === null ? null : (this.#context.session.scenario.providers.find((provider) => provider.id === id)?.name ?? null);
  }

  /**
   * Marks the patient ready for the provider; with rooming steps still open, only once the trainee
   * confirms, the question naming them (sending early stays the trainee's choice, judged in the debrief).
   */
  #handOver(machine: VitalsContext, left: readonly string[]): ActionOutcome | null {
    if (left.length === 0) return this.#send({ type: 'patient.ready-for-provider' });
    void confirmDialog(panelsLayer(), {
      title: 'Steps left in rooming',
      message: `${displayName(machine.patient)} still needs: ${left.join('; ')}. Marked ready now, the provider gets the rooming as it stands, and the debrief judges each step left undone.`,
      confirmLabel: 'Mark ready anyway',
      cancelLabel: 'Go back and finish',
    }).then((confirmed) => {
      if (confirmed) this.#send({ type: 'patient.ready-for-provider' });
    });
    return null;
  }

  /** The provider's orthostatic order while readings are still to take: what is left, and that charting the vitals closes it. */
  #orthostaticOrderStep(machine: VitalsContext): HTMLElement {
    const left = orthostaticStepsLeft(machine).map((type) => VITALS_ACTION_LABELS[type].toLowerCase());
    return step('Provider’s order: orthostatic vital signs', [
      paragraph(
        `The provider ordered orthostatic vital signs for ${machine.patient.name.given}: blood pressure and pulse lying after rest, then standing. Still to take: ${left.join('; ')}. Take them under “Orthostatic vital signs” before you save the vital signs to the chart: once charted, the order can no longer be done in the room.`,
        'station-note',
      ),
    ]);
  }

  /** The standing order for chest pain, offered from the moment the patient is roomed: the ECG bed now, rooming after the tracing. */
  #standingEcgStep(): HTMLElement {
    return step('Standing order: ECG', [
      paragraph(
        'Chest pain: the clinic’s standing order lets you record the 12-lead ECG before the provider’s visit. The guideline asks for the tracing within 10 minutes of arrival, so take the patient to the ECG bed now; rooming and the vital signs carry on here after the tracing.',
        'station-note',
      ),
      buttonRow(actionButton('Take the patient to the ECG bed now (standing order)', 'send-for-ecg-now', () => this.#send({ type: 'patient.sent-for-ecg' }))),
    ]);
  }

  #providerStep(patient: ScenarioPatient): HTMLElement {
    const voice = roomingVoice(patient, this.#context.session.scenario.day.date);
    const machine = this.#machine;
    const known = machine && !machine.providerAlerted ? redFlagAlreadyKnown(machine) : null;
    return step('Provider', [
      paragraph(
        voice.forChild
          ? `A value in the critical range, or a red-flag symptom ${voice.speaker} tells you of (trouble breathing, for one), goes to the provider at once, before anything else; stay with ${patient.name.given}.`
          : 'A value in the critical range, or a red-flag symptom the patient tells you (chest pain or pressure, signs of a stroke, trouble breathing), goes to the provider at once, before anything else; stay with the patient.',
        'station-note',
      ),
      // The workflow lists the alert whenever it takes one (and judges an unneeded one), so the button never tells the trainee whether a value is critical.
      buttonRow(openWhen(actionButton('Alert the provider now', 'alert-provider', () => this.#send({ type: 'provider.alerted' }), 'danger'), this.#listed('provider.alerted'))),
      // Once told, it says so (the playtest pressed it and saw the step unchanged); last in the step, it moves nothing above it.
      ...(this.#machine?.providerAlerted ? [doneMark(`The provider has been told; stay with ${patient.name.given} until they come.`)] : []),
      // Told already from the desk or the ECG bed (the domain's word), it says so, so that the trainee does not wonder whether to alert twice.
      ...(known === null ? [] : [doneMark(known)]),
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

/**
 * What the chart form holds for the patient beyond the usual: the blood pressure where the age
 * calls for one or one was taken, the pain score where a pain scale fits the age (the domain's
 * `optionalEntries`: under 3 no routine blood pressure, under 2 months no pain scale).
 */
function chartedEntries(machine: VitalsContext): { bloodPressure: boolean; pain: boolean } {
  const optional = optionalEntries(machine);
  return { bloodPressure: !optional.includes('blood-pressure') || machine.readings.bloodPressure.length > 0, pain: !optional.includes('pain') };
}
