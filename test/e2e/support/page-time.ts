/**
 * The page's real time under the test's control, through Playwright's clock API: installed
 * before the page loads, it replaces every clock the page reads (`performance.now`, `Date`,
 * `setTimeout`, `setInterval`, `requestAnimationFrame`), so that once it is held the page's
 * time moves only when the test passes some, and then moves for everything on the page at
 * once: the day runner's interval, Phaser's loop, the toasts' timers, the stations' guards.
 *
 * Time is passed with `fastForward` in steps: every timer due within a step fires once at
 * its end (Phaser draws one frame, the runner ticks once and counts the whole step), which
 * is how a person's page would behave on a slow machine. Steps of at most a second keep
 * every real second counted by the runner, which counts at most a second of gap per tick
 * (`MAX_TICK_GAP_MS` in `scenes/day-runner.ts`).
 */
import type { Page } from 'playwright-core';

/** The longest step that the day runner counts in full. */
export const RUNNER_STEP_MS = 1_000;
/** A small step for scene changes, which Phaser makes over a few frames. */
const FRAME_STEP_MS = 50;

/** The page's real time, held and passed by the test. */
export class PageTime {
  readonly #page: Page;
  #passed = 0;
  #wallMs = 0;

  private constructor(page: Page) {
    this.#page = page;
  }

  /** Installs the controllable clock in `page` (call before the page loads); time still flows by itself until `hold`. */
  static async install(page: Page): Promise<PageTime> {
    await page.clock.install();
    return new PageTime(page);
  }

  /** Real milliseconds passed through `pass` and `passUntil` since the clock was held. */
  get passed(): number {
    return this.#passed;
  }

  /** The test's own milliseconds spent passing the page's time (what the clock's steps cost). */
  get wallMs(): number {
    return this.#wallMs;
  }

  /** The page's `performance.now()`. */
  now(): Promise<number> {
    return this.#page.evaluate(() => performance.now());
  }

  /** Stops the page's time where it is: from now on it moves only by `pass`. */
  async hold(): Promise<void> {
    // pauseAt jumps to a time that must not be in the page's past; the page's time runs on
    // while this call travels, so aim a little ahead of it.
    for (const ahead of [50, 250, 1_000]) {
      const at = await this.#page.evaluate(() => Date.now());
      try {
        await this.#page.clock.pauseAt(at + ahead);
        return;
      } catch (error) {
        if (!(error instanceof Error) || !/past/.test(error.message)) throw error;
      }
    }
    throw new Error('the page’s clock could not be held');
  }

  /** Lets the page's time flow by itself again. */
  async release(): Promise<void> {
    await this.#page.clock.resume();
  }

  /** Lets `ms` of the page's real time pass, in steps of at most `stepMs`. */
  async pass(ms: number, stepMs = RUNNER_STEP_MS): Promise<void> {
    const started = performance.now();
    for (let left = ms; left > 0; left -= stepMs) {
      const step = Math.min(stepMs, left);
      await this.#page.clock.fastForward(step);
      this.#passed += step;
    }
    this.#wallMs += performance.now() - started;
  }

  /**
   * Lets the page's time pass, in steps of `stepMs`, until `done` (read on the page after
   * each step) is true; fails after `limitMs` of page time. Returns the page time passed.
   */
  async passUntil(done: () => Promise<boolean>, options: { readonly stepMs?: number; readonly limitMs: number }): Promise<number> {
    const stepMs = options.stepMs ?? FRAME_STEP_MS;
    let waited = 0;
    while (!(await done())) {
      if (waited >= options.limitMs) throw new Error(`what the test waited for did not happen in ${options.limitMs} ms of the page’s time`);
      await this.pass(stepMs, stepMs);
      waited += stepMs;
    }
    return waited;
  }
}
