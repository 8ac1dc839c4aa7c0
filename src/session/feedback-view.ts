/**
 * Formative feedback in practice: each finding the workflows record, shown the moment it
 * is recorded (what went wrong, what to do instead, why, and the source), a log of every
 * finding so far, and what last changed the running score.
 *
 * A `FeedbackTracker` follows one session and reads only the checks recorded since its
 * last look (`Session.checksSince`): the floor asks for a view on every clinic minute,
 * and the day's journal must not be copied or rescored for it. In assessment it gives
 * nothing: findings wait for the debrief.
 *
 * The day's own rules (a patient who left unseen, a call that went to voicemail) are
 * judged from the whole day by scoring; they are not journaled, so the log does not list
 * them, but a score change they cause is still explained.
 */

import type { CompetencyId } from '../reference/competencies';
import type { Source } from '../reference/source';
import { formatMinutesOfDay } from '../scenario/clock-time';
import type { Check, Severity } from '../scoring/finding';
import type { RunningScore } from './day-view';
import type { Session } from './session';
import { displayName } from '../domain/patient';

/** One finding as practice shows it. */
export interface FeedbackItem {
  /** Stable for the day: `finding-<n>`, n the check's place in the day's journal. */
  readonly id: string;
  readonly ruleId: string;
  readonly severity: Severity;
  readonly competency: CompetencyId;
  readonly patientId: string | null;
  /** The patient's name as the floor shows it, or null for a finding about the day. */
  readonly patientName: string | null;
  readonly minute: number;
  /** The clinic time it was recorded, `HH:MM`. */
  readonly time: string;
  /** What went wrong. */
  readonly what: string;
  /** What to do instead. */
  readonly instead: string;
  /** Why it matters. */
  readonly why: string;
  /** The source, as a citation line (title — publisher, edition). */
  readonly source: string;
}

/** What last changed the running score, and why. */
export interface ScoreChange {
  /** The change in accuracy, to one decimal. */
  readonly accuracy: number;
  /** The change in the total, to one decimal. */
  readonly total: number;
  /** "−5 accuracy: Ana Lopez's identity was confirmed on her name alone." */
  readonly text: string;
  /** The finding that caused it, to link to in the log; null when no finding did. */
  readonly findingId: string | null;
  readonly minute: number;
}

/** The feedback of a practice day at one moment. */
export interface FeedbackView {
  /** Every finding so far, newest first. */
  readonly items: readonly FeedbackItem[];
  /** The findings recorded since the previous view, in the order they were recorded. */
  readonly fresh: readonly FeedbackItem[];
  readonly lastChange: ScoreChange | null;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { critical: 0, major: 1, minor: 2 };

/**
 * Follows one session's findings for the practice floor. Call `update` with the running
 * score each time the day changes; the first call catches up with a day resumed from a
 * save (its findings go to the log, none of them fresh).
 */
export class FeedbackTracker {
  #read = 0;
  #started = false;
  #items: readonly FeedbackItem[] = [];
  #score: RunningScore | null = null;
  #lastChange: ScoreChange | null = null;

