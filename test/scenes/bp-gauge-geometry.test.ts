import { describe, expect, it } from 'vitest';
import { angleOf, boxesMeet, closeUpOn, type DialBox, numeralBox as numeralGlyphs, tickLabelBox, tickLabels, fallAfterFrame, LONGEST_FRAME_MS, FOLLOW_ZOOM, followNeedle, frameMarks, GAUGE, GAUGE_SIZE, type GaugeCamera, numeralAt, NUMBERS_INNER, pointAt, POINTER_OUTER, TICK, viewOf, wholeInView, ZOOM } from '../../scenes/stations/bp-gauge-geometry';

/** Whether a logical point of the dial shows inside the canvas in `view`. */
function inView(view: GaugeCamera, point: { x: number; y: number }): boolean {
  const half = GAUGE_SIZE.width / 2 / view.zoom;
  return Math.abs(point.x - view.x) <= half && Math.abs(point.y - view.y) <= half;
}

/** A mark as a trainee reads it: its pointer outside the rim, and the numbers inside its tick, two ticks each side. */
function markParts(mmHg: number): { x: number; y: number }[] {
  return [mmHg - 4, mmHg, mmHg + 4].flatMap((at) => [pointAt(at, POINTER_OUTER), pointAt(at, NUMBERS_INNER)]);
}

describe('the BP dial’s views', () => {
  it('frames an ordinary reading’s two marks with their numbers nearly twice as large as the whole dial or more', () => {
    for (const [systolic, diastolic] of [
      [120, 80],
      [96, 64],
      [134, 82],
      [150, 96],
    ] as const) {
      const view = frameMarks([systolic, diastolic]);
      expect(view.zoom, `${systolic}/${diastolic}`).toBeGreaterThanOrEqual(1.8);
      expect(view.zoom).toBeLessThanOrEqual(ZOOM);
      expect([...markParts(systolic), ...markParts(diastolic)].every((point) => inView(view, point)), `${systolic}/${diastolic}`).toBe(true);
    }
  });

  it('frames a wide pulse pressure less close, but whole, and never smaller than the whole dial', () => {
    const wide = frameMarks([190, 50]);
    expect(wide.zoom).toBeGreaterThanOrEqual(1);
    expect(wide.zoom).toBeLessThan(2);
    expect([...markParts(190), ...markParts(50)].every((point) => inView(wide, point))).toBe(true);
  });

  it('frames one mark (the first sound, while the needle is still falling) up close', () => {
    const view = frameMarks([118]);
    expect(view.zoom).toBe(ZOOM);
    expect(markParts(118).every((point) => inView(view, point))).toBe(true);
  });

  it('shows the whole dial with no mark', () => {
    expect(frameMarks([])).toEqual({ zoom: 1, x: GAUGE.x, y: GAUGE.y });
  });

  it('follows the needle’s tip close up, its ticks two and a half times as far apart as on the whole dial', () => {
    const view = followNeedle(140);
    expect(view.zoom).toBe(FOLLOW_ZOOM);
    expect(inView(view, pointAt(140, GAUGE.radius - 6))).toBe(true);
    expect(markParts(140).every((point) => inView(view, point))).toBe(true);
    // A 2 mmHg tick apart at the rim: about 6.7 logical px, 17 on the screen's view.
    const tick = Math.hypot(pointAt(140, GAUGE.radius).x - pointAt(142, GAUGE.radius).x, pointAt(140, GAUGE.radius).y - pointAt(142, GAUGE.radius).y);
    expect(tick * view.zoom).toBeGreaterThan(15);
  });

  it('brings one mark three times as large, centred', () => {
    const view = closeUpOn(82);
    expect(view.zoom).toBe(ZOOM);
    expect(markParts(82).every((point) => inView(view, point))).toBe(true);
  });
});

/** A numeral's box on the dial as the 13–14 px face draws it: about 8 px a digit, 16 px high. */
function numeralBox(mmHg: number): DialBox {
  const at = numeralAt(mmHg);
  const half = (String(mmHg).length * 8) / 2;
  return { left: at.x - half, right: at.x + half, top: at.y - 8, bottom: at.y + 8 };
}

const NUMERALS = Array.from({ length: GAUGE.maxMmHg / 10 + 1 }, (_, i) => i * 10);

describe('the BP dial’s numerals in a close view', () => {
  it('counts a numeral cut at the canvas’s edge as not whole (the playtest read a cut “140”), and the numerals round the mark as whole', () => {
    const view = closeUpOn(150);
    const bounds = viewOf(view);
    const cut = NUMERALS.filter((mmHg) => {
      const box = numeralBox(mmHg);
      const inside = box.right > bounds.left && box.left < bounds.right && box.bottom > bounds.top && box.top < bounds.bottom;
      return inside && !wholeInView(box, view);
    });
    // The close-up on 150 cuts a numeral at each side (120 and 170 on the face as drawn)...
    expect(cut.length).toBeGreaterThan(0);
    expect(cut.every((mmHg) => mmHg < 140 || mmHg > 160)).toBe(true);
    // ...and shows the ones round the mark whole.
    for (const mmHg of [140, 150, 160]) expect(wholeInView(numeralBox(mmHg), view), String(mmHg)).toBe(true);
  });

  it('keeps at least two whole numerals in every close-up and every framing of two marks, so a mark is always read against the scale', () => {
    const views: GaugeCamera[] = [];
    for (let mmHg = 40; mmHg <= 260; mmHg += 2) views.push(closeUpOn(mmHg), followNeedle(mmHg));
    for (const [systolic, diastolic] of [[120, 80], [96, 64], [134, 82], [150, 96], [210, 120], [88, 50]] as const) views.push(frameMarks([systolic, diastolic]));
    for (const view of views) expect(NUMERALS.filter((mmHg) => wholeInView(numeralBox(mmHg), view)).length, JSON.stringify(view)).toBeGreaterThanOrEqual(2);
  });

  it('counts every numeral whole in the whole dial', () => {
    expect(NUMERALS.every((mmHg) => wholeInView(numeralBox(mmHg), frameMarks([])))).toBe(true);
  });
});

