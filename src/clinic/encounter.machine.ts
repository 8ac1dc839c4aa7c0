/**
 * One patient's visit, from the appointment to the claim: the encounter machine.
 *
 * expected → (arrives) check-in → waiting for a room → in the room (rooming and vitals)
 * → [the standing order: the ECG bed before the visit, when rooming sends the patient there,
 *    at its end or part-way (rooming then resumes where it stopped)]
 * → ready for the provider → with the provider → orders (specimens, tests, vaccines)
 * → checkout (follow-up) → billing → done; or no-show, or left without being seen,
 * or rebooked: sent home from check-in with an appointment for another time (a walk-in on a
 * day with no room, a patient whose coverage is not active and who chose to come back).
 * Stages the scenario does not enable, or that have nothing to do, are skipped.
 *
 * Each stage invokes its workflow machine as the child `workflow`; the session sends the
 * trainee's actions for this patient as `trainee.action`, and the encounter forwards them.
 * While a patient waits (for check-in, a room, the provider, the lab or checkout) their
 * patience runs down on the clinic clock: past the scenario's first limit they complain,
 * and before the provider has seen them, past the second limit they leave.
 *
 * A provider handed a tracing with ST elevation comes at once, at the ECG bed or while
 * rooming finishes: the visit starts then, and the patient goes straight to it once the
 * trainee's work there is done (no wait for the provider).
 */
import { type ActorLogicFrom, assign, sendParent, sendTo, setup } from 'xstate';
import { type Scenario, type ScenarioPatient } from '../scenario/scenario.schema';
import { arrivalMinute } from '../scenario/arrival';
import type { EncounterChart, ReturnVisitRecord } from '../domain/chart';
import { ENCOUNTER_STAGES, type EncounterStage, WORKFLOW_STAGES, type WorkflowStage } from '../domain/encounter-stage';
import { type WorkflowInput, type WorkflowOutput, workflowRunsIn } from '../workflows/workflow';
import { stageActorId, stageActors } from '../workflows/stage-actors';
import { WORKFLOWS, workflowsOfStage } from '../workflows/workflows';
import type { DayEnvironment, TimelineKind } from '../domain/day-environment';
import type { TraineeAction } from './trainee-action';
import { displayName } from '../domain/patient';

export { arrivalMinute, NO_SHOW_GRACE_MINUTES } from '../scenario/arrival';

/** The places a patient waits, named for the step they wait for. */
export const WAIT_STEPS = ['check-in', 'room', 'provider', 'orders', 'checkout'] as const;
export type WaitStep = (typeof WAIT_STEPS)[number];

/** One spell of waiting, for the patient's journey and the throughput score. */
export interface WaitSpell {
  readonly step: WaitStep;
  readonly from: number;
  readonly to: number;
}

export interface EncounterInput {
  readonly scenario: Scenario;
  readonly patient: ScenarioPatient;
  readonly env: DayEnvironment;
}

export interface EncounterContext extends EncounterInput {
  readonly room: number | null;
  readonly providerId: string;
  readonly arrivedAt: number | null;
  readonly departedAt: number | null;
  readonly waitingSince: number | null;
  readonly waitStep: WaitStep | null;
  readonly waits: readonly WaitSpell[];
  readonly complaints: number;
  /** What the trainee's work has put on record so far. */
  readonly chart: EncounterChart;
  /** Rooming stopped for the standing order (the ECG bed before the vitals): where it resumes once that work is done. */
  readonly roomingOnHold: object | null;
  /** The minute the provider came to the patient before rooming was done (called at once to an ST-elevation tracing); null otherwise. */
  readonly providerCameAt: number | null;
}

/** Events the encounter receives: the trainee's actions and the day's resources. */
export type EncounterEvent =
  | { type: 'trainee.action'; action: TraineeAction }
  | { type: 'room.assigned'; room: number }
  | { type: 'provider.entered'; providerId: string };

