/**
 * Every action a trainee can take, as one typed union of events named as facts.
 * Each workflow exports its own union; the clinic day adds the actions that concern the
 * day's shared resources (rooms, the phone).
 */
import type { StageTaskAction } from '../workflows/stage-tasks/stage-task.machine';
import { VITALS_ACTION_SAMPLES, type VitalsAction } from '../workflows/vitals/vitals.actions';
import { SPECIMEN_ACTION_SAMPLES, type SpecimenAction } from '../workflows/specimen/specimen.actions';
import { BILLING_ACTION_SAMPLES, type BillingAction } from '../workflows/billing/billing.actions';
import { INTAKE_ACTION_SAMPLES, type IntakeAction } from '../workflows/intake/intake.actions';
import { SCHEDULING_ACTION_SAMPLES, type NoShowAction, type SchedulingAction } from '../workflows/scheduling/scheduling.actions';
import { PHONE_CONVERSATION_ACTION_SAMPLES, PHONE_CONVERSATION_ACTION_TYPES, type PhoneConversationAction } from './phone-call.machine';
import type { WaitingRoomCall } from './waiting-room';

/** Actions about the day's shared resources, handled by the clinic day machine. */
export type DayAction =
  /** Fetch a waiting patient into the next free room; `announce`: what was said aloud in the waiting room. */
  | { type: 'patient.roomed'; announce: WaitingRoomCall }
  | { type: 'phone.answered'; callId: string }
  | { type: 'phone.closed'; callId: string }
  | PhoneConversationAction;

export const DAY_ACTION_TYPES = ['patient.roomed', 'phone.answered', 'phone.closed', ...PHONE_CONVERSATION_ACTION_TYPES] as const satisfies readonly DayAction['type'][];

/** Any trainee action. */
export type TraineeAction = DayAction | StageTaskAction | VitalsAction | SpecimenAction | BillingAction | IntakeAction | SchedulingAction | NoShowAction;
export type TraineeActionType = TraineeAction['type'];

/** True for actions the clinic day handles rather than a patient's encounter. */
export function isDayAction(action: TraineeAction): action is DayAction {
  return (DAY_ACTION_TYPES as readonly string[]).includes(action.type);
}

/** One example of every action, for property tests and tools that probe the machines. */
export const TRAINEE_ACTION_SAMPLES: readonly TraineeAction[] = [
  { type: 'patient.roomed', announce: 'first-name' },
  { type: 'patient.roomed', announce: 'full-name-and-reason' },
  { type: 'phone.answered', callId: 'call-1' },
  { type: 'phone.closed', callId: 'call-1' },
  { type: 'check-in.completed' },
  { type: 'vitals.recorded' },
  { type: 'specimen.sent' },
  { type: 'checkout.completed' },
  { type: 'claim.submitted' },
  ...VITALS_ACTION_SAMPLES,
  ...SPECIMEN_ACTION_SAMPLES,
  ...BILLING_ACTION_SAMPLES,
  ...INTAKE_ACTION_SAMPLES,
  ...SCHEDULING_ACTION_SAMPLES,
  ...PHONE_CONVERSATION_ACTION_SAMPLES,
];
