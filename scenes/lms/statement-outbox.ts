/**
 * The outbox: xAPI statements waiting for their Learning Record Store, kept in IndexedDB so
 * they outlast a reload, a closed tab and a lost network, and sent one at a time in the order
 * they were queued (cmi5 orders a session's statements: Initialized first, Terminated last).
 *
 * Never sent twice: a statement's id (a UUID) is fixed when it is queued, and the statement
 * is stored whole, so a statement sent again (the page closed between the LRS's answer and
 * the entry's removal) is the same statement, which the LRS must not store again (xAPI 1.0.3
 * Part Three, 2.1.2: an LRS "MUST NOT make any modifications to its state based on receiving
 * a Statement with an id that it already has a Statement for", answering 204 or 409).
 *
 * Retry with back-off: a network failure, a 408, a 429 or a 5xx answer leaves the statement
 * at the head of the queue and tries again after 1, 2, 4 … up to 60 seconds, and at once when
 * the browser comes back online. A statement the LRS refuses as bad (another 4xx) will never
 * be taken: it is set aside (kept in the `refused` store) with a notice, so it does not block
 * those behind it.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { XapiStatement } from '../../src/lms/xapi-statements';

const DATABASE_NAME = 'clinic-day-xapi';
const DATABASE_VERSION = 1;
const FIRST_RETRY_MS = 1000;
const LONGEST_RETRY_MS = 60_000;

/** A queued statement and the LRS it goes to. */
export interface OutboxEntry {
  readonly seq?: number;
  readonly endpoint: string;
  readonly statement: XapiStatement;
  readonly queuedAt: string;
}

interface OutboxDatabase extends DBSchema {
  outbox: { key: number; value: OutboxEntry };
  refused: { key: number; value: OutboxEntry & { readonly status: number } };
  meta: { key: string; value: unknown };
}

/** What sending one statement came to. */
export type SendOutcome = { readonly kind: 'stored' } | { readonly kind: 'retry'; readonly why: string } | { readonly kind: 'refused'; readonly status: number; readonly why: string };

/** Sends one statement to its LRS with the credential registered for it. */
export type StatementSender = (endpoint: string, auth: string, statement: XapiStatement) => Promise<SendOutcome>;

/** Starts sending one statement as the page goes away (`fetch` with `keepalive`), not waiting for the answer. */
export type ExitSender = (endpoint: string, auth: string, statement: XapiStatement) => void;

/** Where the outbox keeps its entries: IndexedDB, or memory when the browser allows no storage. */
interface OutboxStore {
  add(entries: readonly OutboxEntry[]): Promise<void>;
  first(): Promise<OutboxEntry | undefined>;
  remove(seq: number): Promise<void>;
  refuse(entry: OutboxEntry, status: number): Promise<void>;
  count(): Promise<number>;
  getMeta(key: string): Promise<unknown>;
  setMeta(key: string, value: unknown): Promise<void>;
}

class IdbOutboxStore implements OutboxStore {
  readonly #db: IDBPDatabase<OutboxDatabase>;
  constructor(db: IDBPDatabase<OutboxDatabase>) {
    this.#db = db;
  }
  async add(entries: readonly OutboxEntry[]): Promise<void> {
    // One transaction: a day's statements are queued whole or not at all.
    const tx = this.#db.transaction('outbox', 'readwrite');
    for (const entry of entries) void tx.store.add(entry);
    await tx.done;
  }
  async first(): Promise<OutboxEntry | undefined> {
    const cursor = await this.#db.transaction('outbox').store.openCursor();
    return cursor ? { ...cursor.value, seq: cursor.key } : undefined;
  }
  remove(seq: number): Promise<void> {
    return this.#db.delete('outbox', seq);
  }
  async refuse(entry: OutboxEntry, status: number): Promise<void> {
    const tx = this.#db.transaction(['outbox', 'refused'], 'readwrite');
    const { seq, ...kept } = entry;
    void tx.objectStore('refused').add({ ...kept, status });
    if (seq !== undefined) void tx.objectStore('outbox').delete(seq);
    await tx.done;
  }
  count(): Promise<number> {
    return this.#db.count('outbox');
  }
  getMeta(key: string): Promise<unknown> {
    return this.#db.get('meta', key);
  }
  async setMeta(key: string, value: unknown): Promise<void> {
    await this.#db.put('meta', value, key);
  }
}

class MemoryOutboxStore implements OutboxStore {
  readonly #entries: OutboxEntry[] = [];
  readonly #meta = new Map<string, unknown>();
  #next = 1;
  async add(entries: readonly OutboxEntry[]): Promise<void> {
    for (const entry of entries) this.#entries.push({ ...entry, seq: this.#next++ });
  }
  async first(): Promise<OutboxEntry | undefined> {
    return this.#entries[0];
  }
  async remove(seq: number): Promise<void> {
    const index = this.#entries.findIndex((entry) => entry.seq === seq);
    if (index >= 0) this.#entries.splice(index, 1);
  }
  async refuse(entry: OutboxEntry): Promise<void> {
    if (entry.seq !== undefined) await this.remove(entry.seq);
  }
  async count(): Promise<number> {
    return this.#entries.length;
  }
  async getMeta(key: string): Promise<unknown> {
    return this.#meta.get(key);
  }
  async setMeta(key: string, value: unknown): Promise<void> {
    this.#meta.set(key, value);
  }
}

