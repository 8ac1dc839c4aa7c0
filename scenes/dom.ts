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

/** A `<button type="button">` with a label and a click handler. */
export function button(label: string, className: string, onClick: () => void): HTMLButtonElement {
  const node = element('button', className, label);
  node.type = 'button';
  node.addEventListener('click', onClick);
  return node;
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
