/**
 * What the trainee can do next inside a stage's workflow: each workflow machine answers
 * for its own states. The session asks this to list the tasks of the moment, for the
 * screen and for the scripted trainees alike.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { TraineeActionType } from '../clinic/trainee-action';
import { stageTaskAvailableActions } from './stage-tasks/stage-task.machine';

/** The action types that fit the workflow's current state. */
export function availableWorkflowActions(snapshot: AnyMachineSnapshot): TraineeActionType[] {
  if (snapshot.status !== 'active') return [];
  return stageTaskAvailableActions(snapshot);
}
