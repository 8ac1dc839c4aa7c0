/**
 * Vital-sign reference data: normal ranges by age band, adult blood-pressure categories,
 * thresholds that must go to the provider at once, BP cuff sizing and BMI.
 *
 * Sources disagree on several "normal" values, so each set is data with its source (and,
 * for children, its edition) so a program can choose.
 */
import { ageInDays, ageInMonths, ageInYears, type IsoDate } from './iso-date';
import { SOURCES, checked, type Source, type Sourced } from './source';

export { ageInDays, ageInMonths, ageInYears } from './iso-date';
export * from './vitals';

// ---------------------------------------------------------------------------
// Age bands
// ---------------------------------------------------------------------------

/** Age bands used for vital-sign ranges, youngest first. */
export const AGE_BANDS = ['neonate', 'infant', 'toddler', 'preschool', 'school-age', 'adolescent', 'adult'] as const;
/** One vital-sign age band. */
export type AgeBand = (typeof AGE_BANDS)[number];
/** The age bands that have a paediatric table. */
export type PediatricAgeBand = Exclude<AgeBand, 'adult'>;

/** Where each age band starts, as in the PALS table tabulated by PedsCases. */
export const AGE_BAND_BOUNDARIES = [
  { band: 'neonate', from: { days: 0 }, label: 'under 28 days', source: SOURCES.pedsCasesVitalSigns },
  { band: 'infant', from: { days: 28 }, label: '28 days to 11 months', source: SOURCES.pedsCasesVitalSigns },
  { band: 'toddler', from: { years: 1 }, label: '1–2 years', source: SOURCES.pedsCasesVitalSigns },
  { band: 'preschool', from: { years: 3 }, label: '3–5 years', source: SOURCES.pedsCasesVitalSigns },
  { band: 'school-age', from: { years: 6 }, label: '6–11 years', source: SOURCES.pedsCasesVitalSigns },
  { band: 'adolescent', from: { years: 12 }, label: '12–15 years', source: SOURCES.pedsCasesVitalSigns },
  {
    band: 'adult',
    from: { years: 16 },
    label: '16 years and over',
    source: checked(
      SOURCES.pedsCasesVitalSigns,
      'The paediatric table ends at 15 years; from 16 the adult ranges apply (our reading of the table).',
    ),
  },
] as const satisfies readonly ({ band: AgeBand; from: { days: number } | { years: number }; label: string } & Sourced)[];

/** The vital-sign age band of a patient born on `dateOfBirth`, on `onDate`. */
export function ageBand(dateOfBirth: IsoDate, onDate: IsoDate): AgeBand {
  const years = ageInYears(dateOfBirth, onDate);
  if (years >= 16) return 'adult';
  if (years >= 12) return 'adolescent';
  if (years >= 6) return 'school-age';
  if (years >= 3) return 'preschool';
  if (years >= 1) return 'toddler';
  return ageInDays(dateOfBirth, onDate) < 28 ? 'neonate' : 'infant';
}

// ---------------------------------------------------------------------------
// Ranges
// ---------------------------------------------------------------------------

/** An inclusive range of normal values. */
export interface VitalRange {
  readonly min: number;
  readonly max: number;
}

/** True if `value` lies inside the inclusive range. */
export function isWithin(range: VitalRange, value: number): boolean {
  return value >= range.min && value <= range.max;
}

/** Adult normal ranges (MedlinePlus). Respirations have a second, wider set: see `ADULT_RESPIRATION_RANGES`. */
export const ADULT_VITAL_SIGNS = {
  heartRatePerMin: { min: 60, max: 100 },
  respirationsPerMin: { min: 12, max: 18 },
  oralTemperatureF: { min: 97.8, max: 99.1 },
  oralTemperatureC: { min: 36.5, max: 37.3 },
  source: checked(SOURCES.medlinePlusVitalSigns, 'Checked on the MedlinePlus page: breathing 12–18/min, pulse 60–100/min, temperature 97.8–99.1 °F (36.5–37.3 °C) for the average healthy adult at rest.'),
} as const;

