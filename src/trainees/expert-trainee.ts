/**
 * The expert: follows every protocol and always takes the most pressing task first.
 */
import type { Session } from '../session/session';
import { actionForTask, type Move, type ScriptedTrainee, tasksByPriority } from './trainee';

/** A trainee who does everything right, in a sensible order. */
export function expertTrainee(): ScriptedTrainee {
  return {
    name: 'expert',
    nextMove(session: Session): Move | null {
      for (const task of tasksByPriority(session.available())) {
        const action = actionForTask(session, task);
        if (action) return { patientId: task.patientId, action };
      }
      return null;
    },
  };
}
