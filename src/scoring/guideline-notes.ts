/**
 * What the debrief sets beside a guideline without scoring it: a chest-pain patient's minutes
 * from arrival to the tracing in the provider's hands, against the 2021 chest pain
 * guideline's 10 (an ECG acquired and reviewed within 10 minutes of arrival, in any setting).
 *
 * Not scored, and said so: at this clinic check-in and rooming alone take longer than 10
 * minutes, so not even the expert trainee meets it, and a rule no trainee can meet teaches
 * nothing. What is scored is what the trainee controls: the provider told at once at rooming
 * (`vitals.red-flag-escalation`), the tracing recorded before the visit (`rooming.standing-ecg`)
 * and handed over at once (`ecg.urgent-tracing`). Telling the provider at the desk (check-in's
 * "Alert the provider") sends the patient to be roomed next and shortens the minutes shown. The
 * note says which of the steps that shorten them the trainee took and which not (session 20's
 * playtest: a tester who had taken them all was told to take them).
 */
import type { DoorToEcgPath, TimelineEntry } from '../domain/day-environment';
import { CHEST_PAIN_ECG_MINUTES } from '../reference/red-flag-symptoms';
import type { Source } from '../reference/source';
import type { PatientJourney } from './day-record';
import { formatWaitMinutes } from './journey-wait';

/** One unscored note against a guideline, with its source. */
export interface GuidelineNote {
  readonly patientId: string | null;
  readonly minute: number;
  /** What happened, with the minutes and the guideline's target. */
  readonly text: string;
  /** Why it is shown and not scored, and what shortens it: which of those steps the trainee took. */
  readonly why: string;
  readonly source: Source;
}

/** Why the door-to-ECG minutes are shown and not scored. */
export const DOOR_TO_ECG_NOT_MET = `At this clinic check-in and rooming alone take longer than ${CHEST_PAIN_ECG_MINUTES.minutes} minutes, so no trainee can meet the guideline here.`;

/** Why the door-to-ECG minutes are shown and not scored, and what shortens them, for a day that recorded no more than the minutes. */
export const DOOR_TO_ECG_WHY = `${DOOR_TO_ECG_NOT_MET} What shortens it: tell the provider at the desk as soon as the patient says chest pain (Alert the provider, at check-in), room them next, and take them to the ECG bed on the standing order as soon as they are in the exam room, before the vital signs.`;

/**
 * The most minutes from check-in done to the patient fetched into a room that still count as
 * roomed next: the check-in's last step ends inside them, and any other work the trainee did
 * first takes at least a quarter of a minute more.
 */
export const ROOMED_NEXT_MINUTES = 1;

/** What a day's result gives the notes: the timeline, and each patient's waits. */
export interface GuidelineFacts {
  readonly timeline: readonly TimelineEntry[];
  readonly journeys: readonly PatientJourney[];
}

/** The day's unscored guideline notes, in the order of the timeline. */
export function guidelineNotes(day: GuidelineFacts): GuidelineNote[] {
  return day.timeline
    .filter((entry) => entry.kind === 'door-to-ecg')
    .map((entry) => ({ patientId: entry.patientId, minute: entry.minute, text: entry.text, why: doorToEcgWhy(entry, day), source: CHEST_PAIN_ECG_MINUTES.source }));
}

/** One of the steps that shorten the minutes: done (what the trainee did) or not (what to do, and what happened instead). */
interface ShorteningStep {
  readonly done: boolean;
  readonly text: string;
}

/**
 * Why the door-to-ECG minutes are not scored, and which of the steps that shorten them the
 * trainee took, from what the day recorded: the desk's alert and the tracing before the vital
 * signs (`DoorToEcgPath`), and the patient's wait for a room after check-in (roomed next:
 * within `ROOMED_NEXT_MINUTES`, nobody roomed before them). When all were taken, it says where
 * the minutes went: the wait at the desk before check-in began, check-in, and rooming with the
 * tracing (recorded again after an artefact, when it was), without calling any of them the
 * clinic's (session 21's playtest: part of them was the trainee's own registration work and a
 * tracing recorded twice). A patient whose check-in or rooming was not the trainee's is judged
 * on the steps that were.
 */
