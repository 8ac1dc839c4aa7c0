/**
 * Runs a session in real time, charging the trainee's decisions, not their reading and
 * clicking. The clinic clock runs by itself only while the trainee is on the floor deciding
 * what to do next: `secondsPerMinute` real seconds per simulated minute, divided by the
 * speed (0.5×, 1×, 2×, 4×), and not at all while paused. While anything holds the trainee
 * off the floor (a station panel, a confirm dialog: see `hold`), the clock stands still and
 * moves only by the minutes of the actions taken there, each of which fires every event
 * falling due in its minutes, in order. In untimed practice the clock never runs by itself:
 * time passes only through the trainee's actions and "Next event". In timed play "Skip
 * ahead" does what "Next event" does, but only while nothing waits for the trainee. The
 * runner advances in whole clinic minutes from its own timer; Phaser's loop only animates
 * what the runner reports.
 */
import type { TraineeAction } from '../src/clinic/trainee-action';
import { dayView, type DayView, type EncounterWatch } from '../src/session/day-view';
import { RunningScoreKeeper } from '../src/session/running-score';
import type { ActionOutcome, AvailableTask, Session } from '../src/session/session';
import type { Speed } from './settings';

/** How often the runner looks at the real clock, in milliseconds. */
const TICK_MS = 100;
/** The longest real gap one tick counts (a throttled background tab must not skip an hour). */
const MAX_TICK_GAP_MS = 1000;

/** What the runner tells its listeners after every change. */
export interface RunnerState {
  readonly view: DayView;
  readonly paused: boolean;
  readonly speed: Speed;
  /** True while the trainee is off the floor (a station or dialog open): the clock stands still. */
  readonly held: boolean;
}

/**
 * What "Skip ahead" looks at: whether the day is over, and what waits for the trainee (the
 * session's tasks, one per inbox item, or the view's queue, whose one inbox line counts its
 * items). An inbox item set aside and not yet due (`deferred`) does not hold the clock.
 */
export interface SkipAheadCheck {
  readonly isOver: boolean;
  readonly waiting: readonly (Pick<AvailableTask, 'patientId' | 'stage' | 'deferred'> & { readonly count?: number })[];
}

/**
 * Why "Skip ahead" may not move the clock now, or null when it may. It may only while
 * nothing waits for the trainee (no patient, call or claim in the queue): in timed and
 * assessed play, skipping past work would take away the time pressure the day measures.
 */
export function skipAheadBlocker(check: SkipAheadCheck): string | null {
  if (check.isOver) return 'The clinic is closed.';
  const holding = check.waiting.filter((task) => task.deferred !== true);
  if (holding.length === 0) return null;
  const patients = new Set<string | null>();
  let calls = 0;
  let claims = 0;
  let items = 0;
  for (const task of holding) {
    if (task.stage === 'phone') calls += 1;
    else if (task.stage === 'billing') claims += 1;
    else if (task.stage === 'inbox') items += task.count ?? 1;
    else patients.add(task.patientId);
  }
  const parts = [counted(patients.size, 'a patient', 'patients'), counted(calls, 'a call', 'calls'), counted(claims, 'a claim', 'claims'), counted(items, 'an inbox item', 'inbox items')].filter((part) => part !== '');
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
  const verb = patients.size + calls + claims + items === 1 ? 'is' : 'are';
  return `${list.charAt(0).toUpperCase()}${list.slice(1)} ${verb} waiting for you.`;
}

/** One line of what waits, as Needs you shows it: its label, what it asks, and what `SkipAheadCheck` reads of it. */
export type WaitingLine = SkipAheadCheck['waiting'][number] & { readonly label: string; readonly task: string };

/**
 * What "Skip ahead" says of itself (its tooltip and its description to a screen reader): while
 * it may not move the clock, why, naming each line of Needs you that holds it and what that
 * line asks, and, where the inbox holds it, how to let it run (the playtests saw it greyed all
 * day without knowing why: on a full day the inbox nearly always holds an item).
 */
