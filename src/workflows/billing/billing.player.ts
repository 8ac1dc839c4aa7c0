/**
 * How the scripted trainees bill a visit. The expert codes from the note, the chart and the
 * reference (it computes the expected claim itself), checks box 1a against the card, scrubs,
 * submits, works any denial by its reason and posts the remittance. The novice makes the
 * typical beginner's mistakes at the scenario's rate: an unspecified (or header) code where
 * the note supports a specific one, the E/M one level off, modifier 25 forgotten, the
 * venipuncture pointed at the wrong diagnosis, a preventive visit in the wrong code (a
 * Medicare patient's "annual physical" billed as a routine physical, the wrong wellness
 * code, the neighbouring age band), a counselled child's vaccines billed with the standard
 * per-injection codes, a tracing read elsewhere billed as 93000 or with the reader's 93010,
 * the scrubber's edits left unfixed, and a denial left unworked.
 */
import { cptEntry, EM_CODES, needsQwModifier, PREVENTIVE_AGE_BANDS, preventiveMedicineCode } from '../../reference/cpt-hcpcs';
import { ageInYears } from '../../reference/iso-date';
import { ICD10CM_CODES, icd10Entry } from '../../reference/icd10cm';
import { SeededRandom } from '../../domain/random';
import type { MistakeDice, PlayerView, WorkflowPlayer } from '../shared/player';
import { type BillingAction, type ClaimCoding, type ClaimLineEntry, DIAGNOSIS_LETTERS } from './billing.actions';
import type { BillingContext } from './billing.machine';
import { codingOf, type ExpectedClaim, isEmCode, sameCoding, sameVisitKind } from './claim';
import type { ScrubEdit } from './claim-scrubber';
import { expectedPosting, expectedResolution, patientStatementCents } from './payer-adjudication';

function contextOf(view: PlayerView): BillingContext {
  return view.snapshot.context as BillingContext;
}

/**
 * The less specific code a beginner reaches for instead of `code`: an "unspecified" sibling
 * where the code set has one (J02.9 for J02.0), else the header above it (E11.6 for E11.65).
 */
export function lessSpecificAlternative(code: string, date: string): string | null {
  const entry = icd10Entry(code, date);
  if (!entry?.parent) return null;
  const sibling = ICD10CM_CODES.find(
    (other) => other.parent === entry.parent && other.code !== code && other.billable && /unspecified/i.test(other.description) && icd10Entry(other.code, date) !== undefined,
  );
  return sibling?.code ?? entry.parent;
}

/** The E/M code one level above or below, within the same family (new or established). */
export function emOneLevelOff(code: string, up: boolean): string {
  const family = EM_CODES.filter((c) => c !== '99201' && c.slice(0, 4) === code.slice(0, 4));
  const index = family.indexOf(code as (typeof family)[number]);
  const next = family[index + (up ? 1 : -1)] ?? family[index + (up ? -1 : 1)];
  return next ?? code;
}

/**
 * The preventive code a beginner reaches for instead of `code`: for a Medicare wellness
 * visit, the routine-physical code of the patient's age (what "annual physical" means
 * everywhere else) or the other wellness code (the first one again, or a later one); for a
 * CPT preventive visit, the neighbouring age band.
 */
export function preventiveSlip(code: string, dateOfBirth: string, date: string, otherKind: boolean): string {
  const facts = cptEntry(code)?.preventive;
  if (facts?.kind === 'medicare-wellness') {
    if (otherKind) return preventiveMedicineCode('established', ageInYears(dateOfBirth, date));
    return code === 'G0439' ? 'G0438' : 'G0439';
  }
  const digit = Number(code.slice(-1));
  const next = PREVENTIVE_AGE_BANDS.some((band) => band.digit === String(digit + 1)) ? digit + 1 : digit - 1;
  return `${code.slice(0, -1)}${next}`;
}

function withLine(coding: ClaimCoding, index: number, change: Partial<ClaimLineEntry>): ClaimCoding {
  return { ...coding, lines: coding.lines.map((entry, i) => (i === index ? { ...entry, ...change } : entry)) };
}