/** Ids of the adult respiration-rate sets a program can choose. */
export const ADULT_RESPIRATION_SET_IDS = ['medlineplus', 'ma-text'] as const;
/** One adult respiration-rate set. */
export type AdultRespirationSetId = (typeof ADULT_RESPIRATION_SET_IDS)[number];

/** Adult respiration-rate sets: MedlinePlus 12–18 and the 12–20 many MA texts teach. */
export const ADULT_RESPIRATION_RANGES = [
  { id: 'medlineplus', range: { min: 12, max: 18 }, source: SOURCES.medlinePlusVitalSigns },
  {
    id: 'ma-text',
    range: { min: 12, max: 20 },
    source: checked(SOURCES.mosbyRespirationRate, 'Secondary: the 12–20/min range many MA and nursing texts teach.'),
  },
] as const satisfies readonly ({ id: AdultRespirationSetId; range: VitalRange } & Sourced)[];

/**
 * Fever threshold for all ages when the route is not known, and for adults by any route: a
 * measured 100.4 °F / 38.0 °C (CDC). Children's readings by a known route are judged by that
 * route's threshold (`FEVER_BY_ROUTE`, Schmitt's paediatric advice).
 */
export const FEVER_THRESHOLD = {
  atOrAboveF: 100.4,
  atOrAboveC: 38.0,
  source: checked(
    SOURCES.cdcFeverDefinition,
    'A measured 100.4 °F (38 °C) or more, for anyone. For infants the AAP 2021 febrile-infant guideline (aap2021FebrileInfant) uses the same 38.0 °C, and Schmitt\'s paediatric advice (schmittFeverTakeTemperature) gives rectal, forehead or ear ≥ 38.0 °C.',
  ),
} as const;

/** SpO₂: normal about 95–100 %; at or below 92 % is usually reported to the provider. */
export const SPO2_REFERENCE = {
  normal: { min: 95, max: 100 },
  reportAtOrBelow: 92,
  source: checked(
    SOURCES.nhsPulseOximeterHome,
    'Secondary, not confirmed for the office: the NHS home-monitoring guide puts the ideal at 95–99 % and 92 % or less as urgent; consumer health pages repeat "contact a provider below 92 %"; no primary guideline for a ≤ 92 % report threshold in an office was found. Pulse oximeters can over-read on darker skin (FDA 2021).',
  ),
  verified: false,
} as const;

/** Editions of the paediatric vital-sign table a program may choose. */
export const PEDIATRIC_VITAL_SIGN_EDITIONS = ['pals-2015-2020'] as const;
/** One paediatric vital-sign table edition. */
export type PediatricVitalSignEdition = (typeof PEDIATRIC_VITAL_SIGN_EDITIONS)[number];

/** One row of a paediatric vital-sign table. */
export interface PediatricVitalSignRow extends Sourced {
  readonly edition: PediatricVitalSignEdition;
  readonly band: PediatricAgeBand;
  readonly heartRateAwakePerMin: VitalRange;
  readonly respirationsPerMin: VitalRange;
  readonly systolicMmHg: VitalRange;
}

const pals = checked(SOURCES.pedsCasesVitalSigns, 'Checked on copies of the PedsCases chart (PALS Guidelines 2015): awake heart rate, respiratory rate and systolic range by age band, and systolic hypotension < 60, < 70, < 70 + 2 × age, < 90; PALS 2006 values differ.');

/** Paediatric normal ranges by age band (PALS 2015/2020 as tabulated by PedsCases). */
export const PEDIATRIC_VITAL_SIGNS: readonly PediatricVitalSignRow[] = [
  { edition: 'pals-2015-2020', band: 'neonate', heartRateAwakePerMin: { min: 100, max: 205 }, respirationsPerMin: { min: 30, max: 53 }, systolicMmHg: { min: 67, max: 84 }, source: pals },
  { edition: 'pals-2015-2020', band: 'infant', heartRateAwakePerMin: { min: 100, max: 190 }, respirationsPerMin: { min: 30, max: 53 }, systolicMmHg: { min: 72, max: 104 }, source: pals },
  { edition: 'pals-2015-2020', band: 'toddler', heartRateAwakePerMin: { min: 98, max: 140 }, respirationsPerMin: { min: 22, max: 37 }, systolicMmHg: { min: 86, max: 106 }, source: pals },
  { edition: 'pals-2015-2020', band: 'preschool', heartRateAwakePerMin: { min: 80, max: 120 }, respirationsPerMin: { min: 20, max: 28 }, systolicMmHg: { min: 89, max: 112 }, source: pals },
  { edition: 'pals-2015-2020', band: 'school-age', heartRateAwakePerMin: { min: 75, max: 118 }, respirationsPerMin: { min: 18, max: 25 }, systolicMmHg: { min: 97, max: 120 }, source: pals },
  { edition: 'pals-2015-2020', band: 'adolescent', heartRateAwakePerMin: { min: 60, max: 100 }, respirationsPerMin: { min: 12, max: 20 }, systolicMmHg: { min: 110, max: 131 }, source: pals },
];

