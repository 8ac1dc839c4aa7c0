import { describe, expect, it } from 'vitest';
import { EXCURSION_RESPONSE, STORAGE_RANGES, VIAL_DATING_RULE, lastDayOfExpiry, storageExcursion, vialUnusable } from '../../../src/reference';

describe('STORAGE_RANGES', () => {
  it.each([
    ['refrigerator', 2, 8],
    ['freezer', -50, -15],
  ] as const)('holds a %s between %i and %i °C, citing the CDC toolkit', (kind, minC, maxC) => {
    expect(STORAGE_RANGES[kind]).toMatchObject({ minC, maxC });
    expect(STORAGE_RANGES[kind].source.id).toBe('cdcStorageHandlingToolkit');
  });
});

describe('storageExcursion', () => {
  it.each([
    ['the default fridge log (4.6, min 3.9, max 5.8)', 'refrigerator', { currentC: 4.6, minC: 3.9, maxC: 5.8 }, false],
    ['a fridge that warmed to 9.1 overnight', 'refrigerator', { currentC: 5, minC: 3.9, maxC: 9.1 }, true],
    ['a fridge that froze to 0.5 overnight', 'refrigerator', { currentC: 4, minC: 0.5, maxC: 6 }, true],
    ['a fridge exactly at the edges', 'refrigerator', { currentC: 8, minC: 2, maxC: 8 }, false],
    ['a freezer at −20', 'freezer', { currentC: -20, minC: -22, maxC: -18 }, false],
    ['a freezer that rose to −12', 'freezer', { currentC: -20, minC: -22, maxC: -12 }, true],
  ] as const)('%s: excursion %s', (_what, kind, log, excursion) => {
    expect(storageExcursion(kind, log)).toBe(excursion);
  });
});

describe('EXCURSION_RESPONSE', () => {
  it('labels the stock do-not-use, keeps it, never gives and never discards it, citing the CDC toolkit', () => {
    expect(EXCURSION_RESPONSE.steps.join(' ')).toContain('Do Not Use');
    expect(EXCURSION_RESPONSE).toMatchObject({ neverGive: true, neverDiscard: true });
    expect(EXCURSION_RESPONSE.source.id).toBe('cdcStorageHandlingToolkit');
  });
});

describe('lastDayOfExpiry', () => {
  it.each([
    ['2026-10-31', '2026-10-31'],
    ['2026-02', '2026-02-28'],
    ['2028-02', '2028-02-29'],
    ['2026-04', '2026-04-30'],
    ['soon', null],
  ] as const)('reads %s as usable through %s', (printed, last) => {
    expect(lastDayOfExpiry(printed)).toBe(last);
  });
});

describe('vialUnusable', () => {
  it.each([
    ['an in-date single-dose vial', { expires: '2027-03-10' }, '2026-03-10', null],
    ['a vial on its expiry day', { expires: '2026-03-10' }, '2026-03-10', null],
    ['a vial the day after its expiry', { expires: '2026-03-09' }, '2026-03-10', 'expired'],
    ['a multidose vial opened 27 days ago with a 28-day beyond-use date', { expires: '2027-01-01', multiDose: { openedOn: '2026-02-11', beyondUseDays: 28 } }, '2026-03-10', null],
    ['a multidose vial opened 28 days ago with a 28-day beyond-use date', { expires: '2027-01-01', multiDose: { openedOn: '2026-02-10', beyondUseDays: 28 } }, '2026-03-10', 'past-beyond-use-date'],
  ] as const)('%s: %s', (_what, vial, onDate, why) => {
    expect(vialUnusable(vial, onDate)).toBe(why);
  });

  it('cites Immunize.org for the dating rule', () => {
    expect(VIAL_DATING_RULE.source.id).toBe('immunizeOrgAskTheExperts');
  });
});
