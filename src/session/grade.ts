/**
 * Verified grading: replays a result file's action log through the same machines on the
 * same scenario and seed, recomputes the result, and compares it with the one the file
 * claims; and checks that the day was played as it had to be: with the settings the
 * scenario locks, and, when the instructor grades against an assignment, on the
 * assignment's scenario version, settings and seed, answering that assignment. A result is
 * verified only when all of it agrees.
 *
 * What this cannot prove (the README's "What grading proves"): who played, and how. A log
 * that replays is a valid day however it was produced, and mode and timer leave no trace
 * in the log, so a file whose settings were all relabelled consistently is not caught here.
 */
import { canonicalJson, sha256Hex } from '../scenario/content-hash';
import type { Scenario } from '../scenario/scenario.schema';
import type { SessionSettings } from '../scoring/day-record';
import { type DayResult, scoreDay } from '../scoring/score';
import { type Assignment, settingsText } from './assignment';
import type { ResultFile } from './result-file';
import { ReplayError, replaySession } from './session';

/** What a result is graded against, beyond its scenario. */
export interface GradeOptions {
  /** The assignment the result must answer, when the instructor gives one. */
  readonly assignment?: Assignment;
  /** This build's version: a result made by another gets a warning. */
  readonly appVersion?: string;
}

/**
 * The verdict on one result file. Not verified, it says why (`reasons`) and of what kind:
 * `settings` when the day replays to the result it claims but was not played as it had to be
 * (another assignment, seed, scenario version, mode or timer); `replay` when the claimed
 * result is not what its log gives, or the log does not replay. Warnings never change it.
 */
export type GradeVerdict =
  | { readonly verified: true; readonly result: DayResult; readonly warnings: readonly string[] }
  | { readonly verified: false; readonly kind: 'settings' | 'replay'; readonly reasons: readonly string[]; readonly warnings: readonly string[] };

/** At most this many differing fields are listed in a mismatch. */
const MAX_DIFFERENCES = 8;

/**
 * Replays `file` on `scenario` (whose content hash is `scenarioHash`) and compares; checks its
 * settings against the scenario's lock and, when given, the assignment.
 */
export function gradeResultFile(file: ResultFile, scenario: Scenario, scenarioHash: string, options: GradeOptions = {}): GradeVerdict {
  const warnings = options.appVersion === undefined ? [] : appVersionWarnings(file.appVersion, options.appVersion);
  const settings = [...lockProblems(file.settings, scenario), ...(options.assignment ? assignmentProblems(file, options.assignment) : [])];
  const replay = replayProblems(file, scenario, scenarioHash);
  if (replay.problems.length > 0) return { verified: false, kind: 'replay', reasons: [...settings, ...replay.problems], warnings };
  if (settings.length > 0) return { verified: false, kind: 'settings', reasons: [...settings, 'the day itself replays to the result it claims'], warnings };
  return { verified: true, result: replay.result!, warnings };
}

function replayProblems(file: ResultFile, scenario: Scenario, scenarioHash: string): { problems: string[]; result?: DayResult } {
  if (file.scenarioId !== scenario.id) return { problems: [`the result is for scenario "${file.scenarioId}", not "${scenario.id}"`] };
  if (file.scenarioHash !== scenarioHash) {
    return { problems: [`the scenario "${scenario.id}" has changed since this result was played (content hash ${file.scenarioHash.slice(0, 12)}… vs ${scenarioHash.slice(0, 12)}…)`] };
  }
  const order = file.log.findIndex((entry, index) => entry.seq !== index);
  if (order >= 0) return { problems: [`the action log is out of order or incomplete at entry ${order} (seq ${file.log[order]!.seq})`] };
  let recomputed: DayResult;
  try {
    const session = replaySession(scenario, file.seed, file.settings, file.log);
    session.finish();
    recomputed = scoreDay(session.record());
    session.dispose();
  } catch (error) {
    return { problems: [error instanceof ReplayError ? error.message : `the action log does not replay: ${(error as Error).message}`] };
  }
  return { problems: differencesBetween(file.result, recomputed), result: recomputed };
}

/**
 * Settings the game would never have played the scenario with: assessment is always timed,
 * and a scenario that locks its timer plays with its own mode and timer whatever the trainee
 * chose (`sessionSettingsFor` on the screen).
 */
function lockProblems(settings: SessionSettings, scenario: Scenario): string[] {
  if (settings.mode === 'assessment' && !settings.timerEnabled) return ['settings: the result says assessment with the timer off, which the game never plays (assessment is always timed)'];
  if (!scenario.timer.locked) return [];
  const locked: SessionSettings = { mode: scenario.mode, timerEnabled: scenario.timer.enabled };
  if (settings.mode === locked.mode && settings.timerEnabled === locked.timerEnabled) return [];
  return [`settings: the scenario "${scenario.id}" locks the day to ${settingsText(locked)}, but the result says ${settingsText(settings)}`];
}

