/**
 * The HTML controls the exam-room and lab stations are built from: headed steps, labelled
 * fields, radio groups and checkboxes, buttons that send one action however often they
 * are clicked, and a redraw that keeps keyboard focus and scroll where the trainee was.
 * Every control carries a `data-key` so a redraw can find "the same" control again.
 */
import type { ActionOutcome } from '../../src/session/session';
import { button, element } from '../dom';

import './clinical-stations.css';

/** Rebuilds `container` with `build`, keeping focus on the control with the same key and the panel's scroll. */
export function redraw(container: HTMLElement, build: () => readonly (Node | null)[]): void {
  const active = document.activeElement instanceof HTMLElement && container.contains(document.activeElement) ? document.activeElement : null;
  const key = active?.dataset.key;
  const scroller = container.closest<HTMLElement>('.panel');
  const scrollTop = scroller?.scrollTop ?? 0;
  container.replaceChildren(...build().filter((node): node is Node => node !== null));
  if (scroller) scroller.scrollTop = scrollTop;
  if (key !== undefined) container.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus({ preventScroll: true });
}

/** Real milliseconds after an accepted action in which a click on the control with the same key is the tail of a double click. */
const DOUBLE_CLICK_MS = 500;
const lastAccepted = new Map<string, number>();

/**
 * A button that sends one action: a double click sends it once, even when the first click
 * redrew the panel and the second lands on the new button with the same key. When the
 * action is refused the button may be used again at once.
 */
export function actionButton(label: string, key: string, send: () => ActionOutcome | null, className = 'button-primary'): HTMLButtonElement {
  let sending = false;
  const node = button(label, `clinical-button ${className}`, () => {
    const now = performance.now();
    if (sending || now - (lastAccepted.get(key) ?? -Infinity) < DOUBLE_CLICK_MS) return;
    sending = true;
    const outcome = send();
    if (outcome?.accepted) lastAccepted.set(key, now);
    else sending = false;
  });
  node.dataset.key = key;
  return node;
}

/** A plain button for a step inside the panel (no action sent). */
export function stepButton(label: string, key: string, onClick: () => void, className = 'button-quiet'): HTMLButtonElement {
  const node = button(label, `clinical-button ${className}`, onClick);
  node.dataset.key = key;
  return node;
}

/** A step of the work: a heading and its content. */
export function step(title: string, children: readonly (Node | null)[], options: { done?: boolean; className?: string } = {}): HTMLElement {
  const node = element('section', `clinical-step${options.done ? ' clinical-step-done' : ''}${options.className ? ` ${options.className}` : ''}`);
  const heading = element('h3', 'clinical-step-heading', title);
  if (options.done) heading.append(element('span', 'clinical-done', ' — done'));
  node.append(heading, ...children.filter((child): child is Node => child !== null));
  return node;
}

/** A paragraph. */
export function text(content: string, className = 'clinical-text'): HTMLParagraphElement {
  return element('p', className, content);
}

/** A row of buttons. */
export function buttonRow(...buttons: readonly (HTMLElement | null)[]): HTMLElement {
  const row = element('div', 'clinical-row');
  row.append(...buttons.filter((b): b is HTMLElement => b !== null));
  return row;
}

/** A labelled text input. */
export function textField(
  label: string,
  key: string,
  value: string,
  onInput: (value: string) => void,
  options: { unit?: string; inputMode?: 'decimal' | 'numeric' | 'text'; placeholder?: string; multiline?: boolean; width?: 'short' | 'long' } = {},
): HTMLElement {
  const wrapper = element('label', `clinical-field${options.width === 'short' ? ' clinical-field-short' : ''}`);
  wrapper.append(element('span', 'clinical-field-label', label));
  const input = options.multiline ? element('textarea') : element('input');
  if (input instanceof HTMLInputElement) {
    input.type = 'text';
    if (options.inputMode) input.inputMode = options.inputMode;
  } else {
    input.rows = 2;
  }
  input.value = value;
  input.dataset.key = key;
  input.autocomplete = 'off';
  input.spellcheck = false;
  if (options.placeholder) input.placeholder = options.placeholder;
  input.addEventListener('input', () => onInput(input.value));
  const line = element('span', 'clinical-field-line');
  line.append(input);
  if (options.unit) line.append(element('span', 'clinical-unit', options.unit));
  wrapper.append(line);
  return wrapper;
}

/** A labelled select. */
export function selectField<T extends string>(label: string, key: string, choices: readonly { value: T; label: string }[], value: T | '', onChange: (value: T) => void, blankLabel?: string): HTMLElement {
  const wrapper = element('label', 'clinical-field');
  wrapper.append(element('span', 'clinical-field-label', label));
  const select = element('select');
  select.dataset.key = key;
  if (blankLabel !== undefined) {
    const blank = element('option', undefined, blankLabel);
    blank.value = '';
    select.append(blank);
  }
  for (const choice of choices) {
    const option = element('option', undefined, choice.label);
    option.value = choice.value;
    select.append(option);
  }
  select.value = value;
  select.addEventListener('change', () => {
    const chosen = choices.find((c) => c.value === select.value);
    if (chosen) onChange(chosen.value);
  });
  wrapper.append(select);
  return wrapper;
}

/** A group of radio buttons with a legend. */
export function radioGroup<T extends string>(legend: string, key: string, choices: readonly { value: T; label: string }[], value: T | null, onChange: (value: T) => void): HTMLElement {
  const fieldset = element('fieldset', 'clinical-choices');
  fieldset.append(element('legend', 'clinical-field-label', legend));
  for (const choice of choices) {
    const label = element('label', 'clinical-choice');
    const input = element('input');
    input.type = 'radio';
    input.name = key;
    input.value = choice.value;
    input.checked = value === choice.value;
    input.dataset.key = `${key}:${choice.value}`;
    input.addEventListener('change', () => {
      if (input.checked) onChange(choice.value);
    });
    label.append(input, element('span', undefined, choice.label));
    fieldset.append(label);
  }
  return fieldset;
}

/** A checkbox with its label. */
export function checkbox(label: string, key: string, checked: boolean, onChange: (checked: boolean) => void): HTMLElement {
  const wrapper = element('label', 'clinical-choice');
  const input = element('input');
  input.type = 'checkbox';
  input.checked = checked;
  input.dataset.key = key;
  input.addEventListener('change', () => onChange(input.checked));
  wrapper.append(input, element('span', undefined, label));
  return wrapper;
}

/** A fieldset of checkboxes with a legend. */
export function checkboxGroup(legend: string, boxes: readonly HTMLElement[]): HTMLElement {
  const fieldset = element('fieldset', 'clinical-choices');
  fieldset.append(element('legend', 'clinical-field-label', legend), ...boxes);
  return fieldset;
}

/** A definition list of facts ("Chart", "Patient says"). */
export function facts(rows: readonly (readonly [string, string])[]): HTMLElement {
  const list = element('dl', 'clinical-facts');
  for (const [term, detail] of rows) list.append(element('dt', undefined, term), element('dd', undefined, detail));
  return list;
}

/** A live region the station writes short announcements into (a moved tube, a reading heard). */
export function liveRegion(className = 'visually-hidden'): HTMLElement {
  const region = element('p', className);
  region.setAttribute('aria-live', 'polite');
  return region;
}
