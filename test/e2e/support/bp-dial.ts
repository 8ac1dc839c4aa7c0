/**
 * The BP gauge read as a sighted trainee reads it, for the browser tests: the dial's geometry
 * as `scenes/stations/bp-gauge-scene.ts` draws it, and the marks of the first and last
 * Korotkoff sounds read off its canvas to the nearest 2 mmHg tick.
 */
import type { Locator } from 'playwright-core';

/** The aneroid gauge's geometry as `bp-gauge-scene.ts` draws it (logical pixels of its 400×400 canvas). */
export const DIAL = { size: 400, centre: 200, radius: 176, startDeg: 105, sweepDeg: 330, maxMmHg: 300 } as const;

/**
 * Reads the dial as a sighted trainee does: finds the red (first sound) and blue (last sound)
 * markers in the ring outside the face, takes the angle each points at, and reads it to the
 * nearest 2 mmHg tick. Null for a marker not drawn (yet).
 */
export function readDial(gauge: Locator): Promise<{ first: number | null; last: number | null }> {
  return gauge.locator('canvas').evaluate((canvas: HTMLCanvasElement, dial) => {
    const context = canvas.getContext('2d');
    if (!context) return { first: null, last: null };
    const { width, height } = canvas;
    const pixels = context.getImageData(0, 0, width, height).data;
    const scale = width / dial.size;
    const centre = dial.centre * scale;
    const sums = { first: { mmHg: 0, n: 0 }, last: { mmHg: 0, n: 0 } };
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        const [r, g, b, a] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!, pixels[i + 3]!];
        const radius = Math.hypot(x - centre, y - centre) / scale;
        if (a < 200 || radius < dial.radius + 1 || radius > dial.radius + 15) continue;
        const kind = r > 150 && g < 80 && b < 80 ? 'first' : b > 140 && r < 70 && g > 60 && g < 130 ? 'last' : null;
        if (kind === null) continue;
        const degrees = (Math.atan2(y - centre, x - centre) * 180) / Math.PI;
        sums[kind].mmHg += (((degrees - dial.startDeg + 720) % 360) / dial.sweepDeg) * dial.maxMmHg;
        sums[kind].n += 1;
      }
    }
    // Each mark read to the nearest 2 mmHg tick (a few pixels are not a mark).
    const [first, last] = [sums.first, sums.last].map((sum) => (sum.n < 4 ? null : Math.round(sum.mmHg / sum.n / 2) * 2));
    return { first: first ?? null, last: last ?? null };
  }, DIAL);
}
