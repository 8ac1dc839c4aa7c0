/**
 * The vital signs that depend on who the patient is and what was ordered, as the vitals
 * workflow judges them: the thermometer route that suits the patient's age and the fever
 * threshold of that route, a child's blood pressure by the AAP 2017 percentiles (only where
 * the reference's row is verified; otherwise the PALS range stays), the blood pressure a
 * child under 3 does not need, and the orthostatic set. Pure functions over the reference
 * (`reference/vitals/*`); the machine, the rules and the players all ask here.
 */
import type { IsoDate } from '../../reference/iso-date';
import type { Source, Sourced } from '../../reference/source';
import { ageInMonths, ageInYears, ADULT_BP_CATEGORIES_FROM_AGE, FEVER_THRESHOLD } from '../../reference/vital-signs';
import {
  assessChildBloodPressure,
  BP_SCREENING_FROM_AGE_YEARS,
  bmiCharted,
  bpPositionRuleFor,
  type BpPositionRule,
  CHILD_BP_TABLE_AGES,
  measuredOnLengthBoard,
  headCircumferenceMeasured,
  NO_PAIN_SCALE_UNDER_MONTHS,
  pulseTakenApically,
  FEVER_BY_ROUTE,
  type FlaccItems,
  flaccItemsFromTotal,
  flaccTotal,
  isOrthostaticHypotension,
  ORTHOSTATIC_HYPOTENSION,
  ORTHOSTATIC_PROCEDURE,
  painScaleForAge,
  type PainScaleRule,
  TEMPERATURE_ROUTE_AGES,
  temperatureRouteSuits,
} from '../../reference/vitals';
import type { ScenarioPatient } from '../../scenario/scenario.schema';
import type { TemperatureRoute } from './vitals.actions';

/** Who the patient is on the day, as the age-dependent rules need it. */
export interface PatientOnDay {
  readonly patient: Pick<ScenarioPatient, 'dateOfBirth' | 'sex' | 'vitals'>;
  readonly onDate: IsoDate;
}

/** Whether a thermometer route suits the patient's age, with the rule's source. */
export function routeSuits(route: TemperatureRoute, who: PatientOnDay): { suits: boolean; note: string } & Sourced {
  return temperatureRouteSuits(route, ageInMonths(who.patient.dateOfBirth, who.onDate));
}

/** The source of the thermometer routes' ages (the paediatric authority the reference cites: the ear's row). */
export const TEMPERATURE_ROUTE_SOURCE: Source = (TEMPERATURE_ROUTE_AGES.find((rule) => rule.route === 'tympanic') ?? TEMPERATURE_ROUTE_AGES[0]!).source;

/** Below this age the thermometer route is judged by the paediatric authority's ages (its advice is for children; an adult may have any route). */
export const ROUTE_AGES_JUDGED_BELOW_YEARS = 18;

/** Whether the patient's thermometer route is judged by age: a child. */
export function routeJudged(who: PatientOnDay): boolean {
  return ageInYears(who.patient.dateOfBirth, who.onDate) < ROUTE_AGES_JUDGED_BELOW_YEARS;
}

/** The routes that suit the patient's age, in the thermometer list's order. */
export function suitableRoutes(routes: readonly TemperatureRoute[], who: PatientOnDay): TemperatureRoute[] {
  return routes.filter((route) => routeSuits(route, who).suits);
}

/**
 * The temperature at or above which a reading by `route` is a fever: a child's by the route's
 * own threshold (Schmitt's paediatric advice), an adult's by the one measured 38.0 °C (CDC),
 * since no adult source read gives a threshold by route (the playtest found an adult's
 * fever cited to paediatric advice).
 */
export function feverThreshold(route: TemperatureRoute, who: PatientOnDay): { atOrAboveC: number } & Sourced {
  return routeJudged(who) ? FEVER_BY_ROUTE[route] : FEVER_THRESHOLD;
}

/** Whether the patient's blood pressure is part of today's vital signs: always from 3 years, under 3 only with a risk condition (AAP 2017). */
export function bloodPressureRequired(who: PatientOnDay): boolean {
  return ageInYears(who.patient.dateOfBirth, who.onDate) >= BP_SCREENING_FROM_AGE_YEARS.years || who.patient.vitals.bpRiskCondition === true;
}

/** Whether the child's length is measured lying on the length board (under 2 years) rather than standing at the stadiometer. */
export function lengthBoard(who: PatientOnDay): boolean {
  return measuredOnLengthBoard(ageInMonths(who.patient.dateOfBirth, who.onDate));
}

/** Whether the child's head circumference is measured with the length (under 2 years; shown and charted, not scored). */
export function headCircumference(who: PatientOnDay): boolean {
  return headCircumferenceMeasured(ageInMonths(who.patient.dateOfBirth, who.onDate));
}

/** Whether a BMI belongs in the patient's vitals: from 2 years (CDC); younger, weight-for-length instead. */
export function bmiExpected(who: PatientOnDay): boolean {
  return bmiCharted(ageInMonths(who.patient.dateOfBirth, who.onDate));
}

/** Whether the pulse is counted apically with the stethoscope (under 2 years) rather than at the wrist. */
export function apicalPulse(who: PatientOnDay): boolean {
  return pulseTakenApically(ageInMonths(who.patient.dateOfBirth, who.onDate));
}

/** How the patient may be placed for a blood pressure at their age, and whether the position is scored. */
export function bpPositions(who: PatientOnDay): BpPositionRule {
  return bpPositionRuleFor(ageInMonths(who.patient.dateOfBirth, who.onDate));
}

/** The pain scale that fits the patient's age (FLACC observed under 3, faces from 3, 0–10 from 8 years), or null under 2 months, where none is confirmed. */
export function painScaleFor(who: PatientOnDay): PainScaleRule | null {
  return painScaleForAge(ageInMonths(who.patient.dateOfBirth, who.onDate));
}

