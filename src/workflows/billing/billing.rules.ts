/**
 * The billing rules: each compares the trainee's claim (or denial work, or posting) with
 * what the visit calls for (`expectedClaim`) and returns a `Check` — passed, or missed with
 * a finding that says what went wrong, what to do instead, why, and the source.
 */
import { icd10Entry, isIcd10ValidOn } from '../../reference/icd10cm';
import { cptEntry, isPreventiveVisitCode, needsQwModifier } from '../../reference/cpt-hcpcs';
import { formatMinutesOfDay } from '../../scenario/clock-time';
import { checked, SOURCES } from '../../reference/source';
import { type Check, defineRule, missed, passed } from '../../scoring/finding';
import type { ClaimCoding, ClaimLineEntry, DenialResolution, PaymentPosting } from './billing.actions';
import { bundlesEm, type ClaimHeader, type ExpectedClaim, isEcgCode, isEmCode, isVisitCode, pointedDiagnoses, sameVisitKind } from './claim';
import type { DenialReason } from './payer-adjudication';

const cms1500 = checked(SOURCES.nucc1500InstructionManual, 'The boxes the game checks: 1a insured id as on the card, 23 prior authorisation, 24E pointers A–L with the primary first, 24J rendering NPI, 33a billing NPI (read as below); 21 (ICD indicator 0, diagnoses A–L) and 24B (place of service) are in the same manual and were not re-read for this note.');

/** ICD-10-CM to the highest specificity the note supports, billable on the date of service. */
export const icd10SpecificityRule = defineRule({
  id: 'billing.icd10-specificity',
  competency: 'coding',
  severity: 'major',
  title: 'Code each diagnosis to the most specific billable ICD-10-CM code the note supports',
  why: 'ICD-10-CM codes are billable only at their most specific level; a category header, a code deleted before the date of service, or an unspecified code where the note is specific is a coding error that payers reject or that misstates the patient’s condition.',
  source: checked(SOURCES.cdcNchsIcd10Cm, 'Official Guidelines I.B.2: codes are reported at their highest number of characters available, a three-character code only when it is not subdivided (guidelines text as copied, FY2011 onward); the code set in force on the date of service, as each entry of ICD10CM_CODES records (R05 and M54.5 deleted 2021-10-01).'),
});

/** The office E/M level by MDM (2 of 3) or total time, new or established. */
export const emLevelRule = defineRule({
  id: 'billing.em-level',
  competency: 'coding',
  severity: 'major',
  title: 'Choose the office E/M level the note supports (MDM 2 of 3, or total time)',
  why: 'Since 2021 the office E/M level rests on medical decision making (two of problems, data and risk) or on total time on the day; a level above what the note supports is overbilling, a level below is lost income.',
  source: checked(SOURCES.amaCptEm2021, 'From 2021 the office visit level is chosen by medical decision making or by total time on the date of the encounter, and 99201 is deleted (AAP Coding News 2020; summaries of the AMA guidelines); new 99202–99205, established 99211–99215; the CPT 2024 time thresholds as in the E/M table of reference/cpt-hcpcs.ts.'),
});

/** The preventive visit code the payer, the patient's age and status, and the preventive history call for. */
export const preventiveVisitRule = defineRule({
  id: 'billing.preventive-visit',
  competency: 'coding',
  severity: 'major',
  title: 'Bill a preventive visit with the code its payer and patient call for: a Medicare wellness visit for Medicare, else the preventive medicine code for the age band, new or established',
  why: 'Medicare does not pay for a routine physical at all: its annual visit is the Welcome to Medicare exam in the first year of Part B, then the annual wellness visit, the first one once per lifetime. Other payers pay the CPT preventive medicine code of the patient’s age band, new or established; a wrong band, status or family is denied or misstates the service.',
  source: checked(SOURCES.cmsMlnMedicareWellnessVisits, 'IPPE G0402 once in the first 12 months of Part B; AWV G0438 once per lifetime, then G0439 every 12 months (11 full months after the month of the last, CMS FAQ); a routine physical is not covered. CPT 99381–99387 new, 99391–99397 established, by age band (AMA CPT 2026 preventive medicine services).'),
});

/** Modifier 25 on the E/M line when a separately identifiable visit comes with a procedure. */
export const modifier25Rule = defineRule({
  id: 'billing.modifier-25',
  competency: 'coding',
  severity: 'major',
  title: 'Put modifier 25 on the E/M line when a separately identifiable visit comes with a procedure',
  why: 'Correct-coding edits bundle an office visit into a procedure or vaccine administration done the same day; modifier 25 on the E/M says the note documents a significant, separately identifiable visit. Without it the visit is denied; on any other line it is wrong.',
  source: SOURCES.ncciEmImmunizationBundling,
});

