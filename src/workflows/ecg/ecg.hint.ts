/**
 * The practice hint for the step the ECG workflow is on: what the trainee does next. It reads
 * the workflow's state and what its context already holds, and judges nothing.
 */
import type { AnyMachineSnapshot } from 'xstate';
import { ECG_ELECTRODES } from '../../reference/ecg';
import { type EcgContext, electrodesOn, lastTracing } from './ecg.context';

/** The hint for an ECG snapshot, or null when its work is over. */
export function ecgStepHint(snapshot: AnyMachineSnapshot): string | null {
  if (snapshot.status !== 'active' || !snapshot.matches('working')) return null;
  const context = snapshot.context as EcgContext;
  const last = lastTracing(context);
  if (context.handedOver !== null) return electrodesOn(context) ? 'Take the electrodes off, wipe off the gel and help the patient dress.' : 'Finish at the ECG bed.';
  if (last !== null && context.order.urgent && !context.tracingStale) {
    if (last.named === null) return 'This tracing is urgent: check it for artefacts and get it to the provider now.';
    if (last.named !== 'none') return 'The provider is waiting for this tracing: remedy the artefact and record again at once.';
    return 'This tracing is urgent: hand it to the provider now.';
  }
  if (last !== null && context.order.urgent) return 'The provider is waiting for this tracing: record again at once.';
  if (!context.handsCleaned) return 'Clean your hands before you touch the patient.';
  if (context.identification === null) return 'Have the patient state two identifiers.';
  if (!context.explained) return 'Explain the ECG: it does not hurt, and the patient lies still and breathes normally.';
  if (!context.privacy) return 'Close the door and give a gown that opens to the front, with a drape.';
  if (context.position !== 'supine') return 'Lay the patient flat on their back, arms by the sides.';
  if (Object.keys(context.placements).length === 0 && context.skinPrep.length === 0) return 'Prepare the skin at each site: clean and dry it; clip hair and remove lotion where there is any.';
  if (!ECG_ELECTRODES.every((electrode) => context.placements[electrode] !== undefined)) return 'Place the ten electrodes: the four limbs, then V1 and V2 in the 4th intercostal space beside the sternum, V4 in the 5th at the midclavicular line, V3 between them, V5 and V6 level with V4.';
  if (context.settings === null) return 'Set the machine: 25 mm/s and 10 mm/mV.';
  if (context.patientData === null) return 'Enter the patient’s name, date of birth and sex on the machine.';
  if (last === null || context.tracingStale) return 'Ask the patient to lie still, then record the tracing.';
  if (last.named === null) return 'Check the tracing for artefacts before it goes to the provider.';
  if (last.named !== 'none') return 'Remedy the artefact you saw, then record again.';
  return 'Hand the tracing to the provider: you do not interpret it, and you do not explain it to the patient.';
}
