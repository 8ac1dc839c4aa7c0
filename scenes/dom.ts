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
