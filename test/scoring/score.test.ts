import { describe, expect, it } from 'vitest';
import { checked as checkedSource, SOURCES } from '../../src/reference/source';
import { type Check, defineRule, missed, passed, type Severity } from '../../src/scoring/finding';
import { accuracyScore, competencyScores, dayStats, gate, outlineScores, scoreDay, throughputScore } from '../../src/scoring/score';
import type { DayRecord, PatientJourney } from '../../src/scoring/day-record';
import { patient, scenario } from '../support/scenario-builder';

const WEIGHTS: Record<Severity, number> = { critical: 10, major: 3, minor: 1 };

function rule(severity: Severity, competency: 'vital-signs' | 'coding' = 'vital-signs') {
  return defineRule({ id: `test.${severity}`, competency, severity, title: 't', why: 'because', source: SOURCES.medlinePlusVitalSigns });
}

function miss(severity: Severity, competency: 'vital-signs' | 'coding' = 'vital-signs'): Check {
  return missed(rule(severity, competency), { patientId: 'p1', atMinute: 500, message: `missed ${severity}`, remedy: 'do it right' });
}

function pass(severity: Severity, competency: 'vital-signs' | 'coding' = 'vital-signs'): Check {
  return passed(rule(severity, competency), 'p1', 500);
}

describe('accuracyScore', () => {
  it.each([
    { name: 'nothing checked', checks: [], expected: 100 },
    { name: 'all passed', checks: [pass('major'), pass('minor')], expected: 100 },
    { name: 'one minor missed of 1 major + 1 minor', checks: [pass('major'), miss('minor')], expected: 75 },
    { name: 'one major missed of 1 major + 1 minor', checks: [miss('major'), pass('minor')], expected: 25 },
    { name: 'a critical missed among 10 minors', checks: [miss('critical'), ...Array.from({ length: 10 }, () => pass('minor'))], expected: 50 },
    { name: 'everything missed', checks: [miss('critical'), miss('major'), miss('minor')], expected: 0 },
    { name: 'one major of three missed', checks: [miss('major'), pass('major'), pass('major')], expected: 66.7 },
  ])('weighs misses by severity: $name → $expected', ({ checks, expected }) => {
    expect(accuracyScore(checks, WEIGHTS)).toBe(expected);
  });
});

describe('gate', () => {
  it('fails the day on any critical finding, whatever the total', () => {
    const finding = miss('critical').finding!;
    expect(gate([finding], 99, 70)).toEqual({
      passed: false,
      reason: 'Failed: a critical finding fails the day whatever the score (test.critical: missed critical)',
    });
  });

  it('fails a day below the pass mark', () => {
    expect(gate([miss('major').finding!], 69.9, 70)).toEqual({ passed: false, reason: 'Failed: the total 69.9 is below the pass mark of 70' });
  });

  it('passes a day at the pass mark with no critical finding', () => {
    expect(gate([miss('minor').finding!], 70, 70).passed).toBe(true);
  });
});

describe('competencyScores', () => {
  it('scores each competency on its own checks, strongest first, with advice for the weak ones', () => {
    const scores = competencyScores([pass('major', 'coding'), miss('major', 'vital-signs'), pass('minor', 'vital-signs')], WEIGHTS);
    expect(scores.map(({ id, score, checked, missed: misses }) => ({ id, score, checked, misses }))).toEqual([
      { id: 'coding', score: 100, checked: 1, misses: 0 },
      { id: 'vital-signs', score: 25, checked: 2, misses: 1 },
    ]);
    expect(scores[0]!.practiseNext).toBeNull();
    expect(scores[1]!.practiseNext).toEqual(expect.any(String));
  });
});

function journey(overrides: Partial<PatientJourney> & { patientId: string }): PatientJourney {
  return { name: overrides.patientId, stage: 'done', outcome: 'completed', arrivedAt: 480, departedAt: 530, waits: [], complaints: 0, outstandingOrders: [], ...overrides };
}

function record(journeys: PatientJourney[], checks: Check[] = [], endMinute = 600): DayRecord {
  const day = scenario(journeys.map((j) => patient(j.patientId, '08:00')));
  // Each completed patient was seen for their 15-minute visit on arrival.
  const timeline = journeys
    .filter((j) => j.outcome === 'completed' && j.arrivedAt !== null)
    .flatMap((j) => [
      { minute: j.arrivedAt!, patientId: j.patientId, kind: 'provider-entered' as const, text: '' },
      { minute: j.arrivedAt! + 15, patientId: j.patientId, kind: 'visit-ended' as const, text: '' },
    ]);
  return { scenario: day, settings: { mode: 'practice', timerEnabled: true }, checks, timeline, journeys, startMinute: 480, endMinute, finished: true };
}

