/**
 * What the scenes of one page share: the bundled scenarios and a custom one, the trainee's
 * settings, the sound board, the storage, and the day being played. `main.ts` makes one and
 * hands it to each scene; nothing here is a global.
 *
 * Every day starts here (`startDay`), so every day is saved the same way: after each
 * accepted action (and as its clock moves on) the unfinished day is written to storage, and
 * when the day ends it goes to the history and the unfinished save is removed.
 *
 * The code of the day itself (the domain, the floor and debrief scenes) is not part of the
 * page's startup: `loadDayKit` fetches it, and the title screen does so behind the loading
 * screen's progress bar before it starts a day, continues one or opens a debrief.
 */
import type { Game } from 'phaser';
import type { Scenario } from '../src/scenario/scenario.schema';
import type { DayResult } from '../src/scoring/score';
import type { Assignment } from '../src/session/assignment';
import type { EncounterWatch } from '../src/session/day-view';
import type { ResultFile } from '../src/session/result-file';
import type { Session } from '../src/session/session';
import type { DayRunner } from './day-runner';
import { APP_VERSION } from './persistence/app-version';
import { autosaveDay } from './persistence/day-autosave';
import { DaySaver } from './persistence/day-saver';
import type { Persistence } from './persistence/persistence';
import type { HistoryEntry } from './persistence/save-format';
import { assessSavedDay, customScenarioKey, savedDayOf, type DayScenario, type UnfinishedDay } from './persistence/saved-day';
import { parseCustomScenario, type PlayableScenarioEntry, type ScenarioCatalogEntry } from './scenario-catalog';
import { sessionSettingsFor, SettingsStore, TEXT_SCALE, type DayChoice, type GameSettings } from './settings';
import { SoundBoard } from './sound-board';
import type { EndedDay } from './closing-account';

/** What the debrief scene is started with. */
export interface DebriefData {
  /** The scenario played; absent for a history entry whose scenario this build no longer has. */
  readonly scenario?: Scenario;
  readonly result: DayResult;
  /** Set when the debrief is opened from the history screen. */
  readonly history?: HistoryEntry;
  /** When the trainee ended the day with End day, right after the day (not kept in the history). */
  readonly ended?: EndedDay;
}

/** What the page's address asked for when it opened. */
export type LaunchRequest =
  | { readonly kind: 'title'; readonly message: string | null; readonly problems: readonly string[] }
  | { readonly kind: 'play'; readonly key: string; readonly assignment?: Assignment }
  | { readonly kind: 'instructor' };

/** A day that has just ended, with its result file. */
export interface FinishedDay {
  readonly session: Session;
  readonly day: DayScenario;
  readonly file: ResultFile;
}

/** The day's code: the domain and the floor and debrief scenes (`day-kit.ts`). */
export type DayKit = typeof import('./day-kit');

/** The shared state of the page's scenes. */
export class ClinicApp {
  readonly catalog: readonly ScenarioCatalogEntry[];
  readonly settings: SettingsStore;
  readonly sounds: SoundBoard;
  readonly persistence: Persistence;
  /** The key of the scenario chosen last, so the title screen offers it again. */
  lastScenarioId: string | null = null;
  /** True when this browser had stored nothing for the game before this page opened (main.ts). */
  firstVisit = false;
  /** The mode and timer the trainee chose on the briefing of the day about to start. */
  #dayChoice: { readonly key: string; readonly choice: DayChoice } | null = null;
  /** The assignment the page was opened with, and the key of its scenario: every new day of that scenario is the assignment's. */
  #assignment: { readonly key: string; readonly assignment: Assignment } | null = null;
  #runner: DayRunner | null = null;
  #custom: DayScenario | null = null;
  #unfinished: UnfinishedDay | null = null;
  /** A saved day already replayed by "Continue", waiting for the floor to run it. */
  #prepared: { readonly day: DayScenario; readonly session: Session; readonly watch: EncounterWatch; readonly assignmentId: string | undefined; readonly minuteFraction: number } | null = null;
  #launch: LaunchRequest = { kind: 'title', message: null, problems: [] };
  #lastFinished: FinishedDay | null = null;
  /** The saver of the day being played, and the filing of the day that ended last. */
  #saver: DaySaver | null = null;
  /** Stops saving the day being played (when another replaces it). */
  #stopAutosave: () => void = () => undefined;
  #filing: Promise<void> = Promise.resolve();
  #kit: DayKit | null = null;
  #kitLoading: Promise<DayKit> | null = null;
  /** The bundled scenarios loaded so far, by id (`loadDay`). */
  readonly #bundledDays = new Map<string, DayScenario>();

