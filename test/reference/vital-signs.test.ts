import { describe, expect, it } from 'vitest';
import {
  ageBand,
  ageInDays,
  ageInMonths,
  ageInYears,
  assessVitalSigns,
  bloodPressureRepeatBasis,
  bmi,
  celsiusToFahrenheit,
  classifyAdultBloodPressure,
  classifyAdultBmi,
  cuffBias,
  cuffSizeForArm,
  fahrenheitToCelsius,
  hypotensionSystolicBelow,
  vitalSignRanges,
} from '../../src/reference';

describe('classifyAdultBloodPressure', () => {
  it('puts 184/96 in the severe range', () => {
    expect(classifyAdultBloodPressure(184, 96)).toBe('severe');
  });

  it.each([
    [118, 78, 'normal'],
    [119, 79, 'normal'],
    [120, 79, 'elevated'],
    [129, 79, 'elevated'],
    [129, 80, 'stage-1-hypertension'],
    [130, 70, 'stage-1-hypertension'],
    [139, 89, 'stage-1-hypertension'],
    [118, 85, 'stage-1-hypertension'],
    [140, 70, 'stage-2-hypertension'],
    [125, 90, 'stage-2-hypertension'],
    [180, 120, 'stage-2-hypertension'],
    [181, 80, 'severe'],
    [150, 121, 'severe'],
  ] as const)('classifies %i/%i as %s (the higher category wins)', (systolic, diastolic, expected) => {
    expect(classifyAdultBloodPressure(systolic, diastolic)).toBe(expected);
  });
});

describe('bloodPressureRepeatBasis', () => {
  const onDate = '2026-03-10';
  const adult = { dateOfBirth: '1980-01-20', onDate };
  const sixYearOld = { dateOfBirth: '2019-09-02', onDate };
  const thirteenYearOld = { dateOfBirth: '2012-11-02', onDate };

  it('repeats an adult reading above normal (elevated and up), by the ACC/AHA guideline', () => {
    expect(bloodPressureRepeatBasis({ systolicMmHg: 118, diastolicMmHg: 76 }, adult)).toBeNull();
    expect(bloodPressureRepeatBasis({ systolicMmHg: 124, diastolicMmHg: 76 }, adult)?.id).toBe('accAha2017Hypertension');
    expect(bloodPressureRepeatBasis({ systolicMmHg: 118, diastolicMmHg: 84 }, adult)?.id).toBe('accAha2017Hypertension');
    expect(bloodPressureRepeatBasis({ systolicMmHg: 92, diastolicMmHg: 58 }, adult)).toBeNull();
  });

  it('uses the adult categories from 13 years', () => {
    expect(bloodPressureRepeatBasis({ systolicMmHg: 124, diastolicMmHg: 70 }, thirteenYearOld)?.id).toBe('accAha2017Hypertension');
  });

  it('repeats a child\'s systolic above the age band\'s range, and not a low or normal one', () => {
    // School age (6–11 years): 97–120 (PALS).
    expect(bloodPressureRepeatBasis({ systolicMmHg: 126, diastolicMmHg: 70 }, sixYearOld)?.id).toBe('choosingWiselyPediatricBp');
    expect(bloodPressureRepeatBasis({ systolicMmHg: 120, diastolicMmHg: 70 }, sixYearOld)).toBeNull();
    expect(bloodPressureRepeatBasis({ systolicMmHg: 96, diastolicMmHg: 60 }, sixYearOld)).toBeNull();
  });
});

describe('ageBand', () => {
  it.each([
    ['2025-03-01', '2025-03-01', 'neonate'],
    ['2025-03-01', '2025-03-28', 'neonate'],
    ['2025-03-01', '2025-03-29', 'infant'],
    ['2024-03-02', '2025-03-01', 'infant'],
    ['2024-03-01', '2025-03-01', 'toddler'],
    ['2022-03-02', '2025-03-01', 'toddler'],
    ['2022-03-01', '2025-03-01', 'preschool'],
    ['2019-03-02', '2025-03-01', 'preschool'],
    ['2019-03-01', '2025-03-01', 'school-age'],
    ['2013-03-02', '2025-03-01', 'school-age'],
    ['2013-03-01', '2025-03-01', 'adolescent'],
    ['2009-03-02', '2025-03-01', 'adolescent'],
    ['2009-03-01', '2025-03-01', 'adult'],
    ['1950-07-15', '2025-03-01', 'adult'],
  ] as const)('born %s, on %s, is in band %s', (dateOfBirth, onDate, expected) => {
    expect(ageBand(dateOfBirth, onDate)).toBe(expected);
  });
});

