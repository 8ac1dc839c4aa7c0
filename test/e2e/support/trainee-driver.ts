/**
 * Plays the built game through its screen as a trainee would: a scripted trainee (expert or
 * novice) decides each move on a Node copy of the page's day, and the driver does the move
 * with clicks and typing — it opens the patient's (or the phone's) station from the HUD
 * queue, fills and ticks the controls that say the action and its details, and presses the
 * button that sends it. After every move it checks that the page's session logged exactly
 * that action, then brings the copy up to date from the page's own log (read through the
 * test hook, which is reading, never driving). When the trainee would wait, it lets the
 * clinic clock run: "Next event" in untimed play, otherwise Resume until the minute the
 * next thing happens, then Pause.
 *
 * Each station's controls are found by the `data-key` (or id) the station gives them, the
 * same handles the stations use to keep keyboard focus across redraws.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { tubeName } from '../../../scenes/stations/specimen-choices';
import type { TraineeAction } from '../../../src/clinic/trainee-action';
import { waitingRoomWords } from '../../../src/clinic/waiting-room';
import type { TubeId } from '../../../src/reference/order-of-draw';
import { formatMinutesOfDay } from '../../../src/scenario/clock-time';
import type { Scenario } from '../../../src/scenario/scenario.schema';
import { replaySession, type Session, type SessionSettings } from '../../../src/session/session';
import type { Move, ScriptedTrainee } from '../../../src/trainees/trainee';
import type { ClaimCoding, PaymentPosting } from '../../../src/workflows/billing/billing.actions';
import type { BillingContext } from '../../../src/workflows/billing/billing.machine';
import type { SpecimenContext } from '../../../src/workflows/specimen/specimen.machine';

/** An accepted action as the page logged it. */
interface PageEntry {
  readonly minute: number;
  readonly patientId: string | null;
  readonly action: TraineeAction;
}

/** What the driver reads of the page after each step. */
interface PageState {
  readonly minute: number;
  readonly isOver: boolean;
  /** The log entries from the index asked for. */
  readonly entries: readonly PageEntry[];
  /** What the trainee can do now, in a comparable form (see `taskSignature`). */
  readonly tasks: string;
  /** Whether a station panel is open (the floor closes it when the patient moves on). */
  readonly stationOpen: boolean;
}

/** What one played stretch of the day did. */
export interface PlayReport {
  readonly moves: number;
  readonly waits: number;
}

/** How long a slow, busy machine may take for one step of the page. */
const STEP_TIMEOUT_MS = 60_000;
/** Attempts at a click the station takes as the tail of a double click (see `#commit`). */
const COMMIT_ATTEMPTS = 30;
/** Real milliseconds between those attempts. */
const COMMIT_RETRY_MS = 100;

/** Set `TRAINEE_DRIVER_TRACE=1` to print each step with its real duration. */
const TRACE = process.env.TRAINEE_DRIVER_TRACE === '1';

/** Everything the trainee can do now, as a string that is equal on the page and on the copy. */
function taskSignature(session: Pick<Session, 'available' | 'minute'>): string {
  return JSON.stringify(session.available().map((task) => [task.patientId, task.stage, task.actions, task.callId ?? null]));
}

/** The call an action belongs to, for the phone's actions. */
function callOf(action: TraineeAction): string | null {
  return 'callId' in action && typeof action.callId === 'string' ? action.callId : null;
}

