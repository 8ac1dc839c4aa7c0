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
 * Each station is worked by its own driver (`drivers/<machine id>.ts`, looked up in
 * `drivers/drivers.ts` by the machine the station serves), which finds the station's
 * controls by the `data-key` (or id) the station kit gives them, the same handles the
 * stations use to keep keyboard focus across redraws.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import type { TraineeAction } from '../../../src/clinic/trainee-action';
import { formatMinutesOfDay } from '../../../src/scenario/clock-time';
import type { Scenario } from '../../../src/scenario/scenario.schema';
import { replaySession, type Session, type SessionSettings } from '../../../src/session/session';
import type { Move, ScriptedTrainee } from '../../../src/trainees/trainee';
import type { BillingContext } from '../../../src/workflows/billing/billing.machine';
import { driverFor } from './drivers/drivers';
import { activate, look, quoted, type PageState, type StationHands } from './drivers/station-driver';

/** What one played stretch of the day did. */
export interface PlayReport {
  readonly moves: number;
  readonly waits: number;
}

/** How long a slow, busy machine may take for one step of the page. */
const STEP_TIMEOUT_MS = 60_000;
/** Looks at the log after a press (it is written in the press's own handler, so at once): how many times, and how far apart in real milliseconds, before the press counts as lost. */
const LOG_READS = 10;
const LOG_READ_MS = 100;

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
   * `afterStep` runs after each move or wait (a check of what the page shows then).
   */
  async play(trainee: ScriptedTrainee, options: { until?: (day: Session) => boolean; maxSteps?: number; afterStep?: () => Promise<void> } = {}): Promise<PlayReport> {
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
      await options.afterStep?.();
    }
    return { moves, waits };
  }

  /** Does `move` through the screen and checks the page logged exactly it. */
  async perform(move: Move): Promise<void> {
    const snapshot = move.patientId === null ? undefined : this.#copy.workflowSnapshot(move.patientId);
    const written = asWritten(move.action, snapshot?.machine.id === 'billing' ? (snapshot.context as BillingContext) : null);
    const before = this.#copy.log.length;
    // A ringing call's line in Needs you answers it as it opens the phone: the opening is the press.
    const answersAsItOpens = written.type === 'phone.answered' && !this.isOpenFor(move);
    const station = await this.#openFor(move);
    const state = answersAsItOpens ? await this.#logged(before, () => 'the ringing call\'s line in Needs you') : await this.#express(station, move, written, before);
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
      // When nothing more is due before closing, the next event is the end of the day, and the page asks first.
      const closes = await page.evaluate(() => window.__clinic?.session()?.nextEventCloses ?? false);
      await activate(next);
      if (closes) await activate(page.getByRole('dialog', { name: 'End the day now?' }).getByRole('button', { name: 'End day', exact: true }));
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
   * Presses the control that sends the action, once, as a trainee does, and returns the
   * page's state once it is logged. A press the station loses fails the test: the stations
   * take only a double click's second click and a held key's repeats as no press.
   */
  async #commit(control: Locator, before: number): Promise<PageState> {
    await activate(control);
    return this.#logged(before, () => control.toString());
  }

  /** The page once the press just made is in the log; a press that logged nothing is a lost press, and the test fails on it. */
  async #logged(before: number, what: () => string): Promise<PageState> {
    for (let read = 0; read < LOG_READS; read += 1) {
      const state = await readPage(this.#page, before);
      if (state.entries.length > 0) return state;
      await this.#page.waitForTimeout(LOG_READ_MS);
    }
    const toast = await this.#page.locator('.toast').last().textContent().catch(() => null);
    throw new Error(`pressing ${what()} logged nothing${toast ? ` (the page said: ${toast})` : ''}`);
  }

  /** Fills and presses the station's controls for `action`, through the driver of the station the move is done in. */
  async #express(station: Locator, move: Move, action: TraineeAction, before: number): Promise<PageState> {
    const driver = driverFor(this.#machineFor(move));
    const key = (name: string): Locator => station.locator(`[data-key=${quoted(name)}]`);
    const commit = (control: Locator): Promise<PageState> => this.#commit(control, before);
    const plain = driver.plain[action.type];
    if (plain !== undefined) return commit(key(plain));
    const seen = await look(station);
    const hands: StationHands = {
      page: this.#page,
      station,
      scenario: this.#scenario,
      day: this.#copy,
      patientId: move.patientId,
      patient: move.patientId === null ? undefined : this.#scenario.patients.find((p) => p.id === move.patientId),
      seen,
      key,
      commit,
      press: (name) => commit(key(name)),
      tick: async (name, wanted) => {
        if (seen.checked.get(name) !== wanted) await key(name).press('Space');
      },
      choose: (name) => hands.tick(name, true),
      type: async (name, value) => {
        if (seen.values.get(name) !== value) await key(name).fill(value);
      },
      select: async (name, value) => {
        if (seen.values.get(name) !== value) await key(name).selectOption(value);
      },
      askFirst: async (name) => {
        if (seen.keys.has(name)) await activate(key(name));
      },
      bookSlot: (book, date, time) => this.#bookSlot(station, book, date, time, before),
      lookAgain: () => look(station),
    };
    const sent = await driver.express(hands, action);
    if (sent === null) throw new Error(`the driver has no way through the ${this.#machineFor(move)} station for ${action.type}`);
    return sent;
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
    await cell.press('Enter');
    return this.#logged(before, () => `Enter on the book's slot ${date} ${time}`);
  }
}
