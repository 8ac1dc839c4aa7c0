import { describe, expect, it } from 'vitest';
import { MODES, type Mode, type Scenario } from '../../src/scenario/scenario.schema';
import { type DayResult, scoreDay, visitCompleted } from '../../src/scoring/score';
import { Session } from '../../src/session/session';
import { expertTrainee } from '../../src/trainees/expert-trainee';
import { bundledLibrary } from '../support/bundled-library';

const library: Scenario[] = bundledLibrary();

function start(scenario: Scenario, mode: Mode): Session {
  return Session.start(scenario, { seed: 1, settings: { mode, timerEnabled: true } });
}

function scored(session: Session): DayResult {
  session.finish();
  const result = scoreDay(session.record());
  session.dispose();
  return result;
}

/** The trainee stands at the desk and does nothing all day. */
function idleDay(scenario: Scenario, mode: Mode): DayResult {
  return scored(start(scenario, mode));
}

/** The expert works until half of the day's patients are done, then stops for the rest of the day. */
function halfDay(scenario: Scenario, mode: Mode): { result: DayResult; completedWhenStopped: number } {
  const session = start(scenario, mode);
  const trainee = expertTrainee();
  const half = Math.ceil(scenario.patients.length / 2);
  // A visit is completed once its claim has gone to the payer (what is left of the claim is billing's own work): stop as the half is reached.
  const done = () => session.record().journeys.filter(visitCompleted).length;
  while (!session.isOver && done() < half) {
    const move = trainee.nextMove(session);
    if (move === null || !session.act(move.patientId, move.action).accepted) session.waitForNextEvent();
  }
  const completedWhenStopped = done();
  return { result: scored(session), completedWhenStopped };
}

describe('no pass without the work', () => {
  describe.each(library.flatMap((scenario) => MODES.map((mode) => [scenario.id, mode, scenario] as const)))('%s in %s', (_, mode, scenario) => {
    it('never passes a day in which nothing is done, and says so', () => {
      const result = idleDay(scenario, mode);
      expect(result.stats.patientsCompleted).toBe(0);
      expect(result.passed).toBe(false);
      // A day that leaves an emergency in the inbox unread fails on that first (the gate names the critical finding).
      const critical = result.findings.some((finding) => finding.severity === 'critical');
      expect(result.gate.reason).toMatch(critical ? /^Failed: a critical finding fails the day/ : /^Failed: no visit was finished/);
      expect(result.score.accuracy).toBeLessThan(50);
    });

    it('never passes a day in which the expert stops once half the patients are done', () => {
      const { result, completedWhenStopped } = halfDay(scenario, mode);
      expect(completedWhenStopped).toBeGreaterThan(0);
      expect(result.stats.patientsCompleted).toBeLessThan(result.journeys.filter((j) => j.arrivedAt !== null && j.outcome !== 'rebooked').length);
      expect(result.passed).toBe(false);
      // What was left is explained: a visit unfinished, a patient gone unseen, or a claim back from the payer and never posted or worked.
      const explains = (ruleId: string) => ruleId.startsWith('flow.unfinished-') || ruleId === 'flow.left-unseen' || ruleId === 'billing.payment-posting' || ruleId === 'billing.denial-worked';
      expect(result.findings.some((f) => explains(f.ruleId))).toBe(true);
    });
  });
});
