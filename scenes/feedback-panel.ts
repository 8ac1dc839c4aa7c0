/**
 * Practice feedback on screen: the feed that shows each finding the moment it is
 * recorded, and the log of every finding so far that the trainee can reopen.
 *
 * The feed is a polite live region that never takes focus: it sits at the foot of the side
 * panel, under the queue and above the toasts, so it hides no patient and no station, and
 * stays there while a station is open, beside it (inside the station it took room over the
 * body and hid the very text the finding was about: the playtest). A critical finding stands out and stays until dismissed; the others
 * fade after a while. Both render only what `FeedbackTracker` (src/session) gives: in
 * assessment the floor makes neither.
 */
import type { FeedbackItem } from '../src/session/feedback-view';
import { button, element } from './dom';
import './feedback.css';

/** How long a non-critical finding stays in the feed (it stays in the log). */
const FEED_MS = 30_000;
/** Cards the feed shows at once; older ones stay in the log. */
const MAX_CARDS = 2;

const SEVERITY_LABEL: Readonly<Record<FeedbackItem['severity'], string>> = { critical: 'Critical', major: 'Major', minor: 'Minor' };

/** The heading line of a finding: severity, clinic time and patient. */
function metaLine(item: FeedbackItem): string {
  return `${item.time}${item.patientName ? ` · ${item.patientName}` : ''}`;
}

/** The four parts of a finding, labelled: what went wrong, what to do instead, why, and the source. */
function findingParts(item: FeedbackItem): HTMLElement {
  const list = element('dl', 'feedback-parts');
  for (const [term, text, kind] of [
    ['What went wrong', item.what, 'what'],
    ['Instead', item.instead, 'instead'],
    ['Why', item.why, 'why'],
    ['Source', item.source, 'source'],
  ] as const) {
    const row = element('div', `feedback-part feedback-${kind}`);
    row.append(element('dt', undefined, term), element('dd', undefined, text));
    list.append(row);
  }
  return list;
}

function severityTag(item: FeedbackItem): HTMLElement {
  return element('span', `feedback-severity feedback-severity-${item.severity}`, SEVERITY_LABEL[item.severity]);
}

/** Stops the mouse from reaching Phaser's window listeners through a panel (it would act on the floor beneath). */
function keepPointerOffTheFloor(node: HTMLElement): void {
  for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend'] as const) {
    node.addEventListener(type, (event) => event.stopPropagation());
  }
}

/** What the feed asks of the floor. */
export interface FeedbackFeedHandlers {
  /** Opens the log at a finding. */
  onOpenLog(findingId: string): void;
  /** Where focus goes when the card that had it is dismissed. */
  fallbackFocus(): HTMLElement | null;
}

/** The feed of fresh findings. */
export class FeedbackFeed {
  readonly #root: HTMLElement;
  readonly #floor: HTMLElement;
  readonly #handlers: FeedbackFeedHandlers;
  readonly #timers = new Map<HTMLElement, ReturnType<typeof setTimeout>>();
  #closed = false;

