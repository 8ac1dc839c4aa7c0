import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/scenario/scenario-loader';
import { scoreDay } from '../../src/scoring/score';
import { assignmentFile, assignmentLinkParams, makeAssignment } from '../../src/session/assignment';
import { describeResult, gradeResultFile } from '../../src/session/grade';
import { parseResultFile, type ResultFile, resultFile } from '../../src/session/result-file';
import { playDay, scriptedTrainee } from '../../src/trainees/play-day';
import type { TraineeName } from '../../src/trainees/trainee';

const root = join(import.meta.dirname, '..', '..');
const loaded = parseScenarioText(readFileSync(join(root, 'scenarios', 'default-morning.yaml'), 'utf8'), 'scenarios/default-morning.yaml');
if (!loaded.ok) throw new Error('the default scenario must load');
const { scenario, contentHash } = loaded;

/** A genuine result file, as `npm run sim --out` writes it (through JSON, as on disk). */
function genuine(trainee: TraineeName, seed: number): ResultFile {
  const session = playDay(scenario, scriptedTrainee(trainee, scenario, seed), { seed });
  const file = resultFile({
    appVersion: '0.1.0',
    scenarioId: scenario.id,
    scenarioHash: contentHash,
    seed,
    settings: session.settings,
    player: trainee,
    log: session.log,
    result: scoreDay(session.record()),
  });
  session.dispose();
  return JSON.parse(JSON.stringify(file)) as ResultFile;
}

function tampered(file: ResultFile, edit: (copy: Record<string, any>) => void): ResultFile {
  const copy = JSON.parse(JSON.stringify(file)) as Record<string, any>;
  edit(copy);
  return copy as ResultFile;
}

