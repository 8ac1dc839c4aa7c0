import { describe, expect, it } from 'vitest';
import { CPT_CODES, EM_TIME_THRESHOLDS, emCodeFor, mdmLevel } from '../../src/reference';

describe('mdmLevel', () => {
  it.each([
    ['minimal', 'minimal', 'minimal', 'straightforward'],
    ['high', 'minimal', 'minimal', 'straightforward'],
    ['low', 'low', 'minimal', 'low'],
    ['moderate', 'low', 'minimal', 'low'],
    ['moderate', 'moderate', 'minimal', 'moderate'],
    ['high', 'moderate', 'low', 'moderate'],
    ['minimal', 'moderate', 'moderate', 'moderate'],
    ['high', 'minimal', 'high', 'high'],
    ['high', 'high', 'high', 'high'],
    ['low', 'high', 'moderate', 'moderate'],
  ] as const)('problems %s, data %s, risk %s give %s (2 of 3)', (problems, data, risk, expected) => {
    expect(mdmLevel({ problems, data, risk })).toBe(expected);
  });
});

describe('emCodeFor', () => {
  it.each([
    ['new', 14, null],
    ['new', 15, '99202'],
    ['new', 29, '99202'],
    ['new', 30, '99203'],
    ['new', 44, '99203'],
    ['new', 45, '99204'],
    ['new', 59, '99204'],
    ['new', 60, '99205'],
    ['new', 120, '99205'],
    ['established', 9, null],
    ['established', 10, '99212'],
    ['established', 19, '99212'],
    ['established', 20, '99213'],
    ['established', 29, '99213'],
    ['established', 30, '99214'],
    ['established', 39, '99214'],
    ['established', 40, '99215'],
  ] as const)('a %s patient with %i minutes on the day gets %s', (patientStatus, totalMinutes, expected) => {
    expect(emCodeFor({ patientStatus, totalMinutes })).toBe(expected);
  });

  it.each([
    ['new', 'straightforward', '99202'],
    ['new', 'high', '99205'],
    ['new', 'minimal', null],
    ['established', 'minimal', '99211'],
    ['established', 'low', '99213'],
    ['established', 'moderate', '99214'],
  ] as const)('a %s patient with %s MDM gets %s', (patientStatus, mdm, expected) => {
    expect(emCodeFor({ patientStatus, mdmLevel: mdm })).toBe(expected);
  });

  it('takes the higher of MDM and time when both are given', () => {
    expect(emCodeFor({ patientStatus: 'established', mdmLevel: 'low', totalMinutes: 42 })).toBe('99215');
    expect(emCodeFor({ patientStatus: 'established', mdmLevel: 'moderate', totalMinutes: 12 })).toBe('99214');
    expect(emCodeFor({ patientStatus: 'new', mdmLevel: 'minimal', totalMinutes: 31 })).toBe('99203');
  });

  it('gives nothing without MDM or time', () => {
    expect(emCodeFor({ patientStatus: 'new' })).toBeNull();
  });

  it('never picks the deleted 99201', () => {
    const picks = [0, 5, 10, 15, 100].map((totalMinutes) => emCodeFor({ patientStatus: 'new', totalMinutes }));
    expect(picks).not.toContain('99201');
  });
});

describe('EM_TIME_THRESHOLDS', () => {
  it('agrees with the E/M facts on each code', () => {
    for (const row of EM_TIME_THRESHOLDS) {
      const entry = CPT_CODES.find((e) => e.code === row.code);
      expect(entry?.em?.timeThresholdMinutes).toBe(row.minMinutes);
      expect(entry?.em?.patientStatus).toBe(row.patientStatus);
    }
  });
});
