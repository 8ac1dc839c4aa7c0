/**
 * The simulated minutes each action of check-in costs, with what they cover where it needs
 * saying. Design estimates (see `reference/action-costs.ts`).
 */
import { actionCost, type ActionCost } from '../../reference/action-costs';
import { SHARED_ACTION_COSTS } from '../shared/shared-actions';
import type { IntakeAction } from './intake.actions';

/** What each action of check-in costs on the clinic clock, and why (design estimates). */
export const INTAKE_ACTION_COSTS: Readonly<Record<IntakeAction['type'], ActionCost>> = {
  'patient.greeted': actionCost(0.25),
  'identity.asked': actionCost(0.25),
  'identity.mismatch-flagged': actionCost(1),
  'photo-id.checked': actionCost(0.5),
  'identity.confirmed': actionCost(0.25),
  'chart.corrected': actionCost(1, 'Opening the registration, entering the name or date of birth from the photo ID and saving the correction.'),
  'walk-in.slotted': actionCost(1, 'Finding a free same-day slot in the template and telling the patient the wait.'),
  'walk-in.booked-later': actionCost(1.5, 'Finding the first open appointment in the book and telling the walk-in the date and time.'),
  'demographics.asked': actionCost(0.5, 'Asking what changed (established patient) or for address, phone and emergency contact (new patient), and hearing the answer.'),
  'demographics.confirmed': actionCost(0.5, 'Entering and saving what the patient gave; asking for it is demographics.asked (the two were one minute before the question was its own step).'),
  'insurance-card.scanned': actionCost(0.5),
  'eligibility.checked': actionCost(1, 'An electronic 270/271 check in the practice system; phone checks take longer.'),
  'self-pay.agreed': actionCost(1.5, 'Explaining inactive coverage privately and the self-pay price before the visit.'),
  'visit.rescheduled': actionCost(1.5, 'Explaining inactive coverage privately and booking the visit again for a later day.'),
  'prior-authorization.noted': actionCost(1),
  'copay.collected': actionCost(1),
  'forms.signed': actionCost(1),
  'chief-complaint.recorded': SHARED_ACTION_COSTS['chief-complaint.recorded'],
  'provider.alerted': SHARED_ACTION_COSTS['provider.alerted'],
  'check-in.completed': actionCost(0.25),
};
