/**
 * Plays a whole day with a scripted trainee, headless.
 */
import type { Scenario } from '../scenario/scenario.schema';
import { type SessionOptions, type SessionSettings, Session } from '../session/session';
import { expertTrainee } from './expert-trainee';
import { noviceTrainee } from './novice-trainee';
import type { ScriptedTrainee, TraineeName } from './trainee';

/** The scripted trainee of that name for a scenario and seed. */
export function scriptedTrainee(name: TraineeName, scenario: Scenario, seed: number): ScriptedTrainee {
  return name === 'expert' ? expertTrainee() : noviceTrainee({ seed, mistakeRate: scenario.novice.mistakeRate });
}

/** Runs the day to its end with `trainee` making every move; returns the finished session. */
export function playDay(scenario: Scenario, trainee: ScriptedTrainee, options: SessionOptions & { seed: number; settings?: SessionSettings }): Session {
  const session = Session.start(scenario, options);
  while (!session.isOver) {
    const move = trainee.nextMove(session);
    if (move === null || !session.act(move.patientId, move.action).accepted) {
      session.waitForNextEvent();
    }
  }
  return session;
}
