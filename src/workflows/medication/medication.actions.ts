/**
 * The trainee's actions while giving an ordered vaccine in the exam room: reading the storage
 * log, reviewing the order (or sending it back to the provider), checking allergies, reading
 * the vial's label three times, drawing up the dose, handing over the Vaccine Information
 * Statement, the injection itself, the sharps, the record, the registry and the observation
 * chair. Named as facts. `hands.cleaned`, `patient.identified` and `provider.alerted` are the
 * shared patient-contact actions (`../shared/patient-contact.ts`).
 */
import { TEST_IDS, type TestId } from '../../reference/tests';
import { idEntry, textEntry } from '../../scenario/entries';
import { schemaOf, z } from '../../scenario/zod';
import {
  type HandsCleanedAction,
  handsCleanedActionSchema,
  type PatientIdentifiedAction,
  patientIdentifiedActionSchema,
  type ProviderAlertedAction,
  providerAlertedActionSchema,
} from '../shared/patient-contact';

// The closed lists of routes, sites, needles and angles are the reference's: the tables that judge a choice speak the same words as the action that makes it.
export {
  INJECTION_SITES,
  type InjectionSite,
  INSERTION_ANGLES,
  type InsertionAngle,
  MEDICATION_ROUTES,
  type MedicationRoute,
  NEEDLE_GAUGES,
  type NeedleGauge,
  NEEDLE_LENGTHS,
  type NeedleLength,
} from '../../reference/immunization/terms';
import { INJECTION_SITES, type InjectionSite, INSERTION_ANGLES, type InsertionAngle, MEDICATION_ROUTES, type MedicationRoute, NEEDLE_GAUGES, type NeedleGauge, NEEDLE_LENGTHS, type NeedleLength } from '../../reference/immunization/terms';

/** The three moments the label is read against the order. */
export const LABEL_CHECK_MOMENTS = ['from-storage', 'drawing-up', 'before-giving'] as const;
/** One moment of the three label checks. */
export type LabelCheckMoment = (typeof LABEL_CHECK_MOMENTS)[number];

/** Why an order goes back to the provider instead of being given. */
export const ORDER_RETURN_REASONS = ['not-signed', 'verbal-order', 'allergy', 'too-soon', 'no-usable-stock'] as const;
/** One reason an order goes back to the provider. */
export type OrderReturnReason = (typeof ORDER_RETURN_REASONS)[number];

/** One entry of the immunisation record, as the trainee types it. */
export interface AdministrationRecordEntry {
  /** YYYY-MM-DD as typed. */
  readonly date: string;
  /** The vaccine as typed. */
  readonly vaccine: string;
  readonly manufacturer: string;
  readonly lot: string;
  readonly site: InjectionSite;
  readonly route: MedicationRoute;
  readonly doseMl: number;
  /** The VIS edition date, YYYY-MM-DD as typed. */
  readonly visEdition: string;
  /** The date the VIS was given, YYYY-MM-DD as typed. */
  readonly visGivenOn: string;
  readonly administeredBy: { readonly name: string; readonly title: string };
  /** A tuberculin skin test's reading appointment, "YYYY-MM-DD HH:MM" as typed (absent for a vaccine). */
  readonly readingDue?: string;
}

/** Every action of the medication workflow. */
export type MedicationAction =
  | HandsCleanedAction
  | PatientIdentifiedAction
  | ProviderAlertedAction
  /** The unit's min/max log read before taking a vial from it. */
  | { readonly type: 'storage.log-read'; readonly unitId: string }
  /** The unit's stock labelled do-not-use and the excursion reported. */
  | { readonly type: 'storage.excursion-reported'; readonly unitId: string }
  /** The order read: prescriber, vaccine, dose, route, time. */
  | { readonly type: 'order.reviewed'; readonly testId: TestId }
  /** The order sent back to the provider, not given. */
  | { readonly type: 'order.returned'; readonly testId: TestId; readonly reason: OrderReturnReason }
  /** The chart's allergies checked against the vaccine's components and latex. */
  | { readonly type: 'allergies.checked' }
  /** The label read (name, strength, form, lot, expiry) against the order. */
  | { readonly type: 'vial.label-read'; readonly vialId: string; readonly moment: LabelCheckMoment }
  | {
      readonly type: 'dose.drawn-up';
      readonly vialId: string;
      readonly volumeMl: number;
      readonly needle: { readonly gauge: NeedleGauge; readonly length: NeedleLength };
    }
  /** The VIS handed over before the dose; `edition` is its date (YYYY-MM-DD) as printed. */
  | { readonly type: 'vis.given'; readonly testId: TestId; readonly edition: string }
  | {
      readonly type: 'injection.given';
      readonly vialId: string;
      readonly site: InjectionSite;
      readonly route: MedicationRoute;
      readonly angle: InsertionAngle;
      readonly aspirated: boolean;
    }
  /** The syringe into the sharps container at once. */
  | { readonly type: 'syringe.discarded'; readonly recapped: boolean }
  /** A tuberculin skin test's site looked at: whether a 6–10 mm wheal rose. */
  | { readonly type: 'wheal.checked'; readonly testId: TestId }
  /** A tuberculin skin test read: the diameter recorded, in mm. */
  | { readonly type: 'induration.recorded'; readonly testId: TestId; readonly mm: number }
  | { readonly type: 'administration.recorded'; readonly testId: TestId; readonly record: AdministrationRecordEntry }
  /** The state immunisation registry entry, where the clinic reports. */
  | { readonly type: 'registry.reported'; readonly testId: TestId }
  /** The patient seated (or lying) and watched. */
  | { readonly type: 'observation.started' }
  /** A fainting patient put lying down, protected from falling. */
  | { readonly type: 'patient.laid-down' }
  | { readonly type: 'observation.ended' }
  /** Back to the visit, on to checkout. */
  | { readonly type: 'medication.finished' };

