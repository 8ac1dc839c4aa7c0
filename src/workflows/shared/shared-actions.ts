/**
 * The actions two workflows share (the hand hygiene, identification and alerting steps of the
 * rooming and the lab, the chief complaint taken at the desk or in the room): their cost and
 * their label, defined once and included by each workflow that takes them.
 */
import { actionCost, type ActionCost } from '../../reference/action-costs';

/** The actions more than one workflow takes. */
export type SharedActionType = 'hands.cleaned' | 'patient.identified' | 'provider.alerted' | 'chief-complaint.recorded';

/** What each shared action costs on the clinic clock, and why (design estimates). */
export const SHARED_ACTION_COSTS: Readonly<Record<SharedActionType, ActionCost>> = {
  'hands.cleaned': actionCost(0.25, 'About 20 s rub with alcohol-based hand rub, rounded up.'),
  'patient.identified': actionCost(0.25, 'The patient states full name and date of birth; the MA compares them with the chart or the requisition.'),
  'provider.alerted': actionCost(0.5),
  'chief-complaint.recorded': actionCost(0.5),
};

/** What the screen calls each shared action. */
export const SHARED_ACTION_LABELS: Readonly<Record<SharedActionType, string>> = {
  'hands.cleaned': 'Clean your hands',
  'patient.identified': 'Identify the patient',
  'provider.alerted': 'Alert the provider',
  'chief-complaint.recorded': 'Record the chief complaint',
};

/** One example of each hygiene, identification and alerting step, for a workflow that takes them to include in its samples. */
export const SHARED_STEP_SAMPLES = [
  { type: 'hands.cleaned' },
  { type: 'patient.identified', question: 'open', identifiers: ['full-name', 'date-of-birth'] },
  { type: 'provider.alerted' },
] as const;
