/**
 * The tampering table: each kind of edit and forgery that `grade` can catch, made on a real
 * result file (the scripted expert's day of a bundled, locked assessment scenario, played as
 * an assignment), and the verdict `grade` gives it — one row each. Then the forgeries it
 * cannot catch, pinned so the README's "What grading proves" stays true.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/scenario/scenario-loader';
import { scoreDay } from '../../src/scoring/score';
import { type Assignment, makeAssignment } from '../../src/session/assignment';
import { gradeResultFile, SameDayFinder } from '../../src/session/grade';
import { parseResultFile, type ResultFile, resultFile } from '../../src/session/result-file';
import type { SessionSettings } from '../../src/session/session';
import { playDay, scriptedTrainee } from '../../src/trainees/play-day';
import type { TraineeName } from '../../src/trainees/trainee';

const loaded = parseScenarioText(readFileSync(join(import.meta.dirname, '../../scenarios/externship-checkoff.yaml'), 'utf8'), 'externship-checkoff.yaml');
if (!loaded.ok) throw new Error('scenarios/externship-checkoff.yaml must load');
const { scenario, contentHash } = loaded;
const BUILD_VERSION = '0.1.0';
const SEED = 11;

const assignment: Assignment = makeAssignment({ id: 'k3m9x-7qv2a', scenarioId: scenario.id, scenarioHash: contentHash, mode: 'assessment', timed: true, seed: SEED });

/** A result file as the game writes it for a day played from the assignment's link (through JSON, as on disk). */
function played(trainee: TraineeName, seed: number, settings?: SessionSettings, assignmentId: string | undefined = assignment.id): Record<string, any> {
  const session = playDay(scenario, scriptedTrainee(trainee, scenario, seed), { seed, settings });
  const file = resultFile({
    appVersion: BUILD_VERSION,
    scenarioId: scenario.id,
    scenarioHash: contentHash,
    seed,
    settings: session.settings,
    player: 'Ana Ruiz',
    ...(assignmentId === undefined ? {} : { assignmentId }),
    log: session.log,
    result: scoreDay(session.record()),
  });
  session.dispose();
  return JSON.parse(JSON.stringify(file)) as Record<string, any>;
}

const expert = played('expert', SEED);
const novice = played('novice', SEED);
const otherSeed = played('expert', SEED + 1);
const untimedPractice = played('expert', SEED, { mode: 'practice', timerEnabled: false });

/** The verdict `grade` gives a result file's text, graded against the assignment, in a word or two. */
function verdictOn(text: string): { verdict: string; reasons: readonly string[] } {
  const read = parseResultFile(text);
  if (!read.ok) return { verdict: 'unreadable', reasons: read.problems };
  const graded = gradeResultFile(read.file as ResultFile, scenario, contentHash, { assignment, appVersion: BUILD_VERSION });
  if (graded.verified) return { verdict: graded.warnings.length > 0 ? 'verified, with a warning' : 'verified', reasons: graded.warnings };
  return { verdict: `MISMATCH (${graded.kind})`, reasons: graded.reasons };
}

function edited(base: Record<string, any>, edit: (copy: Record<string, any>) => void): string {
  const copy = structuredClone(base);
  edit(copy);
  return JSON.stringify(copy, null, 2);
}

/** Relabels a file's mode and timer everywhere they are written (the file's settings and its result's). */
function relabel(copy: Record<string, any>, settings: SessionSettings): void {
  copy.settings = { ...settings };
  copy.result.settings = { ...settings };
}

const genuineText = JSON.stringify(expert, null, 2);

