/**
 * The simulated clinic clock, in minutes since midnight of the scenario's date.
 *
 * It implements XState's `Clock`, so the machines' delayed transitions (`after`) run on
 * clinic time. Unlike XState's `SimulatedClock`, advancing fires every due timeout at its
 * own minute, in order: a provider who finishes at 09:12 during a jump from 09:10 to 09:15
 * starts the next visit at 09:12, not at 09:15.
 */
export class ClinicClock {
  #now: number;
  #nextId = 1;
  /** Pending timeouts, kept sorted by due minute, then by the order they were set. */
  #pending: { id: number; due: number; fn: () => void }[] = [];

  constructor(startMinute: number) {
    this.#now = startMinute;
  }

  /** The current clinic minute. */
  get now(): number {
    return this.#now;
  }

  /** XState calls this for delayed events; `delay` is in minutes. (XState's `Clock` names it so; no real timer runs.) */
  readonly setTimeout = (fn: () => void, delay: number): number => {
    const id = this.#nextId++;
    const due = this.#now + Math.max(0, delay);
    let index = this.#pending.length;
    while (index > 0 && this.#pending[index - 1]!.due > due) index--;
    this.#pending.splice(index, 0, { id, due, fn });
    return id;
  };

  /** XState calls this when a delayed event is cancelled (its state was left). */
  readonly clearTimeout = (id: number): void => {
    const index = this.#pending.findIndex((timeout) => timeout.id === id);
    if (index >= 0) this.#pending.splice(index, 1);
  };

  /** The minute the next pending timeout is due, or undefined when none is pending. */
  nextDue(): number | undefined {
    return this.#pending[0]?.due;
  }

  /** Moves time forward to `minute`, firing each due timeout at its own minute. */
  advanceTo(minute: number): void {
    if (minute < this.#now) {
      throw new RangeError(`the clinic clock cannot go back from ${this.#now} to ${minute}`);
    }
    for (;;) {
      const next = this.#pending[0];
      if (!next || next.due > minute) break;
      this.#pending.shift();
      this.#now = next.due;
      next.fn();
    }
    this.#now = minute;
  }
}
