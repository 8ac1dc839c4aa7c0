/**
 * The ECG bed's torso drawing as plain numbers: the figure lying supine seen from above
 * (head, neck, chest, arms a little away from the sides, legs), its landmarks (clavicles,
 * the sternum with the sternal angle at the second rib, the ribs, the costal margins) and
 * the grid an electrode snaps to: every intercostal space from the 2nd to the 6th where it
 * crosses each chest line, and the four limb sites. On the two axillary lines a site is level
 * with its space at the midclavicular line, not in the space itself (the ribs fall towards the
 * side): V5 and V6 go level with V4, as AHA/ACCF/HRS 2007 places them (`correctSite`).
 *
 * The drawing (`ecg-torso-scene.ts`) draws from these numbers and the station lays its
 * pointer layer over the same ones, so a click lands on the site that is drawn there. The
 * numbers are proportions of a schematic adult chest, not a measured anatomy: where each
 * site is is the reference's (`correctSite`), and which site an electrode is on is the
 * trainee's choice. Nothing here judges.
 */
import { CHEST_LINES, type ChestLine, INTERCOSTAL_SPACES, type IntercostalSpace, LIMB_SITES, type LimbSite, type ElectrodeSite } from '../../src/reference/ecg/terms';
import { isMidwayV2V4 } from '../../src/reference/ecg/placement';

/** The torso drawing's logical size. */
export const TORSO_SIZE = { width: 480, height: 560 } as const;

/** The midline of the figure (the sternum's middle). */
export const MIDLINE_X = 240;
/** Half the sternum's width: the sternal borders are this far either side of the midline. */
const STERNUM_HALF = 13;
/** Where rib n meets the sternum (y), and the spacing of the ribs there. */
const FIRST_RIB_Y = 108;
const RIB_SPACING = 24;
/** How much a rib and its space fall per unit away from the midline (they run a little downward towards the side). */
const RIB_FALL = 0.1;

/** The chest lines' x on the drawing: the right sternal border on the viewer's left (the patient's right), the rest on the patient's left. */
export const LINE_X: Readonly<Record<ChestLine, number>> = {
  'right-sternal-border': MIDLINE_X - STERNUM_HALF,
  'left-sternal-border': MIDLINE_X + STERNUM_HALF,
  // Halfway between the left sternal border and the midclavicular line, where V3 goes.
  'between-v2-and-v4': MIDLINE_X + (STERNUM_HALF + 60) / 2,
  midclavicular: MIDLINE_X + 60,
  'anterior-axillary': MIDLINE_X + 100,
  'mid-axillary': MIDLINE_X + 124,
};

/** The words for a chest line, as the station and the drawing say them. */
export const LINE_WORDS: Readonly<Record<ChestLine, string>> = {
  'right-sternal-border': 'Right sternal border',
  'left-sternal-border': 'Left sternal border',
  'between-v2-and-v4': 'Halfway between V2 and V4',
  midclavicular: 'Left midclavicular line',
  'anterior-axillary': 'Left anterior axillary line',
  'mid-axillary': 'Left mid-axillary line',
};

/** The words for a limb site. */
export const LIMB_WORDS: Readonly<Record<LimbSite, string>> = {
  'right-arm': 'Right arm (inner wrist)',
  'left-arm': 'Left arm (inner wrist)',
  'right-leg': 'Right leg (inner ankle)',
  'left-leg': 'Left leg (inner ankle)',
};

const ORDINALS: Readonly<Record<IntercostalSpace, string>> = { 2: '2nd', 3: '3rd', 4: '4th', 5: '5th', 6: '6th' };

/** "4th intercostal space". */
export function spaceWords(space: IntercostalSpace): string {
  return `${ORDINALS[space]} intercostal space`;
}

/** The lines on the side of the chest, where a site is the level of its space at the midclavicular line. */
const LEVEL_LINES: ReadonlySet<ChestLine> = new Set(['anterior-axillary', 'mid-axillary']);

/** Whether a chest line's sites are levels (the axillary lines) rather than the spaces themselves. */
export function isLevelLine(line: ChestLine): boolean {
  return LEVEL_LINES.has(line);
}

/**
 * A site in words: "Left arm (inner wrist)", "4th intercostal space, right sternal border",
 * "Left anterior axillary line, level with the 5th intercostal space".
 */
export function siteWords(site: ElectrodeSite): string {
  if ('limb' in site) return LIMB_WORDS[site.limb];
  // A point with no intercostal space of its own: the line's words alone.
  if (isMidwayV2V4(site)) return LINE_WORDS[site.line];
  if (isLevelLine(site.line)) return `${LINE_WORDS[site.line]}, level with the ${spaceWords(site.space)}`;
  return `${spaceWords(site.space)}, ${LINE_WORDS[site.line].charAt(0).toLowerCase()}${LINE_WORDS[site.line].slice(1)}`;
}

