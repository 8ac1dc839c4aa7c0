/**
 * The practice hint for the step the lab station is on: what the trainee does next there. It reads the
 * workflow's state and what its context already holds, and judges nothing.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { SpecimenContext } from './specimen.machine';

/** The hint for a specimen snapshot, or null when its work is over. */
export function specimenStepHint(snapshot: AnyMachineSnapshot): string | null {
  return snapshot.status === 'active' ? specimenHint(snapshot) : null;
}

function specimenHint(snapshot: AnyMachineSnapshot): string | null {
  const context = snapshot.context as SpecimenContext;
  if (snapshot.matches('awaitingLab')) return 'The specimens are with the lab; it will say whether it accepts them.';
  if (!snapshot.matches('collecting')) return null;
  if (context.criticalPending.length > 0) return 'A critical result is showing: tell the provider now, before anything else.';
  if (context.sharpPending !== null) return 'Put the used sharp in the sharps container now, before any other step.';
  if (snapshot.matches({ collecting: 'tourniquetOn' })) return 'Insert the needle: the tourniquet should stay on no longer than a minute.';
  if (snapshot.matches({ collecting: 'needleIn' })) return 'Draw the tubes in the order of draw; release the tourniquet before you withdraw the needle.';
  if (snapshot.matches({ collecting: 'needleOut' })) return 'Bandage the site.';
  if (!context.handsCleaned) return 'Clean your hands before you touch the patient.';
  if (!context.glovesDonned) return 'Put on gloves before any contact with blood or body fluids.';
  if (context.identification === null) return 'Have the patient state two identifiers, then check the requisition against them.';
  if (!context.requisitionChecked) return 'Check the requisition: what is ordered, and for whom.';
  return 'Collect what is ordered (tubes in the order of draw), label each container at the chair in front of the patient, then send the specimens.';
}
