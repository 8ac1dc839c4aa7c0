/** What the screen calls each action of the lab station. */
import { SHARED_ACTION_LABELS } from '../shared/shared-actions';
import type { SpecimenAction } from './specimen.actions';

/** The words for each action of the lab station on the screen (its buttons, its toasts). */
export const SPECIMEN_ACTION_LABELS: Readonly<Record<SpecimenAction['type'], string>> = {
  'hands.cleaned': SHARED_ACTION_LABELS['hands.cleaned'],
  'gloves.donned': 'Put on gloves',
  'patient.identified': SHARED_ACTION_LABELS['patient.identified'],
  'requisition.checked': 'Check the requisition',
  'site.disinfected': 'Clean the site with alcohol',
  'tourniquet.applied': 'Apply the tourniquet',
  'needle.inserted': 'Insert the needle',
  'tube.drawn': 'Draw a tube',
  'tube.inverted': 'Invert the tube',
  'tourniquet.released': 'Release the tourniquet',
  'needle.withdrawn': 'Withdraw the needle',
  'sharps.disposed': 'Dispose of the sharp',
  'site.bandaged': 'Bandage the site',
  'specimen.labeled': 'Label the specimen',
  'capillary.punctured': 'Puncture the fingertip',
  'microtube.filled': 'Fill the microtube',
  'urine.instructed': 'Give urine collection instructions',
  'swab.collected': 'Collect the swab',
  'poct.control-run': 'Run the quality control',
  'poct.test-run': 'Run the test',
  'poct.result-recorded': 'Record the test result',
  'procedure.performed': 'Perform the procedure',
  'provider.alerted': SHARED_ACTION_LABELS['provider.alerted'],
  'specimen.sent': 'Send the specimens',
};
