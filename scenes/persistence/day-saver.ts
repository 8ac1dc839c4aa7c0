/**
 * Writes the unfinished day without ever queueing stale copies: a save asked for while one
 * is being written is done once that write ends, with the day as it is then. Closing the
 * saver waits for the write in flight, so "day finished" can never be overwritten by a
 * late save of the day in progress.
 */

/** Coalescing writer of one record. */
export class DaySaver {
  readonly #write: () => Promise<unknown>;
  #inFlight: Promise<void> | null = null;
  #pending = false;
  #closed = false;

  /** `write` stores the day as it is when called. */
  constructor(write: () => Promise<unknown>) {
    this.#write = write;
  }

  /** Asks for a save of the day as it will be when the write starts. */
  request(): void {
    if (this.#closed) return;
    if (this.#inFlight) {
      this.#pending = true;
      return;
    }
    this.#inFlight = this.#run();
  }

  /** Resolves once every requested save has been written. */
  async flush(): Promise<void> {
    while (this.#inFlight) await this.#inFlight;
  }

  /** Stops saving; resolves once the write in flight (if any) is done. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#pending = false;
    await this.flush();
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
