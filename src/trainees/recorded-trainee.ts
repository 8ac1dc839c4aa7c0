/**
 * A trainee's day taken apart: `recordingTrainee` writes down every answer another scripted
 * trainee gives (its moves, and each time it had none), and `playbackTrainee` gives the same
 * answers again, in order, without looking at the day. On the same scenario and seed a day
 * played back is the day recorded: the same moves reach the same snapshots (the session is a
 * pure function of scenario, seed and moves). `npm run bench` plays a recorded expert day back
 * to tell what the machines cost from what the expert's choosing costs.
 */
import { builtByDomain } from '../session/session';
import type { Move, ScriptedTrainee } from './trainee';

/** What a trainee answered, in order: a move, or null when it had none (time passed). */
export type RecordedAnswers = readonly (Move | null)[];

/** `trainee`, unchanged, with a record of every answer it gives. */
export function recordingTrainee(trainee: ScriptedTrainee): { readonly trainee: ScriptedTrainee; readonly answers: RecordedAnswers } {
  const answers: (Move | null)[] = [];
  return {
    answers,
    trainee: {
      name: trainee.name,
      nextMove(session) {
        const move = trainee.nextMove(session);
        answers.push(move);
        return move;
      },
    },
  };
}

/**
 * Gives `answers` back one by one, then nothing. A move is the recorded trainee's own (built
 * by the domain, never read from outside), so it is marked again as it is given: the session
 * keeps the mark for the last move built only.
 */
export function playbackTrainee(answers: RecordedAnswers): ScriptedTrainee {
  let next = 0;
  return {
    name: 'playback',
    nextMove() {
      const move = next < answers.length ? answers[next++]! : null;
      if (move !== null) builtByDomain(move.action);
      return move;
    },
  };
}
