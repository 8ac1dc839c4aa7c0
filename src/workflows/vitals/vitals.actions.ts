/**
 * The trainee's actions while rooming a patient and taking vital signs, as typed events
 * named as facts. `hands.cleaned`, `patient.identified` and `provider.alerted` are shared
 * with the specimen workflow (`../shared/patient-contact.ts`): cleaning hands, identifying
 * the patient and escalating to the provider work the same at the lab station as in the
 * exam room.
 */
import type { TEMPERATURE_ROUTES } from '../../scenario/scenario.schema';
import { BP_CUFF_SIZE_IDS, type FlaggableVital } from '../../reference/vital-signs';
import type { HandsCleanedAction, PatientIdentifiedAction, ProviderAlertedAction } from '../shared/patient-contact';

/** A route a temperature is taken by. */
export type TemperatureRoute = (typeof TEMPERATURE_ROUTES)[number];

/** Blood-pressure cuffs on the wall: a child cuff and the four adult sizes, smallest first. */
export const BP_CUFFS = ['child', ...BP_CUFF_SIZE_IDS] as const;
/** One blood-pressure cuff. */
export type BpCuff = (typeof BP_CUFFS)[number];

/** How the patient sits for a blood pressure. */
export const BP_POSITIONS = ['seated-back-supported-feet-flat', 'seated-on-exam-table', 'seated-legs-crossed'] as const;
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
  | { readonly type: 'vitals.flagged'; readonly vitals: readonly FlaggableVital[] }
  | ProviderAlertedAction
  | { readonly type: 'patient.ready-for-provider' };

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
  { type: 'vitals.flagged', vitals: ['blood-pressure'] },
  { type: 'provider.alerted' },
  { type: 'patient.ready-for-provider' },
];