/** QW on CLIA-waived tests that need it, and not on the exempt ones. */
export const modifierQwRule = defineRule({
  id: 'billing.modifier-qw',
  competency: 'coding',
  severity: 'minor',
  title: 'Add QW to CLIA-waived tests, except the exempt codes',
  why: 'A test run under a certificate of waiver is billed with QW so the payer knows the lab may perform it; the codes that describe only waived tests (81002, 81025, 82962 and others) are exempt and take no QW.',
  source: SOURCES.cmsNewWaivedTests,
});

/** Each line points at the diagnoses that justify it, primary first. */
export const diagnosisPointerRule = defineRule({
  id: 'billing.diagnosis-pointer',
  competency: 'coding',
  severity: 'major',
  title: 'Point each service line at the diagnoses that justify it, most relevant first',
  why: 'The payer judges medical necessity line by line from the pointers in box 24E: a service pointed at a diagnosis that does not call for it is denied (diagnosis inconsistent with procedure).',
  source: cms1500,
});

/** Patient, insured, provider and service data complete and as on record. */
export const claimDataRule = defineRule({
  id: 'billing.claim-data',
  competency: 'claims-denials',
  severity: 'major',
  title: 'Send the claim with the patient, insured, provider and service data complete and as on record',
  why: 'A claim whose member id, patient data, NPIs or services do not match the record is denied or paid wrongly; a claim the clearinghouse cannot process is not a claim at all.',
  source: cms1500,
});

/** The vaccine administration codes the patient's age, the provider's counselling and the payer call for. */
export const vaccineAdministrationRule = defineRule({
  id: 'billing.vaccine-administration',
  competency: 'coding',
  severity: 'major',
  title: 'Bill each vaccine’s administration with the codes the patient’s age and the provider’s counselling call for',
  why: 'Through age 18, when the physician or other qualified professional counsels the patient or family face to face on the vaccine, the administration is billed per component (90460 for each vaccine, 90461 for each further component); otherwise per injection (90471 for the first, 90472 for each further), and Medicare bills its own codes for flu, pneumococcal and hepatitis B vaccines. The wrong family of codes, or a count that includes a vaccine not given, is denied or paid wrongly.',
  source: checked(SOURCES.cpt2025ImmunizationAdministration, '90460/+90461 through 18 years with face-to-face counselling, per component; 90471/+90472 per injection otherwise; one first-administration code per visit.'),
});

/** The ECG billed by who reads it: 93000 read by the clinic's provider, 93005 sent out; never 93010. */
export const ecgCodeRule = defineRule({
  id: 'billing.ecg-code',
  competency: 'coding',
  severity: 'major',
  title: 'Bill the ECG by who reads it: 93000 when the clinic’s provider interprets it, 93005 when it is sent out to be read, never 93010',
  why: '93000 is the whole service: the tracing and its interpretation with a written report. When the tracing is sent to a cardiologist elsewhere, the clinic made the tracing only (93005) and the reader bills the interpretation and report (93010). Billing 93000 for a tracing read elsewhere, or 93010 at all, bills for work the clinic did not do.',
  source: checked(SOURCES.aapcEcgComponents, 'The practice that records the tracing and whose physician writes the report bills 93000; one that records it for a reader elsewhere bills 93005, and the reader 93010.'),
});

/** Every denial worked the right way, and every claim out by the day's end. */
export const denialWorkedRule = defineRule({
  id: 'billing.denial-worked',
  competency: 'claims-denials',
  severity: 'minor',
  title: 'Work each denial by its reason, and get every claim out before the day ends',
  why: 'A denial is money the clinic is owed until it is corrected and resubmitted or, when the patient is responsible, billed to them; a claim left unsent or a denial left in the queue ages toward the filing limit.',
  source: SOURCES.x12ClaimAdjustmentReasonCodes,
});

/** The remittance posted right: allowed, adjustment, copay, coinsurance, deductible, balance. */
export const paymentPostingRule = defineRule({
  id: 'billing.payment-posting',
  competency: 'claims-denials',
  severity: 'minor',
  title: 'Post the remittance: allowed amount, contractual adjustment, the patient’s share and balance',
  why: 'The patient owes the copay, deductible and coinsurance on the allowed amount, less what they paid at check-in; the difference between charge and allowed is written off under the contract. A wrong posting bills the patient wrongly.',
  source: checked(SOURCES.healthcareGovGlossary, 'Deductible, copay, coinsurance on the allowed amount after the deductible, the allowed amount, and no balance billing by an in-network provider.'),
});

/** The billing rules. */
export const BILLING_RULES = [
  icd10SpecificityRule,
  emLevelRule,
  preventiveVisitRule,
  modifier25Rule,
  modifierQwRule,
  diagnosisPointerRule,
  claimDataRule,
  vaccineAdministrationRule,
  ecgCodeRule,
  denialWorkedRule,
  paymentPostingRule,
] as const;

