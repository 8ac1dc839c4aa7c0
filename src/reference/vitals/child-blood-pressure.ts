/**
 * Children's blood pressure by the AAP 2017 guideline (Flynn et al., Pediatrics
 * 2017;140(3):e20171904): the percentile values for a child's age, sex and height, the
 * categories for ages 1 to under 13 (by percentile, capped by the adult cut-offs) and from 13
 * (the adult-like cut-offs), and who has BP measured routinely.
 *
 * Height columns: the tables give the height in cm at each height-percentile column so that a
 * clinician can find a child's column from the measured height. We take the column whose
 * height is nearest the child's (the shorter column on an exact tie), clamped to the 5th and
 * 95th columns, and do not interpolate between columns: every threshold the game uses is then
 * a value printed in the table that a trainee can look up, and neighbouring columns differ by
 * at most 3 mmHg.
 */
import { SOURCES, checked, type Source, type Sourced } from '../source';
import { CHILD_BP_TABLES, type ChildBpLine, type ChildBpTableRow } from './child-bp-tables';
import { HEIGHT_PERCENTILE_COLUMNS, type Bp, type ChildBpSex, type HeightPercentileColumn } from './terms';

export { CHILD_BP_TABLES, type ChildBpLine, type ChildBpTableRow } from './child-bp-tables';

/** The AAP 2017 BP categories for children and adolescents, lowest first. */
export const CHILD_BP_CATEGORIES = ['normal', 'elevated', 'stage-1-hypertension', 'stage-2-hypertension'] as const;
/** One children's BP category. */
export type ChildBpCategory = (typeof CHILD_BP_CATEGORIES)[number];

const categoriesSource = checked(
  SOURCES.aap2017PediatricBp,
  'Table 3 as quoted by UpToDate ("Definition and diagnosis of hypertension in children and adolescents", updated 2023) and timeofcare.com: 1 to < 13 years by percentile, each cut-off the lower of the percentile and the adult value; ≥ 13 years the adult-like cut-offs.',
);

/** The youngest age the percentile tables cover, and the age from which the adult-like cut-offs apply. */
export const CHILD_BP_TABLE_AGES = {
  fromYears: 1,
  throughYears: 17,
  adultCutOffsFromYears: 13,
  source: categoriesSource,
} as const;

/** The AAP 2017 category table (Table 3), as shown to a trainee. */
export const CHILD_BP_CATEGORY_TABLE = [
  { category: 'normal', ages: '1 to < 13 years', definition: '< 90th percentile', source: categoriesSource },
  { category: 'elevated', ages: '1 to < 13 years', definition: '≥ 90th percentile, or ≥ 120/80 mmHg, to < 95th percentile (whichever is lower)', source: categoriesSource },
  { category: 'stage-1-hypertension', ages: '1 to < 13 years', definition: '≥ 95th percentile to < 95th percentile + 12 mmHg, or 130/80 to 139/89 mmHg (whichever is lower)', source: categoriesSource },
  { category: 'stage-2-hypertension', ages: '1 to < 13 years', definition: '≥ 95th percentile + 12 mmHg, or ≥ 140/90 mmHg (whichever is lower)', source: categoriesSource },
  { category: 'normal', ages: '≥ 13 years', definition: '< 120/< 80 mmHg', source: categoriesSource },
  { category: 'elevated', ages: '≥ 13 years', definition: '120/< 80 to 129/< 80 mmHg', source: categoriesSource },
  { category: 'stage-1-hypertension', ages: '≥ 13 years', definition: '130/80 to 139/89 mmHg', source: categoriesSource },
  { category: 'stage-2-hypertension', ages: '≥ 13 years', definition: '≥ 140/90 mmHg', source: categoriesSource },
] as const satisfies readonly ({ category: ChildBpCategory; ages: string; definition: string } & Sourced)[];

/** The adult values that cap each child's percentile cut-off (Table 3: "whichever is lower"). */
const ADULT_CAPS = {
  elevated: { systolic: 120, diastolic: 80 },
  stage1: { systolic: 130, diastolic: 80 },
  stage2: { systolic: 140, diastolic: 90 },
} as const;

/** AAP 2017: annual BP from 3 years; under 3 only for the risk conditions below. */
export const BP_SCREENING_FROM_AGE_YEARS = {
  years: 3,
  source: checked(SOURCES.aap2017BpUnder3Conditions, 'BP is measured annually from 3 years of age; a child under 3 has it measured only with one of the listed conditions.'),
} as const;

const under3Source = SOURCES.aap2017BpUnder3Conditions;

