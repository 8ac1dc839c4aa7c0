/**
 * Writes the unfinished day without ever queueing stale copies: a save asked for while one
 * is being written is done once that write ends, with the day as it is then. Closing the
 * saver waits for the write in flight, so "day finished" can never be overwritten by a
 * late save of the day in progress.
 *
 * A save can also be asked for "when the page is idle" (`requestWhenIdle`): the save after
 * a clinic minute or an action then neither delays the frame that shows it nor answers a
 * press later; several asked for before the page is idle are one save. `flush` and a save
 * asked for now (the page being left) do not wait for the idle time.
 */

/** Runs a callback once the page is idle; returns its cancel. */
export type IdleScheduler = (callback: () => void) => () => void;

/** The longest a save waits for the page to be idle, in milliseconds: a busy page still saves. */
const IDLE_TIMEOUT_MS = 1000;

/** The page's `requestIdleCallback` (at most `IDLE_TIMEOUT_MS` later), or a timer where there is none. */
export function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => callback(), { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(callback, 0);
  return () => clearTimeout(timer);
}

/** Coalescing writer of one record. */
export class DaySaver {
  readonly #write: () => Promise<unknown>;
  readonly #idle: IdleScheduler;
  #inFlight: Promise<void> | null = null;
  #pending = false;
  #closed = false;
  /** Cancels the save waiting for the page to be idle; null when none waits. */
  #waiting: (() => void) | null = null;

  /** `write` stores the day as it is when called; `idle` runs a callback once the page is idle (`whenIdle` unless a test gives another). */
  constructor(write: () => Promise<unknown>, idle: IdleScheduler = whenIdle) {
    this.#write = write;
    this.#idle = idle;
  }

  /** Asks for a save of the day as it will be when the write starts. */
  request(): void {
    this.#cancelWaiting();
    if (this.#closed) return;
    if (this.#inFlight) {
      this.#pending = true;
      return;
    }
    this.#inFlight = this.#run();
  }

  /** Asks for a save once the page is idle (one for however many are asked for meanwhile). */
  requestWhenIdle(): void {
    if (this.#closed || this.#waiting !== null) return;
    this.#waiting = this.#idle(() => {
      this.#waiting = null;
      this.request();
    });
  }

  /** Resolves once every requested save has been written, a save waiting for idle time included. */
  async flush(): Promise<void> {
    if (this.#waiting !== null) this.request();
    while (this.#inFlight) await this.#inFlight;
  }

  /** Stops saving; resolves once the write in flight (if any) is done. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#pending = false;
    this.#cancelWaiting();
    await this.flush();
  }

  #cancelWaiting(): void {
    const cancel = this.#waiting;
    this.#waiting = null;
    cancel?.();
  }

  async #run(): Promise<void> {
    try {
      do {
        this.#pending = false;
        await this.#write();
      } while (this.#pending && !this.#closed);
    } finally {
      this.#inFlight = null;
    }
  }
}
