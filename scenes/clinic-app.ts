/**
 * What the scenes of one page share: the bundled scenarios, the trainee's settings, the
 * sound board, and the day being played. `main.ts` makes one and hands it to each scene;
 * nothing here is a global.
 */
import type { Scenario } from '../src/scenario/scenario.schema';
import type { DayResult } from '../src/scoring/score';
import type { Session } from '../src/session/session';
import type { DayRunner } from './day-runner';
import type { PlayableScenarioEntry, ScenarioCatalogEntry } from './scenario-catalog';
import { SettingsStore, TEXT_SCALE, type GameSettings } from './settings';
import { SoundBoard } from './sound-board';

/** What the debrief scene is started with. */
export interface DebriefData {
  readonly scenario: Scenario;
  readonly result: DayResult;
}

/** The shared state of the page's scenes. */
export class ClinicApp {
  readonly catalog: readonly ScenarioCatalogEntry[];
  readonly settings: SettingsStore;
  readonly sounds: SoundBoard;
  /** The id of the scenario chosen last, so the title screen offers it again. */
  lastScenarioId: string | null = null;
  #runner: DayRunner | null = null;

  constructor(catalog: readonly ScenarioCatalogEntry[], settings: GameSettings) {
    this.catalog = catalog;
    this.settings = new SettingsStore(settings);
    this.sounds = new SoundBoard(settings.sound);
    this.settings.subscribe((value) => {
      this.sounds.setEnabled(value.sound);
      document.documentElement.style.fontSize = `${TEXT_SCALE[value.textSize] * 100}%`;
    });
  }

  /** The scenarios that can be played. */
  get playable(): PlayableScenarioEntry[] {
    return this.catalog.filter((entry): entry is PlayableScenarioEntry => entry.kind === 'playable');
  }

  /** The playable scenario with this id. */
  scenario(id: string): Scenario | undefined {
    return this.playable.find((entry) => entry.id === id)?.scenario;
  }

  /** The day being played, if any. */
  get runner(): DayRunner | null {
    return this.#runner;
  }

  /** The session of the day being played, if any. */
  get session(): Session | null {
    return this.#runner?.session ?? null;
  }

  /** Replaces the day being played (null when none is), disposing of the old one. */
  setRunner(runner: DayRunner | null): void {
    if (this.#runner && this.#runner !== runner) this.#runner.dispose();
    this.#runner = runner;
  }
}
