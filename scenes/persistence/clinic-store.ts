/**
 * Where the browser keeps things: an IndexedDB database (through `idb`) with the settings,
 * the unfinished day and the history. Where IndexedDB cannot be used (private browsing,
 * storage blocked by the browser or a policy, no space left) the game gets a store that
 * keeps everything in memory for the life of the page, and a sentence saying why nothing
 * outlasts it. Values go in as they are and come out as `unknown`: `save-format.ts`
 * validates them on the way out.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/** The database's name, and the version of its object stores (not of the records in them). */
export const DATABASE_NAME = 'clinic-day';
const DATABASE_VERSION = 1;
/** Longest wait for the database to open before the game plays on without it. */
const OPEN_TIMEOUT_MS = 4000;

const SETTINGS_KEY = 'settings';
const UNFINISHED_KEY = 'current';

interface ClinicDatabase extends DBSchema {
  settings: { key: string; value: unknown };
  unfinished: { key: string; value: unknown };
  history: { key: number; value: unknown };
}

/** A stored history record with its key. */
export interface StoredHistoryRecord {
  readonly id: number;
  readonly value: unknown;
}

/** The storage the game uses. Every method may reject (quota exceeded, storage revoked). */
export interface ClinicStore {
  /** True when what is stored outlasts the page. */
  readonly durable: boolean;
  loadSettings(): Promise<unknown>;
  saveSettings(record: unknown): Promise<void>;
  loadUnfinished(): Promise<unknown>;
  saveUnfinished(record: unknown): Promise<void>;
  clearUnfinished(): Promise<void>;
  /** Adds a finished day; resolves with its key. */
  addHistory(record: unknown): Promise<number>;
  /** Every history record, oldest first. */
  listHistory(): Promise<StoredHistoryRecord[]>;
}

/** The store, or the in-memory one and why storage is unavailable. */
export type OpenedStore = { readonly store: ClinicStore; readonly problem: null } | { readonly store: ClinicStore; readonly problem: string };

/** Opens the IndexedDB store; falls back to memory (with the reason) when it cannot. */
export async function openClinicStore(factory: () => IDBFactory | undefined = () => globalThis.indexedDB): Promise<OpenedStore> {
  try {
    if (!factory()) return { store: new MemoryClinicStore(), problem: 'this browser offers no IndexedDB storage' };
    const db = await withTimeout(
      openDB<ClinicDatabase>(DATABASE_NAME, DATABASE_VERSION, {
        upgrade(database) {
          database.createObjectStore('settings');
          database.createObjectStore('unfinished');
          database.createObjectStore('history', { autoIncrement: true });
        },
      }),
      OPEN_TIMEOUT_MS,
    );
    return { store: new IdbClinicStore(db), problem: null };
  } catch (error) {
    return { store: new MemoryClinicStore(), problem: storageProblem(error) };
  }
}

/** A short reason for a storage failure, in the trainee's words. */
export function storageProblem(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return "the browser's storage for this site is full";
  if (name === 'TimeoutError') return 'the browser did not open its storage in time';
  return 'the browser does not allow this page to store data (private browsing, or storage blocked)';
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new DOMException('storage did not open', 'TimeoutError')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

class IdbClinicStore implements ClinicStore {
  readonly durable = true;
  readonly #db: IDBPDatabase<ClinicDatabase>;

  constructor(db: IDBPDatabase<ClinicDatabase>) {
    this.#db = db;
  }

  loadSettings(): Promise<unknown> {
    return this.#db.get('settings', SETTINGS_KEY);
  }

  async saveSettings(record: unknown): Promise<void> {
    await this.#db.put('settings', record, SETTINGS_KEY);
  }

  loadUnfinished(): Promise<unknown> {
    return this.#db.get('unfinished', UNFINISHED_KEY);
  }

  async saveUnfinished(record: unknown): Promise<void> {
    const transaction = this.#db.transaction('unfinished', 'readwrite');
    const stored = transaction.store.put(record, UNFINISHED_KEY);
    // Committed now rather than when the task ends: the save made as the page is left (a
    // reload, a closed tab) is otherwise aborted with the page, and the day loses its end.
    transaction.commit();
    await Promise.all([stored, transaction.done]);
  }

  clearUnfinished(): Promise<void> {
    return this.#db.delete('unfinished', UNFINISHED_KEY);
  }

  addHistory(record: unknown): Promise<number> {
    return this.#db.add('history', record);
  }

  async listHistory(): Promise<StoredHistoryRecord[]> {
    const transaction = this.#db.transaction('history');
    const records: StoredHistoryRecord[] = [];
    for await (const cursor of transaction.store) records.push({ id: cursor.key, value: cursor.value });
    return records;
  }
}

/** Keeps everything for the life of the page only. */
export class MemoryClinicStore implements ClinicStore {
  readonly durable = false;
  #settings: unknown = undefined;
  #unfinished: unknown = undefined;
  readonly #history: StoredHistoryRecord[] = [];

  async loadSettings(): Promise<unknown> {
    return this.#settings;
  }

  async saveSettings(record: unknown): Promise<void> {
    this.#settings = structuredClone(record);
  }

  async loadUnfinished(): Promise<unknown> {
    return this.#unfinished;
  }

  async saveUnfinished(record: unknown): Promise<void> {
    this.#unfinished = structuredClone(record);
  }

  async clearUnfinished(): Promise<void> {
    this.#unfinished = undefined;
  }

  async addHistory(record: unknown): Promise<number> {
    const id = this.#history.length + 1;
    this.#history.push({ id, value: structuredClone(record) });
    return id;
  }

  async listHistory(): Promise<StoredHistoryRecord[]> {
    return [...this.#history];
  }
}
