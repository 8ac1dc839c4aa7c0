/**
 * The station kit: the one set of HTML pieces every station panel is built from — steps
 * (headed sections, read in order), the step list, labelled text and number fields, selects,
 * radio and check-box groups, buttons, facts, the conversation's lines, done marks and
 * problem lines — with one stylesheet (`kit.css`) and one `data-key` format.
 *
 * `data-key`: every control carries one, so a redraw (`redraw.ts`) finds "the same" control
 * again and gives it back keyboard focus; the browser tests find controls by it too. A
 * single control is keyed by a name (`record-vitals`, `member-id`); one choice of a group,
 * or one of a list of like controls, by the group's name, a colon and the choice
 * (`cuff:large-adult`, `form:privacy-notice`, `label:lavender-edta:write`).
 *
 * Which step is open is the domain's to say: `isListed` and `openWhen` below.
 *
 * Plain DOM, no templating library, decided with numbers for issue 15: the game's start-up
 * (`npm run bench:bundle`, every file but Phaser's) is 289.2 kB gzip with the kit, as before
 * it; lit-html 3.3.3 alone is 7.3 kB minified, 3.2 kB gzip (+1.1 %), before its directives.
 * It would not make the stations clearly shorter: the ten station files hold 3,034 lines
 * (3,022 before the kit), the kit 430 (the two kits it replaces, 412), and what fills the
 * stations is the clinic's words, the drafts they keep and the choices they offer, each
 * control already one call; a template would trade the focus-keeping redraw (15 lines here)
 * for a second model of the panel.
 * Every piece is made with `element` (text, never HTML), so scenario text cannot inject markup.
 */
import type { TraineeActionType } from '../../../src/clinic/trainee-action';
import type { ActionOutcome } from '../../../src/session/session';
import { element, onPress } from '../../dom';
import type { StationContext } from '../station';
import './kit.css';

/**
 * Which actions the domain lists for the station's patient now (`StationContext.patientView
 * .actions`, the workflow's available actions): the one source of which step is open. A
 * station opens a step's controls with `openWhen(control, isListed(context, '…'))` and never reads the
 * workflow's state to decide it; what else it needs (which tube is next) it reads from the
 * workflow's context as data.
 */
export function isListed(context: StationContext, type: TraineeActionType): boolean {
  return context.patientView?.actions.includes(type) ?? false;
}

/** A control that sends an action the domain does not list now is shown disabled: the trainee sees the step, and that it is not open yet. */
export function openWhen<T extends HTMLButtonElement>(control: T, open: boolean): T {
  control.disabled = !open;
  return control;
}

/** How a button looks: the step's main action, a quiet one, one that cannot be taken back lightly, or `plain` (styled by its station, with `className`). */
export type ButtonVariant = 'primary' | 'quiet' | 'danger' | 'plain';

function buttonClass(variant: ButtonVariant): string {
  if (variant === 'plain') return 'kit-button';
  return variant === 'danger' ? 'kit-button button-primary button-danger' : `kit-button button-${variant}`;
}

/** A button with a stable key (so focus comes back to it after a redraw) that runs `onClick` once per press (`onPress`: a double click is one press). */
export function keyedButton(label: string, key: string, variant: ButtonVariant, onClick: () => void, className?: string): HTMLButtonElement {
  const node = element('button', className ? `${buttonClass(variant)} ${className}` : buttonClass(variant), label);
  node.type = 'button';
  node.dataset.key = key;
  onPress(node, onClick);
  return node;
}

/** A button that sends one action (`keyedButton`: a double click sends it once). */
export function actionButton(label: string, key: string, send: () => ActionOutcome | null, variant: ButtonVariant = 'primary'): HTMLButtonElement {
  return keyedButton(label, key, variant, () => void send());
}

/** A row of buttons: the station's actions (`station-actions`, as every station marks them). Null entries are left out. */
export function buttonRow(...buttons: readonly (HTMLElement | null)[]): HTMLElement {
  const row = element('div', 'station-actions kit-row');
  row.append(...buttons.filter((b): b is HTMLElement => b !== null));
  return row;
}