/** What every coding rule looks at: the claim as sent and the claim the visit calls for. */
export interface CodingFacts {
  readonly patientId: string;
  readonly patientName: string;
  readonly minute: number;
  readonly date: string;
  readonly coding: ClaimCoding;
  readonly expected: ExpectedClaim;
}

function dollars(cents: number): string {
  const sign = cents < 0 ? '−' : '';
  return `${sign}$${(Math.abs(cents) / 100).toFixed(2)}`;
}

function title(code: string, date: string): string {
  const entry = icd10Entry(code, date) ?? icd10Entry(code);
  return entry ? `${code} (${entry.description})` : code;
}

/** The note code a coded diagnosis stands in for: same code, or one above or below it in the tabular list. */
function relatedNoteCode(code: string, noteCodes: readonly string[], date: string): string | undefined {
  const parent = icd10Entry(code, date)?.parent ?? icd10Entry(code)?.parent;
  return noteCodes.find((noteCode) => {
    const noteParent = icd10Entry(noteCode, date)?.parent;
    return noteCode.startsWith(code) || (parent !== undefined && parent === noteParent) || code.startsWith(noteCode);
  });
}

/** `billing.icd10-specificity`: every note diagnosis coded exactly, every code billable on the date. */
export function checkIcd10Specificity(facts: CodingFacts): Check {
  const { date } = facts;
  const noteCodes = facts.expected.coding.diagnoses;
  const coded = facts.coding.diagnoses;
  const problems: string[] = [];
  const accounted = new Set<string>();
  for (const code of coded) {
    const validity = isIcd10ValidOn(code, date);
    const related = noteCodes.includes(code) ? code : relatedNoteCode(code, noteCodes, date);
    if (related !== undefined) accounted.add(related);
    if (!validity.valid) {
      // The game carries a part of ICD-10-CM: a code missing from it may be real, only not in this practice's code list.
      const why = { unknown: 'is not in this practice’s ICD-10-CM code list', 'not-billable': 'is a category header, not billable', deleted: `was deleted before ${date}`, 'not-yet-effective': `is not in effect on ${date}` }[validity.reason];
      problems.push(`${code} ${why}${related ? `; the note supports ${title(related, date)}` : ''}`);
    } else if (related !== undefined && related !== code) {
      problems.push(`${title(code, date)} was coded where the note supports the more specific ${title(related, date)}`);
    } else if (related === undefined) {
      problems.push(`${title(code, date)} is not a diagnosis in the provider's note`);
    }
  }
  for (const noteCode of noteCodes) {
    if (!accounted.has(noteCode)) problems.push(`${title(noteCode, date)} from the note is not on the claim`);
  }
  if (problems.length === 0) return passed(icd10SpecificityRule, facts.patientId, facts.minute);
  return missed(icd10SpecificityRule, {
    patientId: facts.patientId,
    atMinute: facts.minute,
    message: `${facts.patientName}'s claim: ${problems.join('; ')}.`,
    remedy: `Code every diagnosis in the note to its most specific billable code valid on ${date}: ${noteCodes.join(', ')}, primary first.`,
  });
}

function codedEm(coding: ClaimCoding): ClaimLineEntry | undefined {
  return coding.lines.find((l) => isEmCode(l.code));
}

/** `billing.em-level`: the E/M code the note supports, or none when it supports none or the visit is bundled. */
export function checkEmLevel(facts: CodingFacts & { readonly mdmSummary: string }): Check | null {
  const expected = facts.expected.emCode;
  const coded = codedEm(facts.coding)?.code ?? null;
  if (expected === null && coded === null) return null;
  if (expected === coded) return passed(emLevelRule, facts.patientId, facts.minute);
  let message: string;
  let remedy: string;
  if (coded === null) {
    message = `${facts.patientName}'s claim has no office visit line, but the note supports ${expected} (${facts.mdmSummary}).`;
    remedy = `Bill ${expected} for the visit.`;
  } else if (expected === null) {
    message = facts.expected.emBundled
      ? `${facts.patientName}'s claim bills ${coded}, but the note documents no separately identifiable visit apart from the procedure, so the visit is part of it.`
      : `${facts.patientName}'s claim bills ${coded}, but the note documents no medical decision making or time to support an office visit.`;
    remedy = 'Bill an office visit only when the note supports one (and, with a procedure, only when it is separately identifiable).';
  } else {
    const codedStatus = cptEntry(coded)?.em?.patientStatus;
    const expectedStatus = cptEntry(expected)?.em?.patientStatus;
    const how = codedStatus !== expectedStatus ? `a code for ${codedStatus ?? 'another kind of'} patient, but this is ${expectedStatus === 'new' ? 'a new' : 'an established'} patient` : coded > expected ? 'above what the note supports' : 'below what the note supports';
    message = `${facts.patientName}'s visit was coded ${coded}, ${how}: ${expected} (${facts.mdmSummary}).`;
    remedy = `Rate problems, data and risk, take the level two of the three reach, compare with the time level, and bill the higher: ${expected}.`;
  }
  return missed(emLevelRule, { patientId: facts.patientId, atMinute: facts.minute, message, remedy });
}

