/**
 * The instructor page's grading: result files (and any custom scenario files dropped with
 * them) are read, and each result is replayed with `gradeResultFile` against the scenario it
 * names — a dropped custom scenario, or the bundled one — exactly as `npm run grade` does;
 * and, when the instructor gives an assignment (its link pasted, or its file dropped with the
 * results), checked against it as `npm run grade --assignment` does.
 */
import type { Scenario } from '../../src/scenario/scenario.schema';
import type { DayResult } from '../../src/scoring/score';
import { ASSIGNMENT_FILE_FORMAT, type Assignment, readAssignment } from '../../src/session/assignment';
import { resultRow, resultsCsv } from '../../src/session/export';
import { gradeResultFile, SameDayFinder } from '../../src/session/grade';
import { parseResultFile, RESULT_FILE_FORMAT, type ResultFile } from '../../src/session/result-file';
import type { DayScenario } from '../persistence/saved-day';

/** A file the instructor dropped or chose. */
export interface DroppedFile {
  readonly name: string;
  readonly text: string;
}

/** One line of the grading table. */
export type GradedRow =
  | { readonly fileName: string; readonly status: 'verified'; readonly file: ResultFile; readonly scenario: Scenario; readonly result: DayResult; readonly warnings: readonly string[] }
  | {
      readonly fileName: string;
      readonly status: 'mismatch';
      readonly file: ResultFile;
      /** The scenario it was replayed on; absent when none was at hand. */
      readonly scenario?: Scenario;
      /** `settings`: the day replays as claimed but was not played as it had to be; `replay`: it does not replay to its result. */
      readonly kind: 'settings' | 'replay';
      readonly reasons: readonly string[];
      readonly warnings: readonly string[];
    }
  | { readonly fileName: string; readonly status: 'unreadable'; readonly reasons: readonly string[] };

/** The assignment a batch was graded against, where it came from, or why none could be used. */
export type BatchAssignment =
  | { readonly ok: true; readonly assignment: Assignment; readonly from: string }
  | { readonly ok: false; readonly from: string; readonly problems: readonly string[] };

/** How a batch is graded, beyond its files. */
export interface BatchOptions {
  /** The assignment the instructor gave (a pasted link); an assignment file among the dropped files is used when this is absent. */
  readonly assignment?: BatchAssignment;
  /** This build's version: results made by another get a warning. */
  readonly appVersion?: string;
}

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
  /** The assignment graded against, or why the one given could not be used; null when none was given. */
  readonly assignment: BatchAssignment | null;
}

/** True when a file is an assignment file (by its first JSON field). */
export function isAssignmentFile(file: DroppedFile): boolean {
  try {
    const data: unknown = JSON.parse(file.text.replace(/^\uFEFF/, ''));
    return typeof data === 'object' && data !== null && (data as { format?: unknown }).format === ASSIGNMENT_FILE_FORMAT;
  } catch {
    return false;
  }
}

/** The assignment of the dropped assignment files: one, or why it cannot be used. */
function droppedAssignment(files: readonly DroppedFile[]): BatchAssignment | null {
  const [first, ...others] = files;
  if (!first) return null;
  if (others.length > 0) return { ok: false, from: files.map((file) => file.name).join(', '), problems: ['more than one assignment file: grade one assignment at a time'] };
  const read = readAssignment(first.text);
  return read.ok ? { ok: true, assignment: read.assignment, from: first.name } : { ok: false, from: first.name, problems: read.problems };
}

/** True when a file looks like a scenario rather than a result (by name, or by its first JSON fields). */
export function isScenarioFile(file: DroppedFile): boolean {
  if (/\.ya?ml$/i.test(file.name)) return true;
  try {
    const data: unknown = JSON.parse(file.text.replace(/^\uFEFF/, ''));
    return typeof data === 'object' && data !== null && 'schemaVersion' in data && (data as { format?: unknown }).format !== RESULT_FILE_FORMAT && (data as { format?: unknown }).format !== ASSIGNMENT_FILE_FORMAT;
  } catch {
    return false;
  }
}

/**
 * Grades every result file of `files` (in the order given) against the scenario it names.
 * `onProgress` is told before each replay, so the page can say how far it has got.
 */
export async function gradeBatch(
  files: readonly DroppedFile[],
  scenarios: GradeScenarios,
  onProgress?: (done: number, total: number) => Promise<void>,
  options: BatchOptions = {},
): Promise<GradedBatch> {
  const dropped: DroppedScenario[] = [];
  const results: DroppedFile[] = [];
  const assignmentFiles = files.filter(isAssignmentFile);
  const assignment = options.assignment ?? droppedAssignment(assignmentFiles);
  const against = { assignment: assignment?.ok ? assignment.assignment : undefined, appVersion: options.appVersion };
  for (const file of files) {
    if (assignmentFiles.includes(file)) continue;
    if (!isScenarioFile(file)) {
      results.push(file);
      continue;
    }
    const read = await scenarios.custom(file.text, file.name);
    dropped.push('scenario' in read ? { fileName: file.name, ok: true, day: read } : { fileName: file.name, ok: false, problems: read.problems });
  }
  const rows: GradedRow[] = [];
  const sameDays = new SameDayFinder();
  for (const [index, droppedFile] of results.entries()) {
    await onProgress?.(index, results.length);
    const row = gradeOne(droppedFile, dropped, scenarios, against);
    const copy = row.status === 'unreadable' ? null : sameDays.check(row.fileName, row.file);
    rows.push(copy === null || row.status === 'unreadable' ? row : { ...row, warnings: [...row.warnings, copy] });
  }
  return { rows, scenarios: dropped, assignment };
}

function gradeOne(dropped: DroppedFile, customs: readonly DroppedScenario[], scenarios: GradeScenarios, against: { assignment?: Assignment; appVersion?: string }): GradedRow {
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
      kind: 'replay',
      reasons: [`no scenario "${file.scenarioId}" is bundled with this version: drop its scenario file together with the result`],
      warnings: [],
    };
  }
  const verdict = gradeResultFile(file, scenario.scenario, scenario.contentHash, against);
  return verdict.verified
    ? { fileName: dropped.name, status: 'verified', file, scenario: scenario.scenario, result: verdict.result, warnings: verdict.warnings }
    : { fileName: dropped.name, status: 'mismatch', file, scenario: scenario.scenario, kind: verdict.kind, reasons: verdict.reasons, warnings: verdict.warnings };
}

/** The graded table as CSV (`resultsCsv`): one row per readable result, "verified" yes or no. */
export function gradedCsv(rows: readonly GradedRow[]): string {
  return resultsCsv(rows.flatMap((row) => (row.status === 'unreadable' ? [] : [resultRow(row.file, { verified: row.status === 'verified' })])));
}