/** Conditions under which a child younger than 3 years should have BP measured (AAP 2017). */
export const BP_UNDER_3_RISK_CONDITIONS = [
  { id: 'prematurity-or-neonatal-intensive-care', description: 'Prematurity < 32 weeks or small for gestational age, very low birth weight, other neonatal complications needing intensive care, umbilical artery line', source: under3Source },
  { id: 'congenital-heart-disease', description: 'Congenital heart disease (repaired or unrepaired)', source: under3Source },
  { id: 'urinary-tract', description: 'Recurrent urinary tract infections, haematuria or proteinuria', source: under3Source },
  { id: 'renal-disease', description: 'Known renal disease or urologic malformations', source: under3Source },
  { id: 'family-renal-disease', description: 'Family history of congenital renal disease', source: under3Source },
  { id: 'solid-organ-transplant', description: 'Solid-organ transplant', source: under3Source },
  { id: 'malignancy-or-bone-marrow-transplant', description: 'Malignancy or bone marrow transplant', source: under3Source },
  { id: 'bp-raising-drugs', description: 'Treatment with drugs known to raise BP', source: under3Source },
  { id: 'systemic-illness', description: 'Other systemic illnesses associated with hypertension (neurofibromatosis, tuberous sclerosis, sickle cell disease)', source: under3Source },
  { id: 'raised-intracranial-pressure', description: 'Evidence of elevated intracranial pressure', source: under3Source },
] as const satisfies readonly ({ id: string; description: string } & Sourced)[];

/** One condition that makes BP routine under 3 years. */
export type BpUnder3RiskCondition = (typeof BP_UNDER_3_RISK_CONDITIONS)[number]['id'];

/** Whether a child of `ageYears` (completed years) has BP measured at a routine visit. */
export function bpIsRoutine(ageYears: number, riskConditions: readonly BpUnder3RiskCondition[] = []): boolean {
  return ageYears >= BP_SCREENING_FROM_AGE_YEARS.years || riskConditions.length > 0;
}

function tableRow(ageYears: number, sex: ChildBpSex): ChildBpTableRow {
  const completed = Math.floor(ageYears);
  const row = CHILD_BP_TABLES.find((r) => r.sex === sex && r.ageYears === completed);
  if (row === undefined) {
    throw new RangeError(`The AAP 2017 tables cover ages ${CHILD_BP_TABLE_AGES.fromYears}–${CHILD_BP_TABLE_AGES.throughYears}, not ${ageYears}`);
  }
  return row;
}

// Distance in hundredths of a centimetre, so that a height midway between two printed columns is an exact tie.
function distance(columnHeightCm: number, heightCm: number): number {
  return Math.round(Math.abs(columnHeightCm - heightCm) * 100);
}

function nearestColumn(row: ChildBpTableRow, heightCm: number): number {
  let best = 0;
  row.heightCm.forEach((columnHeight, index) => {
    const bestHeight = row.heightCm[best] ?? columnHeight;
    // Strictly nearer only, so an exact tie keeps the shorter column (its cut-offs are the lower).
    if (distance(columnHeight, heightCm) < distance(bestHeight, heightCm)) best = index;
  });
  return best;
}

function at(line: ChildBpLine, column: number): Bp {
  const systolic = line.systolic[column];
  const diastolic = line.diastolic[column];
  if (systolic === undefined || diastolic === undefined) throw new RangeError(`No column ${column} in the table row`);
  return { systolic, diastolic };
}

/** The percentile values for one child, with the table column they were read from. */
export interface ChildBpPercentiles extends Sourced {
  readonly p50: Bp;
  readonly p90: Bp;
  readonly p95: Bp;
  readonly p95plus12: Bp;
  readonly ageYears: number;
  readonly heightPercentileColumn: HeightPercentileColumn;
  /** The height printed at that column. */
  readonly columnHeightCm: number;
}

/**
 * The 50th, 90th, 95th and 95th + 12 mmHg BP for a child of `ageYears` (completed years, 1–17),
 * `sex` and measured `heightCm`, read from the height column nearest the child's height.
 */
export function childBpPercentiles(input: { ageYears: number; sex: ChildBpSex; heightCm: number }): ChildBpPercentiles {
  const row = tableRow(input.ageYears, input.sex);
  const column = nearestColumn(row, input.heightCm);
  const heightPercentileColumn = HEIGHT_PERCENTILE_COLUMNS[column];
  const columnHeightCm = row.heightCm[column];
  if (heightPercentileColumn === undefined || columnHeightCm === undefined) throw new RangeError('Height column out of range');
  return {
    p50: at(row.p50, column),
    p90: at(row.p90, column),
    p95: at(row.p95, column),
    p95plus12: at(row.p95plus12, column),
    ageYears: row.ageYears,
    heightPercentileColumn,
    columnHeightCm,
    source: row.source,
    ...(row.verified === false ? { verified: false } : {}),
  };
}

