/** What the screen calls each action of checkout. */
import type { NoShowAction, SchedulingAction } from './scheduling.actions';

/** The words for each action of checkout on the screen (its buttons, its toasts). */
export const SCHEDULING_ACTION_LABELS: Readonly<Record<SchedulingAction['type'], string>> = {
  'follow-up.booked': 'Book the follow-up',
  'referral.made': 'Send the referral',
  'checkout.completed': 'Check out',
};

/** The words for each action of a no-show on the screen (its buttons, its toasts). */
export const NO_SHOW_ACTION_LABELS: Readonly<Record<NoShowAction['type'], string>> = {
  'no-show.marked': 'Mark the no-show',
};