/** The queue of statements and the loop that sends them. */
export class StatementOutbox {
  readonly #store: OutboxStore;
  readonly #send: StatementSender;
  readonly #report: (problem: string) => void;
  readonly #credentials = new Map<string, string>();
  #sending = false;
  #failures = 0;
  #timer: ReturnType<typeof setTimeout> | null = null;
  /** A flush asked for while a drain was running, which may have looked at the queue before the new entries came. */
  #again = false;
  #idle: (() => void)[] = [];
  /** True when the last look at the queue found it empty and nothing was queued since. */
  #empty = false;
  readonly #sendAtExit: ExitSender;

  /** Opens the outbox (in memory, with `problem` said, when IndexedDB cannot be used). */
  static async open(send: StatementSender, report: (problem: string) => void, sendAtExit: ExitSender): Promise<StatementOutbox> {
    let store: OutboxStore;
    try {
      const db = await openDB<OutboxDatabase>(DATABASE_NAME, DATABASE_VERSION, {
        upgrade(database) {
          database.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
          database.createObjectStore('refused', { autoIncrement: true });
          database.createObjectStore('meta');
        },
      });
      store = new IdbOutboxStore(db);
    } catch {
      report('the browser does not let the game keep statements it has not sent yet, so a statement waiting when the page closes is lost');
      store = new MemoryOutboxStore();
    }
    return new StatementOutbox(store, send, sendAtExit, report);
  }

  private constructor(store: OutboxStore, send: StatementSender, sendAtExit: ExitSender, report: (problem: string) => void) {
    this.#store = store;
    this.#send = send;
    this.#sendAtExit = sendAtExit;
    this.#report = report;
    // Absent outside a browser (the unit tests), where nothing goes offline.
    globalThis.addEventListener?.('online', () => {
      this.#failures = 0;
      this.flush();
    });
  }

  /** A value the reporting code keeps beside the queue (the learner's id, the day in progress). */
  meta(key: string): Promise<unknown> {
    return this.#store.getMeta(key);
  }

  setMeta(key: string, value: unknown): Promise<void> {
    return this.#store.setMeta(key, value);
  }

  /** The Authorization header value to send to `endpoint` with; statements for an endpoint with none wait. */
  authorize(endpoint: string, auth: string): void {
    this.#credentials.set(endpoint, auth);
    this.flush();
  }

  /** Queues `statements` for `endpoint`, in order, and starts sending. */
  async queue(endpoint: string, statements: readonly XapiStatement[]): Promise<void> {
    this.#empty = false;
    const queuedAt = new Date().toISOString();
    await this.#store.add(statements.map((statement) => ({ endpoint, statement, queuedAt })));
    this.flush();
  }

  /**
   * Sends `statement` as the page goes away: at once, with `keepalive` (which outlives the
   * page), when nothing waits before it and its LRS's credential is known; else queued behind
   * what waits, so the order holds and the next page sends it. Never both, so it is never sent twice.
   */
  sendAtExit(endpoint: string, statement: XapiStatement): void {
    const auth = this.#credentials.get(endpoint);
    if (this.#empty && !this.#sending && auth !== undefined) {
      this.#sendAtExit(endpoint, auth, statement);
      return;
    }
    void this.queue(endpoint, [statement]);
  }

  /** Statements still waiting. */
  pending(): Promise<number> {
    return this.#store.count();
  }

  /** Resolves when the queue is empty or waiting to retry. */
  settled(): Promise<void> {
    return this.#sending || this.#timer !== null ? new Promise((resolve) => this.#idle.push(resolve)) : Promise.resolve();
  }

  /** Sends what waits, unless a send or a retry is already under way. */
  flush(): void {
    if (this.#sending) {
      this.#again = true;
      return;
    }
    if (this.#timer !== null) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
    this.#sending = true;
    void this.#drain().finally(() => {
      this.#sending = false;
      if (this.#again && this.#timer === null) {
        this.#again = false;
        this.flush();
        return;
      }
      this.#again = false;
      if (this.#timer === null) for (const resolve of this.#idle.splice(0)) resolve();
    });
  }

  async #drain(): Promise<void> {
    for (;;) {
      const entry = await this.#store.first();
      if (entry === undefined || entry.seq === undefined) {
        this.#empty = !this.#again;
        return;
      }
      const auth = this.#credentials.get(entry.endpoint);
      // The head waits for its credential (a cmi5 session not yet authorized): order is kept.
      if (auth === undefined) return;
      let outcome: SendOutcome;
      try {
        outcome = await this.#send(entry.endpoint, auth, entry.statement);
      } catch (error) {
        outcome = { kind: 'retry', why: error instanceof Error ? error.message : String(error) };
      }
      if (outcome.kind === 'stored') {
        this.#failures = 0;
        await this.#store.remove(entry.seq);
      } else if (outcome.kind === 'refused') {
        this.#report(`the learning record store refused a statement (${outcome.status}: ${outcome.why})`);
        await this.#store.refuse(entry, outcome.status);
      } else {
        const wait = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** this.#failures);
        this.#failures += 1;
        this.#timer = setTimeout(() => {
          this.#timer = null;
          this.flush();
        }, wait);
        for (const resolve of this.#idle.splice(0)) resolve();
        return;
      }
    }
  }
}
