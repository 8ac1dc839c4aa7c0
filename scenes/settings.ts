/**
 * The trainee's settings: speed, sound, reduced motion, text size and the name that goes
 * on result files. The store holds them for the page; `scenes/persistence/` keeps them in
 * IndexedDB between visits. The mode and the timer are not among them: they belong to one
 * day (`DayChoice`), start from the scenario's own, and are chosen on the day's briefing.
 */
import type { Mode, Scenario } from '../src/scenario/scenario.schema';
import type { SessionSettings } from '../src/session/session';

/**
 * Clock speeds the HUD offers: on the floor, simulated minutes run this many times faster
 * than at 1× (0.5×: half as fast, for a trainee who wants longer to decide).
 */
export const SPEEDS = [0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

/** Text sizes, as a share of the browser's own text size. */
export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** The root font size of each text size. */
export const TEXT_SCALE: Readonly<Record<TextSize, number>> = { normal: 1, large: 1.125, larger: 1.25 };

/** What the trainee has chosen for every day: comfort, not the rules of a day. */
export interface GameSettings {
  /**
   * The speed the clock starts each timed day at, as the title's settings and the briefing
   * show and set it. The HUD's speed buttons change the day being played only: a new day
   * starts at this speed, never at the one the last day ended at (the playtest).
   */
  readonly speed: Speed;
  readonly sound: boolean;
  readonly reducedMotion: boolean;
  readonly textSize: TextSize;
  /** The trainee's name as they entered it, written on result files ("" when not given). */
  readonly playerName: string;
}

/** The settings a first visit starts with; reduced motion follows the system's preference. */
export function defaultGameSettings(prefersReducedMotion: boolean): GameSettings {
  return { speed: 1, sound: true, reducedMotion: prefersReducedMotion, textSize: 'normal', playerName: '' };
}

/**
 * How one day is played: practice or assessment, and whether its clock runs by itself.
 * Each day starts from its scenario's own; the trainee may change it on the day's briefing
 * (for that day only) unless the scenario locks it. It is never stored between visits, so
 * a preference cannot silently override what a scenario sets.
 */
export interface DayChoice {
  readonly mode: Mode;
  /** Off: untimed practice, the clock stops between actions. */
  readonly timed: boolean;
}

/** True when the scenario lets the trainee choose the mode and the timer. */
export function canChooseMode(scenario: Scenario): boolean {
  return !scenario.timer.locked;
}

/** The scenario's own mode and timer: what its briefing offers first. Assessment is always timed. */
export function scenarioDayChoice(scenario: Scenario): DayChoice {
  return { mode: scenario.mode, timed: scenario.mode === 'assessment' || scenario.timer.enabled };
}

/**
 * The session settings a day starts with. A scenario that locks its timer plays as it says,
 * whatever the trainee chose; otherwise the trainee's choice for this day wins, and without
 * one the scenario's own mode and timer. Assessment is always timed where the trainee chose it.
 */
export function sessionSettingsFor(scenario: Scenario, choice?: DayChoice): SessionSettings {
  if (!canChooseMode(scenario)) return { mode: scenario.mode, timerEnabled: scenario.timer.enabled };
  const chosen = choice ?? scenarioDayChoice(scenario);
  return { mode: chosen.mode, timerEnabled: chosen.mode === 'assessment' ? true : chosen.timed };
}

/** The settings of this page, with listeners for the parts the page applies at once (text size). */
export class SettingsStore {
  #value: GameSettings;
  readonly #listeners = new Set<(settings: GameSettings) => void>();

  constructor(initial: GameSettings) {
    this.#value = initial;
  }

  get value(): GameSettings {
    return this.#value;
  }

  /** Changes some settings and tells the listeners. */
  update(change: Partial<GameSettings>): void {
    this.#value = { ...this.#value, ...change };
    for (const listener of this.#listeners) listener(this.#value);
  }

  /** Calls `listener` now and after every change; returns the unsubscribe. */
  subscribe(listener: (settings: GameSettings) => void): () => void {
    this.#listeners.add(listener);
    listener(this.#value);
    return () => this.#listeners.delete(listener);
  }
}