/** Normal ranges for one age band. Adults have no systolic range: they use the BP categories. */
export interface VitalSignRanges {
  readonly band: AgeBand;
  readonly heartRatePerMin: VitalRange;
  readonly respirationsPerMin: VitalRange;
  readonly systolicMmHg: VitalRange | null;
  readonly source: Source;
}

/** The normal ranges for an age band, from the chosen paediatric edition or adult respiration set. */
export function vitalSignRanges(
  band: AgeBand,
  options: { edition?: PediatricVitalSignEdition; adultRespirationSet?: AdultRespirationSetId } = {},
): VitalSignRanges {
  if (band === 'adult') {
    const setId = options.adultRespirationSet ?? 'medlineplus';
    const set = ADULT_RESPIRATION_RANGES.find((s) => s.id === setId) ?? ADULT_RESPIRATION_RANGES[0];
    return {
      band,
      heartRatePerMin: ADULT_VITAL_SIGNS.heartRatePerMin,
      respirationsPerMin: set.range,
      systolicMmHg: null,
      source: ADULT_VITAL_SIGNS.source,
    };
  }
  const edition = options.edition ?? 'pals-2015-2020';
  const row = PEDIATRIC_VITAL_SIGNS.find((r) => r.band === band && r.edition === edition);
  if (row === undefined) throw new RangeError(`No paediatric vital-sign row for ${band} in ${edition}`);
  return {
    band,
    heartRatePerMin: row.heartRateAwakePerMin,
    respirationsPerMin: row.respirationsPerMin,
    systolicMmHg: row.systolicMmHg,
    source: row.source,
  };
}

// ---------------------------------------------------------------------------
// Hypotension
// ---------------------------------------------------------------------------

/** Systolic hypotension thresholds by age (PALS): below the value is hypotension. */
export const HYPOTENSION_THRESHOLDS = [
  { id: 'term-neonate', appliesTo: '0–27 days', systolicBelow: '60', source: pals },
  { id: 'infant', appliesTo: '28 days–11 months', systolicBelow: '70', source: pals },
  { id: 'child-1-to-10', appliesTo: '1–10 years', systolicBelow: '70 + 2 × age in years', source: pals },
  { id: 'over-10', appliesTo: 'over 10 years', systolicBelow: '90', source: pals },
] as const satisfies readonly ({ id: string; appliesTo: string; systolicBelow: string } & Sourced)[];

/** The systolic value below which the patient is hypotensive, by age (PALS). */
export function hypotensionSystolicBelow(dateOfBirth: IsoDate, onDate: IsoDate): number {
  if (ageInDays(dateOfBirth, onDate) < 28) return 60;
  const years = ageInYears(dateOfBirth, onDate);
  if (years < 1) return 70;
  if (years <= 10) return 70 + 2 * years;
  return 90;
}

/**
 * Whether a child's systolic is to be flagged by the PALS table: above the age band's typical
 * range, or below the PALS hypotension threshold for the age. A systolic under the typical
 * range's low end but at or above the threshold (a well 7-year-old's 96) is a low-normal
 * pressure, not a finding: PALS names hypotension by the threshold, not by the range.
 */
export function childSystolicOutside(systolicMmHg: number, range: VitalRange, patient: { dateOfBirth: IsoDate; onDate: IsoDate }): boolean {
  return systolicMmHg > range.max || systolicMmHg < hypotensionSystolicBelow(patient.dateOfBirth, patient.onDate);
}