/** A row of buttons that are one choice ("Call the patient", "What to do"), named for assistive technology. */
export function buttonGroup(label: string, buttons: readonly HTMLElement[]): HTMLElement {
  const row = buttonRow(...buttons);
  row.setAttribute('role', 'group');
  row.setAttribute('aria-label', label);
  return row;
}

/** A step of the work: a section with a heading, its content going into `body`. A done step says so in words, not only in colour. */
export function section(title: string, options: { done?: boolean; className?: string } = {}): { root: HTMLElement; body: HTMLElement } {
  const root = element('section', ['kit-step', options.done ? 'kit-step-done' : '', options.className ?? ''].filter(Boolean).join(' '));
  const heading = element('h3', 'kit-step-heading', title);
  if (options.done) heading.append(element('span', 'kit-step-done-words', ' — done'));
  const body = element('div', 'kit-step-body');
  root.append(heading, body);
  return { root, body };
}

/** A step with its content given at once (null entries are left out). */
export function step(title: string, children: readonly (Node | null)[], options: { done?: boolean; className?: string } = {}): HTMLElement {
  const part = section(title, options);
  part.body.append(...children.filter((child): child is Node => child !== null));
  return part.root;
}

/** Where a step of a step list stands. */
export type StepListState = 'done' | 'now' | 'ahead';

/** An ordered list of the steps of a station's work, the current one marked (`aria-current`), the done ones ticked. */
export function stepList(label: string, steps: readonly { text: string; state: StepListState }[]): HTMLElement {
  const list = element('ol', 'kit-step-list');
  list.setAttribute('aria-label', label);
  for (const item of steps) {
    const node = element('li', `kit-step-list-item kit-step-list-${item.state}`, item.state === 'done' ? `✓ ${item.text}` : item.text);
    if (item.state === 'now') node.setAttribute('aria-current', 'step');
    list.append(node);
  }
  return list;
}

/** A paragraph. */
export function paragraph(content: string, className = 'kit-text'): HTMLParagraphElement {
  return element('p', className, content);
}

/** What is wrong with what the trainee chose, said at once (`role="alert"`) and marked with a sign, not only with colour. */
export function problemLine(message: string): HTMLParagraphElement {
  const line = element('p', 'kit-problem', message);
  line.setAttribute('role', 'alert');
  return line;
}

/**
 * Why greyed controls are greyed, said beside them: the domain's reason (`reason`, null when
 * there is none to say) in a note that each disabled control of `controls` points to with
 * `aria-describedby`, so a screen reader hears it with the control. Null, and no pointer,
 * when none of them is greyed.
 */
export function greyedWhy(reason: string | null, id: string, controls: readonly HTMLButtonElement[]): HTMLParagraphElement | null {
  const greyed = controls.filter((control) => control.disabled);
  if (reason === null || greyed.length === 0) return null;
  const note = paragraph(reason, 'station-note kit-greyed-why');
  note.id = id;
  for (const control of greyed) control.setAttribute('aria-describedby', id);
  return note;
}

/** A "done" line: a check mark and words, so it does not rest on colour. */
export function doneMark(content: string): HTMLElement {
  const node = element('p', 'kit-done');
  const mark = element('span', 'kit-done-mark', '✓');
  mark.setAttribute('aria-hidden', 'true');
  node.append(mark, element('span', undefined, content));
  return node;
}

/**
 * What a step's button became once done, said in its place in the button row ("✓ Gloves
 * on"): the row keeps its height, so nothing under it moves when the button goes (a line
 * added under the row pushed the next step's controls down under the trainee's pointer).
 */
export function rowStatus(content: string): HTMLElement {
  const node = element('span', 'kit-done kit-row-status');
  const mark = element('span', 'kit-done-mark', '✓');
  mark.setAttribute('aria-hidden', 'true');
  node.append(mark, element('span', undefined, content));
  return node;
}

/**
 * Why a step's button is closed, said in its place in the button row, as `rowStatus` says a
 * step done, but with no check mark and in muted words: a reason, never read as a choice made
 * ("Sent to the provider: not yours to answer" under the answer the MA did not give).
 */
export function rowReason(content: string): HTMLElement {
  return element('span', 'kit-row-status kit-row-reason', content);
}

