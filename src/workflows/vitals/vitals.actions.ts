/**
 * The trainee's actions while rooming a patient and taking vital signs, as typed events
 * named as facts. `hands.cleaned`, `patient.identified` and `provider.alerted` are shared
 * with the specimen workflow (`../shared/patient-contact.ts`): cleaning hands, identifying
 * the patient and escalating to the provider work the same at the lab station as in the
 * exam room.
 */
import { TEMPERATURE_ROUTES } from '../../scenario/scenario.schema';
import { textEntry } from '../../scenario/entries';
import { schemaOf, z } from '../../scenario/zod';
import { BP_CUFF_SIZE_IDS, BP_POSITION_IDS, FLAGGABLE_VITALS } from '../../reference/vital-signs';
import {
  type HandsCleanedAction,
  handsCleanedActionSchema,
  type PatientIdentifiedAction,
  patientIdentifiedActionSchema,
  type ProviderAlertedAction,
  providerAlertedActionSchema,
} from '../shared/patient-contact';

/** A route a temperature is taken by. */
export type TemperatureRoute = (typeof TEMPERATURE_ROUTES)[number];

/** Blood-pressure cuffs on the wall: the infant and child cuffs and the four adult sizes, smallest first. */
export const BP_CUFFS = ['infant', 'child', ...BP_CUFF_SIZE_IDS] as const;
/** One blood-pressure cuff. */
export type BpCuff = (typeof BP_CUFFS)[number];

/** How the patient sits, lies or is held for a blood pressure (which fit the age: `BP_POSITIONS_BY_AGE`). */
export const BP_POSITIONS = BP_POSITION_IDS;
/** One position for a blood pressure. */
export type BpPosition = (typeof BP_POSITIONS)[number];

/** The technique of one blood-pressure measurement. */
export interface BpTechnique {
  readonly cuff: BpCuff;
  readonly position: BpPosition;
  /** The patient sat quietly for 5 minutes first. */
  readonly rested: boolean;
  /** The arm is supported with the cuff's middle at heart level. */
  readonly armAtHeartLevel: boolean;
  /** The patient (or the trainee) talked during the measurement. */
  readonly talking: boolean;
}

/** What the trainee can flag for the provider: a vital sign outside its range, or a positive orthostatic set. */
export const VITALS_FLAGS = [...FLAGGABLE_VITALS, 'orthostatic'] as const;
/** One flag of the review. */
export type VitalsFlag = (typeof VITALS_FLAGS)[number];

/** The minutes lying down before the supine reading of an orthostatic set that the station offers. */
export const SUPINE_REST_CHOICES = [1, 3, 5, 10] as const;
/** The minutes after standing up that the station offers for a standing reading. */
export const STANDING_MINUTE_CHOICES = [0, 1, 3, 5] as const;

/** The vital signs as the trainee writes them in the chart; null is an entry left blank. */
export interface RecordedVitals {
  readonly heightCm: number | null;
  readonly weightKg: number | null;
  readonly bmi: number | null;
  readonly temperatureC: number | null;
  readonly temperatureRoute: TemperatureRoute | null;
  readonly pulsePerMinute: number | null;
  readonly respirationsPerMinute: number | null;
  readonly systolicMmHg: number | null;
  readonly diastolicMmHg: number | null;
  readonly spo2Percent: number | null;
  readonly painScore: number | null;
  /** Under 2 years: the head circumference, in cm (absent or null: not charted; not scored). */
  readonly headCircumferenceCm?: number | null;
}

/** Every action of rooming and vital signs. */
export type VitalsAction =
  | HandsCleanedAction
  | PatientIdentifiedAction
  | { readonly type: 'allergies.reconciled'; readonly allergies: readonly string[] }
  | { readonly type: 'medications.reconciled' }
  | { readonly type: 'chief-complaint.recorded'; readonly text: string }
  | { readonly type: 'height-weight.measured' }
  | { readonly type: 'temperature.measured'; readonly route: TemperatureRoute }
  | { readonly type: 'pulse.measured' }
  | { readonly type: 'respirations.measured' }
  | { readonly type: 'spo2.measured' }
  | { readonly type: 'pain.assessed' }
  | { readonly type: 'blood-pressure.measured'; readonly technique: BpTechnique }
  | { readonly type: 'vitals.recorded'; readonly values: RecordedVitals }
  /** Orthostatic set: blood pressure and pulse lying down, after `restedMinutes` of rest. */
  | { readonly type: 'orthostatic.supine-measured'; readonly restedMinutes: number }
  /** Orthostatic set: blood pressure and pulse `minutesStanding` after standing up, the trainee at the patient's side (`steadied`) or not. */
  | { readonly type: 'orthostatic.standing-measured'; readonly minutesStanding: number; readonly steadied: boolean }
  /** A patient dizzy on standing is helped back to lying down. */
  | { readonly type: 'orthostatic.patient-lowered' }
  | { readonly type: 'vitals.flagged'; readonly vitals: readonly VitalsFlag[] }
  | ProviderAlertedAction
  | { readonly type: 'patient.ready-for-provider' }
  /** Rooming is over and, on the clinic's standing order, the patient goes to the ECG bed before the provider's visit. */
  | { readonly type: 'patient.sent-for-ecg' };

/** A finite number from `min` to `max` (a typed 400 nines, `Infinity` or `NaN` is refused). */
function reading(min: number, max: number) {
  return z.number().check(z.gte(min), z.lte(max));
}