  /** The feedback now, or null outside practice mode. */
  update(session: Session, score: RunningScore | null): FeedbackView | null {
    if (session.settings.mode !== 'practice') return null;
    const checks = session.checksSince(this.#read);
    const first = this.#read;
    this.#read += checks.length;
    const fresh: FeedbackItem[] = [];
    checks.forEach((check, offset) => {
      const item = feedbackItem(session, check, first + offset);
      if (item) fresh.push(item);
    });
    if (fresh.length > 0) this.#items = fresh.toReversed().concat(this.#items);
    const catchingUp = !this.#started;
    this.#started = true;
    if (!catchingUp && this.#score !== null && score !== null) {
      const change = scoreChange(this.#score, score, checks, fresh, session.minute);
      if (change) this.#lastChange = change;
    }
    if (score !== null) this.#score = score;
    return { items: this.#items, fresh: catchingUp ? [] : fresh, lastChange: this.#lastChange };
  }
}

/** The feedback item of a missed check, or null for a check that passed. */
export function feedbackItem(session: Session, check: Check, index: number): FeedbackItem | null {
  const finding = check.finding;
  if (!finding) return null;
  const patient = finding.patientId === null ? undefined : session.scenario.patients.find((p) => p.id === finding.patientId);
  return {
    id: `finding-${index}`,
    ruleId: finding.ruleId,
    severity: finding.severity,
    competency: finding.competency,
    patientId: finding.patientId,
    patientName: patient ? displayName(patient) : null,
    minute: finding.atMinute,
    time: formatMinutesOfDay(finding.atMinute),
    what: finding.message,
    instead: finding.remedy,
    why: finding.explanation,
    source: sourceText(finding.source),
  };
}

/** A source as one citation line. */
export function sourceText(source: Source): string {
  return `${source.title} — ${source.publisher}${source.edition ? `, ${source.edition}` : ''}`;
}

/**
 * "100", "99.7": the running accuracy as the HUD prints it, whole when it is whole and else to
 * the tenth below, so it agrees with the changes beside it ("−0.3 accuracy") and never reads
 * 100 while a finding stands (issue 19's playtest saw "accuracy 100" beside "−0.3 accuracy").
 */
export function runningPoints(value: number): string {
  // The small margin keeps a float such as 98.99999999 at 99, not 98.9.
  const tenths = Math.floor(value * 10 + 1e-6) / 10;
  return Number.isInteger(tenths) ? String(tenths) : tenths.toFixed(1);
}

/** "+2", "−4.8", "±0": a score change as the HUD prints it. */
export function signedPoints(delta: number): string {
  const rounded = Math.round(delta * 10) / 10;
  if (rounded === 0) return '±0';
  const size = Math.abs(rounded);
  return `${rounded < 0 ? '−' : '+'}${Number.isInteger(size) ? String(size) : size.toFixed(1)}`;
}

/**
 * What changed the running score between two looks. Findings explain a change first (the
 * most serious of them); checks passed explain a rise; a change with no new check comes
 * from the day's own rules. The throughput part drifts with every clinic minute (patients
 * per hour so far), so a change of throughput alone is not reported.
 */
function scoreChange(before: RunningScore, after: RunningScore, checks: readonly Check[], fresh: readonly FeedbackItem[], minute: number): ScoreChange | null {
  const accuracy = Math.round((after.accuracy - before.accuracy) * 10) / 10;
  const total = Math.round((after.total - before.total) * 10) / 10;
  const points = signedPoints(accuracy);
  if (fresh.length > 0) {
    const worst = fresh.reduce((a, b) => (SEVERITY_RANK[b.severity] <= SEVERITY_RANK[a.severity] ? b : a));
    const more = fresh.length > 1 ? ` (and ${fresh.length - 1} more)` : '';
    if (accuracy > 0) {
      // Steps done right in the same move outweighed the finding: say so, so a rise never reads as a reward for the mistake.
      const right = checks.filter((check) => check.passed).length;
      return { accuracy, total, text: `${points} accuracy for ${right === 1 ? 'a step' : `${right} steps`} done right, but a finding: ${worst.what}${more}`, findingId: worst.id, minute };
    }
    const head = accuracy === 0 ? 'accuracy unchanged' : `${points} accuracy`;
    return { accuracy, total, text: `${head}: ${worst.what}${more}`, findingId: worst.id, minute };
  }
  if (accuracy === 0) return null;
  if (checks.length > 0) {
    const steps = checks.length === 1 ? 'a step done right' : `${checks.length} steps done right`;
    return { accuracy, total, text: `${points} accuracy: ${steps}`, findingId: null, minute };
  }
  const why = accuracy < 0 ? 'a patient left without being seen, or a call went to voicemail' : 'a visit finished, or a call was answered';
  return { accuracy, total, text: `${points} accuracy: ${why}`, findingId: null, minute };
}
