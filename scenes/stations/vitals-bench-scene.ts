/**
 * The exam room's instruments, drawn in Phaser: the aneroid blood-pressure gauge whose
 * needle falls as the cuff deflates (from above the systolic to below the diastolic, the
 * first and last Korotkoff sounds marked on the dial as they are heard), the scale with
 * its stadiometer, the digital thermometer and the pulse oximeter. The scene only draws
 * the readings the vitals machine produced; the station tells it what to show.
 */
import type { GameObjects } from 'phaser';
import { FontStack } from '../theme';
import type { TemperatureRoute } from '../../src/workflows/vitals/vitals.actions';
import { InstrumentScene } from './instrument-game';
import { routeLabel } from './vitals-choices';

/** What the instruments show now. */
export interface BenchReadings {
  readonly heightCm: number | null;
  /** The child lay on the length board (under 2 years): the measure is a length, not a standing height. */
  readonly lengthBoard?: boolean;
  readonly weightKg: number | null;
  readonly temperature: { readonly celsius: number; readonly route: TemperatureRoute } | null;
  readonly spo2Percent: number | null;
  /** The blood pressures taken so far, oldest first; a new one starts the deflation. */
  readonly bloodPressures: readonly { readonly systolicMmHg: number; readonly diastolicMmHg: number }[];
}

/** The bench's logical size. */
export const BENCH_SIZE = { width: 640, height: 230 } as const;

const GAUGE = { x: 115, y: 115, radius: 100, maxMmHg: 300, startDeg: 120, sweepDeg: 300 } as const;
/** Real milliseconds the cuff takes to deflate from inflation to below the diastolic. */
const DEFLATE_MS = 4500;
const SETTLE_MS = 500;
const INK = 0x173634;
const FIRST_SOUND = 0xb3261e;
const LAST_SOUND = 0x1a5fb4;
const LCD = 0xd6e6cf;
const LCD_TEXT = '#10261f';

function angleOf(mmHg: number): number {
  return ((GAUGE.startDeg + (mmHg / GAUGE.maxMmHg) * GAUGE.sweepDeg) * Math.PI) / 180;
}

function pointAt(mmHg: number, radius: number): { x: number; y: number } {
  const angle = angleOf(mmHg);
  return { x: GAUGE.x + Math.cos(angle) * radius, y: GAUGE.y + Math.sin(angle) * radius };
}

interface Deflation {
  readonly index: number;
  readonly from: number;
  readonly to: number;
  readonly systolic: number;
  readonly diastolic: number;
  /** Set at the first frame of the deflation: the loop may have slept until then. */
  startedAt: number | null;
}

/** The exam-room bench. */
export class VitalsBenchScene extends InstrumentScene {
  #readings: BenchReadings = { heightCm: null, weightKg: null, temperature: null, spo2Percent: null, bloodPressures: [] };
  #reducedMotion: boolean;
  #onGaugeSettled: (index: number) => void;
  #shownBp = 0;
  #deflation: Deflation | null = null;
  #needle?: GameObjects.Graphics;
  #marks?: GameObjects.Graphics;
  #marksText: GameObjects.Text[] = [];
  #scaleText?: GameObjects.Text;
  #heightText?: GameObjects.Text;
  #thermoText?: GameObjects.Text;
  #routeText?: GameObjects.Text;
  #oxText?: GameObjects.Text;
  #pleth?: GameObjects.Graphics;
  #ready = false;

  /** `onGaugeSettled` runs when the needle has come to rest after the reading with that index. */
  constructor(options: { reducedMotion: boolean; onGaugeSettled: (index: number) => void }) {
    super({ key: 'vitals-bench' });
    this.#reducedMotion = options.reducedMotion;
    this.#onGaugeSettled = options.onGaugeSettled;
  }

  create(): void {
    this.#drawGaugeFace();
    this.#marks = this.add.graphics();
    this.#needle = this.add.graphics();
    this.#drawNeedle(0);
    this.#drawScale();
    this.#drawThermometer();
    this.#drawOximeter();
    this.#ready = true;
    this.#refresh();
  }

