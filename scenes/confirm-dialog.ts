/**
 * A yes/no question in a native modal `<dialog>`: the browser traps focus in it, Escape
 * cancels, and focus goes back where it was when it closes.
 */
import { button, element } from './dom';

/** What the dialog asks. */
export interface ConfirmOptions {
  readonly title: string;
  readonly message: string;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
}

/** Asks; resolves true when the trainee confirms. */
export function confirmDialog(layer: HTMLElement, options: ConfirmOptions): Promise<boolean> {
  return new Promise((resolve) => {
    const dialog = element('dialog', 'panel confirm-dialog');
    const heading = element('h2', 'panel-heading', options.title);
    heading.id = 'confirm-heading';
    dialog.setAttribute('aria-labelledby', heading.id);
    const message = element('p', 'confirm-message', options.message);
    message.id = 'confirm-message';
    dialog.setAttribute('aria-describedby', message.id);
    let answer = false;
    const cancel = button(options.cancelLabel, 'button-quiet', () => dialog.close());
    const confirm = button(options.confirmLabel, 'button-primary button-danger', () => {
      answer = true;
      dialog.close();
    });
    const footer = element('div', 'panel-footer confirm-footer');
    footer.append(cancel, confirm);
    dialog.append(heading, message, footer);
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(answer);
    });
    // Phaser hears the mouse on the whole window: a press on the dialog must not also land on the
    // floor beneath it (the playtest: "End day" over the lab station opened the lab station as the day closed).
    for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend'] as const) {
      dialog.addEventListener(type, (event) => event.stopPropagation());
    }
    layer.append(dialog);
    dialog.showModal();
    cancel.focus();
  });
}
