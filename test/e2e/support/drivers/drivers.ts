/**
 * The station drivers, by the id of the machine each station serves (each workflow's, the
 * rooming encounter's and the phone call's), so a workflow without a driver is a compile
 * error here.
 */
import type { WorkflowId } from '../../../../src/workflows/workflows';
import { billingDriver } from './billing';
import { ecgDriver } from './ecg';
import { educationDriver } from './education';
import { intakeDriver } from './intake';
import { medicationDriver } from './medication';
import { noShowDriver } from './no-show';
import { phoneDriver } from './phone';
import { roomingDriver } from './rooming';
import { schedulingDriver } from './scheduling';
import { specimenDriver } from './specimen';
import type { StationDriver } from './station-driver';
import { vitalsDriver } from './vitals';

/** The machines whose stations the browser tests drive. */
export type DrivenMachineId = WorkflowId | 'encounter' | 'phoneCall';

/** Every station's driver. */
export const DRIVERS: Readonly<Record<DrivenMachineId, StationDriver>> = {
  intake: intakeDriver,
  vitals: vitalsDriver,
  specimen: specimenDriver,
  medication: medicationDriver,
  ecg: ecgDriver,
  education: educationDriver,
  scheduling: schedulingDriver,
  'no-show': noShowDriver,
  billing: billingDriver,
  encounter: roomingDriver,
  phoneCall: phoneDriver,
};

/** The driver of the station serving `machineId`. */
export function driverFor(machineId: string): StationDriver {
  if (!Object.hasOwn(DRIVERS, machineId)) throw new Error(`no station driver for the machine "${machineId}"`);
  return DRIVERS[machineId as DrivenMachineId];
}
