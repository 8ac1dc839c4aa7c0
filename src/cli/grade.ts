/**
 * `npm run grade -- <result files…> [--scenario <file>]`
 *
 * Replays each result file's action log through the same machines, recomputes the result
 * and prints, per file, `verified` with the score or `MISMATCH` with what differs. Exits 0
 * only when every file is verified. The scenario is the bundled one the file names, or the
 * file given with --scenario (for a custom scenario).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatProblem, type ScenarioLoadResult } from '../scenario/scenario-loader';
import { gradeResultFile } from '../session/grade';
import { parseResultFile } from '../session/result-file';
import { readScenarioFile } from './scenario-file';

const USAGE = 'usage: npm run grade -- <result files…> [--scenario <scenario file>]';

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { scenario: { type: 'string' } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const scenarios = new Map<string, ScenarioLoadResult>();
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
    const verdict = gradeResultFile(file, loaded.scenario, loaded.contentHash);
    if (verdict.verified) {
      verified++;
      const { score } = verdict.result;
      console.log(
        `${path}: verified — ${file.player}, ${file.scenarioId}, seed ${file.seed}: total ${score.total} (accuracy ${score.accuracy}, throughput ${score.throughput}), ${verdict.result.passed ? 'passed' : 'not passed'}`,
      );
    } else {
      console.log(`${path}: MISMATCH`);
      for (const reason of verdict.reasons) console.log(`    ${reason}`);
    }
  }
  console.log(`${verified} of ${positionals.length} result files verified`);
  return verified === positionals.length ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
