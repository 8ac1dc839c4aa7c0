import { describe, expect, it } from 'vitest';
import {
  CPT_CODES,
  ICD10CM_CODES,
  QW_EXEMPT_CODES,
  TESTS,
  cptEntry,
  icd10Entry,
  isCptValidOn,
  isIcd10ValidOn,
  isIsoDate,
  isQwExempt,
  needsQwModifier,
} from '../../src/reference';

const codeSets = [
  { name: 'ICD-10-CM', entries: ICD10CM_CODES },
  { name: 'CPT/HCPCS', entries: CPT_CODES },
];

describe.each(codeSets)('the $name code set', ({ entries }) => {
  it.each(entries.map((e) => [e.code, e]))('%s has valid ISO effective dates, from before to', (_code, entry) => {
    expect(isIsoDate(entry.effectiveFrom)).toBe(true);
    if (entry.effectiveTo !== undefined) {
      expect(isIsoDate(entry.effectiveTo)).toBe(true);
      expect(entry.effectiveFrom < entry.effectiveTo).toBe(true);
    }
  });

  it('has no code twice in overlapping periods', () => {
    const overlaps: string[] = [];
    entries.forEach((a, i) =>
      entries.slice(i + 1).forEach((b) => {
        if (a.code !== b.code) return;
        const aEnd = a.effectiveTo ?? '9999-12-31';
        const bEnd = b.effectiveTo ?? '9999-12-31';
        if (a.effectiveFrom < bEnd && b.effectiveFrom < aEnd) overlaps.push(a.code);
      }),
    );
    expect(overlaps).toEqual([]);
  });
});