  /** Shows new readings; a blood pressure not shown before deflates the cuff on the gauge. */
  show(readings: BenchReadings): void {
    this.#readings = readings;
    if (this.#ready) this.#refresh();
    this.presentSoon();
  }

  /** Deflates the cuff again for the last reading (the trainee watches it once more). */
  replay(): void {
    const index = this.#readings.bloodPressures.length - 1;
    if (index < 0 || !this.#ready) return;
    this.#startDeflation(index);
    this.presentSoon();
  }

  protected get animating(): boolean {
    return this.#deflation !== null;
  }

  protected tick(time: number): void {
    const deflation = this.#deflation;
    if (!deflation) return;
    deflation.startedAt ??= time;
    const elapsed = time - deflation.startedAt;
    const falling = Math.min(1, elapsed / DEFLATE_MS);
    const pressure = deflation.from - (deflation.from - deflation.to) * falling;
    this.#drawMarks(deflation, pressure);
    if (elapsed <= DEFLATE_MS) {
      this.#drawNeedle(pressure);
      return;
    }
    // The valve is opened fully: the needle drops back to zero.
    const settling = Math.min(1, (elapsed - DEFLATE_MS) / SETTLE_MS);
    this.#drawNeedle(deflation.to * (1 - settling));
    if (settling >= 1) {
      this.#deflation = null;
      this.#onGaugeSettled(deflation.index);
    }
  }

  #refresh(): void {
    const r = this.#readings;
    this.#scaleText?.setText(r.weightKg === null ? '– – –' : `${r.weightKg.toFixed(1)} kg`);
    const measure = r.lengthBoard === true ? 'Length (board)' : 'Height';
    this.#heightText?.setText(r.heightCm === null ? `${measure} –` : `${measure} ${r.heightCm.toFixed(1)} cm`);
    this.#thermoText?.setText(r.temperature === null ? '– –.–' : `${r.temperature.celsius.toFixed(1)} °C`);
    this.#routeText?.setText(r.temperature === null ? '' : routeLabel(r.temperature.route).split(' ')[0] ?? '');
    this.#oxText?.setText(r.spo2Percent === null ? 'SpO₂ – –' : `SpO₂ ${r.spo2Percent} %`);
    this.#drawPleth(r.spo2Percent !== null);
    const count = r.bloodPressures.length;
    if (count > this.#shownBp) {
      this.#shownBp = count;
      this.#startDeflation(count - 1);
    }
  }

  #startDeflation(index: number): void {
    const reading = this.#readings.bloodPressures[index];
    if (!reading) return;
    const from = Math.min(GAUGE.maxMmHg, Math.ceil((reading.systolicMmHg + 30) / 10) * 10);
    const to = Math.max(0, reading.diastolicMmHg - 10);
    const deflation: Deflation = { index, from, to, systolic: reading.systolicMmHg, diastolic: reading.diastolicMmHg, startedAt: null };
    if (this.#reducedMotion) {
      this.#drawMarks(deflation, to);
      this.#drawNeedle(0);
      this.#onGaugeSettled(index);
      return;
    }
    this.#deflation = deflation;
    this.#drawMarks(deflation, from);
  }

