/**
 * The history screen: every finished day on this browser, newest first, as a table
 * (date, scenario, mode, score, passed) with each day's debrief and result file, and the
 * whole history as a CSV file.
 */
import { resultRow, resultsCsv } from '../../src/session/export';
import { button, element } from '../dom';
import type { HistoryEntry, HistoryRecord } from '../persistence/save-format';
import type { HistoryRead } from '../persistence/persistence';
import { downloadText, resultFileName, resultFileText } from './download';
import './history.css';

/** What the history screen asks of the title scene. */
export interface HistoryPanelOptions {
  readonly root: HTMLElement;
  readonly history: HistoryRead;
  /** Set when storage does not outlast the page, to say so. */
  readonly storageProblem: string | null;
  onOpenDebrief(entry: HistoryEntry): void;
  onBack(): void;
}

/** An open history screen. */
export interface HistoryPanel {
  close(): void;
}

/** The mode a day was played in, in words. */
export function modeText(record: HistoryRecord): string {
  const { settings } = record.file;
  if (settings.mode === 'assessment') return 'Assessment';
  return settings.timerEnabled ? 'Practice' : 'Untimed practice';
}

/** The CSV of the history (the same columns as the instructor's export). */
export function historyCsv(entries: readonly HistoryEntry[]): string {
  return resultsCsv(entries.map((entry) => resultRow(entry.file, { playedAt: entry.finishedAt })));
}

/** Builds the screen and moves focus to its heading. */
export function openHistoryPanel(options: HistoryPanelOptions): HistoryPanel {
  const { entries, unreadable } = options.history;
  const root = element('section', 'panel history');
  root.setAttribute('aria-labelledby', 'history-heading');
  const heading = element('h2', 'panel-heading', 'History');
  heading.id = 'history-heading';
  heading.tabIndex = -1;
  root.append(heading);
  if (options.storageProblem) {
    root.append(element('p', 'history-note', `Progress cannot be saved (${options.storageProblem}): this list lasts only until the page closes.`));
  }

  const body = element('div', 'history-body');
  if (entries.length === 0) {
    body.append(element('p', 'history-empty', 'No finished days yet. Days you finish appear here with their debriefs.'));
  } else {
    const table = element('table', 'history-table');
    const caption = element('caption', 'visually-hidden', 'Finished days, newest first');
    const head = element('thead');
    const headRow = element('tr');
    for (const title of ['Date', 'Scenario', 'Mode', 'Score', 'Result', 'Actions']) {
      const th = element('th', undefined, title);
      th.scope = 'col';
      headRow.append(th);
    }
    head.append(headRow);
    const tbody = element('tbody');
    for (const entry of entries) tbody.append(historyRow(entry, options));
    table.append(caption, head, tbody);
    body.append(table);
  }
  if (unreadable.length > 0) {
    const note = element('div', 'history-note');
    note.append(element('p', undefined, `${unreadable.length === 1 ? 'One entry' : `${unreadable.length} entries`} could not be read:`));
    const list = element('ul');
    for (const message of new Set(unreadable)) list.append(element('li', undefined, message));
    note.append(list);
    body.append(note);
  }

  const footer = element('div', 'panel-footer');
  const exportButton = button('Export history (CSV)', 'button-quiet', () =>
    downloadText(`clinic-day-history-${new Date().toISOString().slice(0, 10)}.csv`, historyCsv(entries), 'text/csv'),
  );
  exportButton.disabled = entries.length === 0;
  footer.append(button('Back to the title', 'button-primary', options.onBack), exportButton);
  root.append(body, footer);
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') options.onBack();
  });
  options.root.append(root);
  heading.focus();
  return {
    close() {
      root.remove();
    },
  };
}

function historyRow(entry: HistoryEntry, options: HistoryPanelOptions): HTMLTableRowElement {
  const { file } = entry;
  const row = element('tr');
  const date = element('td');
  const time = element('time', undefined, new Date(entry.finishedAt).toLocaleString());
  time.dateTime = entry.finishedAt;
  date.append(time);
  const scenario = element('th', undefined, entry.scenarioTitle);
  scenario.scope = 'row';
  const result = element('td', file.result.passed ? 'history-passed' : 'history-failed', file.result.passed ? 'Passed' : 'Not passed');
  const actions = element('td', 'history-actions');
  const open = button('Open debrief', 'button-quiet', () => options.onOpenDebrief(entry));
  // The accessible name starts with the words on the button (WCAG 2.5.3, label in name), then says which day.
  open.setAttribute('aria-label', `Open debrief: ${entry.scenarioTitle}, ${time.textContent}`);
  const download = button('Download result', 'button-quiet', () =>
    downloadText(resultFileName(file.scenarioId, entry.finishedAt, file.seed), resultFileText(file), 'application/json'),
  );
  download.setAttribute('aria-label', `Download result: ${entry.scenarioTitle}, ${time.textContent}`);
  actions.append(open, download);
  row.append(date, scenario, element('td', undefined, modeText(entry)), element('td', 'history-score', String(file.result.score.total)), result, actions);
  return row;
}
