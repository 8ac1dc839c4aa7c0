/**
 * What the trainee does at check-in, as typed events named as facts. The patient at the
 * desk answers what they are asked (`patient-at-desk.ts`); the intake machine records it.
 */
import { PLAN_TYPES, type PlanType } from '../../scenario/scenario.schema';
import { clockTimeEntry, idEntry, isoDateEntry, textEntry } from '../../scenario/entries';
import { schemaOf, z } from '../../scenario/zod';

/** What the trainee may ask the patient to confirm who they are. Only the first three are identifiers. */
export const IDENTITY_QUESTIONS = ['full-name', 'date-of-birth', 'phone', 'appointment-time'] as const;
export type IdentityQuestion = (typeof IDENTITY_QUESTIONS)[number];

/** The questions that are patient identifiers (The Joint Commission: never the room, location or appointment). */
export const IDENTIFIER_QUESTIONS = ['full-name', 'date-of-birth', 'phone'] as const satisfies readonly IdentityQuestion[];

/** How a question is put: the patient states the answer, or answers yes or no to a prompt ("Are you Mary Smith?"). */
export const QUESTION_STYLES = ['stated', 'yes-no'] as const;
export type QuestionStyle = (typeof QUESTION_STYLES)[number];

/** The forms signed at check-in. */
export const INTAKE_FORMS = ['privacy-notice', 'consent-to-treat', 'financial-policy'] as const;
export type IntakeForm = (typeof INTAKE_FORMS)[number];

/**
 * How the trainee asks for address, phone and emergency contact: what changed since the
 * last visit (an established patient), or everything, fresh (a new patient).
 */
export const DEMOGRAPHICS_QUESTIONS = ['changes-since-last-visit', 'new-patient-details'] as const;
export type DemographicsQuestion = (typeof DEMOGRAPHICS_QUESTIONS)[number];

/** A name as the trainee enters it into the chart. */
export interface NameEntry {
  readonly given: string;
  readonly middle?: string;
  readonly family: string;
}

/** An address as the trainee enters it. */
export interface AddressEntry {
  readonly line1: string;
  readonly line2?: string;
  readonly city: string;
  readonly state: string;
  readonly postalCode: string;
}

/** An emergency contact as the trainee enters it into the registration. */
export interface EmergencyContactEntry {
  readonly name: string;
  readonly relationship: string;
  readonly phone: string;
}

/** Every action of the intake (check-in) workflow. */
export type IntakeAction =
  | { type: 'patient.greeted' }
  | { type: 'identity.asked'; question: IdentityQuestion; style: QuestionStyle }
  | { type: 'identity.mismatch-flagged' }
  | { type: 'photo-id.checked' }
  | { type: 'identity.confirmed' }
  /** Once a photo ID has settled who the patient is: the chart's name and date of birth, as the trainee now enters them. */
  | { type: 'chart.corrected'; name: NameEntry; dateOfBirth: string }
  | { type: 'walk-in.slotted'; time: string }
  /** Today has no room: the walk-in is booked for a later time (`date`, `time`) and told when to come. */
  | { type: 'walk-in.booked-later'; date: string; time: string }
  | { type: 'demographics.asked'; question: DemographicsQuestion }
  /**
   * `emergencyContact`: the contact as entered in the registration (absent: none entered, as in logs from before the field).
   * `noEmergencyContact`: "none — asked, the patient has nobody to list", recorded as the answer (absent: not chosen).
   */
  | { type: 'demographics.confirmed'; address: AddressEntry; phone: string; emergencyContactConfirmed: boolean; emergencyContact?: EmergencyContactEntry; noEmergencyContact?: true }
  | { type: 'insurance-card.scanned'; payerId: string; memberId: string; groupNumber: string | null; planType: PlanType }
  | { type: 'eligibility.checked' }
  | { type: 'self-pay.agreed' }
  /** Told the coverage is not active, the patient chose to come back once it is sorted out: the visit is rebooked for `date` at `time`. */
  | { type: 'visit.rescheduled'; date: string; time: string }
  | { type: 'prior-authorization.noted' }
  | { type: 'copay.collected'; amount: number; receiptGiven: boolean }
  | { type: 'forms.signed'; forms: readonly IntakeForm[] }
  | { type: 'chief-complaint.recorded'; text: string }
  /** A red-flag complaint heard at the desk (chest pain, the signs of a stroke, trouble breathing): the provider and clinical staff told at once, so the patient is roomed next. */
  | { type: 'provider.alerted' }
  | { type: 'check-in.completed' };

export type IntakeActionType = IntakeAction['type'];

/** A name as typed into the chart: given and family names, an optional middle name. */
const NameEntrySchema = z.strictObject({ given: textEntry(100), middle: z.optional(textEntry(100)), family: textEntry(100) });

/** An address as typed into the chart. */
const AddressEntrySchema = z.strictObject({ line1: textEntry(200), line2: z.optional(textEntry(200)), city: textEntry(100), state: textEntry(40), postalCode: textEntry(20) });

