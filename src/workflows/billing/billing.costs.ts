/**
 * The simulated minutes each action of billing costs, with what they cover where it needs
 * saying. Design estimates (see `reference/action-costs.ts`).
 */
import { actionCost, type ActionCost } from '../../reference/action-costs';
import type { BillingAction } from './billing.actions';

/** What each action of billing costs on the clinic clock, and why (design estimates). */
export const BILLING_ACTION_COSTS: Readonly<Record<BillingAction['type'], ActionCost>> = {
  'claim.coded': actionCost(3),
  'claim.corrected': actionCost(1),
  'claim.scrubbed': actionCost(0.5),
  'claim.submitted': actionCost(0.25),
  'denial.worked': actionCost(3),
  'payment.posted': actionCost(1),
  'patient.billed': actionCost(1),
};