  constructor(catalog: readonly ScenarioCatalogEntry[], settings: GameSettings, persistence: Persistence) {
    this.catalog = catalog;
    this.persistence = persistence;
    this.settings = new SettingsStore(settings);
    this.sounds = new SoundBoard(settings.sound);
    let first = true;
    this.settings.subscribe((value) => {
      this.sounds.setEnabled(value.sound);
      document.documentElement.style.fontSize = `${TEXT_SCALE[value.textSize] * 100}%`;
      // The panels' CSS animations follow the in-game setting as they follow the OS preference (styles.css).
      document.documentElement.toggleAttribute('data-reduced-motion', value.reducedMotion);
      if (!first) void this.persistence.saveSettings(value);
      first = false;
    });
  }

  /**
   * Fetches the day's code the first time (later calls reuse it) and adds the floor and
   * debrief scenes to `game`. Rejects when the code cannot be fetched (the page went offline).
   */
  async loadDayKit(game: Game): Promise<DayKit> {
    this.#kitLoading ??= import('./day-kit').then(
      (kit) => (this.#kit = kit),
      (error: unknown) => {
        // A failed fetch may succeed on the next try.
        this.#kitLoading = null;
        throw error;
      },
    );
    const kit = await this.#kitLoading;
    kit.registerDayScenes(game, this);
    return kit;
  }

  /** The day's code, which every caller that starts or ends a day has loaded first. */
  #dayKit(): DayKit {
    if (this.#kit === null) throw new Error('the clinic day was started before its code was loaded (ClinicApp.loadDayKit)');
    return this.#kit;
  }

  /** The scenarios that can be played. */
  get playable(): PlayableScenarioEntry[] {
    return this.catalog.filter((entry): entry is PlayableScenarioEntry => entry.kind === 'playable');
  }

  /** The bundled scenario with this id as the title lists it (its summary and content hash). */
  bundledEntry(id: string): PlayableScenarioEntry | undefined {
    return this.playable.find((candidate) => candidate.id === id);
  }

  /** Whether the page can play `key`: a bundled id, or the custom scenario's key. */
  canPlay(key: string): boolean {
    return this.#custom?.key === key || this.bundledEntry(key) !== undefined;
  }