/** A quoted attribute value for a CSS selector. */
function quoted(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/** `date` plus `days`, both ISO dates. */
function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** Dollars as a trainee types them: "25.00". */
function dollars(cents: number): string {
  return (cents / 100).toFixed(2);
}

/**
 * The action as the screen writes it, where the screen says the same thing in its own way:
 *
 * - A specimen label carries the collection time as a clock time (HH:MM), as a real label
 *   does; the scripted trainees write the exact clinic minute, which may fall between two
 *   whole minutes. The label rule accepts a time from a minute before collection, so the
 *   whole minute is the same label to the workflow.
 * - A claim correction from the CMS-1500 carries what the trainee changed on the form; the
 *   scripted trainees may also restate a field as it already stands (box 1a unchanged), which
 *   changes nothing on the claim.
 */
function asWritten(action: TraineeAction, billing: BillingContext | null): TraineeAction {
  if (action.type === 'specimen.labeled') {
    return { ...action, label: { ...action.label, collectedAtMinute: Math.floor(action.label.collectedAtMinute) } };
  }
  if (action.type === 'claim.corrected' && billing !== null) {
    const { coding, memberId, priorAuthorizationNumber } = action;
    return {
      type: 'claim.corrected',
      ...(coding !== undefined && JSON.stringify(coding) !== JSON.stringify(billing.coding) ? { coding } : {}),
      ...(memberId !== undefined && memberId !== (billing.header.memberId ?? '') ? { memberId } : {}),
      ...(priorAuthorizationNumber !== undefined && priorAuthorizationNumber !== (billing.header.priorAuthorizationNumber ?? '') ? { priorAuthorizationNumber } : {}),
    };
  }
  return action;
}

/**
 * The controls are worked from the keyboard, as the game allows for everything: a button
 * (or a summary) is focused and Enter pressed, a check box or radio button is toggled with
 * Space. (Besides being how a keyboard user plays, it spares the mouse's wait for a still
 * layout, which a page drawing Phaser scenes in software makes slow on a busy machine.)
 */
async function activate(control: Locator): Promise<void> {
  await control.press('Enter');
}

/** What a station shows: the `data-key` of each control, and the state of its fields and boxes. */
interface StationLook {
  readonly keys: Set<string>;
  readonly checked: Map<string, boolean>;
  readonly values: Map<string, string>;
}

/** Looks at the station's controls in one go (reading the page, as the trainee's eyes do). */
async function look(station: Locator): Promise<StationLook> {
  const rows = await station.evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>('[data-key]')].map((node) => {
      const box = node instanceof HTMLInputElement && (node.type === 'checkbox' || node.type === 'radio');
      const field = node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement || node instanceof HTMLSelectElement;
      return [node.dataset.key ?? '', box ? (node as HTMLInputElement).checked : null, field && !box ? (node as HTMLInputElement).value : null] as const;
    }),
  );
  const seen: StationLook = { keys: new Set(), checked: new Map(), values: new Map() };
  for (const [name, checked, value] of rows) {
    seen.keys.add(name);
    if (checked !== null) seen.checked.set(name, checked);
    if (value !== null) seen.values.set(name, value);
  }
  return seen;
}

/** The actions a station sends with one button and nothing to fill: the button's `data-key`. */
const PLAIN_BUTTONS: Readonly<Partial<Record<TraineeAction['type'], string>>> = {
  'phone.answered': 'answer',
  'caller.verified': 'verify-caller',
  'results.disclosed': 'disclose',
  'results.withheld': 'withhold',
  'appointment.confirmed': 'confirm-appointment',
  'appointment.cancelled': 'cancel-appointment',
  'phone.closed': 'hang-up',
  'patient.greeted': 'greet',
  'identity.mismatch-flagged': 'flag-mismatch',
  'photo-id.checked': 'photo-id',
  'identity.confirmed': 'confirm-identity',
  'eligibility.checked': 'eligibility',
  'prior-authorization.noted': 'prior-auth',
  'check-in.completed': 'complete-check-in',
  'checkout.completed': 'complete-checkout',
  'hands.cleaned': 'hands',
  'medications.reconciled': 'meds',
  'height-weight.measured': 'measure-hw',
  'pulse.measured': 'measure-pulse',
  'respirations.measured': 'measure-resp',
  'spo2.measured': 'measure-spo2',
  'pain.assessed': 'measure-pain',
  'provider.alerted': 'alert-provider',
  'patient.ready-for-provider': 'ready',
  'requisition.checked': 'requisition',
  'gloves.donned': 'gloves',
  'tourniquet.released': 'tourniquet-off',
  'needle.withdrawn': 'needle-out',
  'sharps.disposed': 'sharps',
  'site.bandaged': 'bandage',
  'capillary.punctured': 'capillary',
  'specimen.sent': 'send',
};

/** Reads the page's day: clock, end, the log from `from`, and the tasks. */
async function readPage(page: Page, from: number): Promise<PageState> {
  const state = await page.evaluate((start) => {
    const session = window.__clinic?.session();
    if (!session) return null;
    return {
      minute: session.minute,
      isOver: session.isOver,
      entries: session.log.slice(start).map((entry) => ({ minute: entry.minute, patientId: entry.patientId, action: entry.action })),
      tasks: JSON.stringify(session.available().map((task) => [task.patientId, task.stage, task.actions, task.callId ?? null])),
      stationOpen: document.querySelector('[role="dialog"].station') !== null,
    };
  }, from);
  if (state === null) throw new Error('the page has no day running');
  return state as PageState;
}

/** A move of the driver's trainee, done on the page through the screen. */
export class TraineeDriver {
  readonly #page: Page;
  readonly #scenario: Scenario;
  readonly #seed: number;
  readonly #settings: SessionSettings;
  readonly #copy: Session;
  /** The station the driver opened last, while it stays open. */
  #opened: { readonly key: string; readonly machine: string } | null = null;
  #opens = 0;

