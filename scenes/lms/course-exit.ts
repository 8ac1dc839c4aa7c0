/**
 * The way back to the course a cmi5 LMS may ask for: its launch data's `returnURL` (cmi5
 * Quartz, 10.0: "If the returnURL is provided, the AU MUST redirect the current browser
 * window to the returnURL when the AU is terminated"). Set by `xapi-persistence.ts` once the
 * URL is read and checked (http or https only); the debrief of a finished day offers it as
 * "Back to the course". Small on purpose: the debrief loads it whether or not an LMS launched the game.
 */

/** What the debrief's button does: the label and the way out. */
export interface CourseExit {
  readonly label: string;
  /** Sends what waits for the LMS, then takes the browser window to the course. */
  readonly leave: () => Promise<void>;
}

let exit: CourseExit | null = null;

/** Offers `next` on the debrief from now on. */
export function setCourseExit(next: CourseExit): void {
  exit = next;
}

/** The way back to the course, or null when the game was not launched by an LMS that gave one. */
export function courseExit(): CourseExit | null {
  return exit;
}

/**
 * Takes the window the LMS launched the game in to `url`: the top window when the game is in
 * the LMS's frame (a browser lets a frame do so after the learner's click), else this one.
 */
export function navigateTop(url: string): void {
  try {
    (window.top ?? window).location.assign(url);
  } catch {
    window.location.assign(url);
  }
}
