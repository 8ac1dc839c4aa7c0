/**
 * Reads a scenario for the command-line tools: a path to a YAML/JSON file, or the id of a
 * bundled scenario (`scenarios/<id>.yaml`). Problems come back located, never thrown.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseScenarioBytes, type ScenarioLoadResult } from '../scenario/scenario-loader';

/** The folder of bundled scenarios. */
export const SCENARIOS_DIR = join(import.meta.dirname, '..', '..', 'scenarios');

/** The file a command-line argument names: itself if it exists, else a bundled scenario id. */
export function scenarioPath(pathOrId: string): string {
  if (existsSync(pathOrId)) return pathOrId;
  const bundled = join(SCENARIOS_DIR, `${pathOrId}.yaml`);
  return existsSync(bundled) ? relative(process.cwd(), bundled) : pathOrId;
}

/** Loads a scenario file (or bundled id). */
export function readScenarioFile(pathOrId: string): ScenarioLoadResult {
  const path = scenarioPath(pathOrId);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file, and no bundled scenario has that id' : String((error as Error).message);
    return { ok: false, problems: [{ file: pathOrId, line: 1, column: 1, path: '', message: `cannot read the scenario: ${reason}` }] };
  }
  return parseScenarioBytes(bytes, path);
}

/** The app's version, from package.json. */
export function appVersion(): string {
  const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}
