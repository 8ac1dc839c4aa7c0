/**
 * View models of a running day, for the clinic floor, its HUD and its stations: where each
 * patient is on the floor, what their badge says, how much patience they have left, the
 * queue of work, the alerts, the clock and (in practice mode) the running score.
 *
 * Pure: no Phaser, no DOM, no clock of its own. The scenes render these and send events;
 * every clinical judgement stays in the machines, this module only describes what the
 * session and the encounters' snapshots already say.
 *
 * The encounters' own context (the exam room, since when and for what a patient waits) is
 * not part of the session's public surface, so an `EncounterWatch` follows it through the
 * session's inspection hook (`SessionOptions.inspect`, XState's inspection API).
 */
import type { InspectionEvent } from 'xstate';
import type { TimelineEntry, TimelineKind } from '../domain/day-environment';
import { type EncounterStage, type WaitStep } from '../clinic/encounter.machine';
import { WORKFLOW_STAGES, type WorkflowStage } from '../domain/encounter-stage';
import { runsInStage, type StageView } from '../workflows/workflow';
import { workflowById, workflowsOfStage } from '../workflows/workflows';
import type { TraineeActionType } from '../clinic/trainee-action';
import type { InboxItemContext } from '../clinic/inbox/inbox-item.machine';
import { kindOf } from '../clinic/inbox/inbox-kinds';
import { medicationLabel, REFILL_DECISION_WORDS } from '../clinic/inbox/refill-kind';
import { RING_MINUTES } from '../clinic/phone-call.machine';
import { type Scenario, type ScenarioPatient } from '../scenario/scenario.schema';
import { formatMinutesOfDay, minutesOfDay } from '../scenario/clock-time';
import type { ActionLogEntry, AvailableTask, Session } from './session';
import { type RunningScoreKeeper, scoreSoFar } from './running-score';
import type { DayRecord } from '../scoring/day-record';
import { type HintTarget, stepHint } from './step-hint';
import { displayName, initials } from '../domain/patient';

/** Where a patient is on the clinic floor. `outside`: not arrived yet; `gone`: left the clinic. */
export const FLOOR_AREAS = ['outside', 'entrance', 'front-desk', 'waiting-room', 'exam-room', 'lab', 'ecg-bed', 'checkout', 'gone'] as const;
export type FloorArea = (typeof FLOOR_AREAS)[number];

/** How a badge reads at a glance: the trainee can act, the patient waits on someone else, or it is over. */
export const BADGE_TONES = ['act', 'wait', 'busy', 'done', 'alert'] as const;
export type BadgeTone = (typeof BADGE_TONES)[number];

/** A patient's status badge. */
export interface StatusBadge {
  readonly text: string;
  readonly tone: BadgeTone;
}

/** What the floor needs to know of one encounter, as the watch last saw it. */
export interface EncounterFacts {
  readonly room: number | null;
  readonly waitingSince: number | null;
  readonly waitStep: WaitStep | null;
  readonly complaints: number;
  readonly arrivedAt: number | null;
}

/** One patient, as the floor and the HUD show them. */
export interface PatientView {
  readonly id: string;
  readonly name: string;
  readonly initials: string;
  readonly stage: EncounterStage;
  readonly area: FloorArea;
  /** The exam room (1-based) while the patient is in one. */
  readonly room: number | null;
  readonly badge: StatusBadge;
  /** Minutes waiting for the current step, or null when not waiting. */
  readonly waitingMinutes: number | null;
  /**
   * Patience left, 1 (just started waiting) to 0 (about to leave), measured against the
   * scenario's leave limit; null when not waiting.
   */
  readonly patience: number | null;
  /** True once the wait has passed the scenario's complaint limit. */
  readonly restless: boolean;
  readonly complaints: number;
  /** The action types the trainee can take for this patient now. */
  readonly actions: readonly TraineeActionType[];
  /** The id of the workflow machine running this patient's stage, if any. */
  readonly machineId: string | null;
  /** The running workflow's words for the queue's task where its state changes them (`StageView.now`), else null. */
  readonly taskNow: string | null;
  /**
   * The id of the provider with the patient now, or null: seeing them, or come at once to an
   * ST-elevation tracing while the ECG bed or rooming is still the trainee's to finish.
   */
  readonly providerHere: string | null;
}

/** One line of the work queue: a patient (or the phone) the trainee can act for now. */
export interface QueueItem {
  /** Stable across renders: `patient:<id>`, `phone:<callId>`, `inbox`, or `inbox-answer:<itemId>` (a refill the provider has answered). */
  readonly key: string;
  readonly patientId: string | null;
  readonly callId: string | null;
  /** For the inbox's lines: the item to open (on the inbox's own line, the earliest due); absent on other lines. */
  readonly itemId?: string;
  readonly label: string;
  /** What there is to do, in a few words ("Check in", "Answer the phone"). */
  readonly task: string;
  readonly stage: AvailableTask['stage'];
  readonly waitingMinutes: number | null;
  readonly actions: readonly TraineeActionType[];
  /** On the inbox's line: how many of its items hold the clock (not set aside, or due); absent on other lines. */
  readonly count?: number;
  /** On the inbox's line: true when every item on it is set aside and not yet due, so "Skip ahead" may run; absent otherwise. */
  readonly deferred?: true;
  /**
   * True on a patient's line that comes before anything but the phone (a red flag at the desk,
   * a chest-pain patient sent ahead or on the standing ECG order, the check-in and rooming of a
   * patient on that path): listed first and shown as urgent; absent otherwise. The queue's
   * order only: the floor's alerts follow the workflows' `urgent`, not this.
   */
  readonly urgent?: true;
}

