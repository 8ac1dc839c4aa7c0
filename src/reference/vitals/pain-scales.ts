/**
 * Which pain scale fits a child's age: an observed-behaviour scale (FLACC) for a child who
 * cannot yet say how much it hurts, a faces scale from about 3 years, the 0–10 numeric scale
 * once a child understands numbers. Age is only a guide; development decides.
 */
import { SOURCES, checked, type Sourced } from '../source';

/** The pain scales the reference knows. */
export const PAIN_SCALE_IDS = ['flacc', 'faces', 'numeric-0-10'] as const;
/** One pain scale. */
export type PainScaleId = (typeof PAIN_SCALE_IDS)[number];

/** One pain scale and the ages it fits (whole months; `toAgeMonths` inclusive, null: no upper age). */
export interface PainScaleRule extends Sourced {
  readonly scale: PainScaleId;
  readonly displayName: string;
  readonly kind: 'observed' | 'self-report';
  readonly fromAgeMonths: number;
  readonly toAgeMonths: number | null;
  readonly note: string;
}

/** The pain scales by age, each scored 0–10. */
export const PEDIATRIC_PAIN_SCALES: readonly PainScaleRule[] = [
  {
    scale: 'flacc',
    displayName: 'FLACC (Face, Legs, Activity, Cry, Consolability)',
    kind: 'observed',
    fromAgeMonths: 2,
    toAgeMonths: 35,
    note: 'Scored by the MA from behaviour, 0–2 for each of five items; for a child who cannot self-report (used from 2 months; Seattle Children\'s uses it from 1 to 3 years). It also serves older non-verbal children.',
    source: checked(SOURCES.seattleChildrensPainScales, 'FLACC for non-verbal or pre-verbal children, 1 to 3 years; nursing references give 2 months to about 7 years.'),
  },
  {
    scale: 'faces',
    displayName: 'Faces scale (Wong-Baker FACES or Faces Pain Scale – Revised)',
    kind: 'self-report',
    fromAgeMonths: 36,
    toAgeMonths: 95,
    note: 'The child points to the face that shows how much it hurts.',
    source: checked(SOURCES.wongBakerFacesAge, 'Wong-Baker FACES from 3 years; Seattle Children\'s uses the FPS-R over 3 years (seattleChildrensPainScales).'),
  },
  {
    scale: 'numeric-0-10',
    displayName: 'Numeric rating scale 0–10',
    kind: 'self-report',
    fromAgeMonths: 96,
    toAgeMonths: null,
    note: 'Once a child understands numbers: "over 7 years" at Seattle Children\'s, about 7–8 years in nursing references; taken here from 8 years.',
    source: checked(SOURCES.seattleChildrensPainScales, 'The 0–10 scale for children over age 7; the boundary at 8 years is our reading of "over 7".'),
  },
];

/** The pain scale that fits a patient of `ageMonths`, or null under 2 months (no scale here for neonates). */
export function painScaleForAge(ageMonths: number): PainScaleRule | null {
  return PEDIATRIC_PAIN_SCALES.find((s) => ageMonths >= s.fromAgeMonths && (s.toAgeMonths === null || ageMonths <= s.toAgeMonths)) ?? null;
}

/**
 * Under 2 months no pain scale is offered: FLACC is used from 2 months, and the newborn scale
 * (NIPS) was developed for babies up to 6 weeks after birth, while other reprints give it to 1
 * year; with the sources differing, no infant pain score is charted or scored. The MA watches
 * the baby and tells the provider what is seen.
 */
export const NO_PAIN_SCALE_UNDER_MONTHS = {
  months: 2,
  reason:
    'No pain scale is used here under 2 months: FLACC starts at 2 months, and the newborn scale (NIPS) was built for babies up to 6 weeks old, with other sources giving it to 1 year. The sources differ, so no pain score is charted for this baby and nothing is scored.',
  instead: 'Watch the baby for a minute (face, cry, breathing, arms and legs, how alert or fussy) and say what you saw when you hand the baby over to the provider: there is no score to chart, and no button for it.',
  source: SOURCES.lawrence1993Nips,
  verified: false,
} as const;