  private constructor(page: Page, scenario: Scenario, seed: number, settings: SessionSettings, copy: Session) {
    this.#page = page;
    this.#scenario = scenario;
    this.#seed = seed;
    this.#settings = settings;
    this.#copy = copy;
  }

  /** Attaches to the day the page plays (same scenario): the copy replays the page's log up to its minute. */
  static async attach(page: Page, scenario: Scenario): Promise<TraineeDriver> {
    const day = await page.evaluate(() => {
      const session = window.__clinic?.session();
      if (!session) return null;
      return { scenarioId: session.scenario.id, seed: session.seed, settings: session.settings };
    });
    if (day === null) throw new Error('the page has no day running');
    if (day.scenarioId !== scenario.id) throw new Error(`the page plays "${day.scenarioId}", not "${scenario.id}"`);
    const state = await readPage(page, 0);
    const copy = replaySession(scenario, day.seed, day.settings, state.entries.map((entry, seq) => ({ seq, ...entry })));
    copy.advanceTo(state.minute);
    const driver = new TraineeDriver(page, scenario, day.seed, day.settings, copy);
    driver.#checkSameAs(state);
    return driver;
  }

  /** The Node copy of the page's day, for the trainee to look at and the test to score. */
  get day(): Session {
    return this.#copy;
  }

  get seed(): number {
    return this.#seed;
  }

  get settings(): SessionSettings {
    return this.#settings;
  }