/** The y of a chest site: the middle of its space on its line, or on the axillary lines the level of that space at the midclavicular line. */
export function chestSiteY(space: IntercostalSpace, line: ChestLine): number {
  return spaceY(space, isLevelLine(line) ? LINE_X.midclavicular : LINE_X[line]);
}

/** The y of rib `n` (1 = the first, under the clavicle) at `x`. */
export function ribY(n: number, x: number): number {
  return FIRST_RIB_Y + (n - 1) * RIB_SPACING + RIB_FALL * Math.abs(x - MIDLINE_X);
}

/** The y of the middle of intercostal space `n` (below rib n) at `x`. */
export function spaceY(n: number, x: number): number {
  return ribY(n, x) + RIB_SPACING / 2;
}

/** The sternum: from the suprasternal notch to the tip of the xiphoid, and the sternal angle (where the second rib joins). */
export const STERNUM = {
  notchY: FIRST_RIB_Y - 12,
  angleY: ribY(2, MIDLINE_X),
  bodyEndY: ribY(7, MIDLINE_X) - 2,
  xiphoidY: ribY(7, MIDLINE_X) + 18,
  half: STERNUM_HALF,
} as const;

/** The outline of the figure (all in logical units). */
export const FIGURE = {
  head: { x: MIDLINE_X, y: 46, rx: 34, ry: 40 },
  neck: { x: MIDLINE_X - 18, y: 76, width: 36, height: 16 },
  /** The trunk's side, top to bottom, as [y, half-width]: shoulders, armpit, the chest (its side is the mid-axillary line and a little beyond), waist, hips. */
  trunk: [
    [86, 104],
    [96, 124],
    [150, 132],
    [252, 130],
    [330, 106],
    [392, 118],
  ] as const,
  /** The clavicles: from beside the notch, bowing forward, out and up to the shoulder tips. */
  clavicle: { innerX: STERNUM_HALF + 3, innerY: FIRST_RIB_Y - 10, midX: 62, midY: FIRST_RIB_Y - 11, outerX: 114, outerY: 90 },
} as const;

/** An arm or a leg: a band from `from` to `to`, `width` wide, ending in a hand or a foot. */
export interface Limb {
  readonly limb: LimbSite;
  readonly from: { readonly x: number; readonly y: number };
  readonly to: { readonly x: number; readonly y: number };
  readonly width: number;
}

/** The limbs, lying a little away from the trunk as on the bed. */
export const LIMBS: readonly Limb[] = [
  { limb: 'right-arm', from: { x: MIDLINE_X - 126, y: 104 }, to: { x: MIDLINE_X - 182, y: 412 }, width: 40 },
  { limb: 'left-arm', from: { x: MIDLINE_X + 126, y: 104 }, to: { x: MIDLINE_X + 182, y: 412 }, width: 40 },
  { limb: 'right-leg', from: { x: MIDLINE_X - 56, y: 380 }, to: { x: MIDLINE_X - 70, y: 528 }, width: 60 },
  { limb: 'left-leg', from: { x: MIDLINE_X + 56, y: 380 }, to: { x: MIDLINE_X + 70, y: 528 }, width: 60 },
];

/** A place an electrode can be put on the drawing. */
export interface SitePoint {
  readonly site: ElectrodeSite;
  readonly x: number;
  readonly y: number;
}

/** A limb site: on the inner wrist or ankle, a little up from the hand or the foot. */
function limbPoint(limb: Limb): SitePoint {
  const along = 0.88;
  return { site: { limb: limb.limb }, x: limb.from.x + (limb.to.x - limb.from.x) * along, y: limb.from.y + (limb.to.y - limb.from.y) * along };
}

/** Every site: the four limbs, then each space (2nd to 6th) on each chest line (on the axillary lines, level with it). */
export const SITE_POINTS: readonly SitePoint[] = [
  ...LIMB_SITES.map((limb) => limbPoint(LIMBS.find((l) => l.limb === limb)!)),
  ...INTERCOSTAL_SPACES.flatMap((space) => CHEST_LINES.map((line): SitePoint => ({ site: { space, line }, x: LINE_X[line], y: chestSiteY(space, line) }))),
];

/** Where a site is drawn. */
export function pointOf(site: ElectrodeSite): { x: number; y: number } {
  const found = SITE_POINTS.find((point) => siteKey(point.site) === siteKey(site));
  return found ? { x: found.x, y: found.y } : { x: MIDLINE_X, y: STERNUM.notchY };
}

/** A hand or a foot: an ellipse at the end of its limb. */
export interface LimbEnd {
  readonly x: number;
  readonly y: number;
  readonly rx: number;
  readonly ry: number;
}

/** How much a limb narrows from the trunk to the wrist or the ankle. */
const LIMB_TAPER = 0.62;