/** The PALS hypotension threshold for the patient's age in words: "below 84 mmHg systolic (70 + 2 × 7 years)". */
export function hypotensionWords(dateOfBirth: IsoDate, onDate: IsoDate): string {
  const below = hypotensionSystolicBelow(dateOfBirth, onDate);
  const years = ageInYears(dateOfBirth, onDate);
  const formula = ageInDays(dateOfBirth, onDate) < 28 ? 'a term newborn' : years < 1 ? 'an infant' : years <= 10 ? `70 + 2 × ${years} years` : 'over 10 years';
  return `systolic below ${below} mmHg (${formula})`;
}

/**
 * Children under 13 have their BP judged against percentile tables (AAP 2017); from 13 the
 * adult categories apply. The tables and their categories are in `./vitals`
 * (`classifyChildBloodPressure`).
 */
export const ADULT_BP_CATEGORIES_FROM_AGE = {
  years: 13,
  source: checked(SOURCES.aap2017PediatricBp, 'Checked (PubMed abstract): a simplified classification for adolescents 13 years and older that aligns with the adult ACC/AHA guideline; percentile tables below 13.'),
} as const;

// ---------------------------------------------------------------------------
// Adult blood pressure categories
// ---------------------------------------------------------------------------

/** Adult BP categories, lowest first (2017 ACC/AHA, kept in the 2025 guideline). */
export const ADULT_BP_CATEGORIES = ['normal', 'elevated', 'stage-1-hypertension', 'stage-2-hypertension', 'severe'] as const;
/** One adult BP category. */
export type AdultBpCategory = (typeof ADULT_BP_CATEGORIES)[number];

const accAha = checked(SOURCES.accAha2017Hypertension, 'Categories checked in the ACC/AHA "Highlights from the 2017 Guideline" table (copy): normal < 120 and < 80, elevated 120–129 and < 80, stage 1 130–139 or 80–89, stage 2 ≥ 140 or ≥ 90. That the 2025 AHA/ACC guideline keeps them was not re-read.');

/** The adult BP category table, as displayed to the trainee. */
export const ADULT_BP_CATEGORY_TABLE = [
  { category: 'normal', displayName: 'Normal', systolic: '< 120', join: 'and', diastolic: '< 80', source: accAha },
  { category: 'elevated', displayName: 'Elevated', systolic: '120–129', join: 'and', diastolic: '< 80', source: accAha },
  { category: 'stage-1-hypertension', displayName: 'Stage 1 hypertension', systolic: '130–139', join: 'or', diastolic: '80–89', source: accAha },
  { category: 'stage-2-hypertension', displayName: 'Stage 2 hypertension', systolic: '≥ 140', join: 'or', diastolic: '≥ 90', source: accAha },
  { category: 'severe', displayName: 'Severe (hypertensive crisis range)', systolic: '> 180', join: 'and/or', diastolic: '> 120', source: accAha },
] as const satisfies readonly ({ category: AdultBpCategory; displayName: string; systolic: string; join: string; diastolic: string } & Sourced)[];

function systolicCategory(systolic: number): AdultBpCategory {
  if (systolic > 180) return 'severe';
  if (systolic >= 140) return 'stage-2-hypertension';
  if (systolic >= 130) return 'stage-1-hypertension';
  if (systolic >= 120) return 'elevated';
  return 'normal';
}

function diastolicCategory(diastolic: number): AdultBpCategory {
  if (diastolic > 120) return 'severe';
  if (diastolic >= 90) return 'stage-2-hypertension';
  if (diastolic >= 80) return 'stage-1-hypertension';
  return 'normal';
}

/** Adult BP category of one reading, by the higher of the systolic and diastolic categories. */
export function classifyAdultBloodPressure(systolic: number, diastolic: number): AdultBpCategory {
  const bySystolic = ADULT_BP_CATEGORIES.indexOf(systolicCategory(systolic));
  const byDiastolic = ADULT_BP_CATEGORIES.indexOf(diastolicCategory(diastolic));
  return ADULT_BP_CATEGORIES[Math.max(bySystolic, byDiastolic)] ?? 'normal';
}

