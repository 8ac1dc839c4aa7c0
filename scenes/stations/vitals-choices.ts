/**
 * What the exam-room panel offers and how it turns the trainee's entries into actions:
 * the cuffs with the arm band each fits, the positions, the temperature routes, the vital
 * signs that can be flagged, and the vitals form as typed text → the `RecordedVitals` the
 * trainee charts. Pure: no DOM, no rule. A blank entry is charted as blank (null); the
 * machine judges what was charted.
 */
import { BP_CUFF_SIZES, bmi, CHILD_CUFF_SIZES, type FlaggableVital } from '../../src/reference/vital-signs';
import { TEMPERATURE_ROUTES } from '../../src/scenario/scenario.schema';
import {
  BP_CUFFS,
  BP_POSITIONS,
  type BpCuff,
  type BpPosition,
  type RecordedVitals,
  STANDING_MINUTE_CHOICES,
  SUPINE_REST_CHOICES,
  type TemperatureRoute,
  type VitalsFlag,
} from '../../src/workflows/vitals/vitals.actions';
import type { Choice } from './kit/controls';

/** The cuffs on the wall, smallest first, each labelled with the arm circumferences it fits. */
export const CUFF_CHOICES: readonly Choice<BpCuff>[] = BP_CUFFS.map((cuff) => {
  if (cuff === 'infant' || cuff === 'child') {
    const child = CHILD_CUFF_SIZES.find((s) => s.id === cuff)!;
    const band = child.overCm === null ? `up to ${child.upToCm} cm` : `over ${child.overCm} cm, under ${BP_CUFF_SIZES[0].armCircumferenceCm.min} cm`;
    return { value: cuff, label: `${child.displayName} — arm ${band}` };
  }
  const size = BP_CUFF_SIZES.find((s) => s.id === cuff)!;
  return { value: cuff, label: `${size.displayName} — arm ${size.armCircumferenceCm.min}–${size.armCircumferenceCm.max} cm` };
});

const POSITION_LABELS: Readonly<Record<BpPosition, string>> = {
  'seated-back-supported-feet-flat': 'In the chair, back supported, feet flat on the floor',
  'seated-on-exam-table': 'On the exam table, feet dangling',
  'seated-legs-crossed': 'In the chair, legs crossed',
  'lying-supine': 'Lying on the exam table, calm, arm supported',
  'on-parent-lap': 'Held calm on the parent’s lap, arm supported',
};

/** How the patient can sit or lie for the blood pressure: the positions offered at the patient's age (`BP_POSITIONS_BY_AGE`), in the order given. */
export function positionChoices(offered: readonly BpPosition[]): readonly Choice<BpPosition>[] {
  return offered.map((value) => ({ value, label: POSITION_LABELS[value] }));
}

/** Every position with its label, as the chair positions are offered from 3 years. */
export const POSITION_CHOICES: readonly Choice<BpPosition>[] = BP_POSITIONS.map((value) => ({ value, label: POSITION_LABELS[value] }));

const ROUTE_LABELS: Readonly<Record<TemperatureRoute, string>> = {
  oral: 'Oral',
  tympanic: 'Tympanic (ear)',
  temporal: 'Temporal (forehead)',
  axillary: 'Axillary (armpit)',
  rectal: 'Rectal',
};

/** The thermometer on the tray for each route. */
const THERMOMETERS: Readonly<Record<TemperatureRoute, string>> = {
  oral: 'electronic thermometer, blue probe under the tongue',
  tympanic: 'infrared ear thermometer with a probe cover',
  temporal: 'temporal-artery scanner stroked across the forehead',
  axillary: 'electronic thermometer, blue probe high in the armpit',
  rectal: 'electronic thermometer, red probe, lubricated',
};

/** The routes the thermometer can be used by (the chart's route list). */
export const ROUTE_CHOICES: readonly Choice<TemperatureRoute>[] = TEMPERATURE_ROUTES.map((value) => ({ value, label: ROUTE_LABELS[value] }));

