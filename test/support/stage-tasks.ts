/**
 * Test-only workflows: every stage the trainee works in as its one-action task, to test the
 * day's own mechanics (arrivals, rooms, the provider, patience, the phone) without the
 * detail of any workflow. Each keeps its game workflow's id, stage and switch, finishes on
 * one of that workflow's own actions, and charges what the game charges for it; the
 * no-show stays the game's own (it has one action already).
 */
import { setup } from 'xstate';
import type { TraineeAction } from '../../src/clinic/trainee-action';
import type { ScenarioPatient } from '../../src/scenario/scenario.schema';
import type { WorkflowInput } from '../../src/workflows/workflow';
import { type AnyWorkflow, type GameWorkflow, WORKFLOW_ACTION_COSTS, WORKFLOW_ACTION_LABELS, WORKFLOWS, type WorkflowActionType, type WorkflowId } from '../../src/workflows/workflows';
import { VITALS_ACTION_SAMPLES } from '../../src/workflows/vitals/vitals.actions';

/** The normal adult readings the vitals workflow's own probes use. */
const RECORDED = VITALS_ACTION_SAMPLES.find((sample) => sample.type === 'vitals.recorded')!;

/** The one action that completes each stage's task. */
export const STAGE_TASK_ACTIONS = {
  intake: { type: 'check-in.completed' },
  vitals: RECORDED,
  specimen: { type: 'specimen.sent' },
  medication: { type: 'medication.finished' },
  ecg: { type: 'ecg.finished' },
  scheduling: { type: 'checkout.completed' },
  billing: { type: 'claim.submitted' },
} as const satisfies Partial<Record<WorkflowId, TraineeAction>>;

type TaskedId = keyof typeof STAGE_TASK_ACTIONS;

/** What each task's practice hint says while it is pending. */
const STAGE_TASK_HINTS: Record<TaskedId, string> = {
  intake: 'Confirm two identifiers (name and date of birth) and the insurance before the visit.',
  vitals: 'Take the vitals with the right technique; the provider sees the patient once they are recorded.',
  specimen: 'Collect the specimens in the order of draw and label them in front of the patient.',
  medication: 'Give the ordered vaccine with its VIS, record it, and watch the patient for 15 minutes.',
  ecg: 'Record the ordered 12-lead ECG and hand the tracing to the provider.',
  scheduling: 'Book the follow-up within the interval the provider asked for, on a day the patient can come.',
  billing: 'Code from the provider’s note and send the claim while the visit is fresh.',
};

const pending = (value: unknown) => value === 'pending';

function taskMachine(id: string, type: string) {
  return setup({ types: {} as { input: WorkflowInput; events: TraineeAction } }).createMachine({
    id,
    initial: 'pending',
    states: {
      pending: { on: { [type]: { target: 'complete' } } },
      complete: { type: 'final' },
    },
  });
}

function stageTask(workflow: GameWorkflow, action: TraineeAction & { type: WorkflowActionType }, hint: string): AnyWorkflow {
  const machine = taskMachine(workflow.id, action.type);
  return {
    id: workflow.id,
    stage: workflow.stage,
    switch: workflow.switch,
    ...(workflow.hasWork ? { hasWork: workflow.hasWork } : {}),
    machine,
    // The session reads every action with the game's schemas; a task's action is the game's own.
    actions: workflow.actions,
    samples: [action],
    costs: { [action.type]: WORKFLOW_ACTION_COSTS.get(action.type)! },
    labels: { [action.type]: WORKFLOW_ACTION_LABELS.get(action.type)! },
    rules: [],
    availableActions: (snapshot) => (snapshot.status === 'active' && pending(snapshot.value) ? [action.type] : []),
    player: {
      expert: (view) => (pending(view.snapshot.value) ? action : null),
      novice: (view) => (pending(view.snapshot.value) ? action : null),
    },
    hint: (snapshot) => (snapshot.status === 'active' && pending(snapshot.value) ? hint : null),
    view: workflow.view,
  };
}

const isTasked = (id: WorkflowId): id is TaskedId => Object.hasOwn(STAGE_TASK_ACTIONS, id);

/**
 * A test-only workflow that finishes on one `action` in `stage` (after the game's own there),
 * for a patient `hasWork` says has work for it: how a second workflow in a stage would run.
 */
export function oneActionWorkflow(id: string, stage: GameWorkflow['stage'], action: TraineeAction & { type: WorkflowActionType }, hasWork: (patient: ScenarioPatient) => boolean): AnyWorkflow {
  const host = WORKFLOWS.find((workflow) => workflow.stage === stage)!;
  return { ...stageTask(host, action, `Do the ${id} task.`), id, switch: null, hasWork, machine: taskMachine(id, action.type) };
}

/**
 * The game's workflows as one-action tasks, except those named in `real`, which stay the
 * game's own (to test one workflow inside a day of simple stages).
 */
export function stageTaskWorkflows(...real: readonly WorkflowId[]): readonly AnyWorkflow[] {
  return WORKFLOWS.map((workflow) => (isTasked(workflow.id) && !real.includes(workflow.id) ? stageTask(workflow, STAGE_TASK_ACTIONS[workflow.id], STAGE_TASK_HINTS[workflow.id]) : workflow));
}

/** Every stage as its one-action task (the no-show is the game's own). */
export const STAGE_TASK_WORKFLOWS: readonly AnyWorkflow[] = stageTaskWorkflows();
