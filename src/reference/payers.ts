/**
 * Plan types and a small synthetic payer list. Plan-type rules (referrals) come from
 * public consumer guidance; every payer, percentage, turnaround and authorisation list here
 * is synthetic and clearly invented for the game.
 */
import { SOURCES, checked, type Sourced } from './source';

/** Insurance plan types. */
export const PLAN_TYPES = ['hmo', 'ppo', 'epo', 'pos', 'hdhp', 'medicare', 'medicaid', 'self-pay'] as const;
/** One plan type. */
export type PlanType = (typeof PLAN_TYPES)[number];

/** Whether a referral from the primary-care provider is needed to see a specialist. */
export type ReferralRule = 'required' | 'not-required' | 'varies';

/** A plan type and its referral rule. */
export interface PlanTypeInfo extends Sourced {
  readonly id: PlanType;
  readonly displayName: string;
  readonly referralForSpecialist: ReferralRule;
  readonly outOfNetworkCovered: 'yes' | 'no' | 'emergencies-only' | 'varies' | 'not-applicable';
  readonly note: string;
}

/* @__NO_SIDE_EFFECTS__ */
const plans = (note: string) => checked(SOURCES.healthcareGovPlanTypes, note);

/** Plan types with their usual referral rules (secondary: plans vary, check the card and eligibility). */
export const PLAN_TYPE_INFO: readonly PlanTypeInfo[] = [
  { id: 'hmo', displayName: 'HMO (health maintenance organization)', referralForSpecialist: 'required', outOfNetworkCovered: 'emergencies-only', note: 'Members choose a PCP and usually need a referral to see a specialist.', source: plans('Checked: HealthCare.gov text "HMO members usually have a primary care doctor and must get referrals to see specialists".') },
  { id: 'ppo', displayName: 'PPO (preferred provider organization)', referralForSpecialist: 'not-required', outOfNetworkCovered: 'yes', note: 'Any doctor without a referral; out of network costs more.', source: plans('Checked: "If you have a PPO plan, you can visit any doctor without getting a referral".') },
  { id: 'epo', displayName: 'EPO (exclusive provider organization)', referralForSpecialist: 'not-required', outOfNetworkCovered: 'emergencies-only', note: 'In network only, usually without referrals.', source: plans('Secondary: consumer plan-comparison guides; HealthCare.gov text does not state the EPO referral rule.'), verified: false },
  { id: 'pos', displayName: 'POS (point of service)', referralForSpecialist: 'required', outOfNetworkCovered: 'yes', note: 'A PCP refers to network specialists; out-of-network visits also need a referral and cost more.', source: plans('Checked: HealthCare.gov POS text.') },
  { id: 'hdhp', displayName: 'HDHP (high-deductible health plan)', referralForSpecialist: 'varies', outOfNetworkCovered: 'varies', note: 'A cost-sharing design, not a network type: the referral rule follows the underlying HMO/PPO/EPO network.', source: plans('Secondary: consumer guides ("Depends").'), verified: false },
  { id: 'medicare', displayName: 'Original Medicare (Part B)', referralForSpecialist: 'not-required', outOfNetworkCovered: 'not-applicable', note: 'Original Medicare needs no referral; Medicare Advantage HMOs may.', source: checked(SOURCES.medicareAndYouReferrals, 'Checked: no referral to a Medicare-enrolled specialist in most cases; Medicare Advantage HMOs may ask for one (consumer guides, secondary).') },
  { id: 'medicaid', displayName: 'Medicaid', referralForSpecialist: 'varies', outOfNetworkCovered: 'varies', note: 'State programmes and their managed-care plans set their own referral rules.', source: checked(SOURCES.aspeMedicaidPccmReferrals, 'Checked: referral rules vary by state programme and plan. Not checked: out-of-network coverage ("varies").'), verified: false },
  { id: 'self-pay', displayName: 'Self-pay (no insurance)', referralForSpecialist: 'not-required', outOfNetworkCovered: 'not-applicable', note: 'No payer rules; the patient pays the clinic.', source: checked(SOURCES.cmsNoSurprisesGoodFaithEstimate, 'A self-pay patient files no claim with a plan: no payer rules, the clinic bills the patient.') },
];

/** Synthetic payer ids. */
export const PAYER_IDS = ['bluecross-ppo', 'aetna-hmo', 'medicare-b', 'medicaid', 'unitedhealth-epo', 'self-pay'] as const;
/** One synthetic payer. */
export type PayerId = (typeof PAYER_IDS)[number];

/** A synthetic payer and its (invented) policy. */
export interface Payer extends Sourced {
  readonly id: PayerId;
  /** A clearly synthetic name, not a real insurer. */
  readonly name: string;
  readonly planType: PlanType;
  /** Allowed amount as a percentage of the clinic charge (synthetic). */
  readonly allowedPercentOfCharge: number;
  /** Days from submission to the remittance (synthetic). */
  readonly claimResponseDays: number;
  /** CPT codes this payer's (synthetic) policy requires prior authorisation for. */
  readonly priorAuthorizationCodes: readonly string[];
  readonly referralForSpecialist: ReferralRule;
}