/** `billing.preventive-visit`: the preventive visit billed with the code it takes, or not billed when the note documents none. */
export function checkPreventiveVisit(facts: CodingFacts): Check | null {
  const expected = facts.expected.preventive;
  const coded = facts.coding.lines.filter((l) => isPreventiveVisitCode(l.code)).map((l) => l.code);
  // A preventive visit no code can be billed for (the scenario check refuses such a day) is not scored.
  if (expected !== null && expected.code === null) return null;
  if (expected === null && coded.length === 0) return null;
  const want = expected?.code ?? null;
  if (want !== null && coded.length === 1 && coded[0] === want) return passed(preventiveVisitRule, facts.patientId, facts.minute);
  let message: string;
  let remedy: string;
  const medicareWant = want !== null && want.startsWith('G');
  if (want === null) {
    message = `${facts.patientName}'s claim bills ${coded.join(', ')}, a preventive visit, but the note documents no preventive visit today.`;
    remedy = 'Bill a preventive visit code only when the provider’s note documents the annual preventive visit (physical, well check, wellness visit).';
  } else if (coded.length === 0) {
    message = `${facts.patientName}'s claim has no line for the preventive visit the note documents: ${want} (${expected!.reason}).`;
    remedy = `Add ${want} for the preventive visit.`;
  } else {
    const wrong = coded.filter((code) => code !== want);
    const first = wrong[0] ?? coded[0]!;
    const wrongFacts = cptEntry(first)?.preventive;
    let why: string;
    if (medicareWant && wrongFacts?.kind === 'preventive-medicine') why = 'Medicare does not cover a routine physical; its preventive visit is billed as a wellness visit';
    else if (!medicareWant && wrongFacts?.kind === 'medicare-wellness') why = 'the Medicare wellness codes are for Medicare patients only';
    else if (wrongFacts?.kind === 'medicare-wellness') why = first === 'G0438' ? 'the first annual wellness visit is billed once per lifetime' : 'that wellness visit does not fit the patient’s Medicare history';
    else why = 'that code is for another age band or for a patient of the other status (new or established)';
    message = `${facts.patientName}'s preventive visit was coded ${coded.join(', ')}: ${why}. It is ${want}: ${expected!.reason}.`;
    remedy = medicareWant
      ? 'For a Medicare patient, check the Part B start date and the dates of the last Welcome to Medicare exam and annual wellness visit: G0402 in the first 12 months of Part B, G0438 for the first wellness visit, G0439 for each later one.'
      : 'Take the patient’s age on the date of service and whether they are new or established, and bill the preventive medicine code of that band (99381–99387 new, 99391–99397 established).';
  }
  return missed(preventiveVisitRule, { patientId: facts.patientId, atMinute: facts.minute, message, remedy });
}

/** `billing.modifier-25`: 25 on a visit line exactly when a separately identifiable visit comes with a line that bundles it, never elsewhere. */
export function checkModifier25(facts: CodingFacts): Check | null {
  const em = codedEm(facts.coding);
  const misplaced = facts.coding.lines.filter((l) => !isVisitCode(l.code) && l.modifiers.includes('25'));
  const emHas25 = em?.modifiers.includes('25') ?? false;
  const preventiveLines = facts.coding.lines.filter((l) => isPreventiveVisitCode(l.code));
  const preventiveWants25 = facts.expected.coding.lines.some((l) => isPreventiveVisitCode(l.code) && l.modifiers.includes('25'));
  const preventiveHas25 = preventiveLines.some((l) => l.modifiers.includes('25'));
  if (!facts.expected.modifier25 && !emHas25 && misplaced.length === 0 && !preventiveWants25 && !preventiveHas25) return null;
  const problems: string[] = [];
  if (facts.expected.modifier25 && em && !emHas25) problems.push(`the office visit ${em.code} has no modifier 25, though the note documents a separately identifiable visit on the day of a procedure`);
  if (!facts.expected.modifier25 && emHas25) problems.push(`modifier 25 is on ${em?.code ?? 'the office visit'}, but no procedure on this claim calls for it`);
  for (const entry of preventiveLines) {
    const bundler = facts.coding.lines.find((other) => bundlesEm(other.code, entry.code));
    const has25 = entry.modifiers.includes('25');
    if (bundler && !has25) problems.push(`the preventive visit ${entry.code} has no modifier 25, though ${bundler.code} on the same claim bundles it (correct-coding edits pair vaccine administration with preventive visits)`);
    if (!bundler && has25) problems.push(`modifier 25 is on the preventive visit ${entry.code}, but nothing on this claim bundles it`);
  }
  for (const entry of misplaced) problems.push(`modifier 25 is on ${entry.code}, which is not an office visit`);
  if (problems.length === 0) return passed(modifier25Rule, facts.patientId, facts.minute);
  return missed(modifier25Rule, {
    patientId: facts.patientId,
    atMinute: facts.minute,
    message: `${facts.patientName}'s claim: ${problems.join('; ')}.`,
    remedy: 'Put 25 on the E/M line only, and only when a significant, separately identifiable visit comes with a procedure or vaccine administration.',
  });
}

