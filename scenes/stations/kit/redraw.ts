/**
 * Redrawing a station's panel without losing the trainee's place: the control that had
 * focus (found again by its `data-key`) gets it back, and the panel keeps its scroll; and
 * a sender that lets a double click through only once.
 */
import type { TraineeAction } from '../../../src/clinic/trainee-action';
import type { ActionOutcome } from '../../../src/session/session';

/**
 * Empties `container` and builds it again with `build`, which either appends to the
 * container itself or returns the nodes to put in it (null entries are left out). The
 * control that had focus gets it back, and the panel its scroll, so a redraw after an
 * action leaves the keyboard where the trainee was.
 */
export function redraw(container: HTMLElement, build: () => void | readonly (Node | null)[]): void {
  const active = document.activeElement instanceof HTMLElement && container.contains(document.activeElement) ? document.activeElement : null;
  const key = active?.dataset.key;
  // The station's body scrolls (the panel round it only on a small stage): both keep their place.
  const scrollers = [container.closest<HTMLElement>('.station-body'), container.closest<HTMLElement>('.station')].filter((node): node is HTMLElement => node !== null);
  const scrollTops = scrollers.map((scroller) => scroller.scrollTop);
  container.replaceChildren();
  const nodes = build();
  if (nodes) container.append(...nodes.filter((node): node is Node => node !== null));
  scrollers.forEach((scroller, index) => (scroller.scrollTop = scrollTops[index]!));
  if (key !== undefined) container.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus({ preventScroll: true });
}

/** Milliseconds within which the same action, sent again, is taken as the same click. */
const REPEAT_WINDOW_MS = 800;

/**
 * Wraps a station's `send` so that the same action sent twice in quick succession (a
 * double click, a key held down) reaches the session once. A different action, or the
 * same one later, goes through.
 */
export function onceSender(send: (action: TraineeAction) => ActionOutcome, now: () => number = () => performance.now()): (action: TraineeAction) => ActionOutcome | null {
  let last: { key: string; at: number } | null = null;
  return (action) => {
    const key = JSON.stringify(action);
    const at = now();
    if (last && last.key === key && at - last.at < REPEAT_WINDOW_MS) return null;
    last = { key, at };
    return send(action);
  };
}