describe('age helpers', () => {
  it.each([
    ['2000-02-29', '2021-02-28', 20, 251, 7670],
    ['2000-02-29', '2021-03-01', 21, 252, 7671],
    ['2024-12-31', '2025-01-30', 0, 0, 30],
    ['2024-12-31', '2025-01-31', 0, 1, 31],
  ] as const)('born %s, on %s: %i years, %i months, %i days', (dob, on, years, months, days) => {
    expect(ageInYears(dob, on)).toBe(years);
    expect(ageInMonths(dob, on)).toBe(months);
    expect(ageInDays(dob, on)).toBe(days);
  });

  it('refuses a date of birth after the date', () => {
    expect(() => ageInYears('2025-03-02', '2025-03-01')).toThrow(RangeError);
  });

  it('refuses a non-ISO date', () => {
    expect(() => ageInYears('03/01/2020', '2025-03-01')).toThrow(RangeError);
  });
});

describe('vitalSignRanges', () => {
  it('gives the PALS toddler ranges', () => {
    const ranges = vitalSignRanges('toddler');
    expect(ranges.heartRatePerMin).toEqual({ min: 98, max: 140 });
    expect(ranges.respirationsPerMin).toEqual({ min: 22, max: 37 });
    expect(ranges.systolicMmHg).toEqual({ min: 86, max: 106 });
  });

  it('gives adults 12–18 respirations by default and 12–20 with the MA-text set', () => {
    expect(vitalSignRanges('adult').respirationsPerMin).toEqual({ min: 12, max: 18 });
    expect(vitalSignRanges('adult', { adultRespirationSet: 'ma-text' }).respirationsPerMin).toEqual({ min: 12, max: 20 });
  });
});

describe('hypotensionSystolicBelow', () => {
  it.each([
    ['2025-03-01', '2025-03-10', 60],
    ['2025-01-01', '2025-03-10', 70],
    ['2020-03-01', '2025-03-10', 80],
    ['2015-03-01', '2025-03-10', 90],
    ['2014-03-01', '2025-03-10', 90],
  ] as const)('born %s, on %s: hypotensive below %i', (dob, on, expected) => {
    expect(hypotensionSystolicBelow(dob, on)).toBe(expected);
  });
});