  /**
   * The scenario the page knows by `key` (a bundled id, or the custom scenario's key), ready
   * to play: a bundled one is fetched the first time (its own chunk), then kept, so that every
   * later call, and `dayScenario`, gives the same one.
   */
  async loadDay(key: string): Promise<DayScenario | undefined> {
    if (this.#custom?.key === key) return this.#custom;
    const kept = this.#bundledDays.get(key);
    if (kept) return kept;
    const entry = this.bundledEntry(key);
    if (!entry) return undefined;
    const scenario = await entry.load();
    const day = this.#bundledDays.get(key) ?? { key: entry.id, scenario, contentHash: entry.contentHash, customSource: null };
    this.#bundledDays.set(key, day);
    return day;
  }

  /** Loads every bundled scenario (the instructor's page grades and links any of them). */
  async loadEveryDay(): Promise<void> {
    await Promise.all(this.playable.map((entry) => this.loadDay(entry.id)));
  }

  /**
   * The scenario the page knows by `key`, once loaded (`loadDay`): every way into a day
   * (the briefing, a link, the unfinished day, the history) loads it first.
   */
  dayScenario(key: string): DayScenario | undefined {
    if (this.#custom && this.#custom.key === key) return this.#custom;
    return this.#bundledDays.get(key);
  }

  /** The playable scenario with this key, once loaded (`loadDay`). */
  scenario(key: string): Scenario | undefined {
    return this.dayScenario(key)?.scenario;
  }

  /** The custom scenario imported on the title or opened from a link, if any. */
  get customScenario(): DayScenario | null {
    return this.#custom;
  }

  /** Reads a custom scenario's text: the scenario ready to play, or its located problems. */
  async readCustomScenario(text: string, fileName: string): Promise<DayScenario | { readonly problems: readonly string[] }> {
    const outcome = await parseCustomScenario(text, fileName);
    if (!outcome.ok) return { problems: outcome.problems };
    return { key: customScenarioKey(outcome.scenario.id), scenario: outcome.scenario, contentHash: outcome.contentHash, customSource: text };
  }

  /** Makes `day` the page's custom scenario (one at a time). */
  setCustomScenario(day: DayScenario): void {
    this.#custom = day;
  }

  /** What the page's address asked for; the title scene takes it once. */
  takeLaunch(): LaunchRequest {
    const launch = this.#launch;
    this.#launch = { kind: 'title', message: null, problems: [] };
    return launch;
  }

  /** Sets what the page's address asked for (main.ts, on load). */
  setLaunch(launch: LaunchRequest): void {
    this.#launch = launch;
  }

  /** Makes every new day of `key` the assignment's (the link the page was opened with). */
  setAssignment(key: string, assignment: Assignment): void {
    this.#assignment = { key, assignment };
  }

  /** The assignment a new day of `key` would be played as, if any. */
  assignmentFor(key: string): Assignment | null {
    return this.#assignment?.key === key ? this.#assignment.assignment : null;
  }

  /** The unfinished day found in storage, if any. */
  get unfinished(): UnfinishedDay | null {
    return this.#unfinished;
  }

  /** Reads the unfinished day from storage and decides what to offer for it. */
  async loadUnfinished(): Promise<UnfinishedDay | null> {
    const read = await this.persistence.loadUnfinished();
    this.#unfinished =
      read === null
        ? null
        : await assessSavedDay(read, {
            bundled: (id) => this.loadDay(id),
            custom: (text) => this.readCustomScenario(text, 'saved custom scenario'),
          });
    return this.#unfinished;
  }

  /** Forgets the unfinished day, in storage too. */
  async discardUnfinished(): Promise<void> {
    this.#unfinished = null;
    this.#prepared = null;
    await this.persistence.clearUnfinished();
  }

  /**
   * Replays the resumable unfinished day so the floor can continue it. Resolves with the
   * key to start the floor with, or with the reason it cannot be continued.
   */
  prepareContinue(): { readonly ok: true; readonly key: string } | { readonly ok: false; readonly message: string } {
    const unfinished = this.#unfinished;
    if (unfinished?.status !== 'resumable') return { ok: false, message: 'There is no unfinished day to continue.' };
    const kit = this.#dayKit();
    const watch = new kit.EncounterWatch();
    try {
      const session = kit.resumeSession(unfinished.saved, unfinished.day.scenario, { inspect: watch.inspect });
      if (unfinished.day.customSource !== null) this.#custom = unfinished.day;
      this.#prepared = { day: unfinished.day, session, watch, assignmentId: unfinished.saved.assignmentId, minuteFraction: unfinished.saved.minuteFraction ?? 0 };
      return { ok: true, key: unfinished.day.key };
    } catch (error) {
      return {
        ok: false,
        message: `The saved day does not replay in this version of Clinic Day (${error instanceof Error ? error.message : String(error)}). Start over or discard it.`,
      };
    }
  }

  /**
   * Records the mode and timer chosen on the briefing for the next new day of `key`; the
   * scenario's lock still wins (`sessionSettingsFor`). Used once, by that day.
   */
  chooseDay(key: string, choice: DayChoice): void {
    this.#dayChoice = { key, choice };
  }

  /**
   * Starts the day the floor opens on `scenario`: the prepared continuation when there is
   * one for it, otherwise a new day (which replaces any unfinished one) with the mode and
   * timer chosen on its briefing, or the scenario's own.
   */
  startDay(scenario: Scenario): DayRunner {
    const kit = this.#dayKit();
    const settings = this.settings.value;
    const prepared = this.#prepared;
    this.#prepared = null;
    const chosen = this.#dayChoice;
    this.#dayChoice = null;
    let day: DayScenario;
    let session: Session;
    let watch: EncounterWatch;
    let assignmentId: string | undefined;
    let minuteFraction = 0;
    if (prepared && prepared.day.scenario === scenario) {
      ({ day, session, watch, assignmentId, minuteFraction } = prepared);
    } else {
      day = this.#dayOf(scenario);
      watch = new kit.EncounterWatch();
      const assignment = this.assignmentFor(day.key);
      const choice = chosen?.key === day.key ? chosen.choice : undefined;
      // An assigned day is the assignment's: its seed, mode and timer, whatever was chosen.
      session = assignment
        ? kit.Session.start(scenario, { seed: assignment.seed, settings: assignment.settings, inspect: watch.inspect })
        : kit.Session.start(scenario, { seed: newSeed(), settings: sessionSettingsFor(scenario, choice), inspect: watch.inspect });
      assignmentId = assignment?.id;
    }
    this.#unfinished = null;
    this.lastScenarioId = day.key;
    const runner = new kit.DayRunner({ session, watch, speed: settings.speed, minuteFraction });
    this.setRunner(runner);
    this.#track(runner, day, assignmentId);
    return runner;
  }

  /** Resolves once every save asked for so far, and the filing of a finished day, are done. */
  async savesWritten(): Promise<void> {
    await this.#saver?.flush();
    await this.#filing;
  }

  /** The day that ended last, with its result file, if it is `session`'s. */
  finishedDay(session: Session | null): FinishedDay | null {
    return session !== null && this.#lastFinished?.session === session ? this.#lastFinished : null;
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
    if (this.#runner && this.#runner !== runner) {
      this.#stopAutosave();
      this.#stopAutosave = () => undefined;
      this.#runner.dispose();
    }
    this.#runner = runner;
  }

  #dayOf(scenario: Scenario): DayScenario {
    if (this.#custom?.scenario === scenario) return this.#custom;
    const bundled = this.#bundledDays.get(scenario.id);
    if (bundled?.scenario === scenario) return bundled;
    throw new Error(`the scenario "${scenario.id}" is neither bundled nor the page's custom scenario`);
  }

  /** Saves the day as it goes (`autosaveDay`: every action, the clock every few seconds, and when the page is left), and files it in the history when it ends. */
  #track(runner: DayRunner, day: DayScenario, assignmentId: string | undefined): void {
    const { session } = runner;
    const saver = new DaySaver(() => this.persistence.saveUnfinished(savedDayOf(session, day, APP_VERSION, new Date(), { assignmentId, minuteFraction: runner.minuteFraction })));
    this.#saver = saver;
    this.#stopAutosave = autosaveDay({
      runner,
      save: () => saver.request(),
      // Off the frame: the minute's or the press's change is painted first, the save written when the page is idle.
      saveWhenIdle: () => saver.requestWhenIdle(),
      onEnded: () => {
        this.#filing = this.#fileFinishedDay(session, day, saver, assignmentId);
      },
    });
  }

  async #fileFinishedDay(session: Session, day: DayScenario, saver: DaySaver, assignmentId: string | undefined): Promise<void> {
    const { resultFile, scoreDay, historyRecord } = this.#dayKit();
    const file = resultFile({
      appVersion: APP_VERSION,
      scenarioId: session.scenario.id,
      scenarioHash: day.contentHash,
      seed: session.seed,
      settings: session.settings,
      player: this.settings.value.playerName.trim(),
      ...(assignmentId === undefined ? {} : { assignmentId }),
      log: [...session.log],
      result: scoreDay(session.record()),
    });
    this.#lastFinished = { session, day, file };
    await saver.close();
    await this.persistence.clearUnfinished();
    await this.persistence.addHistory(historyRecord(file, session.scenario.title, new Date()));
  }
}

/** A fresh seed for a new day. */
function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]! % 2_147_483_647;
}