/**
 * The vital signs as charted, each blank (null) or a finite number within the game's own
 * bounds (design choices, not a published standard). They are wider than any reading the
 * game's instruments can draw from a valid scenario (its truths, scatter, cuff and
 * technique bias) plus the novice's charting slips (a systolic rounded or misread by 10, a
 * pulse off by 4), so a wrong value is still charted and judged as a finding; only a value
 * no instrument shows (400 nines, Infinity, NaN, a negative weight) is refused. BMI is
 * derived, not read: up to 10,000, above the scenario's extremes (350 kg at 30 cm is about
 * 3,900). Blood pressure goes to 400 mmHg for the biased readings of a systolic truth at the
 * scenario's maximum of 260. Temperature is in °C, 25–46. Pain is the 0–10 numeric scale.
 */
const RecordedVitalsSchema = schemaOf<RecordedVitals>()(
  z.strictObject({
    heightCm: z.nullable(reading(0, 300)),
    weightKg: z.nullable(reading(0, 500)),
    bmi: z.nullable(reading(0, 10_000)),
    temperatureC: z.nullable(reading(25, 46)),
    temperatureRoute: z.nullable(z.enum(TEMPERATURE_ROUTES)),
    pulsePerMinute: z.nullable(reading(0, 300)),
    respirationsPerMinute: z.nullable(reading(0, 150)),
    systolicMmHg: z.nullable(reading(0, 400)),
    diastolicMmHg: z.nullable(reading(0, 400)),
    spo2Percent: z.nullable(reading(0, 100)),
    painScore: z.nullable(reading(0, 10).check(z.int())),
    headCircumferenceCm: z.optional(z.nullable(reading(0, 100))),
  }),
);

/** Every vitals action, checked at the edge before any machine sees it. */
export const vitalsActionSchema = schemaOf<VitalsAction>()(
  z.discriminatedUnion('type', [
    handsCleanedActionSchema,
    patientIdentifiedActionSchema,
    z.strictObject({ type: z.literal('allergies.reconciled'), allergies: z.array(textEntry(120)).check(z.maxLength(50)) }),
    z.strictObject({ type: z.literal('medications.reconciled') }),
    z.strictObject({ type: z.literal('chief-complaint.recorded'), text: textEntry(500) }),
    z.strictObject({ type: z.literal('height-weight.measured') }),
    z.strictObject({ type: z.literal('temperature.measured'), route: z.enum(TEMPERATURE_ROUTES) }),
    z.strictObject({ type: z.literal('pulse.measured') }),
    z.strictObject({ type: z.literal('respirations.measured') }),
    z.strictObject({ type: z.literal('spo2.measured') }),
    z.strictObject({ type: z.literal('pain.assessed') }),
    z.strictObject({
      type: z.literal('blood-pressure.measured'),
      technique: z.strictObject({ cuff: z.enum(BP_CUFFS), position: z.enum(BP_POSITIONS), rested: z.boolean(), armAtHeartLevel: z.boolean(), talking: z.boolean() }),
    }),
    z.strictObject({ type: z.literal('vitals.recorded'), values: RecordedVitalsSchema }),
    z.strictObject({ type: z.literal('orthostatic.supine-measured'), restedMinutes: z.number().check(z.int(), z.gte(0), z.lte(30)) }),
    z.strictObject({ type: z.literal('orthostatic.standing-measured'), minutesStanding: z.number().check(z.int(), z.gte(0), z.lte(30)), steadied: z.boolean() }),
    z.strictObject({ type: z.literal('orthostatic.patient-lowered') }),
    z.strictObject({ type: z.literal('vitals.flagged'), vitals: z.array(z.enum(VITALS_FLAGS)).check(z.maxLength(VITALS_FLAGS.length * 2)) }),
    providerAlertedActionSchema,
    z.strictObject({ type: z.literal('patient.ready-for-provider') }),
    z.strictObject({ type: z.literal('patient.sent-for-ecg') }),
  ]),
);

/** One example of each vitals action, for the action samples that probe the machines. */
export const VITALS_ACTION_SAMPLES: readonly VitalsAction[] = [
  { type: 'hands.cleaned' },
  { type: 'patient.identified', question: 'open', identifiers: ['full-name', 'date-of-birth'] },
  { type: 'allergies.reconciled', allergies: ['Penicillin'] },
  { type: 'medications.reconciled' },
  { type: 'chief-complaint.recorded', text: 'Here for my check-up' },
  { type: 'height-weight.measured' },
  { type: 'temperature.measured', route: 'oral' },
  { type: 'pulse.measured' },
  { type: 'respirations.measured' },
  { type: 'spo2.measured' },
  { type: 'pain.assessed' },
  {
    type: 'blood-pressure.measured',
    technique: { cuff: 'adult', position: 'seated-back-supported-feet-flat', rested: true, armAtHeartLevel: true, talking: false },
  },
  {
    type: 'vitals.recorded',
    values: {
      heightCm: 165,
      weightKg: 70,
      bmi: 25.7,
      temperatureC: 36.8,
      temperatureRoute: 'oral',
      pulsePerMinute: 72,
      respirationsPerMinute: 16,
      systolicMmHg: 118,
      diastolicMmHg: 76,
      spo2Percent: 98,
      painScore: 0,
    },
  },
  { type: 'orthostatic.supine-measured', restedMinutes: 5 },
  { type: 'orthostatic.standing-measured', minutesStanding: 1, steadied: true },
  { type: 'orthostatic.patient-lowered' },
  { type: 'vitals.flagged', vitals: ['blood-pressure'] },
  { type: 'provider.alerted' },
  { type: 'patient.ready-for-provider' },
  { type: 'patient.sent-for-ecg' },
];
