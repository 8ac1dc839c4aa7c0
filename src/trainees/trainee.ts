/**
 * Scripted trainees: players without a screen, for tests, `npm run sim` and the
 * benchmarks. Each looks at what the session says can be done now and chooses one move;
 * `expert` follows the protocols and works in a sensible order, `novice` makes the
 * mistakes real beginners make, at the scenario's rate, from its own seeded random source.
 * Inside a workflow both ask the player of that workflow's descriptor.
 */
import type { TraineeAction } from '../clinic/trainee-action';
import { type AvailableTask, builtByDomain, type Session } from '../session/session';
import type { MistakeDice, PlayerView } from '../workflows/shared/player';
import { FRONT_DESK_PHONE_PLAYER as PHONE_PLAYER } from '../clinic/phone-call.player';
import { INBOX_PLAYER } from '../clinic/inbox/inbox.player';
import type { InboxItemContext } from '../clinic/inbox/inbox-item.machine';
import { minutesOfDay } from '../scenario/clock-time';
import type { Scenario, ScenarioPatient } from '../scenario/scenario.schema';

/** One move: an action for a patient (or the phone). */
export interface Move {
  readonly patientId: string | null;
  readonly action: TraineeAction;
}

/** A scripted player. `null` means: nothing worth doing now, let time pass. */
export interface ScriptedTrainee {
  readonly name: string;
  nextMove(session: Session): Move | null;
}

export const TRAINEE_NAMES = ['expert', 'novice'] as const;
export type TraineeName = (typeof TRAINEE_NAMES)[number];

/** Minutes before closing from which the expert puts the unsent claims first. */
const CLAIMS_DEADLINE_MINUTES = 30;

/** True in the last half hour before closing, when the expert puts the unsent claims first. */
export function claimsFirst(session: Session): boolean {
  return session.closingMinute - session.minute <= CLAIMS_DEADLINE_MINUTES;
}

/** Minutes before an inbox item's due time from which the expert puts it ahead of the patients. */
const INBOX_DUE_SOON_MINUTES = 20;

/** The expert's rank of an inbox task: an item in work is finished first; one falling due soon comes before patients; the rest wait for a quiet moment. */
function inboxRank(session: Session, task: AvailableTask): number {
  if (task.actions.includes('inbox.completed')) return 6_000;
  const item = task.itemId === undefined ? undefined : session.inboxSnapshot(task.itemId)?.context.item;
  if (!item) return -500;
  const toDue = minutesOfDay(item.due) - session.minute;
  return toDue <= INBOX_DUE_SOON_MINUTES ? 4_000 - toDue : -500 - toDue / 100;
}

/** What one ordering of the task list reads beside each task: the session, the patient in hand, and what holds for the whole list. */
interface Ranking {
  readonly session: Session;
  readonly current: string | null;
  /** The last half hour before closing (`claimsFirst`). */
  readonly closing: boolean;
  /** Whether the provider has a patient ready or in the room: asked only when a rooming task is ranked (most lists have none), and then once. */
  providerHasPatient: boolean | undefined;
}

function providerHasPatient(ranking: Ranking): boolean {
  const { session } = ranking;
  return (ranking.providerHasPatient ??= session.scenario.patients.some((patient) => {
    const stage = session.stageOf(patient.id);
    return stage === 'ready-for-provider' || stage === 'with-provider';
  }));
}

/** The expert's rank of one task: higher comes first (see `expertTaskOrder`). */
function expertRank(ranking: Ranking, task: AvailableTask): number {
  if (task.stage === 'phone') return 10_000;
  if (task.stage === 'inbox') return inboxRank(ranking.session, task);
  if (task.stage === 'billing') return ranking.closing ? 20_000 : -1_000 + (task.waitingMinutes ?? 0);
  if (task.patientId === ranking.current && task.waitingMinutes === null) return 5_000;
  // The standing order before the visit (the ECG for chest pain) cannot wait behind the queue.
  if (task.stage === 'standing-order') return 9_000;
  // Nor a red-flag complaint the desk sent ahead to be roomed next.
  if (task.urgent?.includes('patient.roomed') === true) return 9_000;
  let score = task.waitingMinutes ?? 0;
  if ((task.stage === 'waiting-for-room' || task.stage === 'rooming') && !providerHasPatient(ranking)) score += 30;
  if (task.stage === 'orders' || task.stage === 'checkout') score += 10;
  return score;
}

/** The rank of an inbox item in work (`inboxRank`): only the phone, the claims near closing, a standing order and a patient urgent for a room come before it. */
const INBOX_IN_WORK_RANK = 6_000;

/**
 * True when the inbox item `itemId` is in work and sure to come first in `expertTaskOrder`
 * with no patient in hand — so the expert need not build and sort the whole list to carry on
 * with it: no phone waiting, not the last half hour, no patient's task ranked above it (a
 * patient at the ECG bed on a standing order, or sent ahead to be roomed), and no inbox item
 * in work listed before it.
 */
