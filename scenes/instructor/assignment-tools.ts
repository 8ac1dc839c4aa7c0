/**
 * The instructor's assignment tools, on the instructor page: import a custom scenario file
 * (checked with the same loader as `scenario:check`, its located problems listed), and make
 * an assignment of a chosen scenario (bundled or imported) with the mode and timer it is to
 * be played with: each press of "Copy assignment link" makes a new one, with its own id and
 * seed (`src/session/assignment.ts`), whose link is copied and whose file can be saved to
 * grade the results against.
 */
import { type Assignment, assignmentFile, assignmentIdFrom, makeAssignment, MAX_ASSIGNED_SEED, settingsText } from '../../src/session/assignment';
import { button, element, showProblemList } from '../dom';
import { downloadText, fileNamePart } from '../history/download';
import type { DayScenario } from '../persistence/saved-day';
import { readChosenScenarioFile } from '../scenario-file-reader';
import { canChooseMode, scenarioDayChoice, type DayChoice } from '../settings';
import { bundledScenarioLink, customScenarioLink, withLrs } from './scenario-link';
import './instructor.css';

/** What the tools ask of the page that shows them. */
export interface AssignmentToolsOptions {
  /** Reads a chosen file's text: the scenario, or its located problems. */
  readScenario(text: string, fileName: string): Promise<DayScenario | { readonly problems: readonly string[] }>;
  /** A scenario file was imported and is valid. */
  onImported(day: DayScenario): void;
  /** The scenarios a link can be made for, by key, with the title to list them by. */
  readonly choices: readonly { readonly key: string; readonly title: string }[];
  /** The key chosen first (the scenario chosen last on the title). */
  readonly initialKey: string | null;
  /** The scenario with this key. */
  day(key: string): DayScenario | undefined;
}

/** The tools, and a way to show problems found before they were built (a broken link). */
export interface AssignmentTools {
  readonly root: HTMLElement;
  /** Lists a scenario's located problems under a heading, and moves focus there. */
  showProblems(title: string, problems: readonly string[]): void;
}

