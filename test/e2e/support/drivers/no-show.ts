/** The no-show's driver: whether a new appointment was offered, then the mark. */
import type { StationDriver } from './station-driver';

export const noShowDriver: StationDriver = {
  plain: {},
  async express(hands, action) {
    if (action.type !== 'no-show.marked') return null;
    await hands.tick('offer', action.rescheduleOffered);
    return hands.press('mark-no-show');
  },
};
