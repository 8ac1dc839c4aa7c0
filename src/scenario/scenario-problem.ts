/**
 * A located problem in a scenario file, how it is printed, and the file-size limit: the small
 * part of the loader that the browser needs before it loads the loader itself, so a file too
 * large is refused from its size alone, before a byte of it is read or the loader fetched.
 * `scenario-loader.ts` re-exports all of it.
 */

/** One located problem in a scenario file; line and column are 1-based. */
export interface ScenarioProblem {
  file: string;
  line: number;
  column: number;
  /** Path into the scenario such as `patients[3].dateOfBirth`; empty for file-level problems. */
  path: string;
  message: string;
}

/** `file:line:col path: message`, a line an editor or terminal can jump to. */
export function formatProblem(p: ScenarioProblem): string {
  return `${p.file}:${p.line}:${p.column}${p.path ? ` ${p.path}` : ''}: ${p.message}`;
}

/** Largest scenario file accepted, in bytes (1 MB); a clinic day is a few tens of kilobytes. */
export const MAX_SCENARIO_BYTES = 1024 * 1024;

/** The problem of a file of `bytes` bytes, over `MAX_SCENARIO_BYTES`, with the limit in it. */
export function scenarioTooLarge(file: string, bytes: number): ScenarioProblem {
  return { file, line: 1, column: 1, path: '', message: `file is ${(bytes / (1024 * 1024)).toFixed(1)} MB; scenario files are limited to 1 MB` };
}
