/**
 * Scripted trainees: players without a screen, for tests, `npm run sim` and the
 * benchmarks. Each looks at what the session says can be done now and chooses one move;
 * `expert` follows the protocols and works in a sensible order, `novice` makes the
 * mistakes real beginners make, at the scenario's rate, from its own seeded random source.
 */
import type { TraineeAction } from '../clinic/trainee-action';
import type { AvailableTask, Session } from '../session/session';

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

/** The action a task's first action type stands for, with what it needs (the call's id). */
export function actionFor(task: AvailableTask, type: AvailableTask['actions'][number]): TraineeAction {
  switch (type) {
    case 'phone.answered':
    case 'phone.closed':
      return { type, callId: task.callId ?? '' };
    default:
      return { type } as TraineeAction;
  }
}