/** Events the encounter sends to the clinic day. */
export type EncounterNotice =
  /** `urgent`: the desk told the provider of a red-flag complaint, so the patient is roomed ahead of the queue. */
  | { type: 'encounter.waiting-for-room'; patientId: string; urgent: boolean }
  | { type: 'encounter.ready-for-provider'; patientId: string; providerId: string }
  | { type: 'encounter.visit-ended'; patientId: string; providerId: string; room: number | null }
  | { type: 'encounter.left-unseen'; patientId: string; room: number | null }
  | { type: 'encounter.finished'; patientId: string; outcome: EncounterOutcome };

/** How an encounter ends; `rebooked`: the patient left check-in with an appointment for another time (not left unseen). */
export const ENCOUNTER_OUTCOMES = ['completed', 'no-show', 'left-unseen', 'rebooked'] as const;
export type EncounterOutcome = (typeof ENCOUNTER_OUTCOMES)[number];

/** The appointment a finished workflow says the patient left with, if any (check-in's `returnVisit`). */
function returnVisitOf(event: unknown): ReturnVisitRecord | undefined {
  return (event as { output?: WorkflowOutput }).output?.returnVisit;
}

const RETURN_VISIT_REASON_TEXT: Readonly<Record<ReturnVisitRecord['reason'], string>> = {
  'no-room-today': 'today had no free slot',
  'coverage-inactive': 'to come back once the coverage is sorted out',
};

/** The context's changes that close the patient's current wait as a spell (none when they were not waiting). */
function endedWait(context: EncounterContext): Partial<EncounterContext> {
  if (context.waitingSince === null || context.waitStep === null) return {};
  const spell: WaitSpell = { step: context.waitStep, from: context.waitingSince, to: context.env.now() };
  return { waits: [...context.waits, spell], waitingSince: null, waitStep: null };
}

function workflowInput({ context }: { context: EncounterContext }): WorkflowInput {
  const input = { scenario: context.scenario, patient: context.patient, env: context.env, chart: context.chart };
  return context.roomingOnHold === null ? input : { ...input, resumeFrom: context.roomingOnHold };
}

/** Tells the clinic day the provider has finished with the patient (so the room and the provider free up). */
const notifyVisitEnded = {
  type: 'notifyDay',
  params: ({ context }: { context: EncounterContext }): EncounterNotice => ({
    type: 'encounter.visit-ended',
    patientId: context.patient.id,
    providerId: context.providerId,
    room: context.room,
  }),
} as const;

type EncounterTransitionAction = 'fileChart' | 'noteOrdersDone' | 'endVisit' | typeof notifyVisitEnded;

/**
 * Where the patient goes when they leave the clinic, after `actions`: to billing, or done.
 * The stage is chosen on the transition itself, not in a passing state: each state entered
 * and left within one event is a microstep of its own.
 */
function leavingTheClinic(actions: readonly EncounterTransitionAction[]) {
  return [
    { guard: runs('billing'), target: 'billing', actions: [...actions, 'recordDeparture'] },
    { target: 'done', actions: [...actions, 'recordDeparture'] },
  ] as const;
}

/** Where the patient goes once the provider's orders are collected (or there were none): checkout, when it has work, or out. */
function afterTheOrders(actions: readonly EncounterTransitionAction[]) {
  return [{ guard: runs('checkout'), target: 'checkout', actions: [...actions] }, ...leavingTheClinic(actions)] as const;
}

/** The guard that a stage has work today: one of its workflows is switched on and has work for this patient. */
function runs(stage: WorkflowStage) {
  return { type: 'stageRuns', params: { stage } } as const;
}