// ---------------------------------------------------------------------------
// Critical thresholds: report to the provider at once
// ---------------------------------------------------------------------------

/** Ids of the rules that make a vital sign critical (report to the provider at once). */
export const CRITICAL_VITAL_RULE_IDS = ['bp-severe', 'spo2-low', 'infant-fever'] as const;
/** One critical vital-sign rule. */
export type CriticalVitalRuleId = (typeof CRITICAL_VITAL_RULE_IDS)[number];

/**
 * What must be reported to the provider at once. Adult pulse < 40 or > 130 and respirations
 * < 8 or > 30 are not here: no source was found that makes them "critical", so they are
 * flagged as abnormal (outside the normal range) only.
 */
export const CRITICAL_VITAL_THRESHOLDS = {
  'bp-severe': {
    description: 'Adult BP above 180 systolic and/or above 120 diastolic (severe range)',
    systolicAbove: 180,
    diastolicAbove: 120,
    source: accAha,
  },
  'spo2-low': {
    description: 'SpO₂ at or below 92 % (the game’s report threshold, not < 90 %; unconfirmed, see SPO2_REFERENCE)',
    atOrBelowPercent: 92,
    source: SPO2_REFERENCE.source,
    verified: false,
  },
  'infant-fever': {
    description: 'Temperature ≥ 38.0 °C (100.4 °F) in an infant under 3 months',
    atOrAboveC: 38.0,
    underAgeMonths: 3,
    source: checked(
      SOURCES.aap2021FebrileInfant,
      'Checked: the AAP 2021 guideline covers well-appearing term infants 8–60 days with T ≥ 38.0 °C; AAP HealthyChildren advice is to call at once for infants 2 months or younger. Extending the rule to under 3 months follows common pediatric triage advice (secondary) and errs toward reporting.',
    ),
  },
} as const;

/** One vital-sign reading set; any field may be missing. Temperatures in °C. */
export interface VitalReadings {
  readonly systolicMmHg?: number;
  readonly diastolicMmHg?: number;
  readonly pulsePerMin?: number;
  readonly respirationsPerMin?: number;
  readonly temperatureC?: number;
  readonly spo2Percent?: number;
}

/** The vital signs that `assessVitalSigns` can flag. */
export const FLAGGABLE_VITALS = ['blood-pressure', 'pulse', 'respirations', 'temperature', 'spo2'] as const;
/** One flaggable vital sign. */
export type FlaggableVital = (typeof FLAGGABLE_VITALS)[number];

