/**
 * When the day in progress is saved, in timed play as in untimed: after every accepted
 * action (the save then holds that action), after the clinic minutes the floor clock runs
 * (at most one such clock-only save every `CLOCK_SAVE_MS` of real time: at 4× a busy floor
 * moves several minutes a second, and each save is work on a page already short of time),
 * and when the page is hidden or left (a reload, a closed tab, another app), with the part
 * of the running minute already gone, so a reload loses none of the running clock. A day with no action yet is not saved (there is nothing worth continuing), and
 * a day that has ended is filed instead (`onEnded`), never saved again.
 *
 * Each save asks the `DaySaver`, which writes one record at a time and coalesces the
 * requests that come in meanwhile; the write itself is the action log and a few fields.
 * The saves after an action or a minute may wait for the page to be idle (`saveWhenIdle`),
 * off the frame that shows the change; the save when the page is left never waits.
 */
import type { RunnerState } from '../day-runner';
import type { Session } from '../../src/session/session';

/** The least real time between two saves for the clock alone, in milliseconds; an action is saved whenever it comes. */
export const CLOCK_SAVE_MS = 5000;

/** What the autosave watches: the runner's session and its changes. */
export interface AutosaveRunner {
  readonly session: Session;
  subscribe(listener: (state: RunnerState) => void): () => void;
}

/** Options for `autosaveDay`. */
export interface AutosaveOptions {
  readonly runner: AutosaveRunner;
  /** Asks for a save of the day as it is when the write starts. */
  readonly save: () => void;
  /** Asks for the save after an action or a clinic minute, once the page is idle; `save` unless given. */
  readonly saveWhenIdle?: () => void;
  /** Called once, when the day ends. */
  readonly onEnded: () => void;
  /**
   * Calls `listener` whenever the page is hidden or left; returns the unsubscribe. The
   * page's `visibilitychange` (to hidden) and `pagehide` unless a test gives another.
   */
  readonly onPageHidden?: (listener: () => void) => () => void;
  /** The real time source in milliseconds, for the spacing of clock-only saves; the page's `performance.now` unless a test gives another. */
  readonly now?: () => number;
}

/** What there is to stop before the page is watched. */
function doNothing(): void {}

/** The page's own "hidden or left" events. */
function pageHidden(listener: () => void): () => void {
  const onVisibility = (): void => {
    if (document.visibilityState === 'hidden') listener();
  };
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', listener);
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', listener);
  };
}

/** Saves the runner's day as it goes (see the module comment); returns the stop. */
export function autosaveDay(options: AutosaveOptions): () => void {
  const { runner, save, onEnded } = options;
  const saveSoon = options.saveWhenIdle ?? save;
  const { session } = runner;
  let savedActions = session.log.length;
  let savedMinute = session.minute;
  const now = options.now ?? (() => performance.now());
  /** When the last save was asked for; none yet: a first clock-only change saves at once. */
  let savedAt = Number.NEGATIVE_INFINITY;
  let ended = false;
  let stopWatchingPage = doNothing;
  const unsubscribe = runner.subscribe(() => {
    if (ended) return;
    if (session.isOver) {
      ended = true;
      stopWatchingPage();
      onEnded();
      return;
    }
    if (session.log.length === 0) return;
    const acted = session.log.length !== savedActions;
    if (!acted && session.minute === savedMinute) return;
    // The clock alone moved: saved again only once the last save is a few seconds old (a later change, or leaving the page, saves the rest).
    if (!acted && now() - savedAt < CLOCK_SAVE_MS) return;
    savedActions = session.log.length;
    savedMinute = session.minute;
    savedAt = now();
    saveSoon();
  });
  if (!ended) {
    stopWatchingPage = (options.onPageHidden ?? pageHidden)(() => {
      if (!ended && !session.isOver && session.log.length > 0) save();
    });
  }
  return () => {
    unsubscribe();
    stopWatchingPage();
  };
}