/** `billing.modifier-qw`: QW on each waived test that needs it, and on no other line. */
export function checkModifierQw(facts: CodingFacts): Check | null {
  const relevant = facts.coding.lines.filter((l) => needsQwModifier(l.code) || l.modifiers.includes('QW'));
  if (relevant.length === 0) return null;
  const missing = relevant.filter((l) => needsQwModifier(l.code) && !l.modifiers.includes('QW')).map((l) => l.code);
  const extra = relevant.filter((l) => !needsQwModifier(l.code) && l.modifiers.includes('QW')).map((l) => l.code);
  if (missing.length === 0 && extra.length === 0) return passed(modifierQwRule, facts.patientId, facts.minute);
  const parts = [
    ...(missing.length > 0 ? [`${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is a'} CLIA-waived test${missing.length > 1 ? 's' : ''} billed without QW`] : []),
    ...(extra.length > 0 ? [`QW is on ${extra.join(', ')}, which ${extra.length > 1 ? 'are' : 'is'} exempt or not a waived test`] : []),
  ];
  return missed(modifierQwRule, {
    patientId: facts.patientId,
    atMinute: facts.minute,
    message: `${facts.patientName}'s claim: ${parts.join('; ')}.`,
    remedy: 'Add QW to CLIA-waived tests run under the certificate of waiver, except the exempt codes (81002, 81025, 82270, 82272, 82962, 83026, 84830, 85013, 85651).',
  });
}

/** `billing.diagnosis-pointer`: each line points at diagnoses that justify it, the best first. */
export function checkDiagnosisPointers(facts: CodingFacts): Check | null {
  const problems: string[] = [];
  let judged = 0;
  for (const entry of facts.coding.lines) {
    const em = isVisitCode(entry.code);
    const expectedLine = em ? facts.expected.coding.lines.find((l) => sameVisitKind(l.code, entry.code)) : facts.expected.coding.lines.find((l) => l.code === entry.code);
    if (!expectedLine) continue;
    judged += 1;
    const pointed = pointedDiagnoses(facts.coding, entry);
    const allowed = em ? facts.expected.coding.diagnoses : expectedLine.justifiedBy;
    const first = pointed[0];
    const wrong = pointed.filter((code) => !allowed.includes(code));
    const best = expectedLine.justifiedBy[0]!;
    if (first === undefined) problems.push(`${entry.code} points at no diagnosis (it should point at ${best})`);
    else if (wrong.length > 0) problems.push(`${entry.code} points at ${wrong.join(', ')}, which does not justify it (it should point at ${expectedLine.justifiedBy.join(', ')})`);
    else if (em && first !== best) problems.push(`${entry.code} points first at ${first}; the primary diagnosis ${best} goes first`);
    else if (!em && !expectedLine.justifiedBy.includes(first)) problems.push(`${entry.code} points first at ${first} instead of ${best}`);
  }
  if (judged === 0) return null;
  if (problems.length === 0) return passed(diagnosisPointerRule, facts.patientId, facts.minute);
  return missed(diagnosisPointerRule, {
    patientId: facts.patientId,
    atMinute: facts.minute,
    message: `${facts.patientName}'s claim: ${problems.join('; ')}.`,
    remedy: 'Link each service to the diagnosis it was done for (box 24E): the venipuncture to the diagnoses of the tests drawn, a vaccine and its administration to Z23, the visit to the problems addressed, primary first.',
  });
}

/**
 * The service lines, apart from the visit lines (their codes are judged by the E/M-level and
 * preventive-visit rules), the vaccine administration lines and the ECG lines (each judged by
 * its own rule).
 */
function services(lines: readonly ClaimLineEntry[]): string[] {
  return lines.filter((l) => !isVisitCode(l.code) && !isAdministrationCode(l.code) && !isEcgCode(l.code)).map((l) => `${l.code}×${l.units}`);
}

function ecgLines(lines: readonly ClaimLineEntry[]): string[] {
  return lines
    .filter((l) => isEcgCode(l.code))
    .map((l) => (l.units === 1 ? l.code.trim().toUpperCase() : `${l.code.trim().toUpperCase()}×${l.units}`))
    .toSorted();
}

