import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/scenario/scenario-loader';
import { scoreDay } from '../../src/scoring/score';
import { gradeResultFile } from '../../src/session/grade';
import { parseResultFile, type ResultFile, resultFile } from '../../src/session/result-file';
import { playDay, scriptedTrainee } from '../../src/trainees/play-day';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const out = mkdtempSync(join(tmpdir(), 'clinic-result-file-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const loaded = parseScenarioText(readFileSync(join(root, 'scenarios', 'default-morning.yaml'), 'utf8'), 'scenarios/default-morning.yaml');
if (!loaded.ok) throw new Error('the default scenario must load');
const { scenario, contentHash } = loaded;

/** A genuine result file of the expert's day, as plain JSON data. */
const genuine: Record<string, any> = (() => {
  const session = playDay(scenario, scriptedTrainee('expert', scenario, 1), { seed: 1 });
  const file = resultFile({ appVersion: '0.1.0', scenarioId: scenario.id, scenarioHash: contentHash, seed: 1, settings: session.settings, player: 'expert', log: session.log, result: scoreDay(session.record()) });
  session.dispose();
  return JSON.parse(JSON.stringify(file)) as Record<string, any>;
})();

/** The index of the first logged action of `type`. */
function indexOf(type: string): number {
  const index = (genuine.log as { action: { type: string } }[]).findIndex((entry) => entry.action.type === type);
  if (index < 0) throw new Error(`the expert's day has no ${type}`);
  return index;
}

/** The genuine file's text with one logged action's field set to `valueText`, written as raw JSON (so `1e999` is read as Infinity). */
function fileTextWith(index: number, field: string[], valueText: string): string {
  const marker = '"__the edited value__"';
  const copy = JSON.parse(JSON.stringify(genuine)) as Record<string, any>;
  let target = copy.log[index].action;
  for (const key of field.slice(0, -1)) target = target[key];
  target[field.at(-1)!] = '__the edited value__';
  return JSON.stringify(copy).replace(marker, valueText);
}

const NINES = '9'.repeat(400);

const spoiledFiles: [string, string, string[], string, RegExp][] = [
  ['a chief complaint of 12', 'chief-complaint.recorded', ['text'], '12', /^log\.(\d+)\.action\.text: 12 is not text \(chief-complaint\.recorded\)$/],
  ['a systolic of 400 nines', 'vitals.recorded', ['values', 'systolicMmHg'], NINES, /^log\.(\d+)\.action\.values\.systolicMmHg: Infinity is not a finite number \(vitals\.recorded\)$/],
  ['a temperature no thermometer shows', 'vitals.recorded', ['values', 'temperatureC'], '400', /^log\.(\d+)\.action\.values\.temperatureC: 400 is more than 46 \(vitals\.recorded\)$/],
  ['an extra field', 'hands.cleaned', ['by'], '"me"', /^log\.(\d+)\.action\.by: is not a field of hands\.cleaned$/],
  ['an action type named __proto__', 'hands.cleaned', ['type'], '"__proto__"', /^log\.(\d+)\.action\.type: "__proto__" is not an action the game knows$/],
  ['an action type named constructor', 'patient.greeted', ['type'], '"constructor"', /^log\.(\d+)\.action\.type: "constructor" is not an action the game knows$/],
  ['an action type named toString', 'claim.submitted', ['type'], '"toString"', /^log\.(\d+)\.action\.type: "toString" is not an action the game knows$/],
  ['a booking on 30 February', 'follow-up.booked', ['date'], '"2026-02-30"', /^log\.(\d+)\.action\.date: "2026-02-30" is not a calendar date \(YYYY-MM-DD\) \(follow-up\.booked\)$/],
];

describe('a result file carrying an ill-formed action', () => {
  it('is read as valid when nothing is edited', () => {
    expect(parseResultFile(JSON.stringify(genuine)).ok).toBe(true);
  });

  it.each(spoiledFiles)('is reported invalid at the action\'s index and field: %s', (_, type, field, valueText, problem) => {
    const index = indexOf(type);
    const read = parseResultFile(fileTextWith(index, field, valueText));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatch(problem);
    expect(problem.exec(read.problems[0]!)![1]).toBe(String(index));
  });

  it('is refused on replay, not thrown, when it reaches the grader without being read from text', () => {
    const file = JSON.parse(JSON.stringify(genuine)) as Record<string, any>;
    file.log[indexOf('chief-complaint.recorded')].action.text = 12;
    const verdict = gradeResultFile(file as ResultFile, scenario, contentHash);
    expect(verdict).toMatchObject({ verified: false, reasons: [expect.stringMatching(/was refused on replay: chief-complaint\.recorded: text 12 is not text\.$/)] });
  });

  it.each(['__proto__', 'constructor', 'toString'])('is refused on replay when an action is for patient %s', (id) => {
    const file = JSON.parse(JSON.stringify(genuine)) as Record<string, any>;
    file.log[0].patientId = id;
    expect(gradeResultFile(file as ResultFile, scenario, contentHash)).toMatchObject({ verified: false, reasons: [expect.stringContaining(`There is no patient "${id}" today.`)] });
  });

  it('makes `npm run grade` report each file invalid with the located problem, exit 1, and never die with an uncaught exception', { timeout: 120_000 }, () => {
    const paths = spoiledFiles.map(([, type, field, valueText], n) => {
      const path = join(out, `spoiled-${n}.json`);
      writeFileSync(path, fileTextWith(indexOf(type), field, valueText));
      return path;
    });
    const good = join(out, 'good.json');
    writeFileSync(good, JSON.stringify(genuine));
    const run = spawnSync(tsx, ['src/cli/grade.ts', good, ...paths], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${good}: verified`);
    for (const [n, [, type, , , problem]] of spoiledFiles.entries()) {
      const lines = run.stdout.split('\n');
      const at = lines.indexOf(`${paths[n]}: MISMATCH — not a valid result file:`);
      expect(at, `${type}: ${run.stdout}`).toBeGreaterThanOrEqual(0);
      expect(lines[at + 1]!.trim()).toMatch(problem);
    }
    expect(run.stdout).toContain(`1 of ${paths.length + 1} result files verified`);
    // And the genuine file alone still verifies.
    expect(execFileSync(tsx, ['src/cli/grade.ts', good], { cwd: root, encoding: 'utf8' })).toContain('1 of 1 result files verified');
  });
});
