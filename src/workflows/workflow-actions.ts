/**
 * What the trainee can do next inside a stage's workflow: each workflow machine answers
 * for its own states, looked up by the machine's id. The session asks this to list the
 * tasks of the moment, for the screen and for the scripted trainees alike.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { TraineeActionType } from '../clinic/trainee-action';
import { stageTaskAvailableActions } from './stage-tasks/stage-task.machine';
import { vitalsAvailableActions } from './vitals/vitals.machine';
import { specimenAvailableActions } from './specimen/specimen.machine';
import { billingAvailableActions } from './billing/billing.machine';
import { intakeAvailableActions, type IntakeSnapshot } from './intake/intake.machine';
import { schedulingAvailableActions, type SchedulingSnapshot } from './scheduling/scheduling.machine';
import { noShowAvailableActions, type NoShowSnapshot } from './scheduling/no-show.machine';

/** Each workflow's `availableActions`, by its machine id. */
const AVAILABLE_ACTIONS: Readonly<Record<string, (snapshot: AnyMachineSnapshot) => TraineeActionType[]>> = {
  vitals: vitalsAvailableActions,
  specimen: specimenAvailableActions,
  billing: billingAvailableActions,
  intake: (snapshot) => intakeAvailableActions(snapshot as unknown as IntakeSnapshot),
  scheduling: (snapshot) => schedulingAvailableActions(snapshot as unknown as SchedulingSnapshot),
  'no-show': (snapshot) => noShowAvailableActions(snapshot as unknown as NoShowSnapshot),
};

/** The action types that fit the workflow's current state. */
export function availableWorkflowActions(snapshot: AnyMachineSnapshot): TraineeActionType[] {
  if (snapshot.status !== 'active') return [];
  const available = AVAILABLE_ACTIONS[snapshot.machine.id];
  return available ? available(snapshot) : stageTaskAvailableActions(snapshot);
}