/**
 * A patient who waits for an exam room while none is free: nothing to do for them yet, so
 * no line of work, but kept in sight under Needs you with their wait, so the trainee does
 * not lose who is waiting (the playtest saw them drop off the list).
 */
export interface RoomWait {
  readonly patientId: string;
  readonly label: string;
  /** "Waiting for a room (no room free)". */
  readonly text: string;
  /** Minutes since they began to wait for the room; null when the record holds no open wait. */
  readonly waitingMinutes: number | null;
}

/** The words of a `RoomWait`. */
export const WAITING_FOR_A_ROOM = 'Waiting for a room (no room free)';

/** The kinds of alert the floor shows; workflows add theirs to the timeline kinds below. */
export const ALERT_KINDS = ['phone', 'complaint', 'left-unseen', 'departed', 'critical-value', 'denial', 'inbox'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** Something the trainee should notice now. */
export interface AlertView {
  /** Stable across renders, so a scene can tell a new alert from one it has shown. */
  readonly id: string;
  readonly kind: AlertKind;
  readonly minute: number;
  readonly patientId: string | null;
  readonly callId: string | null;
  readonly text: string;
  /**
   * The action that deals with the alert (answering the phone, telling the provider), for
   * an alert that waits on the trainee: it stays, first of all, until that action is done
   * or can no longer be taken. Null for an alert that only tells what happened (a complaint,
   * a patient leaving), which expires after `ALERT_MINUTES`.
   */
  readonly awaits: AlertAction | null;
  /** For an inbox alert: the item it opens. */
  readonly itemId?: string;
}

/** The actions that deal with an alert. */
export type AlertAction = Extract<TraineeActionType, 'phone.answered' | 'provider.alerted' | 'inbox.opened'>;

/** A portal message in the inbox that nobody has opened yet: what its alert says. */
export interface UnreadMessage {
  readonly itemId: string;
  readonly patientId: string;
  readonly minute: number;
  /** True for a message that describes an emergency (its kind's `urgent`): only it waits on the trainee, first of all. */
  readonly urgent: boolean;
  /** "New portal message from Rosa Delgado, due 14:25: open it and read it"; after closing, "Portal message from Rosa Delgado, due 14:25: never opened". */
  readonly text: string;
}

/**
 * The portal messages that have arrived and not been opened (read). Each shows until it is
 * opened; only one that describes an emergency is an alert that waits on the trainee ("Act
 * now"), as a caller describing one would be: a routine message (an admin request, a
 * question for the provider) is news in the alerts, not an emergency. Once opened, a
 * message is read and its alert goes. Once the clinic has closed nothing can be opened any
 * more: a message still unread is news of what was left (the findings say why it matters),
 * never "act now".
 */
export function unreadMessages(session: Session): UnreadMessage[] {
  const closed = session.isOver;
  return session.inboxSnapshots().flatMap((snapshot) => {
    const context = snapshot.context as InboxItemContext;
    const { item, chart } = context;
    if (item.kind !== 'patient-message' || !snapshot.matches({ open: 'waiting' }) || context.openedAt !== null) return [];
    const from = chart ? `${chart.name.given} ${chart.name.family}` : item.patientId;
    const urgent = !closed && kindOf(item).urgent(item);
    const text = closed
      ? `Portal message from ${from}, due ${item.due}: never opened`
      : urgent
        ? `New portal message from ${from}, due ${item.due}: open it and read it`
        : `New portal message from ${from} (unread), due ${item.due}`;
    return [{ itemId: item.id, patientId: item.patientId, minute: minutesOfDay(item.arrives), urgent, text }];
  });
}

/** The clinic clock. */
export interface ClockView {
  readonly minute: number;
  /** `HH:MM`. */
  readonly text: string;
  readonly opensAt: string;
  readonly closesAt: string;
  /** Whole clinic minutes left until closing time, rounded up (0 at and after it; never a fraction on the screen): what the floor's closing warnings count down. */
  readonly minutesToClose: number;
  /** Share of the day gone, 0–1. */
  readonly progress: number;
}

/** The running score, shown in practice mode only. */
export interface RunningScore {
  readonly total: number;
  readonly accuracy: number;
  readonly throughput: number;
  readonly findings: number;
  /** True once a critical finding has failed the day, whatever the score (the gate of `scoreDay`). */
  readonly failedByCritical: boolean;
  /** True once anything has been judged: a check recorded, or a visit or inbox item finished. Before then the numbers say nothing about the trainee. */
  readonly started: boolean;
  /** True once a visit or an inbox item has finished, or the day is over: before then the throughput counts nothing the trainee did, and the bar shows none. */
  readonly flowStarted: boolean;
}

/** Everything the floor and the HUD render at one moment of the day. */
export interface DayView {
  readonly clinicName: string;
  readonly examRooms: number;
  readonly clock: ClockView;
  readonly patients: readonly PatientView[];
  readonly queue: readonly QueueItem[];
  /** The patients waiting for an exam room while none is free (no line in `queue`), longest wait first. */
  readonly roomWaits: readonly RoomWait[];
  readonly alerts: readonly AlertView[];
  /** Who is in each exam room (index 0 is room 1). */
  readonly rooms: readonly (string | null)[];
  readonly score: RunningScore | null;
  /** A short hint for the next step, in practice mode when the scenario gives hints. */
  readonly hint: string | null;
  readonly isOver: boolean;
  readonly practice: boolean;
  readonly timed: boolean;
}

/** Minutes an alert about something that happened (a complaint, a patient leaving) stays up. */
export const ALERT_MINUTES = 20;

/**
 * Timeline kinds that raise an alert. Workflows add theirs (a critical value, a denial) by these names.
 * A critical value waits on the trainee: it is dealt with by telling the provider.
 */
const ALERT_OF_TIMELINE_KIND: Readonly<Record<string, AlertKind>> = {
  complained: 'complaint',
  'left-unseen': 'left-unseen',
  // A patient who leaves once their visit is over (home, or sent on by the provider with the plan) or with an appointment for another day: the token goes from the floor, so the alerts say where and why.
  departed: 'departed',
  rebooked: 'departed',
  'critical-value': 'critical-value',
  'claim-denied': 'denial',
};

/**
 * Follows every encounter of a session through XState's inspection events, keeping the
 * facts the floor shows. Pass `inspect` to `Session.start` and read with `facts`.
 */
export class EncounterWatch {
  readonly #facts = new Map<string, EncounterFacts>();

  /** The inspection observer to give the session. */
  readonly inspect = (event: InspectionEvent): void => {
    if (event.type !== '@xstate.snapshot') return;
    const snapshot = event.snapshot as { machine?: { id?: string }; context?: Partial<EncounterFacts> & { patient?: { id?: string } } };
    const context = snapshot.context;
    const patientId = context?.patient?.id;
    if (snapshot.machine?.id !== 'encounter' || !context || patientId === undefined) return;
    this.#facts.set(patientId, {
      room: context.room ?? null,
      waitingSince: context.waitingSince ?? null,
      waitStep: context.waitStep ?? null,
      complaints: context.complaints ?? 0,
      arrivedAt: context.arrivedAt ?? null,
    });
  };

  /** What the watch last saw of a patient's encounter. */
  facts(patientId: string): EncounterFacts | undefined {
    return this.#facts.get(patientId);
  }
}