/** The routes with the thermometer each one uses, for choosing how to take the temperature. */
export const THERMOMETER_CHOICES: readonly Choice<TemperatureRoute>[] = TEMPERATURE_ROUTES.map((value) => ({ value, label: `${ROUTE_LABELS[value]} — ${THERMOMETERS[value]}` }));

/** How long the patient lies flat before the lying reading of an orthostatic set. */
export const REST_CHOICES: readonly Choice<string>[] = SUPINE_REST_CHOICES.map((minutes) => ({ value: String(minutes), label: `After ${minutes} minute${minutes === 1 ? '' : 's'} lying flat` }));

/** When the standing reading is taken, in minutes after the patient stands up. */
export const STANDING_CHOICES: readonly Choice<string>[] = STANDING_MINUTE_CHOICES.map((minutes) => ({
  value: String(minutes),
  label: minutes === 0 ? 'As soon as the patient is up' : `${minutes} minute${minutes === 1 ? '' : 's'} after standing up`,
}));

/** The flag for a positive orthostatic set, offered where orthostatics were ordered. */
export const ORTHOSTATIC_FLAG_CHOICE: Choice<VitalsFlag> = { value: 'orthostatic', label: 'Orthostatic: a drop or dizziness on standing' };

/** The words for a route, as the chart and the thermometer show it. */
export function routeLabel(route: TemperatureRoute): string {
  return ROUTE_LABELS[route];
}

const FLAG_LABELS: Readonly<Record<FlaggableVital, string>> = {
  'blood-pressure': 'Blood pressure',
  pulse: 'Pulse',
  respirations: 'Respirations',
  temperature: 'Temperature',
  spo2: 'SpO₂',
};

/** The vital signs the trainee can flag as abnormal, in chart order. */
export const FLAG_CHOICES: readonly Choice<FlaggableVital>[] = (['blood-pressure', 'pulse', 'respirations', 'temperature', 'spo2'] as const).map((value) => ({
  value,
  label: FLAG_LABELS[value],
}));

/** The vitals form as the trainee typed it: every entry is text, the route a choice. */
export interface VitalsDraft {
  readonly heightCm: string;
  readonly weightKg: string;
  readonly bmi: string;
  readonly temperatureC: string;
  readonly temperatureRoute: TemperatureRoute | '';
  readonly pulsePerMinute: string;
  readonly respirationsPerMinute: string;
  readonly systolicMmHg: string;
  readonly diastolicMmHg: string;
  readonly spo2Percent: string;
  readonly painScore: string;
  /** Under 2 years: the head circumference. */
  readonly headCircumferenceCm: string;
}

/** The text entries of the vitals form, in the order the form shows them. */
export const VITALS_FIELDS = [
  { key: 'heightCm', label: 'Height', unit: 'cm' },
  { key: 'weightKg', label: 'Weight', unit: 'kg' },
  { key: 'headCircumferenceCm', label: 'Head circumference', unit: 'cm' },
  { key: 'bmi', label: 'BMI', unit: 'kg/m²' },
  { key: 'temperatureC', label: 'Temperature', unit: '°C' },
  { key: 'pulsePerMinute', label: 'Pulse', unit: '/min' },
  { key: 'respirationsPerMinute', label: 'Respirations', unit: '/min' },
  { key: 'systolicMmHg', label: 'Systolic', unit: 'mmHg' },
  { key: 'diastolicMmHg', label: 'Diastolic', unit: 'mmHg' },
  { key: 'spo2Percent', label: 'SpO₂', unit: '%' },
  { key: 'painScore', label: 'Pain', unit: '/10' },
] as const satisfies readonly { key: Exclude<keyof VitalsDraft, 'temperatureRoute'>; label: string; unit: string }[];

/**
 * The form's entries for a patient: without BMI under 2 years (weight-for-length instead), and
 * the height called length where the child was measured lying on the length board; without the
 * blood pressure where none is taken (`bloodPressure: false`) and without the pain score where
 * no pain scale fits the age (`pain: false`).
 */
