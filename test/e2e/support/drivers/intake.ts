/**
 * Check-in's driver: the identity questions composed and asked, the chart corrected, the
 * walk-in slotted or booked later, the registration's forms, the coverage talk and the
 * copay, each filled and sent through the desk's controls.
 */
import { recordComplaint } from './shared';
import type { StationDriver } from './station-driver';

export const intakeDriver: StationDriver = {
  plain: {
    'patient.greeted': 'greet',
    'identity.mismatch-flagged': 'flag-mismatch',
    'photo-id.checked': 'photo-id',
    'identity.confirmed': 'confirm-identity',
    'eligibility.checked': 'eligibility',
    'prior-authorization.noted': 'prior-auth',
    'check-in.completed': 'complete-check-in',
    // A red-flag complaint told to the provider at once, from the desk.
    'provider.alerted': 'alert-provider',
  },
  async express(hands, action) {
    const { type, tick, select, press } = hands;
    switch (action.type) {
      case 'identity.asked':
        await hands.choose(`identity-question:${action.question}`);
        await hands.choose(`identity-style:${action.style}`);
        return press('ask');
      case 'walk-in.booked-later':
        return hands.bookSlot(/^Appointment book of .+, from today$/, action.date, action.time);
      case 'self-pay.agreed':
        // The patient hears, privately, that the plan is not active before choosing to pay.
        await hands.askFirst('tell-coverage');
        return press('self-pay');
      case 'visit.rescheduled':
        await hands.askFirst('tell-coverage');
        return hands.bookSlot(/^Appointment book of .+, for the rescheduled visit$/, action.date, action.time);
      case 'walk-in.slotted':
        return hands.bookSlot(/^Today’s schedule for /, hands.scenario.day.date, action.time);
      case 'demographics.asked':
        // Only the question that fits the patient is on the panel: what changed, or everything for a new patient.
        return press(action.question === 'new-patient-details' ? 'ask-details' : 'ask-changes');
      case 'chart.corrected':
        await type('chart-given', action.name.given);
        await type('chart-middle', action.name.middle ?? '');
        await type('chart-family', action.name.family);
        await type('chart-dob', action.dateOfBirth);
        return press('correct-chart');
      case 'demographics.confirmed':
        await type('line1', action.address.line1);
        await type('line2', action.address.line2 ?? '');
        await type('city', action.address.city);
        await type('state', action.address.state);
        await type('zip', action.address.postalCode);
        await type('phone', action.phone);
        await tick('emergency', action.emergencyContactConfirmed);
        await tick('no-emergency-contact', action.noEmergencyContact === true);
        return press('save-demographics');
      case 'insurance-card.scanned':
        await select('payer', action.payerId);
        await type('member-id', action.memberId);
        await type('group', action.groupNumber ?? '');
        await select('plan-type', action.planType);
        return press('save-card');
      case 'copay.collected':
        await type('copay-amount', String(action.amount));
        await tick('receipt', action.receiptGiven);
        return press('collect-copay');
      case 'forms.signed':
        for (const form of ['privacy-notice', 'consent-to-treat', 'financial-policy'] as const) {
          const name = `form:${form}`;
          // A form signed earlier shows ticked; ticking it again is what puts it on this signing.
          if (action.forms.includes(form) && hands.seen.checked.get(name) === true) {
            await hands.key(name).press('Space');
            hands.seen.checked.set(name, false);
          }
          await tick(name, action.forms.includes(form));
        }
        return press('sign-forms');
      case 'chief-complaint.recorded':
        return recordComplaint(hands, action);
      default:
        return null;
    }
  },
};
