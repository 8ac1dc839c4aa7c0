/**
 * `npm run scenario:check -- <files…>`: checks scenario files and prints every problem as
 * `file:line:col path: message`. Exits 0 when every file is valid, 1 when any is invalid or
 * unreadable, 2 without arguments.
 */
import { readFileSync } from 'node:fs';
import { formatProblem, parseScenarioBytes, type ScenarioLoadResult } from '../scenario/scenario-loader';

const USAGE = `usage: npm run scenario:check -- <scenario.yaml> [more files…]

Checks each scenario file (YAML or JSON) and prints every problem with its line and column.
Exits 0 when all files are valid, 1 when any is not.`;

function load(file: string): ScenarioLoadResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot read the file (${code ?? String(error)})`;
    return { ok: false, problems: [{ file, line: 1, column: 1, path: '', message: reason }] };
  }
  return parseScenarioBytes(bytes, file);
}

function main(files: string[]): number {
  if (files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  let invalid = 0;
  let problemCount = 0;
  for (const file of files) {
    const result = load(file);
    if (result.ok) {
      const count = result.scenario.patients.length;
      console.log(`✓ ${file}: valid (${count} ${count === 1 ? 'patient' : 'patients'})`);
    } else {
      invalid += 1;
      problemCount += result.problems.length;
      for (const problem of result.problems) console.log(formatProblem(problem));
      console.log(`✗ ${file}: ${result.problems.length} ${result.problems.length === 1 ? 'problem' : 'problems'}`);
    }
  }
  const valid = files.length - invalid;
  console.log(
    invalid === 0
      ? `${files.length} ${files.length === 1 ? 'file' : 'files'} checked: all valid`
      : `${files.length} ${files.length === 1 ? 'file' : 'files'} checked: ${valid} valid, ${invalid} invalid (${problemCount} ${problemCount === 1 ? 'problem' : 'problems'})`,
  );
  return invalid === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
