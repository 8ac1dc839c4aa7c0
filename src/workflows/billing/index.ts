/** Coding, the claim, the payer's answer and the patient's statement: the billing workflow, as the game knows it. */
import { defineWorkflow } from '../workflow';
import { BILLING_ACTION_SAMPLES, type BillingAction, billingActionSchema } from './billing.actions';
import { BILLING_ACTION_COSTS } from './billing.costs';
import { billingStepHint } from './billing.hint';
import { BILLING_ACTION_LABELS } from './billing.labels';
import { billingAvailableActions, billingMachine, claimWentOut } from './billing.machine';
import { BILLING_PLAYER } from './billing.player';
import { BILLING_RULES } from './billing.rules';

/** The billing workflow. */
export const billing = defineWorkflow<BillingAction>()({
  id: 'billing',
  stage: 'billing',
  switch: 'billing',
  machine: billingMachine,
  actions: billingActionSchema,
  samples: BILLING_ACTION_SAMPLES,
  costs: BILLING_ACTION_COSTS,
  labels: BILLING_ACTION_LABELS,
  rules: BILLING_RULES,
  availableActions: billingAvailableActions,
  claimSent: claimWentOut,
  player: BILLING_PLAYER,
  hint: billingStepHint,
  view: {
    area: 'gone',
    badge: { act: 'Claim to submit', other: { text: 'Gone home', tone: 'done' } },
    task: 'Submit the claim',
    // Once the claim is out, the queue says what the payer's answer asks, never "Submit the claim" again.
    taskOfAction: { 'denial.worked': 'Work the denied claim', 'patient.billed': 'Bill the patient', 'payment.posted': 'Post the payment' },
    queueOrder: 3,
    hint: 'Submit the claim when nobody in the clinic is waiting for you.',
  },
});
