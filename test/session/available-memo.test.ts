import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { replaySession, Session } from '../../src/session/session';
import { expertTrainee } from '../../src/trainees/expert-trainee';
import { noviceTrainee } from '../../src/trainees/novice-trainee';
import type { ScriptedTrainee } from '../../src/trainees/trainee';
import { bundledLibrary } from '../support/bundled-library';

const library: Scenario[] = bundledLibrary();

/** The same day as `session`, played back from its log to its minute on a new session: every task built for the first time. */
function freshCopy(session: Session): Session {
  const copy = replaySession(session.scenario, session.seed, session.settings, session.log);
  copy.advanceTo(session.minute);
  return copy;
}

/**
 * Plays the day, listing the tasks before every move (as the novice does, so every patient's
 * and item's task is remembered from the move before); every `every` moves, holds the list
 * equal, field by field, to the list a fresh copy of the day builds.
 */
function playComparing(scenario: Scenario, trainee: ScriptedTrainee, every: number): number {
  const session = Session.start(scenario, { seed: 3 });
  let compared = 0;
  for (let move = 0; !session.isOver; move++) {
    const listed = session.available();
    if (move % every === 0) {
      const copy = freshCopy(session);
      expect(listed, `${scenario.id} at minute ${session.minute}`).toEqual(copy.available());
      copy.dispose();
      compared++;
    }
    const next = trainee.nextMove(session);
    if (next === null || !session.act(next.patientId, next.action).accepted) session.waitForNextEvent();
  }
  session.dispose();
  return compared;
}

describe('Session.available, remembering each task between lists', () => {
  // The whole day has every stage, claims waiting for minutes, and an inbox that reaches its hand-over window.
  const wholeDay = library.find((scenario) => scenario.id === 'whole-day')!;

  it('lists what a fresh copy of the day lists, as the novice plays the whole day', () => {
    expect(playComparing(wholeDay, noviceTrainee({ seed: 3, mistakeRate: wholeDay.novice.mistakeRate }), 5)).toBeGreaterThan(50);
  });

  it('lists what a fresh copy of the day lists, as the expert plays the whole day', () => {
    expect(playComparing(wholeDay, expertTrainee(), 8)).toBeGreaterThan(50);
  });
});