/** An emergency contact as typed into the registration: name, relationship and phone, as the person gave them. */
const EmergencyContactEntrySchema = z.strictObject({ name: textEntry(120), relationship: textEntry(40), phone: textEntry(40) });

/** Every intake action, checked at the edge before any machine sees it. */
export const intakeActionSchema = schemaOf<IntakeAction>()(
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('patient.greeted') }),
    z.strictObject({ type: z.literal('identity.asked'), question: z.enum(IDENTITY_QUESTIONS), style: z.enum(QUESTION_STYLES) }),
    z.strictObject({ type: z.literal('identity.mismatch-flagged') }),
    z.strictObject({ type: z.literal('photo-id.checked') }),
    z.strictObject({ type: z.literal('identity.confirmed') }),
    z.strictObject({ type: z.literal('chart.corrected'), name: NameEntrySchema, dateOfBirth: isoDateEntry() }),
    z.strictObject({ type: z.literal('walk-in.slotted'), time: clockTimeEntry() }),
    z.strictObject({ type: z.literal('walk-in.booked-later'), date: isoDateEntry(), time: clockTimeEntry() }),
    z.strictObject({ type: z.literal('demographics.asked'), question: z.enum(DEMOGRAPHICS_QUESTIONS) }),
    z.strictObject({
      type: z.literal('demographics.confirmed'),
      address: AddressEntrySchema,
      phone: textEntry(40),
      emergencyContactConfirmed: z.boolean(),
      emergencyContact: z.optional(EmergencyContactEntrySchema),
      noEmergencyContact: z.optional(z.literal(true)),
    }),
    z.strictObject({ type: z.literal('insurance-card.scanned'), payerId: idEntry(), memberId: textEntry(64), groupNumber: z.nullable(textEntry(64)), planType: z.enum(PLAN_TYPES) }),
    z.strictObject({ type: z.literal('eligibility.checked') }),
    z.strictObject({ type: z.literal('self-pay.agreed') }),
    z.strictObject({ type: z.literal('visit.rescheduled'), date: isoDateEntry(), time: clockTimeEntry() }),
    z.strictObject({ type: z.literal('prior-authorization.noted') }),
    // Dollars as the scenario writes copays (at most its largest amount of money).
    z.strictObject({ type: z.literal('copay.collected'), amount: z.number().check(z.gte(0), z.lte(1_000_000)), receiptGiven: z.boolean() }),
    z.strictObject({ type: z.literal('forms.signed'), forms: z.array(z.enum(INTAKE_FORMS)).check(z.maxLength(INTAKE_FORMS.length * 2)) }),
    z.strictObject({ type: z.literal('chief-complaint.recorded'), text: textEntry(500) }),
    z.strictObject({ type: z.literal('provider.alerted') }),
    z.strictObject({ type: z.literal('check-in.completed') }),
  ]),
);

/** One example of every intake action, for tools and tests that probe the machines. */
export const INTAKE_ACTION_SAMPLES: readonly IntakeAction[] = [
  { type: 'patient.greeted' },
  { type: 'identity.asked', question: 'full-name', style: 'stated' },
  { type: 'identity.mismatch-flagged' },
  { type: 'photo-id.checked' },
  { type: 'identity.confirmed' },
  { type: 'chart.corrected', name: { given: 'Eleanor', family: 'Whitfield' }, dateOfBirth: '1947-08-12' },
  { type: 'walk-in.slotted', time: '10:00' },
  { type: 'walk-in.booked-later', date: '2026-03-11', time: '08:00' },
  { type: 'demographics.asked', question: 'changes-since-last-visit' },
  { type: 'demographics.asked', question: 'new-patient-details' },
  { type: 'demographics.confirmed', address: { line1: '1 Test Way', city: 'Portland', state: 'OR', postalCode: '97201' }, phone: '555-555-0101', emergencyContactConfirmed: true },
  {
    type: 'demographics.confirmed',
    address: { line1: '1 Test Way', city: 'Portland', state: 'OR', postalCode: '97201' },
    phone: '555-555-0101',
    emergencyContactConfirmed: true,
    emergencyContact: { name: 'Rosa Test', relationship: 'Sister', phone: '555-555-0102' },
  },
  { type: 'demographics.confirmed', address: { line1: '1 Test Way', city: 'Portland', state: 'OR', postalCode: '97201' }, phone: '555-555-0101', emergencyContactConfirmed: false, noEmergencyContact: true },
  { type: 'insurance-card.scanned', payerId: 'bluecross-ppo', memberId: 'BHP-000001', groupNumber: null, planType: 'ppo' },
  { type: 'eligibility.checked' },
  { type: 'self-pay.agreed' },
  { type: 'visit.rescheduled', date: '2026-03-17', time: '08:00' },
  { type: 'prior-authorization.noted' },
  { type: 'copay.collected', amount: 25, receiptGiven: true },
  { type: 'forms.signed', forms: ['consent-to-treat', 'financial-policy'] },
  { type: 'chief-complaint.recorded', text: 'Here for my follow-up' },
  { type: 'provider.alerted' },
  { type: 'check-in.completed' },
];