export function vitalsFieldsFor(options: { bmi: boolean; length: boolean; head?: boolean; bloodPressure?: boolean; pain?: boolean }): readonly { key: (typeof VITALS_FIELDS)[number]['key']; label: string; unit: string }[] {
  const left = new Set<string>([
    ...(options.bmi ? [] : ['bmi']),
    ...(options.head === true ? [] : ['headCircumferenceCm']),
    ...(options.bloodPressure === false ? ['systolicMmHg', 'diastolicMmHg'] : []),
    ...(options.pain === false ? ['painScore'] : []),
  ]);
  return VITALS_FIELDS.filter((field) => !left.has(field.key)).map((field) => (options.length && field.key === 'heightCm' ? { ...field, label: 'Length' } : field));
}

/**
 * The entries of the form (`fields`, those the patient's age calls for: `vitalsFieldsFor`) left
 * blank or unreadable, by their labels, and the thermometer's route where a temperature is typed
 * without one: what the station names before a save that would chart them blank.
 */
export function blankEntries(draft: VitalsDraft, fields: readonly { key: (typeof VITALS_FIELDS)[number]['key']; label: string }[]): string[] {
  const blank = fields.filter((field) => parseEntry(draft[field.key]) === null).map((field) => field.label);
  const routeLeft = fields.some((field) => field.key === 'temperatureC') && parseEntry(draft.temperatureC) !== null && draft.temperatureRoute === '';
  return routeLeft ? [...blank, 'Temperature route'] : blank;
}

/** An empty vitals form. */
export const EMPTY_VITALS_DRAFT: VitalsDraft = {
  heightCm: '',
  weightKg: '',
  bmi: '',
  temperatureC: '',
  temperatureRoute: '',
  pulsePerMinute: '',
  respirationsPerMinute: '',
  systolicMmHg: '',
  diastolicMmHg: '',
  spo2Percent: '',
  painScore: '',
  headCircumferenceCm: '',
};

/** A typed number ("36,8" reads as 36.8); blank or unreadable text is a blank entry. */
export function parseEntry(text: string): number | null {
  const cleaned = text.trim().replace(',', '.');
  if (cleaned === '' || !/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** The vitals the trainee charts from the form, exactly as typed. */
export function recordedFromDraft(draft: VitalsDraft): RecordedVitals {
  return {
    heightCm: parseEntry(draft.heightCm),
    weightKg: parseEntry(draft.weightKg),
    bmi: parseEntry(draft.bmi),
    temperatureC: parseEntry(draft.temperatureC),
    temperatureRoute: draft.temperatureRoute === '' ? null : draft.temperatureRoute,
    pulsePerMinute: parseEntry(draft.pulsePerMinute),
    respirationsPerMinute: parseEntry(draft.respirationsPerMinute),
    systolicMmHg: parseEntry(draft.systolicMmHg),
    diastolicMmHg: parseEntry(draft.diastolicMmHg),
    spo2Percent: parseEntry(draft.spo2Percent),
    painScore: parseEntry(draft.painScore),
    // Charted only where typed (under 2 years): an adult's record stays as it was.
    ...(parseEntry(draft.headCircumferenceCm) === null ? {} : { headCircumferenceCm: parseEntry(draft.headCircumferenceCm) }),
  };
}

/** Whether nothing at all was typed into the form (every entry blank, no route): a save the station refuses. */
export function isBlankRecord(values: RecordedVitals): boolean {
  return Object.values(values).every((value) => value === null);
}

/** The chart's BMI calculator: weight ÷ height² from the typed entries, as text; blank when either is missing. */
export function bmiText(draft: Pick<VitalsDraft, 'heightCm' | 'weightKg'>): string {
  const height = parseEntry(draft.heightCm);
  const weight = parseEntry(draft.weightKg);
  if (height === null || weight === null || height <= 0 || weight <= 0) return '';
  return String(bmi(weight, height));
}
