/**
 * The instructor's assignment tools, on the instructor page: import a custom scenario file
 * (checked with the same loader as `scenario:check`, its located problems listed), and copy
 * the assignment link of a chosen scenario (bundled or imported).
 */
import { button, element } from '../dom';
import type { DayScenario } from '../persistence/saved-day';
import { readChosenScenarioFile } from '../scenario-file-reader';
import { bundledScenarioLink, customScenarioLink } from './scenario-link';
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

  row.append(button('Copy assignment link', 'button-quiet', () => void copyLink()));
  root.append(chooserLabel, row, linkBox, importLabel, problemsBox);

  function showProblems(title: string, problems: readonly string[]): void {
    problemsBox.replaceChildren();
    problemsBox.hidden = false;
    const heading = element('h3', 'import-problems-heading', title);
    heading.id = 'import-problems-heading';
    heading.tabIndex = -1;
    problemsBox.setAttribute('aria-labelledby', heading.id);
    const list = element('ul', 'scenario-problems');
    for (const problem of problems) list.append(element('li', undefined, problem));
    problemsBox.append(heading, list);
    heading.focus();
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
    const base = `${location.origin}${location.pathname}`;
    const link = day.customSource === null ? bundledScenarioLink(base, day.scenario.id) : await customScenarioLink(base, day.customSource);
    linkField.value = link;
    linkBox.hidden = false;
    let copied = false;
    try {
      await navigator.clipboard.writeText(link);
      copied = true;
    } catch {
      // The clipboard needs permission (and a secure page); the link stays in the field to copy by hand.
    }
    linkStatus.textContent = copied
      ? `Link to "${day.scenario.title}" copied to the clipboard.`
      : `Copy the link to "${day.scenario.title}" from the field above (the clipboard is not available here).`;
    linkField.focus();
  }

  return { root, showProblems };
}
