/**
 * What the closing notice says of the work left undone: the debrief's count ("Work left
 * undone (27 steps)"), said in the debrief's words and split by what it counts (inbox items,
 * steps of patients' visits, patients who left unseen), then where the first visits stopped.
 * Session 21's playtest read "Left unfinished (18)" in the notice and 27 steps in the debrief,
 * with nothing saying what either counted.
 */
import { unfinishedInboxRule } from '../src/clinic/inbox/inbox.rules';
import { isUnfinishedWork, leftUnseenRule } from '../src/scoring/day-rules';
import type { Finding } from '../src/scoring/finding';

/** How many of the steps left undone the closing notice names one by one; the debrief names them all. */
const CLOSING_UNDONE_LINES = 3;

function counted(count: number, one: string, many: string): string | null {
  return count === 0 ? null : `${count} ${count === 1 ? one : many}`;
}

/**
 * The closing notice's account of the work left undone: the count the debrief's "Work left
 * undone" gives, what it is made of, and, one by one, the step where the first visits or inbox
 * items stopped (a patient who left unseen is counted, and named in the debrief).
 */
export function leftUndoneLines(findings: readonly Finding[]): string[] {
  const undone = findings.filter(isUnfinishedWork);
  if (undone.length === 0) return [];
  const inbox = undone.filter((finding) => finding.ruleId === unfinishedInboxRule.id).length;
  const unseen = undone.filter((finding) => finding.ruleId === leftUnseenRule.id).length;
  const visits = undone.length - inbox - unseen;
  const parts = [counted(inbox, 'inbox item', 'inbox items'), counted(visits, 'step of a patient’s visit', 'steps of patients’ visits'), counted(unseen, 'patient who left unseen', 'patients who left unseen')].filter(
    (part): part is string => part !== null,
  );
  const shown = undone
    .filter((finding) => finding.ruleId !== leftUnseenRule.id)
    .slice(0, CLOSING_UNDONE_LINES)
    .map((finding) => finding.message);
  const more = undone.length - shown.length;
  const where = 'under Work left undone in the debrief';
  const rest = more === 0 ? [] : shown.length === 0 ? [`Each is ${where}.`] : [`And ${more} more, ${where}.`];
  return [`Work left undone: ${counted(undone.length, 'step', 'steps')} (${parts.join(', ')}):`, ...shown, ...rest];
}
