/**
 * The simulated minutes each action of the rooming and vitals costs, with what they cover where it needs
 * saying. Design estimates (see `reference/action-costs.ts`).
 */
import { actionCost, type ActionCost } from '../../reference/action-costs';
import { SHARED_ACTION_COSTS } from '../shared/shared-actions';
import type { VitalsAction } from './vitals.actions';

/** What each action of the rooming and vitals costs on the clinic clock, and why (design estimates). */
export const VITALS_ACTION_COSTS: Readonly<Record<VitalsAction['type'], ActionCost>> = {
  'hands.cleaned': SHARED_ACTION_COSTS['hands.cleaned'],
  'patient.identified': SHARED_ACTION_COSTS['patient.identified'],
  'allergies.reconciled': actionCost(0.5),
  'medications.reconciled': actionCost(1),
  'chief-complaint.recorded': SHARED_ACTION_COSTS['chief-complaint.recorded'],
  'height-weight.measured': actionCost(1),
  'temperature.measured': actionCost(0.5, 'An electronic thermometer reads in seconds; the minute includes probe cover and record.'),
  'pulse.measured': actionCost(0.5, 'Radial pulse counted 30–60 s.'),
  'respirations.measured': actionCost(0.5, 'Counted 30–60 s, often straight after the pulse.'),
  'spo2.measured': actionCost(0.25),
  'pain.assessed': actionCost(0.25),
  'blood-pressure.measured': actionCost(1.5, 'Manual BP with cuff sizing and palpated estimate; the 5-minute rest is separate waiting time.'),
  'orthostatic.supine-measured': actionCost(1.5, 'A manual BP and a 30 s pulse lying down; the rest before it is separate waiting time, as for the seated BP.'),
  'orthostatic.standing-measured': actionCost(1.5, 'A manual BP and a 30 s pulse standing, the trainee at the patient\'s side; the minutes of standing before it run alongside.'),
  'orthostatic.patient-lowered': actionCost(0.5, 'Helping a dizzy patient back to lying and staying until the dizziness passes.'),
  'vitals.recorded': actionCost(0.5),
  'vitals.flagged': actionCost(0.25),
  'provider.alerted': SHARED_ACTION_COSTS['provider.alerted'],
  'patient.ready-for-provider': actionCost(0.25),
  'patient.sent-for-ecg': actionCost(0.5, 'Walking the patient to the ECG bed; the provider sees them after the tracing.'),
};
