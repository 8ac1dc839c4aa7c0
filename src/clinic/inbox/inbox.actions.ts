/**
 * What the trainee does about an inbox item, as typed events named as facts, with the
 * schema that reads them at the edge, their costs on the clinic clock and their labels.
 * Every event names the item (`itemId`); the item's machine is `inbox-item.machine.ts`.
 * Calls out are choices, never free text: who answers and what they say is the scenario's.
 */
import { actionCost, type ActionCost } from '../../reference/action-costs';
import { clockTimeEntry, idEntry, isoDateEntry } from '../../scenario/entries';
import { schemaOf, z } from '../../scenario/zod';
import { EDUCATION_MATERIAL_IDS } from '../../reference/education/materials';

/** How the MA gives a released result: in the provider's released words, or with a reading of their own added ("that's fine"). */
export const TELL_WORDS = ['as-released', 'own-reading'] as const;
export type TellWords = (typeof TELL_WORDS)[number];

/** What a voicemail says: the clinic's name and number and a request to call back, or the result itself. */
export const VOICEMAIL_CONTENTS = ['call-back-only', 'result-details'] as const;
export type VoicemailContent = (typeof VOICEMAIL_CONTENTS)[number];

/** The facts of the chart the MA gathers for the provider before routing a refill request. */
export const REFILL_FACTS = ['medication', 'last-visit', 'pharmacy', 'last-result', 'refill-history'] as const;
export type RefillFact = (typeof REFILL_FACTS)[number];

/** What the MA tells the patient about a refill: when to expect the provider's answer, or the answer once it has come. */
export const REFILL_NEWS = ['when-to-expect', 'provider-answer'] as const;
export type RefillNews = (typeof REFILL_NEWS)[number];
/**
 * What a message about tomorrow's appointment says, on voicemail or with someone the chart
 * does not let act for the patient: the clinic's name and number and a request to call back;
 * that and the appointment's date and time; or that and what the visit is for.
 */
export const CONFIRMATION_MESSAGES = ['call-back-only', 'appointment-time', 'visit-details'] as const;
export type ConfirmationMessage = (typeof CONFIRMATION_MESSAGES)[number];

/**
 * What the MA writes back to a portal message themselves: the clinic's approved answer (the
 * scenario's `reply`: office hours, a form, directions), or one of the answers a novice is
 * tempted by: reassurance that reads the patient's symptoms or results ("nothing to worry
 * about"), advice the provider has not given ("go ahead, that should be fine"), or, to a
 * message describing an emergency, an appointment this afternoon instead of 911.
 */
export const MESSAGE_REPLIES = ['clinic-answer', 'reassure', 'advise', 'come-in-today'] as const;
export type MessageReply = (typeof MESSAGE_REPLIES)[number];

/** The work on an item once it is open: the call and what is said on it, and the message's triage. */
export type InboxWorkAction =
  | { type: 'call.placed'; itemId: string }
  | { type: 'caller.identified'; itemId: string }
  | { type: 'result.told'; itemId: string; words: TellWords }
  | { type: 'result.withheld'; itemId: string }
  | { type: 'voicemail.left'; itemId: string; content: VoicemailContent }
  | { type: 'no-answer.recorded'; itemId: string }
  | { type: 'question.routed'; itemId: string }
  | { type: 'question.answered'; itemId: string }
  | { type: 'emergency.directed'; itemId: string }
  | { type: 'emergency.deferred'; itemId: string }
  | { type: 'visit.booked'; itemId: string; date: string; time: string }
  | { type: 'education.sent'; itemId: string; materialId: string }
  | { type: 'message.routed'; itemId: string }
  | { type: 'message.replied'; itemId: string; reply: MessageReply }
  | { type: 'call.documented'; itemId: string }
  | { type: 'refill.gathered'; itemId: string; fact: RefillFact }
  | { type: 'refill.routed'; itemId: string }
  | { type: 'refill.approved-by-ma'; itemId: string }
  | { type: 'refill.dose-changed'; itemId: string }
  | { type: 'refill.patient-told'; itemId: string; news: RefillNews }
  | { type: 'confirmation.confirmed'; itemId: string }
  | { type: 'confirmation.rescheduled'; itemId: string; date: string; time: string }
  | { type: 'confirmation.cancelled'; itemId: string }
  | { type: 'confirmation.message-left'; itemId: string; content: ConfirmationMessage };

/** Everything the trainee can do about an inbox item: open it, work it, set it aside, finish it or hand it over. */
export type InboxEvent =
  | { type: 'inbox.opened'; itemId: string }
  | { type: 'inbox.set-aside'; itemId: string }
  | { type: 'inbox.completed'; itemId: string }
  | { type: 'inbox.handed-over'; itemId: string }
  | InboxWorkAction;