export function skipAheadDescription(check: { readonly isOver: boolean; readonly waiting: readonly WaitingLine[] }): string {
  const blocker = skipAheadBlocker(check);
  if (blocker === null) return 'Nobody needs you: let the clock run to the next thing that happens.';
  const holding = check.waiting.filter((line) => line.deferred !== true);
  if (check.isOver || holding.length === 0) return blocker;
  const lines = holding.map((line) => `${line.label} (${line.task})`).join('; ');
  const inbox = holding.some((line) => line.stage === 'inbox') ? ' (an inbox item you set aside does not count until it is due)' : '';
  return `${blocker.slice(0, -1)}: ${lines}. Skip ahead runs only while nothing waits for you${inbox}.`;
}

/** "a patient", "3 patients", or "" for none. */
function counted(count: number, one: string, many: string): string {
  if (count === 0) return '';
  return count === 1 ? one : `${count} ${many}`;
}

/** Options for a runner. */
export interface DayRunnerOptions {
  readonly session: Session;
  readonly watch: EncounterWatch;
  readonly speed: Speed;
  /** The real time source in milliseconds; the page's `performance.now` unless a test gives another. */
  readonly now?: () => number;
  /** The part of the current clinic minute already run on the floor (a resumed day's, 0–1); 0 unless given. */
  readonly minuteFraction?: number;
}

/** A session on the real-time clock, with listeners. */
export class DayRunner {
  readonly session: Session;
  readonly #watch: EncounterWatch;
  readonly #now: () => number;
  readonly #listeners = new Set<(state: RunnerState) => void>();
  #speed: Speed;
  #paused = false;
  /** What holds the trainee off the floor now (one token per open station or dialog). */
  readonly #holds = new Set<symbol>();
  /** The holds that are the inbox's station: while one is open, a person on an item's line is on the call, not on hold. */
  readonly #inboxHolds = new Set<symbol>();
  /** The clinic minute the real clock has reached, with its fraction. */
  #target: number;
  #lastTick: number;
  #timer: ReturnType<typeof setInterval> | null = null;
  #view: DayView;
  /** The practice score, worked out once per state of the day however often the view is built. */
  readonly #scoreKeeper = new RunningScoreKeeper();

  constructor(options: DayRunnerOptions) {
    this.session = options.session;
    this.#watch = options.watch;
    this.#speed = options.speed;
    this.#now = options.now ?? (() => performance.now());
    this.#target = this.session.minute + (this.timed ? Math.min(Math.max(options.minuteFraction ?? 0, 0), 1) : 0);
    this.#lastTick = this.#now();
    this.#view = this.#buildView();
  }

  /** The latest view. */
  get view(): DayView {
    return this.#view;
  }

  get paused(): boolean {
    return this.#paused;
  }

  get speed(): Speed {
    return this.#speed;
  }

  /** True while something holds the trainee off the floor: the clock moves only by the actions' minutes. */
  get held(): boolean {
    return this.#holds.size > 0;
  }

  /** True when the clock runs by itself now: timed play, on the floor, not paused, the day not over. */
  get running(): boolean {
    return this.timed && !this.#paused && !this.held && !this.session.isOver;
  }