describe('ICD10CM_CODES', () => {
  it('has no duplicate rows (same code and start date)', () => {
    const keys = ICD10CM_CODES.map((e) => `${e.code}@${e.effectiveFrom}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(ICD10CM_CODES.filter((e) => e.moreSpecific !== undefined).map((e) => [e.code, e]))(
    '%s names only codes the set carries, each billable at some time',
    (_code, entry) => {
      for (const child of entry.moreSpecific ?? []) {
        expect(ICD10CM_CODES.some((e) => e.code === child && e.billable), child).toBe(true);
      }
    },
  );

  it('marks only non-billable rows as headers with more specific codes', () => {
    expect(ICD10CM_CODES.filter((e) => e.billable && e.moreSpecific !== undefined).map((e) => e.code)).toEqual([]);
  });

  it('keeps I10 billable at three characters', () => {
    expect(isIcd10ValidOn('I10', '2025-03-01')).toEqual({ valid: true });
  });

  it('limits supervision-of-pregnancy codes to female patients', () => {
    expect(icd10Entry('Z34.00')?.sexes).toEqual(['female']);
  });
});

describe('isIcd10ValidOn', () => {
  it.each([
    ['R05', '2021-09-30', { valid: true }],
    ['R05', '2021-10-01', { valid: false, reason: 'deleted', moreSpecific: ['R05.1', 'R05.2', 'R05.3', 'R05.4', 'R05.8', 'R05.9'] }],
    ['R05.1', '2021-09-30', { valid: false, reason: 'not-yet-effective' }],
    ['R05.1', '2021-10-01', { valid: true }],
    ['M54.5', '2021-09-30', { valid: true }],
    ['M54.5', '2022-01-15', { valid: false, reason: 'deleted', moreSpecific: ['M54.50', 'M54.51', 'M54.59'] }],
    ['M54.50', '2022-01-15', { valid: true }],
    ['E11', '2025-03-01', { valid: false, reason: 'not-billable', moreSpecific: ['E11.9', 'E11.65'] }],
    ['J02', '2025-03-01', { valid: false, reason: 'not-billable', moreSpecific: ['J02.0', 'J02.9'] }],
    ['J45.90', '2025-03-01', { valid: false, reason: 'not-billable', moreSpecific: ['J45.901', 'J45.902', 'J45.909'] }],
    ['Z00.0', '2025-03-01', { valid: false, reason: 'not-billable', moreSpecific: ['Z00.00', 'Z00.01'] }],
    ['N39', '2025-03-01', { valid: false, reason: 'not-billable', moreSpecific: ['N39.0'] }],
    ['E66', '2024-09-30', { valid: false, reason: 'not-billable', moreSpecific: ['E66.01', 'E66.3', 'E66.9'] }],
    ['E66.811', '2024-09-30', { valid: false, reason: 'not-yet-effective' }],
    ['E66.811', '2024-10-01', { valid: true }],
    ['Z20.822', '2020-12-31', { valid: false, reason: 'not-yet-effective' }],
    ['Z20.822', '2021-01-01', { valid: true }],
    ['X99.999', '2025-03-01', { valid: false, reason: 'unknown' }],
    ['j02.0', '2025-03-01', { valid: true }],
  ] as const)('%s on %s', (code, date, expected) => {
    expect(isIcd10ValidOn(code, date)).toEqual(expected);
  });

  it('refuses a malformed date rather than guessing', () => {
    expect(() => isIcd10ValidOn('I10', '2025-13-01')).toThrow(RangeError);
  });
});

describe('icd10Entry', () => {
  it('returns the version in effect on a date', () => {
    expect(icd10Entry('R05', '2020-01-01')?.billable).toBe(true);
    expect(icd10Entry('R05', '2022-01-01')?.billable).toBe(false);
  });

  it('returns the latest version when no date is given', () => {
    expect(icd10Entry('R05')?.effectiveFrom).toBe('2021-10-01');
  });
});

describe('CPT_CODES', () => {
  it('has no duplicate codes', () => {
    const codes = CPT_CODES.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(CPT_CODES.map((e) => [e.code, e]))('%s has a positive synthetic charge in whole cents', (_code, entry) => {
    expect(Number.isInteger(entry.chargeCents)).toBe(true);
    expect(entry.chargeCents).toBeGreaterThan(0);
  });

  it.each(TESTS.flatMap((t) => t.codes.map((c) => [t.id, c.code])))('test %s bills a code in the set (%s)', (_test, code) => {
    expect(cptEntry(code)).toBeDefined();
  });
});

describe('isCptValidOn', () => {
  it.each([
    ['99201', '2020-12-31', { valid: true }],
    ['99201', '2021-01-01', { valid: false, reason: 'deleted' }],
    ['99213', '2025-06-01', { valid: true }],
    ['87811', '2020-10-05', { valid: false, reason: 'not-yet-effective' }],
    ['87811', '2020-10-06', { valid: true }],
    ['g0008', '2025-06-01', { valid: true }],
    ['99999', '2025-06-01', { valid: false, reason: 'unknown' }],
  ] as const)('%s on %s', (code, date, expected) => {
    expect(isCptValidOn(code, date)).toEqual(expected);
  });
});

describe('needsQwModifier', () => {
  it('keeps the CMS exempt list exactly', () => {
    expect(QW_EXEMPT_CODES.toSorted()).toEqual(['81002', '81025', '82270', '82272', '82962', '83026', '84830', '85013', '85651']);
  });

  it.each([
    ['87880', true],
    ['87804', true],
    ['83036', true],
    ['87811', true],
    ['81003', true],
    ['81002', false],
    ['81025', false],
    ['82962', false],
    ['85025', false],
    ['93000', false],
    ['36415', false],
  ] as const)('%s performed under the waiver needs QW: %s', (code, expected) => {
    expect(needsQwModifier(code)).toBe(expected);
  });

  it('never adds QW to a test sent to the reference laboratory', () => {
    expect(needsQwModifier('83036', { performedUnderWaiver: false })).toBe(false);
  });

  it('treats every exempt code as exempt and nothing else', () => {
    for (const code of QW_EXEMPT_CODES) expect(isQwExempt(code)).toBe(true);
    expect(isQwExempt('87880')).toBe(false);
  });

  it('matches the QW modifiers the test catalogue puts on its codes', () => {
    for (const test of TESTS) {
      for (const billed of test.codes) {
        expect(billed.modifiers?.includes('QW') ?? false, `${test.id} ${billed.code}`).toBe(
          needsQwModifier(billed.code, { performedUnderWaiver: test.cliaWaivedPointOfCare }),
        );
      }
    }
  });
});

describe('the codes the bundled notes need', () => {
  it.each([
    ['R23.3', 'Spontaneous ecchymoses'],
    ['Z32.00', 'Encounter for pregnancy test, result unknown'],
    ['Z32.01', 'Encounter for pregnancy test, result positive'],
    ['Z32.02', 'Encounter for pregnancy test, result negative'],
  ])('offers %s (%s) as billable in the FY2026 code set', (code, description) => {
    expect(isIcd10ValidOn(code, '2026-03-10')).toEqual({ valid: true });
    expect(icd10Entry(code, '2026-03-10')?.description).toBe(description);
  });

  it('refuses the pregnancy-test header Z32.0 and names the three codes below it', () => {
    expect(isIcd10ValidOn('Z32.0', '2026-03-10')).toEqual({ valid: false, reason: 'not-billable', moreSpecific: ['Z32.00', 'Z32.01', 'Z32.02'] });
  });
});