/** Options for `dayView`. */
export interface DayViewOptions {
  /** The encounter facts (rooms, waits); without them rooms are unknown and waits come from the task list. */
  readonly watch?: EncounterWatch;
  /** Computes the running score; off by default outside practice mode. */
  readonly withScore?: boolean;
  /** Keeps the running score between views of the same session (the floor's runner gives one); without it the score is worked out afresh. */
  readonly scoreKeeper?: RunningScoreKeeper;
  /** True while the inbox's station is open: a person on the line of the item in work is on the call, not on hold. */
  readonly inboxOpen?: boolean;
}

/** The view of a session at its current minute. */
export function dayView(session: Session, options: DayViewOptions = {}): DayView {
  const { scenario } = session;
  const tasks = session.available();
  const tasksByPatient = new Map<string, AvailableTask>();
  for (const task of tasks) {
    if (task.stage !== 'phone' && task.patientId !== null) tasksByPatient.set(task.patientId, task);
  }
  const minute = session.minute;
  const patients = scenario.patients.map((patient) =>
    patientView(session, patient, tasksByPatient.get(patient.id), options.watch?.facts(patient.id)),
  );
  const rooms: (string | null)[] = Array.from({ length: scenario.clinic.examRooms }, () => null);
  for (const patient of patients) {
    if (patient.room !== null && patient.room >= 1 && patient.room <= rooms.length) rooms[patient.room - 1] = patient.id;
  }
  const practice = session.settings.mode === 'practice';
  const queue = queueOf(tasks, patients, (itemId) => session.inboxSnapshot(itemId)?.context.item.due ?? '23:59', minute, { answered: answeredRefills(session), practice, inboxOpen: options.inboxOpen ?? false });
  const record = session.record();
  const { timeline } = record;
  const withScore = practice && (options.withScore ?? true);
  return {
    clinicName: scenario.clinic.name,
    examRooms: scenario.clinic.examRooms,
    clock: clockView(scenario, minute),
    patients,
    queue,
    roomWaits: roomWaitsOf(record, queue, minute),
    alerts: alertsOf(tasks, timeline, session.log, minute, unreadMessages(session)),
    rooms,
    score: withScore ? (options.scoreKeeper?.score(session, record) ?? scoreSoFar(record)) : null,
    hint: practice && scenario.hints ? hintFor(session, queue[0], patients) : null,
    isOver: session.isOver,
    practice,
    timed: session.settings.timerEnabled,
  };
}

