/**
 * Button and toast labels for trainee actions: each workflow's from its descriptor, the
 * day's own (rooming, the phone) from the day's table (`src/clinic/trainee-action.ts`).
 */
import { ACTION_LABELS, type TraineeActionType } from '../../src/clinic/trainee-action';

/** The label of an action's button. */
export function actionLabel(type: TraineeActionType): string {
  return ACTION_LABELS[type];
}
