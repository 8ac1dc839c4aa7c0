/**
 * The payer's answer to a claim, and the arithmetic of the remittance.
 *
 * Adjudication is a pure function of the claim as sent, what the payer knows (the member id
 * on its card, whether the coverage is active, its authorisation list) and the visit's
 * expected claim (which diagnoses justify which service): payment, or a denial with its
 * reason and X12 claim adjustment reason code (CARC). The payer checks in the order payers
 * do: duplicates, eligibility, the member, authorisation, then the lines.
 *
 * Payment: allowed amount from the payer's fee percentage (`allowedAmountCents`), then the
 * patient's share — copay, then deductible, then coinsurance on what remains of the allowed
 * amount — and the contractual adjustment (charge minus allowed), which the clinic writes off.
 */
import { SOURCES } from '../../reference/source';
import { allowedAmountCents, needsPriorAuthorization, payer, type PayerId } from '../../reference/payers';
import type { DenialResolution, PaymentPosting } from './billing.actions';
import { bundlesEm, type Cms1500Claim, type ExpectedClaim, isVisitCode, pointedDiagnoses, type PayerTruth } from './claim';
import { cptEntry, needsQwModifier } from '../../reference/cpt-hcpcs';
import { isIcd10ValidOn } from '../../reference/icd10cm';

/** Why a payer denies a claim. */
export const DENIAL_REASONS = ['duplicate', 'inactive-coverage', 'wrong-patient-data', 'missing-authorization', 'invalid-code', 'modifier', 'medical-necessity', 'not-covered'] as const;
/** One denial reason. */
export type DenialReason = (typeof DENIAL_REASONS)[number];

/** The CARC each denial reason comes with, and its meaning in our words. */
export const DENIAL_CARC: Readonly<Record<DenialReason, { readonly carc: string; readonly meaning: string }>> = {
  duplicate: { carc: '18', meaning: 'Exact duplicate of a claim already processed' },
  'inactive-coverage': { carc: '27', meaning: 'Service after the coverage ended' },
  'wrong-patient-data': { carc: '31', meaning: 'Patient cannot be identified as a member' },
  'missing-authorization': { carc: '197', meaning: 'Prior authorisation absent' },
  'invalid-code': { carc: '16', meaning: 'Claim lacks information or has a billing error (invalid code)' },
  modifier: { carc: '4', meaning: 'Modifier missing or inconsistent with the code' },
  'medical-necessity': { carc: '11', meaning: 'Diagnosis does not support the service' },
  'not-covered': { carc: '49', meaning: 'Not covered: a routine or preventive exam the plan does not pay for' },
};

/** Where the CARC meanings come from. */
export const DENIAL_CODE_SOURCE = SOURCES.x12ClaimAdjustmentReasonCodes;

/** A denial as the remittance shows it. */
export interface Denial {
  readonly reason: DenialReason;
  readonly carc: string;
  /** What the payer says, naming the line or field. */
  readonly detail: string;
}

/** What the payer paid and what the patient owes, in cents (the 835 remittance). */
export interface Remittance {
  readonly chargeCents: number;
  readonly allowedCents: number;
  readonly paidCents: number;
  readonly copayCents: number;
  readonly deductibleCents: number;
  readonly coinsuranceCents: number;
  readonly adjustmentCents: number;
  readonly patientResponsibilityCents: number;
}

/** The payer's answer. */
export type PayerAnswer = { readonly kind: 'paid'; readonly remittance: Remittance } | { readonly kind: 'denied'; readonly denial: Denial };

/** What adjudication needs besides the claim. */
export interface AdjudicationContext {
  readonly truth: PayerTruth;
  readonly expected: ExpectedClaim;
  /** Claims this payer already processed for the visit. */
  readonly earlierSubmissions: readonly Cms1500Claim[];
}

function deny(reason: DenialReason, detail: string): PayerAnswer {
  return { kind: 'denied', denial: { reason, carc: DENIAL_CARC[reason].carc, detail } };
}

function sameClaim(a: Cms1500Claim, b: Cms1500Claim): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The denial, if any, a claim's lines earn (codes, modifiers, medical necessity). */
function lineDenial(claim: Cms1500Claim, expected: ExpectedClaim, payerId: PayerId): PayerAnswer | null {
  const date = claim.header.dateOfService;
  const invalid = claim.diagnoses.find((code) => !isIcd10ValidOn(code, date).valid);
  if (invalid) return deny('invalid-code', `Diagnosis ${invalid} is not a billable ICD-10-CM code on ${date}.`);
  for (const visitLine of claim.lines.filter((l) => isVisitCode(l.code) && !l.modifiers.includes('25'))) {
    const bundler = claim.lines.find((l) => bundlesEm(l.code, visitLine.code));
    if (bundler) return deny('modifier', `${visitLine.code} is bundled into ${bundler.code} without modifier 25.`);
  }
  if (payerId === 'medicare-b') {
    // Medicare does not cover a routine physical (by statute): a CPT preventive medicine code is denied, CARC 49.
    const routine = claim.lines.find((l) => cptEntry(l.code)?.preventive?.kind === 'preventive-medicine');
    if (routine) return deny('not-covered', `${routine.code} is a routine physical, which Medicare does not cover; its preventive visits are the Welcome to Medicare exam and the annual wellness visit.`);
  }
  const missingQw = claim.lines.find((l) => needsQwModifier(l.code) && !l.modifiers.includes('QW'));
  if (missingQw) return deny('modifier', `${missingQw.code} is a CLIA-waived test billed without QW.`);
  for (const entry of claim.lines) {
    const pointed = pointedDiagnoses(claim, entry);
    const justification = isVisitCode(entry.code) ? expected.coding.diagnoses : expected.coding.lines.find((l) => l.code === entry.code)?.justifiedBy;
    if (justification === undefined) continue;
    if (!pointed.some((code) => justification.includes(code))) {
      return deny('medical-necessity', `${entry.code} points at ${pointed.join(', ') || 'no diagnosis'}, which does not support it.`);
    }
  }
  return null;
}