const synthetic = SOURCES.clinicDayFeeSchedule;

/** The synthetic payers (invented names, percentages, turnarounds and authorisation lists). */
export const PAYERS: readonly Payer[] = [
  { id: 'bluecross-ppo', name: 'Blue Harbor PPO (synthetic)', planType: 'ppo', allowedPercentOfCharge: 70, claimResponseDays: 14, priorAuthorizationCodes: [], referralForSpecialist: 'not-required', source: synthetic },
  { id: 'aetna-hmo', name: 'Maple Valley HMO (synthetic)', planType: 'hmo', allowedPercentOfCharge: 60, claimResponseDays: 21, priorAuthorizationCodes: ['93000'], referralForSpecialist: 'required', source: synthetic },
  { id: 'medicare-b', name: 'Federal Seniors Plan B (synthetic stand-in for Medicare Part B)', planType: 'medicare', allowedPercentOfCharge: 55, claimResponseDays: 14, priorAuthorizationCodes: [], referralForSpecialist: 'not-required', source: synthetic },
  { id: 'medicaid', name: 'State Community Care (synthetic stand-in for Medicaid)', planType: 'medicaid', allowedPercentOfCharge: 45, claimResponseDays: 30, priorAuthorizationCodes: ['90677'], referralForSpecialist: 'required', source: synthetic },
  { id: 'unitedhealth-epo', name: 'Summit Unity EPO (synthetic)', planType: 'epo', allowedPercentOfCharge: 65, claimResponseDays: 18, priorAuthorizationCodes: [], referralForSpecialist: 'not-required', source: synthetic },
  { id: 'self-pay', name: 'Self-pay', planType: 'self-pay', allowedPercentOfCharge: 100, claimResponseDays: 0, priorAuthorizationCodes: [], referralForSpecialist: 'not-required', source: synthetic },
];

/** The payer with this id. */
export function payer(id: PayerId): Payer {
  const found = PAYERS.find((p) => p.id === id);
  if (found === undefined) throw new RangeError(`Unknown payer ${id}`);
  return found;
}

/** Whether the payer's synthetic policy needs prior authorisation for a code. */
export function needsPriorAuthorization(payerId: PayerId, code: string): boolean {
  return payer(payerId).priorAuthorizationCodes.includes(code);
}

/** The allowed amount in cents for a charge, by the payer's synthetic percentage (rounded to the cent). */
export function allowedAmountCents(payerId: PayerId, chargeCents: number): number {
  return Math.round((chargeCents * payer(payerId).allowedPercentOfCharge) / 100);
}

/** The payer of this id on the list, or undefined for an id the list does not hold (a scenario's own, or none). */
export function findPayer(payerId: string | null | undefined): Payer | undefined {
  return PAYERS.find((entry) => entry.id === payerId);
}

/**
 * The payer's name as the clinic's system lists it at the desk, without the synthetic
 * marker: "Blue Harbor PPO"; the id itself for a payer the list does not know.
 */
export function payerName(payerId: string): string {
  return findPayer(payerId)?.name.replace(/ \(synthetic.*\)$/, '') ?? payerId;
}

/**
 * The payer's name as the billing office's records carry it, the synthetic marker kept:
 * "Blue Harbor PPO (synthetic)"; "No payer" when the claim has none, the id itself for a
 * payer the list does not know.
 */
export function payerFullName(payerId: string | null | undefined): string {
  if (!payerId) return 'No payer';
  return findPayer(payerId)?.name ?? payerId;
}

/** A plan type in words, e.g. "PPO (preferred provider organization)"; an unknown type in capitals. */
export function planTypeName(planType: string): string {
  return PLAN_TYPE_INFO.find((plan) => plan.id === planType)?.displayName ?? planType.toUpperCase();
}

/** CMS-1500 box 1, the kind of coverage the payer's plan is: "Medicare", "Group health plan (PPO)"; "—" for no known payer. */
export function claimCoverageType(payerId: string | null | undefined): string {
  const plan = findPayer(payerId)?.planType;
  if (plan === undefined) return '—';
  if (plan === 'medicare') return 'Medicare';
  if (plan === 'medicaid') return 'Medicaid';
  if (plan === 'self-pay') return 'None (self-pay)';
  return `Group health plan (${plan.toUpperCase()})`;
}

/** The codes a payer's (synthetic) policy authorises in advance; none for a payer the list does not know. */
export function payerAuthorizationCodes(payerId: string): readonly string[] {
  return findPayer(payerId)?.priorAuthorizationCodes ?? [];
}
