/**
 * The debrief seal's geometry, without Phaser: where the ring stands and how much room it
 * leaves inside for the verdict under the total, so "NOT PASSED" is fitted to the ring and
 * never runs across it.
 */

/** The seal's ring on the debrief canvas. */
export const SEAL = {
  centreX: 230,
  centreY: 215,
  radius: 88,
  lineWidth: 10,
  /** How far below the centre the verdict's middle sits. */
  verdictOffsetY: 34,
  /** Clear space kept between the verdict and the ring's inner edge. */
  margin: 6,
  /** The verdict's largest and smallest type sizes, in px. */
  verdictSizes: { largest: 20, smallest: 12 },
} as const;

/** The ring's inner edge less the margin: the radius the verdict must stay inside. */
export function sealClearRadius(): number {
  return SEAL.radius - SEAL.lineWidth / 2 - SEAL.margin;
}

/** Whether a box of `width` × `height` centred `offsetY` below the seal's centre lies inside the ring. */
export function fitsInSeal(width: number, height: number, offsetY: number): boolean {
  const clear = sealClearRadius();
  const farY = Math.abs(offsetY) + height / 2;
  return farY < clear && width / 2 <= Math.sqrt(clear * clear - farY * farY);
}

/**
 * The largest type size, from the largest down, at which the verdict fits inside the ring;
 * `measure` gives the verdict's drawn width and height at a size.
 */
export function verdictSize(measure: (size: number) => { readonly width: number; readonly height: number }): number {
  for (let size: number = SEAL.verdictSizes.largest; size > SEAL.verdictSizes.smallest; size -= 1) {
    const { width, height } = measure(size);
    if (fitsInSeal(width, height, SEAL.verdictOffsetY)) return size;
  }
  return SEAL.verdictSizes.smallest;
}

/**
 * Why a day did not pass, in the few words the seal shows under its ring, or null for a
 * passed day. Read from the gate's reason (`score.ts`), whose causes come in this order: a
 * critical finding, then the visits the day needs unfinished, then the pass mark. The
 * playtest's seal read "71" with the pass mark at 70 and looked like a pass: the cause stands
 * on the seal itself, not only in the words beside it.
 */
export function sealCause(gate: { readonly passed: boolean; readonly reason: string }): string | null {
  if (gate.passed) return null;
  if (/a critical finding/.test(gate.reason)) return 'Not passed: a critical finding';
  if (/this day needs .* finished/.test(gate.reason)) return 'Not passed: visits unfinished';
  const mark = /below the pass mark of (\d+(?:\.\d+)?)/.exec(gate.reason);
  if (mark) return `Not passed: below the pass mark of ${mark[1]}`;
  return 'Not passed';
}
