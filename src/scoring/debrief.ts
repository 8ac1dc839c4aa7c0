/**
 * The debrief as plain text, for `npm run sim` and for printing: the gate and its
 * reason, the scores, the work left undone (the step where each patient's visit stopped, or
 * the patient gone unseen, with what
 * to do instead, why and the source given once for each kind of step), each other finding
 * with what to do instead, why and the source, the competencies from strongest to weakest,
 * what is still open at closing (not scored; each kind's next step, why and source once, after its items),
 * what to practise next (the missed rules of the competency that cost the most points, and where), and each patient's journey.
 */
import { formatMinutesOfDay } from '../scenario/clock-time';
import { closingMinuteOf, meanWaitBasis, waitedCellText } from './journey-wait';
import { practiseNext } from './practise-next';
import { guidelineNotes } from './guideline-notes';
import { scoredInWords, stillOpenAtClosing, stillOpenByKind } from './still-open';
import { isUnfinishedWork } from './day-rules';
import type { Finding } from './finding';
import { type DayResult, visitCompleted } from './score';

function sourceLine(source: { title: string; publisher: string; edition?: string }): string {
  return `${source.title} — ${source.publisher}${source.edition ? `, ${source.edition}` : ''}`;
}

/** The first finding of each rule, in the order the rules first appear: one explanation per kind of step. */
export function firstOfEachRule(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => !seen.has(finding.ruleId) && seen.add(finding.ruleId));
}

/** A readable debrief of a day. */
export function debriefText(result: DayResult, title: string): string {
  const lines: string[] = [];
  const { score, stats } = result;
  lines.push(`${title} — ${result.passed ? 'PASSED' : 'NOT PASSED'}`);
  lines.push(result.gate.reason);
  lines.push(`Total ${score.total}   accuracy ${score.accuracy}   throughput ${score.throughput}   (${result.settings.mode}, timer ${result.settings.timerEnabled ? 'on' : 'off'})`);
  lines.push(
    `Patients: ${stats.patientsCompleted} completed of ${stats.patientsScheduled} scheduled` +
      `, ${stats.patientsUnfinished} unfinished, ${stats.patientsLeftUnseen} left unseen, ${stats.patientsNoShow} no-show, ${stats.patientsRebooked} rebooked without being seen` +
      `; ${stats.patientsPerHour}/h (target ${stats.targetPatientsPerHour}/h)` +
      `; mean wait ${stats.meanWaitMinutes} min (patients who came), door to door ${stats.meanDoorToDoorMinutes} min` +
      `; provider idle ${stats.providerIdleMinutes} min; complaints ${stats.complaints}`,
  );
  const undone = result.findings.filter(isUnfinishedWork);
  if (undone.length > 0) {
    lines.push('');
    lines.push(`Work left undone (${undone.length} step${undone.length === 1 ? '' : 's'}):`);
    for (const finding of undone) lines.push(`  [${finding.severity}] ${finding.ruleId}: ${finding.message}`);
    for (const first of firstOfEachRule(undone)) {
      lines.push(`  ${first.ruleId}`);
      lines.push(`      Instead: ${first.remedy}`);
      lines.push(`      Why: ${first.explanation}`);
      lines.push(`      Source: ${sourceLine(first.source)}`);
    }
  }
  const others = result.findings.filter((finding) => !isUnfinishedWork(finding));
  lines.push('');
  lines.push(others.length === 0 ? 'Findings: none' : `Findings (${others.length}):`);
  for (const finding of others) {
    lines.push(`  [${finding.severity}] ${formatMinutesOfDay(finding.atMinute)} ${finding.ruleId}: ${finding.message}`);
    lines.push(`      Instead: ${finding.remedy}`);
    lines.push(`      Why: ${finding.explanation}`);
    lines.push(`      Source: ${sourceLine(finding.source)}`);
  }
  const notes = guidelineNotes(result);
  if (notes.length > 0) {
    lines.push('');
    lines.push('Against the guidelines (not scored):');
    for (const note of notes) {
      lines.push(`  ${formatMinutesOfDay(note.minute)} ${note.text}`);
      lines.push(`      Not scored: ${note.why}`);
      lines.push(`      Source: ${sourceLine(note.source)}`);
    }
  }
  const open = stillOpenAtClosing(result.timeline, result.findings);
  if (open.length > 0) {
    lines.push('');
    lines.push('Still open at closing (not scored):');
    for (const group of stillOpenByKind(open)) {
      for (const note of group.notes) {
        lines.push(`  ${note.text}`);
        if (note.scoredIn) lines.push(`      ${scoredInWords(note.scoredIn)}`);
      }
      lines.push(`    ${group.notes.length === 1 ? 'For it' : `For these ${group.notes.length}`}:`);
      lines.push(`      Next: ${group.next}`);
      lines.push(`      Not scored: ${group.why}`);
      lines.push(`      Source: ${sourceLine(group.source)}`);
    }
  }
  lines.push('');
  lines.push('Competencies (strongest first):');
  for (const competency of result.competencies) {
    lines.push(`  ${String(competency.score).padStart(5)}  ${competency.name}${competency.practiseNext ? ` — practise: ${competency.practiseNext}` : ''}`);
  }
  const next = practiseNext(result);
  if (next) {
    lines.push('');
    lines.push(`Practise next: ${next.competencyName} (${next.score}), the competency that cost the most points today`);
    for (const rule of next.rules) lines.push(`  ${rule}`);
    lines.push(`  Where: ${next.places.join('; ')}`);
  }
  lines.push('');
  lines.push('Patients:');
  const closing = closingMinuteOf(result);
  for (const journey of result.journeys) {
    const span =
      journey.arrivedAt === null
        ? 'did not arrive'
        : `${formatMinutesOfDay(journey.arrivedAt)}–${journey.departedAt === null ? '…' : formatMinutesOfDay(journey.departedAt)}`;
    // A visit finished with its claim sent is completed, whatever of the claim's billing is still open.
    const outcome = journey.outcome ?? (visitCompleted(journey) ? 'completed' : journey.stage);
    lines.push(`  ${journey.name.padEnd(24)} ${outcome.padEnd(12)} ${span.padEnd(13)} waited ${waitedCellText(journey, closing, visitCompleted(journey))}`);
  }
  lines.push(`  ${meanWaitBasis(result.journeys, stats.meanWaitMinutes)}.`);
  return lines.join('\n');
}
