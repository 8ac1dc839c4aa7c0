/** The phone's driver: a button for each step of the call, and the book to move an appointment. */
import { activate, type StationDriver } from './station-driver';

export const phoneDriver: StationDriver = {
  plain: {
    'phone.answered': 'answer',
    'caller.verified': 'verify-caller',
    'results.disclosed': 'disclose',
    'results.withheld': 'withhold',
    'results.none-on-file': 'no-result',
    'appointment.confirmed': 'confirm-appointment',
    'appointment.cancelled': 'cancel-appointment',
    'phone.closed': 'hang-up',
  },
  async express(hands, action) {
    if (action.type !== 'appointment.rescheduled') return null;
    if (!(await hands.station.locator('details.fd-details').evaluate((node) => (node as HTMLDetailsElement).open))) await activate(hands.key('open-book'));
    return hands.bookSlot(/^Appointment book of [^,]+$/, action.date, action.time);
  },
};
