/**
 * The instructor page (`?instructor`, or "Instructor tools" on the title): assign a
 * scenario (its link, or a custom scenario file imported), and drop or choose result
 * files, with any custom scenario files they were played on, and each result is replayed
 * in the browser — nothing is uploaded — and shown as verified with its score or MISMATCH
 * with what differs, with how it was played (mode, timer, app version, assignment); given
 * an assignment (its link pasted, or its file dropped with the results), a result that does
 * not answer it is a MISMATCH too. The table exports as CSV.
 */
import { formatMinutesOfDay } from '../../src/scenario/clock-time';
import { readAssignment, settingsText } from '../../src/session/assignment';
import { describeResult } from '../../src/session/grade';
import { button, element } from '../dom';
import { downloadText } from '../history/download';
import { APP_VERSION } from '../persistence/app-version';
import { gradeBatch, gradedCsv, type BatchAssignment, type DroppedFile, type GradeScenarios, type GradedBatch, type GradedRow } from './grade-batch';
import './instructor.css';

/** What the page needs. */
export interface InstructorPageOptions {
  readonly root: HTMLElement;
  readonly scenarios: GradeScenarios;
  /** The assignment tools (`assignment-tools.ts`), shown above the grading. */
  readonly assign?: HTMLElement;
  onBack(): void;
}

/** An open instructor page. */
export interface InstructorPage {
  close(): void;
}

/** Largest file read, in bytes: a whole day's result is well under a megabyte. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Builds the page and moves focus to its heading. */
export function openInstructorPage(options: InstructorPageOptions): InstructorPage {
  const root = element('section', 'panel instructor');
  root.setAttribute('aria-labelledby', 'instructor-heading');
  const heading = element('h2', 'panel-heading', 'Instructor tools');
  heading.id = 'instructor-heading';
  heading.tabIndex = -1;
  const intro = element(
    'p',
    'instructor-intro',
    "Each result file's action log is replayed through the game's own machines and the result recomputed, in this browser. A result is verified only when everything agrees. For a custom scenario, add its scenario file too.",
  );

  const assignmentLabel = element('label', 'assignment-link-label grade-assignment');
  assignmentLabel.append(element('span', 'setting-name', 'Grade against an assignment: paste its link (or drop its file with the results)'));
  const assignmentField = element('input', 'assignment-link-field');
  assignmentField.type = 'text';
  assignmentField.spellcheck = false;
  assignmentLabel.append(assignmentField);
  const assignmentNote = element('div', 'instructor-assignment');

  const drop = element('div', 'drop-zone');
  const label = element('label', 'drop-label');
  label.append(element('span', 'drop-text', 'Drop result files here, or choose them'));
  const input = element('input', 'drop-input');
  input.type = 'file';
  input.multiple = true;
  input.accept = '.json,.yaml,.yml,application/json';
  label.append(input);
  drop.append(label);

  const status = element('p', 'panel-status instructor-status');
  status.setAttribute('role', 'status');
  const scenarioNote = element('div', 'instructor-scenarios');
  const tableBox = element('div', 'instructor-table-box');

  const exportButton = button('Export table (CSV)', 'button-quiet', () => {
    if (batch) downloadText(`clinic-day-grades-${new Date().toISOString().slice(0, 10)}.csv`, gradedCsv(batch.rows), 'text/csv');
  });
  exportButton.disabled = true;
  const clear = button('Clear', 'button-quiet', () => {
    files = [];
    batch = null;
    render();
    status.textContent = 'Cleared.';
  });
  const footer = element('div', 'panel-footer');
  footer.append(button('Back to the title', 'button-primary', options.onBack), exportButton, clear);

  root.append(heading);
  if (options.assign) {
    const assignHeading = element('h3', 'instructor-subheading', 'Assign a scenario');
    assignHeading.id = 'instructor-assign-heading';
    const assign = element('section', 'instructor-assign');
    assign.setAttribute('aria-labelledby', assignHeading.id);
    assign.append(assignHeading, options.assign);
    const gradeHeading = element('h3', 'instructor-subheading', 'Verify result files');
    root.append(assign, gradeHeading);
  }
  root.append(intro, assignmentLabel, drop, status, assignmentNote, scenarioNote, tableBox, footer);
  options.root.append(root);
  heading.focus();

  let files: DroppedFile[] = [];
  let batch: GradedBatch | null = null;
  let grading = Promise.resolve();
  let pasted: BatchAssignment | undefined;

  assignmentField.addEventListener('change', () => {
    const text = assignmentField.value.trim();
    if (text === '') pasted = undefined;
    else {
      const read = readAssignment(text);
      pasted = read.ok ? { ok: true, assignment: read.assignment, from: 'the pasted link' } : { ok: false, from: 'the pasted link', problems: read.problems };
    }
    grading = grading.then(() => add([]));
  });

  async function add(chosen: readonly File[]): Promise<void> {
    const read: DroppedFile[] = [];
    const skipped: string[] = [];
    for (const file of chosen) {
      if (file.size > MAX_FILE_BYTES) skipped.push(`${file.name} (over 5 MB)`);
      else read.push({ name: file.name, text: await file.text() });
    }
    const names = new Set(read.map((file) => file.name));
    files = [...files.filter((file) => !names.has(file.name)), ...read];
    batch = await gradeBatch(
      files,
      options.scenarios,
      async (done, total) => {
        status.textContent = `Replaying ${done + 1} of ${total}…`;
        // Let the page paint the progress between replays.
        await new Promise((resolve) => setTimeout(resolve, 0));
      },
      { assignment: pasted, appVersion: APP_VERSION },
    );
    render();
    const verified = batch.rows.filter((row) => row.status === 'verified').length;
    status.textContent = `${verified} of ${batch.rows.length} result files verified${skipped.length > 0 ? `; not read: ${skipped.join(', ')}` : ''}.`;
  }

  function queue(chosen: readonly File[]): void {
    grading = grading.then(() => add(chosen));
  }

  input.addEventListener('change', () => {
    queue([...(input.files ?? [])]);
    input.value = '';
  });
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('drop-over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('drop-over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('drop-over');
    queue([...(event.dataTransfer?.files ?? [])]);
  });

  function render(): void {
    exportButton.disabled = !batch || batch.rows.every((row) => row.status === 'unreadable');
    scenarioNote.replaceChildren();
    assignmentNote.replaceChildren();
    tableBox.replaceChildren();
    if (!batch) return;
    if (batch.assignment?.ok) {
      const { assignment } = batch.assignment;
      assignmentNote.append(
        element(
          'p',
          'instructor-scenario',
          `Graded against assignment ${assignment.id} (from ${batch.assignment.from}): scenario "${assignment.scenarioId}", ${settingsText(assignment.settings)}, seed ${assignment.seed}.`,
        ),
      );
    } else if (batch.assignment) {
      const box = element('div', 'instructor-scenario instructor-scenario-broken');
      box.append(element('p', undefined, `The assignment in ${batch.assignment.from} cannot be used, so the results are graded without one:`));
      const list = element('ul', 'scenario-problems');
      for (const problem of batch.assignment.problems) list.append(element('li', undefined, problem));
      box.append(list);
      assignmentNote.append(box);
    }
    for (const scenario of batch.scenarios) {
      if (scenario.ok) {
        scenarioNote.append(element('p', 'instructor-scenario', `Scenario file ${scenario.fileName}: "${scenario.day.scenario.title}" (${scenario.day.scenario.id}).`));
      } else {
        const box = element('div', 'instructor-scenario instructor-scenario-broken');
        box.append(element('p', undefined, `Scenario file ${scenario.fileName} could not be loaded:`));
        const list = element('ul', 'scenario-problems');
        for (const problem of scenario.problems) list.append(element('li', undefined, problem));
        box.append(list);
        scenarioNote.append(box);
      }
    }
    if (batch.rows.length === 0) {
      tableBox.append(element('p', 'instructor-empty', 'No result files yet.'));
      return;
    }
    const table = element('table', 'instructor-table');
    table.append(element('caption', 'visually-hidden', 'Graded result files'));
    const head = element('thead');
    const headRow = element('tr');
    for (const title of ['File', 'Trainee', 'Scenario', 'Mode', 'Timer', 'App version', 'Assignment', 'Score', 'Passed', 'Verdict', 'Details']) {
      const th = element('th', undefined, title);
      th.scope = 'col';
      headRow.append(th);
    }
    head.append(headRow);
    const body = element('tbody');
    for (const row of batch.rows) body.append(gradedRow(row));
    table.append(head, body);
    tableBox.append(table);
  }

  return {
    close() {
      root.remove();
    },
  };
}

