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
 * "Alert the provider") sends the patient to be roomed next and shortens the minutes shown.
 */
import type { TimelineEntry } from '../domain/day-environment';
import { CHEST_PAIN_ECG_MINUTES } from '../reference/red-flag-symptoms';
import type { Source } from '../reference/source';

/** One unscored note against a guideline, with its source. */
export interface GuidelineNote {
  readonly patientId: string | null;
  readonly minute: number;
  /** What happened, with the minutes and the guideline's target. */
  readonly text: string;
  /** Why it is shown and not scored, and what shortens it. */
  readonly why: string;
  readonly source: Source;
}

/** Why the door-to-ECG minutes are shown and not scored. */
export const DOOR_TO_ECG_WHY = `At this clinic check-in and rooming alone take longer than ${CHEST_PAIN_ECG_MINUTES.minutes} minutes, so no trainee can meet the guideline here. What shortens it: tell the provider at the desk as soon as the patient says chest pain (Alert the provider, at check-in), room them next, and take them to the ECG bed on the standing order as soon as they are in the exam room, before the vital signs.`;

/** The day's unscored guideline notes, in the order of the timeline. */
export function guidelineNotes(timeline: readonly TimelineEntry[]): GuidelineNote[] {
  return timeline
    .filter((entry) => entry.kind === 'door-to-ecg')
    .map((entry) => ({ patientId: entry.patientId, minute: entry.minute, text: entry.text, why: DOOR_TO_ECG_WHY, source: CHEST_PAIN_ECG_MINUTES.source }));
}
