import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../src/cli/scenario-file';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { scoreDay } from '../../src/scoring/score';
import { dayView } from '../../src/session/day-view';
import { RunningScoreKeeper } from '../../src/session/running-score';
import { Session } from '../../src/session/session';
import { noviceTrainee } from '../../src/trainees/novice-trainee';
import { scriptedTrainee } from '../../src/trainees/play-day';

function bundled(id: string): Scenario {
  const loaded = readScenarioFile(id);
  if (!loaded.ok) throw new Error(`${id} does not load`);
  return loaded.scenario;
}

/** The running score as `scoreDay` gives it: the day scored as it stands, without the visits under way while it runs. */
function scoredInFull(session: Session): { total: number; accuracy: number; throughput: number; findings: number; failedByCritical: boolean; started: boolean; flowStarted: boolean } {
  const record = session.record();
  const result = scoreDay(session.isOver ? record : { ...record, journeys: record.journeys.filter((journey) => journey.outcome !== null || journey.arrivedAt === null) });
  const started = record.checks.length > 0 || record.journeys.some((journey) => journey.outcome !== null);
  const flowStarted = session.isOver || record.journeys.some((journey) => journey.outcome !== null) || (record.inbox ?? []).some((item) => item.settledAt !== null);
  return { ...result.score, findings: result.findings.length, failedByCritical: result.findings.some((finding) => finding.severity === 'critical'), started, flowStarted };
}

describe('RunningScoreKeeper', () => {
  it('gives the score scoreDay gives after every action and every wait of a whole novice day', () => {
    const scenario = bundled('default-morning');
    const session = Session.start(scenario, { seed: 7, settings: { mode: 'practice', timerEnabled: true } });
    const trainee = noviceTrainee({ seed: 7, mistakeRate: scenario.novice.mistakeRate });
    const keeper = new RunningScoreKeeper();
    const scores = new Set<number>();
    let steps = 0;
    while (!session.isOver) {
      const move = trainee.nextMove(session);
      if (move === null || !session.act(move.patientId, move.action).accepted) session.waitForNextEvent();
      const kept = keeper.score(session);
      expect(kept).toEqual(scoredInFull(session));
      scores.add(kept.total);
      steps += 1;
    }
    // The day moved the score many times: the keeper followed it, not a first value.
    expect(steps).toBeGreaterThan(50);
    expect(scores.size).toBeGreaterThan(5);
    session.dispose();
  });

  it('gives the debrief\'s score once the day is ended early, with visits cut short (the top bar at closing agrees with the debrief)', () => {
    const scenario = bundled('whole-day');
    const session = Session.start(scenario, { seed: 1, settings: { mode: 'practice', timerEnabled: true } });
    const trainee = scriptedTrainee('expert', scenario, 1);
    const keeper = new RunningScoreKeeper();
    while (session.minute < 8 * 60 + 41) {
      const move = trainee.nextMove(session);
      if (move === null || !session.act(move.patientId, move.action).accepted) session.waitForNextEvent();
    }
    const underWay = session.record().journeys.filter((journey) => journey.outcome === null && journey.arrivedAt !== null);
    expect(underWay.length).toBeGreaterThan(0);
    session.finish();
    const { score, findings } = scoreDay(session.record());
    const kept = keeper.score(session);
    expect({ total: kept.total, accuracy: kept.accuracy, throughput: kept.throughput, findings: kept.findings }).toEqual({ ...score, findings: findings.length });
    session.dispose();
  });

  it('works the score out once while the day stands still, and again once the clock moves', () => {
    const session = Session.start(bundled('default-morning'), { seed: 1, settings: { mode: 'practice', timerEnabled: true } });
    const keeper = new RunningScoreKeeper();
    const first = keeper.score(session);
    expect(keeper.score(session)).toBe(first);
    expect(dayView(session, { scoreKeeper: keeper }).score).toBe(first);
    session.advanceTo(session.minute + 90);
    const later = keeper.score(session);
    expect(later).not.toBe(first);
    expect(later).toEqual(scoredInFull(session));
    session.dispose();
  });

  it('counts the flow only once a visit or an inbox item has finished, though steps were judged before then (the playtest: "flow 23" at 08:03)', () => {
    const scenario = bundled('whole-day');
    const session = Session.start(scenario, { seed: 1, settings: { mode: 'practice', timerEnabled: true } });
    const trainee = scriptedTrainee('expert', scenario, 1);
    const keeper = new RunningScoreKeeper();
    let judgedBeforeAnyVisitEnded = false;
    const finishedWork = () => {
      const record = session.record();
      return record.journeys.some((journey) => journey.outcome !== null) || (record.inbox ?? []).some((item) => item.settledAt !== null);
    };
    while (!finishedWork()) {
      const score = keeper.score(session);
      expect(score.flowStarted).toBe(false);
      if (score.started) judgedBeforeAnyVisitEnded = true;
      const move = trainee.nextMove(session);
      if (move === null || !session.act(move.patientId, move.action).accepted) session.waitForNextEvent();
    }
    expect(judgedBeforeAnyVisitEnded).toBe(true);
    expect(keeper.score(session).flowStarted).toBe(true);
    session.dispose();
  });
});
