/**
 * What the front-desk stations share: a sender that lets a double click through only once,
 * a rebuild that keeps keyboard focus on the same control, and the small labelled form
 * pieces (sections, fields, check boxes, speech lines, done marks) the panels are made of.
 */
import type { TraineeAction } from '../../src/clinic/trainee-action';
import type { ActionOutcome } from '../../src/session/session';
import { element } from '../dom';
import type { Station, StationContext, StationHost, StationInstance } from './station';
import './front-desk.css';

/** Milliseconds within which the same action, sent again, is taken as the same click. */
const REPEAT_WINDOW_MS = 800;

/**
 * Wraps a station's `send` so that the same action sent twice in quick succession (a
 * double click, a key held down) reaches the session once. A different action, or the
 * same one later, goes through.
 */
export function onceSender(send: (action: TraineeAction) => ActionOutcome, now: () => number = () => performance.now()): (action: TraineeAction) => ActionOutcome | null {
  let last: { key: string; at: number } | null = null;
  return (action) => {
    const key = JSON.stringify(action);
    const at = now();
    if (last && last.key === key && at - last.at < REPEAT_WINDOW_MS) return null;
    last = { key, at };
    return send(action);
  };
}

/**
 * Empties `container` and builds it again with `build`; the control that had focus (found
 * again by its `data-key`) gets it back, so a redraw after an action leaves the keyboard
 * where the trainee was.
 */
export function rebuild(container: HTMLElement, build: () => void): void {
  const active = document.activeElement;
  const key = active instanceof HTMLElement && container.contains(active) ? active.dataset.key : undefined;
  const scroll = container.closest('.station')?.scrollTop ?? 0;
  container.replaceChildren();
  build();
  const panel = container.closest('.station');
  if (panel) panel.scrollTop = scroll;
  if (key === undefined) return;
  container.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus();
}

/** A section with a heading: the panel's steps are sections, read in order. */
export function section(title: string, className = ''): { root: HTMLElement; body: HTMLElement } {
  const root = element('section', `fd-section ${className}`.trim());
  const heading = element('h3', 'fd-section-heading', title);
  const body = element('div', 'fd-section-body');
  root.append(heading, body);
  return { root, body };
}

/** A button with a stable key, so focus can come back to it after a redraw. */
export function keyedButton(label: string, key: string, className: string, onClick: () => void): HTMLButtonElement {
  const node = element('button', className, label);
  node.type = 'button';
  node.dataset.key = key;
  node.addEventListener('click', onClick);
  return node;
}

/** A labelled text input; `onInput` gets every change. */
export function textField(options: { label: string; key: string; value: string; onInput: (value: string) => void; type?: string; autocomplete?: string; wide?: boolean }): HTMLLabelElement {
  const label = element('label', options.wide ? 'fd-field fd-field-wide' : 'fd-field');
  label.append(element('span', 'fd-field-label', options.label));
  const input = element('input', 'fd-input');
  input.type = options.type ?? 'text';
  input.value = options.value;
  input.dataset.key = options.key;
  input.setAttribute('autocomplete', options.autocomplete ?? 'off');
  input.addEventListener('input', () => options.onInput(input.value));
  label.append(input);
  return label;
}

/** A labelled select of `choices` (value and text). */
export function selectField(options: { label: string; key: string; value: string; choices: readonly { value: string; text: string }[]; onChange: (value: string) => void }): HTMLLabelElement {
  const label = element('label', 'fd-field');
  label.append(element('span', 'fd-field-label', options.label));
  const select = element('select', 'fd-input');
  select.dataset.key = options.key;
  for (const choice of options.choices) {
    const option = element('option', undefined, choice.text);
    option.value = choice.value;
    select.append(option);
  }
  select.value = options.value;
  select.addEventListener('change', () => options.onChange(select.value));
  label.append(select);
  return label;
}

/** A check box with its label. */
export function checkField(options: { label: string; key: string; checked: boolean; onChange: (checked: boolean) => void }): HTMLLabelElement {
  const label = element('label', 'fd-check');
  const input = element('input');
  input.type = 'checkbox';
  input.checked = options.checked;
  input.dataset.key = options.key;
  input.addEventListener('change', () => options.onChange(input.checked));
  label.append(input, element('span', undefined, options.label));
  return label;
}