describe('verified grading', () => {
  const files: ResultFile[] = [];
  beforeAll(() => {
    for (let seed = 1; seed <= 10; seed++) files.push(genuine('expert', seed), genuine('novice', seed));
  });

  it('verifies 20 genuine result files', () => {
    expect(files).toHaveLength(20);
    for (const file of files) {
      const verdict = gradeResultFile(file, scenario, contentHash);
      expect(verdict, `${file.player} seed ${file.seed}`).toMatchObject({ verified: true });
    }
  });

  it('catches an edited score', () => {
    const file = tampered(files[1]!, (copy) => (copy.result.score.total = 100));
    const verdict = gradeResultFile(file, scenario, contentHash);
    expect(verdict).toEqual({ verified: false, kind: 'replay', reasons: [`score.total: the file says 100, the replay gives ${files[1]!.result.score.total}`], warnings: [] });
  });

  it('verifies a result from a build whose findings still carried the sources’ notes of what was checked', () => {
    const file = files.find((candidate) => candidate.result.findings.length > 0)!;
    expect(file.result.findings.every((finding) => finding.source.note === undefined)).toBe(true);
    const older = tampered(file, (copy) => {
      for (const finding of copy.result.findings) finding.source.note = 'Read on the page, as an earlier build recorded it.';
    });
    expect(gradeResultFile(older, scenario, contentHash)).toMatchObject({ verified: true });
  });

  it('catches an edited source of a finding', () => {
    const file = files.find((candidate) => candidate.result.findings.length > 0)!;
    const verdict = gradeResultFile(
      tampered(file, (copy) => (copy.result.findings[0].source.title = 'Another book')),
      scenario,
      contentHash,
    );
    expect(verdict).toMatchObject({ verified: false, kind: 'replay', reasons: [expect.stringMatching(/^findings\.0\.source\.title: the file says "Another book"/)] });
  });

  it('catches an edited pass/fail', () => {
    const file = tampered(files[1]!, (copy) => (copy.result.passed = !copy.result.passed));
    expect(gradeResultFile(file, scenario, contentHash)).toMatchObject({ verified: false, reasons: [expect.stringMatching(/^passed: the file says/)] });
  });

  it('catches a log whose entries were reordered, even with the sequence renumbered', () => {
    const file = tampered(files[0]!, (copy) => {
      [copy.log[1], copy.log[2]] = [copy.log[2], copy.log[1]];
      copy.log.forEach((entry: { seq: number }, index: number) => (entry.seq = index));
    });
    expect(gradeResultFile(file, scenario, contentHash).verified).toBe(false);
  });

  it('catches a log with an action edited to another patient', () => {
    const file = tampered(files[0]!, (copy) => (copy.log[0].patientId = 'hannah-okafor'));
    const verdict = gradeResultFile(file, scenario, contentHash);
    expect(verdict).toMatchObject({ verified: false, reasons: [expect.stringMatching(/^action 0 .* was refused on replay/)] });
  });

  it.each([
    ['time', '99:99', /time "99:99" is not a time of day/],
    ['date', '2026-02-30', /date "2026-02-30" is not a calendar date/],
  ])('refuses, with a reason and without throwing, a booking whose %s was edited to %s', (field, value, reason) => {
    const file = tampered(files[0]!, (copy) => {
      const booking = copy.log.find((entry: { action: { type: string } }) => entry.action.type === 'follow-up.booked');
      booking.action[field] = value;
    });
    const verdict = gradeResultFile(file, scenario, contentHash);
    expect(verdict).toMatchObject({ verified: false, reasons: [expect.stringMatching(/was refused on replay/)] });
    if (!verdict.verified) expect(verdict.reasons[0]).toMatch(reason);
  });

  it('catches a log with an action removed', () => {
    const file = tampered(files[0]!, (copy) => copy.log.splice(3, 1));
    expect(gradeResultFile(file, scenario, contentHash)).toMatchObject({ verified: false, reasons: ['the action log is out of order or incomplete at entry 3 (seq 4)'] });
  });

  it('catches a result played on another version of the scenario', () => {
    const verdict = gradeResultFile(files[0]!, scenario, 'f'.repeat(64));
    expect(verdict).toMatchObject({ verified: false, reasons: [expect.stringContaining('has changed since this result was played')] });
  });

  it('catches a result for another scenario', () => {
    const file = tampered(files[0]!, (copy) => (copy.scenarioId = 'flu-season'));
    expect(gradeResultFile(file, scenario, contentHash)).toEqual({ verified: false, kind: 'replay', reasons: ['the result is for scenario "flu-season", not "default-morning"'], warnings: [] });
  });

  it.each([
    ['not JSON', '{"format": "clinic-day-result",', /^not valid JSON/],
    ['another kind of file', JSON.stringify({ format: 'something-else' }), /format: not a Clinic Day result file/],
    ['a result without its log', JSON.stringify({ ...JSON.parse(JSON.stringify(genuineStub())), log: undefined }), /^log: /],
    ['a newer format version', JSON.stringify({ ...genuineStub(), formatVersion: 2 }), /formatVersion: result file version not supported/],
  ])('refuses a malformed file: %s', (_, text, problem) => {
    const read = parseResultFile(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.some((line) => problem.test(line)), read.problems.join('\n')).toBe(true);
  });
});

describe('describeResult', () => {
  const file = genuine('expert', 3);
  const locked = { ...scenario, timer: { ...scenario.timer, locked: true } };

  it('says how a day was played: player, mode, the timer with its pace and lock, app version and assignment', () => {
    expect(describeResult(file, scenario)).toEqual({ player: 'expert', mode: 'practice', timer: 'on, 10 s per clinic minute, not locked', appVersion: '0.1.0', assignment: 'none (free practice)' });
    expect(describeResult({ ...file, assignmentId: 'k3m9x-7qv2a' }, scenario)).toMatchObject({ timer: 'on, 10 s per clinic minute, set by the assignment', assignment: 'k3m9x-7qv2a' });
    expect(describeResult({ ...file, player: '', settings: { mode: 'practice', timerEnabled: false } }, locked)).toMatchObject({ player: '(no name)', timer: 'off, locked by the scenario' });
  });

  it('says only on or off when the scenario is not at hand', () => {
    expect(describeResult(file).timer).toBe('on');
  });
});

