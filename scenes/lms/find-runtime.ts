/**
 * Finds the LMS's SCORM runtime, as ADL describes it: the SCO's window and its parents
 * (SCORM 1.2 RTE, section 3.3.6.1, and SCORM 2004 4th edition RTE, section 3.1.2 and its
 * `findAPI` algorithm: up to 7 parents for 1.2, 500 for 2004), then the window that opened
 * it and that window's parents. 2004's `API_1484_11` is preferred when a frame has both.
 * Small on purpose: it runs on every page load, and the adapter (`lms-persistence.ts`) is
 * fetched only when a runtime is found.
 */

/** A SCORM runtime found in a parent or opener frame. */
export type FoundRuntime = { readonly version: '2004'; readonly api: Record<string, unknown> } | { readonly version: '1.2'; readonly api: Record<string, unknown> };

function search(start: Window | null, name: 'API_1484_11' | 'API', limit: number): Record<string, unknown> | null {
  let win = start;
  for (let tries = 0; win !== null && tries <= limit; tries++) {
    try {
      const api = (win as unknown as Record<string, unknown>)[name];
      if (typeof api === 'object' && api !== null) return api as Record<string, unknown>;
    } catch {
      // A frame of another origin cannot be read: the runtime is not there.
    }
    if (win.parent === win) break;
    win = win.parent;
  }
  return null;
}

/** The runtime the page can report to, or null outside an LMS. */
export function findLmsRuntime(win: Window): FoundRuntime | null {
  for (const start of [win, win.opener as Window | null]) {
    if (start === null) continue;
    const api2004 = search(start, 'API_1484_11', 500);
    if (api2004) return { version: '2004', api: api2004 };
    const api12 = search(start, 'API', 7);
    if (api12) return { version: '1.2', api: api12 };
  }
  return null;
}
