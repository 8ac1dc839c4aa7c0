/**
 * Why a vital sign is, or is not, to be flagged for the provider, in the words a finding
 * carries: the reading, the band it falls in, that band's bounds, and the table that sets them
 * with its source. The tables are the ones `expectedFlags` judges by: for a child the PALS
 * ranges (PedsCases chart, PALS 2015/2020) for the age band and the AAP 2017 percentile tables
 * for a blood pressure from 1 to 12 years; from 13 the adult-like blood-pressure categories
 * (AAP 2017, the ACC/AHA 2017 categories for adults); for an adult the MedlinePlus ranges; a
 * temperature by its route's fever threshold (Schmitt, AAP-member paediatric advice).
 */
import {
  ADULT_BP_CATEGORIES_FROM_AGE,
  ADULT_BP_CATEGORY_TABLE,
  ADULT_VITAL_SIGNS,
  type AgeBand,
  ageBand,
  ageInMonths,
  ageInYears,
  classifyAdultBloodPressure,
  CRITICAL_VITAL_THRESHOLDS,
  FEVER_THRESHOLD,
  type FlaggableVital,
  hypotensionSystolicBelow,
  hypotensionWords,
  SPO2_REFERENCE,
  type VitalRange,
  type VitalReadings,
  vitalSignRanges,
} from '../../reference/vital-signs';
import type { Source } from '../../reference/source';
import type { TemperatureRoute } from './vitals.actions';
import { childBloodPressure, feverThreshold, type PatientOnDay, routeJudged } from './vitals.depth';

/** One vital sign's reading against the band that judges it. */
export interface FlagBasis {
  readonly vital: FlaggableVital;
  /** The reading as judged: "BP 120/76", "pulse 182/min", "T 37.9 °C (oral)". */
  readonly reading: string;
  /** Whether the reading falls in a band that is flagged. */
  readonly abnormal: boolean;
  /** The band the reading falls in: "elevated", "above the normal range", "a fever". */
  readonly band: string;
  /** The band's bounds: "systolic 120–129 and diastolic < 80", "100–190/min". */
  readonly bounds: string;
  /** The table that sets the band, named for the trainee. */
  readonly table: string;
  readonly source: Source;
}

/** How a PALS age band is named in a finding. */
const BAND_WORDS: Readonly<Record<Exclude<AgeBand, 'adult'>, string>> = {
  neonate: 'a newborn (under 28 days)',
  infant: 'an infant (28 days to 11 months)',
  toddler: 'a toddler (1–2 years)',
  preschool: 'a preschool child (3–5 years)',
  'school-age': 'a school-age child (6–11 years)',
  adolescent: 'an adolescent (12–15 years)',
};

const ROUTE_WORDS: Readonly<Record<TemperatureRoute, string>> = {
  oral: 'oral',
  tympanic: 'ear',
  temporal: 'forehead',
  axillary: 'armpit',
  rectal: 'rectal',
};

/** The table of ranges for the patient's age, as a finding names it. */
export function rangesTable(who: PatientOnDay): string {
  const band = ageBand(who.patient.dateOfBirth, who.onDate);
  return band === 'adult' ? 'the adult ranges (MedlinePlus)' : `the PALS 2015/2020 ranges for ${BAND_WORDS[band]} (PedsCases chart)`;
}

function rangeBasis(vital: FlaggableVital, reading: string, value: number, range: VitalRange, unit: string, table: string, source: Source): FlagBasis {
  const band = value < range.min ? 'below the normal range' : value > range.max ? 'above the normal range' : 'within the normal range';
  return { vital, reading, abnormal: value < range.min || value > range.max, band, bounds: `${range.min}–${range.max}${unit}`, table, source };
}

