/**
 * What the debrief names as still open at closing without scoring it: everything the patient
 * is still owed when the day ends.
 *
 * - a result the trainee rightly kept from someone who may not hear it (asked only for a
 *   call back), or left as a call-back-only voicemail, has still not reached the patient when
 *   the day ends, because no call back came;
 * - a call that rang out, with no voicemail: the result (or the reminder of tomorrow's
 *   appointment) reached nobody, and the next shift calls again;
 * - a question only the provider may answer (what a result means, whether to double a dose,
 *   a portal message's question), rightly sent to the provider, whose answer has not reached
 *   the patient by closing;
 * - a result not given for any other reason (the item never opened, nobody called, no
 *   voicemail left where one could be, the result not given on the call).
 *
 * For the first three nothing more was asked today (`inbox.left-undone` has no gap for
 * them), so they cost nothing. The last the day scored under its own finding
 * (`inbox.left-undone` as the item was marked done, `inbox.unfinished` at closing) unless
 * the item was handed over: its note points to that finding instead of counting it again.
 * Either way the patient has not heard what they are owed, and the next shift must know it
 * is waiting.
 *
 * A message left (a call-back-only voicemail, or a word with someone in the household) is the
 * clinic's normal end of a confirmation call, so such a call is not named here; only one that
 * rang out, reaching nobody, is.
 *
 * The session notes each such item on the timeline as the day ends (`awaiting-call-back`,
 * `awaiting-another-call`, `reminder-not-reached`, `awaiting-provider-answer`,
 * `result-not-given`); the debrief and the closing notice read the notes from there.
 */
import type { TimelineEntry } from '../domain/day-environment';
import { leftUndoneRule, unfinishedInboxRule } from '../clinic/inbox/inbox.rules';
import type { Finding } from './finding';
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
  /** The finding under which the day already scored this item (never opened, nobody called, no voicemail left), or null: the note points to it and costs nothing more. */
  readonly scoredIn: Finding | null;
}

/** What should happen to a result still waiting for a call back at closing. */
export const AWAITING_CALL_BACK_NEXT =
  'The hand-over to the next shift names the item, so that whoever takes the call back confirms two identifiers and gives the released words, and the patient is called again if no call back comes: a result is followed up until it reaches the patient.';

/** Why a result waiting for a call back is named and not scored. */
export const AWAITING_CALL_BACK_WHY = 'Asking only for a call back was right, and nothing more could be done on the item today; the result has still not reached the patient.';

/** What should happen to a result whose call rang out, reaching nobody. */
export const AWAITING_ANOTHER_CALL_NEXT =
  'The hand-over to the next shift names the item, so that the patient is called again, two identifiers are confirmed and the released words given (or, if nobody answers again, a call-back request left where the clinic may leave one): a result is followed up until it reaches the patient.';

/** Why a result whose call rang out is named and not scored. */
export const AWAITING_ANOTHER_CALL_WHY = 'Recording that nobody answered was right, and with no voicemail nothing more could be done on the call; the result has still not reached the patient.';

/** What should happen to tomorrow's appointment whose confirmation call rang out. */
export const REMINDER_NOT_REACHED_NEXT =
  'The hand-over to the next shift names the appointment, so that the patient is called again before the visit; the appointment stays on the book as it is until the patient confirms, moves or cancels it.';

/** Why a confirmation call that rang out is named and not scored. */
export const REMINDER_NOT_REACHED_WHY = 'Recording that nobody answered was right, and with no voicemail no message could be left; the patient has not been reminded.';

/** What a still-open item waits for: the patient's call back, another call (a result or a reminder that reached nobody), or the provider's answer to a question sent on. */
export type StillOpenKind = 'awaiting-call-back' | 'awaiting-another-call' | 'reminder-not-reached' | 'awaiting-provider-answer' | 'result-not-given';

