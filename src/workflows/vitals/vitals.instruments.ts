/**
 * The instruments of the exam room: what the scale, the thermometer, the pulse oximeter
 * and the blood-pressure gauge show for a patient. Each reading is the scenario's ground
 * truth with realistic seeded variation and, for the blood pressure, the bias of the
 * technique used (a too-small cuff, an unsupported back, no rest, an arm below the heart,
 * talking). Pure functions: the random state goes in and comes out, so the machine keeps it
 * in its context and a replay draws the same numbers.
 */
import type { ScenarioVitals } from '../../scenario/scenario.schema';
import { CHILD_CUFF_SIZES, CRITICAL_VITAL_THRESHOLDS, CUFF_MISSIZE_BIAS, cuffSizeForArm } from '../../reference/vital-signs';
import { SOURCES, checked, type Source, type Sourced } from '../../reference/source';
import { SeededRandom } from '../../domain/random';
import { BP_CUFFS, type BpCuff, type BpTechnique, type TemperatureRoute } from './vitals.actions';

/** A blood pressure as the gauge showed it, with the technique it was taken with. */
export interface BpReading {
  readonly systolicMmHg: number;
  readonly diastolicMmHg: number;
  readonly technique: BpTechnique;
  readonly atMinute: number;
}

/** What the instruments have shown so far; null until measured. */
export interface InstrumentReadings {
  readonly heightCm: number | null;
  readonly weightKg: number | null;
  /** The tape round the head, under 2 years, where the scenario gives one (null otherwise). */
  readonly headCircumferenceCm: number | null;
  readonly temperature: { readonly celsius: number; readonly route: TemperatureRoute } | null;
  readonly pulsePerMinute: number | null;
  readonly respirationsPerMinute: number | null;
  readonly spo2Percent: number | null;
  readonly painScore: number | null;
  readonly bloodPressure: readonly BpReading[];
}

/** Readings before anything is measured. */
export const NO_READINGS: InstrumentReadings = {
  heightCm: null,
  weightKg: null,
  headCircumferenceCm: null,
  temperature: null,
  pulsePerMinute: null,
  respirationsPerMinute: null,
  spo2Percent: null,
  painScore: null,
  bloodPressure: [],
};

const variationSource = checked(
  SOURCES.clinicDayDesignEstimate,
  'Instrument scatter (SD): BP 3/2 mmHg, pulse 2/min, respirations 1/min, temperature 0.1 °C, SpO₂ 0.7 %, weight 0.2 kg, height 0.3 cm. Manual gauges are read to the nearest 2 mmHg.',
);

/** How much each instrument scatters around the truth (standard deviations), a design estimate. */
export const INSTRUMENT_VARIATION = {
  systolicMmHg: 3,
  diastolicMmHg: 2,
  pulsePerMinute: 2,
  respirationsPerMinute: 1,
  temperatureC: 0.1,
  spo2Percent: 0.7,
  weightKg: 0.2,
  heightCm: 0.3,
  source: variationSource,
} as const;

/** One way a blood pressure can be taken wrongly, and how far it moves the reading (mmHg, added). */
export interface BpTechniqueError extends Sourced {
  readonly id: 'not-rested' | 'back-unsupported' | 'legs-crossed' | 'arm-below-heart' | 'talking';
  readonly displayName: string;
  readonly systolicMmHg: number;
  readonly diastolicMmHg: number;
}

const kallioinen = (row: string): Source => checked(SOURCES.kallioinen2017BpInaccuracy, `Low end of the reported range for "${row}" (table 1).`);

/** Typical biases of technique errors other than the cuff (the cuff's come from `CUFF_MISSIZE_BIAS`). */
export const BP_TECHNIQUE_ERRORS: readonly BpTechniqueError[] = [
  { id: 'not-rested', displayName: 'no 5-minute rest', systolicMmHg: 4.2, diastolicMmHg: 1.8, source: kallioinen('insufficient rest period: +4.2 to +11.6 / +1.8 to +4.3') },
  { id: 'back-unsupported', displayName: 'back unsupported, feet dangling (on the exam table)', systolicMmHg: 0, diastolicMmHg: 6.5, source: kallioinen('unsupported back: SBP no significant effect / DBP +6.5') },
  { id: 'legs-crossed', displayName: 'legs crossed at the knees', systolicMmHg: 2.5, diastolicMmHg: 1.4, source: kallioinen('legs crossed at knees: +2.5 to +14.89 / +1.4 to +10.81') },
  {
    id: 'arm-below-heart',
    displayName: 'arm hanging unsupported, below heart level',
    systolicMmHg: 6.5,
    diastolicMmHg: 4.4,
    source: checked(SOURCES.armsTrialArmPosition, 'Unsupported arm at the side over-read by 6.5/4.4 mmHg against the arm on a desk at heart level.'),
  },
  {
    id: 'talking',
    displayName: 'talking during the measurement',
    systolicMmHg: 10,
    diastolicMmHg: 7,
    source: checked(
      SOURCES.clinicDayDesignEstimate,
      'Talking raises the reading (listed among the sources of inaccuracy by Kallioinen 2017 and in the ACC/AHA 2017 technique table); the copies we read did not show the size, so 10/7 mmHg is our estimate.',
    ),
    verified: false,
  },
];