/**
 * A done line whose room is kept before it is done: an empty line of the same height until
 * then, so the controls under it never move when it appears. Its words stay on one line (the
 * whole text is its tooltip, and what it confirms is in the field above it).
 */
export function reservedDoneLine(content: string | null): HTMLElement {
  if (content === null) {
    const empty = element('p', 'kit-done kit-done-reserved');
    empty.setAttribute('aria-hidden', 'true');
    return empty;
  }
  const line = doneMark(content);
  line.classList.add('kit-done-reserved');
  line.title = content;
  return line;
}

/** How many unit and hint lines the fields have given ids to: each gets its own, for its field's `aria-describedby`. */
let fieldIdCount = 0;

/** A labelled text field (or a text area, `multiline`); `onInput` gets every change. Numbers are typed as text (`inputMode`), as a chart takes them. */
export function textField(options: {
  label: string;
  key: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'tel' | 'number' | 'date' | 'time';
  inputMode?: 'decimal' | 'numeric' | 'text';
  autocomplete?: string;
  placeholder?: string;
  unit?: string;
  multiline?: boolean;
  /** `short` for a number with a unit; `wide` takes the whole row of a field grid. */
  width?: 'short' | 'wide';
  /** What the field is scored on, shown under it and read as its description. */
  hint?: string;
}): HTMLLabelElement {
  const wrapper = element('label', options.width ? `kit-field kit-field-${options.width}` : 'kit-field');
  wrapper.append(element('span', 'kit-field-label', options.label));
  const input = options.multiline ? element('textarea', 'kit-input kit-textarea') : element('input', 'kit-input');
  if (input instanceof HTMLInputElement) {
    input.type = options.type ?? 'text';
    if (options.inputMode) input.inputMode = options.inputMode;
  } else {
    input.rows = 2;
  }
  input.value = options.value;
  input.dataset.key = options.key;
  input.setAttribute('autocomplete', options.autocomplete ?? 'off');
  input.spellcheck = false;
  if (options.placeholder) input.placeholder = options.placeholder;
  input.addEventListener('input', () => options.onInput(input.value));
  // Named by its label alone, so "Pulse" finds the pulse box (the playtest's script could not, with the unit run into its name); the unit is its description.
  input.setAttribute('aria-label', options.label);
  if (options.unit) {
    const line = element('span', 'kit-field-line');
    const unit = element('span', 'kit-unit', options.unit);
    unit.id = `kit-unit-${(fieldIdCount += 1)}`;
    input.setAttribute('aria-describedby', unit.id);
    line.append(input, unit);
    wrapper.append(line);
  } else {
    wrapper.append(input);
  }
  if (options.hint) {
    const hint = element('span', 'kit-field-hint', options.hint);
    hint.id = `kit-hint-${(fieldIdCount += 1)}`;
    input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), hint.id].filter(Boolean).join(' '));
    wrapper.append(hint);
  }
  return wrapper;
}

/** One choice of a select or a radio group: the value sent and the words shown. */
export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
}

/** A labelled select; `blank` adds a first, empty choice with those words. */
export function selectField<T extends string>(options: { label: string; key: string; choices: readonly Choice<T>[]; value: T | ''; onChange: (value: T) => void; blank?: string }): HTMLLabelElement {
  const wrapper = element('label', 'kit-field');
  wrapper.append(element('span', 'kit-field-label', options.label));
  const select = element('select', 'kit-input');
  select.dataset.key = options.key;
  if (options.blank !== undefined) {
    const blank = element('option', undefined, options.blank);
    blank.value = '';
    select.append(blank);
  }
  for (const choice of options.choices) {
    const option = element('option', undefined, choice.label);
    option.value = choice.value;
    select.append(option);
  }
  select.value = options.value;
  select.addEventListener('change', () => {
    const chosen = options.choices.find((c) => c.value === select.value);
    if (chosen) options.onChange(chosen.value);
  });
  wrapper.append(select);
  return wrapper;
}

