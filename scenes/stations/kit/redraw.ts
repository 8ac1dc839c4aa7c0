/**
 * Redrawing a station's panel without losing the trainee's place: the control that had
 * focus (found again by its `data-key`) gets it back, and the panel keeps its scroll.
 */
import { focusPlan, followFocusPlan } from '../../dom';

/**
 * Empties `container` and builds it again with `build`, which either appends to the
 * container itself or returns the nodes to put in it (null entries are left out). The
 * control that had focus gets it back, and the panel its scroll, so a redraw after an
 * action leaves the keyboard where the trainee was. A control drawn again disabled (the step
 * it sent is done) hands focus to the next action of its group (`focusPlan`); with none, the
 * panel's focus keeper (`keepFocusIn`) gives it to the panel's heading.
 */
export function redraw(container: HTMLElement, build: () => void | readonly (Node | null)[]): void {
  const active = document.activeElement instanceof HTMLElement && container.contains(document.activeElement) ? document.activeElement : null;
  const plan = active ? focusPlan(active, container) : null;
  // The station's body scrolls (the panel round it only on a small stage): both keep their place.
  const scrollers = [container.closest<HTMLElement>('.station-body'), container.closest<HTMLElement>('.station')].filter((node): node is HTMLElement => node !== null);
  const scrollTops = scrollers.map((scroller) => scroller.scrollTop);
  container.replaceChildren();
  const nodes = build();
  if (nodes) container.append(...nodes.filter((node): node is Node => node !== null));
  scrollers.forEach((scroller, index) => (scroller.scrollTop = scrollTops[index]!));
  if (plan) followFocusPlan(plan, container);
}
