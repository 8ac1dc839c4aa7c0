/**
 * The claim scrubber: the checks a clearinghouse runs on a claim before it goes to the
 * payer. It sees only the claim, the code sets on the date of service, the patient's age
 * and sex and the payer's authorisation list — not the provider's note, so it cannot tell
 * an E/M level or an unspecified diagnosis that the note does not support.
 */
import { ageInYears } from '../../reference/iso-date';
import { icd10Entry, isIcd10ValidOn } from '../../reference/icd10cm';
import { isCptValidOn, isQwExempt, needsQwModifier } from '../../reference/cpt-hcpcs';
import { MODIFIER_CODES } from '../../reference/modifiers';
import { needsPriorAuthorization } from '../../reference/payers';
import { VENIPUNCTURE_BILLING_RULE } from '../../reference/tests';
import { DIAGNOSIS_LETTERS, type DiagnosisPointer } from './billing.actions';
import { bundlesEm, CMS1500_LIMITS, type Cms1500Claim, isVisitCode } from './claim';

/** The kinds of edit the scrubber reports. */
export const SCRUB_EDIT_KINDS = [
  'no-diagnosis',
  'too-many-diagnoses',
  'invalid-diagnosis',
  'diagnosis-age-sex',
  'no-service-lines',
  'invalid-code',
  'missing-pointer',
  'bad-pointer',
  'missing-modifier-25',
  'misplaced-modifier-25',
  'unneeded-modifier-25',
  'missing-qw',
  'qw-not-allowed',
  'unknown-modifier',
  'too-many-units',
  'missing-authorization',
  'missing-npi',
  'missing-member-id',
] as const;
/** One kind of scrubber edit. */
export type ScrubEditKind = (typeof SCRUB_EDIT_KINDS)[number];

/**
 * The boxes of the CMS-1500 (02/12) form a scrubber edit can point to (NUCC 1500 instruction
 * manual, `SOURCES.nucc1500InstructionManual`): 1a the insured's id, 21 the diagnoses A–L, 23 the prior
 * authorisation number, 24 the service lines (24D procedure and modifiers, 24E diagnosis
 * pointers, 24G units, 24J rendering provider NPI), 33a the billing provider NPI.
 */
export const CLAIM_BOXES = ['1a', '21', '23', '24', '24D', '24E', '24G', '24J', '33a'] as const;
/** One box of the CMS-1500. */
export type ClaimBox = (typeof CLAIM_BOXES)[number];

/**
 * One problem the scrubber found: the box of the CMS-1500 it concerns, the 1-based service
 * line where there is one, the letter of box 21 for a diagnosis edit, and the message.
 */
export interface ScrubEdit {
  readonly kind: ScrubEditKind;
  readonly box: ClaimBox;
  readonly line?: number;
  readonly diagnosis?: DiagnosisPointer;
  readonly message: string;
}

function diagnosisEdits(claim: Cms1500Claim, patient: { dateOfBirth: string; sex: string }): ScrubEdit[] {
  const edits: ScrubEdit[] = [];
  const date = claim.header.dateOfService;
  if (claim.diagnoses.length === 0) edits.push({ kind: 'no-diagnosis', box: '21', message: 'Box 21 has no diagnosis.' });
  if (claim.diagnoses.length > CMS1500_LIMITS.diagnoses) {
    edits.push({ kind: 'too-many-diagnoses', box: '21', message: `Box 21 holds at most ${CMS1500_LIMITS.diagnoses} diagnoses (A–L); this claim has ${claim.diagnoses.length}.` });
  }
  const age = ageInYears(patient.dateOfBirth, date);
  claim.diagnoses.forEach((code, index) => {
    const pointer = DIAGNOSIS_LETTERS[index];
    const letter = pointer ?? '?';
    // Past box 21L a code has no letter: the edit concerns box 21 as a whole.
    const at = { box: '21', ...(pointer ? { diagnosis: pointer } : {}) } as const;
    const validity = isIcd10ValidOn(code, date);
    if (!validity.valid) {
      const instead = validity.moreSpecific ? ` Use a billable code below it: ${validity.moreSpecific.join(', ')}.` : '';
      const why = {
        // The game carries a part of ICD-10-CM, not all of it: a code missing from it may be real (R07.89 is), only not this practice's to use here.
        unknown: 'is not in this practice’s ICD-10-CM code list; choose one from the list the diagnosis field offers',
        'not-billable': 'is a category header, not billable',
        deleted: `was deleted before ${date}`,
        'not-yet-effective': `is not yet in effect on ${date}`,
      }[validity.reason];
      edits.push({ kind: 'invalid-diagnosis', ...at, message: `Diagnosis ${letter} ${code} ${why}.${instead}` });
      return;
    }
    const entry = icd10Entry(code, date);
    const sexConflict = entry?.sexes !== undefined && !(entry.sexes as readonly string[]).includes(patient.sex);
    const range = entry?.ageRange;
    const ageConflict = range !== undefined && ((range.minYears !== undefined && age < range.minYears) || (range.maxYears !== undefined && age > range.maxYears));
    if (sexConflict || ageConflict) {
      edits.push({ kind: 'diagnosis-age-sex', ...at, message: `Diagnosis ${letter} ${code} does not fit a ${age}-year-old ${patient.sex} patient.` });
    }
  });
  return edits;
}

