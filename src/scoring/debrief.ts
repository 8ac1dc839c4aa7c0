/**
 * The debrief as plain text, for `npm run sim` and for printing: the gate and its
 * reason, the scores, each finding with what to do instead, why and the source, the
 * competencies from strongest to weakest, and each patient's journey.
 */
import { formatMinutesOfDay } from '../scenario/clock-time';
import type { DayResult } from './score';

function sourceLine(source: { title: string; publisher: string; edition?: string }): string {
  return `${source.title} — ${source.publisher}${source.edition ? `, ${source.edition}` : ''}`;
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
      `, ${stats.patientsLeftUnseen} left unseen, ${stats.patientsNoShow} no-show, ${stats.patientsRebooked} rebooked` +
      `; ${stats.patientsPerHour}/h (target ${stats.targetPatientsPerHour}/h)` +
      `; mean wait ${stats.meanWaitMinutes} min, door to door ${stats.meanDoorToDoorMinutes} min` +
      `; provider idle ${stats.providerIdleMinutes} min; complaints ${stats.complaints}`,
  );
  lines.push('');
  lines.push(result.findings.length === 0 ? 'Findings: none' : `Findings (${result.findings.length}):`);
  for (const finding of result.findings) {
    lines.push(`  [${finding.severity}] ${formatMinutesOfDay(finding.atMinute)} ${finding.ruleId}: ${finding.message}`);
    lines.push(`      Instead: ${finding.remedy}`);
    lines.push(`      Why: ${finding.explanation}`);
    lines.push(`      Source: ${sourceLine(finding.source)}`);
  }
  lines.push('');
  lines.push('Competencies (strongest first):');
  for (const competency of result.competencies) {
    lines.push(`  ${String(competency.score).padStart(5)}  ${competency.name}${competency.practiseNext ? ` — practise: ${competency.practiseNext}` : ''}`);
  }
  lines.push('');
  lines.push('Patients:');
  for (const journey of result.journeys) {
    const waited = journey.waits.reduce((sum, spell) => sum + spell.to - spell.from, 0);
    const span =
      journey.arrivedAt === null
        ? 'did not arrive'
        : `${formatMinutesOfDay(journey.arrivedAt)}–${journey.departedAt === null ? '…' : formatMinutesOfDay(journey.departedAt)}`;
    lines.push(`  ${journey.name.padEnd(24)} ${(journey.outcome ?? journey.stage).padEnd(12)} ${span.padEnd(13)} waited ${waited} min`);
  }
  return lines.join('\n');
}
