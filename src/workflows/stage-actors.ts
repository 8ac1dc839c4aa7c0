/**
 * What the encounter invokes in each working stage, built from a list of workflows: the
 * stage's one workflow's machine itself, or, where several workflows share a stage (the
 * provider's orders, then medication, say), a sequence that runs them one after another in
 * the list's order, skipping those switched off or with no work for the patient, each started
 * on the chart the earlier ones left. The sequence forwards the trainee's actions to the
 * workflow under way (its child `workflow`, as the encounter's is) and outputs the sections
 * of the chart they all wrote.
 */
import { type AnyActorRef, type AnyStateMachine, assign, forwardTo, setup } from 'xstate';
import { WORKFLOW_STAGES, type WorkflowStage } from '../domain/encounter-stage';
import { runsInStage, type Workflow, type WorkflowInput, type WorkflowOutput, workflowRunsIn } from './workflow';

/** The id under which the encounter invokes the actor of `stage`. */
export function stageActorId(stage: WorkflowStage): string {
  return `stage:${stage}`;
}

const SEQUENCE_PREFIX = 'sequence:';

interface SequenceContext extends WorkflowInput {
  /** The chart sections the stage's finished workflows wrote. */
  readonly written: WorkflowOutput;
}

/** A machine that runs `workflows` (two or more, of one stage) one after another. */
function stageSequence(stage: WorkflowStage, workflows: readonly Workflow[]): AnyStateMachine {
  const id = `${SEQUENCE_PREFIX}${stage}`;
  // The first workflow from `from` on that runs for this patient, or the end of the stage.
  const onwardFrom = (from: number, actions: readonly 'file'[]) => [
    ...workflows.slice(from).map((workflow, offset) => ({ guard: { type: 'runs' as const, params: { index: from + offset } }, target: `#${id}.${workflow.id}`, actions })),
    { target: `#${id}.finished`, actions },
  ];
  const workflowInput = ({ context }: { context: SequenceContext }): WorkflowInput => ({
    scenario: context.scenario,
    patient: context.patient,
    env: context.env,
    chart: { ...context.chart, ...context.written },
  });
  return setup({
    types: {} as { input: WorkflowInput; context: SequenceContext; output: WorkflowOutput },
    actors: Object.fromEntries(workflows.map((workflow) => [workflow.id, workflow.machine])),
    guards: {
      runs: ({ context }, params: { index: number }) => workflowRunsIn(workflows[params.index]!, stage, context.scenario, context.patient, { ...context.chart, ...context.written }),
    },
    actions: {
      file: assign(({ context, event }) => ({ written: { ...context.written, ...(event as { output?: WorkflowOutput }).output } })),
    },
  }).createMachine({
    id,
    context: ({ input }) => ({ scenario: input.scenario, patient: input.patient, env: input.env, chart: input.chart, written: {} }),
    initial: 'starting',
    states: {
      starting: { always: onwardFrom(0, []) },
      ...Object.fromEntries(
        workflows.map((workflow, index) => [
          workflow.id,
          {
            invoke: { id: 'workflow', src: workflow.id, input: workflowInput, onDone: onwardFrom(index + 1, ['file']) },
            on: { '*': { actions: forwardTo('workflow') } },
          },
        ]),
      ),
      finished: { type: 'final' },
    },
    output: ({ context }) => context.written,
  }) as unknown as AnyStateMachine;
}

/** The actor of each working stage that has workflows in the list, by `stageActorId`. */
export function stageActors(workflows: readonly Workflow[]): Readonly<Record<string, AnyStateMachine>> {
  const actors: Record<string, AnyStateMachine> = {};
  for (const stage of WORKFLOW_STAGES) {
    const ofStage = workflows.filter((workflow) => runsInStage(workflow, stage));
    if (ofStage.length === 1) actors[stageActorId(stage)] = ofStage[0]!.machine;
    else if (ofStage.length > 1) actors[stageActorId(stage)] = stageSequence(stage, ofStage);
  }
  return actors;
}

/** The workflow actor under way inside a stage's actor: the actor itself, or the workflow a sequence is running. */
export function workflowUnderWay(stageActor: AnyActorRef | undefined): AnyActorRef | undefined {
  if (stageActor === undefined) return undefined;
  const snapshot = stageActor.getSnapshot() as { machine?: { id?: string }; children?: Record<string, AnyActorRef | undefined> };
  if (!snapshot.machine?.id?.startsWith(SEQUENCE_PREFIX)) return stageActor;
  return snapshot.children?.['workflow'];
}