describe('throughput', () => {
  it.each([
    {
      name: 'two patients done in an hour with no waiting (target 2/h)',
      journeys: [journey({ patientId: 'a', departedAt: 530 }), journey({ patientId: 'b', departedAt: 540 })],
      endMinute: 540,
      expected: { patientsPerHour: 2, meanWaitMinutes: 0, throughput: 100 },
    },
    {
      name: 'the same two patients over two hours',
      journeys: [journey({ patientId: 'a', departedAt: 530 }), journey({ patientId: 'b', departedAt: 540 })],
      endMinute: 600,
      expected: { patientsPerHour: 1, meanWaitMinutes: 0, throughput: 80 },
    },
    {
      name: 'one of two left unseen after a long wait',
      journeys: [
        journey({ patientId: 'a', departedAt: 530 }),
        journey({ patientId: 'b', outcome: 'left-unseen', stage: 'left-unseen', departedAt: 540, waits: [{ step: 'check-in', from: 480, to: 540 }], complaints: 1 }),
      ],
      endMinute: 540,
      expected: { patientsPerHour: 1, meanWaitMinutes: 30, throughput: 17.7 },
    },
  ])('$name', ({ journeys, endMinute, expected }) => {
    const played = record(journeys, [], endMinute);
    const stats = dayStats(played);
    expect({ patientsPerHour: stats.patientsPerHour, meanWaitMinutes: stats.meanWaitMinutes, throughput: throughputScore(stats, played) }).toEqual(expected);
  });
});

describe('scoreDay', () => {
  it('mixes accuracy and throughput with the scenario weights, and lists findings in time order', () => {
    const late = missed(rule('minor'), { patientId: 'a', atMinute: 520, message: 'late one', remedy: 'r' });
    const early = missed(rule('minor'), { patientId: 'a', atMinute: 490, message: 'early one', remedy: 'r' });
    const played = record([journey({ patientId: 'a', departedAt: 530 }), journey({ patientId: 'b', departedAt: 540 })], [late, early, pass('major'), pass('major')], 540);
    const result = scoreDay(played);
    expect(result.findings.map((f) => f.message)).toEqual(['early one', 'late one']);
    // Checks: 2 major passed (6), 2 minor missed (2), plus the day's own: 2 × left-unseen passed (6) and, for each
    // patient, check-in, vitals and claim done (6 major passes, 18) → 2/32 missed.
    expect(result.score).toEqual({ accuracy: 93.8, throughput: 100, total: 95.7 });
    expect(result.passed).toBe(true);
  });

  it('cites each finding’s source by id, title, publisher, edition and address, without the reference data’s note of what was checked', () => {
    const withNote = missed(rule('minor'), { patientId: 'a', atMinute: 500, message: 'm', remedy: 'r', source: checkedSource(SOURCES.medlinePlusVitalSigns, 'Read for this test.') });
    const result = scoreDay(record([journey({ patientId: 'a', departedAt: 530 })], [withNote], 540));
    const { note, ...citation } = SOURCES.medlinePlusVitalSigns;
    expect(withNote.finding!.source.note).toBe(`Read for this test. ${note}`);
    expect(result.findings.map((finding) => finding.source)).toEqual([citation]);
    expect(result.findings[0]).toEqual({ ...withNote.finding, source: citation });
  });

  it('counts the claim of a visit still at checkout as missed work, and fails the day for it', () => {
    const played = record([journey({ patientId: 'a', outcome: null, stage: 'checkout', departedAt: null })], [], 600);
    const result = scoreDay(played);
    expect(result.findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['flow.unfinished-claim', "a's claim was never sent (still waiting at checkout when the day ended at 10:00)."],
    ]);
    expect(result.gate).toEqual({ passed: false, reason: 'Failed: no visit was finished, and this day needs every visit finished (every step the patient needed done), whatever the score' });
  });
});

describe('outlineScores', () => {
  it('rolls competencies up into the certification domains the crosswalk names', () => {
    const scores = outlineScores([miss('major', 'vital-signs'), pass('major', 'coding')], WEIGHTS);
    const cma = scores.filter((s) => s.certification === 'CMA (AAMA)');
    // Vital signs maps to Clinical Competency only; coding to Administrative.
    expect(cma.find((s) => s.domainId === 'clinical-competency')).toMatchObject({ score: 0, checked: 1 });
    expect(cma.find((s) => s.domainId === 'administrative')).toMatchObject({ score: 100, checked: 1 });
    expect(scores.every((s) => s.checked > 0)).toBe(true);
  });
});