describe('the tampering table', () => {
  it('starts from honest files: the expert verifies with no finding, the novice with some', () => {
    expect(verdictOn(genuineText)).toEqual({ verdict: 'verified', reasons: [] });
    expect(verdictOn(JSON.stringify(novice)).verdict).toBe('verified');
    expect(novice.result.findings.length).toBeGreaterThan(0);
  });

  it.each<[string, string, RegExp, () => string]>([
    ['the genuine file, saved with a UTF-8 byte-order mark', 'verified', /^$/, () => `\uFEFF${genuineText}`],
    ['the score edited', 'MISMATCH (replay)', /^score\.total: the file says/, () => edited(expert, (copy) => (copy.result.score.total = 100 - copy.result.score.total / 2))],
    ['pass/fail edited', 'MISMATCH (replay)', /^passed: the file says/, () => edited(novice, (copy) => (copy.result.passed = !copy.result.passed))],
    ['dayMinutes edited (one more minute than the day had)', 'MISMATCH (replay)', /^stats\.dayMinutes: the file says/, () => edited(expert, (copy) => (copy.result.stats.dayMinutes += 1))],
    ['a finding deleted', 'MISMATCH (replay)', /^findings: the file lists \d+ entries, the replay gives \d+/, () => edited(novice, (copy) => copy.result.findings.shift())],
    ['a finding rewritten to minor', 'MISMATCH (replay)', /findings\.0\.severity: the file says "minor"/, () => edited(novice, (copy) => (copy.result.findings[0].severity = 'minor'))],
    ['an action removed from the log', 'MISMATCH (replay)', /^the action log is out of order or incomplete at entry 5/, () => edited(expert, (copy) => copy.log.splice(5, 1))],
    ['the seed edited to the assignment’s on another seed’s day', 'MISMATCH (replay)', /the file says|refused on replay/, () => edited(otherSeed, (copy) => (copy.seed = SEED))],
    ['the scenario hash edited (played on an edited copy of the scenario)', 'MISMATCH (replay)', /has changed since this result was played/, () => edited(expert, (copy) => (copy.scenarioHash = 'f'.repeat(64)))],
    ['the scenario id edited', 'MISMATCH (replay)', /the assignment is scenario "externship-checkoff"/, () => edited(expert, (copy) => (copy.scenarioId = 'default-morning'))],
    ['the file’s settings relabelled without its result’s', 'MISMATCH (replay)', /^settings\.mode: the file says "practice", the replay gives "assessment"/, () => edited(untimedPractice, (copy) => (copy.settings = { mode: 'assessment', timerEnabled: true }))],
    ['mode and timer relabelled to untimed practice everywhere', 'MISMATCH (settings)', /locks the day to assessment, timed, but the result says untimed practice/, () => edited(expert, (copy) => relabel(copy, { mode: 'practice', timerEnabled: false }))],
    ['assessment relabelled as untimed (never played so)', 'MISMATCH (settings)', /assessment is always timed/, () => edited(expert, (copy) => relabel(copy, { mode: 'assessment', timerEnabled: false }))],
    ['played honestly as untimed practice (a changed game) and handed in so', 'MISMATCH (settings)', /locks the day to assessment, timed/, () => JSON.stringify(untimedPractice)],
    ['another assignment’s id', 'MISMATCH (settings)', /^assignment: the result answers assignment "zzzzz-00000", not "k3m9x-7qv2a"/, () => edited(expert, (copy) => (copy.assignmentId = 'zzzzz-00000'))],
    ['no assignment id (free practice handed in)', 'MISMATCH (settings)', /answers no assignment \(free practice\)/, () => edited(expert, (copy) => delete copy.assignmentId)],
    ['a genuine day on another seed than the assignment’s', 'MISMATCH (settings)', /^seed: the assignment's day is seed 11, the result was played on seed 12/, () => JSON.stringify(otherSeed)],
    ['an extra field inside an action', 'unreadable', /^log\.0\.action/, () => edited(expert, (copy) => (copy.log[0].action.note = 'ok'))],
    ['an extra field on a log entry', 'unreadable', /^log\.0: /, () => edited(expert, (copy) => (copy.log[0].realSeconds = 3))],
    ['an extra field in the file', 'unreadable', /^\(file\): /, () => edited(expert, (copy) => (copy.verifiedBy = 'instructor'))],
    ['an assignment id that is not one', 'unreadable', /^assignmentId: expected an assignment id/, () => edited(expert, (copy) => (copy.assignmentId = 'ASSIGNED'))],
    ['an unknown build of this version', 'verified, with a warning', /made by version "0\.1\.0-patched" \(another build of the same version\)/, () => edited(expert, (copy) => (copy.appVersion = '0.1.0-patched'))],
    ['a newer app version', 'verified, with a warning', /made by version "9\.9\.9" \(newer than this grader\), this grader is version "0\.1\.0"/, () => edited(expert, (copy) => (copy.appVersion = '9.9.9'))],
    ['an app version that is not a version', 'verified, with a warning', /"trust me" \(which is not a version of the game\)/, () => edited(expert, (copy) => (copy.appVersion = 'trust me'))],
    ['an older app version', 'verified, with a warning', /"0\.0\.9" \(older than this grader\)/, () => edited(expert, (copy) => (copy.appVersion = '0.0.9'))],
    ['the file truncated', 'unreadable', /^not valid JSON/, () => genuineText.slice(0, genuineText.length / 2)],
    ['the file empty', 'unreadable', /^not valid JSON/, () => ''],
  ])('%s → %s', (_, verdict, reason, make) => {
    const graded = verdictOn(make());
    expect(graded.verdict, graded.reasons.join('\n')).toBe(verdict);
    if (reason.source === '^$') expect(graded.reasons).toEqual([]);
    else expect(graded.reasons.some((line) => reason.test(line)), graded.reasons.join('\n')).toBe(true);
  });

  it('says, for a day that replays but was not played as assigned, that the day itself replays', () => {
    expect(verdictOn(JSON.stringify(otherSeed)).reasons.at(-1)).toBe('the day itself replays to the result it claims');
  });
});

describe('what grading cannot catch (the README says so)', () => {
  it('verifies the expert’s own day with a trainee’s name on it: a name is not an identity', () => {
    expect(verdictOn(edited(expert, (copy) => (copy.player = 'Ben Okafor'))).verdict).toBe('verified');
  });

  it('warns, though, when the renamed copy is graded together with the day it was copied from', () => {
    const finder = new SameDayFinder();
    expect(finder.check('ana.json', expert as ResultFile)).toBeNull();
    expect(finder.check('novice.json', novice as ResultFile)).toBeNull();
    expect(finder.check('ben.json', { ...expert, player: 'Ben Okafor' } as ResultFile)).toBe(
      'the same day (scenario version, seed and every action at its minute) as ana.json ("Ana Ruiz" there, "Ben Okafor" here): one was copied from the other',
    );
  });

  it('verifies a day played as untimed practice and relabelled consistently as the assigned assessment: mode and timer leave no trace in the log', () => {
    expect(verdictOn(edited(untimedPractice, (copy) => relabel(copy, assignment.settings))).verdict).toBe('verified');
  });
});
