/**
 * The workflow machine of each stage. The encounter invokes these; a workflow issue puts
 * its machine here in place of the stage's one-action task.
 */
import { stageTaskMachine } from './stage-tasks/stage-task.machine';

export const WORKFLOW_MACHINES = {
  intake: stageTaskMachine('check-in.completed'),
  vitals: stageTaskMachine('vitals.recorded'),
  specimen: stageTaskMachine('specimen.sent'),
  scheduling: stageTaskMachine('checkout.completed'),
  billing: stageTaskMachine('claim.submitted'),
};