/** The work actions' types, in the order the station offers them. */
export const INBOX_WORK_ACTION_TYPES = [
  'call.placed',
  'caller.identified',
  'result.told',
  'result.withheld',
  'voicemail.left',
  'no-answer.recorded',
  'question.routed',
  'question.answered',
  'emergency.directed',
  'emergency.deferred',
  'visit.booked',
  'education.sent',
  'message.routed',
  'message.replied',
  'call.documented',
  'refill.gathered',
  'refill.routed',
  'refill.approved-by-ma',
  'refill.dose-changed',
  'refill.patient-told',
  'confirmation.confirmed',
  'confirmation.rescheduled',
  'confirmation.cancelled',
  'confirmation.message-left',
] as const satisfies readonly InboxWorkAction['type'][];

/** Every inbox action's type. */
export const INBOX_ACTION_TYPES = ['inbox.opened', 'inbox.set-aside', 'inbox.completed', 'inbox.handed-over', ...INBOX_WORK_ACTION_TYPES] as const satisfies readonly InboxEvent['type'][];

const item = () => ({ itemId: idEntry() });

/** The inbox actions, checked at the edge before an item's machine sees them. */
export const inboxActionSchema = schemaOf<InboxEvent>()(
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('inbox.opened'), ...item() }),
    z.strictObject({ type: z.literal('inbox.set-aside'), ...item() }),
    z.strictObject({ type: z.literal('inbox.completed'), ...item() }),
    z.strictObject({ type: z.literal('inbox.handed-over'), ...item() }),
    z.strictObject({ type: z.literal('call.placed'), ...item() }),
    z.strictObject({ type: z.literal('caller.identified'), ...item() }),
    z.strictObject({ type: z.literal('result.told'), ...item(), words: z.enum(TELL_WORDS) }),
    z.strictObject({ type: z.literal('result.withheld'), ...item() }),
    z.strictObject({ type: z.literal('voicemail.left'), ...item(), content: z.enum(VOICEMAIL_CONTENTS) }),
    z.strictObject({ type: z.literal('no-answer.recorded'), ...item() }),
    z.strictObject({ type: z.literal('question.routed'), ...item() }),
    z.strictObject({ type: z.literal('question.answered'), ...item() }),
    z.strictObject({ type: z.literal('emergency.directed'), ...item() }),
    z.strictObject({ type: z.literal('emergency.deferred'), ...item() }),
    z.strictObject({ type: z.literal('visit.booked'), ...item(), date: isoDateEntry(), time: clockTimeEntry() }),
    z.strictObject({ type: z.literal('education.sent'), ...item(), materialId: z.enum(EDUCATION_MATERIAL_IDS) }),
    z.strictObject({ type: z.literal('message.routed'), ...item() }),
    z.strictObject({ type: z.literal('message.replied'), ...item(), reply: z.enum(MESSAGE_REPLIES) }),
    z.strictObject({ type: z.literal('call.documented'), ...item() }),
    z.strictObject({ type: z.literal('refill.gathered'), ...item(), fact: z.enum(REFILL_FACTS) }),
    z.strictObject({ type: z.literal('refill.routed'), ...item() }),
    z.strictObject({ type: z.literal('refill.approved-by-ma'), ...item() }),
    z.strictObject({ type: z.literal('refill.dose-changed'), ...item() }),
    z.strictObject({ type: z.literal('refill.patient-told'), ...item(), news: z.enum(REFILL_NEWS) }),
    z.strictObject({ type: z.literal('confirmation.confirmed'), ...item() }),
    z.strictObject({ type: z.literal('confirmation.rescheduled'), ...item(), date: isoDateEntry(), time: clockTimeEntry() }),
    z.strictObject({ type: z.literal('confirmation.cancelled'), ...item() }),
    z.strictObject({ type: z.literal('confirmation.message-left'), ...item(), content: z.enum(CONFIRMATION_MESSAGES) }),
  ]),
);

/** What each inbox action costs on the clinic clock, and why (design estimates). */
export const INBOX_ACTION_COSTS: Readonly<Record<InboxEvent['type'], ActionCost>> = {
  'inbox.opened': actionCost(0.5, 'Reading the item and the chart beside it.'),
  'inbox.set-aside': actionCost(0.25),
  'inbox.completed': actionCost(0.25),
  'inbox.handed-over': actionCost(1, 'Writing the hand-over note for the next shift.'),
  'call.placed': actionCost(1, 'Dialling and waiting for an answer.'),
  'caller.identified': actionCost(0.5, 'Asking for the full name and date of birth and checking them against the chart.'),
  'result.told': actionCost(1.5),
  'result.withheld': actionCost(0.5, 'Explaining that nothing can be shared without the patient\'s permission and asking for the patient to call back.'),
  'voicemail.left': actionCost(0.5),
  'no-answer.recorded': actionCost(0.25),
  'question.routed': actionCost(1, 'Telling the person the provider will answer, and sending the provider the question.'),
  'question.answered': actionCost(0.5),
  'emergency.directed': actionCost(2, 'Telling the person to call 911 now, and telling the provider at once.'),
  'emergency.deferred': actionCost(0.5, 'Telling the person to come in this afternoon if it has not passed.'),
  'visit.booked': actionCost(2),
  'education.sent': actionCost(1, 'Sending the material the provider chose through the portal.'),
  'message.routed': actionCost(1),
  'message.replied': actionCost(1.5, 'Writing the answer back to the patient through the portal.'),
  'call.documented': actionCost(1, 'Writing the call (or the refill request) in the chart: who, what was said or sent, when.'),
  'refill.gathered': actionCost(0.5, 'Finding one fact in the chart and adding it to the request.'),
  'refill.routed': actionCost(0.5, 'Sending the request, with what was gathered, to the prescriber\'s task list.'),
  'refill.approved-by-ma': actionCost(1, 'Answering the pharmacy or the patient that the refill is approved.'),
  'refill.dose-changed': actionCost(0.5),
  'refill.patient-told': actionCost(1.5, 'Calling the patient (or writing through the portal) with where the refill stands.'),
  'confirmation.confirmed': actionCost(0.5, 'Reading the appointment back and marking it confirmed in the book.'),
  'confirmation.rescheduled': actionCost(2, 'Finding a slot the patient can make, booking it and freeing the old one.'),
  'confirmation.cancelled': actionCost(0.5, 'Cancelling the appointment in the book, which frees its slot.'),
  'confirmation.message-left': actionCost(0.5),
};

