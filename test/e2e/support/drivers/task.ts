/** The generic task station's driver (the one-action stage tasks, `task:` machines): the button with the action's label. */
import { actionLabel } from '../../../../scenes/stations/action-labels';
import type { StationDriver } from './station-driver';

export const taskDriver: StationDriver = {
  plain: {},
  async express(hands, action) {
    return hands.commit(hands.station.getByRole('button', { name: actionLabel(action.type), exact: true }));
  },
};
