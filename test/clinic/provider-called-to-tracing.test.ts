import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../src/cli/scenario-file';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { type ActionLogEntry, replaySession, Session, type SessionSettings } from '../../src/session/session';
import { expertTrainee } from '../../src/trainees/expert-trainee';

const DOUGLAS = 'douglas-whitaker';
const MARGARET = 'margaret-oyelaran';

function wholeDay(): Scenario {
  const loaded = readScenarioFile('whole-day');
  if (!loaded.ok) throw new Error('the whole-day scenario does not load');
  return loaded.scenario;
}

/** The expert plays `day` until `until` holds (or the day ends). */
function playUntil(session: Session, until: (session: Session) => boolean): void {
  const expert = expertTrainee();
  while (!session.isOver && !until(session)) {
    const move = expert.nextMove(session);
    if (move === null || !session.act(move.patientId, move.action).accepted) session.waitForNextEvent();
  }
}

function handedOver(session: Session): boolean {
  return session.log.some((entry) => entry.patientId === DOUGLAS && entry.action.type === 'tracing.handed-over');
}

function minutesOf(session: Session, kind: string, patientId: string): number[] {
  return session
    .record()
    .timeline.filter((entry) => entry.kind === kind && entry.patientId === patientId)
    .map((entry) => entry.minute);
}

describe('the provider handed Douglas’s ST-elevation tracing at once', () => {
  it('comes to him at the hand-over, at the ECG bed, before his vital signs are done, and the visit runs from then', () => {
    const session = Session.start(wholeDay(), { seed: 1 });
    playUntil(session, handedOver);
    const handOver = session.log.find((entry) => entry.patientId === DOUGLAS && entry.action.type === 'tracing.handed-over')!;
    expect(handOver.action).toEqual({ type: 'tracing.handed-over', urgency: 'at-once' });
    expect(session.stageOf(DOUGLAS)).toBe('standing-order');
    expect(session.log.some((entry) => entry.patientId === DOUGLAS && entry.action.type === 'vitals.recorded')).toBe(false);
    expect(minutesOf(session, 'provider-entered', DOUGLAS)).toEqual([handOver.minute]);

    playUntil(session, (s) => s.stageOf(DOUGLAS) !== 'standing-order' && s.stageOf(DOUGLAS) !== 'rooming');
    // Straight from rooming to the provider already with him: he never waits for the provider.
    expect(minutesOf(session, 'ready-for-provider', DOUGLAS)).toEqual([]);
    playUntil(session, () => false);
    expect(minutesOf(session, 'provider-entered', DOUGLAS)).toEqual([handOver.minute]);
    const [ended] = minutesOf(session, 'visit-ended', DOUGLAS);
    const roomingDone = session.log.findLast((entry) => entry.patientId === DOUGLAS && entry.action.type === 'patient.ready-for-provider')!;
    expect(ended).toBe(Math.max(handOver.minute + session.scenario.patients.find((p) => p.id === DOUGLAS)!.visitMinutes, roomingDone.minute));
    session.dispose();
  });

  it('comes as soon as the visit in hand ends, still without waiting for his vital signs', () => {
    // Margaret's visit made 20 minutes long: the provider is still with her when Douglas's tracing comes.
    const day = wholeDay();
    const longVisit: Scenario = { ...day, patients: day.patients.map((p) => (p.id === MARGARET ? { ...p, visitMinutes: 20 } : p)) };
    const session = Session.start(longVisit, { seed: 1 });
    playUntil(session, handedOver);
    expect(minutesOf(session, 'provider-entered', DOUGLAS)).toEqual([]);
    playUntil(session, () => false);
    const [margaretEnded] = minutesOf(session, 'visit-ended', MARGARET);
    const roomingDone = session.log.findLast((entry) => entry.patientId === DOUGLAS && entry.action.type === 'patient.ready-for-provider')!;
    expect(margaretEnded).toBeLessThan(roomingDone.minute);
    expect(minutesOf(session, 'provider-entered', DOUGLAS)).toEqual([margaretEnded]);
    session.dispose();
  });
});

describe('a whole day saved before the provider came at once to an ST-elevation tracing', () => {
  it('still replays, with the provider now at Douglas’s bedside from the hand-over', () => {
    const saved = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/saved-days/whole-day-expert-before-s22.json'), 'utf8')) as {
      seed: number;
      settings: SessionSettings;
      log: ActionLogEntry[];
    };
    const session = replaySession(wholeDay(), saved.seed, saved.settings, saved.log);
    expect(session.log).toHaveLength(saved.log.length);
    const handOver = saved.log.find((entry) => entry.patientId === DOUGLAS && entry.action.type === 'tracing.handed-over')!;
    expect(minutesOf(session, 'provider-entered', DOUGLAS)).toEqual([handOver.minute]);
    session.dispose();
  });
});