/** The cuff the labels point to for an arm: below the adult bands the infant or the child cuff (by their unconfirmed bands), else the AHA adult band (the thigh cuff above it). */
export function rightCuffForArm(armCircumferenceCm: number): BpCuff {
  if (armCircumferenceCm < 22) return armCircumferenceCm <= CHILD_CUFF_SIZES[0]!.upToCm ? 'infant' : 'child';
  return cuffSizeForArm(armCircumferenceCm) ?? 'adult-thigh';
}

/** A cuff's place among the sizes as the game judges them: the infant and child cuffs are one step, since their bands are not confirmed (`CHILD_CUFF_SIZES`). */
function cuffStep(cuff: BpCuff): number {
  return cuff === 'infant' ? 0 : BP_CUFFS.indexOf(cuff) - 1;
}

/**
 * Whether `cuff` fits the arm as the game judges it: an adult cuff by the AHA band; below the
 * adult bands either child's cuff (the choice between infant and child is not scored).
 */
export function cuffFits(armCircumferenceCm: number, cuff: BpCuff): boolean {
  return cuffStep(cuff) === cuffStep(rightCuffForArm(armCircumferenceCm));
}

/**
 * The bias of reading an arm with `cuff` (Cuff(SZ) trial figures, via `CUFF_MISSIZE_BIAS`):
 * a cuff too small over-reads, one too large under-reads. The children's cuffs extend the adult
 * sizes downwards as one size; two or more sizes too large reuse the one-size figures, as `cuffBias` does.
 */
export function cuffReadingBias(armCircumferenceCm: number, cuff: BpCuff): { systolicMmHg: number; diastolicMmHg: number } {
  const steps = cuffStep(cuff) - cuffStep(rightCuffForArm(armCircumferenceCm));
  if (steps === 0) return { systolicMmHg: 0, diastolicMmHg: 0 };
  const misfit = steps > 0 ? 'one-size-too-large' : steps === -1 ? 'one-size-too-small' : 'two-sizes-too-small';
  const row = CUFF_MISSIZE_BIAS.find((r) => r.misfit === misfit)!;
  return { systolicMmHg: row.systolicMmHg, diastolicMmHg: row.diastolicMmHg };
}

/**
 * The blood-pressure readings that count: those taken with a cuff that fits the arm. A reading
 * with the wrong cuff is its own finding (`vitals.bp-technique`) and is biased by the cuff, so
 * nothing is judged on it.
 */
export function countingReadings(readings: readonly BpReading[], armCircumferenceCm: number): BpReading[] {
  return readings.filter((reading) => cuffFits(armCircumferenceCm, reading.technique.cuff));
}

/** The technique errors of one blood-pressure measurement, cuff aside. */
export function bpTechniqueErrors(technique: BpTechnique): BpTechniqueError[] {
  const ids = new Set<BpTechniqueError['id']>();
  if (!technique.rested) ids.add('not-rested');
  if (technique.position === 'seated-on-exam-table') ids.add('back-unsupported');
  if (technique.position === 'seated-legs-crossed') ids.add('legs-crossed');
  if (!technique.armAtHeartLevel) ids.add('arm-below-heart');
  if (technique.talking) ids.add('talking');
  return BP_TECHNIQUE_ERRORS.filter((error) => ids.has(error.id));
}

/** A value an instrument shows, and the random state after drawing it. */
export interface Drawn<T> {
  readonly value: T;
  readonly randomState: number;
}

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

function roundDecimals(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * A gauge reading kept on the same side of a report-at-once line (read on the 2 mmHg scale) as
 * the pressure it reads: the scatter models the gauge and the reader, not the patient, so it
 * never hides a scenario's severe pressure (186/124 must read severe on every seed, or the
 * critical-value trap silently vanishes) nor makes an ordinary one severe.
 */
function onSideOfLine(pressure: number, reading: number, line: number): number {
  if (pressure > line && reading <= line) return line + 2;
  if (pressure <= line && reading > line) return line;
  return reading;
}

