/**
 * Verified grading: replays a result file's action log through the same machines on the
 * same scenario and seed, recomputes the result, and compares it with the one the file
 * claims. A result is verified only when every field agrees.
 */
import { canonicalJson } from '../scenario/content-hash';
import type { Scenario } from '../scenario/scenario.schema';
import { type DayResult, scoreDay } from '../scoring/score';
import type { ResultFile } from './result-file';
import { ReplayError, replaySession } from './session';

/** The verdict on one result file. */
export type GradeVerdict =
  | { readonly verified: true; readonly result: DayResult }
  | { readonly verified: false; readonly reasons: readonly string[] };

/** At most this many differing fields are listed in a mismatch. */
const MAX_DIFFERENCES = 8;

/** Replays `file` on `scenario` (whose content hash is `scenarioHash`) and compares. */
export function gradeResultFile(file: ResultFile, scenario: Scenario, scenarioHash: string): GradeVerdict {
  if (file.scenarioId !== scenario.id) {
    return { verified: false, reasons: [`the result is for scenario "${file.scenarioId}", not "${scenario.id}"`] };
  }
  if (file.scenarioHash !== scenarioHash) {
    return {
      verified: false,
      reasons: [`the scenario "${scenario.id}" has changed since this result was played (content hash ${file.scenarioHash.slice(0, 12)}… vs ${scenarioHash.slice(0, 12)}…)`],
    };
  }
  const order = file.log.findIndex((entry, index) => entry.seq !== index);
  if (order >= 0) return { verified: false, reasons: [`the action log is out of order or incomplete at entry ${order} (seq ${file.log[order]!.seq})`] };
  let recomputed: DayResult;
  try {
    const session = replaySession(scenario, file.seed, file.settings, file.log);
    session.finish();
    recomputed = scoreDay(session.record());
    session.dispose();
  } catch (error) {
    const reason = error instanceof ReplayError ? error.message : `the action log does not replay: ${(error as Error).message}`;
    return { verified: false, reasons: [reason] };
  }
  const differences = differencesBetween(file.result, recomputed);
  if (differences.length > 0) return { verified: false, reasons: differences };
  return { verified: true, result: recomputed };
}

/** Field-by-field differences between a claimed result and the recomputed one. */
export function differencesBetween(claimed: unknown, recomputed: unknown): string[] {
  const found: string[] = [];
  walk(JSON.parse(canonicalJson(claimed)), JSON.parse(canonicalJson(recomputed)), '', found);
  return found.length > MAX_DIFFERENCES ? [...found.slice(0, MAX_DIFFERENCES), `… and ${found.length - MAX_DIFFERENCES} more differences`] : found;
}

function walk(claimed: unknown, actual: unknown, path: string, found: string[]): void {
  if (found.length > MAX_DIFFERENCES) return;
  if (typeof claimed === 'object' && claimed !== null && typeof actual === 'object' && actual !== null && Array.isArray(claimed) === Array.isArray(actual)) {
    if (Array.isArray(claimed) && Array.isArray(actual) && claimed.length !== actual.length) {
      found.push(`${path || 'result'}: the file lists ${claimed.length} entries, the replay gives ${actual.length}`);
      return;
    }
    const keys = new Set([...Object.keys(claimed), ...Object.keys(actual)]);
    for (const key of keys) {
      walk(ownField(claimed, key), ownField(actual, key), path ? `${path}.${key}` : key, found);
    }
    return;
  }
  if (canonicalJson(claimed) !== canonicalJson(actual)) {
    found.push(`${path || 'result'}: the file says ${JSON.stringify(claimed) ?? 'nothing'}, the replay gives ${JSON.stringify(actual) ?? 'nothing'}`);
  }
}

/** A field the object has itself: a file's `__proto__` or `constructor` key never reads `Object.prototype`. */
function ownField(object: object, key: string): unknown {
  return Object.hasOwn(object, key) ? (object as Record<string, unknown>)[key] : undefined;
}