/** A vital sign outside its normal range ('abnormal') or past a report-at-once threshold ('critical'). */
export interface VitalFlag {
  readonly vital: FlaggableVital;
  readonly level: 'abnormal' | 'critical';
  readonly ruleId: CriticalVitalRuleId | 'out-of-range';
  readonly source: Source;
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** °F to °C, to one decimal. */
export function fahrenheitToCelsius(fahrenheit: number): number {
  return roundTo(((fahrenheit - 32) * 5) / 9, 1);
}

/** °C to °F, to one decimal. */
export function celsiusToFahrenheit(celsius: number): number {
  return roundTo((celsius * 9) / 5 + 32, 1);
}

/**
 * Flags each reading as critical (report at once) or abnormal (outside the age band's
 * normal range). Readings inside the range give no flag.
 */
export function assessVitalSigns(
  readings: VitalReadings,
  patient: { dateOfBirth: IsoDate; onDate: IsoDate },
  options: { edition?: PediatricVitalSignEdition; adultRespirationSet?: AdultRespirationSetId } = {},
): VitalFlag[] {
  const band = ageBand(patient.dateOfBirth, patient.onDate);
  const ranges = vitalSignRanges(band, options);
  const flags: VitalFlag[] = [];
  const critical = CRITICAL_VITAL_THRESHOLDS;

  const { systolicMmHg, diastolicMmHg } = readings;
  if (systolicMmHg !== undefined || diastolicMmHg !== undefined) {
    const useAdultCategories = ageInYears(patient.dateOfBirth, patient.onDate) >= ADULT_BP_CATEGORIES_FROM_AGE.years;
    const severe =
      useAdultCategories &&
      ((systolicMmHg ?? 0) > critical['bp-severe'].systolicAbove || (diastolicMmHg ?? 0) > critical['bp-severe'].diastolicAbove);
    if (severe) {
      flags.push({ vital: 'blood-pressure', level: 'critical', ruleId: 'bp-severe', source: critical['bp-severe'].source });
    } else if (useAdultCategories) {
      if (classifyAdultBloodPressure(systolicMmHg ?? 0, diastolicMmHg ?? 0) !== 'normal') {
        flags.push({ vital: 'blood-pressure', level: 'abnormal', ruleId: 'out-of-range', source: accAha });
      }
    } else if (systolicMmHg !== undefined && ranges.systolicMmHg !== null && childSystolicOutside(systolicMmHg, ranges.systolicMmHg, patient)) {
      flags.push({ vital: 'blood-pressure', level: 'abnormal', ruleId: 'out-of-range', source: ranges.source });
    }
  }

  if (readings.pulsePerMin !== undefined && !isWithin(ranges.heartRatePerMin, readings.pulsePerMin)) {
    flags.push({ vital: 'pulse', level: 'abnormal', ruleId: 'out-of-range', source: ranges.source });
  }
  if (readings.respirationsPerMin !== undefined && !isWithin(ranges.respirationsPerMin, readings.respirationsPerMin)) {
    flags.push({ vital: 'respirations', level: 'abnormal', ruleId: 'out-of-range', source: ranges.source });
  }

  if (readings.temperatureC !== undefined) {
    // Rounded so that 100.4 °F converted to °C compares equal to 38.0.
    const celsius = roundTo(readings.temperatureC, 1);
    const infantFever = critical['infant-fever'];
    if (celsius >= infantFever.atOrAboveC && ageInMonths(patient.dateOfBirth, patient.onDate) < infantFever.underAgeMonths) {
      flags.push({ vital: 'temperature', level: 'critical', ruleId: 'infant-fever', source: infantFever.source });
    } else if (celsius >= FEVER_THRESHOLD.atOrAboveC) {
      flags.push({ vital: 'temperature', level: 'abnormal', ruleId: 'out-of-range', source: FEVER_THRESHOLD.source });
    }
  }

  if (readings.spo2Percent !== undefined) {
    if (readings.spo2Percent <= critical['spo2-low'].atOrBelowPercent) {
      flags.push({ vital: 'spo2', level: 'critical', ruleId: 'spo2-low', source: critical['spo2-low'].source });
    } else if (!isWithin(SPO2_REFERENCE.normal, readings.spo2Percent)) {
      flags.push({ vital: 'spo2', level: 'abnormal', ruleId: 'out-of-range', source: SPO2_REFERENCE.source });
    }
  }
  return flags;
}

/**
 * Why a first blood-pressure reading has to be repeated before the vitals are charted, or
 * null when it need not be. A high reading is repeated 1–2 minutes later and the readings
 * averaged: from 13 years any adult category above normal (2017 ACC/AHA); younger, a
 * systolic above the age band's range (AAP and NHLBI: an elevated child's pressure is measured again at the same visit, since first readings in children run falsely high). The vitals workflow judges 1–12 years by the AAP 2017 category instead (`repeatBasis`, `BP_REPEAT_RULES.childPercentile`);
 * A low reading is flagged for the provider, not repeated.
 */
export function bloodPressureRepeatBasis(
  reading: { readonly systolicMmHg: number; readonly diastolicMmHg: number },
  patient: { dateOfBirth: IsoDate; onDate: IsoDate },
): Source | null {
  if (ageInYears(patient.dateOfBirth, patient.onDate) >= ADULT_BP_CATEGORIES_FROM_AGE.years) {
    return classifyAdultBloodPressure(reading.systolicMmHg, reading.diastolicMmHg) === 'normal' ? null : BP_REPEAT_RULES.adult.source;
  }
  const range = vitalSignRanges(ageBand(patient.dateOfBirth, patient.onDate)).systolicMmHg;
  return range !== null && reading.systolicMmHg > range.max ? BP_REPEAT_RULES.child.source : null;
}

/** When a first blood pressure is high enough to repeat, by age, with the source. */
export const BP_REPEAT_RULES = {
  adult: {
    appliesTo: '13 years and over: a reading in any adult category above normal',
    source: checked(SOURCES.accAha2017Hypertension, 'Table 4: readings 1–2 min apart, average ≥ 2 readings.'),
  },
  childPercentile: {
    appliesTo: '1 to 12 years (where the AAP 2017 table row is verified): a reading in the elevated category or above (≥ 90th percentile for age, sex and height, or ≥ 120/80)',
    source: checked(
      SOURCES.aap2017PediatricBp,
      'Checked (the guideline\'s table of consensus recommendations, pediatrics.aappublications.org): 5. "If the initial BP at an office visit is elevated … obtain 2 additional BP measurements at the same visit and average them; use the averaged auscultatory BP measurement to determine the patient\'s BP category"; 9. "When an oscillometric BP reading is elevated, obtain repeat readings, discard the first reading, and average subsequent readings". Elevated is ≥ 90th percentile (Table 3). The game asks for one repeat before charting, as for adults.',
    ),
  },
  child: {
    appliesTo: "under 1 year, or a child whose AAP 2017 table row is not verified: a systolic above the age band's range",
    source: checked(
      SOURCES.choosingWiselyPediatricBp,
      'Checked: NHLBI and AAP guidelines recommend repeating a child\'s blood pressure (×3) at the same visit because first readings are often falsely high; the game does not carry the AAP 2017 percentile tables, so "high" is a systolic above the PALS range for the age band.',
    ),
  },
} as const satisfies Record<string, { appliesTo: string } & Sourced>;

// ---------------------------------------------------------------------------
// BP cuff sizing
// ---------------------------------------------------------------------------

/** Adult BP cuff sizes, smallest first. */
export const BP_CUFF_SIZE_IDS = ['small-adult', 'adult', 'large-adult', 'adult-thigh'] as const;
/** One adult BP cuff size. */
export type BpCuffSizeId = (typeof BP_CUFF_SIZE_IDS)[number];

const cuffSource = checked(
  SOURCES.cuffSizingTable,
  'Checked: the four bands 22–26, 27–34, 35–44, 45–52 cm match the AHA table (Pickering 2005, kept by Muntner 2019).',
);

/** Adult BP cuff by mid-upper-arm circumference (AHA). Bands are whole centimetres as published. */
export const BP_CUFF_SIZES = [
  { id: 'small-adult', displayName: 'Small adult', bladderCm: '12 × 22', armCircumferenceCm: { min: 22, max: 26 }, source: cuffSource },
  { id: 'adult', displayName: 'Adult', bladderCm: '16 × 30', armCircumferenceCm: { min: 27, max: 34 }, source: cuffSource },
  { id: 'large-adult', displayName: 'Large adult', bladderCm: '16 × 36', armCircumferenceCm: { min: 35, max: 44 }, source: cuffSource },
  { id: 'adult-thigh', displayName: 'Adult thigh', bladderCm: '16 × 42', armCircumferenceCm: { min: 45, max: 52 }, source: cuffSource },
] as const satisfies readonly ({ id: BpCuffSizeId; displayName: string; bladderCm: string; armCircumferenceCm: VitalRange } & Sourced)[];

/**
 * The right adult cuff for an arm circumference in cm, or null below 22 or above 52 cm.
 * A measurement between two published bands (e.g. 26.5) takes the larger cuff's band
 * start as its boundary: each band runs from its minimum up to the next band's minimum.
 */
export function cuffSizeForArm(armCircumferenceCm: number): BpCuffSizeId | null {
  if (armCircumferenceCm < 22 || armCircumferenceCm > 52) return null;
  if (armCircumferenceCm < 27) return 'small-adult';
  if (armCircumferenceCm < 35) return 'adult';
  if (armCircumferenceCm < 45) return 'large-adult';
  return 'adult-thigh';
}

const cuffBiasSource = checked(
  SOURCES.cuffSzTrial2023,
  'Secondary: systolic −3.6 (regular cuff where small needed), +4.8 (where large needed), +19.5 mmHg (where extra-large needed); diastolic −1.3, +1.8, +7.4 mmHg for one size too large, one too small, two too small.',
);

/** Typical reading bias of a wrong cuff (automated device, Cuff(SZ) trial): a too-small cuff over-reads. */
export const CUFF_MISSIZE_BIAS = [
  { misfit: 'one-size-too-large', systolicMmHg: -3.6, diastolicMmHg: -1.3, source: cuffBiasSource },
  { misfit: 'one-size-too-small', systolicMmHg: 4.8, diastolicMmHg: 1.8, source: cuffBiasSource },
  { misfit: 'two-sizes-too-small', systolicMmHg: 19.5, diastolicMmHg: 7.4, source: cuffBiasSource },
] as const satisfies readonly ({ misfit: string; systolicMmHg: number; diastolicMmHg: number } & Sourced)[];

/**
 * The typical bias (mmHg, added to the true value) of reading an arm with `cuffUsed`. Zero
 * for the right cuff; two or more sizes too large reuse the one-size-too-large figures (no
 * data). Null when the arm is outside the adult cuff bands.
 */
export function cuffBias(
  armCircumferenceCm: number,
  cuffUsed: BpCuffSizeId,
): { systolicMmHg: number; diastolicMmHg: number } | null {
  const right = cuffSizeForArm(armCircumferenceCm);
  if (right === null) return null;
  const steps = BP_CUFF_SIZE_IDS.indexOf(cuffUsed) - BP_CUFF_SIZE_IDS.indexOf(right);
  if (steps === 0) return { systolicMmHg: 0, diastolicMmHg: 0 };
  const misfit = steps > 0 ? 'one-size-too-large' : steps === -1 ? 'one-size-too-small' : 'two-sizes-too-small';
  const row = CUFF_MISSIZE_BIAS.find((r) => r.misfit === misfit);
  return row === undefined ? null : { systolicMmHg: row.systolicMmHg, diastolicMmHg: row.diastolicMmHg };
}

// ---------------------------------------------------------------------------
// BMI
// ---------------------------------------------------------------------------

/** Body-mass index in kg/m², to one decimal. */
export function bmi(weightKg: number, heightCm: number): number {
  if (weightKg <= 0 || heightCm <= 0) throw new RangeError('weight and height must be positive');
  const metres = heightCm / 100;
  return roundTo(weightKg / (metres * metres), 1);
}

/** Adult BMI categories (CDC), lowest first. */
export const ADULT_BMI_CATEGORY_IDS = [
  'underweight',
  'healthy-weight',
  'overweight',
  'obesity-class-1',
  'obesity-class-2',
  'obesity-class-3',
] as const;
/** One adult BMI category. */
export type AdultBmiCategory = (typeof ADULT_BMI_CATEGORY_IDS)[number];

const cdcBmi = checked(
  SOURCES.cdcAdultBmi,
  'Obesity classes 30–< 35, 35–< 40, ≥ 40 checked (CDC classes as quoted with the FY2025 ICD-10-CM obesity codes); lower bands from the CDC page, not re-checked.',
);

/** Adult BMI categories with their lower bound (inclusive) and upper bound (exclusive). */
export const ADULT_BMI_CATEGORIES = [
  { id: 'underweight', displayName: 'Underweight', from: 0, below: 18.5, source: cdcBmi },
  { id: 'healthy-weight', displayName: 'Healthy weight', from: 18.5, below: 25, source: cdcBmi },
  { id: 'overweight', displayName: 'Overweight', from: 25, below: 30, source: cdcBmi },
  { id: 'obesity-class-1', displayName: 'Obesity, class 1', from: 30, below: 35, source: cdcBmi },
  { id: 'obesity-class-2', displayName: 'Obesity, class 2', from: 35, below: 40, source: cdcBmi },
  { id: 'obesity-class-3', displayName: 'Obesity, class 3 (severe)', from: 40, below: Number.POSITIVE_INFINITY, source: cdcBmi },
] as const satisfies readonly ({ id: AdultBmiCategory; displayName: string; from: number; below: number } & Sourced)[];

/** The adult BMI category of a BMI value. */
export function classifyAdultBmi(bmiValue: number): AdultBmiCategory {
  const row = ADULT_BMI_CATEGORIES.find((c) => bmiValue >= c.from && bmiValue < c.below);
  return row?.id ?? 'underweight';
}
