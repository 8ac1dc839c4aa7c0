/**
 * Button labels for trainee actions. Workflows add theirs here as they add actions; an
 * action without a label reads as its own name ("vitals.bp-recorded" → "Vitals: bp recorded").
 */
import type { TraineeActionType } from '../../src/clinic/trainee-action';

const LABELS: Readonly<Partial<Record<TraineeActionType, string>>> = {
  'patient.roomed': 'Room the patient',
  'phone.answered': 'Answer the phone',
  'phone.closed': 'End the call',
  'check-in.completed': 'Check in',
  'vitals.recorded': 'Take and record vitals',
  'specimen.sent': 'Collect and send specimens',
  'checkout.completed': 'Check out and book follow-up',
  'claim.submitted': 'Code and submit the claim',
};

/** The label of an action's button. */
export function actionLabel(type: TraineeActionType): string {
  const label = LABELS[type];
  if (label) return label;
  const [area = type, fact = ''] = type.split('.');
  return `${area.charAt(0).toUpperCase()}${area.slice(1).replaceAll('-', ' ')}: ${fact.replaceAll('-', ' ')}`.replace(/: $/, '');
}
