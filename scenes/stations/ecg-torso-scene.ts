/**
 * The ECG bed's torso, drawn in Phaser from `ecg-geometry.ts`: the patient supine seen from
 * above, the clavicles, the sternum with the sternal angle (where the second rib joins, the
 * place to start counting spaces), the ribs with the intercostal spaces between them, the
 * costal margins, the chest lines (sternal borders, midclavicular, anterior and mid-axillary)
 * dashed and named, the arms and legs for the limb electrodes; a small ring at every place
 * an electrode snaps to; what the skin shows before it is prepared (chest hair, the sheen of
 * lotion); and each electrode put on, in the AHA colours with its name on it.
 *
 * It takes no input (the station's HTML layer over it does) and judges nothing.
 */
import type { GameObjects } from 'phaser';
import type { EcgElectrode, ElectrodeSite } from '../../src/reference/ecg/terms';
import { FontStack } from '../theme';
import { FIGURE, LIMBS, limbOutline, LINE_X, MIDLINE_X, pointOf, ribY, SITE_POINTS, spaceY, STERNUM, TORSO_SIZE } from './ecg-geometry';
import { seededRandom } from './ecg-waveform';
import { StillPictureScene } from './instrument-game';

const SKIN = 0xf1d3b3;
const SKIN_EDGE = 0x8a6a4f;
const BONE = 0xfbf6ea;
const BONE_EDGE = 0xa8987a;
const RIB = 0xd9b896;
const LINE_INK = 0x3b5d8a;
const INK_TEXT = '#173634';
const MUTED_TEXT = '#3b524f';
const FOCUS = 0x1a5fb4;

/** The electrodes' colours as the AHA code has them on the lead wires (RA white, LA black, RL green, LL red; V1 to V6 red, yellow, green, blue, orange, purple). */
export const ELECTRODE_COLOURS: Readonly<Record<EcgElectrode, { fill: number; text: string }>> = {
  RA: { fill: 0xffffff, text: '#1b1b1b' },
  LA: { fill: 0x1b1b1b, text: '#ffffff' },
  RL: { fill: 0x2e7d32, text: '#ffffff' },
  LL: { fill: 0xc62828, text: '#ffffff' },
  V1: { fill: 0xc62828, text: '#ffffff' },
  V2: { fill: 0xf9d71c, text: '#1b1b1b' },
  V3: { fill: 0x2e7d32, text: '#ffffff' },
  V4: { fill: 0x1f4fb4, text: '#ffffff' },
  V5: { fill: 0xef7d1a, text: '#1b1b1b' },
  V6: { fill: 0x7b3fa0, text: '#ffffff' },
};

/** `count` points (x, y, an angle) scattered over a box, the same every time for the same name: hair, the lotion's sheen. */
function seededPoints(name: string, count: number, box: { left: number; right: number; top: number; bottom: number }): [number, number, number][] {
  const random = seededRandom(name);
  return Array.from({ length: count }, () => [box.left + random() * (box.right - box.left), box.top + random() * (box.bottom - box.top), random() * Math.PI]);
}

/** What the torso shows. */
export interface TorsoView {
  /** Each electrode on the patient and where. */
  readonly placed: readonly { readonly electrode: EcgElectrode; readonly site: ElectrodeSite }[];
  /** The electrode the trainee holds, to put on next: the places it can go are ringed more strongly. */
  readonly inHand: EcgElectrode | null;
  /** Chest hair still where the electrodes go. */
  readonly hair: boolean;
  /** Body lotion still on the skin. */
  readonly lotion: boolean;
}

/** The torso with its landmarks, lines, snap rings and electrodes. */
export class EcgTorsoScene extends StillPictureScene<TorsoView> {
  constructor() {
    super('ecg-torso', { placed: [], inHand: null, hair: false, lotion: false });
  }

