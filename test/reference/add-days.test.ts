import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../src/reference/iso-date';

describe('addDays', () => {
  it.each([
    ['2026-12-06', 1, '2026-12-07'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-12-06', 0, '2026-12-06'],
    ['2026-12-06', 365, '2027-12-06'],
    ['1947-08-12', -30000, '1865-06-22'],
  ])('%s plus %i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('agrees with the calendar for every day of four years, forwards and back', () => {
    for (let offset = -800; offset <= 800; offset += 1) {
      const expected = new Date(Date.UTC(2026, 11, 6 + offset)).toISOString().slice(0, 10);
      expect(addDays('2026-12-06', offset)).toBe(expected);
      expect(daysBetween('2026-12-06', expected)).toBe(offset);
    }
  });

  it('refuses a date that is not an ISO date', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});