export const encounterMachine = setup({
  types: {} as {
    input: EncounterInput;
    context: EncounterContext;
    events: EncounterEvent;
  },
  // Each working stage invokes its actor from the list: the stage's workflow, or a sequence of them.
  actors: stageActors(WORKFLOWS),
  delays: {
    arrival: ({ context }) => Math.max(0, arrivalMinute(context.patient) - context.env.now()),
    complain: ({ context }) => context.scenario.day.patience.complainAfterMinutes,
    leave: ({ context }) => context.scenario.day.patience.leaveAfterMinutes,
    // A provider who came early (an ST-elevation tracing) started the visit then: it ends its minutes after, or once rooming is done.
    visit: ({ context }) => (context.providerCameAt === null ? context.patient.visitMinutes : Math.max(0, context.patient.visitMinutes - (context.env.now() - context.providerCameAt))),
  },
  guards: {
    isNoShow: ({ context }) => context.patient.arrival.kind === 'scheduled' && context.patient.arrival.noShow,
    stageRuns: ({ context }, params: { stage: WorkflowStage }) =>
      STAGE_WORKFLOWS[params.stage].some((workflow) => workflowRunsIn(workflow, params.stage, context.scenario, context.patient, context.chart)),
    /** Rooming ended with the patient sent on to the standing order (the ECG bed), and the standing-order stage has their work. */
    sentToStandingOrder: ({ context, event }) => {
      const output = (event as { output?: WorkflowOutput }).output;
      if (output?.vitals?.sentToEcgBed !== true) return false;
      const chart = { ...context.chart, ...output };
      return STAGE_WORKFLOWS['standing-order'].some((workflow) => workflowRunsIn(workflow, 'standing-order', context.scenario, context.patient, chart));
    },
    leftWithAppointment: ({ event }) => returnVisitOf(event) !== undefined,
    /** Rooming stopped part-way for the standing order, which has work for the patient. */
    pausedForStandingOrder: ({ context, event }) =>
      (event as { output?: WorkflowOutput }).output?.pausedForStandingOrder !== undefined &&
      STAGE_WORKFLOWS['standing-order'].some((workflow) => workflowRunsIn(workflow, 'standing-order', context.scenario, context.patient, context.chart)),
    roomingOnHold: ({ context }) => context.roomingOnHold !== null,
    /** The provider came before the patient was ready (an ST-elevation tracing): the visit goes on once rooming is done. */
    providerHere: ({ context }) => context.providerCameAt !== null,
    providerNotHere: ({ context }) => context.providerCameAt === null,
  },
  actions: {
    /** Files a finished workflow's section of the chart. */
    fileChart: assign(({ context, event }) => {
      const output = (event as { output?: WorkflowOutput }).output;
      if (!output) return {};
      const { pausedForStandingOrder: _pause, ...sections } = output;
      return { chart: { ...context.chart, ...sections } };
    }),
    /** Rooming stopped for the standing order: keeps where it stopped, and its chart so far. */
    holdRooming: assign(({ context, event }) => {
      const output = (event as { output?: WorkflowOutput }).output;
      const { pausedForStandingOrder, ...sections } = output ?? {};
      return { chart: { ...context.chart, ...sections }, roomingOnHold: pausedForStandingOrder?.resumeFrom ?? null };
    }),
    /** Rooming is over: nothing of it is left to resume. */
    releaseRooming: assign({ roomingOnHold: null }),
    forwardToWorkflow: sendTo('workflow', ({ event }) => (event as Extract<EncounterEvent, { type: 'trainee.action' }>).action),
    // Each transition changes the context with one assign at most (which also writes the
    // timeline), since every assign makes a new snapshot.
    recordArrival: assign(({ context }) => {
      const walkIn = context.patient.arrival.kind === 'walk-in';
      note(context, walkIn ? 'walk-in' : 'arrived', walkIn ? 'walked in without an appointment' : 'arrived');
      return { arrivedAt: context.env.now() };
    }),
    startWait: assign(({ context }, params: { step: WaitStep }) => ({ waitStep: params.step, waitingSince: context.env.now() })),
    endWait: assign(({ context }) => endedWait(context)),
    complain: assign(({ context }) => {
      note(context, 'complained', `complained about waiting for ${context.waitStep ?? 'the next step'}`);
      return { complaints: context.complaints + 1 };
    }),
    /** The patient is fetched into a room: their wait for one ends. */
    roomPatient: assign(({ context, event }) => {
      const room = event.type === 'room.assigned' ? event.room : null;
      note(context, 'roomed', `roomed in exam room ${room ?? '?'}`);
      return { ...endedWait(context), room };
    }),
    noteCheckedIn: ({ context }) => note(context, 'checked-in', 'checked in'),
    /** Tells the clinic day; the one place the encounter talks to its parent (tests replace it). */
    notifyDay: sendParent((_, notice: EncounterNotice) => notice),
    noteReady: ({ context }) => note(context, 'ready-for-provider', 'ready for the provider'),
    noteProviderEntered: ({ context, event }) =>
      note(context, 'provider-entered', `seen by ${event.type === 'provider.entered' ? providerName(context, event.providerId) : 'the provider'}`),
    /** The provider comes before the patient is ready (called at once to an ST-elevation tracing): the visit starts now. */
    providerComesEarly: assign(({ context, event }) => {
      note(context, 'provider-entered', `seen by ${event.type === 'provider.entered' ? providerName(context, event.providerId) : 'the provider'}, called at once to the ST-elevation tracing`);
      return { providerCameAt: context.env.now() };
    }),
    /** The provider is done: the patient leaves the exam room. */
    endVisit: assign(({ context }) => {
      note(context, 'visit-ended', 'visit with the provider ended');
      return { room: null };
    }),
    noteOrdersDone: ({ context }) => note(context, 'orders-done', 'orders collected'),
    recordDeparture: assign(({ context }) => {
      note(context, 'departed', departureText(context));
      return { departedAt: context.env.now() };
    }),
    noteClaimDone: ({ context }) => note(context, 'claim-done', 'claim finished'),
    leaveUnseen: assign(({ context }) => {
      // endWait has just closed the wait into the last spell.
      const step = context.waitStep ?? context.waits.at(-1)?.step;
      note(context, 'left-unseen', `left without being seen after waiting too long for ${step ?? 'the next step'}`);
      return { room: null, departedAt: context.env.now() };
    }),
    noteNoShow: ({ context }) => note(context, 'no-show', 'did not come to the appointment'),
    recordRebooking: assign(({ context }) => {
      const visit = context.chart.returnVisit;
      const when = visit ? ` for ${visit.date} at ${visit.time} (${RETURN_VISIT_REASON_TEXT[visit.reason]})` : '';
      note(context, 'rebooked', `left the clinic with an appointment${when}`);
      return { departedAt: context.env.now() };
    }),
  },
}).createMachine({
  id: 'encounter',
  context: ({ input }) => ({
    // The input field by field: V8 builds a literal that opens with a spread and adds many fields very slowly.
    scenario: input.scenario,
    patient: input.patient,
    env: input.env,
    room: null,
    providerId: input.patient.arrival.providerId,
    arrivedAt: null,
    departedAt: null,
    waitingSince: null,
    waitStep: null,
    waits: [],
    complaints: 0,
    chart: {},
    roomingOnHold: null,
    providerCameAt: null,
  }),
  initial: 'expected',
  states: {
    // The next stage is chosen on the transition itself, not in a passing state: each
    // state entered and left within one event is a microstep of its own.
    expected: {
      after: {
        arrival: [
          { guard: 'isNoShow', target: 'no-show' },
          { guard: runs('check-in'), target: 'check-in', actions: 'recordArrival' },
          { target: 'waiting-for-room', actions: 'recordArrival' },
        ],
      },
    },
    'check-in': {
      entry: [{ type: 'startWait', params: { step: 'check-in' } }],
      invoke: {
        id: 'workflow',
        src: stageActorId('check-in'),
        input: workflowInput,
        onDone: [
          { guard: 'leftWithAppointment', target: 'rebooked', actions: 'fileChart' },
          { target: 'waiting-for-room', actions: ['fileChart', 'noteCheckedIn'] },
        ],
      },
      initial: 'waiting',
      states: {
        waiting: {
          after: { complain: { actions: 'complain' }, leave: { target: '#encounter.left-unseen' } },
          on: { 'trainee.action': { target: 'working', actions: ['endWait', 'forwardToWorkflow'] } },
        },
        working: { on: { 'trainee.action': { actions: 'forwardToWorkflow' } } },
      },
    },
    'waiting-for-room': {
      entry: [
        { type: 'startWait', params: { step: 'room' } },
        {
          type: 'notifyDay',
          params: ({ context }) => ({ type: 'encounter.waiting-for-room', patientId: context.patient.id, urgent: context.chart.registration?.providerAlertedAt !== undefined }),
        },
      ],
      after: { complain: { actions: 'complain' }, leave: { target: 'left-unseen' } },
      on: {
        'room.assigned': [
          { guard: runs('rooming'), target: 'rooming', actions: 'roomPatient' },
          { target: 'ready-for-provider', actions: 'roomPatient' },
        ],
      },
    },
    // One substate, so the stage reads `{ rooming: 'working' }` like the others the trainee works in.
    rooming: {
      on: { 'provider.entered': { guard: 'providerNotHere', actions: 'providerComesEarly' } },
      initial: 'working',
      states: {
        working: {
          invoke: {
            id: 'workflow',
            src: stageActorId('rooming'),
            input: workflowInput,
            onDone: [
              { guard: 'pausedForStandingOrder', target: '#encounter.standing-order', actions: 'holdRooming' },
              { guard: 'sentToStandingOrder', target: '#encounter.standing-order', actions: ['fileChart', 'releaseRooming'] },
              { guard: 'providerHere', target: '#encounter.with-provider', actions: ['fileChart', 'releaseRooming'] },
              { target: '#encounter.ready-for-provider', actions: ['fileChart', 'releaseRooming'] },
            ],
          },
          on: { 'trainee.action': { actions: 'forwardToWorkflow' } },
        },
      },
    },
    // The clinic's standing order before the visit (the ECG for chest pain): the patient keeps
    // the exam room and comes back to it for the provider when the work is done.
    'standing-order': {
      entry: [{ type: 'startWait', params: { step: 'orders' } }],
      invoke: {
        id: 'workflow',
        src: stageActorId('standing-order'),
        input: workflowInput,
        onDone: [
          { guard: 'roomingOnHold', target: 'rooming', actions: 'fileChart' },
          { guard: 'providerHere', target: 'with-provider', actions: 'fileChart' },
          { target: 'ready-for-provider', actions: 'fileChart' },
        ],
      },
      on: { 'provider.entered': { guard: 'providerNotHere', actions: 'providerComesEarly' } },
      initial: 'waiting',
      states: {
        waiting: {
          after: { complain: { actions: 'complain' } },
          on: { 'trainee.action': { target: 'working', actions: ['endWait', 'forwardToWorkflow'] } },
        },
        working: { on: { 'trainee.action': { actions: 'forwardToWorkflow' } } },
      },
    },
    'ready-for-provider': {
      entry: [
        { type: 'startWait', params: { step: 'provider' } },
        'noteReady',
        {
          type: 'notifyDay',
          params: ({ context }) => ({ type: 'encounter.ready-for-provider', patientId: context.patient.id, providerId: context.providerId }),
        },
      ],
      after: { complain: { actions: 'complain' }, leave: { target: 'left-unseen' } },
      on: { 'provider.entered': { target: 'with-provider', actions: ['endWait', 'noteProviderEntered'] } },
    },
    'with-provider': {
      after: {
        visit: [
          { guard: runs('orders'), target: 'orders', actions: [notifyVisitEnded, 'endVisit'] },
          ...afterTheOrders([notifyVisitEnded, 'endVisit']),
        ],
      },
    },
    orders: {
      entry: [{ type: 'startWait', params: { step: 'orders' } }],
      invoke: { id: 'workflow', src: stageActorId('orders'), input: workflowInput, onDone: afterTheOrders(['fileChart', 'noteOrdersDone']) },
      initial: 'waiting',
      states: {
        waiting: {
          after: { complain: { actions: 'complain' } },
          on: { 'trainee.action': { target: 'working', actions: ['endWait', 'forwardToWorkflow'] } },
        },
        working: { on: { 'trainee.action': { actions: 'forwardToWorkflow' } } },
      },
    },
    // Entered only with checkout work to do (a follow-up to book, a referral to make).
    checkout: {
      entry: [{ type: 'startWait', params: { step: 'checkout' } }],
      invoke: { id: 'workflow', src: stageActorId('checkout'), input: workflowInput, onDone: leavingTheClinic(['fileChart']) },
      initial: 'waiting',
      states: {
        waiting: {
          after: { complain: { actions: 'complain' } },
          on: { 'trainee.action': { target: 'working', actions: ['endWait', 'forwardToWorkflow'] } },
        },
        working: { on: { 'trainee.action': { actions: 'forwardToWorkflow' } } },
      },
    },
    billing: {
      invoke: { id: 'workflow', src: stageActorId('billing'), input: workflowInput, onDone: { target: 'done', actions: ['fileChart', 'noteClaimDone'] } },
      on: { 'trainee.action': { actions: 'forwardToWorkflow' } },
    },
    done: { type: 'final', entry: { type: 'notifyDay', params: ({ context }) => finished(context, 'completed') } },
    'left-unseen': {
      type: 'final',
      entry: [
        'endWait',
        { type: 'notifyDay', params: ({ context }) => ({ type: 'encounter.left-unseen', patientId: context.patient.id, room: context.room }) },
        'leaveUnseen',
        { type: 'notifyDay', params: ({ context }) => finished(context, 'left-unseen') },
      ],
    },
    rebooked: {
      type: 'final',
      entry: ['recordRebooking', { type: 'notifyDay', params: ({ context }) => finished(context, 'rebooked') }],
    },
    'no-show': {
      entry: 'noteNoShow',
      invoke: { id: 'workflow', src: stageActorId('no-show'), input: workflowInput, onDone: '.filed' },
      initial: 'awaitingMark',
      states: {
        awaitingMark: { on: { 'trainee.action': { actions: 'forwardToWorkflow' } } },
        filed: { type: 'final', entry: { type: 'notifyDay', params: ({ context }) => finished(context, 'no-show') } },
      },
    },
  },
});