/** The cut-offs (inclusive lower bounds) of each category above normal, for one child. */
export interface ChildBpCutOffs {
  readonly elevated: Bp;
  readonly stage1: Bp;
  readonly stage2: Bp;
}

/** A child's BP judged by the AAP 2017 guideline, with what it was judged against. */
export interface ChildBpAssessment {
  readonly category: ChildBpCategory;
  readonly systolicCategory: ChildBpCategory;
  readonly diastolicCategory: ChildBpCategory;
  /** 'percentile' under 13 years, 'adult-cut-offs' from 13. */
  readonly basis: 'percentile' | 'adult-cut-offs';
  readonly cutOffs: ChildBpCutOffs;
  /** The table values used (under 13 only). */
  readonly percentiles: ChildBpPercentiles | null;
  readonly source: Source;
  readonly verified?: boolean;
}

function categoryOf(value: number, cutOffs: { elevated: number; stage1: number; stage2: number }): ChildBpCategory {
  if (value >= cutOffs.stage2) return 'stage-2-hypertension';
  if (value >= cutOffs.stage1) return 'stage-1-hypertension';
  if (value >= cutOffs.elevated) return 'elevated';
  return 'normal';
}

function higher(a: ChildBpCategory, b: ChildBpCategory): ChildBpCategory {
  return CHILD_BP_CATEGORIES.indexOf(a) >= CHILD_BP_CATEGORIES.indexOf(b) ? a : b;
}

/** The cut-offs from 13 years: elevated 120 systolic, stage 1 130/80, stage 2 140/90. */
const ADULT_LIKE_CUT_OFFS: ChildBpCutOffs = {
  // The diastolic's elevated cut-off equals its stage 1 cut-off: from 13 a diastolic alone never makes "elevated".
  elevated: { systolic: 120, diastolic: 80 },
  stage1: { systolic: 130, diastolic: 80 },
  stage2: { systolic: 140, diastolic: 90 },
};

/**
 * Judges one reading by the AAP 2017 guideline: under 13 years against the child's percentiles
 * (each cut-off the lower of the percentile and the adult value), from 13 against the
 * adult-like cut-offs. The systolic and diastolic are judged apart and the higher category wins.
 */
export function assessChildBloodPressure(input: {
  ageYears: number;
  sex: ChildBpSex;
  heightCm: number;
  systolic: number;
  diastolic: number;
}): ChildBpAssessment {
  if (input.ageYears < CHILD_BP_TABLE_AGES.fromYears) {
    throw new RangeError(`The AAP 2017 categories start at ${CHILD_BP_TABLE_AGES.fromYears} year; got ${input.ageYears}`);
  }
  const adultLike = input.ageYears >= CHILD_BP_TABLE_AGES.adultCutOffsFromYears;
  const percentiles = adultLike ? null : childBpPercentiles(input);
  const cutOffs: ChildBpCutOffs =
    percentiles === null
      ? ADULT_LIKE_CUT_OFFS
      : {
          elevated: {
            systolic: Math.min(percentiles.p90.systolic, ADULT_CAPS.elevated.systolic),
            diastolic: Math.min(percentiles.p90.diastolic, ADULT_CAPS.elevated.diastolic),
          },
          stage1: {
            systolic: Math.min(percentiles.p95.systolic, ADULT_CAPS.stage1.systolic),
            diastolic: Math.min(percentiles.p95.diastolic, ADULT_CAPS.stage1.diastolic),
          },
          stage2: {
            systolic: Math.min(percentiles.p95plus12.systolic, ADULT_CAPS.stage2.systolic),
            diastolic: Math.min(percentiles.p95plus12.diastolic, ADULT_CAPS.stage2.diastolic),
          },
        };
  const systolicCategory = categoryOf(input.systolic, {
    elevated: cutOffs.elevated.systolic,
    stage1: cutOffs.stage1.systolic,
    stage2: cutOffs.stage2.systolic,
  });
  const diastolicCategory = categoryOf(input.diastolic, {
    elevated: cutOffs.elevated.diastolic,
    stage1: cutOffs.stage1.diastolic,
    stage2: cutOffs.stage2.diastolic,
  });
  return {
    category: higher(systolicCategory, diastolicCategory),
    systolicCategory,
    diastolicCategory,
    basis: adultLike ? 'adult-cut-offs' : 'percentile',
    cutOffs,
    percentiles,
    source: percentiles?.source ?? categoriesSource,
    ...(percentiles?.verified === false ? { verified: false } : {}),
  };
}

/** The AAP 2017 category of one reading for a child of 1 year or more (see `assessChildBloodPressure`). */
export function classifyChildBloodPressure(input: {
  ageYears: number;
  sex: ChildBpSex;
  heightCm: number;
  systolic: number;
  diastolic: number;
}): ChildBpCategory {
  return assessChildBloodPressure(input).category;
}