/** What the screen calls each inbox action. */
export const INBOX_ACTION_LABELS: Readonly<Record<InboxEvent['type'], string>> = {
  'inbox.opened': 'Open the inbox item',
  'inbox.set-aside': 'Set the item aside',
  'inbox.completed': 'Mark the item done',
  'inbox.handed-over': 'Hand the item over to the provider and the next shift, with a note',
  'call.placed': 'Call the patient',
  'caller.identified': 'Ask for two identifiers',
  'result.told': 'Give the released result',
  'result.withheld': 'Decline to share the result',
  'voicemail.left': 'Leave a voicemail',
  'no-answer.recorded': 'Record that nobody answered',
  'question.routed': 'Send the question to the provider',
  'question.answered': 'Answer the question yourself',
  'emergency.directed': 'Tell them to call 911 and alert the provider',
  'emergency.deferred': 'Tell them to come in this afternoon if it has not passed',
  'visit.booked': 'Book the visit',
  'education.sent': 'Send the education material',
  'message.routed': 'Send the message to the provider',
  'message.replied': 'Reply to the message yourself',
  // The floor's "Done" toast reads it: a refill is written up with no call made, so the words fit every item.
  'call.documented': 'Document the item in the chart',
  'refill.gathered': 'Add a chart fact to the refill request',
  'refill.routed': 'Send the refill request to the provider',
  'refill.approved-by-ma': 'Approve the refill yourself',
  'refill.dose-changed': 'Change the dose on the request',
  'refill.patient-told': 'Tell the patient where the refill stands',
  'confirmation.confirmed': 'Confirm the appointment',
  'confirmation.rescheduled': 'Move the appointment to another slot',
  'confirmation.cancelled': 'Cancel the appointment',
  'confirmation.message-left': 'Leave a message about the appointment',
};

/** One example of every inbox action. */
export const INBOX_ACTION_SAMPLES: readonly InboxEvent[] = [
  { type: 'inbox.opened', itemId: 'msg-1' },
  { type: 'inbox.set-aside', itemId: 'msg-1' },
  { type: 'inbox.completed', itemId: 'msg-1' },
  { type: 'inbox.handed-over', itemId: 'msg-1' },
  { type: 'call.placed', itemId: 'msg-1' },
  { type: 'caller.identified', itemId: 'msg-1' },
  { type: 'result.told', itemId: 'msg-1', words: 'as-released' },
  { type: 'result.withheld', itemId: 'msg-1' },
  { type: 'voicemail.left', itemId: 'msg-1', content: 'call-back-only' },
  { type: 'no-answer.recorded', itemId: 'msg-1' },
  { type: 'question.routed', itemId: 'msg-1' },
  { type: 'question.answered', itemId: 'msg-1' },
  { type: 'emergency.directed', itemId: 'msg-1' },
  { type: 'emergency.deferred', itemId: 'msg-1' },
  { type: 'visit.booked', itemId: 'msg-1', date: '2026-03-24', time: '09:15' },
  { type: 'education.sent', itemId: 'msg-1', materialId: 'metformin-en-easy' },
  { type: 'message.routed', itemId: 'msg-1' },
  { type: 'message.replied', itemId: 'msg-1', reply: 'clinic-answer' },
  { type: 'call.documented', itemId: 'msg-1' },
  { type: 'refill.gathered', itemId: 'msg-1', fact: 'last-result' },
  { type: 'refill.routed', itemId: 'msg-1' },
  { type: 'refill.approved-by-ma', itemId: 'msg-1' },
  { type: 'refill.dose-changed', itemId: 'msg-1' },
  { type: 'refill.patient-told', itemId: 'msg-1', news: 'provider-answer' },
  { type: 'confirmation.confirmed', itemId: 'msg-1' },
  { type: 'confirmation.rescheduled', itemId: 'msg-1', date: '2026-03-24', time: '09:15' },
  { type: 'confirmation.cancelled', itemId: 'msg-1' },
  { type: 'confirmation.message-left', itemId: 'msg-1', content: 'call-back-only' },
];
