/**
 * The scripted expert playing a day in the browser in step with the same day in Node (the
 * mirror): each move goes through the game's runner by the test hook, as a station sends it,
 * and when the expert has nothing to do both let clinic time run to the next event. The
 * browser tests that need a day played (save and resume, the LMS packages, offline) use it.
 */
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { TraineeAction } from '../../../src/clinic/trainee-action';
import type { Session } from '../../../src/session/session';
import { expertTrainee } from '../../../src/trainees/expert-trainee';

/** Plays the expert's next `moves` accepted actions (all of them by default), or to the day's end, in `target` and `mirror` alike. */
export async function playExpertMirrored(target: Page | Frame, mirror: Session, moves = Number.POSITIVE_INFINITY): Promise<void> {
  const expert = expertTrainee();
  let done = 0;
  while (!mirror.isOver && done < moves) {
    const move = expert.nextMove(mirror);
    if (move === null) {
      mirror.waitForNextEvent();
      await target.evaluate(() => window.__clinic?.nextEvent());
      continue;
    }
    expect(mirror.act(move.patientId, move.action).accepted).toBe(true);
    expect(await target.evaluate(([patientId, action]) => window.__clinic!.act(patientId, action as TraineeAction).accepted, [move.patientId, move.action] as const)).toBe(true);
    done += 1;
  }
}
