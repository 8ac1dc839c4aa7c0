import { describe, expect, it } from 'vitest';
import { csvCell, resultsCsv, type ResultRow, xapiStatement } from '../../src/session/export';
import type { ResultFile } from '../../src/session/result-file';

const row: ResultRow = {
  playedAt: '2026-11-25T09:00:00Z',
  player: 'Ana "Ace" Ruiz',
  scenarioId: 'default-morning',
  seed: 3,
  mode: 'assessment',
  timerEnabled: true,
  appVersion: '0.1.0',
  assignmentId: 'k3m9x-7qv2a',
  total: 88.5,
  accuracy: 90,
  throughput: 85,
  passed: true,
  criticalFindings: 0,
  findings: ['08:05 intake.copay: forgot the copay', '09:10 vitals.abnormal-flag: missed 150/95'],
  verified: true,
};

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['has, comma', '"has, comma"'],
    ['has "quotes"', '"has ""quotes"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    [42, '42'],
    [-3, '-3'],
    [null, ''],
  ] as const)('writes %j as %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('resultsCsv', () => {
  it('writes a header and one row per result, findings joined', () => {
    expect(resultsCsv([row]).split('\r\n')).toEqual([
      'played at,player,scenario,seed,mode,timer,app version,assignment,total,accuracy,throughput,passed,critical findings,findings,verified',
      '2026-11-25T09:00:00Z,"Ana ""Ace"" Ruiz",default-morning,3,assessment,on,0.1.0,k3m9x-7qv2a,88.5,90,85,yes,0,08:05 intake.copay: forgot the copay | 09:10 vitals.abnormal-flag: missed 150/95,yes',
      '',
    ]);
  });
});

describe('xapiStatement', () => {
  it('says passed or failed with the scaled score, and carries what a grader needs to verify it', () => {
    const file = {
      appVersion: '0.1.0',
      scenarioId: 'default-morning',
      scenarioHash: 'ab'.repeat(32),
      seed: 3,
      settings: { mode: 'assessment', timerEnabled: true },
      result: { passed: false, score: { total: 64.5, accuracy: 60, throughput: 75 }, findings: [{ severity: 'critical' }] },
    } as unknown as ResultFile;
    const statement = xapiStatement(file, { activityBase: 'https://school.example/clinic-day/', actor: { name: 'Ana Ruiz', mbox: 'mailto:ana@school.example' } });
    expect(statement).toMatchObject({
      actor: { objectType: 'Agent', name: 'Ana Ruiz', mbox: 'mailto:ana@school.example' },
      verb: { id: 'http://adlnet.gov/expapi/verbs/failed' },
      object: { id: 'https://school.example/clinic-day/scenarios/default-morning' },
      result: { score: { scaled: 0.645, raw: 64.5, min: 0, max: 100 }, success: false, completion: true },
    });
    expect(JSON.stringify(statement)).toContain('"https://school.example/clinic-day/xapi/critical-findings":1');
  });
});
