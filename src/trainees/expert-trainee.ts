/**
 * The expert: follows every protocol and always takes the most pressing task first.
 */
import type { AvailableTask, Session } from '../session/session';
import { actionForTask, claimsFirst, expertTaskOrder, type Move, type ScriptedTrainee } from './trainee';

/** The expert's move for a task, when the task's player has one the session takes now. */
function moveFor(session: Session, task: AvailableTask): Move | null {
  const action = actionForTask(session, task);
  return action && session.canAct(task.patientId, action) ? { patientId: task.patientId, action } : null;
}

/**
 * The task of the patient in hand, when it is sure to come first in `expertTaskOrder`:
 * work started with a patient outranks everything but the phone and, near closing, the
 * claims — so while neither is waiting, the whole list need not be built and sorted.
 */
function taskInHand(session: Session, current: string | null): AvailableTask | null {
  if (current === null || session.phoneWaiting || claimsFirst(session)) return null;
  const task = session.availableFor(current);
  return task && task.stage !== 'billing' && task.waitingMinutes === null ? task : null;
}

/** A trainee who does everything right, in a sensible order, finishing what it starts. */
export function expertTrainee(): ScriptedTrainee {
  let current: string | null = null;
  return {
    name: 'expert',
    nextMove(session: Session): Move | null {
      const inHand = taskInHand(session, current);
      const carryOn = inHand && moveFor(session, inHand);
      if (carryOn) return carryOn;
      for (const task of expertTaskOrder(session, session.available(), current)) {
        const move = moveFor(session, task);
        if (move) {
          current = task.patientId;
          return move;
        }
      }
      return null;
    },
  };
}
