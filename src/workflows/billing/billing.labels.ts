/** What the screen calls each action of billing. */
import type { BillingAction } from './billing.actions';

/** The words for each action of billing on the screen (its buttons, its toasts). */
export const BILLING_ACTION_LABELS: Readonly<Record<BillingAction['type'], string>> = {
  'claim.coded': 'Code the claim',
  'claim.corrected': 'Correct the claim',
  'claim.scrubbed': 'Scrub the claim',
  'claim.submitted': 'Submit the claim',
  'denial.worked': 'Work the denial',
  'payment.posted': 'Post the payment',
  'patient.billed': 'Bill the patient',
};
