/**
 * What the trainee can do next inside a stage's workflow: each workflow machine answers
 * for its own states, looked up by the machine's id. The session asks this to list the
 * tasks of the moment, for the screen and for the scripted trainees alike.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { TraineeActionType } from '../clinic/trainee-action';
import { stageTaskAvailableActions } from './stage-tasks/stage-task.machine';

/** Each workflow's `availableActions`, by its machine id. */
const AVAILABLE_ACTIONS: Readonly<Record<string, (snapshot: AnyMachineSnapshot) => TraineeActionType[]>> = {};

/** The action types that fit the workflow's current state. */
export function availableWorkflowActions(snapshot: AnyMachineSnapshot): TraineeActionType[] {
  if (snapshot.status !== 'active') return [];
  const available = AVAILABLE_ACTIONS[snapshot.machine.id];
  return available ? available(snapshot) : stageTaskAvailableActions(snapshot);
}
