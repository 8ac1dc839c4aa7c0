/** Checkout's driver: the follow-up booked in the provider's book, the referral, and checkout completed. */
import type { StationDriver } from './station-driver';

export const schedulingDriver: StationDriver = {
  plain: { 'checkout.completed': 'complete-checkout' },
  async express(hands, action) {
    switch (action.type) {
      case 'follow-up.booked':
        if (hands.seen.values.get('provider') !== action.providerId) {
          await hands.key('provider').selectOption(action.providerId);
          // Another provider's book is drawn afresh, with the visit types of that provider.
          hands.seen.values.delete('visit-type');
        }
        await hands.select('visit-type', action.visitTypeId);
        return hands.bookSlot(/^Appointment book of [^,]+$/, action.date, action.time);
      case 'referral.made':
        await hands.type('specialty', action.specialty);
        await hands.tick('referral-authorization', action.authorizationRequested);
        return hands.press('send-referral');
      default:
        return null;
    }
  },
};