function bloodPressureBasis(who: PatientOnDay, systolic: number, diastolic: number, reading: string): FlagBasis {
  const { dateOfBirth } = who.patient;
  const years = ageInYears(dateOfBirth, who.onDate);
  if (years >= ADULT_BP_CATEGORIES_FROM_AGE.years) {
    const severe = systolic > CRITICAL_VITAL_THRESHOLDS['bp-severe'].systolicAbove || diastolic > CRITICAL_VITAL_THRESHOLDS['bp-severe'].diastolicAbove;
    const row = ADULT_BP_CATEGORY_TABLE.find((r) => r.category === (severe ? 'severe' : classifyAdultBloodPressure(systolic, diastolic)))!;
    // From 13 to 17 the categories are the AAP 2017 guideline's adult-like ones: a child's source for a child.
    const adult = years >= 18;
    return {
      vital: 'blood-pressure',
      reading,
      abnormal: row.category !== 'normal',
      band: row.displayName.toLowerCase(),
      bounds: `systolic ${row.systolic} ${row.join} diastolic ${row.diastolic}`,
      table: adult ? 'the ACC/AHA 2017 adult blood-pressure categories' : 'the AAP 2017 categories from 13 years (the adult cut-offs)',
      source: adult ? row.source : ADULT_BP_CATEGORIES_FROM_AGE.source,
    };
  }
  const child = childBloodPressure(who, { systolicMmHg: systolic, diastolicMmHg: diastolic });
  const ranges = vitalSignRanges(ageBand(dateOfBirth, who.onDate));
  const range = ranges.systolicMmHg!;
  const hypotensionBelow = hypotensionSystolicBelow(dateOfBirth, who.onDate);
  const hypotension = { table: 'the PALS hypotension thresholds (PedsCases chart)', bounds: hypotensionWords(dateOfBirth, who.onDate), source: ranges.source };
  if (systolic < hypotensionBelow) {
    return { vital: 'blood-pressure', reading, abnormal: true, band: 'hypotension, below the threshold for the age', bounds: hypotension.bounds, table: hypotension.table, source: hypotension.source };
  }
  if (child !== null) {
    return {
      vital: 'blood-pressure',
      reading,
      abnormal: child.category !== 'normal',
      band: child.category.replaceAll('-', ' '),
      bounds: `elevated from ${child.elevatedFrom.systolic}/${child.elevatedFrom.diastolic}, stage 1 from ${child.stage1From.systolic}/${child.stage1From.diastolic} for this child's age, sex and height`,
      table: 'the AAP 2017 percentile tables',
      source: child.source,
    };
  }
  // No percentile table (under 1 year, or a row not verified): above the PALS typical range is flagged; below it down to the hypotension threshold is low-normal.
  const high = systolic > range.max;
  return {
    vital: 'blood-pressure',
    reading,
    abnormal: high,
    band: high ? 'above the normal range' : 'within the normal range (not below the hypotension threshold)',
    bounds: `up to ${range.max} mmHg systolic; hypotension is ${hypotension.bounds}`,
    table: rangesTable(who),
    source: ranges.source,
  };
}

/** Which table judged a temperature: a child's by its route (Schmitt), an adult's or an unknown route's by the one measured threshold (CDC). */
function feverTable(route: TemperatureRoute | null, who: PatientOnDay): string {
  if (route === null) return 'the fever threshold for all routes (CDC)';
  return routeJudged(who) ? "the fever thresholds by route (Schmitt's paediatric advice, AAP)" : 'the fever threshold for adults, by any route (CDC)';
}

