/**
 * Findings and checks: how every workflow reports what the trainee did right and wrong.
 *
 * A rule checked is an opportunity (a `Check`); a check that was missed carries a
 * `Finding` that says what went wrong, what to do instead, why, and the source. A
 * trainee's mistake is always a finding, never an exception.
 */
import type { CompetencyId } from '../reference/competencies';
import type { Source } from '../reference/source';

export const SEVERITIES = ['critical', 'major', 'minor'] as const;
/** How much a missed rule weighs; any critical finding fails the day. */
export type Severity = (typeof SEVERITIES)[number];

/** A rule the game scores on. Rule ids are stable: scenarios, tests and results name them. */
export interface Rule {
  readonly id: string;
  readonly competency: CompetencyId;
  readonly severity: Severity;
  /** What the rule asks of the trainee, in a line. */
  readonly title: string;
  /** Why the rule exists: the default explanation a finding gives. */
  readonly why: string;
  readonly source: Source;
}

/** One mistake, as the debrief shows it. */
export interface Finding {
  readonly ruleId: string;
  readonly competency: CompetencyId;
  readonly severity: Severity;
  /** The patient it concerns, or null for a mistake about the day (a phone call, say). */
  readonly patientId: string | null;
  readonly atMinute: number;
  /** What went wrong. */
  readonly message: string;
  /** What to do instead. */
  readonly remedy: string;
  /** Why it matters. */
  readonly explanation: string;
  readonly source: Source;
}

/** One opportunity to follow a rule, and whether it was followed. */
export interface Check {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly competency: CompetencyId;
  readonly patientId: string | null;
  readonly atMinute: number;
  readonly passed: boolean;
  readonly finding?: Finding;
}

/** Defines a rule; workflows export their rules so scoring and the debrief can list them. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** The check for a rule that was followed. */
export function passed(rule: Rule, patientId: string | null, atMinute: number): Check {
  return { ruleId: rule.id, severity: rule.severity, competency: rule.competency, patientId, atMinute, passed: true };
}

/** The check, with its finding, for a rule that was missed. */
export function missed(
  rule: Rule,
  detail: { patientId: string | null; atMinute: number; message: string; remedy: string; explanation?: string; source?: Source },
): Check {
  const finding: Finding = {
    ruleId: rule.id,
    competency: rule.competency,
    severity: rule.severity,
    patientId: detail.patientId,
    atMinute: detail.atMinute,
    message: detail.message,
    remedy: detail.remedy,
    explanation: detail.explanation ?? rule.why,
    source: detail.source ?? rule.source,
  };
  return { ruleId: rule.id, severity: rule.severity, competency: rule.competency, patientId: detail.patientId, atMinute: detail.atMinute, passed: false, finding };
}

/**
 * A finding as a day's result keeps it: its source cited by id, title, publisher, edition and
 * address, without the note of what was checked. The note is the reference data's record of
 * how a fact was confirmed, read by the tools and the tests; no screen, export or statement
 * shows it, and the browser build leaves it out (`scripts/source-notes-plugin.ts`), so a
 * result computed in the browser and one replayed on the command line are the same.
 */
export function citedFinding(finding: Finding): Finding {
  if (finding.source.note === undefined) return finding;
  const { note: _note, ...citation } = finding.source;
  return { ...finding, source: citation };
}