/**
 * The patients waiting for a room who have no line in Needs you (none is free, so rooming
 * them is not offered), each with the minutes of their open wait, longest first.
 */
export function roomWaitsOf(record: DayRecord, queue: readonly QueueItem[], minute: number): RoomWait[] {
  const listed = new Set(queue.map((item) => item.patientId));
  return record.journeys
    .filter((journey) => journey.stage === 'waiting-for-room' && !listed.has(journey.patientId))
    .map((journey) => {
      const open = journey.waits.findLast((spell) => spell.to >= minute);
      return { patientId: journey.patientId, label: journey.name, text: WAITING_FOR_A_ROOM, waitingMinutes: open === undefined ? null : Math.max(0, minute - open.from) };
    })
    .sort((a, b) => (b.waitingMinutes ?? 0) - (a.waitingMinutes ?? 0));
}

/** The clinic clock at `minute`. */
export function clockView(scenario: Scenario, minute: number): ClockView {
  const start = minutesOfDay(scenario.day.start);
  const end = minutesOfDay(scenario.day.end);
  const progress = end <= start ? 1 : Math.min(1, Math.max(0, (minute - start) / (end - start)));
  return { minute, text: formatMinutesOfDay(minute), opensAt: scenario.day.start, closesAt: scenario.day.end, minutesToClose: Math.max(0, Math.ceil(end - minute - 1e-9)), progress };
}

/**
 * The running score of the day so far: the day scored as it stands, leaving out the visits
 * still under way (they are not unfinished yet, only in progress).
 */
export function runningScore(session: Session): RunningScore {
  return scoreSoFar(session.record());
}

/**
 * The view of the workflow a patient is in now, where it runs in `stage`: in a stage that
 * hosts several workflows (the lab, then the injection), the running one says where the
 * patient stands and what their badge, queue line and hint say; null outside a workflow.
 */
function runningStageView(stage: AvailableTask['stage'], machineId: string | null | undefined): StageView | null {
  if (machineId === null || machineId === undefined) return null;
  const workflow = workflowById(machineId);
  return workflow !== undefined && stage !== 'phone' && (WORKFLOW_STAGES as readonly string[]).includes(stage) && runsInStage(workflow, stage as WorkflowStage) ? workflow.view : null;
}

/** Where on the floor a patient in `stage` stands. */
export function areaOf(stage: EncounterStage): FloorArea {
  return AREA_OF_STAGE[stage];
}

/** The stages the day owns (the others are the workflows', whose descriptors say how they show). */
type DayStage = Exclude<EncounterStage, WorkflowStage>;

/** Each working stage's view, from the first of its workflows (the one the patient starts it with); `runningStageView` gives the running one's. */
function fromStageViews<T>(pick: (view: StageView) => T): Record<WorkflowStage, T> {
  return Object.fromEntries(WORKFLOW_STAGES.map((stage) => [stage, pick(workflowsOfStage(stage)[0]!.view)])) as Record<WorkflowStage, T>;
}

const AREA_OF_STAGE: Record<EncounterStage, FloorArea> = {
  ...fromStageViews((view) => view.area),
  ...({
    expected: 'outside',
    'waiting-for-room': 'waiting-room',
    'ready-for-provider': 'exam-room',
    'with-provider': 'exam-room',
    done: 'gone',
    'left-unseen': 'gone',
    rebooked: 'gone',
  } satisfies Record<DayStage, FloorArea>),
};

/** What each stage's badge says while the trainee can act, and while the patient waits on others. */
const BADGES: Record<EncounterStage, { act: string; other: StatusBadge }> = {
  ...fromStageViews((view) => view.badge),
  ...({
    expected: { act: 'Expected', other: { text: 'Expected', tone: 'done' } },
    'waiting-for-room': { act: 'Waiting for a room', other: { text: 'Waiting for a room', tone: 'wait' } },
    'ready-for-provider': { act: 'Waiting for provider', other: { text: 'Waiting for provider', tone: 'wait' } },
    'with-provider': { act: 'With provider', other: { text: 'With provider', tone: 'busy' } },
    done: { act: 'Done', other: { text: 'Done', tone: 'done' } },
    'left-unseen': { act: 'Left unseen', other: { text: 'Left unseen', tone: 'alert' } },
    rebooked: { act: 'Rebooked', other: { text: 'Left with an appointment', tone: 'done' } },
  } satisfies Record<DayStage, { act: string; other: StatusBadge }>),
};

/** The badge of a patient in `stage`, given whether the trainee can act for them now. */
export function badgeOf(stage: EncounterStage, canAct: boolean): StatusBadge {
  const badge = BADGES[stage];
  return canAct ? { text: badge.act, tone: 'act' } : badge.other;
}

