/**
 * The medication station's pictures, drawn in Phaser: the vaccine storage units with their
 * min/max data loggers and the vials on their shelves, the vial in the trainee's hand with
 * its label large enough to read, the syringe with the needle chosen (hub in its gauge's
 * colour, shaft to scale) and the dose drawn up; and the body outline, front and back, in
 * an infant's, a child's or an adult's proportions, with the injection sites marked.
 *
 * The body's geometry is here too, as plain numbers, so that the station lays its HTML
 * site buttons (the pointer's targets, which the keyboard reaches as well) exactly over the
 * drawn marks. The scenes only draw what the station tells them; nothing here judges.
 */
import type { GameObjects } from 'phaser';
import type { InjectionSite, NeedleGauge, NeedleLength } from '../../src/workflows/medication/medication.actions';
import { FontStack } from '../theme';
import { StillPictureScene } from './instrument-game';

const INK = 0x173634;
const INK_TEXT = '#173634';
const MUTED_TEXT = '#3b524f';
const LCD = 0xd6e6cf;
const LCD_TEXT = '#10261f';
const FOCUS = 0x1a5fb4;

// ——— The body outline ———

/** The body drawing's logical size. */
export const BODY_SIZE = { width: 520, height: 330 } as const;

/** Whose proportions the figure is drawn in. */
export type BodyBuild = 'infant' | 'child' | 'adult';

/** The build for an age in whole months: an infant under 12 months, a child under 12 years. */
export function bodyBuild(ageMonths: number): BodyBuild {
  if (ageMonths < 12) return 'infant';
  return ageMonths < 144 ? 'child' : 'adult';
}

/** A rectangle with rounded ends: a limb, the torso. */
interface BodyPart {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly radius: number;
}

/** One figure: head, torso, limbs, and the side letters beside it. */
interface Figure {
  readonly caption: string;
  readonly centreX: number;
  readonly head: { readonly x: number; readonly y: number; readonly radius: number };
  readonly torso: BodyPart;
  readonly parts: readonly BodyPart[];
  readonly sideMarks: readonly { readonly x: number; readonly y: number; readonly text: 'R' | 'L' }[];
}

/** Where a site lies on the drawing, in the drawing's logical units. */
export interface SitePoint {
  readonly site: InjectionSite;
  readonly x: number;
  readonly y: number;
}

interface Proportions {
  readonly height: number;
  readonly head: number;
  readonly shoulders: number;
  readonly torsoTop: number;
  readonly hips: number;
  readonly armWidth: number;
  readonly upperArm: number;
  readonly forearm: number;
  readonly legWidth: number;
  readonly thigh: number;
  readonly shin: number;
}

/** Fractions of the figure's height: an infant's large head and short, thick limbs; an adult's long legs. */
const PROPORTIONS: Readonly<Record<BodyBuild, Proportions>> = {
  infant: { height: 260, head: 0.13, shoulders: 0.34, torsoTop: 0.27, hips: 0.62, armWidth: 0.085, upperArm: 0.17, forearm: 0.15, legWidth: 0.11, thigh: 0.19, shin: 0.16 },
  child: { height: 285, head: 0.09, shoulders: 0.28, torsoTop: 0.19, hips: 0.54, armWidth: 0.07, upperArm: 0.17, forearm: 0.16, legWidth: 0.085, thigh: 0.22, shin: 0.2 },
  adult: { height: 292, head: 0.065, shoulders: 0.27, torsoTop: 0.14, hips: 0.5, armWidth: 0.062, upperArm: 0.19, forearm: 0.17, legWidth: 0.08, thigh: 0.24, shin: 0.22 },
};

const FIGURE_TOP = 14;

