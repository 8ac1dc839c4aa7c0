/**
 * Simulated minutes each trainee action costs on the clinic clock.
 *
 * These are our design estimates, informed by typical MA task times taught in MA programmes
 * and competency check-offs; they are not measured data. Minutes are multiples of 0.5.
 */
import { SOURCES, checked, type Source } from './source';

/** Every trainee action the clinic clock charges for, named as a fact. */
export const ACTION_TYPES = [
  'patient.greeted',
  'identity.asked',
  'identity.confirmed',
  'identity.mismatch-flagged',
  'photo-id.checked',
  'demographics.confirmed',
  'insurance-card.scanned',
  'eligibility.checked',
  'prior-authorization.noted',
  'copay.collected',
  'forms.signed',
  'chief-complaint.recorded',
  'check-in.completed',
  'phone.answered',
  'phone.closed',
  'patient.roomed',
  'hands.cleaned',
  'gloves.donned',
  'allergies.reconciled',
  'medications.reconciled',
  'height-weight.measured',
  'temperature.measured',
  'pulse.measured',
  'respirations.measured',
  'blood-pressure.measured',
  'spo2.measured',
  'pain.assessed',
  'vitals.recorded',
  'vitals.flagged',
  'provider.alerted',
  'requisition.checked',
  'tourniquet.applied',
  'tourniquet.released',
  'tube.drawn',
  'tube.inverted',
  'sharps.disposed',
  'site.bandaged',
  'specimen.labeled',
  'capillary.punctured',
  'urine.instructed',
  'swab.collected',
  'poct.control-run',
  'poct.test-run',
  'poct.result-recorded',
  'specimen.sent',
  'patient.ready-for-provider',
  'follow-up.booked',
  'appointment.booked',
  'appointment.rescheduled',
  'appointment.cancelled',
  'no-show.marked',
  'referral.made',
  'appointment.confirmed',
  'checkout.completed',
  'claim.coded',
  'claim.scrubbed',
  'claim.corrected',
  'claim.submitted',
  'denial.worked',
  'payment.posted',
  'patient.billed',
] as const;
/** One trainee action type. */
export type ActionType = (typeof ACTION_TYPES)[number];

/** What an action costs on the clinic clock. */
export interface ActionCost {
  readonly minutes: number;
  readonly source: Source;
}

const estimate = SOURCES.clinicDayDesignEstimate;
const cost = (minutes: number, note?: string): ActionCost => ({
  minutes,
  source: note === undefined ? estimate : checked(estimate, note),
});

/** Simulated minutes per action (design estimates). */
export const ACTION_COSTS: Readonly<Record<ActionType, ActionCost>> = {
  'patient.greeted': cost(0.5),
  'identity.asked': cost(0.5),
  'identity.confirmed': cost(0.5),
  'identity.mismatch-flagged': cost(1),
  'photo-id.checked': cost(0.5),
  'demographics.confirmed': cost(1.5),
  'insurance-card.scanned': cost(1),
  'eligibility.checked': cost(2, 'An electronic 270/271 check in the practice system; phone checks take longer.'),
  'prior-authorization.noted': cost(1),
  'copay.collected': cost(1.5),
  'forms.signed': cost(2),
  'chief-complaint.recorded': cost(1.5),
  'check-in.completed': cost(0.5),
  'phone.answered': cost(0.5),
  'phone.closed': cost(0.5),
  'patient.roomed': cost(1.5),
  'hands.cleaned': cost(0.5, 'About 20 s rub with alcohol-based hand rub, rounded up.'),
  'gloves.donned': cost(0.5),
  'allergies.reconciled': cost(1.5),
  'medications.reconciled': cost(3),
  'height-weight.measured': cost(1.5),
  'temperature.measured': cost(1, 'An electronic thermometer reads in seconds; the minute includes probe cover and record.'),
  'pulse.measured': cost(1, 'Radial pulse counted 30–60 s.'),
  'respirations.measured': cost(1, 'Counted 30–60 s, often straight after the pulse.'),
  'blood-pressure.measured': cost(3, 'Manual BP with cuff sizing and palpated estimate; the 5-minute rest is separate waiting time.'),
  'spo2.measured': cost(0.5),
  'pain.assessed': cost(0.5),
  'vitals.recorded': cost(1),
  'vitals.flagged': cost(0.5),
  'provider.alerted': cost(1),
  'requisition.checked': cost(1),
  'tourniquet.applied': cost(0.5),
  'tourniquet.released': cost(0.5),
  'tube.drawn': cost(1),
  'tube.inverted': cost(0.5),
  'sharps.disposed': cost(0.5),
  'site.bandaged': cost(0.5),
  'specimen.labeled': cost(1),
  'capillary.punctured': cost(1),
  'urine.instructed': cost(1.5, 'Clean-catch instructions; the patient collects on their own time.'),
  'swab.collected': cost(1),
  'poct.control-run': cost(3, 'Hands-on time only; the kit read time runs on the clock separately.'),
  'poct.test-run': cost(1.5, 'Hands-on time only; the kit read time runs on the clock separately.'),
  'poct.result-recorded': cost(1),
  'specimen.sent': cost(1),
  'patient.ready-for-provider': cost(0.5),
  'follow-up.booked': cost(2),
  'appointment.booked': cost(3),
  'appointment.rescheduled': cost(2.5),
  'appointment.cancelled': cost(1),
  'no-show.marked': cost(0.5),
  'referral.made': cost(5),
  'appointment.confirmed': cost(1.5),
  'checkout.completed': cost(2),
  'claim.coded': cost(4),
  'claim.scrubbed': cost(2),
  'claim.corrected': cost(3),
  'claim.submitted': cost(1),
  'denial.worked': cost(8),
  'payment.posted': cost(2),
  'patient.billed': cost(2),
};

/** Simulated minutes an action costs. */
export function actionMinutes(action: ActionType): number {
  return ACTION_COSTS[action].minutes;
}
