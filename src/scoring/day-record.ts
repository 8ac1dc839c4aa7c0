/**
 * The day record: everything scoring reads from a played day (the scenario, the settings
 * it was played with, the journal's checks and timeline, each patient's journey). The
 * session builds it; scoring, the debrief and the grader read it.
 */
import type { EncounterOutcome, EncounterStage, WaitSpell } from '../clinic/encounter.machine';
import type { TimelineEntry } from '../domain/day-environment';
import type { Mode, Scenario } from '../scenario/scenario.schema';
import type { Check } from './finding';

/** The settings a day is played with; recorded in the result. */
export interface SessionSettings {
  readonly mode: Mode;
  /** Off: the clock stops between actions (untimed practice). */
  readonly timerEnabled: boolean;
}

/** One patient's day, for the debrief and the throughput score. */
export interface PatientJourney {
  readonly patientId: string;
  readonly name: string;
  readonly stage: EncounterStage;
  readonly outcome: EncounterOutcome | null;
  readonly arrivedAt: number | null;
  readonly departedAt: number | null;
  readonly waits: readonly WaitSpell[];
  readonly complaints: number;
  /**
   * The provider's orders (test ids) not yet done at the lab station: all of them until the
   * station opens, what it still lacks while it is open, none once it is done.
   */
  readonly outstandingOrders: readonly string[];
  /**
   * The patient's claim went to the payer (awaiting its answer, or answered: paid, denied, to
   * bill the patient) while the billing workflow runs on: the visit is finished, and what is
   * left of the claim (a remittance to post, a denial to work, a statement to send) is that
   * workflow's own finding, not an unsent claim. Absent: otherwise.
   */
  readonly claimSent?: true;
}

/** One inbox item's day: when it was settled (done or handed over), against its due time. */
export interface InboxOutcome {
  readonly itemId: string;
  readonly patientId: string;
  readonly dueMinute: number;
  /** The minute it was marked done or handed over; null when it was still open at the day's end. */
  readonly settledAt: number | null;
  readonly handedOver: boolean;
}

/** Everything scoring needs from a played day. */
export interface DayRecord {
  readonly scenario: Scenario;
  readonly settings: SessionSettings;
  readonly checks: readonly Check[];
  readonly timeline: readonly TimelineEntry[];
  readonly journeys: readonly PatientJourney[];
  readonly startMinute: number;
  readonly endMinute: number;
  readonly finished: boolean;
  /** The inbox items' outcomes; absent for a day without an inbox. */
  readonly inbox?: readonly InboxOutcome[];
}
