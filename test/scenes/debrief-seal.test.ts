import { describe, expect, it } from 'vitest';
import { fitsInSeal, SEAL, sealClearRadius, verdictSize } from '../../scenes/debrief-seal';

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
});