export function inboxItemFirst(session: Session, itemId: string): boolean {
  if (session.phoneWaiting || claimsFirst(session)) return false;
  const ranking: Ranking = { session, current: null, closing: false, providerHasPatient: undefined };
  for (const patient of session.scenario.patients) {
    const task = session.availableFor(patient.id);
    if (task !== null && expertRank(ranking, task) >= INBOX_IN_WORK_RANK) return false;
  }
  // Items in work rank alike, and the list keeps the inbox's order between them; an item not in work ranks below (`inboxRank`: its due time is within the day).
  for (const snapshot of session.inboxSnapshots()) {
    const inWork = snapshot.status === 'active' && snapshot.matches({ open: 'working' });
    if ((snapshot.context as InboxItemContext).item.id === itemId) return inWork;
    if (inWork) return false;
  }
  return false;
}

/**
 * The order an experienced MA works in: finish what was started with a patient or an inbox
 * item; answer the phone (it will not wait); an inbox item about to fall due; then the patient who has waited longest — with a lead for
 * rooming when the provider has nobody ready (an idle provider is the clinic's costliest
 * minute) and for the patients on their way out; the claims when no patient is waiting,
 * and first of all in the last half hour before closing.
 */
export function expertTaskOrder(session: Session, tasks: readonly AvailableTask[], current: string | null): AvailableTask[] {
  const ranking: Ranking = { session, current, closing: claimsFirst(session), providerHasPatient: undefined };
  // Each task ranked once, then a stable sort: equal ranks keep the session's patient order.
  return tasks
    .map((task) => ({ task, rank: expertRank(ranking, task) }))
    .sort((a, b) => b.rank - a.rank)
    .map(({ task }) => task);
}

/**
 * The concrete action for a task: rooming (the novice may call out the reason for the
 * visit in the waiting room); the phone, the inbox and each workflow through its player (`dice` present: the novice plays; absent: the expert).
 */
export function actionForTask(session: Session, task: AvailableTask, dice?: MistakeDice): TraineeAction | null {
  return ownAction(chosenAction(session, task, dice));
}

/** The domain's own action, marked so (`builtByDomain`): the session takes it without parsing it again. */
function ownAction(action: TraineeAction | null): TraineeAction | null {
  return action === null ? null : builtByDomain(action);
}

function chosenAction(session: Session, task: AvailableTask, dice?: MistakeDice): TraineeAction | null {
  if (task.stage === 'phone') {
    const snapshot = task.callId ? session.phoneSnapshot(task.callId) : undefined;
    if (!snapshot || !task.callId) return null;
    const view = { callId: task.callId, snapshot, scenario: session.scenario, minute: session.minute };
    return dice ? PHONE_PLAYER.novice(view, dice) : PHONE_PLAYER.expert(view);
  }
  if (task.stage === 'inbox') return task.itemId === undefined ? null : inboxPlayerAction(session, task.itemId, dice);
  if (task.actions.includes('patient.roomed')) {
    // The expert calls the first name; the novice, at a slip, calls out name and reason.
    return { type: 'patient.roomed', announce: dice?.slips() ? 'full-name-and-reason' : 'first-name' };
  }
  if (task.patientId === null) return null;
  return workflowPlayerAction(session, task.patientId, dice);
}

/** The action the inbox player chooses now for an item, or null. */
function inboxPlayerAction(session: Session, itemId: string, dice?: MistakeDice): TraineeAction | null {
  const snapshot = session.inboxSnapshot(itemId);
  if (!snapshot) return null;
  const view = { itemId, snapshot, scenario: session.scenario, minute: session.minute, bookings: session.bookingsMadeToday };
  return dice ? INBOX_PLAYER.novice(view, dice) : INBOX_PLAYER.expert(view);
}

/** The action the expert chooses now for an inbox item, or null. */
export function inboxAction(session: Session, itemId: string): TraineeAction | null {
  return ownAction(inboxPlayerAction(session, itemId));
}

/** The action the player of a patient's workflow chooses now, or null (no workflow under way). */
export function playerAction(session: Session, patientId: string, dice?: MistakeDice): TraineeAction | null {
  return ownAction(workflowPlayerAction(session, patientId, dice));
}

/** Each scenario's patients by id, the first of an id as `find` gives (a scenario is read-only data, so the map never goes stale). */
const patientsByScenario = new WeakMap<Scenario, ReadonlyMap<string, ScenarioPatient>>();

function patientById(scenario: Scenario): ReadonlyMap<string, ScenarioPatient> {
  let byId = patientsByScenario.get(scenario);
  if (!byId) {
    const map = new Map<string, ScenarioPatient>();
    for (const patient of scenario.patients) if (!map.has(patient.id)) map.set(patient.id, patient);
    patientsByScenario.set(scenario, (byId = map));
  }
  return byId;
}

function workflowPlayerAction(session: Session, patientId: string, dice?: MistakeDice): TraineeAction | null {
  const snapshot = session.workflowSnapshot(patientId);
  const workflow = session.workflowOf(patientId);
  const patient = patientById(session.scenario).get(patientId);
  if (!snapshot || !workflow || !patient) return null;
  const view: PlayerView = { snapshot, patient, scenario: session.scenario, minute: session.minute };
  // The player chooses among its own workflow's actions, which are trainee actions.
  return (dice ? workflow.player.novice(view, dice) : workflow.player.expert(view)) as TraineeAction | null;
}
