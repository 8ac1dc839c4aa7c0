/**
 * What happened in the clinic while the trainee was busy: the timeline entries worth
 * announcing where the trainee is working (inside a station the clock moves only by the
 * actions' minutes, and everything that falls due in them happens there, in order).
 * The trainee's own steps (checked in, roomed, orders collected) are left out: they know.
 */
import type { TimelineEntry, TimelineKind } from '../domain/day-environment';
import { formatMinutesOfDay } from '../scenario/clock-time';

/** Timeline kinds announced to a trainee working inside a station. */
export const ANNOUNCED_KINDS: readonly TimelineKind[] = [
  'arrived',
  'walk-in',
  'no-show',
  'visit-ended',
  'complained',
  'left-unseen',
  'departed',
  'phone-rang',
  'phone-missed',
  'critical-value',
  'claim-denied',
  'result-ready',
  'inbox-arrived',
  'inbox-overdue',
  'inbox-answered',
];

const ANNOUNCED = new Set<TimelineKind>(ANNOUNCED_KINDS);

/** One announcement: when, what kind, and the words. */
export interface Happening {
  readonly minute: number;
  readonly kind: TimelineKind;
  readonly patientId: string | null;
  /** "09:12 · Jamal Carter arrived". */
  readonly text: string;
}

/**
 * The announced entries of `timeline` after minute `after` up to and including `upTo`, in
 * the order they happened (the timeline is sorted by minute; entries of one minute keep
 * the order they were written in).
 */
export function happeningsBetween(timeline: readonly TimelineEntry[], after: number, upTo: number): Happening[] {
  return timeline
    .filter((entry) => ANNOUNCED.has(entry.kind) && entry.minute > after && entry.minute <= upTo)
    .map((entry) => ({ minute: entry.minute, kind: entry.kind, patientId: entry.patientId, text: `${formatMinutesOfDay(entry.minute)} · ${entry.text}` }));
}
