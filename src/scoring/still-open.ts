/**
 * What the debrief names as still open at closing without scoring it: a result the trainee
 * rightly kept from someone who may not hear it (asked only for a call back), or left as a
 * call-back-only voicemail, has still not reached the patient when the day ends, because no
 * call back came. Nothing more was asked of the item today (`inbox.left-undone` has no gap
 * for it), so it costs nothing; but the result is not delivered until someone reaches the
 * patient, and the next shift must know it is waiting.
 *
 * The session notes each such item on the timeline as the day ends (`awaiting-call-back`);
 * the debrief and the closing notice read the notes from there.
 */
import type { TimelineEntry } from '../domain/day-environment';
import { formatMinutesOfDay } from '../scenario/clock-time';
import { SOURCES, type Source } from '../reference/source';

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
  readonly patientId: string | null;
  readonly minute: number;
  /** The item, how it was left, and why its result has not reached the patient. */
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

function stateWords(item: AwaitingCallBackItem): string {
  const at = item.settledAt === null ? '' : ` at ${formatMinutesOfDay(item.settledAt)}`;
  if (item.state === 'handed-over') return `handed over${at}, its note naming the call back`;
  if (item.state === 'done') return `marked done${at}`;
  return 'still open at closing (scored under the work left in the inbox)';
}

/** The timeline entry the day's end notes for an item whose result still waits for the patient's call back. */
export function awaitingCallBackEntry(item: AwaitingCallBackItem, minute: number): TimelineEntry {
  return { minute, patientId: item.patientId, kind: 'awaiting-call-back', text: `${item.summary}, ${stateWords(item)}. ${item.waiting}` };
}

/** The day's results still waiting for a call back at closing, in the order of the timeline: unscored notes. */
export function stillOpenAtClosing(timeline: readonly TimelineEntry[]): StillOpenNote[] {
  return timeline
    .filter((entry) => entry.kind === 'awaiting-call-back')
    .map((entry) => ({ patientId: entry.patientId, minute: entry.minute, text: entry.text, next: AWAITING_CALL_BACK_NEXT, why: AWAITING_CALL_BACK_WHY, source: SOURCES.callen2012TestFollowUp }));
}

/** The closing notice's line for the results still waiting for a call back (not scored), or null when there is none. */
export function stillOpenClosingLine(notes: readonly StillOpenNote[]): string | null {
  if (notes.length === 0) return null;
  const count = notes.length === 1 ? '1 result has' : `${notes.length} results have`;
  return `Still open, not scored: ${count} not reached the patient (each waits for a call back). The debrief names ${notes.length === 1 ? 'it' : 'each'} and what the next shift does.`;
}