/** What the blood-pressure gauge shows: truth, scatter, cuff and technique bias, read to the nearest 2 mmHg, on the severe line's side of the pressure it reads. */
export function readBloodPressure(truth: ScenarioVitals, technique: BpTechnique, randomState: number): Drawn<{ systolicMmHg: number; diastolicMmHg: number }> {
  const random = new SeededRandom(randomState);
  const cuff = cuffReadingBias(truth.armCircumferenceCm, technique.cuff);
  const errors = bpTechniqueErrors(technique);
  const systolicBias = cuff.systolicMmHg + errors.reduce((sum, e) => sum + e.systolicMmHg, 0);
  const diastolicBias = cuff.diastolicMmHg + errors.reduce((sum, e) => sum + e.diastolicMmHg, 0);
  const severe = CRITICAL_VITAL_THRESHOLDS['bp-severe'];
  const systolic = onSideOfLine(truth.systolicMmHg + systolicBias, roundTo(random.normal(truth.systolicMmHg + systolicBias, INSTRUMENT_VARIATION.systolicMmHg), 2), severe.systolicAbove);
  const diastolic = onSideOfLine(truth.diastolicMmHg + diastolicBias, roundTo(random.normal(truth.diastolicMmHg + diastolicBias, INSTRUMENT_VARIATION.diastolicMmHg), 2), severe.diastolicAbove);
  return { value: { systolicMmHg: systolic, diastolicMmHg: Math.min(diastolic, systolic - 10) }, randomState: random.state };
}

/** What the scale and the stadiometer show. */
export function readHeightWeight(truth: ScenarioVitals, randomState: number): Drawn<{ heightCm: number; weightKg: number }> {
  const random = new SeededRandom(randomState);
  const heightCm = roundTo(random.normal(truth.heightCm, INSTRUMENT_VARIATION.heightCm), 0.5);
  const weightKg = roundDecimals(random.normal(truth.weightKg, INSTRUMENT_VARIATION.weightKg), 1);
  return { value: { heightCm, weightKg }, randomState: random.state };
}

/** What the thermometer shows, in °C to one decimal. */
export function readTemperature(truth: ScenarioVitals, randomState: number): Drawn<number> {
  const random = new SeededRandom(randomState);
  return { value: roundDecimals(random.normal(truth.temperatureC, INSTRUMENT_VARIATION.temperatureC), 1), randomState: random.state };
}

/** A count the trainee makes (pulse or respirations), per minute. */
export function readCount(truth: number, standardDeviation: number, randomState: number): Drawn<number> {
  const random = new SeededRandom(randomState);
  return { value: Math.max(1, Math.round(random.normal(truth, standardDeviation))), randomState: random.state };
}

/** What the pulse oximeter shows, a whole percent no higher than 100. */
export function readSpo2(truth: ScenarioVitals, randomState: number): Drawn<number> {
  const random = new SeededRandom(randomState);
  return { value: Math.min(100, Math.round(random.normal(truth.spo2Percent, INSTRUMENT_VARIATION.spo2Percent))), randomState: random.state };
}

/** The blood pressure to chart from the readings: the average of all readings, to the nearest whole mmHg (ACC/AHA: average ≥ 2 readings). */
export function averageBloodPressure(readings: readonly BpReading[]): { systolicMmHg: number; diastolicMmHg: number } | null {
  if (readings.length === 0) return null;
  const mean = (pick: (r: BpReading) => number) => Math.round(readings.reduce((sum, r) => sum + pick(r), 0) / readings.length);
  return { systolicMmHg: mean((r) => r.systolicMmHg), diastolicMmHg: mean((r) => r.diastolicMmHg) };
}

/** Blood pressure and pulse in one position of an orthostatic set. */
export interface PositionalValues {
  readonly systolicMmHg: number;
  readonly diastolicMmHg: number;
  readonly pulsePerMinute: number;
}

/**
 * What careful orthostatic readings would show for the patient: the scenario's orthostatic
 * truth, or, where it gives none, the seated values in every position (no drop, no dizziness).
 */
export function orthostaticTruth(truth: ScenarioVitals): { supine: PositionalValues; standingOneMinute: PositionalValues; standingThreeMinutes: PositionalValues; dizzyOnStanding: boolean } {
  if (truth.orthostatic) return truth.orthostatic;
  const seated = { systolicMmHg: truth.systolicMmHg, diastolicMmHg: truth.diastolicMmHg, pulsePerMinute: truth.pulsePerMinute };
  return { supine: seated, standingOneMinute: seated, standingThreeMinutes: seated, dizzyOnStanding: false };
}

/** What the gauge and the pulse count show in one position: the position's truth with the seated scatter, the gauge read to the nearest 2 mmHg. */
export function readPositional(truth: PositionalValues, randomState: number): Drawn<PositionalValues> {
  const random = new SeededRandom(randomState);
  const systolic = roundTo(random.normal(truth.systolicMmHg, INSTRUMENT_VARIATION.systolicMmHg), 2);
  const diastolic = roundTo(random.normal(truth.diastolicMmHg, INSTRUMENT_VARIATION.diastolicMmHg), 2);
  const pulse = Math.max(1, Math.round(random.normal(truth.pulsePerMinute, INSTRUMENT_VARIATION.pulsePerMinute)));
  return { value: { systolicMmHg: systolic, diastolicMmHg: Math.min(diastolic, systolic - 10), pulsePerMinute: pulse }, randomState: random.state };
}