/** Patience left, 1–0, after `waitingMinutes` against the scenario's leave limit. */
export function patienceLeft(scenario: Scenario, waitingMinutes: number): number {
  const limit = Math.max(1, scenario.day.patience.leaveAfterMinutes);
  return Math.min(1, Math.max(0, 1 - waitingMinutes / limit));
}

function patientView(session: Session, patient: ScenarioPatient, task: AvailableTask | undefined, facts: EncounterFacts | undefined): PatientView {
  const stage = session.stageOf(patient.id) ?? 'expected';
  const minute = session.minute;
  const waitingMinutes =
    facts && facts.waitingSince !== null ? Math.max(0, minute - facts.waitingSince) : (task?.waitingMinutes ?? null);
  const actions = task?.actions ?? [];
  const { complainAfterMinutes } = session.scenario.day.patience;
  const machineId = session.workflowSnapshot(patient.id)?.machine.id ?? null;
  const view = runningStageView(stage, machineId);
  const area = view?.area ?? areaOf(stage);
  const canAct = actions.length > 0;
  const workflowSnapshot = view?.now && session.workflowSnapshot(patient.id);
  const now = workflowSnapshot ? view?.now?.(workflowSnapshot) ?? null : null;
  const providerHere = session.providerWith(patient.id);
  // A provider already in the room (called at once to an ST-elevation tracing) is told rooming is done, as the exam room's button says.
  const here = now?.handOver && providerHere !== null ? session.scenario.providers.find((provider) => provider.id === providerHere)?.name : undefined;
  return {
    id: patient.id,
    name: displayName(patient),
    initials: initials(patient.name),
    stage,
    area,
    room: area === 'exam-room' ? (facts?.room ?? null) : null,
    // Rooming with the provider already at the patient's side (an ST-elevation tracing): the badge says so (session 22's playtest read "Ready for vitals" beside the doctor).
    badge: view === null ? badgeOf(stage, canAct) : canAct ? { text: stage === 'rooming' && providerHere !== null ? 'Provider here' : (now?.badge ?? view.badge.act), tone: 'act' } : view.badge.other,
    waitingMinutes,
    patience: waitingMinutes === null ? null : patienceLeft(session.scenario, waitingMinutes),
    restless: waitingMinutes !== null && waitingMinutes >= complainAfterMinutes,
    complaints: facts?.complaints ?? 0,
    actions,
    machineId,
    taskNow: here === undefined ? (now?.task ?? null) : `Tell ${here} the rooming is done`,
    providerHere,
  };
}

/** A few words for what a task asks. */
const TASK_OF_ACTION: Readonly<Partial<Record<TraineeActionType, string>>> = {
  'patient.roomed': 'Room the patient',
  'phone.answered': 'Answer the phone',
  'phone.closed': 'Finish the call',
};

/** The words of a patient's line in Needs you while their workflow says this step comes before anything else; such a line comes first, after the phone. */
const TASK_OF_URGENT_ACTION: Readonly<Partial<Record<TraineeActionType, string>>> = {
  'patient.sent-for-ecg': 'Chest pain: to the ECG bed now (standing order)',
};

/** The Needs you line of a patient at the desk whose complaint is a red flag, the provider not yet told. */
export const RED_FLAG_AT_DESK_TASK = 'Red flag: alert the provider';

/**
 * True when, in practice (as the hints), a patient's check-in offers the desk's alert to the
 * provider: their complaint carries a red flag and nobody has told the provider yet (the
 * intake machine offers `provider.alerted` only then, `canAlertProviderAtDesk`). Once told,
 * the action is gone and the line says the check-in again.
 */
function redFlagAtDesk(task: AvailableTask, practice: boolean): boolean {
  return practice && task.stage === 'check-in' && task.actions.includes('provider.alerted');
}

/** A few words for the work of a stage, where the action list does not say it. */
const TASK_OF_STAGE: Record<AvailableTask['stage'], string> = {
  ...fromStageViews((view) => view.task),
  ...({
    phone: 'Phone call',
    inbox: 'Work the inbox',
    expected: 'Expected',
    'waiting-for-room': 'Room the patient',
    'ready-for-provider': 'Waiting for provider',
    'with-provider': 'With provider',
    done: 'Done',
    'left-unseen': 'Left unseen',
    rebooked: 'Rebooked',
  } satisfies Record<DayStage | 'phone' | 'inbox', string>),
};

/** The order the queue lists work in: the phone, then people waiting in the clinic, then claims. */
const QUEUE_ORDER: Record<AvailableTask['stage'], number> = {
  ...fromStageViews((view) => view.queueOrder),
  ...({
    phone: 0,
    // Between the people in the clinic and the claims: results and messages wait their due time, patients in the building do not.
    inbox: 3,
    'waiting-for-room': 1,
    'ready-for-provider': 2,
    'with-provider': 2,
    expected: 4,
    done: 4,
    'left-unseen': 4,
    rebooked: 4,
  } satisfies Record<DayStage | 'phone' | 'inbox', number>),
};

