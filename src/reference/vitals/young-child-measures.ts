/**
 * How an infant or a young child is measured in the exam room, by age: lying on a length
 * board (recumbent length) rather than standing at the stadiometer, no BMI before 2 years
 * (weight-for-length on the WHO chart instead), the apical pulse rather than the radial, and
 * how the child lies or is held for a blood pressure. Ages are whole months.
 */
import { SOURCES, checked, type Sourced } from '../source';

/** Below this age a child's length is measured lying on a length board; from it, standing height on the stadiometer. */
export const RECUMBENT_LENGTH_UNDER_MONTHS = {
  months: 24,
  source: checked(
    SOURCES.whoChildGrowthMeasurementTraining,
    'Under 2 years recumbent length on a length board; from 2 years standing height. CDC agrees for the WHO charts it recommends from birth to 2 years (cdcWhoGrowthStandardsSummary: "measure the weight and recumbent length").',
  ),
} as const;

/**
 * From this age a BMI is charted (BMI-for-age, CDC charts); younger, the provider plots
 * weight-for-length on the WHO chart and no BMI is calculated. Recording one anyway is not
 * scored: the CDC recommends against using BMI-for-age under 2, and no source found calls a
 * charted infant BMI an error.
 */
export const BMI_FROM_MONTHS = {
  months: 24,
  source: checked(SOURCES.cdcWhoGrowthStandardsSummary, '"The use of BMI-for-age is not recommended for children younger than 2 years"; weight-for-length on the WHO chart from birth to 2 years.'),
} as const;

/** Below this age the pulse is counted apically, with the stethoscope over the apex, for a full minute; from it, the radial pulse. */
export const APICAL_PULSE_UNDER_MONTHS = {
  months: 24,
  /** Where the stethoscope goes on an infant. */
  site: 'fourth intercostal space, left midclavicular line',
  source: checked(
    SOURCES.lapumVitalSignsLifespan,
    'The infant apical site (4th intercostal space, left midclavicular line), brachial as the alternative; the 2-year cut-off is from a secondary nursing-course summary, so the site is shown to the trainee and not scored.',
  ),
} as const;

/** How the patient is placed for a blood pressure. */
export const BP_POSITION_IDS = ['seated-back-supported-feet-flat', 'seated-on-exam-table', 'seated-legs-crossed', 'lying-supine', 'on-parent-lap'] as const;
/** One position for a blood pressure. */
export type BpPositionId = (typeof BP_POSITION_IDS)[number];

/** Which positions fit a child's age for a blood pressure, and whether the choice is scored. */
export interface BpPositionRule extends Sourced {
  readonly fromAgeMonths: number;
  /** Exclusive; null: no upper age. */
  readonly underAgeMonths: number | null;
  /** The positions offered at this age, the right one first. */
  readonly offered: readonly BpPositionId[];
  /** The positions the guideline accepts, or null where no source says (the position is then not scored). */
  readonly accepted: readonly BpPositionId[] | null;
  readonly note: string;
}

/**
 * Blood-pressure positions by age. From 3 years the AAP 2017 measurement practice applies
 * (seated, back supported, feet uncrossed on the floor). Under 3 a blood pressure is taken only
 * with a risk condition; an infant or toddler cannot sit in a chair with feet flat, and no source
 * found says how a clinic positions one, so the child lies calm on the table or is held calm on
 * the parent's lap, and the choice is not scored.
 */
export const BP_POSITIONS_BY_AGE: readonly BpPositionRule[] = [
  {
    fromAgeMonths: 0,
    underAgeMonths: 36,
    offered: ['lying-supine', 'on-parent-lap'],
    accepted: null,
    note: 'Lying on the exam table or held on the parent\'s lap, calm, arm supported; not scored (the newborn protocol found measures hospital infants lying down).',
    source: checked(SOURCES.nwankwo1997NewbornBpProtocol, 'Not confirmed for office practice under 3 years.'),
    verified: false,
  },
  {
    fromAgeMonths: 36,
    underAgeMonths: null,
    offered: ['seated-back-supported-feet-flat', 'seated-on-exam-table', 'seated-legs-crossed'],
    accepted: ['seated-back-supported-feet-flat'],
    note: 'Seated in a chair in a quiet room, back supported, feet uncrossed on the floor.',
    source: checked(SOURCES.aap2017PediatricBp, 'Table 6, best BP measurement practices: "The child should be seated in a quiet room for 3–5 min before measurement, with the back supported and feet uncrossed on the floor." Adults: ACC/AHA 2017 Table 4.'),
  },
];

