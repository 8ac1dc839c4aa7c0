import validateStatement from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import { CMI5, finishedDayStatements, initializedStatement, isoDuration, reportedPassed, terminatedStatement, XAPI_VERBS, xapiScore, type XapiSession, type XapiStatement } from '../../src/lms/xapi-statements';
import { scoreDay, type DayResult } from '../../src/scoring/score';
import { playDay, scriptedTrainee } from '../../src/trainees/play-day';
import { bundledLibrary } from '../support/bundled-library';

const library = bundledLibrary();
const firstDay = library.find((candidate) => candidate.id === 'first-day')!;
const defaultMorning = library.find((candidate) => candidate.id === 'default-morning')!;
const novice = scoreDay(playDay(firstDay, scriptedTrainee('novice', firstDay, 7), { seed: 7 }).record());

/** UUIDs numbered in order, so a test can tell statements apart. */
function stamp(timestamp = '2026-12-06T10:00:00.000Z'): { newId: () => string; timestamp: string } {
  let next = 0;
  return { newId: () => `00000000-0000-4000-8000-${String(++next).padStart(12, '0')}`, timestamp };
}

const actor = { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'trainee-42' } } as const;
const registration = '6f1f3c9e-1d3b-4c4e-9a57-0d7c1c1c2b11';
const publisherGrouping = { id: 'https://clinic-day.invalid/course/first-day/au' };

function cmi5Session(masteryScore: number | null, launchMode: 'Normal' | 'Browse' | 'Review' = 'Normal'): XapiSession {
  return {
    actor,
    activityId: 'https://lms.example.org/au/17',
    registration,
    contextTemplate: { contextActivities: { grouping: [publisherGrouping] }, extensions: { [CMI5.sessionId]: 'session-1' } },
    cmi5: { launchMode, masteryScore },
  };
}

function expectValid(statements: readonly XapiStatement[]): void {
  for (const statement of statements) expect(validateStatement(statement), statement.verb.id).toEqual([]);
}

function verbs(statements: readonly XapiStatement[]): string[] {
  return statements.map((statement) => statement.verb.display['en-US']!);
}

/** A copy of `result` with a different total and verdict, for the masteryScore cases. */
function withScore(result: DayResult, total: number, passed: boolean): DayResult {
  return { ...result, passed, score: { ...result.score, total } };
}

