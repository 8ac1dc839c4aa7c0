/**
 * The steps two stations share, worked the same way in both: hand hygiene, identifying the
 * patient and alerting the provider (the exam room and the lab), and the chief complaint
 * (the front desk and the exam room).
 */
import type { TraineeAction } from '../../../../src/clinic/trainee-action';
import type { PageState, StationHands } from './station-driver';

/** The one-button steps of hand hygiene and the provider alert. */
export const CARE_BUTTONS = {
  'hands.cleaned': 'hands',
  'provider.alerted': 'alert-provider',
} as const;

/** Identifying the patient: the question (`id-question:open`), then each identifier ticked or cleared. */
export async function identifyPatient(hands: StationHands, action: Extract<TraineeAction, { type: 'patient.identified' }>): Promise<PageState> {
  await hands.choose(`id-question:${action.question}`);
  for (const identifier of ['full-name', 'date-of-birth', 'mrn', 'phone', 'room-number'] as const) await hands.tick(`id:${identifier}`, action.identifiers.includes(identifier));
  return hands.press('identify');
}

/** The chief complaint: ask, then chart what the patient said. */
export async function recordComplaint(hands: StationHands, action: Extract<TraineeAction, { type: 'chief-complaint.recorded' }>): Promise<PageState> {
  await hands.askFirst('ask-complaint');
  await hands.type('complaint', action.text);
  return hands.press('record-complaint');
}
