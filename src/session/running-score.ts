/**
 * The running score of a day in practice, kept between views. The floor asks for it on
 * every view (each clinic minute and each action); scoring the day from its record costs
 * more than the rest of the view together, so the score is worked out once per state of the
 * day and only the parts the HUD shows are computed (no roll-up by competency or outline:
 * those are the debrief's).
 *
 * A session's state follows from its seed, its log and its clock: the same log length,
 * minute and end give the same day, so that is the key the kept score is looked up by.
 */
import type { DayRecord } from '../scoring/day-record';
import { dayTotals } from '../scoring/score';
import type { RunningScore } from './day-view';
import type { Session } from './session';

/**
 * The day scored as it stands, leaving out the visits still under way (they are not
 * unfinished yet, only in progress). Once the day is over nothing is under way any more: a
 * visit cut short by closing or by "End day" is unfinished, and the score is the debrief's.
 */
export function scoreSoFar(record: DayRecord): RunningScore {
  const settled = record.finished ? record.journeys : record.journeys.filter((journey) => journey.outcome !== null || journey.arrivedAt === null);
  const totals = dayTotals({ ...record, journeys: settled });
  const visitFinished = record.journeys.some((journey) => journey.outcome !== null);
  const started = record.checks.length > 0 || visitFinished;
  // Throughput counts finished work: until a visit or an inbox item is done its number is the empty day's. At closing it is the debrief's.
  const flowStarted = record.finished || visitFinished || (record.inbox ?? []).some((item) => item.settledAt !== null);
  return { ...totals.score, findings: totals.findings.length, failedByCritical: totals.findings.some((finding) => finding.severity === 'critical'), started, flowStarted };
}

/** Keeps the running score of one session, working it out again only when the day has moved. */
export class RunningScoreKeeper {
  #key: string | null = null;
  #score: RunningScore | null = null;

  /** The running score of `session` now; pass `record` when the caller has the session's record already. */
  score(session: Session, record?: DayRecord): RunningScore {
    const key = `${session.log.length}|${session.minute}|${session.isOver}`;
    if (this.#score !== null && key === this.#key) return this.#score;
    this.#score = scoreSoFar(record ?? session.record());
    this.#key = key;
    return this.#score;
  }
}
