/**
 * A trainee at a person's pace: the `TraineeDriver` does each move through the screen, and
 * this pacer lets the page's real time pass (`page-time.ts`) before every decision on the
 * floor and every field inside a station, as a person who reads, thinks and types would.
 *
 * In the driver's terms:
 *
 * - A **decision** is a look at the floor with no station open, after which the trainee
 *   chooses what to do next (a patient's or the phone's line in the queue, or nothing):
 *   `PERSON_PACE_MS` pass on the floor, where the clinic clock runs, and only then does the
 *   scripted trainee choose, on its copy brought up to the page (a call may have come in
 *   meanwhile). Passing that time is what the decision costs; opening the station it chose
 *   costs nothing more.
 * - A **field** is one input to a control inside a station: typing into a field, choosing
 *   from a list, ticking a box, pressing a button (the one that sends the action included)
 *   or closing the station. `PERSON_PACE_MS` pass before each. Keys that only move between
 *   controls or along a list (Tab, the arrows) belong to the input they serve.
 * - A **wait**: when, after a decision, there is nothing to do, the trainee stays on the
 *   floor and watches the clock run at the page's speed until the next thing happens (as a
 *   new trainee would; "Skip ahead" would shorten only these waits).
 *
 * The driver is given a page whose locators pass the time before each input (a proxy of
 * the Playwright page), so every input the driver makes is paced, whatever the station.
 */
import type { Keyboard, Locator, Page } from 'playwright-core';
import { formatMinutesOfDay } from '../../../src/scenario/clock-time';
import { replaySession, type Session } from '../../../src/session/session';
import type { Move, ScriptedTrainee } from '../../../src/trainees/trainee';
import { PageTime, RUNNER_STEP_MS } from './page-time';
import type { TraineeDriver } from './trainee-driver';

/** The least real time a person takes over one decision or one field. */
export const PERSON_PACE_MS = 2_000;

/** Locator methods that give another locator (which must pace too). */
const DERIVING = new Set<PropertyKey>(['locator', 'getByRole', 'getByText', 'getByLabel', 'getByPlaceholder', 'getByAltText', 'getByTitle', 'getByTestId', 'first', 'last', 'nth', 'filter', 'and', 'or']);
/** Locator methods that are a person's input. */
const INPUTS = new Set<PropertyKey>(['press', 'fill', 'selectOption', 'click', 'dblclick', 'check', 'uncheck', 'setChecked', 'tap', 'pressSequentially', 'clear']);
/** Keys that move between controls or along a list: part of the input they lead to, not one of their own. */
const MOVING_KEYS = /^(Shift\+)?(Tab|ArrowUp|ArrowDown|ArrowLeft|ArrowRight|Home|End|PageUp|PageDown)$/;

/** Where the trainee is: on the floor (the clinic clock runs) or inside a station. */
type Where = 'floor' | 'station';

/** What a paced day took, in the page's real time and in counts. */
export interface PaceReport {
  /** Moves the trainee made (accepted actions). */
  readonly moves: number;
  /** Looks at the floor before choosing. */
  readonly decisions: number;
  /** Inputs inside stations. */
  readonly fields: number;
  /** Times the trainee had nothing to do and waited on the floor. */
  readonly waits: number;
  /** Page real time spent deciding on the floor, in ms. */
  readonly decisionMs: number;
  /** Page real time spent inside stations, in ms. */
  readonly stationMs: number;
  /** Page real time spent waiting on the floor, in ms. */
  readonly waitMs: number;
  /** Clinic minutes that passed while the trainee waited. */
  readonly waitClinicMinutes: number;
  /** Clinic minutes that passed while the trainee decided. */
  readonly decisionClinicMinutes: number;
}

/** Options of `PersonPace.play`. */
export interface PlayOptions {
  /** Fails the day after this many moves, decisions and waits together. */
  readonly maxSteps?: number;
  /** Runs after every move, decision and wait, with the copy brought up to the page and no page time passed since. */
  readonly afterStep?: () => Promise<void>;
}

/** Paces a driver's inputs and plays whole days at a person's pace. */
export class PersonPace {
  readonly time: PageTime;
  /** The page the driver is given: every input on it passes a person's time first. */
  readonly page: Page;
  #where: Where = 'floor';
  #fields = 0;
  #stationMs = 0;

  constructor(page: Page, time: PageTime) {
    this.time = time;
    this.page = this.#pacedPage(page);
  }

  /** Inputs inside stations so far. */
  get fields(): number {
    return this.#fields;
  }

