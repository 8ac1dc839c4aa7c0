/** The waiting room's driver (the encounter's rooming): the words the patient is called with. */
import { waitingRoomWords } from '../../../../src/clinic/waiting-room';
import type { StationDriver } from './station-driver';

export const roomingDriver: StationDriver = {
  plain: {},
  async express(hands, action) {
    if (action.type !== 'patient.roomed') return null;
    if (!hands.patient) throw new Error('rooming needs a patient');
    const words = waitingRoomWords(hands.scenario, hands.patient, action.announce);
    return hands.commit(hands.station.getByRole('group', { name: 'Call the patient' }).getByRole('button', { name: words, exact: true }));
  },
};