  #drawGaugeFace(): void {
    const face = this.add.graphics();
    face.fillStyle(0x9fb3af, 1).fillCircle(GAUGE.x, GAUGE.y + 3, GAUGE.radius + 8);
    face.fillStyle(0x56706c, 1).fillCircle(GAUGE.x, GAUGE.y, GAUGE.radius + 8);
    face.fillStyle(0xffffff, 1).fillCircle(GAUGE.x, GAUGE.y, GAUGE.radius);
    face.lineStyle(1, INK, 1);
    for (let mmHg = 0; mmHg <= GAUGE.maxMmHg; mmHg += 2) {
      const length = mmHg % 10 === 0 ? (mmHg % 20 === 0 ? 12 : 9) : 5;
      face.lineStyle(mmHg % 10 === 0 ? 2 : 1, INK, 1);
      const outer = pointAt(mmHg, GAUGE.radius - 3);
      const inner = pointAt(mmHg, GAUGE.radius - 3 - length);
      face.lineBetween(outer.x, outer.y, inner.x, inner.y);
    }
    for (let mmHg = 0; mmHg <= GAUGE.maxMmHg; mmHg += 20) {
      const at = pointAt(mmHg, GAUGE.radius - 26);
      this.add.text(at.x, at.y, String(mmHg), { fontFamily: FontStack, fontSize: '11px', color: '#173634', resolution: 2 }).setOrigin(0.5);
    }
    this.add.text(GAUGE.x, GAUGE.y + 34, 'mmHg', { fontFamily: FontStack, fontSize: '12px', color: '#3b524f', resolution: 2 }).setOrigin(0.5);
  }

  #drawNeedle(mmHg: number): void {
    const needle = this.#needle;
    if (!needle) return;
    const tip = pointAt(mmHg, GAUGE.radius - 10);
    const tail = pointAt(mmHg + GAUGE.maxMmHg / 2, 14);
    needle.clear();
    needle.lineStyle(3, 0x1b1b1b, 1).lineBetween(tail.x, tail.y, tip.x, tip.y);
    needle.fillStyle(0x1b1b1b, 1).fillCircle(GAUGE.x, GAUGE.y, 7);
    needle.fillStyle(0xc9a27c, 1).fillCircle(GAUGE.x, GAUGE.y, 3);
  }

  /** The sounds heard so far, as marks on the rim: the first at the systolic, the last at the diastolic. */
  #drawMarks(deflation: Deflation, pressure: number): void {
    const marks = this.#marks;
    if (!marks) return;
    marks.clear();
    for (const text of this.#marksText) text.destroy();
    this.#marksText = [];
    const heard: { mmHg: number; colour: number; word: string }[] = [];
    if (pressure <= deflation.systolic) heard.push({ mmHg: deflation.systolic, colour: FIRST_SOUND, word: '1st' });
    if (pressure <= deflation.diastolic) heard.push({ mmHg: deflation.diastolic, colour: LAST_SOUND, word: 'last' });
    for (const mark of heard) {
      const outer = pointAt(mark.mmHg, GAUGE.radius + 7);
      const inner = pointAt(mark.mmHg, GAUGE.radius - 16);
      marks.lineStyle(2, mark.colour, 1).lineBetween(outer.x, outer.y, inner.x, inner.y);
      const left = pointAt(mark.mmHg - 2.5, GAUGE.radius + 14);
      const right = pointAt(mark.mmHg + 2.5, GAUGE.radius + 14);
      marks.fillStyle(mark.colour, 1).fillTriangle(outer.x, outer.y, left.x, left.y, right.x, right.y);
      const label = pointAt(mark.mmHg, GAUGE.radius - 44);
      this.#marksText.push(
        this.add.text(label.x, label.y, mark.word, { fontFamily: FontStack, fontSize: '11px', fontStyle: 'bold', color: mark.colour === FIRST_SOUND ? '#b3261e' : '#1a5fb4', resolution: 2 }).setOrigin(0.5),
      );
    }
  }

  #caption(x: number, y: number, text: string): void {
    this.add.text(x, y, text, { fontFamily: FontStack, fontSize: '13px', fontStyle: 'bold', color: '#173634', resolution: 2 }).setOrigin(0.5, 0);
  }

  #drawScale(): void {
    const g = this.add.graphics();
    // The stadiometer rod and the platform.
    g.fillStyle(0xb8c4c2, 1).fillRect(262, 26, 8, 150);
    g.fillStyle(0x8a9a98, 1).fillRect(250, 40, 34, 6);
    g.fillStyle(0xdfe6e5, 1).fillRoundedRect(244, 170, 112, 22, 6);
    g.lineStyle(2, 0x56706c, 1).strokeRoundedRect(244, 170, 112, 22, 6);
    g.fillStyle(0x3b524f, 1).fillRoundedRect(284, 60, 72, 56, 8);
    g.fillStyle(LCD, 1).fillRoundedRect(290, 68, 60, 24, 4);
    this.#scaleText = this.add.text(320, 80, '', { fontFamily: 'monospace', fontSize: '13px', color: LCD_TEXT, resolution: 2 }).setOrigin(0.5);
    this.#heightText = this.add.text(300, 146, '', { fontFamily: FontStack, fontSize: '12px', color: '#173634', resolution: 2 }).setOrigin(0.5);
    this.#caption(300, 198, 'Scale');
  }

  #drawThermometer(): void {
    const g = this.add.graphics();
    g.fillStyle(0xeef4f6, 1).fillRoundedRect(396, 36, 64, 130, 24);
    g.lineStyle(2, 0x56706c, 1).strokeRoundedRect(396, 36, 64, 130, 24);
    g.fillStyle(0x9fb3af, 1).fillRoundedRect(421, 150, 14, 34, 6);
    g.fillStyle(LCD, 1).fillRoundedRect(402, 62, 52, 26, 4);
    g.fillStyle(0x2a7f7a, 1).fillCircle(428, 116, 9);
    this.#thermoText = this.add.text(428, 75, '', { fontFamily: 'monospace', fontSize: '13px', color: LCD_TEXT, resolution: 2 }).setOrigin(0.5);
    this.#routeText = this.add.text(428, 136, '', { fontFamily: FontStack, fontSize: '11px', color: '#173634', resolution: 2 }).setOrigin(0.5);
    this.#caption(428, 198, 'Thermometer');
  }

  #drawOximeter(): void {
    const g = this.add.graphics();
    g.fillStyle(0x4d6480, 1).fillRoundedRect(500, 58, 118, 96, 18);
    g.fillStyle(0x3a4e66, 1).fillRoundedRect(500, 120, 118, 34, { tl: 0, tr: 0, bl: 18, br: 18 });
    g.fillStyle(0x10261f, 1).fillRoundedRect(510, 66, 98, 48, 6);
    g.fillStyle(0xf1d3b3, 1).fillRoundedRect(540, 128, 62, 18, 9);
    this.#oxText = this.add.text(559, 78, '', { fontFamily: 'monospace', fontSize: '13px', color: '#9ff0c0', resolution: 2 }).setOrigin(0.5);
    this.#pleth = this.add.graphics();
    this.#caption(559, 198, 'Pulse oximeter');
  }

  #drawPleth(on: boolean): void {
    const pleth = this.#pleth;
    if (!pleth) return;
    pleth.clear();
    if (!on) return;
    pleth.lineStyle(2, 0x9ff0c0, 1).beginPath();
    for (let x = 0; x <= 84; x += 2) {
      const phase = (x % 28) / 28;
      const y = 104 - (phase < 0.3 ? Math.sin((phase / 0.3) * Math.PI) * 9 : Math.sin(((phase - 0.3) / 0.7) * Math.PI) * 2.5);
      if (x === 0) pleth.moveTo(517 + x, y);
      else pleth.lineTo(517 + x, y);
    }
    pleth.strokePath();
  }
}
