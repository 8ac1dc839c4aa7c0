import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { scoreDay } from '../../src/scoring/score';
import { expertTrainee } from '../../src/trainees/expert-trainee';
import { paceReport, playDayPaced, PERSON_PACE_SECONDS, REPORTED_PACES } from '../../src/trainees/paced-play';
import { playDay } from '../../src/trainees/play-day';
import { bundledLibrary } from '../support/bundled-library';

const library: Scenario[] = bundledLibrary();
const morning = library.find((s) => s.id === 'default-morning')!;
const wholeDay = library.find((s) => s.id === 'whole-day')!;

describe('playDayPaced', () => {
  it('plays exactly the unpaced day when a decision takes no time', () => {
    const unpaced = playDay(morning, expertTrainee(), { seed: 1 });
    const { session } = playDayPaced(morning, expertTrainee(), { seed: 1, secondsPerDecision: 0 });
    expect(session.log).toEqual(unpaced.log);
    expect(scoreDay(session.record()).score).toEqual(scoreDay(unpaced.record()).score);
    unpaced.dispose();
    session.dispose();
  });

  it('charges each decision its seconds on the clinic clock at the scenario’s seconds per minute', () => {
    const { session, pace } = playDayPaced(morning, expertTrainee(), { seed: 1, secondsPerDecision: 6 });
    expect(pace.decisions).toBeGreaterThan(20);
    // Every decision but one that ran into closing costs its full 6 s at 10 s a clinic minute.
    expect(pace.decisionMinutes).toBeCloseTo((pace.decisions * 6) / morning.timer.secondsPerMinute, 6);
    // The same day at a slower pace ends later: the thinking is on the clock.
    const quick = playDayPaced(morning, expertTrainee(), { seed: 1, secondsPerDecision: 0 });
    expect(session.minute).toBeGreaterThan(quick.session.minute);
    session.dispose();
    quick.session.dispose();
  });

  it('counts a run of moves in one station as one decision', () => {
    const { pace } = playDayPaced(morning, expertTrainee(), { seed: 1, secondsPerDecision: PERSON_PACE_SECONDS });
    expect(pace.decisions).toBeLessThan(pace.moves / 3);
  });

  it('is deterministic: the same pace and seed make the same report', () => {
    const options = { seed: 3, secondsPerDecision: 4 };
    expect(paceReport(morning, expertTrainee(), options)).toEqual(paceReport(morning, expertTrainee(), options));
  });
});

describe('the whole day at a person’s pace', () => {
  const reports = REPORTED_PACES.map((seconds) => ({ seconds, morning: paceReport(morning, expertTrainee(), { seed: 1, secondsPerDecision: seconds }), whole: paceReport(wholeDay, expertTrainee(), { seed: 1, secondsPerDecision: seconds }) }));

  it('is finished by the paced expert at 4 s a decision, every visit done and the inbox cleared by 17:00, with no lateness finding', () => {
    const at4 = reports.find((r) => r.seconds === 4)!.whole;
    expect(at4).toMatchObject({ finished: true, visitsUnfinished: 0, leftUnseen: 0, lateness: {}, findings: 0, passed: true });
  });

  it.each(REPORTED_PACES)('is at least as forgiving as the default morning at %i s a decision', (seconds) => {
    const { morning: short, whole } = reports.find((r) => r.seconds === seconds)!;
    expect(short.finished).toBe(true);
    expect(whole.finished).toBe(true);
    expect(whole.minutesToSpare).toBeGreaterThanOrEqual(short.minutesToSpare);
  });
});
