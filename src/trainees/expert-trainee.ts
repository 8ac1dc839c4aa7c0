/**
 * The expert: follows every protocol and always takes the most pressing task first.
 */
import type { Session } from '../session/session';
import { actionForTask, expertTaskOrder, type Move, type ScriptedTrainee } from './trainee';

/** A trainee who does everything right, in a sensible order, finishing what it starts. */
export function expertTrainee(): ScriptedTrainee {
  let current: string | null = null;
  return {
    name: 'expert',
    nextMove(session: Session): Move | null {
      for (const task of expertTaskOrder(session, session.available(), current)) {
        const action = actionForTask(session, task);
        if (action && session.canAct(task.patientId, action)) {
          current = task.patientId;
          return { patientId: task.patientId, action };
        }
      }
      return null;
    },
  };
}
