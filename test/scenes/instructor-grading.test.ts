import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/scenario/scenario-loader';
import { scoreDay } from '../../src/scoring/score';
import { resultFile, type ResultFile } from '../../src/session/result-file';
import { playDay, scriptedTrainee } from '../../src/trainees/play-day';
import { gradeBatch, gradedCsv, isAssignmentFile, isScenarioFile, type GradeScenarios } from '../../scenes/instructor/grade-batch';
import { bundledScenarioLink, compressToBase64Url, customScenarioLink, decompressFromBase64Url, readLink } from '../../scenes/instructor/scenario-link';
import { assignmentFile, makeAssignment } from '../../src/session/assignment';
import { launchFromAddress } from '../../scenes/instructor/assignment-launch';
import type { ClinicApp } from '../../scenes/clinic-app';
import { customScenarioKey, type DayScenario } from '../../scenes/persistence/saved-day';

const firstDayText = readFileSync(join(import.meta.dirname, '../../scenarios/first-day.yaml'), 'utf8');
const customText = firstDayText.replace(/^id: first-day$/m, 'id: cedar-hollow-week-two');

function read(text: string, fileName: string): DayScenario | { problems: string[] } {
  const loaded = parseScenarioText(text, fileName);
  if (!loaded.ok) return { problems: loaded.problems.map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.message}`) };
  return { key: customScenarioKey(loaded.scenario.id), scenario: loaded.scenario, contentHash: loaded.contentHash, customSource: text };
}

const bundledFirstDay = read(firstDayText, 'scenarios/first-day.yaml') as DayScenario;
const scenarios: GradeScenarios = {
  bundled: (id) => (id === 'first-day' ? { ...bundledFirstDay, key: 'first-day', customSource: null } : undefined),
  custom: async (text, fileName) => read(text, fileName),
};

function played(day: DayScenario, trainee: 'expert' | 'novice', seed: number): ResultFile {
  const session = playDay(day.scenario, scriptedTrainee(trainee, day.scenario, seed), { seed });
  return resultFile({
    appVersion: '0.1.0',
    scenarioId: day.scenario.id,
    scenarioHash: day.contentHash,
    seed,
    settings: session.settings,
    player: `${trainee} ${seed}`,
    log: session.log,
    result: scoreDay(session.record()),
  });
}

const genuine = played(bundledFirstDay, 'expert', 4);
const text = (file: unknown) => `${JSON.stringify(file, null, 2)}\n`;

describe('Grading on the instructor page', () => {
  it('verifies genuine result files and catches an edited score, an edited log and a malformed file', async () => {
    const edited = structuredClone(genuine) as { result: { score: { total: number } } };
    edited.result.score.total = 100;
    const reordered = structuredClone(genuine) as unknown as { log: unknown[] };
    reordered.log = [reordered.log[1], reordered.log[0], ...reordered.log.slice(2)];
    const batch = await gradeBatch(
      [
        { name: 'expert.json', text: text(genuine) },
        { name: 'novice.json', text: text(played(bundledFirstDay, 'novice', 9)) },
        { name: 'edited-score.json', text: text(edited) },
        { name: 'reordered.json', text: text(reordered) },
        { name: 'notes.json', text: '{"hello": ' },
      ],
      scenarios,
    );
    expect(batch.rows.map((row) => [row.fileName, row.status])).toEqual([
      ['expert.json', 'verified'],
      ['novice.json', 'verified'],
      ['edited-score.json', 'mismatch'],
      ['reordered.json', 'mismatch'],
      ['notes.json', 'unreadable'],
    ]);
    const editedRow = batch.rows[2]!;
    if (editedRow.status === 'mismatch') expect(editedRow.reasons).toContain(`score.total: the file says 100, the replay gives ${genuine.result.score.total}`);
    const reorderedRow = batch.rows[3]!;
    if (reorderedRow.status === 'mismatch') expect(reorderedRow.reasons[0]).toMatch(/out of order/);
  });

  it('grades a custom scenario result against the scenario file dropped alongside, and says so when it is missing', async () => {
    const custom = read(customText, 'week-two.yaml') as DayScenario;
    const file = played(custom, 'expert', 2);
    const without = await gradeBatch([{ name: 'week-two-result.json', text: text(file) }], scenarios);
    expect(without.rows[0]).toMatchObject({ status: 'mismatch', reasons: [expect.stringContaining('drop its scenario file together with the result')] });
    const withScenario = await gradeBatch(
      [
        { name: 'week-two-result.json', text: text(file) },
        { name: 'week-two.yaml', text: customText },
      ],
      scenarios,
    );
    expect(withScenario.scenarios).toMatchObject([{ fileName: 'week-two.yaml', ok: true }]);
    expect(withScenario.rows[0]).toMatchObject({ status: 'verified' });
  });

  it('flags a result played on another version of the scenario', async () => {
    const changedText = customText.replace(/^title: (.*)$/m, 'title: $1 (revised)');
    const file = played(read(customText, 'week-two.yaml') as DayScenario, 'expert', 2);
    const batch = await gradeBatch(
      [
        { name: 'result.json', text: text(file) },
        { name: 'week-two-revised.yaml', text: changedText },
      ],
      scenarios,
    );
    expect(batch.rows[0]).toMatchObject({ status: 'mismatch', reasons: [expect.stringMatching(/has changed since this result was played/)] });
  });

  it('exports the table as CSV with a verified column', async () => {
    const edited = structuredClone(genuine) as { result: { passed: boolean } };
    edited.result.passed = !genuine.result.passed;
    const batch = await gradeBatch(
      [
        { name: 'a.json', text: text(genuine) },
        { name: 'b.json', text: text(edited) },
      ],
      scenarios,
    );
    const lines = gradedCsv(batch.rows).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]!.endsWith(',verified')).toBe(true);
    expect(lines[1]!.endsWith(',yes')).toBe(true);
    expect(lines[2]!.endsWith(',no')).toBe(true);
  });

  describe('against an assignment', () => {
    const assignment = makeAssignment({ id: 'k3m9x-7qv2a', scenarioId: 'first-day', scenarioHash: bundledFirstDay.contentHash, mode: 'practice', timed: false, seed: 4 });
    const answered = { ...genuine, assignmentId: assignment.id };
    const otherSeed = { ...played(bundledFirstDay, 'expert', 6), assignmentId: assignment.id };
    const assignmentText = text(assignmentFile(assignment, 'First day', bundledScenarioLink('https://school.example/', 'first-day', assignment)));

    it('uses an assignment file dropped with the results, and flags the result on another seed as a settings mismatch', async () => {
      const batch = await gradeBatch(
        [
          { name: 'assignment.json', text: assignmentText },
          { name: 'answered.json', text: text(answered) },
          { name: 'other-seed.json', text: text(otherSeed) },
        ],
        scenarios,
        undefined,
        { appVersion: '0.1.0' },
      );
      expect(batch.assignment).toEqual({ ok: true, assignment, from: 'assignment.json' });
      expect(batch.rows.map((row) => [row.fileName, row.status, row.status === 'mismatch' ? row.kind : null])).toEqual([
        ['answered.json', 'verified', null],
        ['other-seed.json', 'mismatch', 'settings'],
      ]);
      expect(batch.rows[1]).toMatchObject({ reasons: ["seed: the assignment's day is seed 4, the result was played on seed 6", 'the day itself replays to the result it claims'] });
      const csv = gradedCsv(batch.rows).trimEnd().split('\r\n');
      expect(csv[1]).toContain(',practice,off,0.1.0,k3m9x-7qv2a,');
    });

    it('prefers the pasted assignment, and grades without one (saying why) when it is broken or when two files are dropped', async () => {
      const pasted = await gradeBatch([{ name: 'answered.json', text: text(answered) }], scenarios, undefined, {
        assignment: { ok: true, assignment: { ...assignment, id: 'zzzzz-00000' }, from: 'the pasted link' },
      });
      expect(pasted.rows[0]).toMatchObject({ status: 'mismatch', kind: 'settings', reasons: [expect.stringContaining('answers assignment "k3m9x-7qv2a", not "zzzzz-00000"'), expect.any(String)] });
      const two = await gradeBatch(
        [
          { name: 'a1.json', text: assignmentText },
          { name: 'a2.json', text: assignmentText },
          { name: 'answered.json', text: text(answered) },
        ],
        scenarios,
      );
      expect(two.assignment).toEqual({ ok: false, from: 'a1.json, a2.json', problems: ['more than one assignment file: grade one assignment at a time'] });
      expect(two.rows.map((row) => row.status)).toEqual(['verified']);
    });

    it('warns of the same day handed in twice under two names', async () => {
      const batch = await gradeBatch(
        [
          { name: 'answered.json', text: text(answered) },
          { name: 'copy.json', text: text({ ...answered, player: 'Ben Okafor' }) },
        ],
        scenarios,
      );
      expect(batch.rows.map((row) => (row.status === 'unreadable' ? [] : row.warnings))).toEqual([[], [expect.stringMatching(/^the same day .* as answered\.json \("expert 4" there, "Ben Okafor" here\)/)]]);
    });

    it('warns of a result made by another version of the game, and still verifies it', async () => {
      const batch = await gradeBatch([{ name: 'answered.json', text: text({ ...answered, appVersion: '0.0.9' }) }], scenarios, undefined, { appVersion: '0.1.0' });
      expect(batch.rows[0]).toMatchObject({ status: 'verified', warnings: [expect.stringContaining('"0.0.9" (older than this grader)')] });
    });
  });

  it('tells scenario files from result files', () => {
    expect(isAssignmentFile({ name: 'a.json', text: JSON.stringify({ format: 'clinic-day-assignment' }) })).toBe(true);
    expect(isAssignmentFile({ name: 'a.json', text: text(genuine) })).toBe(false);
    expect(isScenarioFile({ name: 'a.json', text: JSON.stringify({ format: 'clinic-day-assignment', schemaVersion: 1 }) })).toBe(false);
    expect(isScenarioFile({ name: 'a.yaml', text: '' })).toBe(true);
    expect(isScenarioFile({ name: 'a.json', text: JSON.stringify({ schemaVersion: 1, id: 'x' }) })).toBe(true);
    expect(isScenarioFile({ name: 'a.json', text: text(genuine) })).toBe(false);
    expect(isScenarioFile({ name: 'a.json', text: 'not json' })).toBe(false);
  });
});

describe('An assignment link', () => {
  it('carries a custom scenario in its fragment and gives back the same text', async () => {
    const link = await customScenarioLink('https://school.example/clinic/index.html?x=1#old', customText);
    const url = new URL(link);
    expect(url.search).toBe('');
    const request = readLink(link);
    expect(request.customPayload).not.toBeNull();
    expect(request.customPayload!).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(request.customPayload!.length).toBeLessThan(customText.length);
    expect(await decompressFromBase64Url(request.customPayload!)).toBe(customText);
  });

  it('carries an assignment beside the scenario, in the query or in the fragment', async () => {
    const assignment = makeAssignment({ id: 'k3m9x-7qv2a', scenarioId: 'first-day', scenarioHash: 'ab'.repeat(32), mode: 'assessment', timed: true, seed: 77 });
    expect(readLink(bundledScenarioLink('https://school.example/', 'first-day', assignment))).toMatchObject({ bundledId: 'first-day', assignment: { ok: true, assignment } });
    const custom = readLink(await customScenarioLink('https://school.example/', customText, assignment));
    expect(custom.assignment).toEqual({ ok: true, assignment });
    expect(await decompressFromBase64Url(custom.customPayload!)).toBe(customText);
  });

  describe('opened by a trainee', () => {
    const app = { loadDay: async (id: string) => scenarios.bundled(id) } as unknown as ClinicApp;
    const assignment = makeAssignment({ id: 'k3m9x-7qv2a', scenarioId: 'first-day', scenarioHash: bundledFirstDay.contentHash, mode: 'assessment', timed: true, seed: 77 });

    it('plays the scenario as the assignment it carries', async () => {
      expect(await launchFromAddress(app, bundledScenarioLink('https://school.example/', 'first-day', assignment))).toEqual({ kind: 'play', key: 'first-day', assignment });
    });

    it('stays on the title, saying why, when the assignment was made for another version of the scenario', async () => {
      const launch = await launchFromAddress(app, bundledScenarioLink('https://school.example/', 'first-day', { ...assignment, scenarioHash: 'f'.repeat(64) }));
      expect(launch).toMatchObject({ kind: 'title', message: expect.stringMatching(/^The assignment k3m9x-7qv2a was made for another version of ".+" than this one/) });
    });

    it('stays on the title with the located problem when the assignment in the link is damaged', async () => {
      const link = bundledScenarioLink('https://school.example/', 'first-day', assignment).replace('seed=77', 'seed=seventy');
      expect(await launchFromAddress(app, link)).toEqual({
        kind: 'title',
        message: 'The assignment in the link is not valid: was the link copied in full?',
        problems: [expect.stringMatching(/^the link's "seed" parameter: /)],
      });
    });
  });

  it('names a bundled scenario and the instructor page in the query', () => {
    expect(readLink('https://school.example/?scenario=first-day')).toEqual({ bundledId: 'first-day', customPayload: null, instructor: false, assignment: null });
    expect(readLink('https://school.example/?instructor').instructor).toBe(true);
  });

  it('refuses a damaged or oversized payload with a readable message', async () => {
    await expect(decompressFromBase64Url('not base64!')).rejects.toThrow('not valid base64url');
    const payload = await compressToBase64Url(customText);
    // Cut at a whole base64 quantum (a multiple of 4 characters): the half of an odd length reads as bad base64, not as a damaged stream.
    await expect(decompressFromBase64Url(payload.slice(0, Math.floor(payload.length / 8) * 4))).rejects.toThrow(/damaged|does not decompress/);
    const bomb = await compressToBase64Url('a'.repeat(3 * 1024 * 1024));
    await expect(decompressFromBase64Url(bomb)).rejects.toThrow('expands beyond 1 MB');
  });
});