  /** `home`: where the feed shows (the side panel's foot), on the floor and beside an open station. */
  constructor(home: HTMLElement, handlers: FeedbackFeedHandlers) {
    this.#handlers = handlers;
    this.#floor = element('div', 'feedback-floor');
    this.#root = element('div', 'feedback-feed');
    this.#root.setAttribute('role', 'log');
    this.#root.setAttribute('aria-live', 'polite');
    this.#root.setAttribute('aria-label', 'Feedback on your work');
    keepPointerOffTheFloor(this.#root);
    this.#floor.append(this.#root);
    this.#floor.hidden = true;
    home.append(this.#floor);
  }

  /** The feed's region (for tests and focus checks). */
  get root(): HTMLElement {
    return this.#root;
  }

  /** Shows findings just recorded, oldest first, so the newest ends up on top. */
  show(items: readonly FeedbackItem[]): void {
    for (const item of items) this.#root.prepend(this.#card(item));
    while (this.#root.childElementCount > MAX_CARDS) this.#remove(this.#root.lastElementChild as HTMLElement);
    this.#syncFloor();
  }

  /**
   * The clinic has closed: the side panel the feed sits in takes no press from now on (the closing
   * notice, then the closed floor, leave only the top bar live), so each card's "Open in the log"
   * and "Dismiss" are shown disabled, dimmed, not live-looking and doing nothing (session 22's
   * playtest); the log stays one press away, the bar's Feedback. The cards stay to be read.
   */
  closeDay(): void {
    this.#closed = true;
    for (const node of this.#root.querySelectorAll<HTMLButtonElement>('.feedback-card-actions button')) this.#shut(node);
  }

  #shut(node: HTMLButtonElement): void {
    node.disabled = true;
    node.title = 'The clinic is closed: every finding is in the log (Feedback, in the top bar) and in the debrief.';
  }

  /** Removes the feed and its timers. */
  dispose(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    this.#root.remove();
    this.#floor.remove();
  }

  #card(item: FeedbackItem): HTMLElement {
    const card = element('article', `feedback-card feedback-card-${item.severity}`);
    card.dataset.findingId = item.id;
    const headingId = `feedback-card-${item.id}`;
    card.setAttribute('aria-labelledby', headingId);
    const head = element('p', 'feedback-card-head');
    head.id = headingId;
    head.append(severityTag(item), element('span', 'feedback-meta', ` finding · ${metaLine(item)}`));
    const actions = element('div', 'feedback-card-actions');
    const more = button('Open in the log', 'button-quiet feedback-more', () => this.#handlers.onOpenLog(item.id));
    const dismiss = button('Dismiss', 'button-quiet feedback-dismiss', () => this.#dismiss(card));
    actions.append(more, dismiss);
    if (this.#closed) for (const node of [more, dismiss]) this.#shut(node);
    // The buttons on the heading's line: in view even when a long finding scrolls in the station.
    const top = element('div', 'feedback-card-top');
    top.append(head, actions);
    // The parts scroll inside the card, under its heading and buttons, so the card stays a third
    // of the side panel at most and "Needs you" and Alerts above it stay readable (issue 19's
    // playtest: a long finding took 60 % of the panel until dismissed). Scrollable, it takes focus.
    const parts = findingParts(item);
    parts.tabIndex = 0;
    parts.setAttribute('aria-labelledby', headingId);
    card.append(top, parts);
    if (item.severity !== 'critical') this.#timers.set(card, setTimeout(() => this.#remove(card), FEED_MS));
    return card;
  }

  #dismiss(card: HTMLElement): void {
    const hadFocus = card.contains(document.activeElement);
    this.#remove(card);
    if (!hadFocus) return;
    const next = this.#root.querySelector<HTMLElement>('.feedback-dismiss');
    (next ?? this.#handlers.fallbackFocus())?.focus();
  }

  #remove(card: HTMLElement): void {
    const timer = this.#timers.get(card);
    if (timer !== undefined) clearTimeout(timer);
    this.#timers.delete(card);
    card.remove();
    this.#syncFloor();
  }

  /** The feed's box shows only while it holds cards. */
  #syncFloor(): void {
    const hidden = this.#root.childElementCount === 0;
    if (this.#floor.hidden !== hidden) this.#floor.hidden = hidden;
  }
}

/**
 * The feedback log: every finding so far, newest first, in a non-modal dialog beside the
 * station area and above every other panel (an open station included). Opening moves focus
 * into it, and it keeps focus while new findings come in; Escape or Close gives focus back
 * to where it was (or, if that control has gone, to the floor's fallback).
 */
export class FeedbackLog {
  readonly #layer: HTMLElement;
  readonly #onOpenChange: (open: boolean) => void;
  readonly #fallbackFocus: () => HTMLElement | null;
  #items: readonly FeedbackItem[] = [];
  #open: { readonly root: HTMLElement; readonly list: HTMLElement; readonly returnFocus: HTMLElement | null; shown: readonly FeedbackItem[] } | null = null;

  /**
   * `onOpenChange` hears the log open and close (the floor stands the clock still while the
   * trainee reads); `fallbackFocus` is where focus goes on closing when the control it came
   * from has gone (a finding card dismissed meanwhile).
   */
  constructor(layer: HTMLElement, onOpenChange: (open: boolean) => void = () => {}, fallbackFocus: () => HTMLElement | null = () => null) {
    this.#layer = layer;
    this.#onOpenChange = onOpenChange;
    this.#fallbackFocus = fallbackFocus;
  }

  get isOpen(): boolean {
    return this.#open !== null;
  }

  /** Keeps the log's findings; an open log shows new ones at once. */
  update(items: readonly FeedbackItem[]): void {
    this.#items = items;
    const open = this.#open;
    if (open && open.shown !== items) this.#fill(open);
  }

  /** Opens the log (or moves within it) at a finding, or at the top. */
  open(findingId: string | null = null): void {
    if (!this.#open) {
      const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      const root = element('section', 'panel feedback-log');
      root.setAttribute('role', 'dialog');
      root.setAttribute('aria-modal', 'false');
      root.setAttribute('aria-labelledby', 'feedback-log-heading');
      root.tabIndex = -1;
      const header = element('header', 'feedback-log-header');
      const heading = element('h2', 'panel-heading', 'Feedback so far');
      heading.id = 'feedback-log-heading';
      header.append(heading, button('Close', 'button-quiet feedback-log-close', () => this.close()));
      const list = element('ol', 'feedback-log-list');
      list.setAttribute('aria-labelledby', heading.id);
      // The list scrolls under the heading and Close, which stay in view: reachable by keyboard to be read (WCAG 2.1.1).
      list.tabIndex = 0;
      root.append(header, element('p', 'feedback-log-note', 'Newest first. Each finding says what went wrong, what to do instead, why, and the source.'), list);
      root.addEventListener('keydown', (event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        this.close();
      });
      keepPointerOffTheFloor(root);
      this.#layer.append(root);
      this.#open = { root, list, returnFocus, shown: [] };
      this.#fill(this.#open);
      this.#onOpenChange(true);
    }
    const open = this.#open;
    // Last in the layer, above whatever opened since (a station): the log is what the trainee asked to read.
    if (open.root !== this.#layer.lastElementChild) this.#layer.append(open.root);
    const entry = findingId === null ? null : open.list.querySelector<HTMLElement>(`[data-finding-id="${CSS.escape(findingId)}"]`);
    if (entry) {
      entry.scrollIntoView({ block: 'nearest' });
      entry.focus();
    } else {
      open.root.focus();
    }
  }

  /** Closes the log and gives focus back to where it was. */
  close(): void {
    const open = this.#open;
    if (!open) return;
    this.#open = null;
    const hadFocus = open.root.contains(document.activeElement);
    open.root.remove();
    if (hadFocus) (open.returnFocus?.isConnected ? open.returnFocus : this.#fallbackFocus())?.focus();
    this.#onOpenChange(false);
  }

  /** Removes the log. */
  dispose(): void {
    const wasOpen = this.#open !== null;
    this.#open?.root.remove();
    this.#open = null;
    if (wasOpen) this.#onOpenChange(false);
  }

  #fill(open: { readonly root: HTMLElement; readonly list: HTMLElement; shown: readonly FeedbackItem[] }): void {
    // New findings redraw the list: the entry being read keeps the focus (it stays in the log).
    const active = document.activeElement;
    const focused = active instanceof HTMLElement && active !== open.list && open.list.contains(active) ? (active.closest<HTMLElement>('[data-finding-id]')?.dataset.findingId ?? null) : null;
    this.#refill(open);
    if (focused !== null) (open.list.querySelector<HTMLElement>(`[data-finding-id="${CSS.escape(focused)}"]`) ?? open.root).focus();
  }

  #refill(open: { readonly list: HTMLElement; shown: readonly FeedbackItem[] }): void {
    open.shown = this.#items;
    if (this.#items.length === 0) {
      open.list.replaceChildren(element('li', 'feedback-log-empty', 'No findings so far.'));
      return;
    }
    open.list.replaceChildren(
      ...this.#items.map((item) => {
        const entry = element('li', `feedback-log-entry feedback-card-${item.severity}`);
        entry.dataset.findingId = item.id;
        entry.tabIndex = -1;
        const head = element('p', 'feedback-card-head');
        head.append(severityTag(item), element('span', 'feedback-meta', ` · ${metaLine(item)}`));
        entry.append(head, findingParts(item));
        return entry;
      }),
    );
  }
}