export function doorToEcgWhy(entry: TimelineEntry, day: GuidelineFacts): string {
  const path: DoorToEcgPath | undefined = entry.doorToEcg;
  const journey = day.journeys.find((candidate) => candidate.patientId === entry.patientId);
  if (path === undefined || journey === undefined || journey.arrivedAt === null) return DOOR_TO_ECG_WHY;
  const deskWait = journey.waits.find((spell) => spell.step === 'check-in');
  const checkedIn = day.timeline.find((line) => line.kind === 'checked-in' && line.patientId === entry.patientId)?.minute;
  const roomWait = journey.waits.find((spell) => spell.step === 'room' && spell.to <= entry.minute);
  const steps: ShorteningStep[] = [];
  if (checkedIn !== undefined) {
    steps.push(
      path.deskAlertAt === null
        ? { done: false, text: 'tell the provider at the desk as soon as the patient says chest pain, with Alert the provider at check-in (not done: the provider was not told at the desk)' }
        : { done: true, text: `you told the provider at the desk ${wholeMinutesText(path.deskAlertAt - journey.arrivedAt)} after arrival` },
    );
  }
  if (roomWait !== undefined) {
    const first = day.timeline.filter((line) => line.kind === 'roomed' && line.patientId !== entry.patientId && line.minute >= roomWait.from && line.minute < roomWait.to);
    const waited = roomWait.to - roomWait.from;
    const firstNames = first.map((line) => day.journeys.find((candidate) => candidate.patientId === line.patientId)?.name ?? 'another patient');
    steps.push(
      first.length === 0 && waited <= ROOMED_NEXT_MINUTES
        ? { done: true, text: 'you roomed the patient next, as soon as check-in was done' }
        : {
            done: false,
            text: `room the patient next, in the first free room as soon as check-in is done (not done: the patient waited ${minutesText(waited)} for a room${first.length === 0 ? '' : `, and ${listed(firstNames)} ${first.length === 1 ? 'was' : 'were'} roomed first`})`,
          },
    );
    steps.push(
      path.beforeVitals
        ? { done: true, text: 'you took the patient to the ECG bed before the vital signs' }
        : { done: false, text: 'take the patient to the ECG bed on the standing order as soon as they are in the exam room, before the vital signs (not done: the vital signs were recorded first)' },
    );
  }
  const done = steps.filter((step) => step.done);
  const notDone = steps.filter((step) => !step.done);
  if (steps.length === 0) return DOOR_TO_ECG_WHY;
  if (notDone.length === 0) {
    const recordedAgain = (path.tracings ?? 1) > 1 ? ` (${path.tracings} tracings: an artefact put right and the tracing recorded again)` : '';
    const parts = [
      ...(deskWait !== undefined && deskWait.to > deskWait.from ? [`${minutesText(deskWait.to - deskWait.from)} waiting at the desk before check-in began`] : []),
      ...(deskWait !== undefined && checkedIn !== undefined ? [`${minutesText(checkedIn - deskWait.to)} of check-in`] : []),
      `${minutesText(entry.minute - (checkedIn ?? journey.arrivedAt))} of rooming and the tracing${recordedAgain}`,
    ];
    return `${DOOR_TO_ECG_NOT_MET} You took every step that shortens it: ${done.map((step) => step.text).join('; ')}. Where the ${wholeMinutesText(entry.minute - journey.arrivedAt)} went: ${listed(parts)}.`;
  }
  const didText = done.length === 0 ? '' : ` What you did that shortens it: ${done.map((step) => step.text).join('; ')}.`;
  return `${DOOR_TO_ECG_NOT_MET}${didText} What would have shortened it: ${notDone.map((step) => step.text).join('; ')}.`;
}

/** "4 minutes", "0.25 minutes", "1 minute". */
function minutesText(minutes: number): string {
  const text = formatWaitMinutes(minutes);
  return `${text} minute${text === '1' ? '' : 's'}`;
}

/** Minutes to the whole minute, as the timeline's note gives them: "4 minutes", "1 minute". */
function wholeMinutesText(minutes: number): string {
  const whole = Math.round(minutes);
  return `${whole} minute${whole === 1 ? '' : 's'}`;
}

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}
