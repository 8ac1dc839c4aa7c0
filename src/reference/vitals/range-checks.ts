/**
 * What the vitals-depth work found when it checked the existing SpO₂ and respiratory-rate
 * ranges of `vital-signs.ts` against sources. No number was changed and no `verified` flag
 * was flipped (that would change what the game scores); each row says what a source confirms.
 */
import { SOURCES, checked, type Sourced } from '../source';

/** How far a source backs an existing value. */
export const RANGE_CHECK_OUTCOMES = ['confirmed', 'supported-in-another-setting', 'not-confirmed'] as const;
/** One outcome. */
export type RangeCheckOutcome = (typeof RANGE_CHECK_OUTCOMES)[number];

/** One existing value and what the sources say about it. */
export interface VitalRangeCheck extends Sourced {
  /** The export and field checked, e.g. `SPO2_REFERENCE.normal`. */
  readonly checks: string;
  readonly value: string;
  readonly outcome: RangeCheckOutcome;
  readonly finding: string;
}

/** The checks, one per existing value. */
export const VITAL_RANGE_CHECKS: readonly VitalRangeCheck[] = [
  {
    checks: 'SPO2_REFERENCE.normal',
    value: '95–100 %',
    outcome: 'supported-in-another-setting',
    finding: 'NHS England calls 95–99 % ideal for adults monitored at home; PedsCases (citing Fouzas 2011) says normal paediatric SpO₂ values are not firmly established. The entry stays verified: false.',
    source: SOURCES.nhsPulseOximeterHome,
  },
  {
    checks: "SPO2_REFERENCE.reportAtOrBelow and CRITICAL_VITAL_THRESHOLDS['spo2-low']",
    value: '≤ 92 %',
    outcome: 'supported-in-another-setting',
    finding: 'NHS England: 92 % or less, go to A&E or call 999 (adults at home with COVID-19); PedsCases: beyond the newborn period an SpO₂ below 92 % is a cause for concern. No office-practice source was found; the entry stays verified: false.',
    source: SOURCES.nhsPulseOximeterHome,
  },
  {
    checks: 'PEDIATRIC_VITAL_SIGNS respirationsPerMin',
    value: 'infant 30–53, toddler 22–37, preschool 20–28, school-age 18–25, adolescent 12–20 /min',
    outcome: 'confirmed',
    finding: 'The PedsCases chart (PALS 2015) gives these ranges exactly; PALS 2006 values (e.g. toddler 24–40) differ.',
    source: checked(SOURCES.pedsCasesVitalSigns, 'Checked again for issue 18 on the PedsCases one-page chart.'),
  },
];