/** `billing.ecg-code`: the ECG billed once, with the code of who read it (93000 here, 93005 sent out), and never the reader's 93010. */
export function checkEcgCode(facts: CodingFacts): Check | null {
  const want = ecgLines(facts.expected.coding.lines);
  const got = ecgLines(facts.coding.lines);
  if (want.length === 0 && got.length === 0) return null;
  if (want.join(',') === got.join(',')) return passed(ecgCodeRule, facts.patientId, facts.minute);
  const problems: string[] = [];
  const wanted = want[0];
  if (got.some((code) => code.startsWith('93010'))) problems.push('93010 is the interpretation and report, which the physician who reads the tracing bills, never the clinic that recorded it');
  if (wanted === '93005' && got.some((code) => code.startsWith('93000'))) {
    problems.push('93000 bills the interpretation as well, but this tracing was sent out to be read: the clinic made the tracing only (93005)');
  }
  if (wanted === '93000' && got.some((code) => code.startsWith('93005'))) {
    problems.push('93005 bills the tracing only, but the clinic’s provider read this tracing and wrote the report: the whole service is 93000');
  }
  if (wanted === undefined) problems.push(`no ECG was recorded today, yet the claim bills ${got.join(', ')}`);
  else if (!got.some((code) => code === '93000' || code === '93005')) problems.push(`the ECG recorded today is not billed (${wanted})`);
  else if (got.length > want.length && problems.length === 0) problems.push(`the ECG is billed more than once (${got.join(', ')})`);
  if (problems.length === 0) problems.push(`the ECG is billed ${got.join(', ')} instead of ${want.join(', ')}`);
  return missed(ecgCodeRule, {
    patientId: facts.patientId,
    atMinute: facts.minute,
    message: `${facts.patientName}'s claim: ${problems.join('; ')}.`,
    remedy: wanted === undefined ? 'Bill an ECG only when the chart shows a tracing was recorded and handed to the provider.' : `Bill ${wanted} once for the ECG: 93000 when the clinic’s provider interprets it, 93005 when it is sent out to be read; leave 93010 to the reader.`,
  });
}

function isAdministrationCode(code: string): boolean {
  return cptEntry(code.trim().toUpperCase())?.category === 'immunization-administration';
}

function administrationLines(lines: readonly ClaimLineEntry[]): string[] {
  return lines
    .filter((l) => isAdministrationCode(l.code))
    .map((l) => `${l.code.trim().toUpperCase()}×${l.units}`)
    .toSorted();
}

const COUNSELLED_CODES: readonly string[] = ['90460', '90461'];

/** The codes of administration lines written as `code×units`. */
function lineCodes(lines: readonly string[]): string[] {
  return lines.map((l) => l.split('×')[0]!);
}

function listed(lines: readonly string[]): string {
  return lines.length > 0 ? lines.join(', ') : 'no administration line';
}
const INJECTION_CODES: readonly string[] = ['90471', '90472'];

/** `billing.vaccine-administration`: the administration lines as the vaccines given, the age, the counselling and the payer call for. */
export function checkVaccineAdministration(facts: CodingFacts): Check | null {
  const want = administrationLines(facts.expected.coding.lines);
  const got = administrationLines(facts.coding.lines);
  if (want.length === 0 && got.length === 0) return null;
  if (want.join(',') === got.join(',')) return passed(vaccineAdministrationRule, facts.patientId, facts.minute);
  const given = facts.expected.immunization;
  const wantCounselled = lineCodes(want).some((code) => COUNSELLED_CODES.includes(code));
  const gotCounselled = lineCodes(got).some((code) => COUNSELLED_CODES.includes(code));
  const gotInjection = lineCodes(got).some((code) => INJECTION_CODES.includes(code));
  if (want.length === 0) {
    return missed(vaccineAdministrationRule, {
      patientId: facts.patientId,
      atMinute: facts.minute,
      message: `${facts.patientName}’s claim bills vaccine administration (${listed(got)}), but no vaccine was given today: an order sent back to the provider is not billed.`,
      remedy: 'Bill the administration only for the vaccines the medication record shows as given.',
    });
  }
  let why: string;
  if (wantCounselled && gotInjection) why = `${facts.patientName} is under 19 and the provider’s note documents face-to-face counselling on each vaccine, so each vaccine is billed by its components`;
  else if (!wantCounselled && gotCounselled) {
    why = given.ageYears > 18 ? `the counselled codes stop at 18 and ${facts.patientName} is ${given.ageYears}` : 'the provider’s note documents no face-to-face counselling on the vaccines, so the counselled codes do not apply';
  } else why = `the vaccines given today (${given.vaccines.join(', ')}) call for other codes or units`;
  return missed(vaccineAdministrationRule, {
    patientId: facts.patientId,
    atMinute: facts.minute,
    message: `${facts.patientName}’s vaccine administration was billed ${listed(got)}, but ${why}: ${listed(want)}.`,
    remedy: 'Count the vaccines actually given (not those sent back to the provider). Through 18 with the provider’s face-to-face counselling: 90460 per vaccine and 90461 per further component (DTaP, MMR and Tdap have three). Otherwise: 90471 for the first injection and 90472 for each further. Medicare: G0008 flu, G0009 pneumococcal, G0010 hepatitis B.',
  });
}

