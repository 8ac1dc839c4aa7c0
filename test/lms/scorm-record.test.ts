import { describe, expect, it } from 'vitest';
import { finishedDayValues, findingInteractions, MAX_INTERACTIONS, scorm12Timespan, scorm2004Duration, scormScore, suspendedDayValues } from '../../src/lms/scorm-record';
import { scoreDay } from '../../src/scoring/score';
import { playDay, scriptedTrainee } from '../../src/trainees/play-day';
import { bundledLibrary } from '../support/bundled-library';

const scenario = bundledLibrary().find((candidate) => candidate.id === 'first-day')!;
const novice = scoreDay(playDay(scenario, scriptedTrainee('novice', scenario, 7), { seed: 7 }).record());

describe('scormRecord', () => {
  it("writes a session's time as SCORM 1.2's HHHH:MM:SS.SS and as 2004's ISO 8601 duration", () => {
    expect(scorm12Timespan(0)).toBe('00:00:00.00');
    expect(scorm12Timespan(3_723_450)).toBe('01:02:03.45');
    expect(scorm2004Duration(3_723_450)).toBe('PT1H2M3.45S');
    expect(scorm2004Duration(42_000)).toBe('PT42S');
  });

  it('scales the day\'s total of 100 to the range -1 to 1 and keeps it raw beside', () => {
    const score = scormScore(novice);
    expect(Number(score.raw)).toBe(novice.score.total);
    expect(Number(score.scaled)).toBeCloseTo(novice.score.total / 100, 4);
  });

  it('gives each finding an interaction naming its rule, competency and severity, marked incorrect', () => {
    expect(novice.findings.length).toBeGreaterThan(0);
    const values = new Map(findingInteractions(novice, 3));
    const first = novice.findings[0]!;
    expect(values.get('cmi.interactions.3.id')).toContain(first.ruleId);
    expect(values.get('cmi.interactions.3.objectives.0.id')).toContain(first.competency);
    expect(values.get('cmi.interactions.3.description')).toMatch(new RegExp(`^${first.severity} \\(${first.competency}\\)`));
    expect(values.get('cmi.interactions.3.result')).toBe('incorrect');
    for (const [element, value] of values) if (element.endsWith('.description')) expect(value.length).toBeLessThanOrEqual(250);
    expect(findingInteractions(novice, MAX_INTERACTIONS)).toEqual([]);
  });

  it("reports a finished day as the day's own verdict, with no day left suspended", () => {
    const v12 = new Map(finishedDayValues('1.2', novice, 1000, 0));
    expect(v12.get('cmi.core.lesson_status')).toBe(novice.passed ? 'passed' : 'failed');
    expect(v12.get('cmi.suspend_data')).toBe('');
    const v2004 = new Map(finishedDayValues('2004', novice, 1000, 0));
    expect(v2004.get('cmi.completion_status')).toBe('completed');
    expect(v2004.get('cmi.success_status')).toBe(novice.passed ? 'passed' : 'failed');
    expect(v2004.get('cmi.exit')).toBe('normal');
  });

  it('keeps a day in progress as incomplete and suspended', () => {
    expect(new Map(suspendedDayValues('1.2', 'cd1.x', 5000)).get('cmi.core.exit')).toBe('suspend');
    expect(new Map(suspendedDayValues('2004', 'cd1.x', 5000)).get('cmi.completion_status')).toBe('incomplete');
  });
});
