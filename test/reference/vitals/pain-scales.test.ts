import { describe, expect, it } from 'vitest';
import { painScaleForAge } from '../../../src/reference';

describe('painScaleForAge', () => {
  it.each([
    [1, null, 'no scale here for the first two months'],
    [2, 'flacc', 'an infant cannot self-report'],
    [20, 'flacc', 'a toddler: observed behaviour (FLACC)'],
    [35, 'flacc', 'just under 3 years'],
    [36, 'faces', 'from 3 years a faces scale'],
    [95, 'faces', 'just under 8 years'],
    [96, 'numeric-0-10', 'from 8 years the 0–10 numbers'],
    [600, 'numeric-0-10', 'an adult'],
  ] as const)('%i months: %s (%s)', (ageMonths, scale, _why) => {
    expect(painScaleForAge(ageMonths)?.scale ?? null).toBe(scale);
  });
});
