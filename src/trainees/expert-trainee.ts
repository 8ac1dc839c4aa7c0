/**
 * The expert: follows every protocol and always takes the most pressing task first.
 */
import type { AvailableTask, Session } from '../session/session';
import { actionForTask, claimsFirst, expertTaskOrder, inboxAction, inboxItemFirst, type Move, playerAction, type ScriptedTrainee } from './trainee';

/** The expert's move for a task, when the task's player has one the session takes now. */
function moveFor(session: Session, task: AvailableTask): Move | null {
  const action = actionForTask(session, task);
  return action && session.canAct(task.patientId, action) ? { patientId: task.patientId, action } : null;
}

/**
 * The move for the patient in hand, when it is sure to come first in `expertTaskOrder`:
 * work started with a patient outranks everything but the phone and, near closing, the
 * claims — so while neither is waiting, the whole list need not be built and sorted, nor
 * the patient's own actions listed: their workflow's player names the next one.
 */
function moveInHand(session: Session, current: string | null): Move | null {
  if (current === null || session.phoneWaiting || claimsFirst(session)) return null;
  const stage = session.stageInProgress(current);
  if (stage === null || stage === 'billing') return null;
  const action = playerAction(session, current);
  return action && session.canAct(current, action) ? { patientId: current, action } : null;
}

/** The move for the inbox item in hand (opened, no patient in hand), when it is sure to come first in `expertTaskOrder` (`inboxItemFirst`). */
function itemMoveInHand(session: Session, itemId: string | null): Move | null {
  if (itemId === null || !inboxItemFirst(session, itemId)) return null;
  const action = inboxAction(session, itemId);
  return action && session.canAct(null, action) ? { patientId: null, action } : null;
}

/** A trainee who does everything right, in a sensible order, finishing what it starts. */
export function expertTrainee(): ScriptedTrainee {
  // What the expert took up last: the task's patient (or the caller, for the phone), and the inbox item when it was one.
  let current: string | null = null;
  let currentItem: string | null = null;
  return {
    name: 'expert',
    nextMove(session: Session): Move | null {
      const carryOn = current === null ? itemMoveInHand(session, currentItem) : moveInHand(session, current);
      if (carryOn) return carryOn;
      for (const task of expertTaskOrder(session, session.available(), current)) {
        const move = moveFor(session, task);
        if (move) {
          current = task.patientId;
          currentItem = task.stage === 'inbox' ? (task.itemId ?? null) : null;
          return move;
        }
      }
      return null;
    },
  };
}
