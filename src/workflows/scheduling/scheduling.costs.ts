/**
 * The simulated minutes each action of checkout costs, with what they cover where it needs
 * saying. Design estimates (see `reference/action-costs.ts`).
 */
import { actionCost, type ActionCost } from '../../reference/action-costs';
import type { NoShowAction, SchedulingAction } from './scheduling.actions';

/** What each action of checkout costs on the clinic clock, and why (design estimates). */
export const SCHEDULING_ACTION_COSTS: Readonly<Record<SchedulingAction['type'], ActionCost>> = {
  'follow-up.booked': actionCost(1.5),
  'referral.made': actionCost(2),
  'checkout.completed': actionCost(0.5),
};

/** What each action of a no-show costs on the clinic clock, and why (design estimates). */
export const NO_SHOW_ACTION_COSTS: Readonly<Record<NoShowAction['type'], ActionCost>> = {
  'no-show.marked': actionCost(0.5),
};
