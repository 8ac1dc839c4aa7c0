/**
 * Exports of finished days for the school's own systems: a CSV table of results (history,
 * or an instructor's graded batch), and an xAPI statement per result for a Learning Record
 * Store. Pure functions: the browser and the command line do the writing.
 */
import { formatMinutesOfDay } from '../scenario/clock-time';
import type { ResultFile } from './result-file';

/** One row of a results table. */
export interface ResultRow {
  /** When the day was played, as the player's device recorded it (ISO 8601), if known. */
  readonly playedAt: string | null;
  readonly player: string;
  readonly scenarioId: string;
  readonly seed: number;
  readonly mode: string;
  /** Whether the clinic clock ran by itself (off: untimed practice). */
  readonly timerEnabled: boolean;
  /** The version of the game that made the result file. */
  readonly appVersion: string;
  /** The assignment the day answers; null for free practice. */
  readonly assignmentId: string | null;
  readonly total: number;
  readonly accuracy: number;
  readonly throughput: number;
  readonly passed: boolean;
  readonly criticalFindings: number;
  readonly findings: readonly string[];
  /** For graded batches: whether replay verified the result (null when not graded). */
  readonly verified: boolean | null;
}

/** The row for a result file. */
export function resultRow(file: ResultFile, options: { playedAt?: string; verified?: boolean } = {}): ResultRow {
  const { result } = file;
  return {
    playedAt: options.playedAt ?? null,
    player: file.player,
    scenarioId: file.scenarioId,
    seed: file.seed,
    mode: file.settings.mode,
    timerEnabled: file.settings.timerEnabled,
    appVersion: file.appVersion,
    assignmentId: file.assignmentId ?? null,
    total: result.score.total,
    accuracy: result.score.accuracy,
    throughput: result.score.throughput,
    passed: result.passed,
    criticalFindings: result.findings.filter((finding) => finding.severity === 'critical').length,
    findings: result.findings.map((finding) => `${formatMinutesOfDay(finding.atMinute)} ${finding.ruleId}: ${finding.message}`),
    verified: options.verified ?? null,
  };
}

const CSV_HEADER = ['played at', 'player', 'scenario', 'seed', 'mode', 'timer', 'app version', 'assignment', 'total', 'accuracy', 'throughput', 'passed', 'critical findings', 'findings', 'verified'];

/** A cell quoted as RFC 4180 asks, and defused against spreadsheet formula injection. */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  // A player's name such as "=HYPERLINK(…)" must stay text when the CSV is opened in a spreadsheet.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV table of results, one row each, with a header; findings joined by " | ". */
export function resultsCsv(rows: readonly ResultRow[]): string {
  const lines = [CSV_HEADER.map(csvCell).join(',')];
  for (const row of rows) {
    lines.push(
      [
        row.playedAt,
        row.player,
        row.scenarioId,
        row.seed,
        row.mode,
        row.timerEnabled ? 'on' : 'off',
        row.appVersion,
        row.assignmentId,
        row.total,
        row.accuracy,
        row.throughput,
        row.passed ? 'yes' : 'no',
        row.criticalFindings,
        row.findings.join(' | '),
        row.verified === null ? null : row.verified ? 'yes' : 'no',
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** An xAPI (1.0.3) statement saying the player completed the scenario, passed or failed, with the score. */
export function xapiStatement(
  file: ResultFile,
  options: { activityBase: string; actor: { name: string; mbox?: string; account?: { homePage: string; name: string } }; timestamp?: string },
): Record<string, unknown> {
  const { result } = file;
  const base = options.activityBase.replace(/\/$/, '');
  const verb = result.passed
    ? { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } }
    : { id: 'http://adlnet.gov/expapi/verbs/failed', display: { 'en-US': 'failed' } };
  const actor: Record<string, unknown> = { objectType: 'Agent', name: options.actor.name };
  if (options.actor.mbox) actor.mbox = options.actor.mbox;
  else if (options.actor.account) actor.account = options.actor.account;
  return {
    actor,
    verb,
    object: {
      objectType: 'Activity',
      id: `${base}/scenarios/${encodeURIComponent(file.scenarioId)}`,
      definition: { type: 'http://adlnet.gov/expapi/activities/simulation', name: { 'en-US': file.scenarioId } },
    },
    result: {
      score: { scaled: Math.round(result.score.total * 10) / 1000, raw: result.score.total, min: 0, max: 100 },
      success: result.passed,
      completion: true,
      extensions: {
        [`${base}/xapi/accuracy`]: result.score.accuracy,
        [`${base}/xapi/throughput`]: result.score.throughput,
        [`${base}/xapi/critical-findings`]: result.findings.filter((f) => f.severity === 'critical').length,
      },
    },
    context: {
      extensions: {
        [`${base}/xapi/scenario-hash`]: file.scenarioHash,
        [`${base}/xapi/seed`]: file.seed,
        [`${base}/xapi/mode`]: file.settings.mode,
        [`${base}/xapi/app-version`]: file.appVersion,
      },
    },
    ...(options.timestamp ? { timestamp: options.timestamp } : {}),
  };
}
