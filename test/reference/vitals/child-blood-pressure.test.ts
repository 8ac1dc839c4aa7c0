import { describe, expect, it } from 'vitest';
import {
  BP_SCREENING_FROM_AGE_YEARS,
  assessChildBloodPressure,
  bpIsRoutine,
  childBpPercentiles,
  classifyAdultBloodPressure,
  classifyChildBloodPressure,
} from '../../../src/reference';

describe('childBpPercentiles', () => {
  it('reads the column whose printed height is nearest the child (girl, 7, 125 cm: the 50th column, 124.9 cm)', () => {
    const p = childBpPercentiles({ ageYears: 7, sex: 'female', heightCm: 125 });
    expect(p.heightPercentileColumn).toBe(50);
    expect(p.columnHeightCm).toBe(124.9);
    expect(p).toMatchObject({ p50: { systolic: 95, diastolic: 57 }, p90: { systolic: 109, diastolic: 70 }, p95: { systolic: 112, diastolic: 73 }, p95plus12: { systolic: 124, diastolic: 85 } });
    expect(p.source.id).toBe('aap2017PediatricBp');
  });

  it.each([
    // boy aged 10: columns 130.2 132.7 136.7 141.3 145.9 150.1 152.7
    [120, 5, 'below the 5th column takes the 5th'],
    [131.4, 5, 'nearer 130.2 than 132.7'],
    [131.45, 5, 'an exact tie keeps the shorter column'],
    [131.5, 10, 'nearer 132.7'],
    [148, 75, 'midway between 145.9 and 150.1 keeps the shorter'],
    [148.5, 90, 'nearer 150.1 than 145.9'],
    [170, 95, 'above the 95th column takes the 95th'],
  ] as const)('boy aged 10, %f cm: the %ith column (%s)', (heightCm, column, _why) => {
    expect(childBpPercentiles({ ageYears: 10, sex: 'male', heightCm }).heightPercentileColumn).toBe(column);
  });

  it('counts age in completed years (12.9 reads the 12-year row)', () => {
    expect(childBpPercentiles({ ageYears: 12.9, sex: 'male', heightCm: 152.7 }).p90).toEqual({ systolic: 117, diastolic: 75 });
  });

  it('refuses ages the tables do not cover', () => {
    expect(() => childBpPercentiles({ ageYears: 0.5, sex: 'male', heightCm: 70 })).toThrow(RangeError);
    expect(() => childBpPercentiles({ ageYears: 18, sex: 'male', heightCm: 175 })).toThrow(RangeError);
  });
});

describe('classifyChildBloodPressure', () => {
  // Girl aged 7 at 124.9 cm (50th column): 90th 109/70, 95th 112/73, 95th + 12 124/85.
  const girl7 = { ageYears: 7, sex: 'female', heightCm: 124.9 } as const;

  it.each([
    [108, 69, 'normal'],
    [109, 60, 'elevated'],
    [100, 70, 'elevated'],
    [112, 60, 'stage-1-hypertension'],
    [100, 73, 'stage-1-hypertension'],
    [123, 84, 'stage-1-hypertension'],
    [124, 60, 'stage-2-hypertension'],
    [100, 85, 'stage-2-hypertension'],
  ] as const)('a 7-year-old girl of median height at %i/%i is %s (AAP 2017 Table 5, Table 3)', (systolic, diastolic, expected) => {
    expect(classifyChildBloodPressure({ ...girl7, systolic, diastolic })).toBe(expected);
  });

  it('judges a reading the adult table calls normal as stage 1 hypertension for a 7-year-old (the novice\'s slip)', () => {
    expect(classifyAdultBloodPressure(112, 70)).toBe('normal');
    expect(classifyChildBloodPressure({ ...girl7, systolic: 112, diastolic: 70 })).toBe('stage-1-hypertension');
  });

  it('caps the elevated cut-off at 120 systolic ("whichever is lower"): a tall 12-year-old boy whose 90th is 122', () => {
    const tallBoy12 = { ageYears: 12, sex: 'male', heightCm: 165.5 } as const;
    const assessment = assessChildBloodPressure({ ...tallBoy12, systolic: 120, diastolic: 70 });
    expect(assessment.percentiles?.p90.systolic).toBe(122);
    expect(assessment.cutOffs.elevated.systolic).toBe(120);
    expect(assessment.category).toBe('elevated');
    expect(classifyChildBloodPressure({ ...tallBoy12, systolic: 119, diastolic: 70 })).toBe('normal');
  });

  it.each([
    [119, 79, 'normal'],
    [120, 79, 'elevated'],
    [129, 70, 'elevated'],
    [118, 80, 'stage-1-hypertension'],
    [130, 70, 'stage-1-hypertension'],
    [139, 89, 'stage-1-hypertension'],
    [140, 70, 'stage-2-hypertension'],
    [118, 90, 'stage-2-hypertension'],
  ] as const)('from 13 years uses the adult-like cut-offs: %i/%i is %s', (systolic, diastolic, expected) => {
    const assessment = assessChildBloodPressure({ ageYears: 13, sex: 'female', heightCm: 159, systolic, diastolic });
    expect(assessment.basis).toBe('adult-cut-offs');
    expect(assessment.category).toBe(expected);
  });

  it('says which of systolic and diastolic put the reading in its category', () => {
    const a = assessChildBloodPressure({ ...girl7, systolic: 104, diastolic: 74 });
    expect(a).toMatchObject({ systolicCategory: 'normal', diastolicCategory: 'stage-1-hypertension', category: 'stage-1-hypertension', basis: 'percentile' });
  });

  it('refuses a child under 1 year (the tables start at 1)', () => {
    expect(() => classifyChildBloodPressure({ ageYears: 0, sex: 'male', heightCm: 70, systolic: 90, diastolic: 50 })).toThrow(RangeError);
  });
});

describe('bpIsRoutine', () => {
  it('measures BP every year from 3; under 3 only with a risk condition (AAP 2017)', () => {
    expect(BP_SCREENING_FROM_AGE_YEARS.years).toBe(3);
    expect(bpIsRoutine(3)).toBe(true);
    expect(bpIsRoutine(2)).toBe(false);
    expect(bpIsRoutine(2, ['congenital-heart-disease'])).toBe(true);
  });
});
