/**
 * The one message that says progress cannot be saved: an alert over the game that a
 * screen reader announces without moving focus, until the trainee dismisses it.
 */
import { button, element } from '../dom';
import './persistence.css';

/** Shows the notice for `problem` in `layer`. */
export function showStorageNotice(layer: HTMLElement, problem: string): HTMLElement {
  const notice = element('div', 'storage-notice');
  notice.setAttribute('role', 'alert');
  const text = element('p', 'storage-notice-text');
  text.append(
    element('strong', undefined, 'Progress cannot be saved: '),
    document.createTextNode(`${problem}. You can play, but closing or reloading the page loses the day in progress, and finished days are kept only until the page closes.`),
  );
  notice.append(text, button('Dismiss', 'button-quiet', () => notice.remove()));
  layer.append(notice);
  return notice;
}