/** The novice's first coding: the right claim with the typical mistakes, each at the dice. */
function noviceCoding(expected: ExpectedClaim, date: string, dice: MistakeDice): ClaimCoding {
  let coding = codingOf(expected);
  const vague = coding.diagnoses.map((code) => lessSpecificAlternative(code, date));
  const vagueIndex = vague.findIndex((alternative) => alternative !== null);
  if (vagueIndex >= 0 && dice.slips()) {
    coding = { ...coding, diagnoses: coding.diagnoses.map((code, i) => (i === vagueIndex ? vague[i]! : code)) };
  }
  const emIndex = coding.lines.findIndex((entry) => isEmCode(entry.code));
  if (emIndex >= 0 && dice.slips()) {
    coding = withLine(coding, emIndex, { code: emOneLevelOff(coding.lines[emIndex]!.code, dice.random.chance(0.5)) });
  }
  if (emIndex >= 0 && expected.modifier25 && dice.slips()) {
    coding = withLine(coding, emIndex, { modifiers: coding.lines[emIndex]!.modifiers.filter((m) => m !== '25') });
  }
  const preventiveIndex = coding.lines.findIndex((entry) => cptEntry(entry.code)?.category === 'preventive-visit');
  if (preventiveIndex >= 0 && dice.slips()) {
    const slip = preventiveSlip(coding.lines[preventiveIndex]!.code, expected.header.patientDateOfBirth, date, dice.random.chance(0.5));
    coding = withLine(coding, preventiveIndex, { code: slip });
  }
  const drawIndex = coding.lines.findIndex((entry) => entry.code === '36415');
  const drawLine = expected.coding.lines.find((entry) => entry.code === '36415');
  const wrongDiagnosis = drawLine ? coding.diagnoses.findIndex((code, i) => !drawLine.justifiedBy.includes(expected.coding.diagnoses[i] ?? code)) : -1;
  if (drawIndex >= 0 && wrongDiagnosis >= 0 && dice.slips()) {
    coding = withLine(coding, drawIndex, { pointers: [DIAGNOSIS_LETTERS[wrongDiagnosis]!] });
  }
  // Only a counselled child's claim gives this slip a chance, so no other claim's dice move.
  if (coding.lines.some((entry) => entry.code === '90460') && dice.slips()) coding = injectionCodesInstead(coding);
  // Likewise only a claim for a tracing read elsewhere.
  if (coding.lines.some((entry) => entry.code === '93005') && dice.slips()) coding = sentOutEcgSlip(coding, dice.random.chance(0.5));
  return coding;
}

/**
 * The beginner's slip on a tracing sent out to be read: billed as the whole service (93000),
 * as if the clinic's provider had read it, or with the reader's interpretation (93010) added
 * beside the tracing.
 */
export function sentOutEcgSlip(coding: ClaimCoding, wholeService: boolean): ClaimCoding {
  const index = coding.lines.findIndex((entry) => entry.code === '93005');
  const tracing = coding.lines[index];
  if (!tracing) return coding;
  if (wholeService) return withLine(coding, index, { code: '93000' });
  return { ...coding, lines: [...coding.lines.slice(0, index + 1), { ...tracing, code: '93010' }, ...coding.lines.slice(index + 1)] };
}

/**
 * The beginner's slip on a counselled child's vaccines: the standard per-injection codes
 * (90471, 90472 for each further vaccine) instead of 90460 per vaccine and 90461 per further
 * component.
 */
export function injectionCodesInstead(coding: ClaimCoding): ClaimCoding {
  const counselled = coding.lines.find((entry) => entry.code === '90460');
  if (!counselled) return coding;
  const lines: ClaimLineEntry[] = [];
  for (const entry of coding.lines) {
    if (entry.code === '90461') continue;
    if (entry.code !== '90460') lines.push(entry);
    else {
      lines.push({ ...entry, code: '90471', units: 1 });
      if (entry.units > 1) lines.push({ ...entry, code: '90472', units: entry.units - 1 });
    }
  }
  return { ...coding, lines };
}

/** What a beginner does with the scrubber's edits: fixes the ones it names plainly. */
export function fixScrubEdits(coding: ClaimCoding, edits: readonly ScrubEdit[], expected: ExpectedClaim): ClaimCoding {
  let fixed = coding;
  for (const edit of edits) {
    const index = edit.line === undefined ? -1 : edit.line - 1;
    const entry = fixed.lines[index];
    switch (edit.kind) {
      case 'missing-modifier-25':
        if (entry) fixed = withLine(fixed, index, { modifiers: [...entry.modifiers, '25'] });
        break;
      case 'misplaced-modifier-25':
        if (entry) fixed = withLine(fixed, index, { modifiers: entry.modifiers.filter((m) => m !== '25') });
        break;
      case 'missing-qw':
        if (entry && needsQwModifier(entry.code)) fixed = withLine(fixed, index, { modifiers: [...entry.modifiers, 'QW'] });
        break;
      case 'qw-not-allowed':
        if (entry) fixed = withLine(fixed, index, { modifiers: entry.modifiers.filter((m) => m !== 'QW') });
        break;
      case 'too-many-units':
        if (entry) fixed = withLine(fixed, index, { units: 1 });
        break;
      case 'missing-pointer':
      case 'bad-pointer': {
        const want = entry ? expected.coding.lines.find((l) => l.code === entry.code || sameVisitKind(l.code, entry.code)) : undefined;
        if (entry && want) fixed = withLine(fixed, index, { pointers: want.pointers });
        break;
      }
      case 'invalid-diagnosis':
        fixed = { ...fixed, diagnoses: fixed.diagnoses.map((code, i) => (icd10Entry(code)?.billable === false || icd10Entry(code) === undefined ? (expected.coding.diagnoses[i] ?? code) : code)) };
        break;
      default:
        break;
    }
  }
  return fixed;
}