/** What the claim-data rule compares: the header and the services as sent. */
export interface ClaimDataFacts extends CodingFacts {
  readonly header: ClaimHeader;
}

/** `billing.claim-data`: header data as on record (member id as on the card) and the services done, billed once. */
export function checkClaimData(facts: ClaimDataFacts): Check {
  const want = facts.expected.header;
  const got = facts.header;
  const problems: string[] = [];
  if (got.memberId !== want.memberId) problems.push(`box 1a has member id ${got.memberId ?? '(blank)'} but the card says ${want.memberId ?? '(none)'}`);
  if (got.payerId !== want.payerId) problems.push(`the payer is ${got.payerId ?? '(none)'} instead of ${want.payerId ?? '(none)'}`);
  if (got.patientName !== want.patientName || got.patientDateOfBirth !== want.patientDateOfBirth || got.patientSex !== want.patientSex) problems.push('the patient’s name, date of birth or sex differ from the chart');
  if (got.renderingNpi !== want.renderingNpi) problems.push(`the rendering NPI is ${got.renderingNpi ?? '(blank)'} instead of ${want.renderingNpi ?? '(none)'}`);
  if (got.billingNpi !== want.billingNpi) problems.push(`the billing NPI is ${got.billingNpi ?? '(blank)'} instead of ${want.billingNpi ?? '(none)'}`);
  if (want.priorAuthorizationNumber !== null && got.priorAuthorizationNumber !== want.priorAuthorizationNumber) problems.push(`box 23 lacks the prior authorisation number on file (${want.priorAuthorizationNumber})`);
  if (got.placeOfService !== want.placeOfService || got.dateOfService !== want.dateOfService || got.icdIndicator !== want.icdIndicator) problems.push('the date of service, place of service or ICD indicator are wrong');
  const wantServices = services(facts.expected.coding.lines);
  const gotServices = services(facts.coding.lines);
  const missing = wantServices.filter((s) => !gotServices.includes(s));
  const extra = gotServices.filter((s) => !wantServices.includes(s));
  if (missing.length > 0) problems.push(`services done today are missing: ${missing.join(', ')}`);
  if (extra.length > 0) problems.push(`lines bill what was not done by the clinic today, or the wrong units: ${extra.join(', ')}`);
  if (problems.length === 0) return passed(claimDataRule, facts.patientId, facts.minute);
  return missed(claimDataRule, {
    patientId: facts.patientId,
    atMinute: facts.minute,
    message: `${facts.patientName}'s claim was sent with errors: ${problems.join('; ')}.`,
    remedy: 'Before sending, check box 1a against the copy of the insurance card, the patient data against the chart, both NPIs, box 23, and bill every service done in the clinic today, once.',
  });
}

const REASON_WORDS: Readonly<Record<DenialReason, string>> = {
  duplicate: 'duplicate claim',
  'inactive-coverage': 'coverage not active',
  'wrong-patient-data': 'member not identified (wrong patient data)',
  'missing-authorization': 'prior authorisation absent',
  'invalid-code': 'invalid code',
  modifier: 'modifier missing or wrong',
  'medical-necessity': 'diagnosis does not support the service',
  'not-covered': 'a routine exam the plan does not cover',
};

const RESOLUTION_WORDS: Readonly<Record<DenialResolution, string>> = {
  resubmit: 'correct the claim and resubmit it',
  'bill-patient': 'bill the patient',
  'write-off': 'write the charge off',
};

/** What the denial rule looks at when a denial is worked. */
export interface DenialFacts {
  readonly patientId: string;
  readonly patientName: string;
  readonly minute: number;
  readonly reason: DenialReason;
  readonly carc: string;
  readonly resolution: DenialResolution;
  readonly expectedResolution: DenialResolution;
  /** For a resubmission: whether the claim sent again still earns the same denial (or a duplicate). */
  readonly stillDenied?: boolean;
}

/** `billing.denial-worked`: the denial worked the way its reason calls for (and, resubmitted, actually corrected). */
export function checkDenialWorked(facts: DenialFacts): Check {
  const label = `CARC ${facts.carc}, ${REASON_WORDS[facts.reason]}`;
  if (facts.resolution !== facts.expectedResolution) {
    return missed(denialWorkedRule, {
      patientId: facts.patientId,
      atMinute: facts.minute,
      message: `${facts.patientName}'s denial (${label}) was worked by choosing to ${RESOLUTION_WORDS[facts.resolution]}.`,
      remedy: `For this denial, ${RESOLUTION_WORDS[facts.expectedResolution]}.`,
      explanation:
        facts.expectedResolution === 'bill-patient'
          ? 'When the coverage was not active on the date of service the patient is responsible: resubmitting gets the same denial.'
          : 'A denial caused by the clinic’s own error (coding, data, authorisation) is a contractual obligation of the clinic: an in-network provider may not bill the patient for it.',
    });
  }
  if (facts.stillDenied === true) {
    return missed(denialWorkedRule, {
      patientId: facts.patientId,
      atMinute: facts.minute,
      message: `${facts.patientName}'s claim was resubmitted after a denial (${label}) without correcting what the payer denied it for.`,
      remedy: 'Read the reason code, correct that field or line, scrub the claim again, then resubmit it.',
    });
  }
  return passed(denialWorkedRule, facts.patientId, facts.minute);
}