/** A refill request the provider has answered and the trainee has not finished: its line in Needs you. */
export interface AnsweredRefill {
  readonly itemId: string;
  /** "Refill answered: Metformin 1000 mg for Harold Kim (from Willow Creek Pharmacy)". */
  readonly label: string;
  /** The provider's answer, in the provider's words: what the patient or the pharmacy is to hear. */
  readonly task: string;
}

/**
 * The refill requests whose provider's answer has come back, not yet done or handed over:
 * each says who asked, and the answer in the provider's words, so the trainee sees that
 * it came back and what it says without opening the inbox to find out.
 */
export function answeredRefills(session: Session): AnsweredRefill[] {
  return session.inboxSnapshots().flatMap((snapshot) => {
    const { item, chart, work } = snapshot.context as InboxItemContext;
    if (item.kind !== 'refill-request' || snapshot.status !== 'active' || !work.refill.answered) return [];
    const provider = session.scenario.providers.find((p) => p.id === item.providerId)?.name ?? item.providerId;
    const name = chart ? `${chart.name.given} ${chart.name.family}` : item.patientId;
    const from = item.requestedBy === 'pharmacy' ? item.pharmacy.name : name;
    return [{ itemId: item.id, label: `Refill answered: ${medicationLabel(item)} for ${name} (from ${from})`, task: `${provider}: ${REFILL_DECISION_WORDS[item.decision.kind]}. ${item.decision.words}` }];
  });
}

/** True for an inbox task whose item is open, in work. */
function inWork(task: AvailableTask): boolean {
  return task.actions.includes('inbox.completed');
}

/**
 * What the queue line asks of the item in work: back to the call where someone waits on its
 * line and the inbox was closed on them ("Helen Park is on hold: go back to the call"); while
 * the inbox is open the call is live ("On the call with Helen Park"); else to finish it.
 */
function openItemTask(task: AvailableTask, inboxOpen: boolean): string {
  if (task.onTheLine === undefined) return 'Finish the open item';
  return inboxOpen ? `On the call with ${task.onTheLine}` : `${task.onTheLine} is on hold: go back to the call`;
}

/**
 * The inbox's one queue line: how many items wait and when the first falls due ("Inbox: 3
 * messages, 1 due 14:30"), opening the earliest due; null when nothing waits.
 */
export function inboxQueueItem(tasks: readonly AvailableTask[], dueOf: (itemId: string) => string, minute: number, inboxOpen = false): QueueItem | null {
  const items = tasks.flatMap((task) => (task.stage === 'inbox' && task.itemId !== undefined ? [{ task, due: dueOf(task.itemId) }] : []));
  if (items.length === 0) return null;
  // In work first (finish what is open), then by due time.
  const sorted = items.toSorted((a, b) => Number(inWork(b.task)) - Number(inWork(a.task)) || a.due.localeCompare(b.due));
  const first = sorted[0]!;
  const earliest = items.map((item) => item.due).toSorted()[0]!;
  const atEarliest = items.filter((item) => item.due === earliest).length;
  const overdue = minutesOfDay(earliest) < Math.floor(minute) ? ' (overdue)' : ''; // as the clock reads: not during the due minute itself
  const holding = items.filter((item) => item.task.deferred !== true).length;
  return {
    count: holding,
    ...(holding === 0 ? { deferred: true as const } : {}),
    key: 'inbox',
    patientId: null,
    callId: null,
    itemId: first.task.itemId!,
    label: `Inbox: ${items.length} ${items.length === 1 ? 'message' : 'messages'}, ${atEarliest} due ${earliest}${overdue}`,
    task: inWork(first.task) ? openItemTask(first.task, inboxOpen) : 'Work the inbox',
    stage: 'inbox',
    waitingMinutes: null,
    actions: first.task.actions,
  };
}

