/**
 * The task that completes a stage, where the stage's detailed workflow is not in the game
 * yet: one trainee action (its cost in minutes comes from the action-cost table) moves the
 * patient on. Each workflow issue replaces the task of its stage with its full machine.
 */
import { setup } from 'xstate';
import type { WorkflowInput } from '../workflow';
import type { StageTaskAction } from './stage-task.actions';

export type { StageTaskAction } from './stage-task.actions';

/** The one action that completes each stage. */
export const STAGE_TASK_ACTIONS = {
  intake: 'check-in.completed',
  vitals: 'vitals.recorded',
  specimen: 'specimen.sent',
  scheduling: 'checkout.completed',
  billing: 'claim.submitted',
} as const;

/** A machine for a stage completed by one action. */
export function stageTaskMachine(action: StageTaskAction['type']) {
  return setup({
    types: {} as { input: WorkflowInput; events: StageTaskAction },
  }).createMachine({
    id: `task:${action}`,
    initial: 'pending',
    states: {
      pending: { on: { [action]: { target: 'complete' } } },
      complete: { type: 'final' },
    },
  });
}

/** The stage task's action while it is pending. */
export function stageTaskAvailableActions(snapshot: { value: unknown; machine: { id: string } }): StageTaskAction['type'][] {
  if (snapshot.value !== 'pending') return [];
  const action = snapshot.machine.id.replace(/^task:/, '');
  return (Object.values(STAGE_TASK_ACTIONS) as string[]).includes(action) ? [action as StageTaskAction['type']] : [];
}
