/**
 * The notice that the clinic has closed, from closing time until the debrief opens: a native
 * modal `<dialog>`, so keyboard focus stays in it, and the floor round it (the canvas, the
 * HUD, a station left on screen) is made `inert` while it shows, so no press reaches a room,
 * a queue line or a station's control beneath it. Its one button opens the debrief; nothing
 * else opens it while the notice shows, so the notice waits for the trainee. Escape puts the
 * notice away, as Escape does with any dialog (session 21's playtest: Escape went straight
 * to the debrief), and leaves the clinic as it closed, still, with one part of it live (the
 * top bar, whose "Open the debrief" takes the keyboard). Until then that button of the bar is
 * shown disabled, dimmed, so the trainee sees one working way on, the notice's (session 22's
 * playtest saw two "Open the debrief", the bar's looking live behind the notice and doing
 * nothing). Its heading and button stay in view while a long account of the work left undone
 * scrolls between them.
 */
import { button, element } from './dom';

/** What the closing notice says and does. */
export interface ClosingNoticeOptions {
  /** "The clinic is closed · 5:00 PM". */
  readonly title: string;
  /** The lines under the title (the last step done, that the debrief follows). */
  readonly lines: readonly string[];
  /** What lies beneath and must not take a press or the keyboard while the notice shows. */
  readonly floor: readonly HTMLElement[];
  /** Opens the debrief: the button's press. */
  readonly onDismiss: () => void;
  /**
   * What Escape leaves live, one of `floor` (the top bar), and the control in it that takes the
   * keyboard then (its "Open the debrief"), disabled until then; without it, Escape opens the debrief.
   */
  readonly afterEscape?: { readonly live: HTMLElement; readonly focus: HTMLButtonElement };
}

/** A closing notice on screen. */
export interface ClosingNotice {
  readonly root: HTMLDialogElement;
  /** Takes the notice away and gives the floor back its input (the scene's end does it too). */
  dispose(): void;
}

/** Shows the closing notice in `layer`, modal, with focus on its button. */
export function showClosingNotice(layer: HTMLElement, options: ClosingNoticeOptions): ClosingNotice {
  const dialog = element('dialog', 'panel closing-notice');
  const heading = element('h2', 'panel-heading', options.title);
  heading.id = 'closing-notice-heading';
  dialog.setAttribute('aria-labelledby', heading.id);
  const message = element('div', 'closing-notice-message');
  message.id = 'closing-notice-message';
  message.append(...options.lines.map((line) => element('p', undefined, line)));
  dialog.setAttribute('aria-describedby', message.id);
  let dismissed = false;
  const dismiss = (): void => {
    if (dismissed) return;
    dismissed = true;
    options.onDismiss();
  };
  const open = button('Open the debrief', 'button-primary closing-notice-open', dismiss);
  const footer = element('div', 'panel-footer closing-notice-footer');
  footer.append(open);
  dialog.append(heading, message, footer);
  const wayOnWasDisabled = options.afterEscape?.focus.disabled ?? false;
  // Escape asks the dialog to close: it goes, and the way on is the bar's button to the debrief.
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    if (!options.afterEscape) return dismiss();
    if (dismissed) return;
    dialog.close();
    dialog.remove();
    options.afterEscape.live.inert = false;
    options.afterEscape.focus.disabled = wayOnWasDisabled;
    options.afterEscape.focus.focus();
  });
  // Phaser hears the mouse on the whole window: a press on the notice must not reach the floor.
  for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend'] as const) {
    dialog.addEventListener(type, (event) => event.stopPropagation());
  }
  const wasInert = options.floor.map((node) => node.inert);
  for (const node of options.floor) node.inert = true;
  if (options.afterEscape) options.afterEscape.focus.disabled = true;
  layer.append(dialog);
  dialog.showModal();
  open.focus();
  let disposed = false;
  return {
    root: dialog,
    dispose() {
      if (disposed) return;
      disposed = true;
      options.floor.forEach((node, index) => (node.inert = wasInert[index]!));
      if (options.afterEscape) options.afterEscape.focus.disabled = wayOnWasDisabled;
      if (dialog.open) dialog.close();
      dialog.remove();
    },
  };
}
