/**
 * The instructor page's grading: result files (and any custom scenario files dropped with
 * them) are read, and each result is replayed with `gradeResultFile` against the scenario it
 * names — a dropped custom scenario, or the bundled one — exactly as `npm run grade` does.
 */
import type { DayResult } from '../../src/scoring/score';
import { resultRow, resultsCsv } from '../../src/session/export';
import { gradeResultFile } from '../../src/session/grade';
import { parseResultFile, RESULT_FILE_FORMAT, type ResultFile } from '../../src/session/result-file';
import type { DayScenario } from '../persistence/saved-day';

/** A file the instructor dropped or chose. */
export interface DroppedFile {
  readonly name: string;
  readonly text: string;
}

/** One line of the grading table. */
export type GradedRow =
  | { readonly fileName: string; readonly status: 'verified'; readonly file: ResultFile; readonly result: DayResult }
  | { readonly fileName: string; readonly status: 'mismatch'; readonly file: ResultFile; readonly reasons: readonly string[] }
  | { readonly fileName: string; readonly status: 'unreadable'; readonly reasons: readonly string[] };

/** A scenario file dropped alongside the results. */
export type DroppedScenario =
  | { readonly fileName: string; readonly ok: true; readonly day: DayScenario }
  | { readonly fileName: string; readonly ok: false; readonly problems: readonly string[] };

/** How the grader finds scenarios. */
export interface GradeScenarios {
  /** The bundled scenario with this id. */
  bundled(id: string): DayScenario | undefined;
  /** Reads a scenario file's text. */
  custom(text: string, fileName: string): Promise<DayScenario | { readonly problems: readonly string[] }>;
}

/** What a batch came to. */
export interface GradedBatch {
  readonly rows: readonly GradedRow[];
  readonly scenarios: readonly DroppedScenario[];
}

/** True when a file looks like a scenario rather than a result (by name, or by its first JSON fields). */
export function isScenarioFile(file: DroppedFile): boolean {
  if (/\.ya?ml$/i.test(file.name)) return true;
  try {
    const data: unknown = JSON.parse(file.text);
    return typeof data === 'object' && data !== null && 'schemaVersion' in data && (data as { format?: unknown }).format !== RESULT_FILE_FORMAT;
  } catch {
    return false;
  }
}

/**
 * Grades every result file of `files` (in the order given) against the scenario it names.
 * `onProgress` is told before each replay, so the page can say how far it has got.
 */
export async function gradeBatch(files: readonly DroppedFile[], scenarios: GradeScenarios, onProgress?: (done: number, total: number) => Promise<void>): Promise<GradedBatch> {
  const dropped: DroppedScenario[] = [];
  const results: DroppedFile[] = [];
  for (const file of files) {
    if (!isScenarioFile(file)) {
      results.push(file);
      continue;
    }
    const read = await scenarios.custom(file.text, file.name);
    dropped.push('scenario' in read ? { fileName: file.name, ok: true, day: read } : { fileName: file.name, ok: false, problems: read.problems });
  }
  const rows: GradedRow[] = [];
  for (const [index, droppedFile] of results.entries()) {
    await onProgress?.(index, results.length);
    rows.push(gradeOne(droppedFile, dropped, scenarios));
  }
  return { rows, scenarios: dropped };
}

function gradeOne(dropped: DroppedFile, customs: readonly DroppedScenario[], scenarios: GradeScenarios): GradedRow {
  const read = parseResultFile(dropped.text);
  if (!read.ok) return { fileName: dropped.name, status: 'unreadable', reasons: read.problems };
  const { file } = read;
  const bundled = scenarios.bundled(file.scenarioId);
  const candidates = [...customs.flatMap((custom) => (custom.ok && custom.day.scenario.id === file.scenarioId ? [custom.day] : [])), ...(bundled ? [bundled] : [])];
  // The scenario version the result was played on, if it is among those at hand; else the first, to say what differs.
  const scenario = candidates.find((candidate) => candidate.contentHash === file.scenarioHash) ?? candidates[0];
  if (!scenario) {
    return {
      fileName: dropped.name,
      status: 'mismatch',
      file,
      reasons: [`no scenario "${file.scenarioId}" is bundled with this version: drop its scenario file together with the result`],
    };
  }
  const verdict = gradeResultFile(file, scenario.scenario, scenario.contentHash);
  return verdict.verified
    ? { fileName: dropped.name, status: 'verified', file, result: verdict.result }
    : { fileName: dropped.name, status: 'mismatch', file, reasons: verdict.reasons };
}

/** The graded table as CSV (`resultsCsv`): one row per readable result, "verified" yes or no. */
export function gradedCsv(rows: readonly GradedRow[]): string {
  return resultsCsv(rows.flatMap((row) => (row.status === 'unreadable' ? [] : [resultRow(row.file, { verified: row.status === 'verified' })])));
}