describe('xapiStatements', () => {
  it('begins a cmi5 session with Initialized on the AU, in the context template, with the cmi5 category and no result', () => {
    const statement = initializedStatement(cmi5Session(0.8), stamp());
    expectValid([statement]);
    expect(statement.verb.id).toBe(XAPI_VERBS.initialized);
    expect(statement.object.id).toBe('https://lms.example.org/au/17');
    expect(statement.context.registration).toBe(registration);
    expect(statement.context.extensions?.[CMI5.sessionId]).toBe('session-1');
    expect(statement.context.contextActivities?.grouping).toEqual([publisherGrouping]);
    expect(statement.context.contextActivities?.category).toEqual([{ id: CMI5.category }]);
    expect(statement.result).toBeUndefined();
  });

  it('ends a session left before the day ends with Terminated alone: the cmi5 category, its duration, no verdict', () => {
    const statement = terminatedStatement(cmi5Session(0.8), stamp(), 125_500);
    expectValid([statement]);
    expect(statement.verb.id).toBe(XAPI_VERBS.terminated);
    expect(statement.result).toEqual({ duration: 'PT2M5.5S' });
    expect(statement.context.contextActivities?.category).toEqual([{ id: CMI5.category }]);
    expect(statement.context.extensions?.[CMI5.sessionId]).toBe('session-1');
  });

  it('sends each finding as an allowed statement (template, no cmi5 category), then the verdict, completed and terminated, every one valid xAPI', () => {
    const statements = finishedDayStatements(cmi5Session(firstDay.scoring.passMark / 100), novice, stamp(), 754_320);
    expectValid(statements);
    expect(novice.findings.length).toBeGreaterThan(0);
    expect(verbs(statements)).toEqual([...novice.findings.map(() => 'answered'), reportedPassed(cmi5Session(firstDay.scoring.passMark / 100), novice) ? 'passed' : 'failed', 'completed', 'terminated']);
    expect(new Set(statements.map((statement) => statement.id)).size).toBe(statements.length);
    const finding = statements[0]!;
    expect(finding.object.id).toContain(encodeURIComponent(novice.findings[0]!.ruleId));
    expect(finding.result?.success).toBe(false);
    expect(Object.values(finding.context.extensions ?? {})).toEqual(expect.arrayContaining([novice.findings[0]!.competency, novice.findings[0]!.severity]));
    expect(finding.context.contextActivities?.category).toBeUndefined();
    expect(finding.context.extensions?.[CMI5.sessionId]).toBe('session-1');
    for (const statement of statements.slice(-3)) {
      expect(statement.context.contextActivities?.category?.map((activity) => activity.id)).toContain(CMI5.category);
      expect(statement.result?.duration).toBe('PT12M34.32S');
      expect(statement.result?.score === undefined || statement.verb.id === XAPI_VERBS.passed || statement.verb.id === XAPI_VERBS.failed).toBe(true);
    }
    const terminated = statements.at(-1)!;
    expect(terminated.context.contextActivities?.category?.map((activity) => activity.id)).not.toContain(CMI5.moveOnCategory);
    expect(statements.at(-2)!.result?.completion).toBe(true);
  });

  it("passes a day only on the game's verdict and the LMS's masteryScore, and keeps a Failed statement's score below it", () => {
    const passing = withScore(novice, 92, true);
    const strictLms = cmi5Session(0.95);
    expect(reportedPassed(strictLms, passing)).toBe(false);
    const [failedBelow] = finishedDayStatements(strictLms, { ...passing, findings: [] }, stamp(), 1000);
    expect(failedBelow!.verb.id).toBe(XAPI_VERBS.failed);
    expect(failedBelow!.result?.score?.scaled).toBe(0.92);
    expect(failedBelow!.context.extensions?.[CMI5.masteryScore]).toBe(0.95);

    // A critical finding fails a day scored above the mastery score: the score may not ride on Failed.
    const failedOnGate = withScore(novice, 92, false);
    const [failedAbove] = finishedDayStatements(cmi5Session(0.8), { ...failedOnGate, findings: [] }, stamp(), 1000);
    expect(failedAbove!.verb.id).toBe(XAPI_VERBS.failed);
    expect(failedAbove!.result?.score).toBeUndefined();
    expect(failedAbove!.result?.success).toBe(false);
    expect(Object.values(failedAbove!.result?.extensions ?? {})).toContainEqual(xapiScore(failedOnGate));

    const [passed] = finishedDayStatements(cmi5Session(0.8), { ...passing, findings: [] }, stamp(), 1000);
    expect(passed!.verb.id).toBe(XAPI_VERBS.passed);
    expect(passed!.result).toMatchObject({ success: true, score: { raw: 92, scaled: 0.92, min: 0, max: 100 } });
    expect(passed!.context.contextActivities?.category?.map((activity) => activity.id)).toEqual([CMI5.category, CMI5.moveOnCategory]);
    expectValid([failedBelow!, failedAbove!, passed!]);
  });

  it('sends no verdict and no completion in the Browse and Review launch modes, only the findings and terminated', () => {
    for (const mode of ['Browse', 'Review'] as const) {
      expect(verbs(finishedDayStatements(cmi5Session(0.8, mode), novice, stamp(), 1000))).toEqual([...novice.findings.map(() => 'answered'), 'terminated']);
    }
  });

  it("outside cmi5 reports to an assignment's activity with the game's registration and no cmi5 categories", () => {
    const session: XapiSession = { actor, activityId: 'https://clinic-day.invalid/xapi/scenarios/first-day/assignments/k3m9x-7qv2a', registration, contextTemplate: {}, cmi5: null };
    const statements = [initializedStatement(session, stamp()), ...finishedDayStatements(session, novice, stamp(), 1000)];
    expectValid(statements);
    for (const statement of statements) {
      expect(statement.context.registration).toBe(registration);
      expect(statement.context.contextActivities?.category).toBeUndefined();
    }
    expect(verbs(statements).slice(-3)).toEqual([novice.passed ? 'passed' : 'failed', 'completed', 'terminated']);
  });

  it('never overwrites a value of the context template', () => {
    const session = { ...cmi5Session(null), contextTemplate: { registration, extensions: { [CMI5.sessionId]: 'kept', 'https://clinic-day.invalid/xapi/extensions/severity': 'template' } } };
    const [finding] = finishedDayStatements(session, novice, stamp(), 1000);
    expect(finding!.context.extensions?.['https://clinic-day.invalid/xapi/extensions/severity']).toBe('template');
    expect(finding!.context.extensions?.[CMI5.sessionId]).toBe('kept');
  });

  it('writes durations as ISO 8601 with hundredths of a second', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(3_723_450)).toBe('PT1H2M3.45S');
  });

  it('counts the statements a default day sends', () => {
    const counts = (['expert', 'novice'] as const).map((kind) => {
      const result = scoreDay(playDay(defaultMorning, scriptedTrainee(kind, defaultMorning, 1), { seed: 1 }).record());
      const statements = [initializedStatement(cmi5Session(defaultMorning.scoring.passMark / 100), stamp()), ...finishedDayStatements(cmi5Session(defaultMorning.scoring.passMark / 100), result, stamp(), 1000)];
      expectValid(statements);
      expect(statements).toHaveLength(result.findings.length + 4);
      return `${kind} seed 1: ${statements.length} statements (${result.findings.length} findings)`;
    });
    console.info(`statements a default day ("${defaultMorning.id}") sends: ${counts.join('; ')}`);
  });
});