/** Builds the tools. */
export function buildAssignmentTools(options: AssignmentToolsOptions): AssignmentTools {
  const root = element('div', 'assignment-tools');

  const importLabel = element('label', 'import-label');
  importLabel.append(element('span', 'setting-name', 'Import a scenario file (YAML or JSON)'));
  const input = element('input', 'import-input');
  input.type = 'file';
  input.accept = '.yaml,.yml,.json,application/json,application/yaml,text/yaml';
  importLabel.append(input);

  const problemsBox = element('section', 'import-problems');
  problemsBox.hidden = true;

  const chooserLabel = element('label', 'setting-select assignment-choice');
  chooserLabel.append(element('span', 'setting-name', 'Scenario to assign'));
  const chooser = element('select');
  for (const choice of options.choices) {
    const option = element('option', undefined, choice.title);
    option.value = choice.key;
    chooser.append(option);
  }
  if (options.initialKey !== null && options.choices.some((choice) => choice.key === options.initialKey)) chooser.value = options.initialKey;
  chooserLabel.append(chooser);

  const settingsLabel = element('label', 'setting-select assignment-choice');
  settingsLabel.append(element('span', 'setting-name', 'Mode and timer'));
  const settingsChooser = element('select');
  settingsLabel.append(settingsChooser);
  const CHOICES: Record<string, DayChoice> = {
    'practice-timed': { mode: 'practice', timed: true },
    'practice-untimed': { mode: 'practice', timed: false },
    assessment: { mode: 'assessment', timed: true },
  };
  const settingsStatus = element('p', 'assignment-settings-status');
  settingsStatus.setAttribute('role', 'status');
  /**
   * The mode and timer choices the chosen scenario allows: its own only, when it locks them.
   * The instructor's choice stays when the newly chosen scenario allows it; when a lock
   * changes it, the page says so rather than changing it silently.
   */
  function offerSettings(): void {
    const day = chooser.value === '' ? undefined : options.day(chooser.value);
    const before = settingsChooser.value;
    settingsChooser.replaceChildren();
    const own = day ? scenarioDayChoice(day.scenario) : CHOICES['practice-timed']!;
    const locked = day !== undefined && !canChooseMode(day.scenario);
    for (const [value, choice] of Object.entries(CHOICES)) {
      if (locked && (choice.mode !== own.mode || choice.timed !== own.timed)) continue;
      const text = settingsText({ mode: choice.mode, timerEnabled: choice.timed });
      const option = element('option', undefined, `${text[0]!.toUpperCase()}${text.slice(1)}${locked ? ' (locked by the scenario)' : ''}`);
      option.value = value;
      settingsChooser.append(option);
      if (choice.mode === own.mode && choice.timed === own.timed) settingsChooser.value = value;
    }
    if (!locked && before !== '' && before in CHOICES) settingsChooser.value = before;
    settingsChooser.disabled = locked;
    const changed = before !== '' && settingsChooser.value !== before;
    settingsStatus.textContent = changed && day ? `${day.scenario.title} locks its mode and timer: ${settingsText({ mode: own.mode, timerEnabled: own.timed })}.` : '';
  }
  offerSettings();
  chooser.addEventListener('change', offerSettings);

  // An LRS the assignment's days report to over xAPI (optional): its address and a key the instructor pastes.
  const lrsBox = element('fieldset', 'assignment-lrs');
  lrsBox.append(element('legend', 'setting-name', 'Report to a learning record store (xAPI, optional)'));
  const lrsField = (name: string, type: string, hint: string): HTMLInputElement => {
    const label = element('label', 'setting-select assignment-choice');
    label.append(element('span', 'setting-name', name));
    const field = element('input');
    field.type = type;
    field.autocomplete = 'off';
    field.placeholder = hint;
    label.append(field);
    lrsBox.append(label);
    return field;
  };
  const lrsEndpoint = lrsField('LRS endpoint', 'url', 'https://lrs.example.edu/xapi/');
  const lrsKey = lrsField('Key (a statement-write-only credential)', 'text', 'key');
  const lrsSecret = lrsField('Secret', 'password', 'secret');

  const row = element('div', 'tool-row');
  const linkBox = element('div', 'assignment-link');
  linkBox.hidden = true;
  const linkLabel = element('label', 'assignment-link-label');
  linkLabel.append(element('span', 'setting-name', 'Assignment link'));
  const linkField = element('input', 'assignment-link-field');
  linkField.type = 'text';
  linkField.readOnly = true;
  linkField.addEventListener('focus', () => linkField.select());
  linkLabel.append(linkField);
  const linkStatus = element('p', 'assignment-link-status');
  linkStatus.setAttribute('role', 'status');
  linkBox.append(linkLabel, linkStatus);

  let made: { readonly assignment: Assignment; readonly day: DayScenario; readonly link: string } | null = null;
  const saveFile = button('Save assignment file', 'button-quiet', () => {
    if (!made) return;
    const file = assignmentFile(made.assignment, made.day.scenario.title, made.link);
    downloadText(`clinic-day-assignment-${fileNamePart(made.assignment.scenarioId)}-${made.assignment.id}.json`, `${JSON.stringify(file, null, 2)}\n`, 'application/json');
  });
  saveFile.disabled = true;
  row.append(button('Copy assignment link', 'button-quiet', () => void copyLink()), saveFile);
  root.append(chooserLabel, settingsLabel, settingsStatus, lrsBox, row, linkBox, importLabel, problemsBox);

  function showProblems(title: string, problems: readonly string[]): void {
    problemsBox.hidden = false;
    showProblemList(problemsBox, 'import-problems-heading', title, problems);
  }

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    void (async () => {
      const chosen = await readChosenScenarioFile(file);
      const read = chosen.ok ? await options.readScenario(chosen.text, file.name) : chosen;
      input.value = '';
      if ('scenario' in read) {
        problemsBox.hidden = true;
        options.onImported(read);
      } else {
        showProblems(`${file.name} could not be loaded (${read.problems.length === 1 ? '1 problem' : `${read.problems.length} problems`})`, read.problems);
      }
    })();
  });

  async function copyLink(): Promise<void> {
    const day = chooser.value === '' ? undefined : options.day(chooser.value);
    if (!day) {
      linkBox.hidden = false;
      linkStatus.textContent = 'Choose a scenario first.';
      return;
    }
    const choice = CHOICES[settingsChooser.value] ?? scenarioDayChoice(day.scenario);
    // The id and the seed are the browser's randomness: the domain draws none of its own.
    const assignment = makeAssignment({
      id: assignmentIdFrom(crypto.getRandomValues(new Uint8Array(10))),
      scenarioId: day.scenario.id,
      scenarioHash: day.contentHash,
      mode: choice.mode,
      timed: choice.timed,
      seed: crypto.getRandomValues(new Uint32Array(1))[0]! % (MAX_ASSIGNED_SEED + 1),
    });
    const endpoint = lrsEndpoint.value.trim();
    if (endpoint !== '' && !(URL.canParse(endpoint) && /^https?:$/.test(new URL(endpoint).protocol) && lrsKey.value !== '')) {
      linkBox.hidden = false;
      linkStatus.textContent = 'The LRS endpoint must be an https:// address, with its key: or leave the endpoint empty.';
      lrsEndpoint.focus();
      return;
    }
    const base = `${location.origin}${location.pathname}`;
    const plain = day.customSource === null ? bundledScenarioLink(base, day.scenario.id, assignment) : await customScenarioLink(base, day.customSource, assignment);
    const link = endpoint === '' ? plain : withLrs(plain, endpoint, lrsKey.value, lrsSecret.value);
    made = { assignment, day, link };
    saveFile.disabled = false;
    linkField.value = link;
    linkBox.hidden = false;
    let copied = false;
    try {
      await navigator.clipboard.writeText(link);
      copied = true;
    } catch {
      // The clipboard needs permission (and a secure page); the link stays in the field to copy by hand.
    }
    const what = `assignment ${assignment.id}: "${day.scenario.title}", ${settingsText(assignment.settings)}, seed ${assignment.seed}${endpoint === '' ? '' : `, reporting to ${new URL(endpoint).host} (the key is in the link: share it only with your trainees)`}`;
    linkStatus.textContent = copied
      ? `Link to ${what} copied to the clipboard. Save the assignment file to grade its results against.`
      : `Copy the link to ${what} from the field above (the clipboard is not available here). Save the assignment file to grade its results against.`;
    linkField.focus();
  }

  return { root, showProblems };
}
