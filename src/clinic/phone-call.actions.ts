/**
 * What the trainee does about a phone call, as typed events named as facts, with the
 * schema that reads them at the edge. The call's machine is `phone-call.machine.ts`.
 */
import { clockTimeEntry, idEntry, isoDateEntry } from '../scenario/entries';
import { schemaOf, z } from '../scenario/zod';

/** Everything the trainee can do about a call. */
export type PhoneCallEvent =
  | { type: 'phone.answered'; callId: string }
  | { type: 'caller.verified'; callId: string }
  | { type: 'results.disclosed'; callId: string }
  | { type: 'results.withheld'; callId: string }
  /** A results call whose visit did not take place: the caller is told there is no result, and why. */
  | { type: 'results.none-on-file'; callId: string }
  | { type: 'appointment.rescheduled'; callId: string; date: string; time: string }
  | { type: 'appointment.cancelled'; callId: string }
  | { type: 'appointment.confirmed'; callId: string }
  | { type: 'phone.closed'; callId: string };

/** The actions on a call in progress (beyond answering and hanging up). */
export type PhoneConversationAction = Exclude<PhoneCallEvent, { type: 'phone.answered' } | { type: 'phone.closed' }>;

/** The call actions' types, for routing them to the call. */
export const PHONE_CONVERSATION_ACTION_TYPES = [
  'caller.verified',
  'results.disclosed',
  'results.withheld',
  'results.none-on-file',
  'appointment.rescheduled',
  'appointment.cancelled',
  'appointment.confirmed',
] as const satisfies readonly PhoneConversationAction['type'][];

/** The actions on a call in progress, checked at the edge before the call's machine sees them. */
export const phoneConversationActionSchema = schemaOf<PhoneConversationAction>()(
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('caller.verified'), callId: idEntry() }),
    z.strictObject({ type: z.literal('results.disclosed'), callId: idEntry() }),
    z.strictObject({ type: z.literal('results.withheld'), callId: idEntry() }),
    z.strictObject({ type: z.literal('results.none-on-file'), callId: idEntry() }),
    z.strictObject({ type: z.literal('appointment.rescheduled'), callId: idEntry(), date: isoDateEntry(), time: clockTimeEntry() }),
    z.strictObject({ type: z.literal('appointment.cancelled'), callId: idEntry() }),
    z.strictObject({ type: z.literal('appointment.confirmed'), callId: idEntry() }),
  ]),
);

/** One example of every action on a call in progress. */
export const PHONE_CONVERSATION_ACTION_SAMPLES: readonly PhoneConversationAction[] = [
  { type: 'caller.verified', callId: 'call-1' },
  { type: 'results.disclosed', callId: 'call-1' },
  { type: 'results.withheld', callId: 'call-1' },
  { type: 'results.none-on-file', callId: 'call-1' },
  { type: 'appointment.rescheduled', callId: 'call-1', date: '2026-03-24', time: '09:15' },
  { type: 'appointment.cancelled', callId: 'call-1' },
  { type: 'appointment.confirmed', callId: 'call-1' },
];