  #text(x: number, y: number, content: string, options: { size?: number; colour?: string; bold?: boolean; origin?: [number, number] } = {}): GameObjects.Text {
    const text = this.add
      .text(x, y, content, { fontFamily: FontStack, fontSize: `${options.size ?? 10}px`, color: options.colour ?? INK_TEXT, fontStyle: options.bold ? 'bold' : 'normal', resolution: 2 })
      .setOrigin(...(options.origin ?? [0.5, 0.5]));
    this.texts.push(text);
    return text;
  }

  protected draw(): void {
    const g = this.graphics!;
    g.clear();
    for (const text of this.texts) text.destroy();
    this.texts = [];
    // The bed's sheet under the patient.
    g.fillStyle(0xe8f0f2, 1).fillRoundedRect(20, 8, TORSO_SIZE.width - 40, TORSO_SIZE.height - 16, 18);
    this.#limbs(g);
    this.#trunk(g);
    this.#ribs(g);
    this.#sternumAndClavicles(g);
    this.#skin(g);
    this.#lines(g);
    this.#snapRings(g);
    this.#electrodes(g);
    this.#text(60, 24, 'Patient’s right', { size: 11, colour: MUTED_TEXT, bold: true });
    this.#text(TORSO_SIZE.width - 60, 24, 'Patient’s left', { size: 11, colour: MUTED_TEXT, bold: true });
  }

  #limbs(g: GameObjects.Graphics): void {
    for (const limb of LIMBS) {
      // The band tapers a little towards the wrist or ankle; then the hand or the foot.
      const { band, end } = limbOutline(limb);
      g.fillStyle(SKIN, 1).lineStyle(2, SKIN_EDGE, 1);
      g.beginPath();
      band.forEach(([x, y], index) => (index === 0 ? g.moveTo(x, y) : g.lineTo(x, y)));
      g.closePath();
      g.fillPath();
      g.strokePath();
      g.fillEllipse(end.x, end.y, end.rx * 2, end.ry * 2);
      g.strokeEllipse(end.x, end.y, end.rx * 2, end.ry * 2);
    }
  }

  #trunk(g: GameObjects.Graphics): void {
    const { head, neck, trunk } = FIGURE;
    g.fillStyle(SKIN, 1).lineStyle(2, SKIN_EDGE, 1);
    g.fillRect(neck.x, neck.y, neck.width, neck.height);
    g.strokeRect(neck.x, neck.y, neck.width, neck.height);
    g.beginPath();
    trunk.forEach(([y, half], index) => (index === 0 ? g.moveTo(MIDLINE_X - half, y) : g.lineTo(MIDLINE_X - half, y)));
    for (const [y, half] of trunk.toReversed()) g.lineTo(MIDLINE_X + half, y);
    g.closePath();
    g.fillPath();
    g.strokePath();
    g.fillEllipse(head.x, head.y, head.rx * 2, head.ry * 2);
    g.strokeEllipse(head.x, head.y, head.rx * 2, head.ry * 2);
    // The navel: which way up the figure lies, at a glance.
    g.fillStyle(SKIN_EDGE, 0.8).fillCircle(MIDLINE_X, 356, 2.5);
  }

  /** Ribs 1 to 7 on each side, from the sternum out to the side of the chest, the spaces between them left as skin. */
  #ribs(g: GameObjects.Graphics): void {
    const reach = 124;
    for (let rib = 1; rib <= 7; rib += 1) {
      g.lineStyle(9, RIB, 0.55);
      for (const side of [-1, 1] as const) {
        g.beginPath();
        for (let step = 0; step <= 12; step += 1) {
          const x = MIDLINE_X + side * (STERNUM.half + ((reach - STERNUM.half) * step) / 12);
          const y = ribY(rib, x);
          if (step === 0) g.moveTo(x, y);
          else g.lineTo(x, y);
        }
        g.strokePath();
      }
    }
    // The costal margins: from the xiphoid down and out along the lower ribs' cartilages.
    g.lineStyle(2, BONE_EDGE, 0.8);
    for (const side of [-1, 1] as const) {
      g.beginPath();
      g.moveTo(MIDLINE_X + side * 6, STERNUM.bodyEndY);
      g.lineTo(MIDLINE_X + side * 44, STERNUM.bodyEndY + 34);
      g.lineTo(MIDLINE_X + side * 84, STERNUM.bodyEndY + 62);
      g.lineTo(MIDLINE_X + side * 118, STERNUM.bodyEndY + 74);
      g.strokePath();
    }
  }

  #sternumAndClavicles(g: GameObjects.Graphics): void {
    const { clavicle } = FIGURE;
    // The clavicles, from beside the notch, bowing a little, out and up to each shoulder.
    for (const [width, colour] of [
      [8, BONE_EDGE],
      [5, BONE],
    ] as const) {
      g.lineStyle(width, colour, 1);
      for (const side of [-1, 1] as const) {
        g.beginPath();
        g.moveTo(MIDLINE_X + side * clavicle.innerX, clavicle.innerY);
        g.lineTo(MIDLINE_X + side * clavicle.midX, clavicle.midY);
        g.lineTo(MIDLINE_X + side * clavicle.outerX, clavicle.outerY);
        g.strokePath();
      }
    }
    // The sternum: manubrium, the angle, the body, the xiphoid.
    g.fillStyle(BONE, 1).lineStyle(1.5, BONE_EDGE, 1);
    g.fillRoundedRect(MIDLINE_X - STERNUM.half, STERNUM.notchY, STERNUM.half * 2, STERNUM.bodyEndY - STERNUM.notchY, 6);
    g.strokeRoundedRect(MIDLINE_X - STERNUM.half, STERNUM.notchY, STERNUM.half * 2, STERNUM.bodyEndY - STERNUM.notchY, 6);
    g.beginPath();
    g.moveTo(MIDLINE_X - 6, STERNUM.bodyEndY);
    g.lineTo(MIDLINE_X, STERNUM.xiphoidY);
    g.lineTo(MIDLINE_X + 6, STERNUM.bodyEndY);
    g.closePath();
    g.fillPath();
    g.strokePath();
    g.lineStyle(2, BONE_EDGE, 1).lineBetween(MIDLINE_X - STERNUM.half, STERNUM.angleY, MIDLINE_X + STERNUM.half, STERNUM.angleY);
    this.#text(MIDLINE_X - 150, STERNUM.angleY - 2, 'Sternal angle (2nd rib) →', { size: 10, colour: MUTED_TEXT, origin: [0, 0.5] });
    // Each space named on the patient's right, where counting down from the angle reaches it.
    for (const space of [2, 3, 4, 5, 6] as const) {
      const x = MIDLINE_X - 96;
      this.#text(x, spaceY(space, x), `${space}`, { size: 10, colour: MUTED_TEXT, bold: true });
    }
    this.#text(MIDLINE_X - 96, ribY(7, MIDLINE_X - 96) + 26, 'spaces', { size: 9, colour: MUTED_TEXT });
  }

  /** What the skin shows before it is prepared. */
  #skin(g: GameObjects.Graphics): void {
    if (this.view.hair) {
      g.lineStyle(1.2, 0x4a3424, 0.75);
      for (const [x, y, angle] of seededPoints('chest-hair', 240, { left: MIDLINE_X - 110, right: MIDLINE_X + 120, top: STERNUM.notchY + 14, bottom: STERNUM.xiphoidY + 20 })) {
        g.lineBetween(x, y, x + Math.cos(angle) * 5, y + Math.sin(angle) * 5);
      }
    }
    if (this.view.lotion) {
      g.fillStyle(0xffffff, 0.35);
      for (const [x, y] of seededPoints('lotion', 14, { left: MIDLINE_X - 100, right: MIDLINE_X + 110, top: STERNUM.notchY + 20, bottom: STERNUM.xiphoidY })) g.fillEllipse(x, y, 34, 14);
    }
  }

  /** The chest lines, dashed, with their short names under the chest. */
  #lines(g: GameObjects.Graphics): void {
    const top = STERNUM.notchY + 8;
    const bottom = ribY(7, MIDLINE_X) + 30;
    g.lineStyle(1.2, LINE_INK, 0.8);
    for (const x of Object.values(LINE_X)) {
      for (let y = top; y < bottom; y += 9) g.lineBetween(x, y, x, Math.min(bottom, y + 5));
    }
    const names: readonly [number, string, number][] = [
      [LINE_X['right-sternal-border'], 'RSB', 0],
      [LINE_X['left-sternal-border'], 'LSB', 0],
      [LINE_X['between-v2-and-v4'], 'mid', 12],
      [LINE_X.midclavicular, 'MCL', 0],
      [LINE_X['anterior-axillary'], 'AAL', 0],
      [LINE_X['mid-axillary'], 'MAL', 12],
    ];
    for (const [x, name, drop] of names) this.#text(x, bottom + 8 + drop, name, { size: 9, colour: '#24456e', bold: true });
  }

  #snapRings(g: GameObjects.Graphics): void {
    const holding = this.view.inHand !== null;
    for (const point of SITE_POINTS) g.lineStyle(holding ? 1.5 : 1, holding ? FOCUS : 0x56706c, holding ? 0.9 : 0.6).strokeCircle(point.x, point.y, 3.5);
  }

  #electrodes(g: GameObjects.Graphics): void {
    for (const { electrode, site } of this.view.placed) {
      const { x, y } = pointOf(site);
      const colour = ELECTRODE_COLOURS[electrode];
      // The gel pad, then the snap with its wire's colour.
      g.fillStyle(0xf4f4f4, 1).fillCircle(x, y, 11);
      g.lineStyle(1, 0x8a8a8a, 1).strokeCircle(x, y, 11);
      g.fillStyle(colour.fill, 1).fillCircle(x, y, 8);
      g.lineStyle(1, 0x1b1b1b, 1).strokeCircle(x, y, 8);
      this.#text(x, y, electrode, { size: electrode.length > 2 ? 7 : 8, colour: colour.text, bold: true });
    }
  }
}
