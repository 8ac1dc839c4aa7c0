/**
 * Scripted trainees: players without a screen, for tests, `npm run sim` and the
 * benchmarks. Each looks at what the session says can be done now and chooses one move;
 * `expert` follows the protocols and works in a sensible order, `novice` makes the
 * mistakes real beginners make, at the scenario's rate, from its own seeded random source.
 * Inside a workflow both ask that workflow's player (`workflow-players.ts`).
 */
import type { TraineeAction } from '../clinic/trainee-action';
import type { AvailableTask, Session } from '../session/session';
import { type MistakeDice, PHONE_PLAYER, type PlayerView, WORKFLOW_PLAYERS } from './workflow-players';

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

/**
 * The order an experienced MA works in: the phone first (it will not wait), then what
 * keeps the provider busy (rooming and vitals), then new arrivals, then the patients on
 * their way out, and the claims when nothing else is waiting.
 */
const STAGE_PRIORITY: Readonly<Record<AvailableTask['stage'], number>> = {
  phone: 0,
  'waiting-for-room': 1,
  rooming: 1,
  'check-in': 2,
  orders: 3,
  checkout: 4,
  billing: 6,
  expected: 9,
  'ready-for-provider': 9,
  'with-provider': 9,
  done: 9,
  'left-unseen': 9,
  'no-show': 9,
};

/** Tasks in the order an expert takes them: by stage priority, then longest waiting first. */
export function tasksByPriority(tasks: readonly AvailableTask[]): AvailableTask[] {
  return [...tasks].sort(
    (a, b) => STAGE_PRIORITY[a.stage] - STAGE_PRIORITY[b.stage] || (b.waitingMinutes ?? 0) - (a.waitingMinutes ?? 0),
  );
}

/**
 * The concrete action for a task: rooming as it is; the phone and each workflow through
 * its player (`dice` present: the novice plays; absent: the expert).
 */
export function actionForTask(session: Session, task: AvailableTask, dice?: MistakeDice): TraineeAction | null {
  if (task.stage === 'phone') {
    const snapshot = task.callId ? session.phoneSnapshot(task.callId) : undefined;
    if (!snapshot || !task.callId) return null;
    const view = { callId: task.callId, snapshot, scenario: session.scenario, minute: session.minute };
    return dice ? PHONE_PLAYER.novice(view, dice) : PHONE_PLAYER.expert(view);
  }
  if (task.actions.includes('patient.roomed')) return { type: 'patient.roomed' };
  if (task.patientId === null) return null;
  const snapshot = session.workflowSnapshot(task.patientId);
  const patient = session.scenario.patients.find((p) => p.id === task.patientId);
  if (!snapshot || !patient) return null;
  const player = WORKFLOW_PLAYERS[snapshot.machine.id];
  if (!player) return { type: task.actions[0]! } as TraineeAction;
  const view: PlayerView = { snapshot, patient, scenario: session.scenario, minute: session.minute };
  return dice ? player.novice(view, dice) : player.expert(view);
}