function queueOf(
  tasks: readonly AvailableTask[],
  patients: readonly PatientView[],
  dueOf: (itemId: string) => string,
  minute: number,
  { answered, practice, inboxOpen }: { readonly answered: readonly AnsweredRefill[]; readonly practice: boolean; readonly inboxOpen: boolean },
): QueueItem[] {
  const waitOf = new Map(patients.map((patient) => [patient.id, patient.waitingMinutes]));
  const machineOf = new Map(patients.map((patient) => [patient.id, patient.machineId]));
  const taskNowOf = new Map(patients.map((patient) => [patient.id, patient.taskNow]));
  // A refill the provider has answered has its own line, saying the answer; the inbox's line counts the rest.
  const answerOf = new Map(answered.map((refill) => [refill.itemId, refill]));
  const answerLines = tasks.flatMap((task): QueueItem[] => {
    const refill = task.stage === 'inbox' && task.itemId !== undefined ? answerOf.get(task.itemId) : undefined;
    if (refill === undefined) return [];
    return [{ key: `inbox-answer:${refill.itemId}`, patientId: null, callId: null, itemId: refill.itemId, label: refill.label, task: refill.task, stage: 'inbox', waitingMinutes: null, actions: task.actions, count: 1 }];
  });
  const inbox = inboxQueueItem(
    tasks.filter((task) => task.itemId === undefined || !answerOf.has(task.itemId)),
    dueOf,
    minute,
    inboxOpen,
  );
  return tasks
    .filter((task) => task.stage !== 'inbox')
    .map((task, index) => {
      const waitingMinutes = task.stage === 'phone' || task.patientId === null ? null : (waitOf.get(task.patientId) ?? task.waitingMinutes);
      const first = task.actions[0];
      const view = task.patientId === null ? null : runningStageView(task.stage, machineOf.get(task.patientId));
      const urgentTask = task.urgent?.map((action) => TASK_OF_URGENT_ACTION[action]).find((words) => words !== undefined);
      const redFlag = redFlagAtDesk(task, practice);
      // A red-flag complaint the desk sent ahead, a chest-pain patient due at the ECG bed or at it on the standing
      // order (the clinic's order for chest pain only, `scenario-checks`), a red flag at the desk, and the rest of the work of a
      // patient on that path (`listedFirst`: check-in after the desk's alert, rooming after the tracing): first, after the phone.
      const urgent = redFlag || urgentTask !== undefined || task.urgent?.includes('patient.roomed') === true || task.stage === 'standing-order' || task.listedFirst === true;
      const item: QueueItem = {
        key: task.stage === 'phone' ? `phone:${task.callId ?? index}` : `patient:${task.patientId ?? index}`,
        patientId: task.patientId,
        callId: task.callId ?? null,
        label: task.label,
        task: redFlag
          ? RED_FLAG_AT_DESK_TASK
          : (urgentTask ??
            (first && (TASK_OF_ACTION[first] ?? view?.taskOfAction?.[first])) ??
            (view && task.patientId !== null ? taskNowOf.get(task.patientId) : null) ??
            view?.task ??
            TASK_OF_STAGE[task.stage]),
        stage: task.stage,
        waitingMinutes,
        actions: task.actions,
        ...(urgent ? { urgent: true as const } : {}),
      };
      return { item, index, order: urgent ? 0.5 : (view?.queueOrder ?? QUEUE_ORDER[task.stage]) };
    })
    .concat(inbox === null ? [] : [{ item: inbox, index: tasks.length, order: QUEUE_ORDER.inbox }])
    // Before the inbox's own line: an answer that came back closes a request already worked.
    .concat(answerLines.map((item, index) => ({ item, index: index - answerLines.length, order: QUEUE_ORDER.inbox })))
    .sort(
      (a, b) =>
        a.order - b.order ||
        (b.item.waitingMinutes ?? 0) - (a.item.waitingMinutes ?? 0) ||
        a.index - b.index,
    )
    .map(({ item }) => item);
}

/**
 * What the trainee should notice now. An alert that waits on an action (a ringing phone, a
 * critical value the provider has not heard of) comes first and stays while the session
 * still offers that action; it clears once the action is in the log (or the chance has
 * passed, which the findings then say). The others are the routine portal messages not yet
 * read (each until it is opened) and the last `ALERT_MINUTES` of events, newest first.
 */
export function alertsOf(tasks: readonly AvailableTask[], timeline: readonly TimelineEntry[], log: readonly ActionLogEntry[], minute: number, unread: readonly UnreadMessage[] = []): AlertView[] {
  const alerts: AlertView[] = [];
  for (const message of unread) {
    alerts.push({ id: `inbox:${message.itemId}`, kind: 'inbox', minute: message.minute, patientId: message.patientId, callId: null, text: message.text, awaits: message.urgent ? 'inbox.opened' : null, itemId: message.itemId });
  }
  // A patient's alert waits on an action while their workflow says it comes before anything else.
  const awaits = (patientId: string | null, action: TraineeActionType) =>
    tasks.some((task) => task.stage !== 'phone' && task.patientId === patientId && (task.urgent ?? []).includes(action));
  for (const task of tasks) {
    if (task.stage !== 'phone' || !task.actions.includes('phone.answered')) continue;
    const rang = timeline.findLast((entry) => entry.kind === 'phone-rang' && entry.patientId === task.patientId && entry.minute <= minute);
    alerts.push({
      id: `phone:${task.callId ?? task.label}`,
      kind: 'phone',
      minute: rang?.minute ?? minute,
      patientId: task.patientId,
      callId: task.callId ?? null,
      text: rang?.text ?? `${task.label} is ringing`,
      awaits: 'phone.answered',
    });
  }
  for (const entry of timeline) {
    const kind = alertKindOf(entry.kind);
    if (kind === undefined || entry.minute > minute) continue;
    const id = `${kind}:${entry.patientId ?? 'day'}:${entry.minute}`;
    if (kind === 'critical-value') {
      const told = log.some((logged) => logged.action.type === 'provider.alerted' && logged.patientId === entry.patientId && logged.minute >= entry.minute);
      if (!told && awaits(entry.patientId, 'provider.alerted')) {
        alerts.push({ id, kind, minute: entry.minute, patientId: entry.patientId, callId: null, text: entry.text, awaits: 'provider.alerted' });
      }
      continue;
    }
    if (entry.minute < minute - ALERT_MINUTES) continue;
    // A departure says when: the token has gone from the floor, and the alert is all that tells of it.
    const text = kind === 'departed' ? `${formatMinutesOfDay(entry.minute)} · ${entry.text}` : entry.text;
    alerts.push({ id, kind, minute: entry.minute, patientId: entry.patientId, callId: null, text, awaits: null });
  }
  return alerts.sort((a, b) => Number(b.awaits !== null) - Number(a.awaits !== null) || b.minute - a.minute);
}

