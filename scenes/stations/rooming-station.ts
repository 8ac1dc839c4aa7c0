/**
 * Rooming: a patient in the waiting room goes to the next free exam room. The station
 * shows the rooms and offers the ways to call the patient — the exact words said aloud in
 * the waiting room, all offered, none marked right — whenever the patient waits for a
 * room; when no room is free the session says so, and the trainee sees it as "Not now".
 */
import { WAITING_ROOM_CALLS, waitingRoomWords } from '../../src/clinic/waiting-room';
import { button, element } from '../dom';
import { patientCard } from './patient-card';
import type { Station, StationContext, StationHost, StationInstance } from './station';
import { displayName } from '../../src/domain/patient';

function render(host: StationHost, context: StationContext): void {
  const { patient, patientView, view } = context;
  host.body.replaceChildren();
  if (!patient) return;
  host.setSubtitle(displayName(patient));
  host.body.append(patientCard(context.session.scenario, patient, patientView));

  const rooms = element('ul', 'room-list');
  rooms.setAttribute('aria-label', 'Exam rooms');
  view.rooms.forEach((occupant, index) => {
    const name = occupant === null ? null : (view.patients.find((p) => p.id === occupant)?.name ?? occupant);
    const item = element('li', occupant === null ? 'room-free' : 'room-taken', `Exam room ${index + 1}: ${name === null ? 'free' : name}`);
    rooms.append(item);
  });
  host.body.append(rooms);

  // Call the patient to the next free room: every way of calling is offered, none marked right.
  const scenario = context.session.scenario;
  host.body.append(element('p', 'station-note', `Call ${patient.name.given} from the waiting room to the next free room. Say:`));
  const actions = element('div', 'station-actions');
  actions.setAttribute('role', 'group');
  actions.setAttribute('aria-label', 'Call the patient');
  for (const call of WAITING_ROOM_CALLS) {
    const words = waitingRoomWords(scenario, patient, call);
    actions.append(button(words, 'button-quiet', () => context.send({ type: 'patient.roomed', announce: call })));
  }
  host.body.append(actions);
}

/** The rooming station, for patients whose encounter waits for a room. */
export const roomingStation: Station = {
  machineId: 'encounter',
  title: 'Waiting room',
  open(host, context): StationInstance {
    render(host, context);
    let shown = context.view.rooms.join();
    return {
      update(next) {
        const rooms = next.view.rooms.join();
        if (rooms === shown) return;
        shown = rooms;
        render(host, next);
      },
    };
  },
};