  /**
   * Plays with `trainee` until the day ends (or `until` says stop), exactly as the headless
   * `playDay` loop does: a move the copy would refuse, or none, means waiting for the next event.
   */
  async play(trainee: ScriptedTrainee, options: { until?: (day: Session) => boolean; maxSteps?: number } = {}): Promise<PlayReport> {
    let moves = 0;
    let waits = 0;
    const maxSteps = options.maxSteps ?? 2_000;
    while (!this.#copy.isOver && !(options.until?.(this.#copy) ?? false)) {
      if (moves + waits >= maxSteps) throw new Error(`the ${trainee.name} took more than ${maxSteps} steps at ${formatMinutesOfDay(this.#copy.minute)}`);
      const move = trainee.nextMove(this.#copy);
      const started = performance.now();
      const acting = move !== null && this.#copy.canAct(move.patientId, move.action);
      if (acting) {
        await this.perform(move);
        moves += 1;
      } else {
        await this.idle();
        waits += 1;
      }
      if (TRACE) console.info(`${formatMinutesOfDay(this.#copy.minute)} ${acting ? `${move.patientId ?? 'phone'} ${move.action.type}` : 'wait'} ${Math.round(performance.now() - started)} ms`);
    }
    return { moves, waits };
  }

  /** Does `move` through the screen and checks the page logged exactly it. */
  async perform(move: Move): Promise<void> {
    const snapshot = move.patientId === null ? undefined : this.#copy.workflowSnapshot(move.patientId);
    const written = asWritten(move.action, snapshot?.machine.id === 'billing' ? (snapshot.context as BillingContext) : null);
    const before = this.#copy.log.length;
    const station = await this.#openFor(move);
    const state = await this.#express(station, move.patientId, written, before);
    if (state.entries.length !== 1) {
      throw new Error(`one ${written.type} should have been logged, but the page logged ${state.entries.length}: ${JSON.stringify(state.entries.map((e) => e.action))}`);
    }
    const entry = state.entries[0]!;
    if (!isDeepStrictEqual(entry.action, written)) {
      throw new Error(`the screen sent another action than the ${written.type} the trainee chose:\n  chosen ${JSON.stringify(written)}\n  logged ${JSON.stringify(entry.action)}`);
    }
    if (entry.patientId !== move.patientId) throw new Error(`the ${written.type} was logged for ${entry.patientId}, not ${move.patientId}`);
    if (entry.minute !== this.#copy.minute) throw new Error(`the ${written.type} was logged at minute ${entry.minute}, the copy is at ${this.#copy.minute}`);
    this.#follow(state);
  }

  /** The trainee waits: clinic time runs to the next thing that happens (in timed play, on the floor). */
  async idle(): Promise<void> {
    const page = this.#page;
    const next = page.getByRole('button', { name: 'Next event', exact: true });
    if (await next.isVisible()) {
      await activate(next);
    } else {
      const target = this.#nextEventMinute();
      // The clock runs only on the floor: a trainee who waits walks out of the station first.
      const dialog = page.locator('[role="dialog"].station');
      if (await dialog.count()) {
        await activate(dialog.getByRole('button', { name: 'Close the station (Escape)' }));
        await dialog.waitFor({ state: 'detached' });
      }
      this.#opened = null;
      await activate(page.getByRole('button', { name: 'Resume', exact: true }));
      const ended = await page.waitForFunction(
        (to) => {
          const session = window.__clinic?.session();
          return session ? session.isOver || session.minute >= to : false;
        },
        target,
        { polling: 'raf', timeout: STEP_TIMEOUT_MS * 5 },
      );
      await ended.dispose();
      const over = await page.evaluate(() => window.__clinic?.session()?.isOver ?? true);
      if (!over) await activate(page.getByRole('button', { name: 'Pause', exact: true }));
    }
    this.#follow(await readPage(page, this.#copy.log.length));
  }

  /** The minute the headless day would wait to: the copy's next due event, found on a replay of it. */
  #nextEventMinute(): number {
    const fork = replaySession(this.#scenario, this.#seed, this.#settings, this.#copy.log);
    try {
      fork.advanceTo(this.#copy.minute);
      fork.waitForNextEvent();
      return fork.minute;
    } finally {
      fork.dispose();
    }
  }

  /** Brings the copy to the page's state: its new log entries, then its clock. */
  #follow(state: PageState): void {
    for (const entry of state.entries) {
      this.#copy.advanceTo(entry.minute);
      const outcome = this.#copy.act(entry.patientId, entry.action);
      if (!outcome.accepted) throw new Error(`the copy refused the page's ${entry.action.type}: ${outcome.reason}`);
    }
    this.#copy.advanceTo(state.minute);
    this.#checkSameAs(state);
    if (!state.stationOpen) this.#opened = null;
  }

  #checkSameAs(state: PageState): void {
    if (this.#copy.minute !== state.minute || this.#copy.isOver !== state.isOver) {
      throw new Error(`the copy (${this.#copy.minute}${this.#copy.isOver ? ', over' : ''}) is not at the page's minute (${state.minute}${state.isOver ? ', over' : ''})`);
    }
    const tasks = taskSignature(this.#copy);
    if (tasks !== state.tasks) throw new Error(`the copy and the page disagree on what can be done at ${formatMinutesOfDay(state.minute)}:\n  page ${state.tasks}\n  copy ${tasks}`);
  }

  /** The machine the move's station serves now, on the copy (the same the floor picks on the page). */
  #machineFor(move: Move): string {
    if (callOf(move.action) !== null) return 'phoneCall';
    if (move.action.type === 'patient.roomed' || move.patientId === null) return 'encounter';
    return this.#copy.workflowSnapshot(move.patientId)?.machine.id ?? 'encounter';
  }

  /** The queue line and the machine of the station `move` is done in. */
  #stationOf(move: Move): { readonly key: string; readonly machine: string } {
    const callId = callOf(move.action);
    return { key: callId !== null ? `phone:${callId}` : `patient:${move.patientId ?? ''}`, machine: this.#machineFor(move) };
  }

  /** True when `move` is done in the station the driver has open: nothing to close or open first. */
  isOpenFor(move: Move): boolean {
    const wanted = this.#stationOf(move);
    return this.#opened !== null && this.#opened.key === wanted.key && this.#opened.machine === wanted.machine;
  }

  /** True while the station the driver opened is still open (as the page was last read: the floor closes it when the patient moves on). */
  get stationOpen(): boolean {
    return this.#opened !== null;
  }

  /** Brings the copy up to the page (its new log entries, then its clock); returns whether a station is open. */
  async sync(): Promise<boolean> {
    const state = await readPage(this.#page, this.#copy.log.length);
    this.#follow(state);
    return state.stationOpen;
  }

  /** Closes the station the driver opened, if it is still open, with its close button: the trainee is back on the floor. */
  async closeStation(): Promise<void> {
    if (this.#opened === null) return;
    const dialog = this.#page.locator('[role="dialog"].station');
    await activate(dialog.getByRole('button', { name: 'Close the station (Escape)' }));
    await dialog.waitFor({ state: 'detached' });
    this.#opened = null;
  }

  /** The open station for the move's target, opened from the HUD queue unless it already is. */
  async #openFor(move: Move): Promise<Locator> {
    const page = this.#page;
    const { key, machine } = this.#stationOf(move);
    const dialog = page.locator('[role="dialog"].station');
    if (this.isOpenFor(move)) return dialog;
    await this.closeStation();
    const item = page.locator(`.hud-queue .queue-item[data-key=${quoted(key)}]`);
    // Most stations are opened from the keyboard (the queue line focused, Enter); every tenth with the mouse.
    this.#opens += 1;
    if (this.#opens % 10 === 0) await item.click();
    else await activate(item);
    await dialog.waitFor();
    this.#opened = { key, machine };
    return dialog;
  }

  /**
   * Presses the control that sends the action and returns the page's state once it is
   * logged. The stations take a second press of the same control within a moment of an
   * accepted one (or the same action again on an unchanged claim) as the tail of a double
   * click and drop it; a trainee who means it presses again a moment later, and so does
   * the driver.
   */
  async #commit(control: Locator, before: number): Promise<PageState> {
    for (let attempt = 0; attempt < COMMIT_ATTEMPTS; attempt += 1) {
      await activate(control);
      const state = await readPage(this.#page, before);
      if (state.entries.length > 0) return state;
      await this.#page.waitForTimeout(COMMIT_RETRY_MS);
    }
    const toast = await this.#page.locator('.toast').last().textContent().catch(() => null);
    throw new Error(`pressing ${control.toString()} logged nothing${toast ? ` (the page said: ${toast})` : ''}`);
  }

  /** Fills and presses the station's controls for `action`. */
  async #express(station: Locator, patientId: string | null, action: TraineeAction, before: number): Promise<PageState> {
    const key = (name: string): Locator => station.locator(`[data-key=${quoted(name)}]`);
    const press = (name: string): Promise<PageState> => this.#commit(key(name), before);
    const patient = patientId === null ? undefined : this.#scenario.patients.find((p) => p.id === patientId);

    const plain = PLAIN_BUTTONS[action.type];
    if (plain !== undefined) return press(plain);
    const seen = await look(station);
    const tick = async (name: string, wanted: boolean): Promise<void> => {
      if (seen.checked.get(name) !== wanted) await key(name).press('Space');
    };
    const choose = (name: string): Promise<void> => tick(name, true);
    const type = async (name: string, value: string): Promise<void> => {
      if (seen.values.get(name) !== value) await key(name).fill(value);
    };
    const select = async (name: string, value: string): Promise<void> => {
      if (seen.values.get(name) !== value) await key(name).selectOption(value);
    };
    const askFirst = async (name: string): Promise<void> => {
      if (seen.keys.has(name)) await activate(key(name));
    };

    switch (action.type) {
      case 'patient.roomed': {
        if (!patient) throw new Error('rooming needs a patient');
        const words = waitingRoomWords(this.#scenario, patient, action.announce);
        return this.#commit(station.getByRole('group', { name: 'Call the patient' }).getByRole('button', { name: words, exact: true }), before);
      }
      case 'appointment.rescheduled': {
        if (!(await station.locator('details.fd-details').evaluate((node) => (node as HTMLDetailsElement).open))) await activate(key('open-book'));
        return this.#bookSlot(station, /^Appointment book of [^,]+$/, action.date, action.time, before);
      }
      case 'identity.asked':
        await choose(`identity-question-${action.question}`);
        await choose(`identity-style-${action.style}`);
        return press('ask');
      case 'walk-in.booked-later':
        return this.#bookSlot(station, /^Appointment book of .+, from today$/, action.date, action.time, before);
      case 'self-pay.agreed':
        // The patient hears, privately, that the plan is not active before choosing to pay.
        await askFirst('tell-coverage');
        return press('self-pay');
      case 'visit.rescheduled':
        await askFirst('tell-coverage');
        return this.#bookSlot(station, /^Appointment book of .+, for the rescheduled visit$/, action.date, action.time, before);
      case 'walk-in.slotted':
        return this.#bookSlot(station, /^Today’s schedule for /, this.#scenario.day.date, action.time, before);
      case 'demographics.asked':
        // Only the question that fits the patient is on the panel: what changed, or everything for a new patient.
        return press(action.question === 'new-patient-details' ? 'ask-details' : 'ask-changes');
      case 'chart.corrected':
        await type('chart-given', action.name.given);
        await type('chart-middle', action.name.middle ?? '');
        await type('chart-family', action.name.family);
        await type('chart-dob', action.dateOfBirth);
        return press('correct-chart');
      case 'demographics.confirmed':
        await type('line1', action.address.line1);
        await type('line2', action.address.line2 ?? '');
        await type('city', action.address.city);
        await type('state', action.address.state);
        await type('zip', action.address.postalCode);
        await type('phone', action.phone);
        await tick('emergency', action.emergencyContactConfirmed);
        return press('save-demographics');
      case 'insurance-card.scanned':
        await select('payer', action.payerId);
        await type('member-id', action.memberId);
        await type('group', action.groupNumber ?? '');
        await select('plan-type', action.planType);
        return press('save-card');
      case 'copay.collected':
        await type('copay-amount', String(action.amount));
        await tick('receipt', action.receiptGiven);
        return press('collect-copay');
      case 'forms.signed':
        for (const form of ['privacy-notice', 'consent-to-treat', 'financial-policy'] as const) {
          const name = `form-${form}`;
          // A form signed earlier shows ticked; ticking it again is what puts it on this signing.
          if (action.forms.includes(form) && seen.checked.get(name) === true) {
            await key(name).press('Space');
            seen.checked.set(name, false);
          }
          await tick(name, action.forms.includes(form));
        }
        return press('sign-forms');
      case 'chief-complaint.recorded':
        // At the desk and in the exam room alike: ask, then chart what the patient said.
        await askFirst('ask-complaint');
        await type('complaint', action.text);
        return press('record-complaint');
      case 'follow-up.booked':
        if (seen.values.get('provider') !== action.providerId) {
          await key('provider').selectOption(action.providerId);
          // Another provider's book is drawn afresh, with the visit types of that provider.
          seen.values.delete('visit-type');
        }
        await select('visit-type', action.visitTypeId);
        return this.#bookSlot(station, /^Appointment book of [^,]+$/, action.date, action.time, before);
      case 'referral.made':
        await type('specialty', action.specialty);
        await tick('referral-authorization', action.authorizationRequested);
        return press('send-referral');
      case 'no-show.marked':
        await tick('offer', action.rescheduleOffered);
        return press('mark-no-show');
      case 'patient.identified':
        await choose(`id-question:${action.question}`);
        for (const identifier of ['full-name', 'date-of-birth', 'mrn', 'phone', 'room-number'] as const) await tick(`id:${identifier}`, action.identifiers.includes(identifier));
        return press('identify');
      case 'allergies.reconciled':
        return this.#reconcileAllergies(station, seen, action.allergies, before);
      case 'temperature.measured':
        await select('route', action.route);
        return press('measure-temp');
      case 'blood-pressure.measured': {
        await askFirst('measure-arm');
        const { technique } = action;
        await choose(`cuff:${technique.cuff}`);
        await choose(`position:${technique.position}`);
        await tick('rested', technique.rested);
        await tick('arm-level', technique.armAtHeartLevel);
        await tick('talking', technique.talking);
        return press('take-bp');
      }
      case 'vitals.recorded': {
        if (!('values' in action)) throw new Error('a vitals.recorded without values belongs to a stage task, not to the exam room');
        const { values } = action;
        for (const field of ['heightCm', 'weightKg', 'bmi', 'temperatureC', 'pulsePerMinute', 'respirationsPerMinute', 'systolicMmHg', 'diastolicMmHg', 'spo2Percent', 'painScore'] as const) {
          const value = values[field];
          await type(`vital:${field}`, value === null ? '' : String(value));
        }
        await select('vital:route', values.temperatureRoute ?? '');
        return press('record-vitals');
      }
      case 'vitals.flagged':
        for (const vital of ['blood-pressure', 'pulse', 'respirations', 'temperature', 'spo2'] as const) await tick(`flag:${vital}`, action.vitals.includes(vital));
        return press('save-flags');
      case 'tourniquet.applied':
        await this.#stockTray(station, seen, patientId);
        return press('tourniquet-on');
      case 'needle.inserted':
        await choose(`device:${action.device}`);
        return press('needle-in');
      case 'tube.drawn':
        await this.#bringToFront(station, action.tube);
        return press('fill');
      case 'tube.inverted':
        for (let count = 0; count < action.times; count += 1) await activate(key(`invert:${action.tube}`));
        return press(`mixed:${action.tube}`);
      case 'specimen.labeled': {
        const { container, label } = action;
        if (!seen.keys.has(`label:${container}:write`)) {
          await this.#stockTray(station, seen, patientId);
          Object.assign(seen, await look(station));
        }
        const minute = label.collectedAtMinute;
        const day = Math.floor(minute / 1440);
        await type(`label:${container}:name`, label.fullName);
        await select(`label:${container}:kind`, label.secondIdentifier.kind);
        await type(`label:${container}:second`, label.secondIdentifier.value);
        await type(`label:${container}:date`, addDays(this.#scenario.day.date, day));
        await type(`label:${container}:time`, formatMinutesOfDay(minute - day * 1440));
        await type(`label:${container}:initials`, label.initials);
        return press(`label:${container}:write`);
      }
      case 'microtube.filled':
        return press(`microtube:${action.tubeId}`);
      case 'urine.instructed':
        return press(action.cleanCatch ? 'urine-clean' : 'urine-plain');
      case 'swab.collected':
        return press(`swab:${action.testId}`);
      case 'poct.control-run':
        return press(`control:${action.lot}`);
      case 'poct.test-run':
        return press(`run:${action.lot}`);
      case 'poct.result-recorded':
        await type(`result:${action.testId}`, String(action.result));
        return press(`record:${action.testId}`);
      case 'vaccine.administered':
        return press(`vaccine:${action.testId}`);
      case 'procedure.performed':
        return press(`procedure:${action.testId}`);

      // Billing: the CMS-1500 and the claim's buttons, found by their ids.
      case 'claim.coded':
        await this.#fillCoding(station, action.coding);
        return this.#commit(station.locator('#billing-save'), before);
      case 'claim.corrected':
        if (action.coding) await this.#fillCoding(station, action.coding);
        if (action.memberId !== undefined) await station.locator('#claim-member-0').fill(action.memberId);
        if (action.priorAuthorizationNumber !== undefined) await station.locator('#claim-auth-0').fill(action.priorAuthorizationNumber);
        return this.#commit(station.locator('#billing-save'), before);
      case 'claim.scrubbed':
        return this.#commit(station.locator('#billing-scrub'), before);
      case 'claim.submitted':
        return this.#commit(station.locator('#billing-submit'), before);
      case 'denial.worked': {
        const names = { resubmit: 'Correct and resubmit', 'bill-patient': 'Bill the patient', 'write-off': 'Write it off' } as const;
        return this.#commit(station.getByRole('group', { name: 'Work the denial' }).getByRole('button', { name: names[action.resolution], exact: true }), before);
      }
      case 'payment.posted':
        return this.#postPayment(station, action.posting, before);
      case 'patient.billed': {
        const instead = station.locator('details.billing-self-pay');
        const insteadShown = (await instead.count()) > 0;
        if (insteadShown && !(await instead.evaluate((node) => (node as HTMLDetailsElement).open))) await activate(instead.locator('summary'));
        await station.locator(insteadShown ? '#billing-statement-instead' : '#billing-statement-amount').fill(dollars(action.amountCents));
        const container = insteadShown ? instead : station.locator('.billing-statement');
        return this.#commit(container.getByRole('button', { name: 'Send the statement', exact: true }), before);
      }

      default:
        throw new Error(`the driver has no way through the screen for ${action.type}`);
    }
  }

  /** Picks a slot in the station's appointment book named `book` (going to its date when the book turns) and books it with Enter. */
  async #bookSlot(station: Locator, book: RegExp, date: string, time: string, before: number): Promise<PageState> {
    const grid = station.getByRole('grid', { name: book });
    // `has` looks inside each book, so its locator starts from the page, not from the station.
    const container = station.locator('.fd-book', { has: this.#page.getByRole('grid', { name: book }) });
    const go = container.locator('input[type="date"]');
    if ((await go.count()) > 0) await go.fill(date);
    const cell = grid.locator(`td[data-date=${quoted(date)}][data-time=${quoted(time)}]`);
    if ((await cell.count()) === 0) throw new Error(`the appointment book shows no slot ${date} ${time}`);
    // Enter on a slot books it (the book also takes a click to select and the arrow keys to move).
    for (let attempt = 0; attempt < COMMIT_ATTEMPTS; attempt += 1) {
      await cell.press('Enter');
      const state = await readPage(this.#page, before);
      if (state.entries.length > 0) return state;
      await this.#page.waitForTimeout(COMMIT_RETRY_MS);
    }
    throw new Error(`booking ${date} ${time} logged nothing`);
  }

  /** Ticks the allergies the trainee saves (asking the patient first), with one more typed in when it is not on the list. */
  async #reconcileAllergies(station: Locator, first: StationLook, allergies: readonly string[], before: number): Promise<PageState> {
    let seen = first;
    if (seen.keys.has('ask-allergies')) {
      await activate(station.locator('[data-key="ask-allergies"]'));
      seen = await look(station);
    }
    const listed = [...seen.checked.keys()].filter((name) => name.startsWith('allergy:')).map((name) => name.slice('allergy:'.length));
    for (const substance of listed) {
      if (seen.checked.get(`allergy:${substance}`) !== allergies.includes(substance)) await station.locator(`[data-key=${quoted(`allergy:${substance}`)}]`).press('Space');
    }
    const others = allergies.filter((substance) => !listed.includes(substance));
    if (others.length > 1) throw new Error(`the exam room takes one allergy beyond the list, not ${others.length}: ${others.join(', ')}`);
    if ((seen.values.get('allergy-other') ?? '') !== (others[0] ?? '')) await station.locator('[data-key="allergy-other"]').fill(others[0] ?? '');
    return this.#commit(station.locator('[data-key="save-allergies"]'), before);
  }

  /**
   * Puts the tubes the orders need on the tray from the supply drawer (a discard tube first
   * when a citrate tube is among them), if the tray is still empty and nothing is drawn.
   */
  async #stockTray(station: Locator, seen: StationLook, patientId: string | null): Promise<void> {
    if (patientId === null) return;
    const keys = [...seen.keys];
    // The drawer is open only before the first tube is drawn; a stocked tray is left as it is.
    if (!keys.some((name) => name.startsWith('supply:')) || keys.some((name) => name.startsWith('order:'))) return;
    const context = this.#copy.workflowSnapshot(patientId)?.context as SpecimenContext | undefined;
    const needed = context?.tubesNeeded ?? [];
    const tubes: TubeId[] = needed.includes('light-blue-citrate') ? ['discard', ...needed.filter((t) => t !== 'discard')] : [...needed];
    for (const tube of tubes) {
      if (seen.checked.get(`supply:${tube}`) !== true) await station.locator(`[data-key=${quoted(`supply:${tube}`)}]`).press('Space');
    }
  }

  /** Moves `tube` up the draw order with the keyboard (Space, arrow up, Space) until it is the next to fill. */
  async #bringToFront(station: Locator, tube: TubeId): Promise<void> {
    const fill = station.locator('[data-key="fill"]');
    const wanted = `Fill the next tube: ${tubeName(tube)}`;
    if ((await fill.count()) > 0 && (await fill.innerText()) === wanted) return;
    const handle = station.locator(`[data-key=${quoted(`order:${tube}`)}]`);
    if ((await handle.count()) === 0) throw new Error(`the ${tubeName(tube)} is not on the tray`);
    await handle.press('Space');
    for (let step = 0; step < 12 && (await fill.innerText()) !== wanted; step += 1) await this.#page.keyboard.press('ArrowUp');
    await this.#page.keyboard.press('Space');
    if ((await fill.innerText()) !== wanted) throw new Error(`the ${tubeName(tube)} could not be brought to the front of the tray`);
  }

  /** Types a coding into the CMS-1500: box 21 A–L and the service lines of box 24. */
  async #fillCoding(station: Locator, coding: ClaimCoding): Promise<void> {
    const rows = await station.locator('input[id^="claim-code-"]').count();
    if (coding.lines.length > rows) throw new Error(`the claim form has ${rows} service lines, the coding ${coding.lines.length}`);
    if (coding.diagnoses.length > 12) throw new Error(`box 21 takes 12 diagnoses, the coding has ${coding.diagnoses.length}`);
    const wanted = new Map<string, string>();
    for (let index = 0; index < 12; index += 1) wanted.set(`claim-dx-${index}`, coding.diagnoses[index] ?? '');
    for (let index = 0; index < rows; index += 1) {
      const line = coding.lines[index];
      if (line && line.modifiers.length > 4) throw new Error(`box 24D takes four modifiers, line ${index + 1} has ${line.modifiers.length}`);
      wanted.set(`claim-code-${index}`, line?.code ?? '');
      for (let m = 0; m < 4; m += 1) wanted.set(m === 0 ? `claim-modifier-${index}` : `claim-modifier-${index}-${m}`, line?.modifiers[m] ?? '');
      wanted.set(`claim-pointers-${index}`, line ? line.pointers.join('') : '');
      wanted.set(`claim-units-${index}`, line ? String(line.units) : '');
    }
    const current = await station.locator('.cms1500 input[id^="claim-"]').evaluateAll((nodes) => nodes.map((node) => [node.id, (node as HTMLInputElement).value] as const));
    const shown = new Map(current);
    for (const [id, value] of wanted) {
      if (shown.get(id) === value) continue;
      const field = station.locator(`#${id}`);
      await field.fill(value);
      // A code field opens its search list as it is typed in; Tab leaves it (and closes the list).
      if (id.startsWith('claim-dx-') || id.startsWith('claim-code-')) await field.press('Tab');
    }
  }

  /** Types the remittance's amounts into the posting form and posts it. */
  async #postPayment(station: Locator, posting: PaymentPosting, before: number): Promise<PageState> {
    for (const key of ['allowedCents', 'adjustmentCents', 'copayCents', 'coinsuranceCents', 'deductibleCents', 'patientBalanceCents'] as const) {
      await station.locator(`#billing-post-${key}`).fill(dollars(posting[key]));
    }
    return this.#commit(station.getByRole('button', { name: 'Post the payment', exact: true }), before);
  }
}
