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
import { CLOCK_TIME_PATTERN } from '../scenario/clock-time';
import { parseIsoDate } from '../reference/iso-date';

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

/**
 * What is wrong with an action's form, or null: a `time` that is not `HH:MM`, a `date`
 * that is not a calendar date. The session refuses such an action before any machine
 * sees it, so a hand-edited log or a buggy caller gets a located message, never a throw.
 */
export function actionFormProblem(action: TraineeAction): string | null {
  const fields = action as unknown as Record<string, unknown>;
  if (typeof fields.type !== 'string') return 'An action needs a type.';
  if ('time' in fields && (typeof fields.time !== 'string' || !CLOCK_TIME_PATTERN.test(fields.time))) {
    return `${fields.type}: time ${JSON.stringify(fields.time)} is not a time of day (HH:MM, 24-hour clock).`;
  }
  if ('date' in fields && (typeof fields.date !== 'string' || parseIsoDate(fields.date) === null)) {
    return `${fields.type}: date ${JSON.stringify(fields.date)} is not a calendar date (YYYY-MM-DD).`;
  }
  return null;
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
