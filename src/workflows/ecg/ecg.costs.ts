/**
 * The simulated minutes each action of the ECG workflow costs, with what they cover. Design
 * estimates (see `reference/action-costs.ts`): the expert's whole ECG (preparation, ten
 * electrodes, settings and data, one tracing checked, the hand-over and the electrodes off)
 * comes to about 8 minutes, within the 5–10 minutes a resting 12-lead takes with skin
 * preparation and lead placement.
 */
import { actionCost, type ActionCost } from '../../reference/action-costs';
import { SHARED_ACTION_COSTS } from '../shared/shared-actions';
import type { EcgAction } from './ecg.actions';

/** What each action of the ECG workflow costs on the clinic clock, and why (design estimates). */
export const ECG_ACTION_COSTS: Readonly<Record<EcgAction['type'], ActionCost>> = {
  'hands.cleaned': SHARED_ACTION_COSTS['hands.cleaned'],
  'patient.identified': SHARED_ACTION_COSTS['patient.identified'],
  'provider.alerted': SHARED_ACTION_COSTS['provider.alerted'],
  'procedure.explained': actionCost(0.5, 'Say what will happen, that it does not hurt, and that the patient must lie still and breathe normally; answer a question.'),
  'privacy.provided': actionCost(0.5, 'Close the door, have the patient undress to the waist and put on a gown opening to the front, and drape the legs.'),
  'patient.positioned': actionCost(0.25, 'Help the patient onto the bed, lying flat with the arms by the sides.'),
  'skin.prepared': actionCost(1, 'Clean each of the ten sites and dry it; clipping hair or wiping off lotion where needed takes most of the minute.'),
  'electrode.placed': actionCost(0.25, 'Find the landmark (the angle of Louis and the intercostal spaces for a chest electrode), peel and press the electrode, clip the lead wire.'),
  'machine.set': actionCost(0.25, 'Check the paper speed and gain on the machine’s screen.'),
  'patient-data.entered': actionCost(0.5, 'Type the name and date of birth and choose the sex on the machine’s keyboard.'),
  'tracing.recorded': actionCost(0.5, 'The machine records 10 seconds once the patient lies still; the tracing prints.'),
  'tracing.checked': actionCost(0.25, 'Look over the twelve leads for tremor, interference, a wandering baseline and a lead that looks reversed.'),
  'artefact.remedied': actionCost(1, 'A blanket and a word of reassurance, a device unplugged, a site cleaned again with a new electrode, or the lead wires traced and swapped back.'),
  'tracing.handed-over': actionCost(0.5, 'Walk the tracing to the provider, or put it in the review tray and flag it in the record.'),
  'tracing.explained-to-patient': actionCost(0.5),
  'electrodes.removed': actionCost(0.5, 'Unclip the leads, peel off the electrodes, wipe off the gel and help the patient dress.'),
  'ecg.finished': actionCost(0.25),
};