function alertKindOf(kind: TimelineKind | string): AlertKind | undefined {
  return Object.hasOwn(ALERT_OF_TIMELINE_KIND, kind) ? ALERT_OF_TIMELINE_KIND[kind] : undefined;
}

/** Practice hints where the step itself has none to give: what the first item of the queue asks. */
const HINT_OF_STAGE: Readonly<Partial<Record<AvailableTask['stage'], string>>> = {
  ...fromStageViews((view) => view.hint),
  phone: `Answer the phone first: after ${RING_MINUTES} minutes the call goes to voicemail.`,
  'waiting-for-room': 'Room the patient while an exam room is free, so the provider is never idle.',
  inbox: 'Open the earliest due item when no patient needs you now; read each message as it comes, since one may be an emergency.',
};

/** The practice hint once the clinic has closed. */
export const CLOSED_HINT = 'The clinic is closed: open the debrief from the top bar for your score and every finding explained.';

/**
 * The floor's practice hint: the step the first item of the queue is on (`stepHint`, the
 * same words its station shows), so the hint moves on as the work does.
 */
export function hintFor(session: Session, first: QueueItem | undefined, patients: readonly PatientView[]): string {
  // Closed, End day is gone from the bar: its way on is "Open the debrief" (session 22: the hint still said "press End day").
  if (session.isOver) return CLOSED_HINT;
  if (!first) {
    // Once nobody else is due, "until the next patient arrives" would send the trainee waiting for no one: say what is left instead.
    if (!patients.some((patient) => patient.stage === 'expected')) return workLeftHint(session, patients);
    const busy = patients.some((patient) => patient.stage === 'with-provider' || patient.stage === 'ready-for-provider');
    // In an untimed day the clock never runs by itself: Next event moves it on.
    const wait = session.settings.timerEnabled ? 'Let the clock run' : 'Press Next event';
    return busy ? `Nothing waits for you: the provider is seeing patients. ${wait}.` : `Nothing waits for you now. ${wait} until the next patient arrives.`;
  }
  if (first.stage === 'inbox') return `${first.label}: ${HINT_OF_STAGE.inbox}`;
  const target: HintTarget | null =
    first.stage === 'phone' ? (first.callId === null ? null : { kind: 'phone', callId: first.callId }) : first.patientId === null ? null : { kind: 'patient', patientId: first.patientId };
  const step = target === null ? null : stepHint(session, target);
  const who = first.stage === 'phone' ? '' : `${first.label}: `;
  const running = first.patientId === null ? null : runningStageView(first.stage, patients.find((patient) => patient.id === first.patientId)?.machineId);
  return `${who}${step ?? running?.hint ?? HINT_OF_STAGE[first.stage] ?? first.task}`;
}

/**
 * The hint when nothing waits for the trainee and no more patients are due today (the last
 * has arrived, or the rest did not come): what is left before the day can end, the patients
 * still in the building (each with what they wait for) and the inbox items not yet done, and
 * that "End day" closes the day once all is done.
 */
function workLeftHint(session: Session, patients: readonly PatientView[]): string {
  const inBuilding = patients.filter((patient) => patient.area !== 'outside' && patient.area !== 'gone');
  const doneItems = session.inboxSnapshots().filter((snapshot) => snapshot.status !== 'active').length;
  const openItems = Math.max(0, (session.scenario.inbox?.length ?? 0) - doneItems);
  const left: string[] = [];
  if (inBuilding.length > 0) left.push(`finish the ${inBuilding.length === 1 ? 'patient' : `${inBuilding.length} patients`} still in the building (${inBuilding.map((patient) => `${patient.name}: ${patient.badge.text.toLowerCase()}`).join('; ')})`);
  if (openItems > 0) left.push(`work the ${openItems === 1 ? 'inbox item' : `${openItems} inbox items`} not yet done`);
  // The day ends by itself once every visit and inbox item is done; until then something above is left.
  if (left.length === 0) return 'No more patients are due today: press End day for your debrief.';
  const busy = inBuilding.some((patient) => patient.stage === 'with-provider' || patient.stage === 'ready-for-provider');
  const wait = session.settings.timerEnabled ? 'let the clock run' : 'press Next event';
  return `No more patients are due today. Still to do: ${left.join(', and ')}${busy ? `; ${wait} while the provider sees them` : ''}. When all is done, press End day.`;
}
