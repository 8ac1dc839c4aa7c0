/**
 * The simulated clinic clock, in minutes since midnight of the scenario's date.
 *
 * It implements XState's `Clock`, so the machines' delayed transitions (`after`) run on
 * clinic time. Unlike XState's `SimulatedClock`, advancing fires every due timeout at its
 * own minute, in order: a provider who finishes at 09:12 during a jump from 09:10 to 09:15
 * starts the next visit at 09:12, not at 09:15.
 */
/** A pending timeout; `cancelled` is set when it is cleared, and it is dropped when it reaches the front. */
interface Timeout {
  readonly id: number;
  readonly due: number;
  readonly fn: () => void;
  cancelled: boolean;
}

/** True when `a` fires before `b`: the earlier minute, then the one set first. */
function firesBefore(a: Timeout, b: Timeout): boolean {
  return a.due < b.due || (a.due === b.due && a.id < b.id);
}

export class ClinicClock {
  #now: number;
  #nextId = 1;
  /**
   * Pending timeouts as a binary min-heap in firing order (due minute, then the order they
   * were set): a day sets and clears a timeout at every stage of every patient, and a heap
   * keeps each of those steps logarithmic. Cleared ones stay until they reach the front.
   */
  readonly #heap: Timeout[] = [];
  /** The timeouts not yet fired or cleared, by id. */
  readonly #pending = new Map<number, Timeout>();

  constructor(startMinute: number) {
    this.#now = startMinute;
  }

  /** The current clinic minute. */
  get now(): number {
    return this.#now;
  }

  /** XState calls this for delayed events; `delay` is in minutes. (XState's `Clock` names it so; no real timer runs.) */
  readonly setTimeout = (fn: () => void, delay: number): number => {
    const timeout: Timeout = { id: this.#nextId++, due: this.#now + Math.max(0, delay), fn, cancelled: false };
    this.#pending.set(timeout.id, timeout);
    this.#push(timeout);
    return timeout.id;
  };

  /** XState calls this when a delayed event is cancelled (its state was left). */
  readonly clearTimeout = (id: number): void => {
    const timeout = this.#pending.get(id);
    if (!timeout) return;
    timeout.cancelled = true;
    this.#pending.delete(id);
  };

  /** The minute the next pending timeout is due, or undefined when none is pending. */
  nextDue(): number | undefined {
    return this.#front()?.due;
  }

  /**
   * Moves time forward to `minute`, firing each due timeout at its own minute. When `stop`
   * is given, the clock asks it after each timeout it fires, and stands still at that
   * timeout's minute once it says yes: a day that ends at 11:42:15 ends then, however far
   * the caller meant to go. Returns the minute the clock stands at.
   */
  advanceTo(minute: number, stop?: () => boolean): number {
    if (minute < this.#now) {
      throw new RangeError(`the clinic clock cannot go back from ${this.#now} to ${minute}`);
    }
    for (;;) {
      const next = this.#front();
      if (!next || next.due > minute) break;
      this.#pop();
      this.#pending.delete(next.id);
      this.#now = next.due;
      next.fn();
      if (stop?.()) return this.#now;
    }
    this.#now = minute;
    return this.#now;
  }

  /** The first timeout to fire, once the cleared ones in front are dropped. */
  #front(): Timeout | undefined {
    const heap = this.#heap;
    while (heap.length > 0 && heap[0]!.cancelled) this.#pop();
    return heap[0];
  }

  #push(timeout: Timeout): void {
    const heap = this.#heap;
    let index = heap.length;
    heap.push(timeout);
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!firesBefore(timeout, heap[parent]!)) break;
      heap[index] = heap[parent]!;
      index = parent;
    }
    heap[index] = timeout;
  }

  #pop(): void {
    const heap = this.#heap;
    const last = heap.pop()!;
    if (heap.length === 0) return;
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child = right < heap.length && firesBefore(heap[right]!, heap[left]!) ? right : left;
      if (!firesBefore(heap[child]!, last)) break;
      heap[index] = heap[child]!;
      index = child;
    }
    heap[index] = last;
  }
}