/** Where a claim stood when the day ended, when it was not finished. */
/**
 * What of a claim the day's end finds unfinished: a denied claim being corrected and not sent
 * again, or a denial left in the queue. (A claim never sent at all is the day's own
 * `flow.unfinished-claim`, one finding for one mistake.)
 */
export type UnfinishedWork = 'not-resubmitted' | 'denial-unworked';

/** `billing.denial-worked` at the day's end: a corrected claim never sent again, or a denial left in the queue. */
export function checkUnfinishedAtDayEnd(facts: { patientId: string; patientName: string; minute: number; work: UnfinishedWork; denial?: { reason: DenialReason; carc: string } }): Check {
  const denied = `CARC ${facts.denial?.carc ?? '?'}, ${facts.denial ? REASON_WORDS[facts.denial.reason] : 'denied'}`;
  const message =
    facts.work === 'not-resubmitted'
      ? `${facts.patientName}'s denied claim (${denied}) was being corrected but was still not sent again when the day ended at ${formatMinutesOfDay(Math.ceil(facts.minute))}.`
      : `${facts.patientName}'s denial (${denied}) was left unworked when the day ended.`;
  return missed(denialWorkedRule, {
    patientId: facts.patientId,
    atMinute: facts.minute,
    message,
    remedy: 'Code and send each claim when the patient leaves, in the quiet moments of the day, and work each denial as it comes back.',
  });
}

/** `billing.denial-worked` passed: the claim is finished (paid and posted, billed to the patient, or written off). */
export function claimFinished(patientId: string, minute: number): Check {
  return passed(denialWorkedRule, patientId, minute);
}

const POSTING_FIELDS: readonly { key: keyof PaymentPosting; label: string }[] = [
  { key: 'allowedCents', label: 'allowed amount' },
  { key: 'adjustmentCents', label: 'contractual adjustment' },
  { key: 'copayCents', label: 'copay' },
  { key: 'deductibleCents', label: 'deductible' },
  { key: 'coinsuranceCents', label: 'coinsurance' },
  { key: 'patientBalanceCents', label: 'patient balance' },
];

/** `billing.payment-posting`: each posted amount as the remittance and the copay collected call for. */
export function checkPaymentPosting(facts: { patientId: string; patientName: string; minute: number; posted: PaymentPosting; expected: PaymentPosting }): Check {
  const wrong = POSTING_FIELDS.filter(({ key }) => facts.posted[key] !== facts.expected[key]);
  if (wrong.length === 0) return passed(paymentPostingRule, facts.patientId, facts.minute);
  return missed(paymentPostingRule, {
    patientId: facts.patientId,
    atMinute: facts.minute,
    message: `${facts.patientName}'s payment was posted with ${wrong.map(({ key, label }) => `${label} ${dollars(facts.posted[key])} (should be ${dollars(facts.expected[key])})`).join(', ')}.`,
    remedy: 'Post allowed and paid from the remittance; adjustment = charge − allowed; the patient owes copay, then deductible, then coinsurance on the rest of the allowed amount, less what was collected at check-in.',
  });
}

/** `billing.payment-posting` for a statement: the patient billed the charges less what they paid at check-in. */
export function checkPatientStatement(facts: { patientId: string; patientName: string; minute: number; billedCents: number; expectedCents: number }): Check {
  if (facts.billedCents === facts.expectedCents) return passed(paymentPostingRule, facts.patientId, facts.minute);
  return missed(paymentPostingRule, {
    patientId: facts.patientId,
    atMinute: facts.minute,
    message: `${facts.patientName} was billed ${dollars(facts.billedCents)}; the statement should be ${dollars(facts.expectedCents)}.`,
    remedy: 'Bill the patient the visit’s charges less what they paid at check-in.',
  });
}

/** `billing.payment-posting` at the day's end: a remittance or statement left unposted. */
export function checkUnpostedAtDayEnd(facts: { patientId: string; patientName: string; minute: number; what: 'remittance' | 'statement' }): Check {
  return missed(paymentPostingRule, {
    patientId: facts.patientId,
    atMinute: facts.minute,
    message: facts.what === 'remittance' ? `${facts.patientName}'s remittance was never posted.` : `${facts.patientName}'s statement was never sent.`,
    remedy: 'Post each remittance as it arrives, and send the patient their statement the same day.',
  });
}
