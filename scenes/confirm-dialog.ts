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
    layer.append(dialog);
    dialog.showModal();
    cancel.focus();
  });
}
