/**
 * Redrawing a station's panel without losing the trainee's place: the control that had
 * focus (found again by its `data-key`) gets it back, and the panel keeps its scroll.
 */

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