/** Where a tick ends inside the rim (logical px): the 10s' ticks run from 2 px inside the rim, `TICK.major` long. */
const MAJOR_TICK_END = GAUGE.radius - 2 - TICK.major;

/** How far a numeral's glyphs (about 8 px a digit, the digits about 10 px high, centred on its point) reach from the dial's centre along its tick's line. */
function numeralReach(mmHg: number): number {
  const at = numeralAt(mmHg);
  const angle = angleOf(mmHg);
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const along = (at.x - GAUGE.x) * cos + (at.y - GAUGE.y) * sin;
  return along + Math.abs(cos) * ((String(mmHg).length * 8) / 2) + Math.abs(sin) * 5;
}

describe('the BP dial’s numerals at their ticks', () => {
  it('centres each numeral on its own tick’s line', () => {
    for (const mmHg of NUMERALS) {
      const at = numeralAt(mmHg);
      const angle = Math.atan2(at.y - GAUGE.y, at.x - GAUGE.x);
      const turned = (((angle - angleOf(mmHg)) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
      expect(Math.min(turned, 2 * Math.PI - turned), String(mmHg)).toBeLessThan(1e-9);
    }
  });

  it('puts each numeral just inside the end of its tick, the same few px short of it all round the dial (the playtest saw the numbers at 12 and 6 o’clock sit away from their ticks)', () => {
    const gaps = NUMERALS.map((mmHg) => MAJOR_TICK_END - numeralReach(mmHg));
    for (const [index, gap] of gaps.entries()) {
      expect(gap, String(NUMERALS[index])).toBeGreaterThanOrEqual(2);
      expect(gap, String(NUMERALS[index])).toBeLessThanOrEqual(4);
    }
  });

  it('keeps every numeral inside the ring the framed views show (NUMBERS_INNER)', () => {
    for (const mmHg of NUMERALS) {
      const at = numeralAt(mmHg);
      const angle = angleOf(mmHg);
      const along = (at.x - GAUGE.x) * Math.cos(angle) + (at.y - GAUGE.y) * Math.sin(angle);
      expect(along - (numeralReach(mmHg) - along), String(mmHg)).toBeGreaterThanOrEqual(NUMBERS_INNER - 0.5);
    }
  });
});

describe('the numbers on the BP dial’s 2 mmHg ticks in a close view', () => {
  it('numbers the tick at the mark and its neighbours in a close-up, so a blue tick at 78 is not read as 80 (issue 19, the playtest)', () => {
    const labels = tickLabels([78], closeUpOn(78));
    expect(labels).toContain(78);
    expect(labels).toEqual(expect.arrayContaining([74, 76, 82, 84]));
    expect(labels).not.toContain(80);
  });

  it('numbers the tick at every mark and at the needle, each number whole in view and clear of the 10s’ numerals and of each other, all round the scale', () => {
    for (let mmHg = 40; mmHg <= 240; mmHg += 2) {
      if (mmHg % 10 === 0) continue;
      for (const camera of [closeUpOn(mmHg), followNeedle(mmHg)]) {
        const labels = tickLabels([mmHg], camera);
        expect(labels, `${mmHg} at ${camera.zoom}`).toContain(mmHg);
        // At least one more number each side of the mark: it is read against its neighbours too.
        expect(labels.some((at) => at < mmHg) && labels.some((at) => at > mmHg), `${mmHg}: ${labels.join(' ')}`).toBe(true);
        const boxes = labels.map(tickLabelBox);
        for (const [i, box] of boxes.entries()) {
          expect(wholeInView(box, camera)).toBe(true);
          expect(boxes.some((other, j) => j !== i && boxesMeet(box, other)), `${mmHg}: ${labels[i]} meets another`).toBe(false);
          for (let ten = 0; ten <= GAUGE.maxMmHg; ten += 10) expect(boxesMeet(box, numeralGlyphs(ten), 0), `${labels[i]} meets ${ten}`).toBe(false);
        }
      }
    }
  });

  it('numbers no 2 mmHg tick on the whole dial or a framing of both marks less close than the needle’s view', () => {
    expect(tickLabels([78], frameMarks([])).length).toBe(0);
    const both = frameMarks([134, 82]);
    if (both.zoom < FOLLOW_ZOOM) expect(tickLabels([134, 82], both)).toEqual([]);
  });
});

describe('the BP needle’s fall', () => {
  it('moves on by no more than a fifteenth of a second a frame, so a late frame (a 1.5 s stall) never skips the needle from the inflation to about the systolic', () => {
    expect(fallAfterFrame(0, 16)).toBe(16);
    expect(fallAfterFrame(400, 1500)).toBeCloseTo(400 + LONGEST_FRAME_MS);
    expect(fallAfterFrame(400, -5)).toBe(400);
    // At 24 mmHg a second, the longest frame moves the needle under 2 mmHg: one tick.
    expect((LONGEST_FRAME_MS / 1000) * 24).toBeLessThan(2);
  });
});