describe('assessVitalSigns', () => {
  const adult = { dateOfBirth: '1970-05-05', onDate: '2025-03-01' };

  it('flags a systolic of 184 as a critical value', () => {
    expect(assessVitalSigns({ systolicMmHg: 184, diastolicMmHg: 96 }, adult)).toContainEqual(
      expect.objectContaining({ vital: 'blood-pressure', level: 'critical', ruleId: 'bp-severe' }),
    );
  });

  it('flags a diastolic of 121 as critical but 180/120 only as abnormal', () => {
    expect(assessVitalSigns({ systolicMmHg: 150, diastolicMmHg: 121 }, adult)[0]?.level).toBe('critical');
    expect(assessVitalSigns({ systolicMmHg: 180, diastolicMmHg: 120 }, adult)[0]?.level).toBe('abnormal');
  });

  it('gives no flag for normal adult readings', () => {
    expect(
      assessVitalSigns({ systolicMmHg: 116, diastolicMmHg: 74, pulsePerMin: 72, respirationsPerMin: 16, temperatureC: 36.8, spo2Percent: 98 }, adult),
    ).toEqual([]);
  });

  it.each([
    [92, 'critical'],
    [93, 'abnormal'],
    [95, null],
  ] as const)('SpO2 %i%% is %s', (spo2Percent, expected) => {
    const flag = assessVitalSigns({ spo2Percent }, adult)[0];
    expect(flag?.level ?? null).toBe(expected);
  });

  it('flags 100.4 °F in a 6-week-old as critical and in an adult as abnormal', () => {
    const temperatureC = fahrenheitToCelsius(100.4);
    expect(assessVitalSigns({ temperatureC }, { dateOfBirth: '2025-01-15', onDate: '2025-03-01' })[0]).toMatchObject({
      level: 'critical',
      ruleId: 'infant-fever',
    });
    expect(assessVitalSigns({ temperatureC }, adult)[0]).toMatchObject({ level: 'abnormal', vital: 'temperature' });
  });

  it('does not make a fever critical at 3 months of age', () => {
    expect(assessVitalSigns({ temperatureC: 38.2 }, { dateOfBirth: '2024-12-01', onDate: '2025-03-01' })[0]?.level).toBe('abnormal');
  });

  it('flags an adult pulse of 135 as abnormal, not critical (no source makes it critical)', () => {
    expect(assessVitalSigns({ pulsePerMin: 135 }, adult)).toEqual([expect.objectContaining({ vital: 'pulse', level: 'abnormal' })]);
  });

  it('judges a 5-year-old against the preschool ranges', () => {
    const child = { dateOfBirth: '2020-01-01', onDate: '2025-03-01' };
    expect(assessVitalSigns({ pulsePerMin: 110, respirationsPerMin: 24 }, child)).toEqual([]);
    expect(assessVitalSigns({ respirationsPerMin: 16 }, child)[0]?.vital).toBe('respirations');
  });

  it('flags a child’s low systolic only below the PALS hypotension threshold (70 + 2 × age), not under the typical range', () => {
    const seven = { dateOfBirth: '2018-01-01', onDate: '2025-03-01' };
    // The school-age typical range starts at 97; hypotension at 7 years is below 84.
    expect(assessVitalSigns({ systolicMmHg: 96, diastolicMmHg: 64 }, seven)).toEqual([]);
    expect(assessVitalSigns({ systolicMmHg: 84, diastolicMmHg: 50 }, seven)).toEqual([]);
    expect(assessVitalSigns({ systolicMmHg: 82, diastolicMmHg: 50 }, seven)[0]?.vital).toBe('blood-pressure');
    expect(assessVitalSigns({ systolicMmHg: 122, diastolicMmHg: 70 }, seven)[0]?.vital).toBe('blood-pressure');
  });
});

describe('temperature conversion', () => {
  it.each([
    [100.4, 38.0],
    [98.6, 37.0],
    [97.8, 36.6],
  ] as const)('%f °F is %f °C', (f, c) => {
    expect(fahrenheitToCelsius(f)).toBe(c);
  });

  it('converts 38.0 °C back to 100.4 °F', () => {
    expect(celsiusToFahrenheit(38.0)).toBe(100.4);
  });
});

describe('cuffSizeForArm', () => {
  it.each([
    [21.9, null],
    [22, 'small-adult'],
    [26, 'small-adult'],
    [26.5, 'small-adult'],
    [27, 'adult'],
    [34, 'adult'],
    [35, 'large-adult'],
    [44, 'large-adult'],
    [45, 'adult-thigh'],
    [52, 'adult-thigh'],
    [52.5, null],
  ] as const)('an arm of %f cm takes %s', (cm, expected) => {
    expect(cuffSizeForArm(cm)).toBe(expected);
  });
});

describe('cuffBias', () => {
  it('over-reads when the cuff is too small and under-reads when too large', () => {
    expect(cuffBias(38, 'adult')).toEqual({ systolicMmHg: 4.8, diastolicMmHg: 1.8 });
    expect(cuffBias(46, 'adult')).toEqual({ systolicMmHg: 19.5, diastolicMmHg: 7.4 });
    expect(cuffBias(24, 'adult')).toEqual({ systolicMmHg: -3.6, diastolicMmHg: -1.3 });
    expect(cuffBias(30, 'adult')).toEqual({ systolicMmHg: 0, diastolicMmHg: 0 });
  });
});

describe('bmi', () => {
  it.each([
    [70, 175, 22.9],
    [95, 170, 32.9],
    [120, 160, 46.9],
  ] as const)('%i kg at %i cm is %f', (kg, cm, expected) => {
    expect(bmi(kg, cm)).toBe(expected);
  });

  it.each([
    [18.4, 'underweight'],
    [18.5, 'healthy-weight'],
    [24.9, 'healthy-weight'],
    [25, 'overweight'],
    [30, 'obesity-class-1'],
    [34.9, 'obesity-class-1'],
    [35, 'obesity-class-2'],
    [40, 'obesity-class-3'],
  ] as const)('classifies a BMI of %f as %s', (value, expected) => {
    expect(classifyAdultBmi(value)).toBe(expected);
  });
});
