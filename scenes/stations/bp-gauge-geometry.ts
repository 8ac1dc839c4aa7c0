/**
 * The aneroid blood-pressure gauge as plain numbers: the dial's geometry (0–300 mmHg over
 * 330°, a tick every 2 mmHg, a number every 10) and the views the dial is shown in (the needle
 * followed close up, both marks framed with their numbers, one mark close up, the whole dial).
 * The scene (`bp-gauge-scene.ts`) draws from these and the browser tests read its canvas back
 * with them. Nothing here judges.
 */

/** The gauge's logical size (square). */
export const GAUGE_SIZE = { width: 400, height: 400 } as const;

export const GAUGE = { x: 200, y: 200, radius: 176, maxMmHg: 300, startDeg: 105, sweepDeg: 330 } as const;
/** Tick lengths (logical px): the 10s, and the 2s that reach nearly as far in. */
export const TICK = { major: 24, minor: 16 } as const;
/** How much a zoom on one mark enlarges the dial. */
export const ZOOM = 3;
/** How much the view that follows the falling needle enlarges the dial: about 15 ticks of the scale each side of the needle, with their numbers. */
export const FOLLOW_ZOOM = 2.5;
/** Room kept round both marks when they are framed together (logical px). */
const FRAME_MARGIN = 12;
/** Where the 10s' ticks end inside the rim (logical px): they run from 2 px inside it, `TICK.major` long. */
const MAJOR_TICK_END = GAUGE.radius - 2 - TICK.major;
/** A numeral's glyphs as the face draws them (13–14 px): about 8 px a digit, the digits about 10 px high (logical px). */
const NUMERAL_GLYPH = { digitWidth: 8, height: 10 } as const;
/** The clear space between a numeral and the end of its tick, the same all round the dial (logical px). */
const NUMERAL_GAP = 3;
/** The farthest a numeral's glyphs reach from its centre, in any direction: a three-digit one's corner. */
const NUMERAL_MOST_REACH = Math.hypot((3 * NUMERAL_GLYPH.digitWidth) / 2, NUMERAL_GLYPH.height / 2);
/** The radius the numbers' inner edge reaches at the most (logical px): framed with the marks, so each mark is read against its numbers. */
export const NUMBERS_INNER = MAJOR_TICK_END - NUMERAL_GAP - 2 * NUMERAL_MOST_REACH;
/** The radius the pointers outside the rim reach. */
export const POINTER_OUTER = GAUGE.radius + 14;

/** The angle (radians, clockwise from 3 o'clock) at which the dial shows `mmHg`. */
export function angleOf(mmHg: number): number {
  return ((GAUGE.startDeg + (mmHg / GAUGE.maxMmHg) * GAUGE.sweepDeg) * Math.PI) / 180;
}

/** The logical point `radius` from the dial's centre at `mmHg`. */
export function pointAt(mmHg: number, radius: number): { x: number; y: number } {
  const angle = angleOf(mmHg);
  return { x: GAUGE.x + Math.cos(angle) * radius, y: GAUGE.y + Math.sin(angle) * radius };
}

/** Which Korotkoff sound a moment of the deflation is: the first heard, or the last before silence. */
export type KorotkoffMoment = 'first' | 'last';

/** What the dial's view shows: the needle's tip followed close up, both marks framed, one mark close up, or the whole dial. */
export type GaugeView = 'needle' | 'both' | KorotkoffMoment | 'whole';

/** A view of the dial: how large, and the logical point at the canvas's centre. */
export interface GaugeCamera {
  readonly zoom: number;
  readonly x: number;
  readonly y: number;
}

/**
 * The view that frames the marks heard (`marks`, mmHg) with two ticks each side and the numbers
 * inside them, as large as fits the canvas: between the whole dial (1) and a one-mark close-up
 * (`ZOOM`). Pure geometry, for the scene and its tests.
 */
export function frameMarks(marks: readonly number[]): GaugeCamera {
  if (marks.length === 0) return { zoom: 1, x: GAUGE.x, y: GAUGE.y };
  const points = marks.flatMap((mmHg) => [mmHg - 4, mmHg, mmHg + 4].flatMap((at) => [pointAt(at, POINTER_OUTER), pointAt(at, NUMBERS_INNER)]));
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const span = Math.max(right - left, bottom - top) + 2 * FRAME_MARGIN;
  const zoom = Math.min(ZOOM, Math.max(1, GAUGE_SIZE.width / span));
  return { zoom: Math.round(zoom * 100) / 100, x: (left + right) / 2, y: (top + bottom) / 2 };
}

