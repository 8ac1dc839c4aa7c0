/**
 * What Clinic Day writes into a SCORM LMS's data model: the data model elements and their
 * values, in the order they are set, for a day in progress and for a finished one. Pure, so
 * the browser adapter (`scenes/lms/`) only passes them to the LMS's `API` (SCORM 1.2) or
 * `API_1484_11` (SCORM 2004 4th edition).
 *
 * Sources (ADL; what was checked is in `src/reference/source-catalogue.ts`, `adlScorm12` and `adlScorm2004Ed4`):
 * - SCORM 1.2 Run-Time Environment, section 3.4: `cmi.core.lesson_status` (passed, failed,
 *   incomplete), `cmi.core.score.raw/min/max` (0–100), `cmi.core.session_time` as CMITimespan
 *   `HHHH:MM:SS.SS`, `cmi.core.exit` (`suspend`, or empty), `cmi.suspend_data` (CMIString4096).
 * - SCORM 2004 4th edition RTE, section 4.2: `cmi.completion_status`, `cmi.success_status`,
 *   `cmi.score.scaled` (−1 to 1), `cmi.session_time` as an ISO 8601 duration
 *   (timeinterval (second, 10, 2)), `cmi.exit` (`suspend`, `normal`), `cmi.suspend_data`
 *   (SPM 64,000), and `cmi.interactions.n.*`: `id` (long_identifier_type, SPM 4,000), `type`,
 *   `objectives.n.id`, `description` (localized_string_type, SPM 250), `learner_response`,
 *   `result`; an LMS must keep at least 250 interactions (SPM).
 */
import type { DayResult } from '../scoring/score';

/** The SCORM versions an LMS package is made for. */
export type ScormVersion = '1.2' | '2004';

/** A data model element and the value to set it to. */
export type ScormValue = readonly [element: string, value: string];

/** Interactions an LMS must keep at the least (SCORM 2004 RTE, SPM of `cmi.interactions`). */
export const MAX_INTERACTIONS = 250;
/** Characters of an interaction's description an LMS must keep at the least (SPM of localized_string_type). */
export const MAX_DESCRIPTION_CHARS = 250;

/** Hundredths of a second, the precision both versions' times carry. */
function hundredths(milliseconds: number): number {
  return Math.max(0, Math.round(milliseconds / 10));
}

/** A session's length as SCORM 1.2's CMITimespan: `HHHH:MM:SS.SS` (hours of at least two digits, at most four). */
export function scorm12Timespan(milliseconds: number): string {
  const total = Math.min(hundredths(milliseconds), 9999 * 360_000 + 359_999);
  const hours = Math.floor(total / 360_000);
  const minutes = Math.floor((total % 360_000) / 6000);
  const seconds = (total % 6000) / 100;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** A session's length as SCORM 2004's timeinterval, an ISO 8601 duration such as `PT1H2M3.45S`. */
export function scorm2004Duration(milliseconds: number): string {
  const total = hundredths(milliseconds);
  const hours = Math.floor(total / 360_000);
  const minutes = Math.floor((total % 360_000) / 6000);
  const seconds = (total % 6000) / 100;
  return `PT${hours > 0 ? `${hours}H` : ''}${minutes > 0 ? `${minutes}M` : ''}${Number(seconds.toFixed(2))}S`;
}

/** The score as both versions write it: raw 0–100 with its range, and scaled −1 to 1 for 2004. */
export function scormScore(result: DayResult): { readonly raw: string; readonly min: string; readonly max: string; readonly scaled: string } {
  const total = Math.min(100, Math.max(0, result.score.total));
  return { raw: String(total), min: '0', max: '100', scaled: String(Math.round(total * 100) / 10_000) };
}

/** `text` cut to `limit` characters, an ellipsis marking the cut. */
function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/**
 * One SCORM 2004 interaction per finding, numbered from `first` (the interactions the LMS
 * already holds from an earlier attempt): its id names the finding's rule, its objective the
 * competency, its description the severity and what went wrong, and its result is
 * `incorrect`: a finding is a rule the trainee did not follow. Stops at the 250 interactions
 * every LMS keeps.
 */
export function findingInteractions(result: DayResult, first: number): ScormValue[] {
  const values: ScormValue[] = [];
  result.findings.slice(0, Math.max(0, MAX_INTERACTIONS - first)).forEach((finding, index) => {
    const n = `cmi.interactions.${first + index}`;
    values.push(
      [`${n}.id`, `urn:clinic-day:${result.scenarioId}:finding-${index + 1}:${finding.ruleId}`],
      [`${n}.type`, 'other'],
      [`${n}.objectives.0.id`, `urn:clinic-day:competency:${finding.competency}`],
      [`${n}.description`, clip(`${finding.severity} (${finding.competency}): ${finding.message}`, MAX_DESCRIPTION_CHARS)],
      [`${n}.learner_response`, clip(finding.ruleId, 4000)],
      [`${n}.result`, 'incorrect'],
    );
  });
  return values;
}

/** The values for a day still in progress: incomplete, kept in `suspendData`, the session so far. */
export function suspendedDayValues(version: ScormVersion, suspendData: string, sessionMilliseconds: number): ScormValue[] {
  return version === '1.2'
    ? [
        ['cmi.core.lesson_status', 'incomplete'],
        ['cmi.suspend_data', suspendData],
        ['cmi.core.exit', 'suspend'],
        ['cmi.core.session_time', scorm12Timespan(sessionMilliseconds)],
      ]
    : [
        ['cmi.completion_status', 'incomplete'],
        ['cmi.suspend_data', suspendData],
        ['cmi.exit', 'suspend'],
        ['cmi.session_time', scorm2004Duration(sessionMilliseconds)],
      ];
}

/**
 * The values for a finished day: completed, passed or failed as the day's own verdict (its
 * pass mark and gate, `scoreDay`), the score, the session's time, no suspended day, and in
 * 2004 an interaction per finding from `firstInteraction` on.
 */
export function finishedDayValues(version: ScormVersion, result: DayResult, sessionMilliseconds: number, firstInteraction: number): ScormValue[] {
  const score = scormScore(result);
  const verdict = result.passed ? 'passed' : 'failed';
  if (version === '1.2') {
    return [
      ['cmi.core.score.min', score.min],
      ['cmi.core.score.max', score.max],
      ['cmi.core.score.raw', score.raw],
      ['cmi.core.lesson_status', verdict],
      ['cmi.suspend_data', ''],
      ['cmi.core.exit', ''],
      ['cmi.core.session_time', scorm12Timespan(sessionMilliseconds)],
    ];
  }
  return [
    ['cmi.score.min', score.min],
    ['cmi.score.max', score.max],
    ['cmi.score.raw', score.raw],
    ['cmi.score.scaled', score.scaled],
    ['cmi.completion_status', 'completed'],
    ['cmi.success_status', verdict],
    ...findingInteractions(result, firstInteraction),
    ['cmi.suspend_data', ''],
    ['cmi.exit', 'normal'],
    ['cmi.session_time', scorm2004Duration(sessionMilliseconds)],
  ];
}