/** The payer's answer to a claim. */
export function adjudicate(claim: Cms1500Claim, context: AdjudicationContext): PayerAnswer {
  const { truth, expected } = context;
  if (context.earlierSubmissions.some((earlier) => sameClaim(earlier, claim))) {
    return deny('duplicate', 'This claim is identical to one already processed for the same date of service.');
  }
  if (truth.payerId === null || claim.header.payerId !== truth.payerId || truth.status !== 'active') {
    return deny('inactive-coverage', `No active coverage with this payer on ${claim.header.dateOfService}.`);
  }
  if (claim.header.memberId !== truth.memberId) {
    return deny('wrong-patient-data', `Member id ${claim.header.memberId ?? '(blank)'} does not match a member with this name and date of birth.`);
  }
  const payerId = truth.payerId;
  const unauthorised = claim.lines.find((l) => needsPriorAuthorization(payerId, l.code));
  if (unauthorised && !claim.header.priorAuthorizationNumber) {
    return deny('missing-authorization', `${unauthorised.code} needs prior authorisation and box 23 is empty.`);
  }
  return lineDenial(claim, expected, payerId) ?? { kind: 'paid', remittance: remittanceFor(claim, payerId, truth) };
}

/** The remittance for a paid claim: allowed amounts by line, then the patient's share. */
export function remittanceFor(claim: Cms1500Claim, payerId: PayerId, terms: Pick<PayerTruth, 'copayCents' | 'deductibleRemainingCents' | 'coinsurancePercent'>): Remittance {
  const allowedCents = claim.lines.reduce((sum, l) => sum + allowedAmountCents(payerId, l.chargeCents), 0);
  // Medicare waives the deductible and coinsurance on its wellness visits (CMS MLN "Medicare Wellness Visits"): the patient's share falls on the rest.
  const sharedCents =
    payerId === 'medicare-b' ? claim.lines.filter((l) => cptEntry(l.code)?.medicareNoCostSharing !== true).reduce((sum, l) => sum + allowedAmountCents(payerId, l.chargeCents), 0) : allowedCents;
  const copayCents = Math.min(terms.copayCents, sharedCents);
  const deductibleCents = Math.min(terms.deductibleRemainingCents, sharedCents - copayCents);
  const coinsuranceCents = Math.round(((sharedCents - copayCents - deductibleCents) * terms.coinsurancePercent) / 100);
  const patientResponsibilityCents = copayCents + deductibleCents + coinsuranceCents;
  return {
    chargeCents: claim.totalChargeCents,
    allowedCents,
    paidCents: allowedCents - patientResponsibilityCents,
    copayCents,
    deductibleCents,
    coinsuranceCents,
    adjustmentCents: claim.totalChargeCents - allowedCents,
    patientResponsibilityCents,
  };
}

/** The posting a remittance calls for: the patient's balance is their share less the copay already collected. */
export function expectedPosting(remittance: Remittance, copayCollectedCents: number): PaymentPosting {
  return {
    allowedCents: remittance.allowedCents,
    adjustmentCents: remittance.adjustmentCents,
    copayCents: remittance.copayCents,
    coinsuranceCents: remittance.coinsuranceCents,
    deductibleCents: remittance.deductibleCents,
    patientBalanceCents: remittance.patientResponsibilityCents - copayCollectedCents,
  };
}

/** What the patient is billed when they pay for the visit themselves: the charges less what they paid at check-in. */
export function patientStatementCents(claim: Cms1500Claim, copayCollectedCents: number): number {
  return claim.totalChargeCents - copayCollectedCents;
}

/**
 * How a denial should be worked: the patient pays when the coverage was not active; a
 * missing authorisation with none on file is the clinic's loss (CO-197: the provider may not
 * bill the member); everything else is the clinic's error to correct and resubmit.
 */
export function expectedResolution(reason: DenialReason, authorizationOnFile: boolean): DenialResolution {
  if (reason === 'inactive-coverage') return 'bill-patient';
  if (reason === 'missing-authorization' && !authorizationOnFile) return 'write-off';
  return 'resubmit';
}

/**
 * Minutes the payer takes to answer, on the clinic clock: the payer's (synthetic) response
 * days compressed so the answer comes within the day — 10 minutes plus a third of a minute
 * per day, between 10 and 20 minutes.
 */
export function payerResponseMinutes(payerId: PayerId | null): number {
  const days = payerId === null ? 0 : payer(payerId).claimResponseDays;
  return Math.min(20, Math.max(10, Math.round(10 + days / 3)));
}
