import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../src/cli/scenario-file';
import { TESTS } from '../../src/reference/tests';
import { Session } from '../../src/session/session';
import { expertTrainee } from '../../src/trainees/expert-trainee';

function defaultMorning() {
  const loaded = readScenarioFile('default-morning');
  if (!loaded.ok) throw new Error('the default scenario does not load');
  return loaded.scenario;
}

/** The earliest minute a running point-of-care test can be read, over every patient; Infinity when none runs. */
function nextReadMinute(session: Session): number {
  let due = Infinity;
  for (const patient of session.scenario.patients) {
    const tests = (session.workflowSnapshot(patient.id)?.context as { tests?: { testId: string; startedAt: number; ready: boolean }[] } | undefined)?.tests ?? [];
    for (const test of tests) {
      if (test.ready) continue;
      const read = TESTS.find((known) => known.id === test.testId)?.readTimeMinutes ?? 0;
      due = Math.min(due, test.startedAt + read);
    }
  }
  return due;
}

describe('Session.waitForNextEvent', () => {
  it('never jumps past a point-of-care test due sooner, even pressed while other work waits', () => {
    const day = defaultMorning();
    const session = Session.start(day, { seed: 1, settings: { mode: 'practice', timerEnabled: false } });
    const trainee = expertTrainee();
    let waitsOverATest = 0;
    while (!session.isOver) {
      const due = nextReadMinute(session);
      if (due !== Infinity) {
        // A trainee who presses Next event whenever a test is on the bench.
        session.waitForNextEvent();
        expect(session.minute).toBeLessThanOrEqual(due);
        waitsOverATest += 1;
        continue;
      }
      const move = trainee.nextMove(session);
      if (move === null || !session.act(move.patientId, move.action).accepted) session.waitForNextEvent();
    }
    expect(waitsOverATest).toBeGreaterThan(0);
    const ready = session.record().timeline.filter((entry) => entry.kind === 'result-ready');
    expect(ready.length).toBeGreaterThan(0);
  });
});

describe('Session.nextEventCloses', () => {
  it('says the next event is closing time exactly when waiting for it runs the clock to closing, so the screen can ask first', () => {
    const day = defaultMorning();
    const closing = Number(day.day.end.slice(0, 2)) * 60 + Number(day.day.end.slice(3));
    const session = Session.start(day, { seed: 1, settings: { mode: 'practice', timerEnabled: false } });
    const trainee = expertTrainee();
    // The expert works the morning, waiting whenever nothing is to be done, but never sends the first patient's claim: work is left at closing.
    const unsent = day.patients[0]!.id;
    let said = 0;
    while (!session.isOver) {
      const move = trainee.nextMove(session);
      if (move && !(move.action.type === 'claim.submitted' && move.patientId === unsent)) {
        session.act(move.patientId, move.action);
        continue;
      }
      const closes = session.nextEventCloses;
      if (closes) said += 1;
      session.waitForNextEvent();
      // Closing, or the claims' check a second before it: no minute left to work in either way.
      const atClosing = session.minute > closing - 1;
      expect([atClosing, closes]).toEqual([atClosing, atClosing]);
    }
    // Twice: before the claims' end-of-day check a second before closing (the unsent claim), then before closing itself.
    expect(said).toBe(2);
    expect(session.nextEventCloses).toBe(false);
    session.dispose();
  });
});