/** The blood-pressure position rule for a patient of `ageMonths`. */
export function bpPositionRuleFor(ageMonths: number): BpPositionRule {
  return BP_POSITIONS_BY_AGE.find((rule) => ageMonths >= rule.fromAgeMonths && (rule.underAgeMonths === null || ageMonths < rule.underAgeMonths)) ?? BP_POSITIONS_BY_AGE.at(-1)!;
}

/** Whether a child of `ageMonths` is measured lying on the length board. */
export function measuredOnLengthBoard(ageMonths: number): boolean {
  return ageMonths < RECUMBENT_LENGTH_UNDER_MONTHS.months;
}

/** Whether a BMI is part of the vitals of a patient of `ageMonths`. */
export function bmiCharted(ageMonths: number): boolean {
  return ageMonths >= BMI_FROM_MONTHS.months;
}

/** Whether a patient of `ageMonths` has the pulse counted apically. */
export function pulseTakenApically(ageMonths: number): boolean {
  return ageMonths < APICAL_PULSE_UNDER_MONTHS.months;
}

/**
 * Blood-pressure cuffs for children's arms, below the adult cuffs' 22 cm. The AAP 2017 rule
 * (as tabulated with the AHA adult bands) gives no fixed bands for neonates, infants and
 * children: the bladder's length encircles 80–100 % of the arm and its width is 45–55 % of the
 * arm's circumference. The named infant and child cuffs and their arm bands below are the
 * Fourth Report's (2004) table as commonly reprinted, not read this session: shown on the
 * cuffs' labels and not scored, so the game judges only an adult cuff on a child's arm (or a
 * child's cuff on an adult-sized arm), which the adult bands confirm.
 */
export const CHILD_CUFF_SIZING = {
  bladderLengthPercentOfArm: { min: 80, max: 100 },
  bladderWidthToArmRatio: { min: 0.45, max: 0.55 },
  source: checked(
    SOURCES.cuffSizingTable,
    'Table 2-3 (adapted from Flynn 2017, the AAP guideline): "Neonates, infants, children: cuff bladder length should encircle 80–100 % of arm; cuff bladder width-to-arm circumference ratio 0.45–0.55"; the adult bands start at 22 cm.',
  ),
} as const;

/** One named cuff for a child's arm, with the arm band on its label. */
export interface ChildCuffSize extends Sourced {
  readonly id: 'infant' | 'child';
  readonly displayName: string;
  /** The arm band (cm) on the cuff's label: from `overCm` (exclusive; null: no lower limit) to `upToCm` (inclusive). */
  readonly overCm: number | null;
  readonly upToCm: number;
}

const fourthReportCuffs = checked(
  SOURCES.nhbpepFourthReport2004,
  'Not read this session: the infant cuff (bladder about 6 × 12 cm) for arms up to about 15 cm and the child cuff (about 9 × 18 cm) up to about 22 cm, as commonly reprinted from the report\'s cuff table. Shown on the labels; the choice between the two is not scored.',
);

/** The infant and child cuffs, smallest first (their bands unconfirmed: `verified: false`). */
export const CHILD_CUFF_SIZES: readonly ChildCuffSize[] = [
  { id: 'infant', displayName: 'Infant', overCm: null, upToCm: 15, source: fourthReportCuffs, verified: false },
  { id: 'child', displayName: 'Child', overCm: 15, upToCm: 21.9, source: fourthReportCuffs, verified: false },
];

/**
 * Below this age the head circumference is measured with the length and weight and plotted on
 * the WHO head-circumference-for-age chart. That the CDC recommends the WHO charts, head
 * circumference among them, from birth to 2 years is confirmed; that the MA measures it at
 * every well-child visit was not confirmed in a source read (the Bright Futures periodicity
 * schedule was not read), so it is measured, charted and shown, and not scored.
 */
export const HEAD_CIRCUMFERENCE_UNDER_MONTHS = {
  months: 24,
  source: checked(
    SOURCES.cdcWhoGrowthStandardsSummary,
    'The WHO standards the CDC recommends from birth to 2 years include head circumference-for-age. The MA measuring it at each well-child visit (Bright Futures periodicity schedule) was not read this session: not scored.',
  ),
  verified: false,
} as const;

/** Whether a patient of `ageMonths` has the head circumference measured. */
export function headCircumferenceMeasured(ageMonths: number): boolean {
  return ageMonths < HEAD_CIRCUMFERENCE_UNDER_MONTHS.months;
}