/** What a hand-over note names for each kind of still-open item. */
const HAND_OVER_NAMES: Readonly<Record<StillOpenKind, string>> = {
  'awaiting-call-back': 'the call back',
  'awaiting-another-call': 'the call to make again',
  'reminder-not-reached': 'the call to make again',
  'awaiting-provider-answer': 'the question',
  'result-not-given': 'the result still to give',
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

/** The timeline entry the day's end notes for an item whose call rang out (`waiting`: `awaitingAnotherCall`): a result, or tomorrow's reminder, that reached nobody. */
export function awaitingAnotherCallEntry(item: AwaitingCallBackItem, what: 'result' | 'reminder', minute: number): TimelineEntry {
  const kind = what === 'result' ? 'awaiting-another-call' : 'reminder-not-reached';
  return { minute, patientId: item.patientId, kind, text: `${item.summary}, ${stateWords(item, kind)}. ${item.waiting}` };
}

/** The timeline entry the day's end notes for a result not given for any other reason (`waiting`: `resultNotGiven`): never opened, nobody called, no voicemail left. */
export function resultNotGivenEntry(item: AwaitingCallBackItem, minute: number): TimelineEntry {
  return { minute, patientId: item.patientId, kind: 'result-not-given', text: `${item.summary}, ${stateWords(item, 'result-not-given')}. ${item.waiting}` };
}

/** What should happen to a result not given at closing for a reason other than a call back, a call that rang out or the provider's answer. */
export const RESULT_NOT_GIVEN_NEXT =
  'The hand-over to the next shift names the item, so that the patient is called, two identifiers are confirmed and the released words given (or a call-back request left where the clinic may leave one): a result is followed up until it reaches the patient.';

/** Why a result not given is named here and not scored here. */
export const RESULT_NOT_GIVEN_WHY =
  'Named so the next shift knows the result is still owed. Where the day scored how the item was left (never opened, nobody called, no voicemail left), the points are under its finding, not counted again here.';

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

/** The source for a confirmation call that rang out: the MA monitors the schedule; calling again before the visit is this clinic's practice. */
const REMINDER_SOURCE = checked(
  SOURCES.aamaCmaOutline2021,
  'Checked: "Scheduling and Monitoring Appointments" is an administrative area of the CMA (AAMA) exam outline (the outline as reproduced by docsbay.net; the 2021 outline\'s own text was not read). Applied to a confirmation call that rang out: calling again before the visit and naming it in the hand-over are this clinic\'s practice, not a published rule.',
);

/** Each kind of still-open note: what happens next, why it is not scored, and the source. */
const NOTE_OF: Readonly<Record<StillOpenKind, Pick<StillOpenNote, 'next' | 'why' | 'source'>>> = {
  'awaiting-call-back': { next: AWAITING_CALL_BACK_NEXT, why: AWAITING_CALL_BACK_WHY, source: SOURCES.callen2012TestFollowUp },
  'awaiting-another-call': { next: AWAITING_ANOTHER_CALL_NEXT, why: AWAITING_ANOTHER_CALL_WHY, source: SOURCES.callen2012TestFollowUp },
  'reminder-not-reached': { next: REMINDER_NOT_REACHED_NEXT, why: REMINDER_NOT_REACHED_WHY, source: REMINDER_SOURCE },
  'awaiting-provider-answer': { next: AWAITING_PROVIDER_ANSWER_NEXT, why: AWAITING_PROVIDER_ANSWER_WHY, source: PROVIDER_ANSWER_SOURCE },
  'result-not-given': { next: RESULT_NOT_GIVEN_NEXT, why: RESULT_NOT_GIVEN_WHY, source: SOURCES.callen2012TestFollowUp },
};

/**
 * The finding that scored an item left at closing, or null: the inbox finding of the same
 * patient, for an item marked done with work missing or still in the inbox at closing, whose message names the item as the note does (both begin with
 * the inbox's summary of it: "… was marked done, but …", "… (due 15:00) was never opened …").
 */
function scoredIn(entry: TimelineEntry, findings: readonly Finding[]): Finding | null {
  return (
    findings.find((finding) => {
      if ((finding.ruleId !== leftUndoneRule.id && finding.ruleId !== unfinishedInboxRule.id) || finding.patientId !== entry.patientId) return false;
      const summary = /^(.*?)(?: was marked done, but | \(due \d\d:\d\d\) was )/.exec(finding.message)?.[1];
      return summary !== undefined && entry.text.startsWith(`${summary}, `);
    }) ?? null
  );
}

function isStillOpen(kind: TimelineEntry['kind']): kind is StillOpenKind {
  return kind in NOTE_OF;
}

/**
 * The day's items still open at closing (results waiting for a call back or another call, or
 * not given at all, reminders that reached nobody, questions waiting for the provider's
 * answer), in the order of the timeline: unscored notes, each pointing to the finding (among
 * `findings`) under which the day already scored the item, if it did.
 */
export function stillOpenAtClosing(timeline: readonly TimelineEntry[], findings: readonly Finding[] = []): StillOpenNote[] {
  return timeline.flatMap((entry) =>
    isStillOpen(entry.kind) ? [{ kind: entry.kind, patientId: entry.patientId, minute: entry.minute, text: entry.text, ...NOTE_OF[entry.kind], scoredIn: scoredIn(entry, findings) }] : [],
  );
}

/** The still-open notes of one kind: what happens next, why it is not scored and the source, said once for all its items. */
export interface StillOpenGroup {
  readonly kind: StillOpenKind;
  readonly next: string;
  readonly why: string;
  readonly source: Source;
  /** The kind's items, in the order of the timeline, each with its own words and the finding that scored it. */
  readonly notes: readonly StillOpenNote[];
}

/**
 * The notes grouped by kind, the kinds in the order they first appear: the debrief says each
 * kind's next step, why it is not scored and its source once, then its items (the playtest read
 * the same three paragraphs nine times over, once per result never opened).
 */
export function stillOpenByKind(notes: readonly StillOpenNote[]): StillOpenGroup[] {
  const groups = new Map<StillOpenKind, StillOpenNote[]>();
  for (const note of notes) groups.set(note.kind, [...(groups.get(note.kind) ?? []), note]);
  return [...groups].map(([kind, items]) => ({ kind, ...NOTE_OF[kind], notes: items }));
}

/** What a still-open note says of the finding under which the day already scored its item: the points are there, not here. */
export function scoredInWords(finding: Finding): string {
  return `Also scored: this item cost points under its finding (${finding.ruleId}, ${formatMinutesOfDay(finding.atMinute)}), listed with the findings; nothing more is counted here.`;
}

/** The closing notice's line for the items still open (not scored), counted by kind; null when there is none. */
export function stillOpenClosingLine(notes: readonly StillOpenNote[]): string | null {
  if (notes.length === 0) return null;
  const count = (kind: StillOpenKind): number => notes.filter((note) => note.kind === kind).length;
  const results = count('awaiting-call-back');
  const rangOut = count('awaiting-another-call');
  const reminders = count('reminder-not-reached');
  const questions = count('awaiting-provider-answer');
  const notGiven = count('result-not-given');
  const parts = [
    results === 0 ? null : `${results === 1 ? '1 result has' : `${results} results have`} not reached the patient (${results === 1 ? 'it waits' : 'each waits'} for a call back)`,
    rangOut === 0 ? null : `${rangOut === 1 ? '1 result has' : `${rangOut} results have`} not reached the patient (the call rang out; the next shift calls again)`,
    reminders === 0 ? null : `${reminders === 1 ? '1 reminder of tomorrow’s appointment has' : `${reminders} reminders of tomorrow’s appointments have`} not reached the patient (the call rang out)`,
    questions === 0 ? null : `${questions === 1 ? '1 question sent to the provider has' : `${questions} questions sent to the provider have`} no answer that reached the patient`,
    // Not scored here; how the item was left may have been (never opened, nobody called): that finding has the points.
    notGiven === 0
      ? null
      : `${notGiven === 1 ? '1 result has' : `${notGiven} results have`} not been given to the patient at all (the next shift calls; where how ${notGiven === 1 ? 'it was' : 'one was'} left was a mistake, its finding has the points)`,
  ].filter((part): part is string => part !== null);
  return `Still open, not scored: ${parts.join('; ')}. The debrief names ${notes.length === 1 ? 'it' : 'each'} and what the next shift does.`;
}