/** A limb as drawn: its band (four corners, trunk end first) and its hand or foot. */
export function limbOutline(limb: Limb): { readonly band: readonly (readonly [number, number])[]; readonly end: LimbEnd } {
  const dx = limb.to.x - limb.from.x;
  const dy = limb.to.y - limb.from.y;
  const length = Math.hypot(dx, dy);
  const nx = (-dy / length) * (limb.width / 2);
  const ny = (dx / length) * (limb.width / 2);
  const isArm = limb.limb.endsWith('arm');
  const reach = isArm ? 14 : 8;
  const end = isArm
    ? { x: limb.to.x + (dx / length) * reach, y: limb.to.y + (dy / length) * reach, rx: limb.width * 0.35, ry: 15 }
    : { x: limb.to.x + (dx / length) * reach, y: limb.to.y + (dy / length) * reach + 2, rx: limb.width * 0.375, ry: 13 };
  return {
    band: [
      [limb.from.x + nx, limb.from.y + ny],
      [limb.to.x + nx * LIMB_TAPER, limb.to.y + ny * LIMB_TAPER],
      [limb.to.x - nx * LIMB_TAPER, limb.to.y - ny * LIMB_TAPER],
      [limb.from.x - nx, limb.from.y - ny],
    ],
    end,
  };
}

/** The trunk's outline (shoulders to hips, both sides) as drawn. */
export function trunkOutline(): readonly (readonly [number, number])[] {
  return [...FIGURE.trunk.map(([y, half]): [number, number] => [MIDLINE_X - half, y]), ...FIGURE.trunk.toReversed().map(([y, half]): [number, number] => [MIDLINE_X + half, y])];
}

function insidePolygon(x: number, y: number, corners: readonly (readonly [number, number])[]): boolean {
  let inside = false;
  for (let i = 0, j = corners.length - 1; i < corners.length; j = i, i += 1) {
    const [xi, yi] = corners[i]!;
    const [xj, yj] = corners[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** How far (logical units) outside a limb's outline a press still counts as on it: a finger's or a shaky hand's slack. */
const LIMB_SLACK = 6;

/** The limb drawn under a point (its band or its hand or foot, with a little slack), where the trunk does not lie over it. */
export function limbAt(x: number, y: number): LimbSite | null {
  if (insidePolygon(x, y, trunkOutline())) return null;
  for (const limb of LIMBS) {
    const { band, end } = limbOutline(limb);
    const inEnd = ((x - end.x) / (end.rx + LIMB_SLACK)) ** 2 + ((y - end.y) / (end.ry + LIMB_SLACK)) ** 2 <= 1;
    if (inEnd || insidePolygon(x, y, band) || distanceToPolygon(x, y, band) <= LIMB_SLACK) return limb.limb;
  }
  return null;
}

function distanceToPolygon(x: number, y: number, corners: readonly (readonly [number, number])[]): number {
  let best = Infinity;
  for (let i = 0, j = corners.length - 1; i < corners.length; j = i, i += 1) {
    const [ax, ay] = corners[j]!;
    const [bx, by] = corners[i]!;
    const lengthSquared = (bx - ax) ** 2 + (by - ay) ** 2;
    const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / lengthSquared));
    best = Math.min(best, Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))));
  }
  return best;
}

/** How near (logical units) a press must be to a site's ring to take that site before anything else: about the drawn electrode's size. */
export const RING_HIT_RADIUS = 11;

/**
 * Where a press on the drawing puts an electrode, matching what is drawn there: on or right
 * beside a site's ring, that site; anywhere on an arm or a leg as drawn, that limb (a limb
 * electrode goes anywhere on the limb, the wrist or ankle ring only shows the usual place);
 * elsewhere on the chest, the nearest space on a line within the snap radius. Null off the
 * figure and far from every site.
 */
export function siteAt(x: number, y: number): SitePoint | null {
  const ring = nearestSite(x, y, SITE_POINTS, RING_HIT_RADIUS);
  if (ring) return ring;
  const limb = limbAt(x, y);
  if (limb) return SITE_POINTS.find((point) => 'limb' in point.site && point.site.limb === limb) ?? null;
  return nearestSite(x, y, SITE_POINTS.filter((point) => !('limb' in point.site)), SNAP_RADIUS);
}

function nearestSite(x: number, y: number, points: readonly SitePoint[], radius: number): SitePoint | null {
  let best: SitePoint | null = null;
  let bestDistance = radius;
  for (const point of points) {
    const distance = Math.hypot(point.x - x, point.y - y);
    if (distance <= bestDistance) {
      best = point;
      bestDistance = distance;
    }
  }
  return best;
}

/** A site as one string (`limb:left-arm`, `chest:4:right-sternal-border`): the station's keys and comparisons. */
export function siteKey(site: ElectrodeSite): string {
  return 'limb' in site ? `limb:${site.limb}` : `chest:${site.space}:${site.line}`;
}

/** How far (logical units) from a site a pointer still snaps to it. */
export const SNAP_RADIUS = 30;

/** The site nearest to a point of the drawing, if one is within the snap radius. */
export function snapToSite(x: number, y: number): SitePoint | null {
  return nearestSite(x, y, SITE_POINTS, SNAP_RADIUS);
}