/** A group of radio buttons with a legend; each is keyed `key:value`. `column` lists long choices one under another. */
export function radioGroup<T extends string>(options: { legend: string; key: string; choices: readonly Choice<T>[]; value: T | null; onChange: (value: T) => void; column?: boolean }): HTMLFieldSetElement {
  const fieldset = element('fieldset', options.column ? 'kit-choices kit-choices-column' : 'kit-choices');
  fieldset.append(element('legend', 'kit-field-label', options.legend));
  for (const choice of options.choices) {
    const label = element('label', 'kit-choice');
    const input = element('input');
    input.type = 'radio';
    input.name = options.key;
    input.value = choice.value;
    input.checked = options.value === choice.value;
    input.dataset.key = `${options.key}:${choice.value}`;
    input.addEventListener('change', () => {
      if (input.checked) options.onChange(choice.value);
    });
    label.append(input, element('span', undefined, choice.label));
    fieldset.append(label);
  }
  return fieldset;
}

/** A check box with its label. */
export function checkbox(options: { label: string; key: string; checked: boolean; onChange: (checked: boolean) => void }): HTMLLabelElement {
  const wrapper = element('label', 'kit-choice');
  const input = element('input');
  input.type = 'checkbox';
  input.checked = options.checked;
  input.dataset.key = options.key;
  input.addEventListener('change', () => options.onChange(input.checked));
  wrapper.append(input, element('span', undefined, options.label));
  return wrapper;
}

/** A fieldset of check boxes with a legend. `column` lists them one under another. */
export function checkboxGroup(legend: string, boxes: readonly HTMLElement[], options: { column?: boolean } = {}): HTMLFieldSetElement {
  const fieldset = element('fieldset', options.column ? 'kit-choices kit-choices-column' : 'kit-choices');
  fieldset.append(element('legend', 'kit-field-label', legend), ...boxes);
  return fieldset;
}

/** A grid of fields, as many to a row as fit. */
export function fieldGrid(...fields: readonly (HTMLElement | null)[]): HTMLElement {
  const grid = element('div', 'kit-grid');
  grid.append(...fields.filter((f): f is HTMLElement => f !== null));
  return grid;
}

/** A definition list of facts ("Chart allergies", "Arrived"). */
export function factList(rows: readonly (readonly [string, string])[], className = ''): HTMLDListElement {
  const list = element('dl', `kit-facts ${className}`.trim());
  for (const [term, detail] of rows) {
    const row = element('div', 'kit-fact');
    row.append(element('dt', undefined, term), element('dd', undefined, detail));
    list.append(row);
  }
  return list;
}

/** One line of a conversation: who speaks and what they say. */
export function speech(who: 'you' | 'them', speaker: string, words: string): HTMLElement {
  const line = element('p', `kit-speech kit-speech-${who}`);
  line.append(element('span', 'kit-speaker', `${speaker}: `), element('span', 'kit-words', words));
  return line;
}

/** A live region the station writes short announcements into (a moved tube, a reading heard). */
export function liveRegion(className = 'visually-hidden'): HTMLElement {
  const region = element('p', className);
  region.setAttribute('aria-live', 'polite');
  return region;
}

/** A station's state that holds its one problem line: `where|message`, or '' for none. */
export interface ProblemHolder {
  problem: string;
}

/**
 * The one problem a station shows at a time, beside the step it belongs to: shown when the
 * trainee tries a step with an entry missing, cleared by the next change inside the panel. It
 * lives in the station's own state (`holder`), so it stays with the patient it was said of.
 */
export class StepProblem {
  readonly #holder: () => ProblemHolder;
  readonly #render: () => void;

  constructor(holder: () => ProblemHolder, render: () => void) {
    this.#holder = holder;
    this.#render = render;
  }

  /** The problem line for the step `where`, if the problem is that step's. */
  line(where: string): HTMLElement | null {
    const { problem } = this.#holder();
    const at = problem.indexOf('|');
    if (at < 0 || problem.slice(0, at) !== where) return null;
    return problemLine(problem.slice(at + 1));
  }

  /** Says `message` beside the step `where` and redraws; null, for the step that sends nothing. */
  show(where: string, message: string): null {
    this.#holder().problem = `${where}|${message}`;
    this.#render();
    return null;
  }

  /** A change in the panel only (a question asked, a choice made): clears the problem and redraws without sending. */
  afterChange(change: () => void): void {
    change();
    this.#holder().problem = '';
    this.#render();
  }
}
