/**
 * The exam room's digital instruments, drawn in Phaser: the scale with its stadiometer, the
 * digital thermometer and the pulse oximeter (the blood-pressure gauge has its own, larger
 * canvas: `bp-gauge-scene.ts`). The scene only draws the readings the vitals machine
 * produced; the station tells it what to show.
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
}

/** The bench's logical size. */
export const BENCH_SIZE = { width: 420, height: 230 } as const;

const LCD = 0xd6e6cf;
const LCD_TEXT = '#10261f';

/** The exam-room bench. */
export class VitalsBenchScene extends InstrumentScene {
  #readings: BenchReadings = { heightCm: null, weightKg: null, temperature: null, spo2Percent: null };
  #scaleText?: GameObjects.Text;
  #heightText?: GameObjects.Text;
  #thermoText?: GameObjects.Text;
  #routeText?: GameObjects.Text;
  #oxText?: GameObjects.Text;
  #pleth?: GameObjects.Graphics;
  #ready = false;

  constructor() {
    super({ key: 'vitals-bench' });
  }

  create(): void {
    this.#drawScale();
    this.#drawThermometer();
    this.#drawOximeter();
    this.#ready = true;
    this.#refresh();
  }

  /** Shows new readings. */
  show(readings: BenchReadings): void {
    this.#readings = readings;
    if (this.#ready) this.#refresh();
    this.presentSoon();
  }

  protected get animating(): boolean {
    return false;
  }

  protected tick(): void {
    // The digital instruments show their numbers at once: nothing moves.
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
  }

  #caption(x: number, y: number, text: string): void {
    this.add.text(x, y, text, { fontFamily: FontStack, fontSize: '13px', fontStyle: 'bold', color: '#173634', resolution: 2 }).setOrigin(0.5, 0);
  }

  #drawScale(): void {
    const g = this.add.graphics();
    // The stadiometer rod and the platform.
    g.fillStyle(0xb8c4c2, 1).fillRect(38, 26, 8, 150);
    g.fillStyle(0x8a9a98, 1).fillRect(26, 40, 34, 6);
    g.fillStyle(0xdfe6e5, 1).fillRoundedRect(20, 170, 112, 22, 6);
    g.lineStyle(2, 0x56706c, 1).strokeRoundedRect(20, 170, 112, 22, 6);
    g.fillStyle(0x3b524f, 1).fillRoundedRect(60, 60, 72, 56, 8);
    g.fillStyle(LCD, 1).fillRoundedRect(66, 68, 60, 24, 4);
    this.#scaleText = this.add.text(96, 80, '', { fontFamily: 'monospace', fontSize: '13px', color: LCD_TEXT, resolution: 2 }).setOrigin(0.5);
    this.#heightText = this.add.text(76, 146, '', { fontFamily: FontStack, fontSize: '12px', color: '#173634', resolution: 2 }).setOrigin(0.5);
    this.#caption(76, 198, 'Scale');
  }

  #drawThermometer(): void {
    const g = this.add.graphics();
    g.fillStyle(0xeef4f6, 1).fillRoundedRect(172, 36, 64, 130, 24);
    g.lineStyle(2, 0x56706c, 1).strokeRoundedRect(172, 36, 64, 130, 24);
    g.fillStyle(0x9fb3af, 1).fillRoundedRect(197, 150, 14, 34, 6);
    g.fillStyle(LCD, 1).fillRoundedRect(178, 62, 52, 26, 4);
    g.fillStyle(0x2a7f7a, 1).fillCircle(204, 116, 9);
    this.#thermoText = this.add.text(204, 75, '', { fontFamily: 'monospace', fontSize: '13px', color: LCD_TEXT, resolution: 2 }).setOrigin(0.5);
    this.#routeText = this.add.text(204, 136, '', { fontFamily: FontStack, fontSize: '11px', color: '#173634', resolution: 2 }).setOrigin(0.5);
    this.#caption(204, 198, 'Thermometer');
  }

  #drawOximeter(): void {
    const g = this.add.graphics();
    g.fillStyle(0x4d6480, 1).fillRoundedRect(276, 58, 118, 96, 18);
    g.fillStyle(0x3a4e66, 1).fillRoundedRect(276, 120, 118, 34, { tl: 0, tr: 0, bl: 18, br: 18 });
    g.fillStyle(0x10261f, 1).fillRoundedRect(286, 66, 98, 48, 6);
    g.fillStyle(0xf1d3b3, 1).fillRoundedRect(316, 128, 62, 18, 9);
    this.#oxText = this.add.text(335, 78, '', { fontFamily: 'monospace', fontSize: '13px', color: '#9ff0c0', resolution: 2 }).setOrigin(0.5);
    this.#pleth = this.add.graphics();
    this.#caption(335, 198, 'Pulse oximeter');
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
      if (x === 0) pleth.moveTo(293 + x, y);
      else pleth.lineTo(293 + x, y);
    }
    pleth.strokePath();
  }
}
