/**
 * The HTML shell every station opens in: a labelled, non-modal dialog beside the floor,
 * with a title, a subtitle, the station's body and a close button. Opening moves keyboard
 * focus into the panel; Escape or the close button closes it and gives focus back to
 * where it was (the patient's line in the queue, usually).
 *
 * Above the body the floor writes what happens in the clinic while the trainee works here
 * (the clock moves only by their actions' minutes, and what falls due in them is announced
 * in a live region), and a ringing phone, with a button to go and answer it. When one of
 * them comes or goes, the body scrolls by as much as it moved, so what the trainee was
 * looking at (the place they were about to click) stays where it was on the screen. Like
 * the floor's toasts, a news line goes after a few seconds, at a click, or once the station
 * has dealt with it (an inbox item opened): news never piles up over the station's work.
 *
 * The practice hint of the step sits at the panel's foot, under the body: a hint that grows
 * with the next step takes room from the body's bottom edge and moves nothing in it (above
 * the body, a tall hint pushed the body's top, the step list, out of view: the playtest).
 * Practice findings show beside the station, at the foot of the HUD's side panel, never
 * over the station's text.
 */
import { button, element, keepFocusIn } from '../dom';
import { QUIET_OVER_CANVAS } from '../still-loop';
import type { StationHost } from './station';

/** A call ringing while the trainee works in another station. */
export interface RingingCall {
  /** "The phone rings: Denise Johnson (relative) · voicemail at 10:23". */
  readonly text: string;
  /** The steps open here whose minutes would let the call go to voicemail ("Taking this step lets the call go to voicemail at 10:23: …"), or null. */
  readonly warning: string | null;
  /** Leaves this station for the phone and answers the call there, in one press. */
  readonly answer: () => void;
}

/** A news line that stays until the trainee clicks it away. */
export interface NewsLine {
  readonly text: string;
  readonly stays: true;
}

/** Announcements kept in a station's news at most (the oldest go first), as the floor keeps its toasts. */
const NEWS_LINES = 3;
/** How long a news line stays: a little longer than a floor toast, since the trainee's eyes are on the station's work. */
const NEWS_MS = 6000;

/** An open panel. */
export interface StationPanel extends StationHost {
  readonly root: HTMLElement;
  setTitle(text: string): void;
  /** Shows the practice hint for the step the station is on, or hides it (null). */
  setHint(text: string | null): void;
  /**
   * Announces what happened in the clinic while the trainee worked here, in order. A line
   * `stays` (a call that went to voicemail while the trainee worked) is not taken down after
   * a few seconds: it waits for a click, since nothing else on the screen keeps it.
   */
  announce(lines: readonly (string | NewsLine)[]): void;
  /** Shows a ringing call with a button to answer it, or hides it (null). */
  setRinging(call: RingingCall | null): void;
  /** Gives focus to the panel's heading: where the keyboard waits when the control it was on has gone and nothing near it can take it. */
  focusHeading(): void;
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
  // A press here reaches the floor's canvas through the day (the floor asks to be drawn): it does not wake the canvas's loop.
  root.setAttribute(QUIET_OVER_CANVAS, '');

  const header = element('header', 'station-header');
  const headings = element('div', 'station-headings');
  const heading = element('h2', 'panel-heading', title);
  heading.id = headingId;
  // Where focus goes when the control that had it disables itself and its group has no other (`keepFocusIn`).
  heading.tabIndex = -1;
  const subtitle = element('p', 'station-subtitle');
  headings.append(heading, subtitle);
  const closeButton = button('Close', 'button-quiet station-close', () => panel.close());
  closeButton.setAttribute('aria-label', 'Close the station (Escape)');
  header.append(headings, closeButton);

  // Polite: the news follows the trainee's own actions and must not cut them off.
  const news = element('ul', 'station-news');
  news.setAttribute('role', 'log');
  news.setAttribute('aria-live', 'polite');
  news.setAttribute('aria-label', 'Meanwhile in the clinic');
  news.hidden = true;
  // Assertive: a ringing phone goes to voicemail if nobody answers.
  const ringing = element('div', 'station-ringing');
  ringing.setAttribute('role', 'alert');
  const ringingText = element('p', 'station-ringing-text');
  let answerCall: (() => void) | null = null;
  const answerButton = button('Answer the phone', 'button-primary station-answer', () => answerCall?.());
  // Under the ring, the steps here that would let the call go: said when the ring is, and with the answer button (its description), not again at every step.
  const ringingWarning = element('p', 'station-ringing-warning');
  ringingWarning.id = `station-ringing-warning-${panelCount}`;
  ringingWarning.setAttribute('aria-live', 'off');
  ringingWarning.hidden = true;
  answerButton.setAttribute('aria-describedby', ringingWarning.id);
  ringing.append(ringingText, answerButton, ringingWarning);
  ringing.hidden = true;