function lineEdits(claim: Cms1500Claim): ScrubEdit[] {
  const edits: ScrubEdit[] = [];
  const date = claim.header.dateOfService;
  if (claim.lines.length === 0) edits.push({ kind: 'no-service-lines', box: '24', message: 'Box 24 has no service line.' });
  claim.lines.forEach((entry, index) => {
    const n = index + 1;
    const validity = isCptValidOn(entry.code, date);
    if (!validity.valid) {
      edits.push({ kind: 'invalid-code', box: '24D', line: n, message: `Line ${n}: ${entry.code} is ${validity.reason === 'deleted' ? `deleted before ${date}` : validity.reason === 'unknown' ? 'not in this practice’s CPT/HCPCS code list; choose one from the list the code field offers' : `not yet in effect on ${date}`}.` });
    }
    if (entry.pointers.length === 0) edits.push({ kind: 'missing-pointer', box: '24E', line: n, message: `Line ${n}: ${entry.code} has no diagnosis pointer (box 24E).` });
    const badPointers = entry.pointers.filter((letter) => DIAGNOSIS_LETTERS.indexOf(letter) >= claim.diagnoses.length);
    if (badPointers.length > 0 || entry.pointers.length > CMS1500_LIMITS.pointersPerLine || new Set(entry.pointers).size !== entry.pointers.length) {
      edits.push({ kind: 'bad-pointer', box: '24E', line: n, message: `Line ${n}: pointers ${entry.pointers.join('') || '—'} must name up to four different diagnoses that are in box 21.` });
    }
    for (const modifier of entry.modifiers) {
      if (!(MODIFIER_CODES as readonly string[]).includes(modifier)) {
        edits.push({ kind: 'unknown-modifier', box: '24D', line: n, message: `Line ${n}: modifier ${modifier} is not one this practice uses.` });
      }
    }
    if (entry.modifiers.includes('25') && !isVisitCode(entry.code)) {
      edits.push({ kind: 'misplaced-modifier-25', box: '24D', line: n, message: `Line ${n}: modifier 25 belongs on the E/M line only, not on ${entry.code}.` });
    }
    if (needsQwModifier(entry.code) && !entry.modifiers.includes('QW')) {
      edits.push({ kind: 'missing-qw', box: '24D', line: n, message: `Line ${n}: ${entry.code} is a CLIA-waived test and needs modifier QW.` });
    }
    if (entry.modifiers.includes('QW') && !needsQwModifier(entry.code)) {
      const why = isQwExempt(entry.code) ? 'is on the QW-exempt list' : 'is not a CLIA-waived test';
      edits.push({ kind: 'qw-not-allowed', box: '24D', line: n, message: `Line ${n}: ${entry.code} ${why}; remove QW.` });
    }
    if (entry.code === VENIPUNCTURE_BILLING_RULE.code && entry.units > VENIPUNCTURE_BILLING_RULE.maxUnitsPerEncounter) {
      edits.push({ kind: 'too-many-units', box: '24G', line: n, message: `Line ${n}: 36415 is billed once per encounter however many tubes were drawn.` });
    }
  });
  for (const visitLine of claim.lines.filter((l) => isVisitCode(l.code) && !l.modifiers.includes('25'))) {
    const bundler = claim.lines.find((l) => bundlesEm(l.code, visitLine.code));
    if (bundler) {
      edits.push({
        kind: 'missing-modifier-25',
        box: '24D',
        line: claim.lines.indexOf(visitLine) + 1,
        message: `The E/M ${visitLine.code} is bundled into ${bundler.code} on the same day: add modifier 25 if the note documents a separately identifiable visit, or take the E/M off.`,
      });
    }
  }
  // Modifier 25 on a visit that nothing else on the claim bundles (tests such as an ECG or a
  // lab test do not) says nothing a payer needs; the game's `billing.modifier-25` scores it too.
  for (const visitLine of claim.lines.filter((l) => isVisitCode(l.code) && l.modifiers.includes('25'))) {
    if (claim.lines.some((l) => l !== visitLine && bundlesEm(l.code, visitLine.code))) continue;
    const n = claim.lines.indexOf(visitLine) + 1;
    edits.push({
      kind: 'unneeded-modifier-25',
      box: '24D',
      line: n,
      message: `Line ${n}: modifier 25 is on the E/M ${visitLine.code}, but no other service on this claim is bundled with a visit that day (a test such as an ECG or a lab test is not): take modifier 25 off.`,
    });
  }
  return edits;
}

function headerEdits(claim: Cms1500Claim): ScrubEdit[] {
  const edits: ScrubEdit[] = [];
  const { header } = claim;
  if (header.payerId !== null && (header.memberId === null || header.memberId.trim() === '')) {
    edits.push({ kind: 'missing-member-id', box: '1a', message: "Box 1a: the insured's member id is missing." });
  }
  if (!header.renderingNpi) edits.push({ kind: 'missing-npi', box: '24J', message: 'Box 24J: the rendering provider NPI is missing.' });
  if (!header.billingNpi) edits.push({ kind: 'missing-npi', box: '33a', message: 'Box 33a: the billing provider NPI is missing.' });
  const payerId = header.payerId;
  if (payerId !== null && !header.priorAuthorizationNumber) {
    const needing = claim.lines.filter((l) => needsPriorAuthorization(payerId, l.code));
    for (const entry of needing) {
      edits.push({ kind: 'missing-authorization', box: '23', line: claim.lines.indexOf(entry) + 1, message: `Box 23: this payer needs a prior authorisation number for ${entry.code}.` });
    }
  }
  return edits;
}

/** Every edit the scrubber finds on a claim; an empty list is a clean claim. */
export function scrubClaim(claim: Cms1500Claim, patient: { dateOfBirth: string; sex: string }): ScrubEdit[] {
  return [...diagnosisEdits(claim, patient), ...lineEdits(claim), ...headerEdits(claim)];
}
