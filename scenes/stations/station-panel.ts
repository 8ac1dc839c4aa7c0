/**
 * The HTML shell every station opens in: a labelled, non-modal dialog beside the floor,
 * with a title, a subtitle, the station's body and a close button. Opening moves keyboard
 * focus into the panel; Escape or the close button closes it and gives focus back to
 * where it was (the patient's line in the queue, usually).
 */
import { button, element } from '../dom';
import type { StationHost } from './station';

/** An open panel. */
export interface StationPanel extends StationHost {
  readonly root: HTMLElement;
  /**
   * Where practice feedback shows inside the station: between the header and the body,
   * which scrolls on its own, so feedback neither scrolls away nor covers a control.
   */
  readonly feedbackSlot: HTMLElement;
  setTitle(text: string): void;
  /** Shows the practice hint for the step the station is on, or hides it (null). */
  setHint(text: string | null): void;
  /** True once closed. */
  readonly closed: boolean;
}

let panelCount = 0;

/**
 * Opens a station panel in `layer`; `onClose` runs once when it closes, however it closes.
 * When the element that had focus before is gone by then, focus goes to `fallbackFocus`.
 */
export function openStationPanel(layer: HTMLElement, title: string, onClose: () => void, fallbackFocus?: () => HTMLElement | null): StationPanel {
  panelCount += 1;
  const headingId = `station-heading-${panelCount}`;
  const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;

  const root = element('section', 'panel station');
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-modal', 'false');
  root.setAttribute('aria-labelledby', headingId);
  root.tabIndex = -1;

  const header = element('header', 'station-header');
  const headings = element('div', 'station-headings');
  const heading = element('h2', 'panel-heading', title);
  heading.id = headingId;
  const subtitle = element('p', 'station-subtitle');
  headings.append(heading, subtitle);
  const closeButton = button('Close', 'button-quiet station-close', () => panel.close());
  closeButton.setAttribute('aria-label', 'Close the station (Escape)');
  header.append(headings, closeButton);

  const feedbackSlot = element('div', 'station-feedback');
  const hint = element('p', 'station-hint station-step-hint');
  hint.hidden = true;
  const body = element('div', 'station-body');
  root.append(header, hint, feedbackSlot, body);
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    panel.close();
  });
  // Phaser listens for the mouse on the whole window: a press on the panel must not also
  // land on the floor drawn beneath it (it would open that room's station instead).
  for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend'] as const) {
    root.addEventListener(type, (event) => event.stopPropagation());
  }
  layer.append(root);

  let closed = false;
  const panel: StationPanel = {
    root,
    body,
    feedbackSlot,
    get closed() {
      return closed;
    },
    setTitle(text) {
      heading.textContent = text;
    },
    setSubtitle(text) {
      subtitle.textContent = text;
    },
    setHint(text) {
      const shown = text === null ? '' : `Hint: ${text}`;
      if (hint.textContent !== shown) hint.textContent = shown;
      if (hint.hidden !== (text === null)) hint.hidden = text === null;
    },
    close() {
      if (closed) return;
      closed = true;
      const hadFocus = root.contains(document.activeElement);
      root.remove();
      if (hadFocus) (returnFocus?.isConnected ? returnFocus : fallbackFocus?.())?.focus();
      onClose();
    },
  };
  return panel;
}

/** Moves focus to the panel's first button (or the panel itself). */
export function focusFirstControl(panel: StationPanel): void {
  const first = panel.body.querySelector<HTMLElement>('button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled])');
  (first ?? panel.root).focus();
}