function figure(build: BodyBuild, centreX: number, view: 'front' | 'back'): { figure: Figure; sites: SitePoint[] } {
  const p = PROPORTIONS[build];
  const h = p.height;
  const headRadius = p.head * h;
  const torsoTop = FIGURE_TOP + p.torsoTop * h;
  const hips = FIGURE_TOP + p.hips * h;
  const shoulderHalf = (p.shoulders * h) / 2;
  const armW = p.armWidth * h;
  const legW = p.legWidth * h;
  const torso: BodyPart = { x: centreX - shoulderHalf, y: torsoTop, width: shoulderHalf * 2, height: hips - torsoTop, radius: armW * 0.6 };
  const parts: BodyPart[] = [];
  const sites: SitePoint[] = [];
  const sideMarks: { x: number; y: number; text: 'R' | 'L' }[] = [];
  for (const dir of [-1, 1] as const) {
    const armX = dir < 0 ? centreX - shoulderHalf - armW - 2 : centreX + shoulderHalf + 2;
    const upper: BodyPart = { x: armX, y: torsoTop + 2, width: armW, height: p.upperArm * h, radius: armW / 2 };
    const fore: BodyPart = { x: armX, y: upper.y + upper.height - 2, width: armW, height: p.forearm * h, radius: armW / 2 };
    const legX = dir < 0 ? centreX - legW - 3 : centreX + 3;
    const thigh: BodyPart = { x: legX, y: hips - 4, width: legW, height: p.thigh * h, radius: legW / 2 };
    const shin: BodyPart = { x: legX + legW * 0.08, y: thigh.y + thigh.height - 4, width: legW * 0.84, height: p.shin * h, radius: (legW * 0.84) / 2 };
    parts.push(upper, fore, thigh, shin);
    // Seen from the front the patient's right is on the viewer's left; from the back, on the viewer's right.
    const side: 'right' | 'left' = (dir < 0) === (view === 'front') ? 'right' : 'left';
    sideMarks.push({ x: centreX + dir * (shoulderHalf + armW + 18), y: torsoTop + 4, text: side === 'right' ? 'R' : 'L' });
    const armCentre = armX + armW / 2;
    if (view === 'front') {
      sites.push({ site: side === 'right' ? 'right-deltoid' : 'left-deltoid', x: armCentre, y: upper.y + upper.height * 0.22 });
      sites.push({ site: side === 'right' ? 'right-volar-forearm' : 'left-volar-forearm', x: armCentre, y: fore.y + fore.height * 0.45 });
      // The anterolateral thigh: the middle third, on the outer half of the front.
      sites.push({ site: side === 'right' ? 'right-anterolateral-thigh' : 'left-anterolateral-thigh', x: legX + legW / 2 + dir * legW * 0.22, y: thigh.y + thigh.height * 0.5 });
    } else {
      sites.push({ site: side === 'right' ? 'right-upper-outer-triceps' : 'left-upper-outer-triceps', x: armCentre + dir * armW * 0.12, y: upper.y + upper.height * 0.62 });
      sites.push({ site: side === 'right' ? 'right-ventrogluteal' : 'left-ventrogluteal', x: centreX + dir * (shoulderHalf - armW * 0.35), y: hips - 2 });
    }
  }
  return { figure: { caption: view === 'front' ? 'Front' : 'Back', centreX, head: { x: centreX, y: FIGURE_TOP + headRadius, radius: headRadius }, torso, parts, sideMarks }, sites };
}

/** The two figures of a build (front on the left, back on the right) and every site on them. */
export function bodyGeometry(build: BodyBuild): { readonly figures: readonly Figure[]; readonly sites: readonly SitePoint[] } {
  const front = figure(build, BODY_SIZE.width * 0.27, 'front');
  const back = figure(build, BODY_SIZE.width * 0.73, 'back');
  return { figures: [front.figure, back.figure], sites: [...front.sites, ...back.sites] };
}

/** What the body outline shows. */
export interface BodyView {
  readonly build: BodyBuild;
  /** The site the trainee has picked, not yet injected. */
  readonly picked: InjectionSite | null;
  /** Sites injected today, with a plaster on them. */
  readonly given: readonly InjectionSite[];
}

/** The body outline with the injection sites. */
export class InjectionSiteScene extends StillPictureScene<BodyView> {
  constructor() {
    super('injection-sites', { build: 'adult', picked: null, given: [] });
  }

