/**
 * The station drivers, by the id of the machine each station serves (the workflows', the
 * rooming encounter's and the phone call's), so a station without a driver is a compile
 * error here. Keyed by machine id until the workflows' own list (`WorkflowId`) exists.
 */
import { billingDriver } from './billing';
import { intakeDriver } from './intake';
import { noShowDriver } from './no-show';
import { phoneDriver } from './phone';
import { roomingDriver } from './rooming';
import { schedulingDriver } from './scheduling';
import { specimenDriver } from './specimen';
import type { StationDriver } from './station-driver';
import { taskDriver } from './task';
import { vitalsDriver } from './vitals';

/** The machines whose stations the browser tests drive. */
export type DrivenMachineId = 'intake' | 'vitals' | 'specimen' | 'scheduling' | 'no-show' | 'billing' | 'encounter' | 'phoneCall';

/** Every station's driver. */
export const DRIVERS: Readonly<Record<DrivenMachineId, StationDriver>> = {
  intake: intakeDriver,
  vitals: vitalsDriver,
  specimen: specimenDriver,
  scheduling: schedulingDriver,
  'no-show': noShowDriver,
  billing: billingDriver,
  encounter: roomingDriver,
  phoneCall: phoneDriver,
};

/** The driver of the station serving `machineId`: the task station's for the one-action stage tasks (`task:…`). */
export function driverFor(machineId: string): StationDriver {
  if (machineId.startsWith('task:')) return taskDriver;
  if (!Object.hasOwn(DRIVERS, machineId)) throw new Error(`no station driver for the machine "${machineId}"`);
  return DRIVERS[machineId as DrivenMachineId];
}