  /** Fraction of the current clinic minute already gone in real time, 0–1 (for a smooth clock hand). */
  get minuteFraction(): number {
    if (!this.timed || this.session.isOver) return 0;
    return Math.min(1, Math.max(0, this.#target - this.session.minute));
  }

  /** True when the clock runs by itself (timed play). */
  get timed(): boolean {
    return this.session.settings.timerEnabled;
  }

  /** Starts the real-time clock. */
  start(): void {
    if (this.#timer !== null) return;
    this.#lastTick = this.#now();
    this.#timer = setInterval(() => this.tick(), TICK_MS);
  }

  /** Stops the real-time clock for good and forgets the listeners. */
  dispose(): void {
    if (this.#timer !== null) clearInterval(this.#timer);
    this.#timer = null;
    this.#listeners.clear();
  }

  /** Calls `listener` now and after every change; returns the unsubscribe. */
  subscribe(listener: (state: RunnerState) => void): () => void {
    this.#listeners.add(listener);
    listener(this.#state());
    return () => this.#listeners.delete(listener);
  }

  /** Moves the clinic clock on by the real time since the last tick. */
  tick(): void {
    const now = this.#now();
    const gap = Math.min(MAX_TICK_GAP_MS, Math.max(0, now - this.#lastTick));
    this.#lastTick = now;
    if (!this.running) {
      // Time moved behind the runner's back (a developer's console, a test's set-up): show it.
      if (this.session.minute !== this.#view.clock.minute) this.#changed();
      return;
    }
    const secondsPerMinute = this.session.scenario.timer.secondsPerMinute;
    this.#target = Math.max(this.#target, this.session.minute) + (gap / 1000 / secondsPerMinute) * this.#speed;
    const whole = Math.floor(this.#target);
    if (whole > this.session.minute) {
      this.session.advanceTo(whole);
      this.#changed();
    }
  }

  /** The trainee's action; the outcome says whether it fit and, if not, why. */
  act(patientId: string | null, action: TraineeAction): ActionOutcome {
    const before = this.session.minute;
    const outcome = this.session.act(patientId, action);
    if (outcome.accepted) {
      // The action's minutes come on top of the floor time already run up: a fraction of a
      // minute spent deciding before the action is not lost when the action moves the clock.
      this.#target = Math.max(this.#target + (this.session.minute - before), this.session.minute);
      this.#changed();
    }
    return outcome;
  }

  /** Shows the day as it is now, after something changed it behind the runner's back (a test's set-up through the test hook). */
  refresh(): void {
    this.#changed();
  }

  /** Untimed play: lets clinic time run to the next thing that happens. */
  nextEvent(): void {
    this.session.waitForNextEvent();
    // The real clock starts the new minute afresh: no fraction left over from before the
    // jump, and no real time from before it counted again at the next tick.
    this.#target = this.session.minute;
    this.#lastTick = this.#now();
    this.#changed();
  }

  /** Why `skipAhead` would not move the clock now, or null when it would. */
  get skipAheadBlocker(): string | null {
    return skipAheadBlocker({ isOver: this.session.isOver, waiting: this.session.available() });
  }

  /**
   * Timed play: lets clinic time run to the next thing that happens, as "Next event" does,
   * but only while nothing waits for the trainee. Asked again once the skip has brought
   * something in (a double click, a key pressed twice), it does nothing. Returns whether
   * the clock moved.
   */
  skipAhead(): boolean {
    if (this.skipAheadBlocker !== null) return false;
    this.nextEvent();
    return true;
  }

  /** Ends the day now: the clinic plays on to closing time without the trainee. */
  endDay(): void {
    this.session.finish();
    this.#changed();
  }

  /**
   * Holds the trainee off the floor (a station panel or a dialog opens): the clock stands
   * still until every hold is released, and the real time spent inside is never charged.
   * The floor time up to this moment counts first. Returns the release, which is safe to
   * call more than once. This is the one place that decides when the clock runs: the floor
   * holds for every panel it opens, so no station needs to know about the clock. `at`:
   * 'inbox' when the hold is the inbox's station, which the view's Needs you reads.
   */
  hold(at: 'inbox' | null = null): () => void {
    const token = Symbol('hold');
    const wasHeld = this.held;
    if (!wasHeld) this.tick();
    this.#holds.add(token);
    if (at === 'inbox') {
      // Needs you says the call is live, not on hold, while the inbox is open.
      this.#inboxHolds.add(token);
      this.#changed();
    } else if (!wasHeld) this.#notify();
    return () => {
      const leftInbox = this.#inboxHolds.delete(token);
      if (leftInbox) this.#view = this.#buildView();
      if (!this.#holds.delete(token)) return;
      if (this.held) {
        if (leftInbox) this.#notify();
        return;
      }
      // Back on the floor: the clock starts from now, not from when the station opened.
      this.#lastTick = this.#now();
      this.#notify();
    };
  }

  setPaused(paused: boolean): void {
    if (this.#paused === paused) return;
    this.#paused = paused;
    this.#lastTick = this.#now();
    this.#notify();
  }

  setSpeed(speed: Speed): void {
    if (this.#speed === speed) return;
    this.#speed = speed;
    this.#notify();
  }

  #buildView(): DayView {
    return dayView(this.session, { watch: this.#watch, scoreKeeper: this.#scoreKeeper, inboxOpen: this.#inboxHolds.size > 0 });
  }

  #changed(): void {
    this.#view = this.#buildView();
    this.#notify();
  }

  #state(): RunnerState {
    return { view: this.#view, paused: this.#paused, speed: this.#speed, held: this.held };
  }

  #notify(): void {
    const state = this.#state();
    for (const listener of this.#listeners) listener(state);
  }
}
