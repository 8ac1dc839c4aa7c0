/**
 * The practice hint for the step billing is on: what the trainee does next there. It reads the
 * workflow's state and what its context already holds, and judges nothing.
 */
import type { AnyMachineSnapshot } from 'xstate';

/** The hint for a billing snapshot, or null when its work is over. */
export function billingStepHint(snapshot: AnyMachineSnapshot): string | null {
  return snapshot.status === 'active' ? (BILLING_HINTS[String(snapshot.value)] ?? null) : null;
}

const BILLING_HINTS: Readonly<Record<string, string>> = {
  coding: 'Code from the note: each diagnosis to its most specific billable code, primary first; the visit level the note supports; every service done here today, once.',
  reviewing: 'Check box 1a against the insurance card, run the scrubber and fix each edit before you send the claim.',
  awaitingPayer: 'The claim is with the payer: work on something else until the answer comes.',
  denied: 'Read the reason code: correct and resubmit the clinic’s own errors; bill the patient when the coverage was not active.',
  billingPatient: 'The statement is the visit’s charges less what the patient paid at check-in.',
  paid: 'Allowed and the patient’s share come from the remittance; the adjustment is charge minus allowed; the balance is the share less what was paid at check-in.',
};
