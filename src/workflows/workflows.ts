/**
 * THE list of workflows. Everything the game knows per workflow is derived from it: the
 * machines the encounter invokes (and in which stage), the trainee-action union, the cost
 * table, the rule catalogue, the players, the labels, the step hints and the day view's
 * words for each stage. Adding a workflow is one folder under `src/workflows/` and one line
 * here (and its station in `scenes/stations/stations.ts`).
 *
 * The order is the order of a visit; where two workflows share a stage, the encounter runs
 * them one after another in this order.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { WorkflowStage } from '../domain/encounter-stage';
import type { ActionCost } from '../reference/action-costs';
import type { Rule } from '../scoring/finding';
import { billing } from './billing';
import { ecg } from './ecg';
import { education } from './education';
import { intake } from './intake';
import { medication } from './medication';
import { noShow, scheduling } from './scheduling';
import { specimen } from './specimen';
import { vitals } from './vitals';
import { runsInStage, type Workflow } from './workflow';

/** Every workflow of the game, in the order of a visit. */
export const WORKFLOWS = [intake, vitals, specimen, medication, ecg, education, scheduling, noShow, billing] as const;

/** Any workflow's descriptor, as code that serves them all sees it. */
export type AnyWorkflow = Workflow;
/** One of the game's workflows. */
export type GameWorkflow = (typeof WORKFLOWS)[number];
/** A workflow's id (= its machine's id). */
export type WorkflowId = GameWorkflow['id'];
/** Any action of any workflow. */
export type WorkflowTraineeAction = GameWorkflow['samples'][number];
/** The type of any action of any workflow. */
export type WorkflowActionType = WorkflowTraineeAction['type'];

/** Each workflow's machine, by workflow id: the actors the encounter invokes. */
export type WorkflowMachines = { readonly [W in GameWorkflow as W['id']]: W['machine'] };

/** The machines of a list of workflows, by id. */
export function machinesOf(workflows: readonly AnyWorkflow[]): Readonly<Record<string, AnyWorkflow['machine']>> {
  return Object.fromEntries(workflows.map((workflow) => [workflow.id, workflow.machine]));
}

/** The game's workflow machines, by id. */
export const WORKFLOW_MACHINES = machinesOf(WORKFLOWS) as WorkflowMachines;

/** A list of workflows looked up by id (= machine id); null-prototype-free, since it is a `Map`. */
export function workflowsById(workflows: readonly AnyWorkflow[]): ReadonlyMap<string, AnyWorkflow> {
  return new Map(workflows.map((workflow) => [workflow.id, workflow]));
}

const GAME_WORKFLOWS_BY_ID = workflowsById(WORKFLOWS);

/** The game's workflow with that id (a snapshot's `machine.id`), if any. */
export function workflowById(id: string): AnyWorkflow | undefined {
  return GAME_WORKFLOWS_BY_ID.get(id);
}

/** The workflows that run in a stage, in the list's order. */
export function workflowsOfStage(stage: WorkflowStage, workflows: readonly AnyWorkflow[] = WORKFLOWS): AnyWorkflow[] {
  return workflows.filter((workflow) => runsInStage(workflow, stage));
}

/** What every action of a list of workflows costs, by action type (an action two workflows share costs the same in both). */
export function actionCostsOf(workflows: readonly AnyWorkflow[]): ReadonlyMap<string, ActionCost> {
  return new Map(workflows.flatMap((workflow) => Object.entries(workflow.costs)));
}

/** What every workflow action costs, by action type. */
export const WORKFLOW_ACTION_COSTS = actionCostsOf(WORKFLOWS) as ReadonlyMap<WorkflowActionType, ActionCost>;

/** What the screen calls every workflow action, by action type. */
export const WORKFLOW_ACTION_LABELS = new Map(WORKFLOWS.flatMap((workflow) => Object.entries(workflow.labels))) as ReadonlyMap<WorkflowActionType, string>;

/** One example of every workflow action (an action two workflows share, once per workflow). */
export const WORKFLOW_ACTION_SAMPLES: readonly WorkflowTraineeAction[] = WORKFLOWS.flatMap((workflow): readonly WorkflowTraineeAction[] => workflow.samples);

/** Each workflow's action schema, in the list's order (a schema two workflows share is the same object in both). */
export const WORKFLOW_ACTION_SCHEMAS: readonly AnyWorkflow['actions'][] = WORKFLOWS.map((workflow): AnyWorkflow['actions'] => workflow.actions);

/** Every rule the workflows score on. */
export const WORKFLOW_RULES: readonly Rule[] = WORKFLOWS.flatMap((workflow) => workflow.rules);

/**
 * The action types a workflow snapshot accepts now, from its workflow's `availableActions`;
 * none once it has finished. `workflow` is the snapshot's own (the session looks it up by
 * the snapshot's machine id).
 */
export function availableWorkflowActions(workflow: AnyWorkflow, snapshot: AnyMachineSnapshot): readonly string[] {
  return snapshot.status === 'active' ? workflow.availableActions(snapshot) : [];
}