/** How the result differs from the assignment it is graded against. */
function assignmentProblems(file: ResultFile, assignment: Assignment): string[] {
  const problems: string[] = [];
  if (file.assignmentId === undefined) problems.push(`assignment: the result answers no assignment (free practice), not "${assignment.id}"`);
  else if (file.assignmentId !== assignment.id) problems.push(`assignment: the result answers assignment "${file.assignmentId}", not "${assignment.id}"`);
  if (file.scenarioId !== assignment.scenarioId) problems.push(`scenario: the assignment is scenario "${assignment.scenarioId}", the result is "${file.scenarioId}"`);
  else if (file.scenarioHash !== assignment.scenarioHash) {
    problems.push(`scenario: the result was played on another version of "${file.scenarioId}" than the assignment's (content hash ${file.scenarioHash.slice(0, 12)}… vs ${assignment.scenarioHash.slice(0, 12)}…)`);
  }
  if (file.settings.mode !== assignment.settings.mode || file.settings.timerEnabled !== assignment.settings.timerEnabled) {
    problems.push(`settings: the assignment is ${settingsText(assignment.settings)}, the result says ${settingsText(file.settings)}`);
  }
  if (file.seed !== assignment.seed) problems.push(`seed: the assignment's day is seed ${assignment.seed}, the result was played on seed ${file.seed}`);
  return problems;
}

/**
 * A result made by another version of the game is a warning, not a mismatch: the replay on
 * this build is the proof, so a newer build grades an older result (a rule that changed
 * between the two shows as a difference), and the label itself proves nothing (a forger
 * can write this build's version).
 */
function appVersionWarnings(fileVersion: string, buildVersion: string): string[] {
  if (fileVersion === buildVersion) return [];
  const order = compareVersions(fileVersion, buildVersion);
  const relation =
    order === null ? 'which is not a version of the game' : order > 0 ? 'newer than this grader' : order < 0 ? 'older than this grader' : 'another build of the same version';
  return [`app version: the result was made by version "${fileVersion}" (${relation}), this grader is version "${buildVersion}"; the verdict is this version's replay`];
}

/** Compares two `major.minor.patch` versions; null when either is not one. */
function compareVersions(a: string, b: string): number | null {
  const [left, right] = [versionNumbers(a), versionNumbers(b)];
  if (!left || !right) return null;
  for (let index = 0; index < 3; index++) if (left[index] !== right[index]) return left[index]! - right[index]!;
  return 0;
}

function versionNumbers(version: string): number[] | undefined {
  return /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(version)?.slice(1, 4).map(Number);
}

/** One line on how a result was played: player, mode and timer, app version, assignment. */
export interface ResultDescription {
  readonly player: string;
  readonly mode: string;
  /** On or off, with the scenario's real seconds per clinic minute, and whether the scenario or an assignment locked it. */
  readonly timer: string;
  readonly appVersion: string;
  readonly assignment: string;
}

/** How `file` says it was played, with the timer's pace and lock from `scenario` when it is at hand. */
export function describeResult(file: ResultFile, scenario?: Scenario): ResultDescription {
  const pace = scenario ? `, ${scenario.timer.secondsPerMinute} s per clinic minute` : '';
  // A day played from an assignment's link has the assignment's mode and timer, which the trainee cannot change.
  const lock = scenario?.timer.locked ? ', locked by the scenario' : file.assignmentId !== undefined ? ', set by the assignment' : scenario ? ', not locked' : '';
  return {
    player: file.player === '' ? '(no name)' : file.player,
    mode: file.settings.mode,
    timer: file.settings.timerEnabled ? `on${pace}${lock}` : `off${lock}`,
    appVersion: file.appVersion,
    assignment: file.assignmentId ?? 'none (free practice)',
  };
}

/** `describeResult` on one line, as `npm run grade` prints it. */
export function descriptionLine(description: ResultDescription): string {
  return `player ${JSON.stringify(description.player)}; mode ${description.mode}; timer ${description.timer}; app ${description.appVersion}; assignment ${description.assignment}`;
}

/** Field-by-field differences between a claimed result and the recomputed one. */
export function differencesBetween(claimed: unknown, recomputed: unknown): string[] {
  const found: string[] = [];
  walk(JSON.parse(canonicalJson(claimed)), JSON.parse(canonicalJson(recomputed)), '', found);
  return found.length > MAX_DIFFERENCES ? [...found.slice(0, MAX_DIFFERENCES), `… and ${found.length - MAX_DIFFERENCES} more differences`] : found;
}

/**
 * A finding's source note in a result from a build before results cited sources without
 * their notes (`citedFinding`): documentation of the reference data, not part of the
 * judgement, so the replay's leaving it out is no difference.
 */
const SOURCE_NOTE_PATH = /^findings\.\d+\.source\.note$/;

function walk(claimed: unknown, actual: unknown, path: string, found: string[]): void {
  if (found.length > MAX_DIFFERENCES) return;
  if (actual === undefined && typeof claimed === 'string' && SOURCE_NOTE_PATH.test(path)) return;
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

/**
 * Notices, across the results graded together, a day handed in twice: the same scenario
 * version, seed and action log as an earlier file. Under another name it is a copy (the one
 * forgery of a name a batch can show); two trainees do not play the same actions at the same
 * clinic minutes on the same seed. A warning, since which of the two played it cannot be told.
 */
export class SameDayFinder {
  readonly #seen = new Map<string, { readonly name: string; readonly player: string }>();

  /** The warning for `file` (called `name`) when an earlier file was the same day; null the first time. */
  check(name: string, file: ResultFile): string | null {
    const key = sha256Hex(new TextEncoder().encode(canonicalJson({ scenarioHash: file.scenarioHash, seed: file.seed, log: file.log })));
    const earlier = this.#seen.get(key);
    if (!earlier) {
      this.#seen.set(key, { name, player: file.player });
      return null;
    }
    const players = earlier.player === file.player ? `both by ${JSON.stringify(file.player)}` : `${JSON.stringify(earlier.player)} there, ${JSON.stringify(file.player)} here`;
    return `the same day (scenario version, seed and every action at its minute) as ${earlier.name} (${players}): one was copied from the other`;
  }
}
