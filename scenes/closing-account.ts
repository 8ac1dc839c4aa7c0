/**
 * What the closing notice says of the day from its findings (`day-end-words.ts` holds the words
 * it shares with the debrief): first, when the day had a critical finding, that it did not pass
 * and why, in the debrief banner's words (the playtest read why only in the top bar); then the
 * work left undone, counted by what it is, with the debrief's count ("Left undone: 13 inbox
 * items, 12 patients who left unseen, 3 steps of patients’ visits (28 findings)"; the playtest
 * read inbox items and patients counted as "steps"), then where the first visits stopped.
 */
import { formatMinutesOfDay } from '../src/scenario/clock-time';
import { isUnfinishedWork, leftUnseenRule } from '../src/scoring/day-rules';
import type { Finding } from '../src/scoring/finding';
import type { Gate } from '../src/scoring/score';
import { criticalVerdict, criticalVerdictText, dayVerdictText, undoneCount, undoneMadeOf } from './day-end-words';

/** The critical findings' verdict alone, where the day's gate is not given. */
function criticalVerdictLine(findings: readonly Finding[], people?: ReadonlyMap<string, string>): string | null {
  const verdict = criticalVerdict(findings, people);
  return verdict === null ? null : criticalVerdictText(verdict);
}

/** How many of the steps left undone the closing notice names one by one; the debrief names them all. */
const CLOSING_UNDONE_LINES = 3;

/**
 * The closing notice's account of the day's findings: why the day did not pass, when a critical
 * finding failed it, each named by its patient and time where `people` names them
 * (`peopleNamed`), else by its time, or, given the day's `gate`, when the visits it needs were left
 * unfinished or its total is under the pass mark, in the debrief banner's words; then the work left undone, what it is made of and its count,
 * and, one by one, the step where the first visits or inbox items stopped (a patient who left
 * unseen is counted, and named in the debrief).
 */
export function leftUndoneLines(findings: readonly Finding[], people?: ReadonlyMap<string, string>, gate?: Gate): string[] {
  const verdict = gate === undefined ? criticalVerdictLine(findings, people) : dayVerdictText(gate, findings, people);
  const lines = verdict === null ? [] : [verdict];
  const undone = findings.filter(isUnfinishedWork);
  if (undone.length === 0) return lines;
  const shown = undone
    .filter((finding) => finding.ruleId !== leftUnseenRule.id)
    .slice(0, CLOSING_UNDONE_LINES)
    .map((finding) => finding.message);
  const more = undone.length - shown.length;
  const where = 'under Work left undone in the debrief';
  const rest = more === 0 ? [] : shown.length === 0 ? [`Each is ${where}.`] : [`And ${more} more, ${where}.`];
  return [...lines, `Left undone: ${undoneMadeOf(findings)} (${undoneCount(findings)})${shown.length === 0 ? '.' : ':'}`, ...shown, ...rest];
}

/** A day the trainee ended with End day: when, and when the clinic closed (minutes of the day). */
export interface EndedDay {
  readonly at: number;
  readonly closes: number;
}

/**
 * After the trainee ended the day (End day), the clinic plays on to closing without them, and
 * what it brings is judged (the End-day question says so). The closing notice and the debrief
 * say when the trainee stopped and how much of what was judged came after: the playtest ended
 * at 09:36, read two critical findings named at 10:55 and 14:25 and nothing saying they came
 * after it had stopped. `endedAt` and each finding's minute are minutes of the day.
 */
export function afterEndedLine(findings: readonly Finding[], endedAt: number, closesAt: number): string {
  const after = findings.filter((finding) => finding.atMinute > endedAt);
  const critical = after.filter((finding) => finding.severity === 'critical').length;
  const stopped = `You ended the day at ${formatMinutesOfDay(endedAt)}; the clinic played on to ${formatMinutesOfDay(closesAt)} without you`;
  if (after.length === 0) return `${stopped}, and nothing it judged came after ${formatMinutesOfDay(endedAt)}.`;
  const criticalWords = critical === 0 ? '' : `, ${critical} of them critical`;
  return `${stopped}: ${after.length} of the day’s findings came after ${formatMinutesOfDay(endedAt)}${criticalWords}.`;
}
