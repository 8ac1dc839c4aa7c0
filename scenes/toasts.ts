/**
 * Short messages of the floor ("Not now: …", "Done: …"), in a polite live region so a
 * screen reader reads them without moving focus. Each fades after a few seconds.
 *
 * They live at the foot of the HUD's side panel, under its queue (which scrolls above
 * them) and above the newest finding's card, never over the floor, where the stations open and the patients stand: a toast must
 * not hide the form, the button or the patient the trainee is going for. A click on one
 * dismisses it at once.
 *
 * A run of the same message (a station's many small steps: ten ECG electrodes placed in a
 * row) is one toast with a count ("… ×4"), its time restarted, rather than a stack of
 * copies pushing the side panel's alerts up out of view (the playtest).
 */
import { element } from './dom';

/** How a toast looks: a refusal, or a confirmation. */
export type ToastTone = 'refused' | 'done' | 'info';

const TOAST_MS = 4500;
/**
 * Toasts shown at once, the newest: with three "Done: …" toasts from a run of quick steps the
 * side panel's foot took its whole half, covering the Alerts list above and cutting the
 * Inbox card under them (the playtest of the merged build, 1366×768).
 */
const MAX_TOASTS = 2;

/** How many of the oldest toasts go when `count` are showing. */
export function toastsOverLimit(count: number): number {
  return Math.max(0, count - MAX_TOASTS);
}

/** A toast as it shows: its message, its tone and how many times in a row it was shown. */
export interface ToastShown {
  readonly text: string;
  readonly tone: ToastTone;
  readonly count: number;
}

/** The toast after `text` is shown: the newest one counted once more when it says the same, else a new one (null: the newest is not the same). */
export function repeatOf(newest: ToastShown | null, text: string, tone: ToastTone): ToastShown | null {
  return newest !== null && newest.text === text && newest.tone === tone ? { text, tone, count: newest.count + 1 } : null;
}

/** The words a toast shows: its message, with the count of a repeat. */
export function toastWords(toast: ToastShown): string {
  return toast.count > 1 ? `${toast.text} ×${toast.count}` : toast.text;
}

/** The toast region of one scene. */
export class Toasts {
  readonly #region: HTMLElement;
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();
  readonly #timerOf = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();
  readonly #shown = new WeakMap<HTMLElement, ToastShown>();

  /** `host`: the element the toasts go at the end of (the HUD's side panel). */
  constructor(host: HTMLElement) {
    this.#region = element('div', 'toasts');
    this.#region.setAttribute('role', 'status');
    this.#region.setAttribute('aria-live', 'polite');
    host.append(this.#region);
  }

  /** Shows a message; the same message as the newest toast counts on that toast instead. */
  show(text: string, tone: ToastTone): void {
    const newest = this.#region.lastElementChild as HTMLElement | null;
    const shown = newest === null ? null : this.#shown.get(newest) ?? null;
    const repeat = repeatOf(shown, text, tone);
    if (newest !== null && repeat !== null) {
      this.#shown.set(newest, repeat);
      newest.textContent = toastWords(repeat);
      this.#fadeLater(newest);
      return;
    }
    const toast = element('p', `toast toast-${tone}`, text);
    toast.title = 'Click to dismiss';
    this.#shown.set(toast, { text, tone, count: 1 });
    this.#region.append(toast);
    for (let over = toastsOverLimit(this.#region.childElementCount); over > 0; over -= 1) {
      const oldest = this.#region.firstElementChild as HTMLElement;
      this.#clearTimer(oldest);
      oldest.remove();
    }
    this.#fadeLater(toast);
    toast.addEventListener('click', () => {
      this.#clearTimer(toast);
      toast.remove();
    });
  }

  /** (Re)starts the toast's time: it goes TOAST_MS after it was last shown. */
  #fadeLater(toast: HTMLElement): void {
    this.#clearTimer(toast);
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      this.#timerOf.delete(toast);
      toast.remove();
    }, TOAST_MS);
    this.#timers.add(timer);
    this.#timerOf.set(toast, timer);
  }

  #clearTimer(toast: HTMLElement): void {
    const timer = this.#timerOf.get(toast);
    if (timer === undefined) return;
    clearTimeout(timer);
    this.#timers.delete(timer);
    this.#timerOf.delete(toast);
  }

  /** Removes the region and its timers. */
  dispose(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    this.#region.remove();
  }
}

/** The text of a refusal: the session's reason, always introduced as "Not now". */
export function notNowText(reason: string): string {
  return /^not now\b/i.test(reason) ? reason : `Not now: ${reason}`;
}