function genuineStub(): Record<string, unknown> {
  return { format: 'clinic-day-result', formatVersion: 1, appVersion: '0.1.0', scenarioId: 'x', scenarioHash: 'a'.repeat(64), seed: 1, settings: { mode: 'practice', timerEnabled: true }, player: 'p', log: [], result: { scenarioId: 'x', passed: true, score: { total: 1 } } };
}

describe('npm run grade', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clinic-grade-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints verified or MISMATCH per file and exits 0 only when all are verified', { timeout: 180_000 }, () => {
    const good = join(dir, 'good.json');
    const bad = join(dir, 'bad.json');
    const file = genuine('expert', 2);
    writeFileSync(good, JSON.stringify(file));
    writeFileSync(bad, JSON.stringify(tampered(file, (copy) => (copy.result.score.accuracy = 12))));
    const tsx = join(root, 'node_modules', '.bin', 'tsx');
    const allGood = execFileSync(tsx, ['src/cli/grade.ts', good], { cwd: root, encoding: 'utf8' });
    expect(allGood).toMatch(/good\.json: verified — expert, default-morning, seed 2: total [\d.]+/);
    expect(() => execFileSync(tsx, ['src/cli/grade.ts', good, bad], { cwd: root, encoding: 'utf8', stdio: 'pipe' })).toThrow(
      expect.objectContaining({ status: 1, stdout: expect.stringMatching(/bad\.json: MISMATCH\n\s+score\.accuracy: the file says 12/) }),
    );
  });

  it('grades against an assignment given as its file or its link, printing how each day was played', { timeout: 180_000 }, () => {
    const file = { ...genuine('expert', 2), assignmentId: 'k3m9x-7qv2a' };
    const answered = join(dir, 'answered.json');
    writeFileSync(answered, `\uFEFF${JSON.stringify(file)}`);
    const assignment = makeAssignment({ id: 'k3m9x-7qv2a', scenarioId: scenario.id, scenarioHash: contentHash, mode: 'practice', timed: true, seed: 2 });
    const assignmentPath = join(dir, 'assignment.json');
    writeFileSync(assignmentPath, JSON.stringify(assignmentFile(assignment, scenario.title, 'https://school.example/')));
    const tsx = join(root, 'node_modules', '.bin', 'tsx');
    const matching = execFileSync(tsx, ['src/cli/grade.ts', answered, '--assignment', assignmentPath], { cwd: root, encoding: 'utf8' });
    expect(matching).toMatch(/^Grading against assignment k3m9x-7qv2a: scenario "default-morning" \(content hash [0-9a-f]{12}…\), practice, timed, seed 2\n/);
    expect(matching).toMatch(/answered\.json: verified — expert, default-morning, seed 2: total [\d.]+.*\n {4}player "expert"; mode practice; timer on, 10 s per clinic minute, set by the assignment; app 0\.1\.0; assignment k3m9x-7qv2a\n/);

    const otherSeed = `https://school.example/?scenario=default-morning&${new URLSearchParams(assignmentLinkParams({ ...assignment, seed: 3 })).toString()}`;
    expect(() => execFileSync(tsx, ['src/cli/grade.ts', answered, '--assignment', otherSeed], { cwd: root, encoding: 'utf8', stdio: 'pipe' })).toThrow(
      expect.objectContaining({
        status: 1,
        stdout: expect.stringMatching(/answered\.json: MISMATCH — not played as it had to be\n {4}seed: the assignment's day is seed 3, the result was played on seed 2\n {4}the day itself replays to the result it claims\n/),
      }),
    );
    expect(() => execFileSync(tsx, ['src/cli/grade.ts', answered, '--assignment', 'no-such-assignment.json'], { cwd: root, encoding: 'utf8', stdio: 'pipe' })).toThrow(
      expect.objectContaining({ status: 2, stderr: expect.stringContaining('no such file, and not a link') }),
    );
  });
});