function temperatureBasis(who: PatientOnDay, celsius: number, route: TemperatureRoute | null): FlagBasis {
  const rounded = Math.round(celsius * 10) / 10;
  const reading = `T ${celsius} °C${route === null ? '' : ` (${ROUTE_WORDS[route]})`}`;
  const infantFever = CRITICAL_VITAL_THRESHOLDS['infant-fever'];
  if (rounded >= infantFever.atOrAboveC && ageInMonths(who.patient.dateOfBirth, who.onDate) < infantFever.underAgeMonths) {
    return { vital: 'temperature', reading, abnormal: true, band: 'a fever in an infant under 3 months, a critical value', bounds: `${infantFever.atOrAboveC.toFixed(1)} °C or more`, table: 'the AAP 2021 febrile-infant threshold', source: infantFever.source };
  }
  const threshold = route === null ? FEVER_THRESHOLD : feverThreshold(route, who);
  const table = feverTable(route, who);
  const bounds = `${route === null ? '' : `${ROUTE_WORDS[route]} `}fever from ${threshold.atOrAboveC.toFixed(1)} °C`;
  const fever = rounded >= threshold.atOrAboveC;
  return { vital: 'temperature', reading, abnormal: fever, band: fever ? 'a fever' : 'below the fever threshold', bounds, table, source: threshold.source };
}

function spo2Basis(percent: number): FlagBasis {
  const reading = `SpO₂ ${percent} %`;
  const table = 'the SpO₂ reference (NHS home-monitoring guide; not confirmed for the office)';
  const report = CRITICAL_VITAL_THRESHOLDS['spo2-low'].atOrBelowPercent;
  if (percent <= report) return { vital: 'spo2', reading, abnormal: true, band: 'at or below the report-at-once level', bounds: `${report} % or less`, table, source: SPO2_REFERENCE.source };
  return rangeBasis('spo2', reading, percent, SPO2_REFERENCE.normal, ' %', table, SPO2_REFERENCE.source);
}

/**
 * Each vital sign in `readings` against the band that judges it for this patient. `bpNote`:
 * which blood-pressure readings the value stands for (the right cuff's), added to its reading.
 */
export function flagBases(who: PatientOnDay, readings: VitalReadings, route: TemperatureRoute | null, bpNote = ''): FlagBasis[] {
  const bases: FlagBasis[] = [];
  const band = ageBand(who.patient.dateOfBirth, who.onDate);
  const ranges = vitalSignRanges(band);
  const table = rangesTable(who);
  const rangeSource = band === 'adult' ? ADULT_VITAL_SIGNS.source : ranges.source;
  const { systolicMmHg, diastolicMmHg } = readings;
  if (systolicMmHg !== undefined && diastolicMmHg !== undefined) bases.push(bloodPressureBasis(who, systolicMmHg, diastolicMmHg, `BP ${systolicMmHg}/${diastolicMmHg}${bpNote}`));
  if (readings.pulsePerMin !== undefined) bases.push(rangeBasis('pulse', `pulse ${readings.pulsePerMin}/min`, readings.pulsePerMin, ranges.heartRatePerMin, '/min', table, rangeSource));
  if (readings.respirationsPerMin !== undefined) {
    bases.push(rangeBasis('respirations', `respirations ${readings.respirationsPerMin}/min`, readings.respirationsPerMin, ranges.respirationsPerMin, '/min', table, rangeSource));
  }
  if (readings.temperatureC !== undefined) bases.push(temperatureBasis(who, readings.temperatureC, route));
  if (readings.spo2Percent !== undefined) bases.push(spo2Basis(readings.spo2Percent));
  return bases;
}

/** What to do instead when the flags are wrong, in the words and tables of the patient's age (a child's advice names only children's tables). */
export function flagRemedy(who: PatientOnDay): string {
  const years = ageInYears(who.patient.dateOfBirth, who.onDate);
  const bp =
    years >= 18
      ? ' and the ACC/AHA 2017 blood-pressure categories'
      : years >= ADULT_BP_CATEGORIES_FROM_AGE.years
        ? ' and the AAP 2017 blood-pressure categories from 13 years'
        : years >= 1
          ? ", the child's blood pressure by the AAP 2017 percentile tables for age, sex and height"
          : '';
  return `Compare each value with ${rangesTable(who)}${bp}, and a temperature with the fever threshold of the route you used; flag every value outside them.`;
}

