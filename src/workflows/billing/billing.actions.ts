/**
 * The trainee's billing actions, named as facts: the visit coded, the claim scrubbed,
 * corrected and submitted, a denial worked, the payment posted, the patient billed.
 */
import { textEntry } from '../../scenario/entries';
import { schemaOf, z } from '../../scenario/zod';

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

/** An amount of money in whole cents, from 0 to a million dollars. */
function cents() {
  return z.number().check(z.int(), z.gte(0), z.lte(100_000_000));
}

/** The coding of a visit as the claim form gives it: box 21's twelve diagnoses, and service lines. */
const ClaimCodingSchema = schemaOf<ClaimCoding>()(
  z.strictObject({
    diagnoses: z.array(textEntry(20)).check(z.maxLength(DIAGNOSIS_LETTERS.length)),
    lines: z
      .array(
        z.strictObject({
          code: textEntry(20),
          modifiers: z.array(textEntry(8)).check(z.maxLength(8)),
          pointers: z.array(z.enum(DIAGNOSIS_LETTERS)).check(z.maxLength(DIAGNOSIS_LETTERS.length)),
          units: z.number().check(z.int(), z.gte(1), z.lte(9999)),
        }),
      )
      .check(z.maxLength(50)),
  }),
);

/** Every billing action, checked at the edge before any machine sees it. */
export const billingActionSchema = schemaOf<BillingAction>()(
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('claim.coded'), coding: ClaimCodingSchema }),
    z.strictObject({ type: z.literal('claim.corrected'), coding: z.optional(ClaimCodingSchema), memberId: z.optional(textEntry(64)), priorAuthorizationNumber: z.optional(textEntry(64)) }),
    z.strictObject({ type: z.literal('claim.scrubbed') }),
    z.strictObject({ type: z.literal('claim.submitted') }),
    z.strictObject({ type: z.literal('denial.worked'), resolution: z.enum(DENIAL_RESOLUTIONS) }),
    z.strictObject({
      type: z.literal('payment.posted'),
      posting: z.strictObject({
        allowedCents: cents(),
        adjustmentCents: cents(),
        copayCents: cents(),
        coinsuranceCents: cents(),
        deductibleCents: cents(),
        patientBalanceCents: cents(),
      }),
    }),
    z.strictObject({ type: z.literal('patient.billed'), amountCents: cents() }),
  ]),
);

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
