/** When a scenario's patient comes: the clinic minute they walk in, or are declared a no-show. */
import { minutesOfDay } from './clock-time';
import type { ScenarioPatient } from './scenario.schema';

/** Minutes after the appointment time at which a patient who has not come is a no-show. */
export const NO_SHOW_GRACE_MINUTES = 15;

/** The clinic minute at which the patient walks in (or, for a no-show, is declared one). */
export function arrivalMinute(patient: ScenarioPatient): number {
  const { arrival } = patient;
  const time = minutesOfDay(arrival.time);
  if (arrival.kind === 'walk-in') return time;
  return arrival.noShow ? time + NO_SHOW_GRACE_MINUTES : time + arrival.lateMinutes;
}
