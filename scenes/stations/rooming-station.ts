/**
 * Rooming: a patient in the waiting room goes to the next free exam room. The station
 * shows the rooms and offers the ways to call the patient — the exact words said aloud in
 * the waiting room, all offered, none marked right — whenever the patient waits for a
 * room; when no room is free the session says so, and the trainee sees it as "Not now".
 */
import { WAITING_ROOM_CALLS, waitingRoomWords } from '../../src/clinic/waiting-room';
import { element } from '../dom';
import { buttonGroup, keyedButton, paragraph } from './kit/controls';
import { patientCard } from './patient-card';
import { roomingVoice } from './young-child-text';
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
  const voice = roomingVoice(patient, scenario.day.date);
  const whom = voice.forChild ? `${patient.name.given} (with ${voice.speaker}, who answers for ${patient.name.given})` : patient.name.given;
  host.body.append(
    paragraph(`Call ${whom} from the waiting room to the next free room. Say:`, 'station-note'),
    buttonGroup(
      'Call the patient',
      WAITING_ROOM_CALLS.map((call) => keyedButton(waitingRoomWords(scenario, patient, call), `call:${call}`, 'quiet', () => context.send({ type: 'patient.roomed', announce: call }))),
    ),
  );
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
