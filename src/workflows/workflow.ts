/**
 * What every workflow shares: the input the encounter starts its machine with, what the
 * machine gives back, and the descriptor (`defineWorkflow`) through which the rest of the
 * game knows it. Each workflow folder's `index.ts` exports one descriptor; the list in
 * `workflows.ts` derives from them everything that is per workflow (the machines the
 * encounter invokes, the action union, the costs, the rules, the players, the labels, the
 * hints, the day view's words for the stage).
 *
 * A workflow's guards and its `availableActions` read only its snapshot (state and
 * context) and the event — never the clock or the day's bookings through `env`: the
 * session keeps their answers per snapshot, since the trainees ask before every move.
 */
import type { AnyMachineSnapshot, AnyStateMachine, SnapshotFrom } from 'xstate';
import type { DayEnvironment } from '../domain/day-environment';
import type { EncounterChart } from '../domain/chart';
import type { WorkflowStage } from '../domain/encounter-stage';
import type { ActionCost } from '../reference/action-costs';
import type { Scenario, ScenarioPatient, WorkflowName } from '../scenario/scenario.schema';
import type { Check, Rule } from '../scoring/finding';
import type { z } from '../scenario/zod';
import type { WorkflowPlayer } from './shared/player';

/** The input an encounter gives the workflow machine of a stage. */
export interface WorkflowInput {
  readonly scenario: Scenario;
  readonly patient: ScenarioPatient;
  readonly env: DayEnvironment;
  /** The chart as earlier stages left it. */
  readonly chart: EncounterChart;
  /** Where the workflow left off when it stopped for the standing order (`StandingOrderPause`): it carries on from there. */
  readonly resumeFrom?: object;
}

/**
 * A workflow stopped half-way for the clinic's standing order (rooming, for the chest-pain
 * ECG): its own context, opaque to the rest, from which the encounter resumes it once the
 * standing order's work is done.
 */
export interface StandingOrderPause {
  readonly resumeFrom: object;
}

/** What a workflow machine's final state outputs: its section of the chart, and whether it stopped for the standing order. */
export type WorkflowOutput = Partial<EncounterChart> & { readonly pausedForStandingOrder?: StandingOrderPause };

/** Any trainee action a workflow takes: a typed event named as a fact. */
export interface WorkflowAction {
  readonly type: string;
}

/** The tone of a patient's badge while they wait on someone other than the trainee. */
export type StageBadgeTone = 'wait' | 'busy' | 'done' | 'alert';

/** Where on the clinic floor a patient stands while a workflow's stage lasts. */
export type StageArea = 'front-desk' | 'exam-room' | 'lab' | 'ecg-bed' | 'checkout' | 'gone';

/** How the day view shows a patient in the workflow's stage. */
export interface StageView {
  /** Where the patient stands. */
  readonly area: StageArea;
  /** The badge while the trainee can act (`act`), and while the patient waits on others. */
  readonly badge: { readonly act: string; readonly other: { readonly text: string; readonly tone: StageBadgeTone } };
  /** A few words for the stage's work in the queue, where the action list does not say it. */
  readonly task: string;
  /** Words for the queue that follow the workflow's state: the task when the first action open is this one (a claim sent and denied: "Work the denied claim"). */
  readonly taskOfAction?: Readonly<Record<string, string>>;
  /**
   * Where the patient stands now, from the workflow's state, when the fixed `task` and `badge.act`
   * no longer say it (the tracing handed to the provider: no more "Record the ECG"); null while they do.
   */
  readonly now?: (snapshot: AnyMachineSnapshot) => StageNow | null;
  /** Where the queue lists the stage's work: 1 people waiting in the clinic, 2 waiting on the provider, 3 claims, 4 nothing to do. */
  readonly queueOrder: 1 | 2 | 3 | 4;
  /** The floor's practice hint for the stage, where the step itself has none. */
  readonly hint?: string;
}

/** A stage's words for where the patient stands now: the queue's task and the badge while the trainee can act. */
export interface StageNow {
  readonly task: string;
  readonly badge: string;
  /** True when what is left is telling the provider the patient is ready (the queue names a provider already in the room instead). */
  readonly handOver?: boolean;
}

/**
 * One workflow, as the game knows it. `Action` is the union of its actions; `Machine` its
 * XState machine, started by the encounter with `WorkflowInput` and ending with its section
 * of the chart.
 */