function needsCorrection(context: BillingContext, coding: ClaimCoding, memberId: string | null): boolean {
  return (context.coding !== null && !sameCoding(coding, context.coding)) || (memberId !== null && memberId !== context.header.memberId);
}

function correction(coding: ClaimCoding, memberId: string | null): BillingAction {
  return { type: 'claim.corrected', coding, ...(memberId === null ? {} : { memberId }) };
}

/** Scrub the current version, then send it (or bill the patient directly). */
function sendOrBill(context: BillingContext): BillingAction {
  if (context.expected.billTo === 'patient' && context.claim) {
    return { type: 'patient.billed', amountCents: patientStatementCents(context.claim, context.expected.registered.copayCollectedCents) };
  }
  if (context.scrubbedVersion !== context.version) return { type: 'claim.scrubbed' };
  return { type: 'claim.submitted' };
}

function afterPayer(context: BillingContext, state: string): BillingAction | null {
  if (state === 'denied' && context.denial) {
    return { type: 'denial.worked', resolution: expectedResolution(context.denial.reason, context.expected.registered.priorAuthorizationNumber !== null) };
  }
  if (state === 'billingPatient' && context.claim) {
    return { type: 'patient.billed', amountCents: patientStatementCents(context.claim, context.expected.registered.copayCollectedCents) };
  }
  if (state === 'paid' && context.remittance) {
    return { type: 'payment.posted', posting: expectedPosting(context.remittance, context.expected.registered.copayCollectedCents) };
  }
  return null;
}

/**
 * A beginner who puts a denial aside keeps it aside: the choice is drawn once per denial
 * (from the patient and the minute the denial came), at the scenario's mistake rate, so
 * it does not flip each time the novice looks at the queue.
 */
function leavesDenialUnworked(view: PlayerView, context: BillingContext): boolean {
  let seed = context.submissions.length;
  for (const char of `${view.patient.id}:${context.denial?.reason ?? ''}`) seed = Math.imul(seed ^ char.charCodeAt(0), 0x01000193);
  return new SeededRandom(seed >>> 0).chance(view.scenario.novice.mistakeRate);
}

/** The billing workflow's scripted play. */
export const BILLING_PLAYER: WorkflowPlayer<BillingAction> = {
  expert(view) {
    const context = contextOf(view);
    const state = String(view.snapshot.value);
    const want = codingOf(context.expected);
    if (state === 'coding') return { type: 'claim.coded', coding: want };
    if (state === 'reviewing') {
      if (needsCorrection(context, want, context.expected.header.memberId)) return correction(want, context.expected.header.memberId);
      return sendOrBill(context);
    }
    return afterPayer(context, state);
  },
  novice(view, dice) {
    const context = contextOf(view);
    const state = String(view.snapshot.value);
    if (state === 'coding') return { type: 'claim.coded', coding: noviceCoding(context.expected, view.scenario.day.date, dice) };
    if (state === 'reviewing' && context.coding) {
      if (context.correcting) {
        // After a denial even a beginner reads the remittance and fixes the claim.
        const want = codingOf(context.expected);
        if (needsCorrection(context, want, context.expected.header.memberId)) return correction(want, context.expected.header.memberId);
        return sendOrBill(context);
      }
      if (context.scrubbedVersion === context.version && context.edits.length > 0 && !dice.slips()) {
        const fixed = fixScrubEdits(context.coding, context.edits, context.expected);
        if (needsCorrection(context, fixed, null)) return correction(fixed, null);
      }
      return sendOrBill(context);
    }
    if (state === 'denied' && leavesDenialUnworked(view, context)) return null;
    return afterPayer(context, state);
  },
};
