/**
 * The encounter's chart: what the trainee's work puts on record, stage by stage. Each
 * workflow returns its section as its machine's output; the encounter keeps the chart and
 * gives it to the later stages — so a member id mistyped at check-in is the member id the
 * claim carries, and the specimens collected are the services the claim bills.
 */
import type { CoverageStatus, PlanType } from '../scenario/scenario.schema';

/** What check-in put on record (intake). */
export interface RegistrationRecord {
  /** The patient stated two identifiers and they matched the chart. */
  readonly identityConfirmed: boolean;
  readonly payerId: string | null;
  /** The member id as entered at check-in: the claim's box 1a. */
  readonly memberId: string | null;
  readonly groupNumber: string | null;
  readonly planType: PlanType | null;
  /** Coverage status as eligibility answered it, or null when it was not checked. */
  readonly eligibilityStatus: CoverageStatus | null;
  /** The patient chose (or had) no insurance for this visit. */
  readonly selfPay: boolean;
  readonly priorAuthorizationNumber: string | null;
  readonly copayCollected: number;
  readonly address: { readonly line1: string; readonly city: string; readonly state: string; readonly postalCode: string } | null;
  readonly phone: string | null;
  /** The chart's name and date of birth as corrected at check-in, once a photo ID settled a mismatch (absent: left as they were). */
  readonly correctedIdentity?: { readonly name: string; readonly dateOfBirth: string };
  /** The minute the desk told the provider of a red-flag complaint (chest pain…), so the patient is roomed ahead of the queue (absent: not told at the desk). */
  readonly providerAlertedAt?: number;
}

/** Why a patient left check-in with an appointment instead of being seen today. */
export const RETURN_VISIT_REASONS = ['no-room-today', 'coverage-inactive'] as const;
export type ReturnVisitReason = (typeof RETURN_VISIT_REASONS)[number];

/** The appointment a patient left check-in with (a walk-in told when to come, a visit rescheduled over coverage). */
export interface ReturnVisitRecord {
  readonly date: string;
  readonly time: string;
  readonly providerId: string;
  readonly visitTypeId: string;
  readonly reason: ReturnVisitReason;
}

/** One orthostatic reading on the chart: the position, the minutes lying (rest) or stood, the pressure and pulse, and whether the patient was dizzy. */
export interface OrthostaticRecordEntry {
  readonly position: 'supine' | 'standing';
  /** Minutes lying before the reading (supine) or stood before it (standing). */
  readonly minutes: number;
  readonly systolicMmHg: number;
  readonly diastolicMmHg: number;
  readonly pulsePerMinute: number;
  readonly dizzy: boolean;
}

/** Vital signs as the trainee recorded them (rooming and vitals). */
export interface VitalsRecord {
  readonly heightCm: number | null;
  readonly weightKg: number | null;
  readonly bmi: number | null;
  readonly temperatureC: number | null;
  readonly pulsePerMinute: number | null;
  readonly respirationsPerMinute: number | null;
  readonly systolicMmHg: number | null;
  readonly diastolicMmHg: number | null;
  readonly spo2Percent: number | null;
  readonly painScore: number | null;
  /** Under 2 years: the head circumference charted, in cm (absent: not charted). */
  readonly headCircumferenceCm?: number;
  /** The orthostatic readings taken, in order, where the provider ordered them (empty otherwise). */
  readonly orthostatic: readonly OrthostaticRecordEntry[];
  readonly providerAlerted: boolean;
  /** The patient went from rooming straight to the ECG bed on the clinic's standing order (absent: to the provider). */
  readonly sentToEcgBed?: true;
}

/** One ordered test or service and what became of it (specimens and point-of-care tests). */
export interface PerformedService {
  readonly testId: string;
  /** Collected or performed in the clinic today (a venous draw sent out counts as collected). */
  readonly performed: boolean;
  /** The recorded result of a point-of-care test, where there is one. */
  readonly result: string | number | null;
}

/** What the lab station did. */
export interface ProceduresRecord {
  readonly services: readonly PerformedService[];
  /** A venipuncture was done (bill 36415 once). */
  readonly venipuncture: boolean;
  /** A capillary puncture was done (36416). */
  readonly capillaryPuncture: boolean;
  /** Specimens the lab rejected and that had to be redrawn. */
  readonly redraws: number;
}

/** Why a vaccine order went back to the provider instead of being given (the medication workflow's `ORDER_RETURN_REASONS`). */
export type VaccineOrderReturnReason = 'not-signed' | 'verbal-order' | 'allergy' | 'too-soon' | 'no-usable-stock';

/** A route a vaccine was given by (the medication workflow's `MEDICATION_ROUTES`). */
export type VaccineRoute = 'intramuscular' | 'subcutaneous' | 'intradermal' | 'oral';

/** One vaccine given (or not) at the medication workflow. */
export interface VaccineAdministration {
  readonly testId: string;
  readonly given: boolean;
  /** Why it was not given: the order went back to the provider. */
  readonly returned: VaccineOrderReturnReason | null;
  readonly route: VaccineRoute | null;
  readonly lot: string | null;
}

/** What the medication workflow did. */
export interface MedicationRecord {
  readonly vaccines: readonly VaccineAdministration[];
}

/** What the ECG workflow did. */
/** What the education workflow puts on record: the leaflets given, and the topics the patient taught back. */
export interface EducationRecord {
  /** The ids of the leaflets given and gone through, in order. */
  readonly materialsGiven: readonly string[];
  /** The plan's topics the patient said back rightly. */
  readonly understood: readonly string[];
  /** The patient's question went to the provider. */
  readonly questionRouted: boolean;
}

export interface EcgRecord {
  /** A tracing went to the provider. */
  readonly recorded: boolean;
  /** How it went to the provider: at once (interrupting) or into the review queue; null: it did not. */
  readonly handedOver: 'at-once' | 'routine' | null;
  /** The artefacts the handed-over tracing still shows. */
  readonly artefactsOnFinal: readonly string[];
  /** Who reads it: the clinic's provider (93000) or a cardiologist elsewhere (93005: the tracing only). */
  readonly interpretation: 'in-house' | 'sent-out';
}

/** What checkout booked (scheduling). */
export interface CheckoutRecord {
  readonly followUp: { readonly date: string; readonly time: string; readonly visitTypeId: string; readonly providerId: string } | null;
  readonly referralMade: boolean;
}

/** How the visit's claim ended (billing): the money side of the visit, for the debrief. */
export interface BillingRecord {
  readonly outcome: 'paid' | 'patient-billed' | 'written-off';
  readonly chargeCents: number;
  readonly payerPaidCents: number;
  readonly patientBalanceCents: number;
  readonly submissions: number;
}

/** The chart of one encounter, filled stage by stage. */
export interface EncounterChart {
  readonly registration?: RegistrationRecord;
  /** Present when the patient left check-in with an appointment for another time. */
  readonly returnVisit?: ReturnVisitRecord;
  readonly vitals?: VitalsRecord;
  readonly procedures?: ProceduresRecord;
  readonly medication?: MedicationRecord;
  readonly ecg?: EcgRecord;
  readonly education?: EducationRecord;
  readonly checkout?: CheckoutRecord;
  readonly billing?: BillingRecord;
}