function gradedRow(row: GradedRow): HTMLTableRowElement {
  const tr = element('tr');
  tr.dataset.verdict = row.status;
  const name = element('th', 'instructor-file', row.fileName);
  name.scope = 'row';
  if (row.status === 'unreadable') {
    tr.append(name);
    for (let cell = 0; cell < 8; cell++) tr.append(element('td', undefined, '—'));
    tr.append(element('td', 'verdict verdict-mismatch', 'MISMATCH'), details('Not a valid result file', row.reasons));
    return tr;
  }
  const { file } = row;
  const played = describeResult(file, row.scenario);
  const mode = file.settings.mode === 'assessment' ? 'Assessment' : file.settings.timerEnabled ? 'Practice' : 'Untimed practice';
  tr.append(
    name,
    element('td', undefined, played.player),
    element('td', undefined, file.scenarioId),
    element('td', undefined, mode),
    element('td', undefined, played.timer),
    element('td', undefined, played.appVersion),
    element('td', undefined, played.assignment),
    element('td', 'instructor-score', String(file.result.score.total)),
    element('td', undefined, file.result.passed ? 'Yes' : 'No'),
  );
  const warnings = row.warnings.map((warning) => `Warning — ${warning}`);
  if (row.status === 'verified') {
    const findings = row.result.findings.map((finding) => `${formatMinutesOfDay(finding.atMinute)} ${finding.severity} ${finding.ruleId}: ${finding.message}`);
    tr.append(element('td', 'verdict verdict-verified', 'verified'), details(findings.length === 0 ? 'No findings' : `${findings.length} findings`, [...warnings, ...findings]));
  } else {
    const summary = row.kind === 'settings' ? 'Not played as it had to be' : (row.reasons[0] ?? 'Does not replay');
    tr.append(element('td', 'verdict verdict-mismatch', 'MISMATCH'), details(summary, [...row.reasons, ...warnings]));
  }
  return tr;
}

function details(summaryText: string, lines: readonly string[]): HTMLTableCellElement {
  const cell = element('td', 'instructor-details');
  if (lines.length === 0) {
    cell.textContent = summaryText;
    return cell;
  }
  const box = element('details');
  box.append(element('summary', undefined, summaryText));
  const list = element('ul');
  for (const line of lines) list.append(element('li', undefined, line));
  box.append(list);
  cell.append(box);
  return cell;
}