/** A date as typed into the record: text, judged by the rules rather than refused. */
const typedDate = () => textEntry(20);

const AdministrationRecordEntrySchema = schemaOf<AdministrationRecordEntry>()(
  z.strictObject({
    date: typedDate(),
    vaccine: textEntry(120),
    manufacturer: textEntry(120),
    lot: textEntry(40),
    site: z.enum(INJECTION_SITES),
    route: z.enum(MEDICATION_ROUTES),
    // a dose volume a syringe can hold: at most 5 mL
    doseMl: z.number().check(z.gte(0), z.lte(5)),
    visEdition: typedDate(),
    visGivenOn: typedDate(),
    administeredBy: z.strictObject({ name: textEntry(120), title: textEntry(60) }),
    readingDue: z.optional(textEntry(20)),
  }),
);

/** Every medication action, checked at the edge before any machine sees it. */
export const medicationActionSchema = schemaOf<MedicationAction>()(
  z.discriminatedUnion('type', [
    handsCleanedActionSchema,
    patientIdentifiedActionSchema,
    providerAlertedActionSchema,
    z.strictObject({ type: z.literal('storage.log-read'), unitId: idEntry() }),
    z.strictObject({ type: z.literal('storage.excursion-reported'), unitId: idEntry() }),
    z.strictObject({ type: z.literal('order.reviewed'), testId: z.enum(TEST_IDS) }),
    z.strictObject({ type: z.literal('order.returned'), testId: z.enum(TEST_IDS), reason: z.enum(ORDER_RETURN_REASONS) }),
    z.strictObject({ type: z.literal('allergies.checked') }),
    z.strictObject({ type: z.literal('vial.label-read'), vialId: idEntry(), moment: z.enum(LABEL_CHECK_MOMENTS) }),
    z.strictObject({
      type: z.literal('dose.drawn-up'),
      vialId: idEntry(),
      volumeMl: z.number().check(z.gte(0), z.lte(5)),
      needle: z.strictObject({ gauge: z.literal(NEEDLE_GAUGES), length: z.enum(NEEDLE_LENGTHS) }),
    }),
    z.strictObject({ type: z.literal('vis.given'), testId: z.enum(TEST_IDS), edition: typedDate() }),
    z.strictObject({
      type: z.literal('injection.given'),
      vialId: idEntry(),
      site: z.enum(INJECTION_SITES),
      route: z.enum(MEDICATION_ROUTES),
      angle: z.literal(INSERTION_ANGLES),
      aspirated: z.boolean(),
    }),
    z.strictObject({ type: z.literal('syringe.discarded'), recapped: z.boolean() }),
    z.strictObject({ type: z.literal('wheal.checked'), testId: z.enum(TEST_IDS) }),
    z.strictObject({ type: z.literal('induration.recorded'), testId: z.enum(TEST_IDS), mm: z.number().check(z.gte(0), z.lte(100)) }),
    z.strictObject({ type: z.literal('administration.recorded'), testId: z.enum(TEST_IDS), record: AdministrationRecordEntrySchema }),
    z.strictObject({ type: z.literal('registry.reported'), testId: z.enum(TEST_IDS) }),
    z.strictObject({ type: z.literal('observation.started') }),
    z.strictObject({ type: z.literal('patient.laid-down') }),
    z.strictObject({ type: z.literal('observation.ended') }),
    z.strictObject({ type: z.literal('medication.finished') }),
  ]),
);

/** One example of each medication action, for the action samples that probe the machines. */
export const MEDICATION_ACTION_SAMPLES: readonly MedicationAction[] = [
  { type: 'hands.cleaned' },
  { type: 'patient.identified', question: 'open', identifiers: ['full-name', 'date-of-birth'] },
  { type: 'provider.alerted' },
  { type: 'storage.log-read', unitId: 'fridge-1' },
  { type: 'storage.excursion-reported', unitId: 'fridge-1' },
  { type: 'order.reviewed', testId: 'influenza-vaccine' },
  { type: 'order.returned', testId: 'influenza-vaccine', reason: 'not-signed' },
  { type: 'allergies.checked' },
  { type: 'vial.label-read', vialId: 'influenza-vaccine-1', moment: 'from-storage' },
  { type: 'dose.drawn-up', vialId: 'influenza-vaccine-1', volumeMl: 0.5, needle: { gauge: 23, length: '1' } },
  { type: 'vis.given', testId: 'influenza-vaccine', edition: '2023-08-06' },
  { type: 'injection.given', vialId: 'influenza-vaccine-1', site: 'left-deltoid', route: 'intramuscular', angle: 90, aspirated: false },
  { type: 'syringe.discarded', recapped: false },
  { type: 'wheal.checked', testId: 'tuberculin-skin-test' },
  { type: 'induration.recorded', testId: 'tuberculin-skin-test-reading', mm: 0 },
  {
    type: 'administration.recorded',
    testId: 'influenza-vaccine',
    record: {
      date: '2026-10-14',
      vaccine: 'Influenza, inactivated',
      manufacturer: 'Sanofi Pasteur',
      lot: 'FLU1234',
      site: 'left-deltoid',
      route: 'intramuscular',
      doseMl: 0.5,
      visEdition: '2023-08-06',
      visGivenOn: '2026-10-14',
      administeredBy: { name: 'Sam Rivera', title: 'CMA' },
    },
  },
  { type: 'registry.reported', testId: 'influenza-vaccine' },
  { type: 'observation.started' },
  { type: 'patient.laid-down' },
  { type: 'observation.ended' },
  { type: 'medication.finished' },
];
