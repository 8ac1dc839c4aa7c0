/**
 * The workflow machine of each stage. The encounter invokes these; a workflow issue puts
 * its machine here in place of the stage's one-action task.
 */
import { stageTaskMachine } from './stage-tasks/stage-task.machine';
import { vitalsMachine } from './vitals/vitals.machine';
import { specimenMachine } from './specimen/specimen.machine';
import { billingMachine } from './billing/billing.machine';
import { intakeMachine } from './intake/intake.machine';
import { schedulingMachine } from './scheduling/scheduling.machine';
import { noShowMachine } from './scheduling/no-show.machine';

/** The machines the game plays each stage with. */
export const WORKFLOW_MACHINES = {
  intake: intakeMachine,
  vitals: vitalsMachine,
  specimen: specimenMachine,
  scheduling: schedulingMachine,
  billing: billingMachine,
  noShow: noShowMachine,
};

/** The workflow machines, by stage; a session may be given other machines to test the day on its own. */
export type WorkflowMachines = typeof WORKFLOW_MACHINES;

/**
 * Every stage as its one-action task: the day's own mechanics (arrivals, rooms, the
 * provider, patience) tested without the detail of any workflow.
 */
export const STAGE_TASK_WORKFLOWS = {
  intake: stageTaskMachine('check-in.completed'),
  vitals: stageTaskMachine('vitals.recorded'),
  specimen: stageTaskMachine('specimen.sent'),
  scheduling: stageTaskMachine('checkout.completed'),
  billing: stageTaskMachine('claim.submitted'),
} as unknown as WorkflowMachines;
