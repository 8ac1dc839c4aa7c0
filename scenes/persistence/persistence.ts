/**
 * The game's storage as the scenes use it: typed, validated records over the raw store,
 * and one place that notices when storage fails (unavailable from the start, or a write
 * refused later, such as a full quota) and tells the page once.
 */
import type { GameSettings } from '../settings';
import { openClinicStore, storageProblem, type ClinicStore } from './clinic-store';
import type { HistoryEntry, HistoryRecord, SavedDay, StoredRead } from './save-format';
import { readSettings, settingsRecord } from './settings-record';

/** The Zod readers of the unfinished day and the history, fetched the first time one is read. */
function loadSaveFormat(): Promise<typeof import('./save-format')> {
  return import('./save-format');
}

/** The history as read back: the readable entries, newest first, and a sentence per unreadable one. */
export interface HistoryRead {
  readonly entries: readonly HistoryEntry[];
  readonly unreadable: readonly string[];
}

/** Typed storage for the page. */
export class Persistence {
  readonly #store: ClinicStore;
  #problem: string | null;
  readonly #listeners = new Set<(problem: string) => void>();

  constructor(store: ClinicStore, problem: string | null) {
    this.#store = store;
    this.#problem = problem;
  }

  /** Opens the browser's storage, or plays on in memory when it cannot be used. */
  static async open(factory?: () => IDBFactory | undefined): Promise<Persistence> {
    const opened = await openClinicStore(factory);
    return new Persistence(opened.store, opened.problem);
  }

  /** Why progress cannot be saved, or null while it can. */
  get problem(): string | null {
    return this.#problem;
  }

  /** Calls `listener` with the problem now if there is one, and when one first happens. */
  onProblem(listener: (problem: string) => void): void {
    this.#listeners.add(listener);
    if (this.#problem !== null) listener(this.#problem);
  }

  /** The stored settings, or null when there are none that this version can read. */
  async loadSettings(): Promise<GameSettings | null> {
    return readSettings(await this.#read(() => this.#store.loadSettings()));
  }

  /** Stores the settings; a failure is reported through `onProblem`. */
  async saveSettings(settings: GameSettings): Promise<void> {
    await this.#write(() => this.#store.saveSettings(settingsRecord(settings)));
  }

  /** The unfinished day, read and validated; null when there is none. */
  async loadUnfinished(): Promise<StoredRead<SavedDay> | null> {
    const raw = await this.#read(() => this.#store.loadUnfinished());
    if (raw === undefined) return null;
    const { readSavedDay } = await loadSaveFormat();
    return readSavedDay(raw);
  }

  /** Saves the unfinished day; resolves false when it could not be stored. */
  saveUnfinished(day: SavedDay): Promise<boolean> {
    return this.#write(() => this.#store.saveUnfinished(day));
  }

  /** Forgets the unfinished day. */
  async clearUnfinished(): Promise<void> {
    await this.#write(() => this.#store.clearUnfinished());
  }

  /** Adds a finished day to the history; resolves with its id, or null when it could not be stored. */
  async addHistory(record: HistoryRecord): Promise<number | null> {
    try {
      return await this.#store.addHistory(record);
    } catch (error) {
      this.#report(storageProblem(error));
      return null;
    }
  }

  /** The history, newest first. */
  async history(): Promise<HistoryRead> {
    let stored: Awaited<ReturnType<ClinicStore['listHistory']>> = [];
    try {
      stored = await this.#store.listHistory();
    } catch (error) {
      this.#report(storageProblem(error));
    }
    const entries: HistoryEntry[] = [];
    const unreadable: string[] = [];
    const { readHistoryRecord } = await loadSaveFormat();
    for (const { id, value } of stored) {
      const read = readHistoryRecord(value);
      if (read.ok) entries.push({ ...read.value, id });
      else unreadable.push(read.message);
    }
    return { entries: entries.toReversed(), unreadable };
  }

  async #read(load: () => Promise<unknown>): Promise<unknown> {
    try {
      return await load();
    } catch (error) {
      this.#report(storageProblem(error));
      return undefined;
    }
  }

  async #write(store: () => Promise<void>): Promise<boolean> {
    try {
      await store();
      return true;
    } catch (error) {
      this.#report(storageProblem(error));
      return false;
    }
  }

  #report(problem: string): void {
    if (this.#problem !== null) return;
    this.#problem = problem;
    for (const listener of this.#listeners) listener(problem);
  }
}
