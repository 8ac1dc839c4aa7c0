/** What the screen calls each action of check-in. */
import { SHARED_ACTION_LABELS } from '../shared/shared-actions';
import type { IntakeAction } from './intake.actions';

/** The words for each action of check-in on the screen (its buttons, its toasts). */
export const INTAKE_ACTION_LABELS: Readonly<Record<IntakeAction['type'], string>> = {
  'patient.greeted': 'Greet the patient',
  'identity.asked': 'Ask for an identifier',
  'identity.mismatch-flagged': 'Flag an identity mismatch',
  'photo-id.checked': 'Check the photo ID',
  'identity.confirmed': 'Confirm identity',
  'chart.corrected': 'Correct the chart',
  'walk-in.slotted': 'Slot the walk-in',
  'walk-in.booked-later': 'Book the walk-in for later',
  'demographics.asked': 'Ask about address and phone',
  'demographics.confirmed': 'Save address and phone',
  'insurance-card.scanned': 'Save the insurance card',
  'eligibility.checked': 'Run eligibility',
  'self-pay.agreed': 'Agree self-pay',
  'visit.rescheduled': 'Reschedule the visit',
  'prior-authorization.noted': 'Note the prior authorisation',
  'copay.collected': 'Collect the copay',
  'forms.signed': 'Sign the forms',
  'chief-complaint.recorded': SHARED_ACTION_LABELS['chief-complaint.recorded'],
  'provider.alerted': SHARED_ACTION_LABELS['provider.alerted'],
  'check-in.completed': 'Check in',
};
