/**
 * The expert: follows every protocol and always takes the most pressing task first.
 */
import type { Session } from '../session/session';
import { actionFor, type Move, type ScriptedTrainee, tasksByPriority } from './trainee';

/** A trainee who does everything right, in a sensible order. */
export function expertTrainee(): ScriptedTrainee {
  return {
    name: 'expert',
    nextMove(session: Session): Move | null {
      const [task] = tasksByPriority(session.available());
      if (!task) return null;
      return { patientId: task.patientId, action: actionFor(task, task.actions[0]!) };
    },
  };
}
