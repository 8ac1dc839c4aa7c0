/** What the screen calls each action of the medication workflow. */
import { SHARED_ACTION_LABELS } from '../shared/shared-actions';
import type { MedicationAction } from './medication.actions';

/** The words for each action of the medication workflow on the screen (its buttons, its toasts). */
export const MEDICATION_ACTION_LABELS: Readonly<Record<MedicationAction['type'], string>> = {
  'hands.cleaned': SHARED_ACTION_LABELS['hands.cleaned'],
  'patient.identified': SHARED_ACTION_LABELS['patient.identified'],
  'provider.alerted': SHARED_ACTION_LABELS['provider.alerted'],
  'storage.log-read': 'Read the storage log',
  'storage.excursion-reported': 'Report the temperature excursion',
  'order.reviewed': 'Read the order',
  'order.returned': 'Send the order back to the provider',
  'allergies.checked': 'Check the allergies',
  'vial.label-read': 'Read the vial label',
  'dose.drawn-up': 'Draw up the dose',
  'vis.given': 'Give the VIS',
  'injection.given': 'Give the injection',
  'syringe.discarded': 'Discard the syringe',
  'wheal.checked': 'Check the wheal',
  'induration.recorded': 'Record the reading',
  'administration.recorded': 'Record the vaccine',
  'registry.reported': 'Report to the registry',
  'observation.started': 'Start the observation',
  'patient.laid-down': 'Lay the patient down',
  'observation.ended': 'End the observation',
  'medication.finished': 'Finish at the medication station',
};
