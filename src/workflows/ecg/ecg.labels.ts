/** What the screen calls each action of the ECG workflow. */
import { SHARED_ACTION_LABELS } from '../shared/shared-actions';
import type { EcgAction } from './ecg.actions';

/** The words for each action of the ECG workflow on the screen (its buttons, its toasts). */
export const ECG_ACTION_LABELS: Readonly<Record<EcgAction['type'], string>> = {
  'hands.cleaned': SHARED_ACTION_LABELS['hands.cleaned'],
  'patient.identified': SHARED_ACTION_LABELS['patient.identified'],
  'provider.alerted': SHARED_ACTION_LABELS['provider.alerted'],
  'procedure.explained': 'Explain the ECG',
  'privacy.provided': 'Provide privacy and a gown',
  'patient.positioned': 'Position the patient',
  'skin.prepared': 'Prepare the skin',
  'electrode.placed': 'Place an electrode',
  'machine.set': 'Set the machine',
  'patient-data.entered': 'Enter the patient’s data',
  'tracing.recorded': 'Record the tracing',
  'tracing.checked': 'Check the tracing',
  'artefact.remedied': 'Remedy the artefact',
  'tracing.handed-over': 'Hand the tracing to the provider',
  'tracing.explained-to-patient': 'Explain the tracing to the patient',
  'electrodes.removed': 'Remove the electrodes',
  'ecg.finished': 'Finish at the ECG bed',
};
