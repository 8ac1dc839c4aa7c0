/**
 * Every action a trainee can take, as one typed union of events named as facts: the
 * workflows' actions (derived from the list in `workflows/workflows.ts`) and the actions that
 * concern the day's shared resources (rooms, the phone), with the day's own costs and labels.
 */
import { actionCost, type ActionCost } from '../reference/action-costs';
import { WORKFLOW_ACTION_COSTS, WORKFLOW_ACTION_LABELS, WORKFLOW_ACTION_SAMPLES, type WorkflowTraineeAction } from '../workflows/workflows';
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
export type TraineeAction = DayAction | WorkflowTraineeAction;
export type TraineeActionType = TraineeAction['type'];

/** What each of the day's own actions costs on the clinic clock, and why (design estimates; the workflows' are in their descriptors). */
export const DAY_ACTION_COSTS: Readonly<Record<DayAction['type'], ActionCost>> = {
  'patient.roomed': actionCost(1),
  'phone.answered': actionCost(0.25),
  'phone.closed': actionCost(0.25),
  'caller.verified': actionCost(0.5, 'Asking the caller for identifiers and checking the release of information on file.'),
  'results.disclosed': actionCost(1),
  'results.withheld': actionCost(0.5, 'Explaining that nothing can be shared without the patient\'s permission and offering a call-back.'),
  'appointment.rescheduled': actionCost(2),
  'appointment.cancelled': actionCost(1),
  'appointment.confirmed': actionCost(1),
};

/** What the screen calls each of the day's own actions (the workflows' are in their descriptors). */
export const DAY_ACTION_LABELS: Readonly<Record<DayAction['type'], string>> = {
  'patient.roomed': 'Room the patient',
  'phone.answered': 'Answer the phone',
  'phone.closed': 'End the call',
  'caller.verified': 'Verify the caller',
  'results.disclosed': 'Give the results',
  'results.withheld': 'Decline to share results',
  'appointment.rescheduled': 'Reschedule the appointment',
  'appointment.cancelled': 'Cancel the appointment',
  'appointment.confirmed': 'Confirm the appointment',
};

/** What every trainee action costs, by type: the day's own and every workflow's. */
export const ACTION_COSTS: ReadonlyMap<TraineeActionType, ActionCost> = new Map<TraineeActionType, ActionCost>([
  ...(Object.entries(DAY_ACTION_COSTS) as [DayAction['type'], ActionCost][]),
  ...WORKFLOW_ACTION_COSTS,
]);

/** What the screen calls every trainee action, by type (each workflow's labels cover its actions, so none is missing). */
export const ACTION_LABELS: Readonly<Record<TraineeActionType, string>> = Object.freeze(
  Object.assign(Object.create(null) as Record<TraineeActionType, string>, DAY_ACTION_LABELS, Object.fromEntries(WORKFLOW_ACTION_LABELS)),
);

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
  ...WORKFLOW_ACTION_SAMPLES,
  ...PHONE_CONVERSATION_ACTION_SAMPLES,
];