/** What the game judges one vital sign's flag by, shown before the trainee flags: the bounds and the table, never the verdict. */
export interface FlagReference {
  readonly vital: FlaggableVital;
  /** "100–190/min", "fever from 38.0 °C (ear)", "flag at or above elevated: 105/65 for this child's age, sex and height". */
  readonly bounds: string;
  /** The table that sets them, named for the trainee. */
  readonly table: string;
}

/**
 * The bands the flags are judged by for this patient, value by value, as `expectedFlags` judges
 * them: the heart rate and respirations by the age band's table, the temperature by the fever
 * threshold of `route` (the one taken), the SpO₂ by its reference, the blood pressure by the
 * adult categories from 13, the AAP 2017 percentile cut-offs with the PALS hypotension
 * threshold from 1 to 12, the PALS range under 1. Shown at the review so the trainee flags as the
 * game judges; no reading goes in, so nothing tells whether a value is out of range.
 */
export function flagReferences(who: PatientOnDay, route: TemperatureRoute | null): FlagReference[] {
  const { dateOfBirth } = who.patient;
  const band = ageBand(dateOfBirth, who.onDate);
  const ranges = vitalSignRanges(band);
  const table = rangesTable(who);
  const years = ageInYears(dateOfBirth, who.onDate);
  const bp = ((): FlagReference => {
    if (years >= ADULT_BP_CATEGORIES_FROM_AGE.years) {
      return {
        vital: 'blood-pressure',
        bounds: 'normal below 120 systolic and 80 diastolic; flag elevated (120–129 and below 80) and above',
        table: years >= 18 ? 'the ACC/AHA 2017 adult blood-pressure categories' : 'the AAP 2017 categories from 13 years (the adult cut-offs)',
      };
    }
    const hypotension = hypotensionWords(dateOfBirth, who.onDate);
    // The cut-offs depend on age, sex and height only: any reading gives the same ones.
    const child = childBloodPressure(who, { systolicMmHg: 0, diastolicMmHg: 0 });
    if (child !== null) {
      return {
        vital: 'blood-pressure',
        bounds: `flag high from ${child.elevatedFrom.systolic}/${child.elevatedFrom.diastolic} (elevated for this child's age, sex and height), and low only at ${hypotension}`,
        table: 'the AAP 2017 percentile tables, and the PALS hypotension thresholds',
      };
    }
    return { vital: 'blood-pressure', bounds: `flag above ${ranges.systolicMmHg!.max} mmHg systolic, and low only at ${hypotension}`, table: `${table}, and the PALS hypotension thresholds` };
  })();
  const threshold = route === null ? FEVER_THRESHOLD : feverThreshold(route, who);
  const infantFever = CRITICAL_VITAL_THRESHOLDS['infant-fever'];
  const youngInfant = ageInMonths(dateOfBirth, who.onDate) < infantFever.underAgeMonths;
  const report = CRITICAL_VITAL_THRESHOLDS['spo2-low'].atOrBelowPercent;
  return [
    bp,
    { vital: 'pulse', bounds: `${ranges.heartRatePerMin.min}–${ranges.heartRatePerMin.max}/min`, table },
    { vital: 'respirations', bounds: `${ranges.respirationsPerMin.min}–${ranges.respirationsPerMin.max}/min`, table },
    {
      vital: 'temperature',
      bounds: `fever from ${threshold.atOrAboveC.toFixed(1)} °C${route === null ? '' : ` (${ROUTE_WORDS[route]})`}${youngInfant ? `; ${infantFever.atOrAboveC.toFixed(1)} °C or more under ${infantFever.underAgeMonths} months is critical: tell the provider at once` : ''}`,
      table: `${feverTable(route, who)}${youngInfant ? ' and the AAP 2021 febrile-infant threshold' : ''}`,
    },
    { vital: 'spo2', bounds: `${SPO2_REFERENCE.normal.min}–${SPO2_REFERENCE.normal.max} %; ${report} % or less is told to the provider at once`, table: 'the SpO₂ reference (NHS home-monitoring guide)' },
  ];
}
