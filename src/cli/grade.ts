/**
 * `npm run grade -- <result files…> [--scenario <file>] [--assignment <file or link>]`
 *
 * Replays each result file's action log through the same machines, recomputes the result
 * and prints, per file, `verified` with the score or `MISMATCH` with what differs, then how
 * the day was played (player, mode and timer, app version, assignment) and any warning.
 * Exits 0 only when every file is verified. The scenario is the bundled one the file names,
 * or the file given with --scenario (for a custom scenario). With --assignment (the
 * assignment file saved on the instructor page, or the assignment link), a result that does
 * not answer that assignment on its scenario version, settings and seed is a mismatch.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatProblem, type ScenarioLoadResult } from '../scenario/scenario-loader';
import { type Assignment, readAssignment, settingsText } from '../session/assignment';
import { describeResult, descriptionLine, gradeResultFile, SameDayFinder } from '../session/grade';
import { parseResultFile } from '../session/result-file';
import { appVersion, readScenarioFile } from './scenario-file';

const USAGE = 'usage: npm run grade -- <result files…> [--scenario <scenario file>] [--assignment <assignment file or link>]';

/** Reads --assignment: a file's text when the path exists, else the argument itself (a link). */
function loadAssignment(argument: string): { ok: true; assignment: Assignment } | { ok: false; problems: readonly string[] } {
  let text = argument;
  if (existsSync(argument)) {
    try {
      text = readFileSync(argument, 'utf8');
    } catch (error) {
      return { ok: false, problems: [`cannot read the file: ${(error as Error).message}`] };
    }
  } else if (!/^https?:\/\//i.test(argument)) {
    return { ok: false, problems: ['no such file, and not a link (an assignment link starts with http:// or https://)'] };
  }
  return readAssignment(text);
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { scenario: { type: 'string' }, assignment: { type: 'string' } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) {
    console.error(USAGE);
    return 2;
  }
  let assignment: Assignment | undefined;
  if (values.assignment !== undefined) {
    const read = loadAssignment(values.assignment);
    if (!read.ok) {
      console.error(`--assignment ${values.assignment}: not a valid assignment:`);
      for (const problem of read.problems) console.error(`    ${problem}`);
      return 2;
    }
    assignment = read.assignment;
    console.log(
      `Grading against assignment ${assignment.id}: scenario "${assignment.scenarioId}" (content hash ${assignment.scenarioHash.slice(0, 12)}…), ${settingsText(assignment.settings)}, seed ${assignment.seed}`,
    );
  }
  const version = appVersion();
  const scenarios = new Map<string, ScenarioLoadResult>();
  const sameDays = new SameDayFinder();
  let verified = 0;
  for (const path of positionals) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      console.log(`${path}: MISMATCH — cannot read the file: ${(error as Error).message}`);
      continue;
    }
    const read = parseResultFile(text);
    if (!read.ok) {
      console.log(`${path}: MISMATCH — not a valid result file:`);
      for (const problem of read.problems) console.log(`    ${problem}`);
      continue;
    }
    const { file } = read;
    const key = values.scenario ?? file.scenarioId;
    if (!scenarios.has(key)) scenarios.set(key, readScenarioFile(key));
    const loaded = scenarios.get(key)!;
    if (!loaded.ok) {
      console.log(`${path}: MISMATCH — the scenario "${key}" cannot be loaded:`);
      for (const problem of loaded.problems) console.log(`    ${formatProblem(problem)}`);
      continue;
    }
    const verdict = gradeResultFile(file, loaded.scenario, loaded.contentHash, { assignment, appVersion: version });
    if (verdict.verified) {
      verified++;
      const { score } = verdict.result;
      console.log(
        `${path}: verified — ${file.player}, ${file.scenarioId}, seed ${file.seed}: total ${score.total} (accuracy ${score.accuracy}, throughput ${score.throughput}), ${verdict.result.passed ? 'passed' : 'not passed'}`,
      );
    } else {
      console.log(verdict.kind === 'settings' ? `${path}: MISMATCH — not played as it had to be` : `${path}: MISMATCH`);
      for (const reason of verdict.reasons) console.log(`    ${reason}`);
    }
    console.log(`    ${descriptionLine(describeResult(file, loaded.scenario))}`);
    const copy = sameDays.check(path, file);
    for (const warning of copy === null ? verdict.warnings : [...verdict.warnings, copy]) console.log(`    warning — ${warning}`);
  }
  console.log(`${verified} of ${positionals.length} result files verified`);
  return verified === positionals.length ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