export interface Workflow<Id extends string = string, Action extends WorkflowAction = WorkflowAction, Machine extends AnyStateMachine = AnyStateMachine> {
  /** The workflow's id: its machine's id, by which the encounter invokes it and the screen finds its station. */
  readonly id: Id;
  /** The encounter stage it runs in. */
  readonly stage: WorkflowStage;
  /** The scenario's `workflows:` switch that turns it on and off, or null when it always runs. */
  readonly switch: WorkflowName | null;
  /** Whether a patient has work for it (beyond its switch being on), given the chart so far; absent: every patient who reaches the stage. */
  hasWork?(patient: ScenarioPatient, chart: EncounterChart): boolean;
  /**
   * Whether the clinic's standing order lets the trainee do this patient's work right after
   * rooming, before the provider's visit (the `standing-order` stage, when rooming ends with the
   * patient sent to it); absent: never. Its work done there, `hasWork` says none is left for its own stage.
   */
  standingOrder?(patient: ScenarioPatient): boolean;
  readonly machine: Machine;
  /** The schema that reads each of its actions at the edge, before any machine sees one. */
  readonly actions: z.ZodMiniType<Action>;
  /** One example of each of its actions, for property tests and tools that probe the machine. */
  readonly samples: readonly Action[];
  /** What each of its actions costs on the clinic clock, and why. */
  readonly costs: Readonly<Record<Action['type'], ActionCost>>;
  /** What the screen calls each of its actions. */
  readonly labels: Readonly<Record<Action['type'], string>>;
  /** Every rule it scores on. */
  readonly rules: readonly Rule[];
  /** The action types its machine accepts now (the one answer to "what may the trainee do"; tested equal to `snapshot.can`). */
  availableActions(snapshot: SnapshotFrom<Machine>): readonly Action['type'][];
  /**
   * What must come before anything else now (a critical value the provider has not heard
   * of), among its available actions; absent: nothing ever does. The floor keeps its alert
   * up while this lists the action.
   */
  urgent?(snapshot: SnapshotFrom<Machine>): readonly Action['type'][];
  /**
   * Whether its work for the patient is listed first under Needs you now, shown as urgent,
   * without being `urgent`: a patient on the urgent path (a red-flag complaint told to the
   * provider, the chest-pain standing ECG) whose next step is ordinary work (check-in, the
   * rest of rooming). Presentation only: it raises no alert on the floor, is judged by nothing
   * when the day ends and changes nothing the scripted trainees do; absent: never.
   */
  listedFirst?(snapshot: SnapshotFrom<Machine>): boolean;
  /**
   * What it judges when the day ends with its work under way: an urgent step still waiting
   * (a reaction in the observation chair the provider never heard of, an urgent tracing never
   * handed over) is its own finding, beside the day's unfinished-work rules; absent: nothing.
   */
  atDayEnd?(snapshot: SnapshotFrom<Machine>): readonly Check[];
  /** How the scripted trainees play it. */
  readonly player: WorkflowPlayer<Action>;
  /** The practice hint for the step it is on, or null when there is nothing for the trainee to do. */
  hint(snapshot: SnapshotFrom<Machine>): string | null;
  /** How the day view shows its stage. */
  readonly view: StageView;
  /**
   * Whether the patient's claim has gone to the payer and come back while it still runs (paid,
   * denied, to bill the patient): what is left of it is its own finding, not an unsent claim; absent: never.
   */
  claimSent?(snapshot: SnapshotFrom<Machine>): boolean;
  /** The provider's orders (test ids) it still owes, while it runs; absent: it owes none. */
  outstandingOrders?(snapshot: SnapshotFrom<Machine>): readonly string[];
}

/**
 * Declares a workflow. Called with its action union first, so that the rest is checked
 * against it: `defineWorkflow<VitalsAction>()({ id: 'vitals', … })`. A cost or a label
 * missing for one of its actions is a compile error.
 */
export function defineWorkflow<Action extends WorkflowAction>() {
  return <const Id extends string, Machine extends AnyStateMachine>(workflow: Workflow<Id, Action, Machine>): Workflow<Id, Action, Machine> => workflow;
}

/** Whether a workflow runs for this patient in this scenario: its switch on (or none), and work for it on the chart so far. */
export function workflowRuns(workflow: Workflow, scenario: Scenario, patient: ScenarioPatient, chart: EncounterChart = {}): boolean {
  return (workflow.switch === null || scenario.workflows[workflow.switch]) && (workflow.hasWork?.(patient, chart) ?? true);
}

/** Whether a workflow belongs in a stage: its own, or the standing-order stage for a workflow that can have a standing order. */
export function runsInStage(workflow: Workflow, stage: WorkflowStage): boolean {
  return workflow.stage === stage || (stage === 'standing-order' && workflow.standingOrder !== undefined);
}

/** Whether a workflow runs for this patient in this stage: it runs (`workflowRuns`), and in the standing-order stage the patient has its standing order. */
export function workflowRunsIn(workflow: Workflow, stage: WorkflowStage, scenario: Scenario, patient: ScenarioPatient, chart: EncounterChart = {}): boolean {
  return runsInStage(workflow, stage) && workflowRuns(workflow, scenario, patient, chart) && (stage !== 'standing-order' || workflow.standingOrder?.(patient) === true);
}
