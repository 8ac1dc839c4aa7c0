/**
 * Which code a preventive visit (an annual physical, a well-child check) takes. For a
 * Medicare patient it is never a CPT preventive medicine code: Medicare does not cover a
 * routine physical (prohibited by statute) and pays instead for the Welcome to Medicare
 * exam (IPPE, G0402) once in the first 12 months of Part B, then the annual wellness visit,
 * first (G0438, once per lifetime) and later ones (G0439, once 11 full months have passed
 * after the month of the last) (CMS MLN "Medicare Wellness Visits"). For every other payer
 * it is CPT 99381–99387 (new patient) or 99391–99397 (established) by age band on the date
 * of service (AMA CPT).
 */
import { ageInYears, parseIsoDate } from './iso-date';
import { PREVENTIVE_AGE_BANDS, preventiveMedicineCode } from './cpt-hcpcs';

/** The code a preventive visit takes and why, or why none can be billed (`code: null`). */
export interface PreventiveDecision {
  readonly code: string | null;
  /** The facts that decide it, in words (for findings and the coder's chart). */
  readonly reason: string;
}

/** The patient facts a preventive code depends on (a scenario patient has them). */
export interface PreventivePatient {
  readonly dateOfBirth: string;
  readonly newPatient: boolean;
  readonly preventiveHistory?: {
    readonly medicarePartBSince?: string | undefined;
    readonly welcomeToMedicareVisit?: string | undefined;
    readonly lastAnnualWellnessVisit?: string | undefined;
  } | undefined;
}

function monthIndex(date: string): number {
  const parts = parseIsoDate(date);
  if (parts === null) throw new RangeError(`not an ISO date: ${date}`);
  return parts.year * 12 + parts.month - 1;
}

/**
 * Whether 11 full calendar months have passed after the month of `earlier` by `date`: the
 * Medicare count for "once every 12 months" (a visit late in January allows the next from
 * the first of the following January).
 */
export function elevenFullMonthsAfter(earlier: string, date: string): boolean {
  return monthIndex(date) - monthIndex(earlier) >= 12;
}

/** Whether `date` falls in the first 12 months after Part B took effect on `partBSince`. */
export function inFirstPartBYear(partBSince: string, date: string): boolean {
  const since = parseIsoDate(partBSince);
  const on = parseIsoDate(date);
  if (since === null || on === null) throw new RangeError(`not ISO dates: ${partBSince}, ${date}`);
  const months = monthIndex(date) - monthIndex(partBSince);
  return months < 12 || (months === 12 && on.day < since.day);
}

/** The Medicare wellness code for a visit on `date`, from the patient's Part B start and earlier wellness visits. */
export function medicareWellnessCode(patient: PreventivePatient, date: string): PreventiveDecision {
  const history = patient.preventiveHistory ?? {};
  const partB = history.medicarePartBSince;
  if (partB === undefined) return { code: null, reason: 'the date the patient’s Medicare Part B began is not on file' };
  const ippe = history.welcomeToMedicareVisit;
  if (inFirstPartBYear(partB, date)) {
    if (ippe !== undefined) return { code: null, reason: `Part B began on ${partB} and the one Welcome to Medicare exam was done on ${ippe}; the first annual wellness visit is not due until 12 months after it` };
    return { code: 'G0402', reason: `Part B began on ${partB}, less than 12 months ago, and no Welcome to Medicare exam is on file: the Welcome to Medicare exam (IPPE)` };
  }
  if (ippe !== undefined && !elevenFullMonthsAfter(ippe, date)) {
    return { code: null, reason: `the Welcome to Medicare exam was on ${ippe}; no annual wellness visit is paid within 12 months of it` };
  }
  const last = history.lastAnnualWellnessVisit;
  if (last === undefined) {
    return { code: 'G0438', reason: `Part B began on ${partB}, more than 12 months ago, and no annual wellness visit is on file: the first annual wellness visit (once per lifetime)` };
  }
  if (!elevenFullMonthsAfter(last, date)) return { code: null, reason: `the last annual wellness visit was on ${last}; 11 full months have not passed since that month` };
  return { code: 'G0439', reason: `the last annual wellness visit was on ${last}, more than 11 full months ago: a later annual wellness visit (the first one is once per lifetime)` };
}

/** The CPT preventive medicine code for a patient's age and status on `date`. */
export function preventiveMedicineFor(patient: PreventivePatient, date: string): PreventiveDecision {
  const age = ageInYears(patient.dateOfBirth, date);
  const status = patient.newPatient ? 'new' : 'established';
  const code = preventiveMedicineCode(status, age);
  const band = PREVENTIVE_AGE_BANDS.find((b) => b.digit === code.slice(-1));
  const years = age === 1 ? '1 year' : `${age} years`;
  const who = status === 'new' ? 'a new patient' : 'an established patient';
  return { code, reason: `${who}, ${years} old on the date of service: the ${status} patient's code for ${band?.words ?? 'that age'}` };
}

/** The code a preventive visit takes: a Medicare wellness code when Medicare is billed, else the CPT preventive medicine code. */
export function preventiveVisitCode(patient: PreventivePatient, date: string, medicare: boolean): PreventiveDecision {
  return medicare ? medicareWellnessCode(patient, date) : preventiveMedicineFor(patient, date);
}
