/**
 * Short messages of the floor ("Not now: …", "Done: …"), in a polite live region so a
 * screen reader reads them without moving focus. Each fades after a few seconds.
 *
 * They live at the foot of the HUD's side panel, under its queue (which scrolls above
 * them), never over the floor, where the stations open and the patients stand: a toast must
 * not hide the form, the button or the patient the trainee is going for. A click on one
 * dismisses it at once.
 */
import { element } from './dom';

/** How a toast looks: a refusal, or a confirmation. */
export type ToastTone = 'refused' | 'done' | 'info';

const TOAST_MS = 4500;
const MAX_TOASTS = 3;

/** The toast region of one scene. */
export class Toasts {
  readonly #region: HTMLElement;
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();

  /** `host`: the element the toasts go at the end of (the HUD's side panel). */
  constructor(host: HTMLElement) {
    this.#region = element('div', 'toasts');
    this.#region.setAttribute('role', 'status');
    this.#region.setAttribute('aria-live', 'polite');
    host.append(this.#region);
  }

  /** Shows a message. */
  show(text: string, tone: ToastTone): void {
    const toast = element('p', `toast toast-${tone}`, text);
    toast.title = 'Click to dismiss';
    this.#region.append(toast);
    while (this.#region.childElementCount > MAX_TOASTS) this.#region.firstElementChild?.remove();
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      toast.remove();
    }, TOAST_MS);
    this.#timers.add(timer);
    toast.addEventListener('click', () => {
      clearTimeout(timer);
      this.#timers.delete(timer);
      toast.remove();
    });
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
