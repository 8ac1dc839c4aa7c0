/**
 * What the debrief names as still open at closing without scoring it. Two kinds of item:
 *
 * - a result the trainee rightly kept from someone who may not hear it (asked only for a
 *   call back), or left as a call-back-only voicemail, has still not reached the patient when
 *   the day ends, because no call back came;
 * - a question only the provider may answer (what a result means, whether to double a dose,
 *   a portal message's question), rightly sent to the provider, whose answer has not reached
 *   the patient by closing.
 *
 * Nothing more was asked of either today (`inbox.left-undone` has no gap for it), so it costs
 * nothing; but the patient has not heard what they are owed, and the next shift must know it
 * is waiting.
 *
 * The session notes each such item on the timeline as the day ends (`awaiting-call-back`,
 * `awaiting-provider-answer`); the debrief and the closing notice read the notes from there.
 */
import type { TimelineEntry } from '../domain/day-environment';
import { formatMinutesOfDay } from '../scenario/clock-time';
import { checked, SOURCES, type Source } from '../reference/source';

/** How an item whose result awaits a call back stood as the day ended. */
export type CallBackItemState = 'done' | 'handed-over' | 'open';

/** What the day's end knows of one item whose result still waits for the patient's call back. */
export interface AwaitingCallBackItem {
  readonly patientId: string;
  /** The item as the inbox names it ("Result: Potassium for Maria Alvarez (…)"). */
  readonly summary: string;
  /** Why the result has not reached the patient, and what to do when they call back. */
  readonly waiting: string;
  readonly state: CallBackItemState;
  /** The minute it was marked done or handed over; null while it was still open. */
  readonly settledAt: number | null;
}

/** One unscored "still open at closing" note, with what should happen next, why it is not scored, and its source. */
export interface StillOpenNote {
  /** What the item waits for: the patient's call back, or the provider's answer. */
  readonly kind: StillOpenKind;
  readonly patientId: string | null;
  readonly minute: number;
  /** The item, how it was left, and why what the patient is owed (the result, the provider's answer) has not reached them. */
  readonly text: string;
  /** What should happen next. */
  readonly next: string;
  /** Why it is named and not scored. */
  readonly why: string;
  readonly source: Source;
}

/** What should happen to a result still waiting for a call back at closing. */
export const AWAITING_CALL_BACK_NEXT =
  'The hand-over to the next shift names the item, so that whoever takes the call back confirms two identifiers and gives the released words, and the patient is called again if no call back comes: a result is followed up until it reaches the patient.';

/** Why a result waiting for a call back is named and not scored. */
export const AWAITING_CALL_BACK_WHY = 'Asking only for a call back was right, and nothing more could be done on the item today; the result has still not reached the patient.';

/** What a still-open item waits for: the patient's call back, or the provider's answer to a question sent on. */
export type StillOpenKind = 'awaiting-call-back' | 'awaiting-provider-answer';

/** What a hand-over note names for each kind of still-open item. */
const HAND_OVER_NAMES: Readonly<Record<StillOpenKind, string>> = {
  'awaiting-call-back': 'the call back',
  'awaiting-provider-answer': 'the question',
};

function stateWords(item: AwaitingCallBackItem, kind: StillOpenKind): string {
  const at = item.settledAt === null ? '' : ` at ${formatMinutesOfDay(item.settledAt)}`;
  if (item.state === 'handed-over') return `handed over${at}, its note naming ${HAND_OVER_NAMES[kind]}`;
  if (item.state === 'done') return `marked done${at}`;
  return 'still open at closing (scored under the work left in the inbox)';
}

/** The timeline entry the day's end notes for an item whose result still waits for the patient's call back. */
export function awaitingCallBackEntry(item: AwaitingCallBackItem, minute: number): TimelineEntry {
  return { minute, patientId: item.patientId, kind: 'awaiting-call-back', text: `${item.summary}, ${stateWords(item, 'awaiting-call-back')}. ${item.waiting}` };
}

/** What should happen to a question sent to the provider whose answer has not reached the patient at closing. */
export const AWAITING_PROVIDER_ANSWER_NEXT =
  'The hand-over to the next shift names the question, so that the provider answers it and whoever calls the patient back confirms two identifiers and gives the provider’s answer in the provider’s words; the provider is asked again if no answer comes. A question is followed up until its answer reaches the patient.';

/** Why a question waiting for the provider's answer is named and not scored. */
export const AWAITING_PROVIDER_ANSWER_WHY = 'Sending the question to the provider was right, and its answer was the provider’s to give, not the MA’s; the patient has still not heard it.';

/** The source for a question left with the provider: only the provider may answer it, so it stays open until the answer is relayed. */
const PROVIDER_ANSWER_SOURCE = checked(
  SOURCES.aamaScopeInterpretation,
  'Applied to a question sent to the provider and still unanswered at closing: the MA may not answer what needs the provider’s judgment, so the question stays open until the provider’s answer is relayed to the patient. Naming it in the hand-over is this clinic’s practice.',
);

/** The timeline entry the day's end notes for an item whose question, sent to the provider, has no answer that reached the patient (`waiting`: `questionAwaitingAnswer`). */
export function awaitingProviderAnswerEntry(item: AwaitingCallBackItem, minute: number): TimelineEntry {
  return { minute, patientId: item.patientId, kind: 'awaiting-provider-answer', text: `${item.summary}, ${stateWords(item, 'awaiting-provider-answer')}. ${item.waiting}` };
}

/** Each kind of still-open note: what happens next, why it is not scored, and the source. */
const NOTE_OF: Readonly<Record<StillOpenKind, Pick<StillOpenNote, 'next' | 'why' | 'source'>>> = {
  'awaiting-call-back': { next: AWAITING_CALL_BACK_NEXT, why: AWAITING_CALL_BACK_WHY, source: SOURCES.callen2012TestFollowUp },
  'awaiting-provider-answer': { next: AWAITING_PROVIDER_ANSWER_NEXT, why: AWAITING_PROVIDER_ANSWER_WHY, source: PROVIDER_ANSWER_SOURCE },
};

function isStillOpen(kind: TimelineEntry['kind']): kind is StillOpenKind {
  return kind === 'awaiting-call-back' || kind === 'awaiting-provider-answer';
}

/** The day's items still open at closing (results waiting for a call back, questions waiting for the provider's answer), in the order of the timeline: unscored notes. */
export function stillOpenAtClosing(timeline: readonly TimelineEntry[]): StillOpenNote[] {
  return timeline.flatMap((entry) => (isStillOpen(entry.kind) ? [{ kind: entry.kind, patientId: entry.patientId, minute: entry.minute, text: entry.text, ...NOTE_OF[entry.kind] }] : []));
}

/** The closing notice's line for the items still open (not scored): the results waiting for a call back and the questions waiting for the provider's answer; null when there is none. */
export function stillOpenClosingLine(notes: readonly StillOpenNote[]): string | null {
  if (notes.length === 0) return null;
  const results = notes.filter((note) => note.kind === 'awaiting-call-back').length;
  const questions = notes.length - results;
  const parts = [
    results === 0 ? null : `${results === 1 ? '1 result has' : `${results} results have`} not reached the patient (${results === 1 ? 'it waits' : 'each waits'} for a call back)`,
    questions === 0 ? null : `${questions === 1 ? '1 question sent to the provider has' : `${questions} questions sent to the provider have`} no answer that reached the patient`,
  ].filter((part): part is string => part !== null);
  return `Still open, not scored: ${parts.join('; ')}. The debrief names ${notes.length === 1 ? 'it' : 'each'} and what the next shift does.`;
}
