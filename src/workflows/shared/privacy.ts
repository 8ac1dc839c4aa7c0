/**
 * The front desk's privacy rule, which the phone, the waiting room and the front-desk
 * players all apply: no health information leaves the clinic without the patient's
 * permission (minimum necessary), and the release of information on file says who may hear
 * it. The intake workflow lists the rule.
 */
import type { ScenarioPatient, ScenarioReleaseOnFile } from '../../scenario/scenario.schema';
import { type Check, defineRule, missed, passed } from '../../scoring/finding';
import { SOURCES } from '../../reference/source';
import { normalizeName } from './patient-identity';

export const minimumNecessaryRule = defineRule({
  id: 'privacy.minimum-necessary',
  competency: 'documentation-privacy',
  severity: 'critical',
  title: "Disclose no health information without the patient's permission (minimum necessary)",
  why: "Results are the patient's. Under the Privacy Rule a relative is not entitled to them unless they are the patient's personal representative (a minor's parent) or the patient agreed (45 CFR 164.510(b)); this clinic gives results by phone only to a person on file. Knowing the patient's date of birth and address shows who is calling, never that the patient allowed it. The caller can be told that the clinic will ask the patient to call back, and nothing more.",
  source: SOURCES.hhsFamilyInvolvement,
});

/**
 * The chart's release of information for a person, by name, or null when nothing is on
 * file for them. Knowing the patient's details never puts anyone on file.
 */
export function releaseOnFileFor(patient: ScenarioPatient | undefined, personName: string): ScenarioReleaseOnFile | null {
  return patient?.releaseOfInformation?.find((entry) => normalizeName(entry.name) === normalizeName(personName)) ?? null;
}

/** Who is on the phone, whether they were asked who they are, and what the chart has on file for them. */
export interface CallerFacts {
  readonly callerName: string;
  readonly caller: 'relative' | 'patient' | 'payer' | 'pharmacy';
  /** The chart's release of information naming this caller, or null: nothing on file for them. */
  readonly releaseOnFile: ScenarioReleaseOnFile | null;
  /** The caller was asked who they are and for the patient's identifiers (identity, not permission). */
  readonly callerVerified: boolean;
}

/** True when the caller may be given the patient's results: the patient, or a person on file, once asked who they are. */
export function mayReceiveResults(facts: CallerFacts): boolean {
  return facts.callerVerified && (facts.caller === 'patient' || facts.releaseOnFile !== null);
}

/**
 * What was told on the call: the results, or that there are none because the visit did not
 * take place (the patient's health information all the same).
 */
export type DisclosureKind = 'results' | 'visit-not-held';

/** `privacy.minimum-necessary`: results (or what became of the visit) went only to a caller entitled to them. */
export function checkMinimumNecessary(
  at: { readonly patientId: string; readonly patientLabel: string; readonly minute: number; readonly disclosed: boolean; readonly told?: DisclosureKind } & CallerFacts,
): Check {
  if (!at.disclosed || mayReceiveResults(at)) return passed(minimumNecessaryRule, at.patientId, at.minute);
  const given = at.patientLabel.split(' ')[0] ?? at.patientLabel;
  const what = at.told === 'visit-not-held' ? `That ${at.patientLabel}'s visit did not take place (so there is no result) was told` : `${at.patientLabel}'s results were given`;
  const why =
    at.caller === 'patient'
      ? 'without first verifying the caller was the patient'
      : at.releaseOnFile !== null
        ? 'without verifying who was calling'
        : at.callerVerified
          ? `although the chart has no release of information for them: knowing ${given}'s date of birth shows who is calling, not that ${given} allowed the clinic to share`
          : `without the patient's permission on file, and without even asking who was calling`;
  return missed(minimumNecessaryRule, {
    patientId: at.patientId,
    atMinute: at.minute,
    message: `${what} to ${at.callerName} (${at.caller}) on the phone ${why}.`,
    remedy: 'Verify who is calling, then check the release of information on file for that person: an authorisation, a personal representative (a minor\'s parent), or the patient\'s documented agreement. Without one, say only that you cannot share information and that you will ask the patient to call back.',
  });
}
