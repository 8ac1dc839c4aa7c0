/**
 * The trainee's billing actions, named as facts: the visit coded, the claim scrubbed,
 * corrected and submitted, a denial worked, the payment posted, the patient billed.
 */

/** Diagnosis letters of CMS-1500 box 21 (A–L); a service line points at them (box 24E). */
export const DIAGNOSIS_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'] as const;
/** One diagnosis pointer. */
export type DiagnosisPointer = (typeof DIAGNOSIS_LETTERS)[number];

/** One service line as the trainee codes it: code, modifiers, diagnosis pointers, units. */
export interface ClaimLineEntry {
  readonly code: string;
  readonly modifiers: readonly string[];
  /** Up to four, the diagnosis that best justifies the service first. */
  readonly pointers: readonly DiagnosisPointer[];
  readonly units: number;
}

/** The trainee's coding of a visit: diagnoses (box 21, primary first) and service lines. */
export interface ClaimCoding {
  readonly diagnoses: readonly string[];
  readonly lines: readonly ClaimLineEntry[];
}

/** What the trainee posts from a remittance, in cents. */
export interface PaymentPosting {
  readonly allowedCents: number;
  /** Contractual adjustment: charge minus allowed, written off under the payer contract. */
  readonly adjustmentCents: number;
  readonly copayCents: number;
  readonly coinsuranceCents: number;
  readonly deductibleCents: number;
  /** What the patient still owes after the copay collected at check-in. */
  readonly patientBalanceCents: number;
}

/** How a denial is worked. */
export const DENIAL_RESOLUTIONS = ['resubmit', 'bill-patient', 'write-off'] as const;
/** One way of working a denial. */
export type DenialResolution = (typeof DENIAL_RESOLUTIONS)[number];

/** Every billing action. */
export type BillingAction =
  | { type: 'claim.coded'; coding: ClaimCoding }
  | { type: 'claim.corrected'; coding?: ClaimCoding; memberId?: string; priorAuthorizationNumber?: string }
  | { type: 'claim.scrubbed' }
  | { type: 'claim.submitted' }
  | { type: 'denial.worked'; resolution: DenialResolution }
  | { type: 'payment.posted'; posting: PaymentPosting }
  | { type: 'patient.billed'; amountCents: number };

/** The billing action types. */
export const BILLING_ACTION_TYPES = [
  'claim.coded',
  'claim.corrected',
  'claim.scrubbed',
  'claim.submitted',
  'denial.worked',
  'payment.posted',
  'patient.billed',
] as const satisfies readonly BillingAction['type'][];

/** One sample of each billing action, for tools and tests that probe the machines. */
export const BILLING_ACTION_SAMPLES: readonly BillingAction[] = [
  { type: 'claim.coded', coding: { diagnoses: ['I10'], lines: [{ code: '99213', modifiers: [], pointers: ['A'], units: 1 }] } },
  { type: 'claim.corrected', memberId: 'BHP-448120' },
  { type: 'claim.scrubbed' },
  { type: 'claim.submitted' },
  { type: 'denial.worked', resolution: 'resubmit' },
  {
    type: 'payment.posted',
    posting: { allowedCents: 9100, adjustmentCents: 3900, copayCents: 2500, coinsuranceCents: 0, deductibleCents: 0, patientBalanceCents: 0 },
  },
  { type: 'patient.billed', amountCents: 13000 },
];
