/**
 * The lab station's tube tray, drawn in Phaser: the tubes the trainee put on the tray, in
 * the order they will be drawn, each with its cap colour and a sticker naming cap and
 * additive, filled with blood once drawn, with the inversions once mixed and the patient
 * label once written. The picked-up tube stands raised. The HTML list beside it is the
 * control; this is the picture.
 */
import type { CapColour, TubeId } from '../../src/reference/order-of-draw';
import { FontStack } from '../theme';
import { StillPictureScene } from './instrument-game';
import { additiveWord, capColour, capWord } from './specimen-choices';

/** What the tray shows. */
export interface TrayView {
  readonly order: readonly TubeId[];
  readonly picked: TubeId | null;
  /** Tubes filled, in the order filled, with their inversions once mixed. */
  readonly drawn: readonly { readonly tube: TubeId; readonly inversions: number | null }[];
  readonly labelled: readonly TubeId[];
}

/** The tray's logical size. */
export const TRAY_SIZE = { width: 640, height: 215 } as const;

const CAP_FILL: Readonly<Record<CapColour, number>> = {
  'yellow-or-bottle': 0xe3c13b,
  clear: 0xf4f7f8,
  'light-blue': 0x79c3e6,
  red: 0xc8352f,
  gold: 0xc99a1e,
  green: 0x3f8f4f,
  lavender: 0xa98bd0,
  grey: 0x8c8c8c,
};


const SPACING = 74;
const TUBE_W = 30;
const TUBE_H = 104;
const BASE_Y = 150;

/** The tube tray. */
export class TubeTrayScene extends StillPictureScene<TrayView> {
  constructor() {
    super('tube-tray', { order: [], picked: null, drawn: [], labelled: [] });
  }

  #label(x: number, y: number, content: string, size: number, colour = '#173634', bold = false): void {
    this.texts.push(
      this.add.text(x, y, content, { fontFamily: FontStack, fontSize: `${size}px`, color: colour, fontStyle: bold ? 'bold' : 'normal', resolution: 2, align: 'center' }).setOrigin(0.5, 0),
    );
  }

  protected draw(): void {
    const g = this.graphics!;
    g.clear();
    for (const t of this.texts) t.destroy();
    this.texts = [];
    const { order, picked, drawn, labelled } = this.view;
    // The rack.
    g.fillStyle(0x9db3ae, 1).fillRoundedRect(14, BASE_Y - 6, TRAY_SIZE.width - 28, 22, 8);
    g.fillStyle(0x5d7b78, 1).fillRoundedRect(14, BASE_Y + 12, TRAY_SIZE.width - 28, 8, 4);
    if (order.length === 0) {
      this.#label(TRAY_SIZE.width / 2, 60, 'The tray is empty: take tubes from the supply drawer.', 15);
      return;
    }
    const left = (TRAY_SIZE.width - SPACING * (order.length - 1)) / 2;
    order.forEach((tube, index) => {
      const x = left + index * SPACING;
      const lift = tube === picked ? 16 : 0;
      const top = BASE_Y - TUBE_H - lift;
      const fill = drawn.find((d) => d.tube === tube);
      if (tube === picked) {
        g.lineStyle(3, 0x1a5fb4, 1).strokeRoundedRect(x - TUBE_W / 2 - 7, top - 26, TUBE_W + 14, TUBE_H + 34, 8);
      }
      // Glass.
      g.fillStyle(0xeaf3f5, 1).fillRoundedRect(x - TUBE_W / 2, top, TUBE_W, TUBE_H, { tl: 2, tr: 2, bl: 14, br: 14 });
      if (fill) g.fillStyle(0x7a1010, 1).fillRoundedRect(x - TUBE_W / 2 + 2, top + 30, TUBE_W - 4, TUBE_H - 32, { tl: 0, tr: 0, bl: 12, br: 12 });
      g.lineStyle(2, 0x56706c, 1).strokeRoundedRect(x - TUBE_W / 2, top, TUBE_W, TUBE_H, { tl: 2, tr: 2, bl: 14, br: 14 });
      // Cap.
      const cap = CAP_FILL[capColour(tube)];
      g.fillStyle(cap, 1).fillRoundedRect(x - TUBE_W / 2 - 3, top - 20, TUBE_W + 6, 24, 5);
      g.lineStyle(1.5, 0x173634, 0.6).strokeRoundedRect(x - TUBE_W / 2 - 3, top - 20, TUBE_W + 6, 24, 5);
      // The maker's sticker: cap and additive; the patient label over it once written.
      const sticker = labelled.includes(tube) ? 0xffffff : 0xf6efe3;
      g.fillStyle(sticker, 1).fillRect(x - TUBE_W / 2 + 2, top + 38, TUBE_W - 4, 40);
      if (labelled.includes(tube)) {
        g.lineStyle(1, 0x173634, 0.8);
        for (const dy of [46, 54, 62, 70]) g.lineBetween(x - TUBE_W / 2 + 5, top + dy, x + TUBE_W / 2 - 5, top + dy);
      }
      // The place in the draw order, the cap and the additive, a line each: each fits between its neighbours.
      this.#label(x, BASE_Y + 21, `${index + 1}.`, 12, '#173634', true);
      this.#label(x, BASE_Y + 35, capWord(tube), 11, '#173634', true);
      this.#label(x, BASE_Y + 49, additiveWord(tube), 10);
      if (fill?.inversions !== null && fill?.inversions !== undefined) this.#label(x, top - 40, `×${fill.inversions}`, 12, '#1a5fb4', true);
    });
  }
}