/** The encounter machine's logic type, for the actors that spawn it. */
export type EncounterLogic = ActorLogicFrom<typeof encounterMachine>;

function finished(context: EncounterContext, outcome: EncounterOutcome): EncounterNotice {
  return { type: 'encounter.finished', patientId: context.patient.id, outcome };
}

/**
 * How the patient left once the visit's work was done: sent on by the provider (the note's
 * `transfer`, with the plan, so the trainee knows why), or home.
 */
function departureText(context: EncounterContext): string {
  const transfer = context.patient.note.transfer;
  if (transfer === undefined) return 'went home: the visit is over';
  const how = transfer.by === undefined ? '' : ` ${transfer.by}`;
  return `left${how} for ${transfer.to} (the provider's plan: ${transfer.reason})`;
}

function note(context: EncounterContext, kind: TimelineKind, text: string): void {
  context.env.journal.note({ minute: context.env.now(), patientId: context.patient.id, kind, text: `${displayName(context.patient)} ${text}` });
}

function providerName(context: EncounterContext, providerId: string): string {
  return context.scenario.providers.find((provider) => provider.id === providerId)?.name ?? providerId;
}

export { ENCOUNTER_STAGES, type EncounterStage };

/** Each working stage's workflows, in the list's order (looked up at every arrival and hand-over). */
const STAGE_WORKFLOWS = Object.fromEntries(WORKFLOW_STAGES.map((stage) => [stage, workflowsOfStage(stage)])) as Record<WorkflowStage, ReturnType<typeof workflowsOfStage>>;

const STAGE_NAMES: ReadonlySet<string> = new Set(ENCOUNTER_STAGES);

/** The top-level state of a nested state value (the session asks for every patient before every move, so no key list is built). */
function topState(value: object): string {
  for (const key in value) return key;
  return '';
}

/** The stage an encounter snapshot is in. */
export function encounterStage(snapshot: { value: unknown }): EncounterStage {
  // The encounter's top-level states are named for the stages.
  const top = typeof snapshot.value === 'string' ? snapshot.value : topState(snapshot.value as object);
  return STAGE_NAMES.has(top) ? (top as EncounterStage) : 'expected';
}

/** True while the patient sits waiting for the trainee to start the stage's work. */
export function isWaitingForTrainee(snapshot: { value: unknown }): boolean {
  const value = snapshot.value;
  if (typeof value === 'string') return value === 'waiting-for-room';
  return (value as Record<string, unknown>)[topState(value as object)] === 'waiting';
}
