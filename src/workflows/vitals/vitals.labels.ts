/** What the screen calls each action of the rooming and vitals. */
import { SHARED_ACTION_LABELS } from '../shared/shared-actions';
import type { VitalsAction } from './vitals.actions';

/** The words for each action of the rooming and vitals on the screen (its buttons, its toasts). */
export const VITALS_ACTION_LABELS: Readonly<Record<VitalsAction['type'], string>> = {
  'hands.cleaned': SHARED_ACTION_LABELS['hands.cleaned'],
  'patient.identified': SHARED_ACTION_LABELS['patient.identified'],
  'allergies.reconciled': 'Record allergies',
  'medications.reconciled': 'Reconcile medications',
  'chief-complaint.recorded': SHARED_ACTION_LABELS['chief-complaint.recorded'],
  'height-weight.measured': 'Measure height and weight',
  'temperature.measured': 'Take the temperature',
  'pulse.measured': 'Count the pulse',
  'respirations.measured': 'Count respirations',
  'spo2.measured': 'Read the oxygen saturation',
  'pain.assessed': 'Assess pain',
  'blood-pressure.measured': 'Take the blood pressure',
  'orthostatic.supine-measured': 'Take the lying blood pressure and pulse',
  'orthostatic.standing-measured': 'Take the standing blood pressure and pulse',
  'orthostatic.patient-lowered': 'Help the patient back down',
  'vitals.recorded': 'Record the vital signs',
  'vitals.flagged': 'Flag abnormal values',
  'provider.alerted': SHARED_ACTION_LABELS['provider.alerted'],
  'patient.ready-for-provider': 'Mark ready for the provider',
  'patient.sent-for-ecg': 'Take to the ECG bed now (standing order)',
};
