/**
 * Small DOM helpers the HTML panels share: creating elements with text (never HTML, so
 * scenario text cannot inject markup) and finding the panels layer.
 */

/** Creates an element with an optional class and text content. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A `<button type="button">` with a label that runs `onClick` once per press (`onPress`). */
export function button(label: string, className: string, onClick: () => void): HTMLButtonElement {
  const node = element('button', className, label);
  node.type = 'button';
  onPress(node, onClick);
  return node;
}

/**
 * Runs `onClick` once per press of `node`: the second click of a double click (the browser
 * counts it, `detail` 2 or more, even when the first click redrew the panel and the second
 * lands on a new button in the same place) and the repeats of a key held down do nothing.
 * Two presses the trainee makes apart, however quickly, are two presses: there is no time
 * window, so a keyboard user working fast loses nothing.
 */
export function onPress(node: HTMLElement, onClick: () => void): void {
  node.addEventListener('click', (event) => {
    if (event.detail > 1) return;
    onClick();
  });
  node.addEventListener('keydown', (event) => {
    if (event.repeat && (event.key === 'Enter' || event.key === ' ')) event.preventDefault();
  });
}

/**
 * Fills `box` with a list of located problems under a heading titled `title` (its id
 * `headingId`), names the box by it, and puts focus on the heading so a screen reader reads
 * the problems at once.
 */
export function showProblemList(box: HTMLElement, headingId: string, title: string, problems: readonly string[]): void {
  const heading = element('h3', 'import-problems-heading', title);
  heading.id = headingId;
  heading.tabIndex = -1;
  box.setAttribute('aria-labelledby', heading.id);
  const list = element('ul', 'scenario-problems');
  for (const problem of problems) list.append(element('li', undefined, problem));
  box.replaceChildren(heading, list);
  heading.focus();
}

/** The `#panels` layer over the canvas, where every HTML panel goes. */
export function panelsLayer(): HTMLElement {
  const layer = document.getElementById('panels');
  if (!layer) throw new Error('index.html must contain <div id="panels"> for the HTML panels');
  return layer;
}

/** Minutes as the panels say them: "1 min", "12 min". */
export function minutesText(minutes: number): string {
  return `${Math.round(minutes)} min`;
}

/** What a pressed control hands focus on to: actions only, never a text field the trainee did not choose. */
const ACTIONS = 'button, summary, a[href], [role="button"]';
/** What counts as a control's group: its row of actions, its named group, its fieldset, its step. */
const GROUPS = '[role="group"], [role="toolbar"], .station-actions, fieldset, section';

/** Whether `node` can take keyboard focus now: in the page, enabled, not inert, hidden or collapsed away. */
export function canFocus(node: Element | null): node is HTMLElement {
  return node instanceof HTMLElement && node.isConnected && !node.matches(':disabled') && node.closest('[inert], [hidden]') === null && node.getClientRects().length > 0;
}

/**
 * Where focus goes if `active` (inside `root`) disables itself or is drawn again: `active`
 * itself (found again by its `data-key` after a redraw), then the other actions of its group,
 * the ones after it first (the next step of a row), then the ones before it, nearest first.
 * Each entry keeps its node and its key, so a plan made before a redraw finds the new nodes.
 */
export type FocusPlan = readonly { readonly node: HTMLElement; readonly key: string | undefined }[];

/** The focus plan for `active`, read from the panel `root` as it is now (before the redraw or the change). */
export function focusPlan(active: HTMLElement, root: HTMLElement): FocusPlan {
  const group = active.parentElement?.closest<HTMLElement>(GROUPS);
  const within = group && group !== root && root.contains(group) ? group : null;
  const actions = within ? [...within.querySelectorAll<HTMLElement>(ACTIONS)].filter((node) => node !== active) : [];
  const after = actions.filter((node) => active.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING);
  const before = actions.filter((node) => active.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING).toReversed();
  return [active, ...after, ...before].map((node) => ({ node, key: node.dataset.key }));
}

/**
 * Follows a focus plan in `root`: focuses the first entry that can take focus (its node, or
 * the node now carrying its key). Returns false when none can.
 */
export function followFocusPlan(plan: FocusPlan, root: HTMLElement): boolean {
  for (const { node, key } of plan) {
    const target = canFocus(node) && root.contains(node) ? node : key === undefined ? null : root.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    if (canFocus(target)) {
      target.focus({ preventScroll: true });
      return true;
    }
  }
  return false;
}

/**
 * Keeps keyboard focus inside `root` (a panel) when the control that had it disables itself,
 * is hidden, or is removed by a redraw that could not give it back: focus goes to the next
 * action of its group (`focusPlan`), else to `home` (the panel's heading, `tabindex=-1`), and
 * never falls to `<body>`, where the trainee's next key would go nowhere, or to the first
 * text field, where it would type into a field they did not choose. Focus the trainee moved
 * away themselves (a press on the floor, Tab out) is left where they put it. Returns the undo.
 */
export function keepFocusIn(root: HTMLElement, home: HTMLElement): () => void {
  const onFocusOut = (event: FocusEvent): void => {
    if (event.relatedTarget !== null || !(event.target instanceof HTMLElement)) return;
    const lost = event.target;
    // Read now, while the group is still there (a control that disables itself keeps its place).
    const plan = lost.isConnected ? focusPlan(lost, root) : [{ node: lost, key: lost.dataset.key }];
    // After whatever took the focus has finished: a redraw gives it back itself, synchronously.
    queueMicrotask(() => {
      const active = document.activeElement;
      if (!root.isConnected || (active !== null && active !== document.body && active.isConnected)) return;
      if (canFocus(lost) && root.contains(lost)) return;
      if (!followFocusPlan(plan, root)) home.focus({ preventScroll: true });
    });
  };
  root.addEventListener('focusout', onFocusOut);
  return () => root.removeEventListener('focusout', onFocusOut);
}