  #text(x: number, y: number, content: string, size: number, colour = INK_TEXT, bold = false): void {
    this.texts.push(this.add.text(x, y, content, { fontFamily: FontStack, fontSize: `${size}px`, color: colour, fontStyle: bold ? 'bold' : 'normal', resolution: 2 }).setOrigin(0.5));
  }

  protected draw(): void {
    const g = this.graphics!;
    g.clear();
    for (const text of this.texts) text.destroy();
    this.texts = [];
    const { figures, sites } = bodyGeometry(this.view.build);
    for (const body of figures) {
      const skin = 0xf1d3b3;
      g.fillStyle(skin, 1);
      g.lineStyle(2, 0x8a6a4f, 1);
      for (const part of [...body.parts, body.torso]) {
        g.fillRoundedRect(part.x, part.y, part.width, part.height, part.radius);
        g.strokeRoundedRect(part.x, part.y, part.width, part.height, part.radius);
      }
      g.fillCircle(body.head.x, body.head.y, body.head.radius);
      g.strokeCircle(body.head.x, body.head.y, body.head.radius);
      // The spine on the back, the navel on the front: which way the figure faces, at a glance.
      if (body.caption === 'Back') g.lineStyle(1.5, 0x8a6a4f, 0.7).lineBetween(body.centreX, body.torso.y + 8, body.centreX, body.torso.y + body.torso.height - 10);
      else g.fillStyle(0x8a6a4f, 0.8).fillCircle(body.centreX, body.torso.y + body.torso.height * 0.66, 2);
      for (const mark of body.sideMarks) this.#text(mark.x, mark.y, mark.text, 14, MUTED_TEXT, true);
      this.#text(body.centreX, BODY_SIZE.height - 12, body.caption, 13, INK_TEXT, true);
    }
    for (const point of sites) {
      const given = this.view.given.includes(point.site);
      const picked = this.view.picked === point.site;
      if (given) {
        // A round plaster over the site.
        g.fillStyle(0xe9c98f, 1).fillCircle(point.x, point.y, 7);
        g.lineStyle(1.5, 0x9c7a3c, 1).strokeCircle(point.x, point.y, 7);
        continue;
      }
      g.fillStyle(picked ? FOCUS : 0xffffff, picked ? 1 : 0.85).fillCircle(point.x, point.y, picked ? 7 : 5);
      g.lineStyle(2, picked ? FOCUS : INK, 1).strokeCircle(point.x, point.y, picked ? 10 : 5);
    }
  }
}

// ——— The storage units, the vial in hand and the syringe ———

/** The tray picture's logical size. */
export const TRAY_SIZE = { width: 720, height: 300 } as const;

/** A vial on a shelf, as the picture shows it. */
export interface ShelfVial {
  readonly id: string;
  /** A word or two from the label ("Influenza"). */
  readonly short: string;
  readonly cap: number;
  /** Labelled do-not-use, or taken out. */
  readonly state: 'on-shelf' | 'in-hand' | 'used';
}

/** A storage unit as the picture shows it: its logger's display and its shelves. */
export interface UnitPicture {
  readonly id: string;
  readonly kind: 'refrigerator' | 'freezer';
  readonly label: string;
  readonly currentC: number;
  readonly minC: number;
  readonly maxC: number;
  readonly logRead: boolean;
  /** The trainee labelled the stock do-not-use and reported the excursion. */
  readonly doNotUse: boolean;
  readonly vials: readonly ShelfVial[];
}

/** The vial in the trainee's hand: its label, line by line, as printed. */
export interface VialInHand {
  readonly cap: number;
  readonly title: string;
  readonly lines: readonly string[];
  /** How many times the label has been read against the order (of three). */
  readonly reads: number;
}

/** The syringe: the needle chosen and, once drawn up, the volume in the barrel. */
export interface SyringePicture {
  readonly gauge: NeedleGauge | null;
  readonly length: NeedleLength | null;
  readonly volumeMl: number | null;
  /** The syringe went into the sharps container. */
  readonly discarded: boolean;
}