/** The close view of the needle's tip at `mmHg` (the falling needle, the cuff let down by hand). */
export function followNeedle(mmHg: number): GaugeCamera {
  const at = pointAt(mmHg, GAUGE.radius - 22);
  return { zoom: FOLLOW_ZOOM, x: at.x, y: at.y };
}

/** The close-up of one mark at `mmHg`, three times as large. */
export function closeUpOn(mmHg: number): GaugeCamera {
  const at = pointAt(mmHg, GAUGE.radius - 22);
  return { zoom: ZOOM, x: at.x, y: at.y };
}

/** A box on the dial, in logical px. */
export interface DialBox {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** What a view shows of the dial (logical px): the canvas, `GAUGE_SIZE`, at the camera's zoom round its centre. */
export function viewOf(camera: GaugeCamera): DialBox {
  const [halfWidth, halfHeight] = [GAUGE_SIZE.width / 2 / camera.zoom, GAUGE_SIZE.height / 2 / camera.zoom];
  return { left: camera.x - halfWidth, top: camera.y - halfHeight, right: camera.x + halfWidth, bottom: camera.y + halfHeight };
}

/** Room kept between a numeral and the canvas's edge, in screen px at the canvas's own size (its frame's rounded corner and border). */
const EDGE_SCREEN_PX = 3;

/**
 * Whether `box` (a numeral, a word) shows whole in the view: a numeral the view would cut at its
 * edge is not drawn (the playtest read a cut "140" at the zoomed dial's edge; "15" for 150 is
 * misread). The ticks run on to the edge; the numerals near the mark, which the views centre, stay.
 */
export function wholeInView(box: DialBox, camera: GaugeCamera): boolean {
  const view = viewOf(camera);
  const edge = EDGE_SCREEN_PX / camera.zoom;
  return box.left >= view.left + edge && box.right <= view.right - edge && box.top >= view.top + edge && box.bottom <= view.bottom - edge;
}

/**
 * Where each numeral of the scale is centred (a number every 10 mmHg): on its tick's line, its
 * glyphs `NUMERAL_GAP` short of the tick's end whatever the angle. A fixed radius left the
 * numbers at 12 and 6 o'clock, short and wide, standing well away from their ticks (the playtest
 * of the dial close-up), and the wide ones at 3 and 9 o'clock against them.
 */
export function numeralAt(mmHg: number): { x: number; y: number } {
  const angle = angleOf(mmHg);
  // How far the glyphs' box reaches from its centre towards the tick: its half-width across, its half-height up and down.
  const reach = Math.abs(Math.cos(angle)) * ((String(mmHg).length * NUMERAL_GLYPH.digitWidth) / 2) + Math.abs(Math.sin(angle)) * (NUMERAL_GLYPH.height / 2);
  return pointAt(mmHg, MAJOR_TICK_END - NUMERAL_GAP - reach);
}

/**
 * The small numbers on the 2 mmHg ticks of a close view (the playtest could not tell a blue tick
 * at 78 from one at 80: the "80" stood level with the tick below its own): their font size and
 * their glyphs' size (logical px). Drawn only in a close view, where they are 12–15 px on screen.
 */
export const TICK_LABEL = { fontPx: 5, digitWidth: 3.1, height: 3.8 } as const;
/** Where the 2s' ticks end inside the rim (logical px). */
const MINOR_TICK_END = GAUGE.radius - 2 - TICK.minor;
/** The clear space between a tick's number and the end of its tick (logical px). */
const TICK_LABEL_GAP = 1;
/** The least a view must enlarge the dial for the 2s' numbers to be drawn: the view that follows the needle and the close-ups. */
export const TICK_LABEL_ZOOM = FOLLOW_ZOOM;
/** How far from the mark or the needle (mmHg) the 2s are numbered. */
const TICK_LABEL_REACH = 10;

/** Where the number of the 2 mmHg tick at `mmHg` is centred: on its tick's line, `TICK_LABEL_GAP` short of the tick's end whatever the angle (as `numeralAt`). */
export function tickLabelAt(mmHg: number): { x: number; y: number } {
  const angle = angleOf(mmHg);
  const reach = Math.abs(Math.cos(angle)) * ((String(mmHg).length * TICK_LABEL.digitWidth) / 2) + Math.abs(Math.sin(angle)) * (TICK_LABEL.height / 2);
  return pointAt(mmHg, MINOR_TICK_END - TICK_LABEL_GAP - reach);
}

function boxAround(centre: { x: number; y: number }, width: number, height: number): DialBox {
  return { left: centre.x - width / 2, top: centre.y - height / 2, right: centre.x + width / 2, bottom: centre.y + height / 2 };
}

/** The glyphs of the 2 mmHg tick's number at `mmHg` (logical px). */
export function tickLabelBox(mmHg: number): DialBox {
  return boxAround(tickLabelAt(mmHg), String(mmHg).length * TICK_LABEL.digitWidth, TICK_LABEL.height);
}

/** The glyphs of the scale's numeral at `mmHg` (a 10), as `numeralAt` places them (logical px). */
export function numeralBox(mmHg: number): DialBox {
  return boxAround(numeralAt(mmHg), String(mmHg).length * NUMERAL_GLYPH.digitWidth, NUMERAL_GLYPH.height);
}

/** Whether two boxes come closer than `clearance` (logical px). */
export function boxesMeet(a: DialBox, b: DialBox, clearance = 1): boolean {
  return a.left < b.right + clearance && b.left < a.right + clearance && a.top < b.bottom + clearance && b.top < a.bottom + clearance;
}

/**
 * The 2 mmHg ticks (those between the 10s) whose numbers a view shows: in a close view (zoom at
 * least `TICK_LABEL_ZOOM`), those within `TICK_LABEL_REACH` of each of `near` (the marks shown,
 * or the needle), shown whole in the view, clear of the 10s' numerals and of each other. The tick
 * at each of `near` comes first, then outwards; where the scale runs across the view (at the top
 * of the dial) numbers three digits wide do not fit every 2 mmHg, so every other one is left out,
 * never the one at the mark.
 */
export function tickLabels(near: readonly number[], camera: GaugeCamera): number[] {
  if (camera.zoom < TICK_LABEL_ZOOM) return [];
  const candidates = new Set<number>();
  for (const centre of near) {
    const at = Math.round(centre / 2) * 2;
    for (let offset = 0; offset <= TICK_LABEL_REACH; offset += 2) {
      for (const mmHg of [at - offset, at + offset]) if (mmHg > 0 && mmHg < GAUGE.maxMmHg && mmHg % 10 !== 0) candidates.add(mmHg);
    }
  }
  const ordered = [...candidates].sort((a, b) => Math.min(...near.map((c) => Math.abs(a - c))) - Math.min(...near.map((c) => Math.abs(b - c))) || a - b);
  const numerals = [...new Set(ordered.flatMap((mmHg) => [Math.floor(mmHg / 10) * 10, Math.ceil(mmHg / 10) * 10]))].map(numeralBox);
  const shown: { mmHg: number; box: DialBox }[] = [];
  for (const mmHg of ordered) {
    const box = tickLabelBox(mmHg);
    if (!wholeInView(box, camera)) continue;
    // Close to a numeral by a fraction of a px at most: its box is generous (8 px a digit for the 13 px face's 7.3 or so).
    if (numerals.some((numeral) => boxesMeet(box, numeral, 0.25)) || shown.some((other) => boxesMeet(box, other.box))) continue;
    shown.push({ mmHg, box });
  }
  return shown.map((label) => label.mmHg).sort((a, b) => a - b);
}

/**
 * The most one frame may let the needle fall, in ms of the fall: a frame that comes late (the
 * page busy, a slow machine) moves the needle on by no more than this, so the needle passes
 * through every pressure on the screen and never jumps from the inflation to about the systolic
 * (the playtest saw a reading "start" at about the systolic: a 1.5 s stall after the first frame
 * took the needle from 220 to 181 at once). A stalled fall lasts longer; it is never skipped.
 */
export const LONGEST_FRAME_MS = 1000 / 15;

/** The fall's time after a frame `sinceLastMs` after the last one, from `fallenMs` before it (`LONGEST_FRAME_MS` at most a frame). */
export function fallAfterFrame(fallenMs: number, sinceLastMs: number): number {
  return fallenMs + Math.min(Math.max(0, sinceLastMs), LONGEST_FRAME_MS);
}
