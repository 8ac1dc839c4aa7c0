import { describe, expect, it } from 'vitest';
import { fitsInSeal, SEAL, sealCause, sealClearRadius, verdictSize } from '../../scenes/debrief-seal';
import type { Finding } from '../../src/scoring/finding';
import { gate } from '../../src/scoring/score';

/** A bold verdict's drawn size at a type size: about 0.72 em a capital, 2 px letter spacing, 1.2 em high. */
function measured(text: string) {
  return (size: number) => ({ width: text.length * (size * 0.72 + 2), height: size * 1.2 });
}

describe('The debrief seal', () => {
  it('keeps the verdict inside the ring’s inner edge, less its margin', () => {
    expect(sealClearRadius()).toBe(SEAL.radius - SEAL.lineWidth / 2 - SEAL.margin);
    expect(fitsInSeal(150, 24, SEAL.verdictOffsetY)).toBe(false);
    expect(fitsInSeal(100, 20, SEAL.verdictOffsetY)).toBe(true);
    expect(fitsInSeal(20, 20, sealClearRadius())).toBe(false);
  });

  it('sets “PASSED” at the largest size and shrinks “NOT PASSED” until it fits inside the ring', () => {
    expect(verdictSize(measured('PASSED'))).toBe(SEAL.verdictSizes.largest);
    const size = verdictSize(measured('NOT PASSED'));
    expect(size).toBeLessThan(SEAL.verdictSizes.largest);
    const { width, height } = measured('NOT PASSED')(size);
    expect(fitsInSeal(width, height, SEAL.verdictOffsetY)).toBe(true);
  });

  it('names under the ring why a day did not pass, as the gate decided it (the playtest read 71 over a pass mark of 70 as a pass)', () => {
    const critical = { severity: 'critical', ruleId: 'intake.identity', message: 'identity confirmed on a yes-or-no question' } as unknown as Finding;
    const twoOfFour = { completed: 2, expected: 4, requiredShare: 1 };
    expect(sealCause(gate([], 71, 70, twoOfFour))).toBe('Not passed: visits unfinished');
    expect(sealCause(gate([], 71, 70, { completed: 0, expected: 1, requiredShare: 1 }))).toBe('Not passed: visits unfinished');
    expect(sealCause(gate([critical], 90, 70, twoOfFour))).toBe('Not passed: a critical finding');
    expect(sealCause(gate([], 64.5, 70, { completed: 4, expected: 4, requiredShare: 1 }))).toBe('Not passed: below the pass mark of 70');
    expect(sealCause(gate([], 71, 70, { completed: 4, expected: 4, requiredShare: 1 }))).toBeNull();
  });
});
