/**
 * What a workflow still under way judges when the day ends: an urgent step left waiting is
 * its own critical finding in the debrief, not only an unfinished order.
 */
import { describe, expect, it } from 'vitest';
import { scoreDay } from '../../src/scoring/score';
import { Session } from '../../src/session/session';
import { expertTrainee } from '../../src/trainees/expert-trainee';
import { actionForTask, expertTaskOrder } from '../../src/trainees/trainee';
import { debriefText } from '../../src/scoring/debrief';
import { bundledLibrary } from '../support/bundled-library';

const library = bundledLibrary();

/** Plays the expert until `patientId` has `action` listed as urgent, then lets the day run out. */
function dayEndingWithUrgent(scenarioId: string, patientId: string, action: string): Session {
  const scenario = library.find((s) => s.id === scenarioId)!;
  const session = Session.start(scenario, { seed: 1 });
  const expert = expertTrainee();
  while (!session.isOver && !(session.availableFor(patientId)?.urgent ?? []).includes(action as never)) {
    const move = expert.nextMove(session);
    if (move === null || !session.act(move.patientId, move.action).accepted) session.waitForNextEvent();
  }
  expect(session.isOver).toBe(false);
  session.finish();
  return session;
}

describe('the day’s end', () => {
  it('finds a child with hives and throat tightness whose provider was never told (critical), in the debrief only once the day is over', () => {
    const session = dayEndingWithUrgent('well-child-immunizations', 'marcus-bell', 'provider.alerted');
    const findings = scoreDay(session.record()).findings.filter((f) => f.ruleId === 'immunization.anaphylaxis-alert');
    expect(findings.map((f) => [f.patientId, f.severity])).toEqual([['marcus-bell', 'critical']]);
    expect(findings[0]!.message).toMatch(/still not been told when the day ended/);
    session.dispose();
  });

  it('finds an urgent chest-pain tracing that never reached the provider (critical)', () => {
    const session = dayEndingWithUrgent('cardiology-morning', library.find((s) => s.id === 'cardiology-morning')!.patients.find((p) => p.orders.some((o) => o.ecg?.urgent))!.id, 'tracing.handed-over');
    const findings = scoreDay(session.record()).findings.filter((f) => f.ruleId === 'ecg.urgent-tracing');
    expect(findings.map((f) => f.severity)).toEqual(['critical']);
    expect(findings[0]!.message).toMatch(/never reached the provider/);
    session.dispose();
  });

  it('does not call a claim that went to the payer "never sent" when only its remittance is left to post: that is the posting finding alone', () => {
    const scenario = library.find((s) => s.id === 'first-day')!;
    const session = Session.start(scenario, { seed: 1 });
    const expert = expertTrainee();
    // The expert plays until a remittance is back and waiting to be posted; the day is then let run out.
    let waiting: string | null = null;
    while (!session.isOver && waiting === null) {
      const move = expert.nextMove(session);
      if (move === null || !session.act(move.patientId, move.action).accepted) session.waitForNextEvent();
      waiting = scenario.patients.find((p) => session.availableFor(p.id)?.actions.includes('payment.posted' as never))?.id ?? null;
    }
    expect(waiting).not.toBeNull();
    session.finish();
    const record = session.record();
    expect(record.journeys.find((j) => j.patientId === waiting)).toMatchObject({ stage: 'billing', claimSent: true });
    const findings = scoreDay(record).findings.filter((f) => f.patientId === waiting);
    expect(findings.map((f) => f.ruleId)).toContain('billing.payment-posting');
    expect(findings.map((f) => f.ruleId)).not.toContain('flow.unfinished-claim');
    session.dispose();
  });

  it('counts the orientation day’s visits as completed when every patient was checked out and every claim sent, the remittances never posted (playtest: "0 patients completed")', () => {
    const scenario = library.find((s) => s.id === 'first-day')!;
    const session = Session.start(scenario, { seed: 1, settings: { mode: 'practice', timerEnabled: false } });
    // The expert's day, but it never posts a remittance: the trainee checks each patient out and sends each claim, and the day runs to closing.
    const move = () => {
      for (const task of expertTaskOrder(session, session.available(), null)) {
        const action = actionForTask(session, task);
        if (action && action.type !== 'payment.posted' && session.canAct(task.patientId, action)) return { patientId: task.patientId, action };
      }
      return null;
    };
    while (!session.isOver) {
      const next = move();
      if (next === null || !session.act(next.patientId, next.action).accepted) session.waitForNextEvent();
    }
    const result = scoreDay(session.record());
    expect(result.stats).toMatchObject({ patientsCompleted: 3, patientsUnfinished: 0 });
    expect(result.findings.map((f) => f.ruleId)).toEqual(['billing.payment-posting', 'billing.payment-posting', 'billing.payment-posting']);
    expect(result.gate.reason).toMatch(/^Passed: no critical finding, 3 of 3 visits finished/);
    expect(debriefText(result, scenario.title)).toContain('Patients: 3 completed of 3 scheduled, 0 unfinished');
    session.dispose();
  });
});