  /**
   * Plays with `trainee` until the day ends, at a person's pace. The page's time must be
   * held (`PageTime.hold`) and the driver attached to `this.page`.
   */
  async play(driver: TraineeDriver, trainee: ScriptedTrainee, options: PlayOptions = {}): Promise<PaceReport> {
    const afterStep = options.afterStep ?? (() => Promise.resolve());
    const maxSteps = options.maxSteps ?? 3_000;
    const day = driver.day;
    const fieldsBefore = this.#fields;
    const stationMsBefore = this.#stationMs;
    let moves = 0;
    let decisions = 0;
    let waits = 0;
    let decisionMs = 0;
    let waitMs = 0;
    let decisionClinicMinutes = 0;
    let waitClinicMinutes = 0;
    await driver.sync();
    while (!day.isOver) {
      if (moves + decisions + waits >= maxSteps) throw new Error(`the ${trainee.name} took more than ${maxSteps} steps at ${formatMinutesOfDay(day.minute)}`);
      let move = validMove(trainee, day);
      if (move !== null && driver.isOpenFor(move)) {
        // The next step in the station at hand: its fields are paced as they are worked.
        this.#where = 'station';
        await driver.perform(move);
        moves += 1;
        await afterStep();
        continue;
      }
      if (driver.stationOpen) {
        this.#where = 'station';
        await driver.closeStation();
      }
      // Back on the floor: look, and only then choose (the clock ran while the trainee looked).
      this.#where = 'floor';
      const minuteBefore = day.minute;
      await this.time.pass(PERSON_PACE_MS, RUNNER_STEP_MS);
      decisions += 1;
      decisionMs += PERSON_PACE_MS;
      await driver.sync();
      decisionClinicMinutes += day.minute - minuteBefore;
      await afterStep();
      if (day.isOver) break;
      move = validMove(trainee, day);
      if (move !== null) {
        await driver.perform(move);
        moves += 1;
        await afterStep();
        continue;
      }
      const waitedFrom = day.minute;
      waitMs += await this.#wait(driver);
      waits += 1;
      await driver.sync();
      waitClinicMinutes += day.minute - waitedFrom;
      await afterStep();
    }
    return {
      moves,
      decisions,
      fields: this.#fields - fieldsBefore,
      waits,
      decisionMs,
      stationMs: this.#stationMs - stationMsBefore,
      waitMs,
      waitClinicMinutes,
      decisionClinicMinutes,
    };
  }

  /**
   * Nothing to do: watches the floor, the page's time passing a second at a time, until the
   * clinic clock reaches the next thing that happens. Returns the page time spent.
   */
  async #wait(driver: TraineeDriver): Promise<number> {
    const page = this.page;
    const target = nextEventMinute(driver);
    return this.time.passUntil(() => page.evaluate((to) => {
      const session = window.__clinic?.session();
      return session ? session.isOver || session.minute >= to : true;
    }, target), { stepMs: RUNNER_STEP_MS, limitMs: 4 * 60 * 60 * 1000 });
  }

  /** Passes a person's time before an input inside a station; an input on the floor (opening the station just chosen) was paid for by the decision. */
  async #beforeInput(method: PropertyKey, args: readonly unknown[]): Promise<void> {
    if (method === 'press' && typeof args[0] === 'string' && MOVING_KEYS.test(args[0])) return;
    if (this.#where === 'floor') {
      this.#where = 'station';
      return;
    }
    // The clinic clock stands still inside a station, so the page's time passes in one step.
    await this.time.pass(PERSON_PACE_MS, PERSON_PACE_MS);
    this.#fields += 1;
    this.#stationMs += PERSON_PACE_MS;
  }

  #pacedPage(page: Page): Page {
    const pace = (method: PropertyKey, args: readonly unknown[]) => this.#beforeInput(method, args);
    const pacedLocator = (locator: Locator): Locator =>
      new Proxy(locator, {
        get(target, property) {
          const value: unknown = Reflect.get(target, property, target);
          if (typeof value !== 'function') return value;
          const method = value as (...args: unknown[]) => unknown;
          if (DERIVING.has(property)) return (...args: unknown[]) => pacedLocator(method.apply(target, args) as Locator);
          if (INPUTS.has(property)) {
            return async (...args: unknown[]) => {
              await pace(property, args);
              return method.apply(target, args);
            };
          }
          return method.bind(target);
        },
      });
    const keyboard = new Proxy(page.keyboard, {
      get(target, property) {
        const value: unknown = Reflect.get(target, property, target);
        if (typeof value !== 'function') return value;
        const method = value as (...args: unknown[]) => unknown;
        if (property !== 'press' && property !== 'type' && property !== 'insertText') return method.bind(target);
        return async (...args: unknown[]) => {
          await pace(property, args);
          return method.apply(target, args);
        };
      },
    }) as Keyboard;
    return new Proxy(page, {
      get(target, property) {
        if (property === 'keyboard') return keyboard;
        const value: unknown = Reflect.get(target, property, target);
        if (typeof value !== 'function') return value;
        const method = value as (...args: unknown[]) => unknown;
        if (DERIVING.has(property)) return (...args: unknown[]) => pacedLocator(method.apply(target, args) as Locator);
        return method.bind(target);
      },
    });
  }
}

/** The trainee's next move on the copy, if the copy would accept it. */
function validMove(trainee: ScriptedTrainee, day: Session): Move | null {
  const move = trainee.nextMove(day);
  return move !== null && day.canAct(move.patientId, move.action) ? move : null;
}

/** The minute of the next thing that happens on the driver's day, found on a replay of its copy. */
function nextEventMinute(driver: TraineeDriver): number {
  const day = driver.day;
  const fork = replaySession(day.scenario, driver.seed, driver.settings, day.log);
  try {
    fork.advanceTo(day.minute);
    fork.waitForNextEvent();
    return fork.minute;
  } finally {
    fork.dispose();
  }
}

/** The real minutes a day would take at `speed`, from a paced day measured at `measuredSpeed`: the work in stations and the decisions take the same real time at any speed; the waits take their clinic minutes at the new speed. */
export function realMinutesAt(report: PaceReport, speed: number, secondsPerMinute: number): number {
  const waitSeconds = (report.waitClinicMinutes * secondsPerMinute) / speed;
  return (report.stationMs + report.decisionMs) / 60_000 + waitSeconds / 60;
}
