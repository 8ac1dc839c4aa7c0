/**
 * What the machines of a running day share with the session that runs them: the clinic
 * clock's current minute, the journal of checks and timeline entries, and the seeded
 * random source. The session makes one per day; machines receive it as input.
 */
import type { Check } from '../scoring/finding';
import type { SeededRandom } from './random';

export const TIMELINE_KINDS = [
  'arrived',
  'no-show',
  'walk-in',
  'checked-in',
  'roomed',
  'ready-for-provider',
  'provider-entered',
  'visit-ended',
  'orders-done',
  'left-room',
  'departed',
  'claim-done',
  'complained',
  'left-unseen',
  'rebooked',
  'phone-rang',
  'phone-answered',
  'phone-missed',
  'critical-value',
  'claim-denied',
  'result-ready',
  'inbox-arrived',
  'inbox-overdue',
  'inbox-answered',
  'inbox-done',
  'tomorrow-book',
  /** A chest-pain tracing's minutes from arrival to the provider, against the 2021 guideline's 10: an unscored note the debrief shows with its source. */
  'door-to-ecg',
  /** A result rightly left waiting for the patient's call back that had not come by closing: an unscored note the debrief shows as still open. */
  'awaiting-call-back',
  /** A question only the provider may answer, rightly sent to the provider, whose answer had not reached the patient by closing: an unscored note the debrief shows as still open. */
  'awaiting-provider-answer',
  /** A result call that rang out (no answer, no voicemail) so the result had not reached the patient by closing: an unscored note the debrief shows as still open. */
  'awaiting-another-call',
  /** A result that had not reached the patient by closing for any other reason (the item never opened, nobody called, no voicemail left, the result not given, or handed over untold): a note the debrief shows as still open, pointing to the finding where the day scored it. */
  'result-not-given',
  /** A confirmation call that rang out, so tomorrow's appointment stands unconfirmed and the patient unreminded: an unscored note the debrief shows as still open. */
  'reminder-not-reached',
  'action',
  'finding',
  'day-ended',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/**
 * What the ECG bed knows of a chest-pain patient's way to the tracing, noted with the
 * door-to-ECG minutes: with the patient's waits, the debrief says from it which of the steps
 * that shorten those minutes the trainee took.
 */
export interface DoorToEcgPath {
  /** The minute the front desk told the provider of the red flag; null: it did not. */
  readonly deskAlertAt: number | null;
  /** The patient came to the ECG bed from rooming paused for the standing order, before the vital signs were recorded. */
  readonly beforeVitals: boolean;
  /** The tracings recorded up to the hand-over: more than one when an artefact was put right and the tracing recorded again. */
  readonly tracings?: number;
}

/** One line of the day's timeline. */
export interface TimelineEntry {
  readonly minute: number;
  readonly patientId: string | null;
  readonly kind: TimelineKind;
  readonly text: string;
  /** A `door-to-ecg` entry's way to the tracing (absent on every other kind). */
  readonly doorToEcg?: DoorToEcgPath;
}

/** The journal a day writes as it runs; scoring and the debrief read it. */
export class DayJournal {
  readonly checks: Check[] = [];
  readonly timeline: TimelineEntry[] = [];

  /** Records a rule checked; a missed check also goes on the timeline. */
  check(check: Check): void {
    this.checks.push(check);
    if (check.finding) {
      this.timeline.push({ minute: check.atMinute, patientId: check.patientId, kind: 'finding', text: check.finding.message });
    }
  }

  note(entry: TimelineEntry): void {
    this.timeline.push(entry);
  }
}

/** An appointment booked during the day (a follow-up, a walk-in's slot, a rescheduled visit). */
export interface DayBooking {
  readonly date: string;
  readonly time: string;
  readonly providerId: string;
  readonly visitTypeId: string;
  /** Who it is for, as the appointment book shows it. */
  readonly label: string;
  /** True when the entry frees the slot it names (an appointment cancelled or moved), rather than taking one. */
  readonly freed?: true;
  /** A patient's own call that moved their appointment: whose it is, and the clinic minute it was booked (the no-show panel shows it). */
  readonly byPhone?: { readonly patientId: string; readonly atMinute: number };
}

/**
 * A kit lot's quality controls, run during the day: they hold for every patient tested with
 * that lot on the same day (a waived test's controls follow the kit's schedule, each new lot
 * or each day of testing, never each patient).
 */
export interface DayQualityControl {
  readonly testId: string;
  readonly lot: string;
  /** The clinic minute the controls were read. */
  readonly minute: number;
}

/** The shared environment of a running day. */
export interface DayEnvironment {
  /** The current clinic minute (minutes since midnight). */
  readonly now: () => number;
  readonly journal: DayJournal;
  /**
   * Appointments booked so far today, in the order they were booked: every booking checks
   * against them, so two patients cannot be given the same slot.
   */
  readonly bookings: DayBooking[];
  /**
   * The kit lots whose controls were run so far today, in order: a lab-station patient's test
   * counts a lot controlled earlier in the day (absent: a workflow tested on its own, which
   * knows only its own patient's controls).
   */
  readonly qualityControls?: DayQualityControl[];
  /** The day's random source; fork it per patient and purpose rather than drawing from it. */
  readonly random: SeededRandom;
  /**
   * Takes a provider away from their patients for some minutes (an alert with nothing
   * critical behind it). The session passes it to the clinic day; a workflow tested on its
   * own has no providers to interrupt.
   */
  readonly interruptProvider?: (providerId: string, minutes: number) => void;
  /**
   * Brings a provider to a patient at once: a tracing showing ST elevation was put into their
   * hands, and a suspected heart attack seen in the office goes to the emergency department
   * without delay (the 2021 chest pain guideline). The provider comes now, or as soon as the
   * visit in hand ends, ahead of every patient waiting. The session passes it to the clinic
   * day; a workflow tested on its own has no providers to call.
   */
  readonly callProviderNow?: (providerId: string, patientId: string) => void;
  /**
   * Called as the day ends, while every encounter still runs: the session asks the workflows
   * still under way what they judge of an urgent step left waiting (absent: nobody asks).
   */
  readonly dayEnding?: () => void;
}
