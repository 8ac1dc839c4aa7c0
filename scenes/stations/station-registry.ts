/**
 * The stations by the id of the machine they serve. A workflow adds its station by putting
 * it in `STATIONS`; a machine without a station of its own gets the generic task station,
 * which offers the actions the session lists for the patient.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { Session } from '../../src/session/session';
import { billingStation } from './billing-station';
import { checkoutStation } from './checkout-station';
import { intakeStation } from './intake-station';
import { noShowStation } from './no-show-station';
import { phoneStation } from './phone-station';
import { roomingStation } from './rooming-station';
import { specimenStation } from './specimen-station';
import type { Station, StationTarget } from './station';
import { taskStation } from './task-station';
import { vitalsStation } from './vitals-station';

/** Every station with a machine id of its own. */
export const STATIONS: readonly Station[] = [roomingStation, phoneStation, billingStation, intakeStation, checkoutStation, noShowStation, vitalsStation, specimenStation];

const BY_MACHINE_ID = new Map(STATIONS.map((station) => [station.machineId, station]));

/** The station for a machine id; the task station for `task:` machines and for any machine without one. */
export function stationFor(machineId: string): Station {
  return BY_MACHINE_ID.get(machineId) ?? taskStation;
}

/** The machine a target's station serves now, and its snapshot. */
export function machineOf(session: Session, target: StationTarget): { machineId: string; snapshot: AnyMachineSnapshot | undefined } {
  if (target.kind === 'phone') {
    return { machineId: phoneStation.machineId, snapshot: session.phoneSnapshot(target.callId) };
  }
  const snapshot = session.workflowSnapshot(target.patientId);
  if (snapshot) return { machineId: snapshot.machine.id, snapshot };
  const stage = session.stageOf(target.patientId);
  return { machineId: stage === 'waiting-for-room' ? roomingStation.machineId : `stage:${stage ?? 'expected'}`, snapshot: undefined };
}