/** What the tray picture shows. */
export interface TrayView {
  readonly units: readonly UnitPicture[];
  readonly inHand: VialInHand | null;
  readonly syringe: SyringePicture;
}

/** Needle hub colours by gauge (ISO 6009), as the packets and hubs are coloured. */
const HUB_COLOUR: Readonly<Record<NeedleGauge, number>> = { 22: 0x1b1b1b, 23: 0x1f3f9a, 25: 0xe8782a, 26: 0x7a4a22, 27: 0x8c8c8c };
/** Inches of each needle length, to draw the shaft to scale. */
const LENGTH_INCHES: Readonly<Record<NeedleLength, number>> = { '1/4': 0.25, '3/8': 0.375, '1/2': 0.5, '5/8': 0.625, '1': 1, '1 1/4': 1.25, '1 1/2': 1.5 };
const PIXELS_PER_INCH = 62;
const UNITS_WIDTH = 380;
const HAND_X = 400;

/** The storage units, the vial in hand and the syringe. */
export class MedicationTrayScene extends StillPictureScene<TrayView> {
  constructor() {
    super('medication-tray', { units: [], inHand: null, syringe: { gauge: null, length: null, volumeMl: null, discarded: false } });
  }

  #text(x: number, y: number, content: string, options: { size?: number; colour?: string; bold?: boolean; origin?: [number, number]; mono?: boolean; wrap?: number } = {}): GameObjects.Text {
    const text = this.add
      .text(x, y, content, {
        fontFamily: options.mono ? 'monospace' : FontStack,
        fontSize: `${options.size ?? 12}px`,
        color: options.colour ?? INK_TEXT,
        fontStyle: options.bold ? 'bold' : 'normal',
        resolution: 2,
        ...(options.wrap ? { wordWrap: { width: options.wrap } } : {}),
      })
      .setOrigin(...(options.origin ?? [0.5, 0.5]));
    this.texts.push(text);
    return text;
  }

  protected draw(): void {
    const g = this.graphics!;
    g.clear();
    for (const text of this.texts) text.destroy();
    this.texts = [];
    const { units } = this.view;
    const gap = 14;
    const width = units.length === 0 ? 0 : Math.min(170, (UNITS_WIDTH - gap * (units.length - 1)) / units.length);
    units.forEach((unit, index) => this.#drawUnit(g, unit, 10 + index * (width + gap), width));
    // The counter the vial is read and drawn up on.
    g.fillStyle(0xc9d6d2, 1).fillRoundedRect(HAND_X - 6, 250, TRAY_SIZE.width - HAND_X, 40, 6);
    this.#drawInHand(g);
    this.#drawSyringe(g);
  }

  #drawUnit(g: GameObjects.Graphics, unit: UnitPicture, x: number, width: number): void {
    const top = 8;
    const height = 276;
    const body = unit.kind === 'freezer' ? 0xdfe8f2 : 0xeef1f0;
    g.fillStyle(0x8a9a98, 1).fillRoundedRect(x + 2, top + 3, width, height, 8);
    g.fillStyle(body, 1).fillRoundedRect(x, top, width, height, 8);
    g.lineStyle(2, 0x56706c, 1).strokeRoundedRect(x, top, width, height, 8);
    // The min/max data logger on the door's top.
    g.fillStyle(0x3b524f, 1).fillRoundedRect(x + 8, top + 8, width - 16, 50, 5);
    g.fillStyle(LCD, 1).fillRoundedRect(x + 12, top + 12, width - 24, 42, 3);
    this.#text(x + width / 2, top + 24, `${unit.currentC.toFixed(1)} °C`, { size: 15, colour: LCD_TEXT, mono: true, bold: true });
    this.#text(x + width / 2, top + 44, `min ${unit.minC.toFixed(1)}  max ${unit.maxC.toFixed(1)}`, { size: width < 130 ? 9 : 10, colour: LCD_TEXT, mono: true });
    // The glass door and the shelves behind it.
    const glassTop = top + 66;
    const glassHeight = 172;
    g.fillStyle(0xf7fbfc, 1).fillRect(x + 8, glassTop, width - 16, glassHeight);
    g.lineStyle(1, 0x9fb3af, 1).strokeRect(x + 8, glassTop, width - 16, glassHeight);
    const shelves = 3;
    const shelfGap = glassHeight / shelves;
    for (let shelf = 1; shelf <= shelves; shelf += 1) g.fillStyle(0xb8c4c2, 1).fillRect(x + 8, glassTop + shelf * shelfGap - 3, width - 16, 3);
    const perShelf = Math.max(1, Math.floor((width - 20) / 38));
    unit.vials.slice(0, perShelf * shelves).forEach((vial, index) => {
      const shelf = Math.floor(index / perShelf);
      const slot = index % perShelf;
      const vx = x + 14 + slot * 38;
      const base = glassTop + (shelf + 1) * shelfGap - 3;
      this.#drawShelfVial(g, vial, vx, base);
    });
    if (unit.vials.length > perShelf * shelves) this.#text(x + width / 2, glassTop + glassHeight - 10, `+${unit.vials.length - perShelf * shelves} more`, { size: 10, colour: MUTED_TEXT });
    if (unit.doNotUse) {
      // The sign taped across the door.
      g.fillStyle(0xffd23f, 1).fillRect(x + 4, glassTop + 62, width - 8, 34);
      g.lineStyle(2, 0x1b1b1b, 1).strokeRect(x + 4, glassTop + 62, width - 8, 34);
      this.#text(x + width / 2, glassTop + 72, 'DO NOT USE', { size: 13, bold: true, colour: '#1b1b1b' });
      this.#text(x + width / 2, glassTop + 87, 'excursion reported', { size: 10, colour: '#1b1b1b' });
    }
    // The unit's name (two lines at most) and whether its log was read, in the strip under the door.
    this.#text(x + width / 2, top + height - 24, unit.label, { size: 10, bold: true, wrap: width - 10 });
    if (unit.logRead) this.#text(x + width / 2, top + height - 6, '✓ log read', { size: 9, colour: MUTED_TEXT });
  }

  #drawShelfVial(g: GameObjects.Graphics, vial: ShelfVial, x: number, base: number): void {
    const w = 26;
    const h = 40;
    const alpha = vial.state === 'on-shelf' ? 1 : 0.25;
    g.fillStyle(vial.cap, alpha).fillRoundedRect(x + 3, base - h - 8, w - 6, 10, 2);
    g.fillStyle(0xe6f0f3, alpha).fillRoundedRect(x, base - h, w, h, 4);
    g.lineStyle(1, 0x56706c, alpha).strokeRoundedRect(x, base - h, w, h, 4);
    g.fillStyle(0xffffff, alpha).fillRect(x + 2, base - h + 10, w - 4, 20);
    if (vial.state === 'on-shelf') this.#text(x + w / 2, base - h + 20, vial.short, { size: 7, bold: true });
  }

  #drawInHand(g: GameObjects.Graphics): void {
    const vial = this.view.inHand;
    this.#text(HAND_X + 4, 14, 'Vial in hand', { size: 12, bold: true, origin: [0, 0.5], colour: MUTED_TEXT });
    if (!vial) {
      this.#text(HAND_X + 150, 80, 'Take a vial from a unit to read its label.', { size: 12, colour: MUTED_TEXT, wrap: 280 });
      return;
    }
    // The vial, large: cap, glass, and the label facing the reader.
    g.fillStyle(vial.cap, 1).fillRoundedRect(HAND_X + 10, 30, 44, 20, 4);
    g.fillStyle(0x9fb3af, 1).fillRect(HAND_X + 16, 48, 32, 8);
    g.fillStyle(0xe6f0f3, 1).fillRoundedRect(HAND_X + 4, 54, 56, 110, 8);
    g.lineStyle(1.5, 0x56706c, 1).strokeRoundedRect(HAND_X + 4, 54, 56, 110, 8);
    const labelX = HAND_X + 70;
    const labelW = TRAY_SIZE.width - labelX - 10;
    g.fillStyle(0xffffff, 1).fillRoundedRect(labelX, 28, labelW, 150, 6);
    g.lineStyle(1.5, 0x56706c, 1).strokeRoundedRect(labelX, 28, labelW, 150, 6);
    g.fillStyle(vial.cap, 1).fillRect(labelX, 28, 8, 150);
    // The product name may wrap: the printed lines start under it, smaller when they would not fit.
    const title = this.#text(labelX + 16, 36, vial.title, { size: 13, bold: true, origin: [0, 0], wrap: labelW - 24 });
    const top = 36 + title.height + 4;
    const step = Math.min(17, (28 + 150 - 6 - top) / Math.max(1, vial.lines.length));
    vial.lines.forEach((line, index) => this.#text(labelX + 16, top + index * step, line, { size: step < 15 ? 11 : 12, origin: [0, 0] }));
    // The reads of the label against the order, as ticks under the vial.
    for (let read = 0; read < 3; read += 1) {
      const done = read < vial.reads;
      g.fillStyle(done ? 0x2a7f7a : 0xffffff, 1).fillCircle(HAND_X + 10 + read * 14, 176, 5);
      g.lineStyle(1.5, 0x2a7f7a, 1).strokeCircle(HAND_X + 10 + read * 14, 176, 5);
    }
    this.#text(HAND_X + 4, 190, `label read ${vial.reads} of 3`, { size: 10, colour: MUTED_TEXT, origin: [0, 0.5] });
  }

  #drawSyringe(g: GameObjects.Graphics): void {
    const { gauge, length, volumeMl, discarded } = this.view.syringe;
    const y = 222;
    const barrelX = HAND_X + 8;
    const barrelW = 150;
    if (discarded) {
      this.#text(HAND_X + 150, y, 'The syringe is in the sharps container.', { size: 12, colour: MUTED_TEXT });
      return;
    }
    if (gauge === null && length === null) {
      this.#text(HAND_X + 150, y, 'No needle on the syringe yet.', { size: 12, colour: MUTED_TEXT });
      return;
    }
    // Plunger, barrel with 0.1 mL marks up to 1 mL, the dose drawn up, the hub and the needle.
    g.fillStyle(0x9fb3af, 1).fillRect(barrelX - 34, y - 3, 36, 6);
    g.fillStyle(0x56706c, 1).fillRect(barrelX - 40, y - 12, 6, 24);
    g.fillStyle(0xf4f7f8, 1).fillRect(barrelX, y - 11, barrelW, 22);
    const ml = volumeMl ?? 0;
    if (ml > 0) g.fillStyle(0xcfe3ef, 1).fillRect(barrelX + barrelW - Math.min(1, ml) * barrelW, y - 10, Math.min(1, ml) * barrelW, 20);
    g.lineStyle(1.5, 0x56706c, 1).strokeRect(barrelX, y - 11, barrelW, 22);
    for (let tenth = 1; tenth < 10; tenth += 1) {
      const mx = barrelX + barrelW - (tenth / 10) * barrelW;
      g.lineStyle(1, INK, 0.8).lineBetween(mx, y - 11, mx, y - (tenth === 5 ? 1 : 5));
    }
    const hubX = barrelX + barrelW;
    g.fillStyle(gauge === null ? 0xcccccc : HUB_COLOUR[gauge], 1).fillRect(hubX, y - 6, 16, 12);
    const shaft = length === null ? 0 : LENGTH_INCHES[length] * PIXELS_PER_INCH;
    g.lineStyle(gauge !== null && gauge <= 23 ? 2.5 : 1.5, 0x6b7b7a, 1).lineBetween(hubX + 16, y, hubX + 16 + shaft, y);
    const words = [gauge === null ? null : `${gauge} G`, length === null ? null : `${length} in`].filter((w): w is string => w !== null).join(' × ');
    this.#text(hubX + 20, y - 20, words, { size: 12, bold: true, origin: [0, 0.5] });
    this.#text(barrelX + barrelW / 2, y + 22, volumeMl === null ? 'empty' : `${volumeMl} mL drawn up`, { size: 11, colour: MUTED_TEXT });
  }
}