/** One line of the conversation: who speaks and what they say. */
export function speech(who: 'you' | 'them', speaker: string, text: string): HTMLElement {
  const line = element('p', `fd-speech fd-speech-${who}`);
  line.append(element('span', 'fd-speaker', `${speaker}: `), element('span', 'fd-words', text));
  return line;
}

/** A "done" line: a check mark and words, so it does not rest on colour. */
export function doneMark(text: string): HTMLElement {
  const node = element('p', 'fd-done');
  const mark = element('span', 'fd-done-mark', '✓');
  mark.setAttribute('aria-hidden', 'true');
  node.append(mark, element('span', undefined, text));
  return node;
}

/** A row of buttons: the station's actions (`station-actions`, as every station marks them), laid out in a row. */
export function buttonRow(...buttons: HTMLElement[]): HTMLElement {
  const row = element('div', 'station-actions fd-buttons');
  row.append(...buttons);
  return row;
}

/** A definition list of label/value pairs. */
export function factList(facts: readonly (readonly [string, string])[], className = ''): HTMLDListElement {
  const list = element('dl', `fd-facts ${className}`.trim());
  for (const [term, value] of facts) {
    const row = element('div', 'fd-fact');
    row.append(element('dt', undefined, term), element('dd', undefined, value));
    list.append(row);
  }
  return list;
}

/** Keeps a mouse press on the panel to the panel: Phaser also listens on the window, and must not take it for a click on the floor underneath. */
function keepToPanel(event: Event): void {
  event.stopPropagation();
}

/**
 * Takes over the panel for a front-desk station: the wide layout the form and the book need
 * (when `wide`), and mouse presses kept from the floor beneath. Returns the undo, for close.
 */
export function claimPanel(host: StationHost, wide: boolean): () => void {
  const panel = host.body.closest<HTMLElement>('.station');
  if (!panel) return () => undefined;
  if (wide) panel.classList.add('fd-wide');
  panel.addEventListener('mousedown', keepToPanel);
  panel.addEventListener('mouseup', keepToPanel);
  return () => {
    panel.classList.remove('fd-wide');
    panel.removeEventListener('mousedown', keepToPanel);
    panel.removeEventListener('mouseup', keepToPanel);
  };
}

/** How a front-desk form station keeps its draft and draws it (check-in, checkout). */
export interface FormStationSpec<Draft> {
  readonly machineId: string;
  readonly title: string;
  /** What the panel says when nobody is at this station. */
  readonly empty: string;
  /** The trainee's working copy for the patient, or null when there is nothing to do. */
  draftFor(context: StationContext): Draft | null;
  /** What the drawing depends on: the panel redraws only when it changes. */
  signature(context: StationContext, draft: Draft): string;
  render(host: StationHost, context: StationContext, draft: Draft, send: (action: TraineeAction) => void, redraw: () => void): void;
}

/**
 * A front-desk station built from its form: it keeps one draft for the patient, sends each
 * action once (a double click is one action), and redraws when the day changes what it shows.
 */
export function formStation<Draft>(spec: FormStationSpec<Draft>): Station {
  return {
    machineId: spec.machineId,
    title: spec.title,
    open(host, context): StationInstance {
      const release = claimPanel(host, true);
      let current = context;
      const send = onceSender((action) => current.send(action));
      const draft = spec.draftFor(context);
      let shown = '';
      const draw = () => {
        if (!draft) return;
        shown = spec.signature(current, draft);
        rebuild(host.body, () => spec.render(host, current, draft, (action) => void send(action), draw));
      };
      if (draft) draw();
      else host.body.append(element('p', 'station-note', spec.empty));
      return {
        update(next) {
          current = next;
          if (draft && spec.signature(next, draft) !== shown) draw();
        },
        dispose: release,
      };
    },
  };
}

/**
 * A button that acts on the slot selected in an appointment-book grid, or asks for a
 * selection first (the message goes to `draft.problem`, shown when the panel redraws).
 */
export function selectedSlotButton(
  label: string,
  key: string,
  className: string,
  draft: { book: { selected: { date: string; time: string } | null }; problem: string | null },
  redraw: () => void,
  act: (date: string, time: string) => void,
): HTMLButtonElement {
  return keyedButton(label, key, className, () => {
    if (!draft.book.selected) {
      draft.problem = 'Select a slot in the book first.';
      redraw();
      return;
    }
    draft.problem = null;
    act(draft.book.selected.date, draft.book.selected.time);
  });
}
