/** The no-show's driver: a new appointment offered (ticked when it was), then the mark. */
import type { StationDriver } from './station-driver';

export const noShowDriver: StationDriver = {
  plain: {},
  async express(hands, action) {
    if (action.type !== 'no-show.marked') return null;
    // The box is there only while a call is still owed: a patient who rebooked by phone has none to tick.
    if (action.rescheduleOffered) await hands.tick('offer', true);
    return hands.press('mark-no-show');
  },
};
