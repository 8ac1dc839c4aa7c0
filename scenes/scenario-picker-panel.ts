/**
 * The title screen's HTML panel: the scenarios as a radio group, easiest first, each with
 * its difficulty and patient count, and a "New day" button, in a form so the browser gives keyboard and screen-reader behaviour for free
 * (Up/Down move between scenarios, Enter starts the day, Tab reaches the button).
 *
 * The panel only reports what the trainee chose; the scene that opened it decides what
 * happens next and tells the trainee through `showStatus`.
 */
import { element } from './dom';
import { dayLengthText, DIFFICULTY_LABELS, QUICK_SCENARIO_ID, type BrokenScenarioEntry, type PlayableScenarioEntry, type ScenarioCatalogEntry } from './scenario-catalog';

/** What the title scene passes when it opens the panel. */
export interface ScenarioPickerOptions {
  /** The `#panels` layer the panel is appended to. */
  readonly root: HTMLElement;
  readonly catalog: readonly ScenarioCatalogEntry[];
  /** The scenario to select first (the one played last); the first playable one otherwise. */
  readonly initialId?: string | null;
  /** Shown above the list (the unfinished day, a message from an assignment link). */
  readonly intro?: HTMLElement;
  /** Controls shown between the list and the button (the settings). */
  readonly extra?: HTMLElement;
  /** Controls shown beside "New day", always in view (How to play, the history, the instructor's link). */
  readonly tools?: HTMLElement;
  /** Shown at the end of the heading's line, set apart from the trainee's choices (the instructor's link). */
  readonly aside?: HTMLElement;
  /** Where keyboard focus goes first instead of the selected scenario (the "Continue" button). */
  readonly focus?: HTMLElement;
  /** Called with the selected scenario's id when the selection changes, and once at the start. */
  readonly onSelect?: (scenarioId: string) => void;
  /** Called with the chosen scenario's id when the trainee starts a new day. */
  readonly onNewDay: (scenarioId: string) => void;
}

/** An open scenario picker. */
export interface ScenarioPickerPanel {
  /** Shows a short message in the panel's status line (announced to screen readers). */
  showStatus(message: string): void;
  /** The key of the selected scenario, if any. */
  selected(): string | null;
  /** Removes the panel from the page. */
  close(): void;
}

const RADIO_NAME = 'scenario';

/** Builds the panel, appends it to `root` and puts keyboard focus on the selected scenario. */
export function openScenarioPickerPanel(options: ScenarioPickerOptions): ScenarioPickerPanel {
  const { root, catalog, onNewDay, onSelect, extra } = options;
  const playable = catalog.filter((entry): entry is PlayableScenarioEntry => entry.kind === 'playable');

  const form = element('form', 'panel scenario-picker');
  form.setAttribute('aria-labelledby', 'scenario-picker-heading');

  const heading = element('h2', 'panel-heading', 'Choose a scenario');
  heading.id = 'scenario-picker-heading';

  const fieldset = element('fieldset', 'scenario-list');
  fieldset.append(element('legend', 'visually-hidden', 'Bundled scenarios'));
  if (catalog.length === 0) {
    fieldset.append(element('p', 'scenario-empty', 'No scenarios are bundled with this build.'));
  }
  catalog.forEach((entry, index) => {
    fieldset.append(entry.kind === 'playable' ? playableOption(entry, index) : brokenNotice(entry, index));
  });

  const footer = element('div', 'panel-footer');
  const newDay = element('button', 'button-primary', 'New day');
  newDay.type = 'submit';
  newDay.disabled = playable.length === 0;
  const status = element('p', 'panel-status');
  status.setAttribute('role', 'status');
  footer.append(newDay, status);

  // Everything between the heading and the footer scrolls as one, so opening the settings
  // never squeezes the list, and "New day" and the tools stay in view.
  const body = element('div', 'scenario-picker-body');
  if (options.intro) body.append(options.intro);
  body.append(fieldset);
  if (extra) body.append(extra);
  if (options.tools) newDay.after(options.tools);
  const top = element('div', 'scenario-picker-top');
  top.append(heading);
  if (options.aside) top.append(options.aside);
  form.append(top, body, footer);

  const radios = [...form.querySelectorAll<HTMLInputElement>(`input[name="${RADIO_NAME}"]`)];
  const firstRadio = radios.find((radio) => radio.value === options.initialId) ?? radios[0];
  if (firstRadio) {
    firstRadio.checked = true;
    onSelect?.(firstRadio.value);
  }
  fieldset.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.checked) onSelect?.(event.target.value);
  });

  // Enter on a radio starts the day, whatever the browser's own implicit-submission rules.
  fieldset.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
    event.preventDefault();
    form.requestSubmit(newDay);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = new FormData(form).get(RADIO_NAME);
    if (typeof chosen === 'string') onNewDay(chosen);
  });

  root.append(form);
  (options.focus ?? firstRadio ?? newDay).focus();

  return {
    showStatus(message) {
      status.textContent = message;
    },
    selected() {
      const chosen = new FormData(form).get(RADIO_NAME);
      return typeof chosen === 'string' ? chosen : null;
    },
    close() {
      form.remove();
    },
  };
}

function playableOption(entry: PlayableScenarioEntry, index: number): HTMLLabelElement {
  const titleId = `scenario-${index}-title`;
  const detailsId = `scenario-${index}-details`;
  const label = element('label', 'scenario-option');
  const radio = element('input');
  radio.type = 'radio';
  radio.name = RADIO_NAME;
  radio.value = entry.id;
  radio.setAttribute('aria-labelledby', titleId);
  radio.setAttribute('aria-describedby', detailsId);

  const title = element('span', 'scenario-title', entry.title);
  title.id = titleId;
  const details = element('span', 'scenario-details');
  details.id = detailsId;
  details.append(
    element('span', 'scenario-description', entry.description),
    element('span', 'scenario-meta', `${entry.id === QUICK_SCENARIO_ID ? 'Quick · ' : ''}${DIFFICULTY_LABELS[entry.difficulty]} · ${dayLengthText(entry.length)} · ${dayWorkText(entry.patientCount, entry.inboxCount)}`),
  );
  label.append(radio, title, details);
  return label;
}

function brokenNotice(entry: BrokenScenarioEntry, index: number): HTMLElement {
  const notice = element('div', 'scenario-broken');
  notice.id = `scenario-${index}-broken`;
  notice.append(element('span', 'scenario-title', `${entry.fileName} could not be loaded`));
  const problems = element('ul', 'scenario-problems');
  for (const problem of entry.problems) problems.append(element('li', undefined, problem));
  notice.append(problems);
  return notice;
}

/** The day's work in its tag: the patients, and the inbox items where the day has an inbox ("3 patients · 14 inbox items"), so an inbox day says so. */
export function dayWorkText(patients: number, inboxItems: number): string {
  const people = patients === 1 ? '1 patient' : `${patients} patients`;
  return inboxItems === 0 ? people : `${people} · ${inboxItems === 1 ? '1 inbox item' : `${inboxItems} inbox items`}`;
}
