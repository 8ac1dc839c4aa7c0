/**
 * The trainee's settings: speed, sound, practice or assessment, the timer, reduced motion,
 * text size and the name that goes on result files. The store holds them for the page;
 * `scenes/persistence/` keeps them in IndexedDB between visits. A scenario whose timer is
 * locked by the instructor fixes the mode and the timer to its own.
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

/** What the trainee has chosen. */
export interface GameSettings {
  readonly speed: Speed;
  readonly sound: boolean;
  readonly mode: Mode;
  /** Off: untimed practice, the clock stops between actions. */
  readonly timed: boolean;
  readonly reducedMotion: boolean;
  readonly textSize: TextSize;
  /** The trainee's name as they entered it, written on result files ("" when not given). */
  readonly playerName: string;
}

/** The settings a first visit starts with; reduced motion follows the system's preference. */
export function defaultGameSettings(prefersReducedMotion: boolean): GameSettings {
  return { speed: 1, sound: true, mode: 'practice', timed: true, reducedMotion: prefersReducedMotion, textSize: 'normal', playerName: '' };
}

/** True when the scenario lets the trainee choose the mode and the timer. */
export function canChooseMode(scenario: Scenario): boolean {
  return !scenario.timer.locked;
}

/**
 * The session settings a day starts with: the trainee's choice where the scenario allows
 * it; the scenario's own when its timer is locked. Assessment is always timed.
 */
export function sessionSettingsFor(scenario: Scenario, settings: GameSettings): SessionSettings {
  if (!canChooseMode(scenario)) return { mode: scenario.mode, timerEnabled: scenario.timer.enabled };
  return { mode: settings.mode, timerEnabled: settings.mode === 'assessment' ? true : settings.timed };
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
