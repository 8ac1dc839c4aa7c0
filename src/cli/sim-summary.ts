/**
 * The one JSON document `npm run sim -- … --json` prints: the day's verdict, scores, the
 * throughput figures, every finding and the competency scores. The golden outputs in
 * `test/goldens/sim/` are this document for the bundled scenarios, so a change in the
 * game's judgement shows there as a diff.
 */
import type { DayResult } from '../scoring/score';

/** What `sim --json` prints for a played day. */
export function simSummary(scenarioId: string, seed: number, result: DayResult) {
  return {
    scenarioId,
    seed,
    passed: result.passed,
    score: result.score,
    stats: {
      patientsScheduled: result.stats.patientsScheduled,
      patientsCompleted: result.stats.patientsCompleted,
      patientsLeftUnseen: result.stats.patientsLeftUnseen,
      patientsPerHour: result.stats.patientsPerHour,
      meanWaitMinutes: result.stats.meanWaitMinutes,
    },
    findings: result.findings.map(({ ruleId, competency, severity, patientId, atMinute, message }) => ({ ruleId, competency, severity, patientId, atMinute, message })),
    competencies: result.competencies.map(({ id, score }) => ({ id, score })),
  };
}

/** The summary as `sim --json` prints it, with its final newline. */
export function simSummaryText(scenarioId: string, seed: number, result: DayResult): string {
  return `${JSON.stringify(simSummary(scenarioId, seed, result), null, 2)}\n`;
}