/** Why no pain scale is offered for the patient, with what to do instead, or null where a scale fits the age. */
export function noPainScaleReason(who: PatientOnDay): string | null {
  return painScaleFor(who) === null ? `${NO_PAIN_SCALE_UNDER_MONTHS.reason} ${NO_PAIN_SCALE_UNDER_MONTHS.instead}` : null;
}

/** The patient's pain score as a careful MA scores it: the sum of the FLACC items where the scenario gives them, else the scenario's number. */
export function painTruth(vitals: ScenarioPatient['vitals']): number {
  return vitals.flacc ? flaccTotal(vitals.flacc) : vitals.painScore;
}

/**
 * What the child shows on each FLACC item, where the pain scale for the age is FLACC (an
 * observed scale), or null: the scenario's items, or items derived from its single number.
 */
export function flaccFor(who: PatientOnDay): FlaccItems | null {
  if (painScaleFor(who)?.scale !== 'flacc') return null;
  return who.patient.vitals.flacc ?? flaccItemsFromTotal(who.patient.vitals.painScore);
}

/** A child's blood pressure as the AAP 2017 tables classify it, with the source of the row used. */
export interface ChildBpJudgement {
  readonly category: 'normal' | 'elevated' | 'stage-1-hypertension' | 'stage-2-hypertension';
  /** The cut-offs for this child (age, sex, height; each the lower of the percentile and the adult value), for the finding's message. */
  readonly elevatedFrom: { readonly systolic: number; readonly diastolic: number };
  readonly stage1From: { readonly systolic: number; readonly diastolic: number };
  readonly source: Source;
}

/**
 * The AAP 2017 judgement of a child's blood pressure (1 to 12 years), or null where the game
 * keeps the PALS range instead: from 13 (adult categories), under 1, a sex the tables do not
 * cover, or a table row the reference could not verify.
 */
export function childBloodPressure(who: PatientOnDay, bp: { systolicMmHg: number; diastolicMmHg: number }): ChildBpJudgement | null {
  const ageYears = ageInYears(who.patient.dateOfBirth, who.onDate);
  const { sex } = who.patient;
  if (ageYears < CHILD_BP_TABLE_AGES.fromYears || ageYears >= ADULT_BP_CATEGORIES_FROM_AGE.years || sex === 'unknown') return null;
  const assessment = assessChildBloodPressure({ ageYears, sex, heightCm: who.patient.vitals.heightCm, systolic: bp.systolicMmHg, diastolic: bp.diastolicMmHg });
  if (assessment.verified === false || assessment.percentiles?.verified === false) return null;
  return { category: assessment.category, elevatedFrom: assessment.cutOffs.elevated, stage1From: assessment.cutOffs.stage1, source: assessment.source };
}

/** Where a patient stands or lies for one orthostatic reading. */
export type OrthostaticPosition = 'supine' | 'standing';

/** One orthostatic reading as the gauge and the pulse count showed it. */
export interface OrthostaticReading {
  readonly position: OrthostaticPosition;
  /** Minutes lying (rest) or standing before the reading. */
  readonly minutes: number;
  readonly systolicMmHg: number;
  readonly diastolicMmHg: number;
  readonly pulsePerMinute: number;
  /** Standing: the trainee stood at the patient's side, ready to steady them. */
  readonly steadied: boolean;
  /** Standing: the patient said they felt dizzy or light-headed. */
  readonly dizzy: boolean;
}

/** The orthostatic criteria the workflow uses (consensus definition, via the reference). */
export const ORTHOSTATIC_CRITERIA = ORTHOSTATIC_HYPOTENSION;

/** The minutes of standing the readings are taken at: 1 and 3. */
export const STANDING_READING_MINUTES: readonly number[] = ORTHOSTATIC_HYPOTENSION.standingReadingsAtMinutes;

/** The source of standing by the patient for safety (the procedure's step). */
export const STAND_BY_PATIENT_SOURCE: Source = ORTHOSTATIC_PROCEDURE.find((step) => step.step === 'stand-with-assistance')!.source;

/** The source of dizziness on standing counting as an abnormal result. */
export const SYMPTOMS_SOURCE: Source = ORTHOSTATIC_PROCEDURE.find((step) => step.step === 'ask-about-symptoms')!.source;

/** What an orthostatic set shows: a drop that meets the criteria, or symptoms on standing. */
export interface OrthostaticResult {
  readonly hypotension: boolean;
  readonly symptomatic: boolean;
  /** The largest drops from lying to standing, mmHg. */
  readonly systolicDrop: number;
  readonly diastolicDrop: number;
}

/** The result of the orthostatic readings taken (the last supine reading against every standing one), or null without a supine and a standing reading. */
export function orthostaticResult(readings: readonly OrthostaticReading[]): OrthostaticResult | null {
  const supine = readings.filter((r) => r.position === 'supine').at(-1);
  const standing = readings.filter((r) => r.position === 'standing' && r.minutes <= ORTHOSTATIC_HYPOTENSION.withinMinutesOfStanding);
  if (supine === undefined || standing.length === 0) return null;
  const lying = { systolic: supine.systolicMmHg, diastolic: supine.diastolicMmHg };
  return {
    hypotension: standing.some((r) => isOrthostaticHypotension(lying, { systolic: r.systolicMmHg, diastolic: r.diastolicMmHg })),
    symptomatic: readings.some((r) => r.dizzy),
    systolicDrop: Math.max(...standing.map((r) => supine.systolicMmHg - r.systolicMmHg)),
    diastolicDrop: Math.max(...standing.map((r) => supine.diastolicMmHg - r.diastolicMmHg)),
  };
}