  const hint = element('p', 'station-hint station-step-hint');
  hint.hidden = true;
  const body = element('div', 'station-body');
  root.append(header, ringing, news, body, hint);
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
  const keepBodyStill = holdBodyInPlace(root, body, [ringing, news]);
  const releaseFocus = keepFocusIn(root, heading);

  const newsTimers = new Map<HTMLElement, ReturnType<typeof setTimeout>>();
  const takeDown = (line: HTMLElement): void => {
    clearTimeout(newsTimers.get(line));
    newsTimers.delete(line);
    line.remove();
    news.hidden = news.childElementCount === 0;
  };

  let closed = false;
  const panel: StationPanel = {
    root,
    body,
    get closed() {
      return closed;
    },
    setTitle(text) {
      heading.textContent = text;
    },
    focusHeading() {
      heading.focus({ preventScroll: true });
    },
    setSubtitle(text) {
      subtitle.textContent = text;
    },
    setHint(text) {
      const shown = text === null ? '' : `Hint: ${text}`;
      if (hint.textContent !== shown) hint.textContent = shown;
      if (hint.hidden !== (text === null)) hint.hidden = text === null;
    },
    announce(lines) {
      if (lines.length === 0) return;
      for (const announced of lines) {
        const stays = typeof announced !== 'string';
        const line = element('li', stays ? 'station-news-line station-news-line-stays' : 'station-news-line', stays ? announced.text : announced);
        line.title = 'Click to dismiss';
        line.addEventListener('click', () => takeDown(line));
        if (!stays) {
          newsTimers.set(
            line,
            setTimeout(() => takeDown(line), NEWS_MS),
          );
        }
        news.append(line);
      }
      // Too many: the oldest passing line goes first, a line that stays only when nothing else can.
      while (news.children.length > NEWS_LINES) {
        const passing = [...news.children].find((line) => !line.classList.contains('station-news-line-stays'));
        takeDown((passing ?? news.firstElementChild) as HTMLElement);
      }
      news.hidden = false;
    },
    settleNews(settled) {
      for (const line of [...news.children] as HTMLElement[]) if (settled(line.textContent ?? '')) takeDown(line);
    },
    setRinging(call) {
      answerCall = call?.answer ?? null;
      const text = call?.text ?? '';
      if (ringingText.textContent !== text) ringingText.textContent = text;
      const warning = call?.warning ?? '';
      if (ringingWarning.textContent !== warning) ringingWarning.textContent = warning;
      if (ringingWarning.hidden !== (warning === '')) ringingWarning.hidden = warning === '';
      if (ringing.hidden !== (call === null)) ringing.hidden = call === null;
    },
    close() {
      if (closed) return;
      closed = true;
      for (const timer of newsTimers.values()) clearTimeout(timer);
      newsTimers.clear();
      keepBodyStill.disconnect();
      releaseFocus();
      // Focus that fell to the page's body inside the station (its control disabled or redrawn away) is the station's to place too.
      const hadFocus = root.contains(document.activeElement) || document.activeElement === null || document.activeElement === document.body;
      root.remove();
      // The floor and the HUD catch up first (the queue line that opened the station may be
      // redrawn away), then focus goes back, unless what closing did has already placed it.
      onClose();
      const unplaced = document.activeElement === null || document.activeElement === document.body;
      if (hadFocus && unplaced) (returnFocus?.isConnected ? returnFocus : fallbackFocus?.())?.focus();
    },
  };
  return panel;
}

/** Moves focus to the control the station marks `data-autofocus` (its next step), else the panel's first button (or the panel itself). */
export function focusFirstControl(panel: StationPanel): void {
  const first = panel.body.querySelector<HTMLElement>('[data-autofocus]:not([disabled])') ?? panel.body.querySelector<HTMLElement>('button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled])');
  (first ?? panel.root).focus();
}

/**
 * Keeps what shows in a scrolling body where it is on the screen while the notices above it
 * (`above`) come, grow, shrink and go: the body is scrolled by as much as its top moved.
 * A notice that arrives between a look and a click then never moves the target. Returns
 * the observer, to disconnect when the panel closes.
 */
function holdBodyInPlace(root: HTMLElement, body: HTMLElement, above: readonly HTMLElement[]): ResizeObserver {
  const topOf = () => body.getBoundingClientRect().top - root.getBoundingClientRect().top;
  let top: number | null = null;
  const observer = new ResizeObserver(() => {
    const now = topOf();
    // Growing, the body's scroll range grows by as much as its top moves down, so the scroll always fits.
    if (top !== null && now !== top && body.scrollHeight > body.clientHeight) body.scrollTop += now - top;
    top = now;
  });
  for (const notice of above) observer.observe(notice);
  return observer;
}
