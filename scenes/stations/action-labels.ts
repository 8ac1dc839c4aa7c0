/**
 * Button labels for trainee actions. Workflows add theirs here as they add actions; an
 * action without a label reads as its own name ("vitals.bp-recorded" → "Vitals: bp recorded").
 */
import type { TraineeActionType } from '../../src/clinic/trainee-action';

const LABELS: Readonly<Partial<Record<TraineeActionType, string>>> = {
  'patient.roomed': 'Room the patient',
  'phone.answered': 'Answer the phone',
  'phone.closed': 'End the call',
  'check-in.completed': 'Check in',
  'vitals.recorded': 'Take and record vitals',
  'specimen.sent': 'Collect and send specimens',
  'checkout.completed': 'Check out and book follow-up',
  'claim.submitted': 'Code and submit the claim',
  'patient.greeted': 'Greet the patient',
  'identity.asked': 'Ask for an identifier',
  'identity.mismatch-flagged': 'Flag an identity mismatch',
  'photo-id.checked': 'Check the photo ID',
  'identity.confirmed': 'Confirm identity',
  'walk-in.slotted': 'Slot the walk-in',
  'walk-in.booked-later': 'Book the walk-in for later',
  'visit.rescheduled': 'Reschedule the visit',
  'demographics.confirmed': 'Save address and phone',
  'insurance-card.scanned': 'Save the insurance card',
  'eligibility.checked': 'Run eligibility',
  'self-pay.agreed': 'Agree self-pay',
  'prior-authorization.noted': 'Note the prior authorisation',
  'copay.collected': 'Collect the copay',
  'forms.signed': 'Sign the forms',
  'follow-up.booked': 'Book the follow-up',
  'referral.made': 'Send the referral',
  'no-show.marked': 'Mark the no-show',
  'caller.verified': 'Verify the caller',
  'results.disclosed': 'Give the results',
  'results.withheld': 'Decline to share results',
  'appointment.rescheduled': 'Reschedule the appointment',
  'appointment.cancelled': 'Cancel the appointment',
  'appointment.confirmed': 'Confirm the appointment',
};

/** The label of an action's button. */
export function actionLabel(type: TraineeActionType): string {
  const label = LABELS[type];
  if (label) return label;
  const [area = type, fact = ''] = type.split('.');
  return `${area.charAt(0).toUpperCase()}${area.slice(1).replaceAll('-', ' ')}: ${fact.replaceAll('-', ' ')}`.replace(/: $/, '');
}
