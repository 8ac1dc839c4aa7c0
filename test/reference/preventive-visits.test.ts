import { describe, expect, it } from 'vitest';
import { cptEntry, isCptValidOn, PREVENTIVE_AGE_BANDS, preventiveMedicineCode } from '../../src/reference/cpt-hcpcs';
import { elevenFullMonthsAfter, inFirstPartBYear, medicareWellnessCode, preventiveMedicineFor, preventiveVisitCode } from '../../src/reference/preventive-visits';

const senior = (preventiveHistory: object) => ({ dateOfBirth: '1947-12-08', newPatient: false, preventiveHistory });

describe('preventive visit codes', () => {
  it.each([
    ['new', 0, '99381'],
    ['new', 1, '99382'],
    ['established', 4, '99392'],
    ['established', 5, '99393'],
    ['established', 11, '99393'],
    ['established', 12, '99394'],
    ['new', 17, '99384'],
    ['new', 18, '99385'],
    ['established', 39, '99395'],
    ['established', 40, '99396'],
    ['established', 64, '99396'],
    ['established', 65, '99397'],
    ['new', 90, '99387'],
  ] as const)('a %s patient of %i years takes %s', (status, age, code) => {
    expect(preventiveMedicineCode(status, age)).toBe(code);
    expect(cptEntry(code)?.preventive).toMatchObject({ kind: 'preventive-medicine', patientStatus: status });
  });

  it('has every band, new and established, the Medicare wellness codes, each in effect with our own short description and a source', () => {
    expect(PREVENTIVE_AGE_BANDS).toHaveLength(7);
    for (const code of ['99381', '99387', '99391', '99397', 'G0402', 'G0438', 'G0439']) {
      expect(isCptValidOn(code, '2026-03-10')).toEqual({ valid: true });
      expect(cptEntry(code)?.category).toBe('preventive-visit');
      expect(cptEntry(code)?.source.title).toMatch(/\S/);
    }
    expect(cptEntry('G0439')?.medicareNoCostSharing).toBe(true);
    expect(cptEntry('99397')?.medicareNoCostSharing).toBeUndefined();
  });

  it('counts the annual wellness visit by 11 full months after the month of the last one, not by 365 days', () => {
    expect(elevenFullMonthsAfter('2025-01-31', '2026-01-01')).toBe(true);
    expect(elevenFullMonthsAfter('2025-02-01', '2026-01-31')).toBe(false);
  });

  it('keeps the Welcome to Medicare window to the first 12 months of Part B', () => {
    expect(inFirstPartBYear('2025-07-15', '2026-07-14')).toBe(true);
    expect(inFirstPartBYear('2025-07-15', '2026-07-15')).toBe(false);
  });

  it.each([
    ['Part B began four months ago and no exam on file', { medicarePartBSince: '2025-11-01' }, 'G0402'],
    ['Part B for years and no wellness visit on file', { medicarePartBSince: '2012-12-01' }, 'G0438'],
    ['the Welcome to Medicare window missed', { medicarePartBSince: '2024-07-01' }, 'G0438'],
    ['the last wellness visit thirteen months ago', { medicarePartBSince: '2012-12-01', lastAnnualWellnessVisit: '2025-02-18' }, 'G0439'],
    ['the last wellness visit nine months ago', { medicarePartBSince: '2012-12-01', lastAnnualWellnessVisit: '2025-06-18' }, null],
    ['the Welcome to Medicare exam five months ago', { medicarePartBSince: '2025-01-01', welcomeToMedicareVisit: '2025-10-01' }, null],
    ['no Part B date on file', {}, null],
  ] as const)('a Medicare patient with %s gets %s', (_name, history, code) => {
    const decision = medicareWellnessCode(senior(history), '2026-03-10');
    expect(decision.code).toBe(code);
    expect(decision.reason).toMatch(/\S/);
  });

  it('never gives a Medicare patient a routine-physical code, and gives everyone else the age band', () => {
    expect(preventiveVisitCode(senior({ medicarePartBSince: '2012-12-01' }), '2026-03-10', true).code).toBe('G0438');
    expect(preventiveVisitCode(senior({ medicarePartBSince: '2012-12-01' }), '2026-03-10', false).code).toBe('99397');
    expect(preventiveMedicineFor({ dateOfBirth: '2025-09-01', newPatient: false }, '2026-03-10')).toMatchObject({ code: '99391', reason: expect.stringContaining('infant') });
  });
});
