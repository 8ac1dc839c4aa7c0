/**
 * THE list of stations: the panel of each workflow, keyed by the workflow's id, so that a
 * workflow without a station is a compile error; and the day's own stations (rooming, the
 * phone, and the patient's card while they wait on others).
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { Session } from '../../src/session/session';
import type { WorkflowId } from '../../src/workflows/workflows';
import { billingStation } from './billing-station';
import { checkoutStation } from './checkout-station';
import { ecgStation } from './ecg-station';
import { educationStation } from './education-station';
import { intakeStation } from './intake-station';
import { medicationStation } from './medication-station';
import { noShowStation } from './no-show-station';
import { phoneStation } from './phone-station';
import { inboxStation } from './inbox-station';
import { roomingStation } from './rooming-station';
import { specimenStation } from './specimen-station';
import type { Station, StationTarget } from './station';
import { waitingStation } from './task-station';
import { vitalsStation } from './vitals-station';

/** Each workflow's station. */
export const STATIONS: Readonly<Record<WorkflowId, Station>> = {
  intake: intakeStation,
  vitals: vitalsStation,
  specimen: specimenStation,
  medication: medicationStation,
  ecg: ecgStation,
  education: educationStation,
  scheduling: checkoutStation,
  'no-show': noShowStation,
  billing: billingStation,
};

/** The day's own stations: rooming (the encounter's), the phone, the inbox, and a patient's card while they wait on others. */
export const DAY_STATIONS = { rooming: roomingStation, phone: phoneStation, inbox: inboxStation, waiting: waitingStation } as const satisfies Readonly<Record<string, Station>>;

const BY_MACHINE_ID: ReadonlyMap<string, Station> = new Map([...Object.values(STATIONS), ...Object.values(DAY_STATIONS)].map((station) => [station.machineId, station]));

/** The station of a machine id that `machineOf` gave (every workflow's, and the day's). */
export function stationFor(machineId: string): Station {
  const station = BY_MACHINE_ID.get(machineId);
  if (station === undefined) throw new Error(`No station serves the machine "${machineId}": add it to STATIONS.`);
  return station;
}

/** The machine a target's station serves now, and its snapshot: the patient's workflow, rooming, or their card while they wait. */
export function machineOf(session: Session, target: StationTarget): { machineId: string; snapshot: AnyMachineSnapshot | undefined } {
  if (target.kind === 'phone') {
    return { machineId: phoneStation.machineId, snapshot: session.phoneSnapshot(target.callId) };
  }
  if (target.kind === 'inbox') return { machineId: inboxStation.machineId, snapshot: session.inboxSnapshot(target.itemId) };
  const snapshot = session.workflowSnapshot(target.patientId);
  if (snapshot) return { machineId: snapshot.machine.id, snapshot };
  const stage = session.stageOf(target.patientId);
  return { machineId: stage === 'waiting-for-room' ? roomingStation.machineId : waitingStation.machineId, snapshot: undefined };
}
