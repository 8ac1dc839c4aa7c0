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
 * nearest 2 mmHg tick. Null for a marker not drawn (yet) or out of the view. The view the
 * canvas shows (its `data-camera`: zoom and the logical point at its centre; the whole dial
 * without it) turns each pixel back into the dial's own coordinates.
 */
export function readDial(gauge: Locator): Promise<{ first: number | null; last: number | null }> {
  return gauge.locator('canvas').evaluate((canvas: HTMLCanvasElement, dial) => {
    const context = canvas.getContext('2d');
    if (!context) return { first: null, last: null };
    const { width, height } = canvas;
    const pixels = context.getImageData(0, 0, width, height).data;
    const scale = width / dial.size;
    const [zoom, lookX, lookY] = (canvas.dataset.camera ?? `1 ${dial.centre} ${dial.centre}`).split(' ').map(Number) as [number, number, number];
    // A pixel's place on the dial (logical px), the view's zoom and centre undone.
    const onDial = (x: number, y: number) => [lookX + (x / scale - dial.size / 2) / zoom, lookY + (y / scale - dial.size / 2) / zoom] as const;
    const sums = { first: { mmHg: 0, n: 0 }, last: { mmHg: 0, n: 0 } };
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        const [r, g, b, a] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!, pixels[i + 3]!];
        const kind = a < 200 ? null : r > 150 && g < 80 && b < 80 ? 'first' : b > 140 && r < 70 && g > 60 && g < 130 ? 'last' : null;
        if (kind === null) continue;
        const [dx, dy] = onDial(x, y).map((v) => v - dial.centre) as [number, number];
        const radius = Math.hypot(dx, dy);
        if (radius < dial.radius + 1 || radius > dial.radius + 15) continue;
        const degrees = (Math.atan2(dy, dx) * 180) / Math.PI;
        sums[kind].mmHg += (((degrees - dial.startDeg + 720) % 360) / dial.sweepDeg) * dial.maxMmHg;
        sums[kind].n += 1;
      }
    }
    // Each mark read to the nearest 2 mmHg tick (a few pixels are not a mark).
    const [first, last] = [sums.first, sums.last].map((sum) => (sum.n < 4 ? null : Math.round(sum.mmHg / sum.n / 2) * 2));
    return { first: first ?? null, last: last ?? null };
  }, DIAL);
}
