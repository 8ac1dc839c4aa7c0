import { describe, expect, it } from 'vitest';
import { CRITICAL_VITAL_THRESHOLDS, SPO2_REFERENCE, VITAL_RANGE_CHECKS, vitalSignRanges } from '../../../src/reference';

const PEDSCASES = 'PedsCases Pediatric Vital Signs Reference Chart (PALS 2015)';

describe('the respiratory-rate ranges', () => {
  it.each([
    ['infant', 30, 53],
    ['toddler', 22, 37],
    ['preschool', 20, 28],
    ['school-age', 18, 25],
    ['adolescent', 12, 20],
  ] as const)(`%s: %i–%i breaths a minute, as in the ${PEDSCASES}`, (band, min, max) => {
    expect(vitalSignRanges(band).respirationsPerMin).toEqual({ min, max });
  });
});

describe('the SpO₂ thresholds', () => {
  it('report at or below 92 %, the NHS England "92 % or less" emergency level, still unverified for an office', () => {
    expect(SPO2_REFERENCE.reportAtOrBelow).toBe(92);
    expect(CRITICAL_VITAL_THRESHOLDS['spo2-low'].atOrBelowPercent).toBe(92);
    expect(SPO2_REFERENCE.verified).toBe(false);
    expect(CRITICAL_VITAL_THRESHOLDS['spo2-low'].verified).toBe(false);
  });
});

describe('VITAL_RANGE_CHECKS', () => {
  it('records a check for each existing SpO₂ and respiratory-rate value it looked at', () => {
    expect(VITAL_RANGE_CHECKS.map((c) => c.checks)).toEqual([
      'SPO2_REFERENCE.normal',
      "SPO2_REFERENCE.reportAtOrBelow and CRITICAL_VITAL_THRESHOLDS['spo2-low']",
      'PEDIATRIC_VITAL_SIGNS respirationsPerMin',
    ]);
  });
});
