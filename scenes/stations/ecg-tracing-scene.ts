/**
 * The ECG machine's paper, drawn in Phaser from the tracing's data (`ecg-waveform.ts`):
 * the grid of 1 mm and 5 mm squares, the calibration pulse of 1 mV at the chosen gain at
 * the start of each row, the twelve leads in the usual four columns of three (I, II, III;
 * aVR, aVL, aVF; V1 to V3; V4 to V6) and a rhythm strip of lead II under them, at the chosen
 * paper speed, each lead's name printed in a clear band of paper before its trace, and the header and footer as the machine prints them (the patient's data as
 * typed, speed and gain). No image files: every line is drawn from the numbers.
 */
import type { GameObjects } from 'phaser';
import type { EcgLead } from '../../src/reference/ecg/terms';
import type { EcgTracing } from '../../src/reference/ecg/tracing';
import { FontStack } from '../theme';
import { leadSignals, type LeadSignal, RECORD_SECONDS, SAMPLE_RATE } from './ecg-waveform';
import { StillPictureScene } from './instrument-game';

/** Pixels per millimetre of paper on the drawing's logical scale. */
const PX_PER_MM = 3;
/** Millimetres of paper a row's calibration pulse takes before the leads. */
const CALIBRATION_MM = 10;
/** Millimetres of paper for the leads, after the pulse (four columns). */
const LEADS_MM = 250;
/**
 * Millimetres of clear paper before each column's trace, where its lead's name is printed:
 * no trace of any row crosses it, so a tall R wave (V4, V5) never covers a name.
 */
const LABEL_MM = 9;
/** Millimetres between rows' baselines. */
const ROW_MM = 25;
const HEADER = 26;
const LEFT = 10;

/** The paper's logical size. */
export const TRACING_SIZE = { width: LEFT * 2 + (CALIBRATION_MM + LEADS_MM + 4 * LABEL_MM) * PX_PER_MM, height: HEADER + 4 * ROW_MM * PX_PER_MM + 26 } as const;

/** The usual layout: four columns of three leads, each column a quarter of the recording. */
const COLUMNS: readonly (readonly EcgLead[])[] = [
  ['I', 'II', 'III'],
  ['aVR', 'aVL', 'aVF'],
  ['V1', 'V2', 'V3'],
  ['V4', 'V5', 'V6'],
];

const PAPER = 0xfff6f4;
const FINE_GRID = 0xf4c2bd;
const BOLD_GRID = 0xe07b73;
const TRACE = 0x111111;
const INK_TEXT = '#111111';

/** What the paper shows. */
export interface TracingView {
  /** The latest recording, or null before the first. */
  readonly tracing: EcgTracing | null;
  /** Keeps one recording the same on every redraw (the patient and the recording's number). */
  readonly seed: string;
  /** The header as the machine prints it: the patient's data as typed, or blanks. */
  readonly header: string;
}

/** The ECG paper with the twelve leads and the rhythm strip. */
export class EcgTracingScene extends StillPictureScene<TracingView> {
  #signals: { key: string; leads: Readonly<Record<EcgLead, LeadSignal>> } | null = null;

  constructor() {
    super('ecg-tracing', { tracing: null, seed: '', header: '' });
  }

  #text(x: number, y: number, content: string, options: { size?: number; bold?: boolean; origin?: [number, number] } = {}): GameObjects.Text {
    const text = this.add
      .text(x, y, content, { fontFamily: FontStack, fontSize: `${options.size ?? 11}px`, color: INK_TEXT, fontStyle: options.bold ? 'bold' : 'normal', resolution: 2 })
      .setOrigin(...(options.origin ?? [0, 0.5]));
    this.texts.push(text);
    return text;
  }

  /** The leads of the view's tracing, worked out once per recording. */
  #leads(tracing: EcgTracing): Readonly<Record<EcgLead, LeadSignal>> {
    const key = `${this.view.seed}|${JSON.stringify(tracing)}`;
    if (this.#signals?.key !== key) this.#signals = { key, leads: leadSignals(tracing, this.view.seed) };
    return this.#signals.leads;
  }

  protected draw(): void {
    const g = this.graphics!;
    g.clear();
    for (const text of this.texts) text.destroy();
    this.texts = [];
    this.#grid(g);
    const tracing = this.view.tracing;
    this.#text(LEFT, 12, this.view.header, { size: 12, bold: true });
    if (!tracing) {
      this.#text(TRACING_SIZE.width / 2, HEADER + 2 * ROW_MM * PX_PER_MM, 'No tracing recorded yet.', { size: 14, origin: [0.5, 0.5] });
      return;
    }
    const leads = this.#leads(tracing);
    const pxPerSecond = tracing.paperSpeed * PX_PER_MM;
    const pxPerMv = tracing.gain * PX_PER_MM;
    const columnPx = (LEADS_MM / COLUMNS.length) * PX_PER_MM;
    const labelPx = LABEL_MM * PX_PER_MM;
    const columnSeconds = columnPx / pxPerSecond;
    const leadsLeft = LEFT + CALIBRATION_MM * PX_PER_MM;
    for (let row = 0; row < 4; row += 1) {
      const baseline = HEADER + (row + 0.5) * ROW_MM * PX_PER_MM;
      this.#calibration(g, LEFT + 2 * PX_PER_MM, baseline, pxPerSecond, pxPerMv);
      if (row < 3) {
        COLUMNS.forEach((column, index) => {
          const lead = column[row]!;
          const start = leadsLeft + index * (labelPx + columnPx);
          // Each column is its own quarter of the ten seconds, as a 12-lead machine prints it.
          const from = (index * RECORD_SECONDS) / COLUMNS.length;
          this.#label(g, start, baseline, lead);
          this.#trace(g, leads[lead], { x: start + labelPx, baseline, width: columnPx, from, seconds: columnSeconds, pxPerSecond, pxPerMv });
        });
      } else {
        this.#label(g, leadsLeft, baseline, 'II');
        const width = (LEADS_MM + 3 * LABEL_MM) * PX_PER_MM;
        this.#trace(g, leads.II, { x: leadsLeft + labelPx, baseline, width, from: 0, seconds: width / pxPerSecond, pxPerSecond, pxPerMv });
      }
    }
    this.#text(LEFT, TRACING_SIZE.height - 12, `${tracing.paperSpeed} mm/s    ${tracing.gain} mm/mV    ${RECORD_SECONDS} s    bottom row: lead II, the rhythm strip`, { size: 12, bold: true });
  }

  /** A lead's name in the clear band before its trace, with the baseline carried across as a tick where the trace begins. */
  #label(g: GameObjects.Graphics, x: number, baseline: number, lead: string): void {
    this.#text(x + (LABEL_MM * PX_PER_MM) / 2, baseline - 2 * PX_PER_MM, lead, { size: 12, bold: true, origin: [0.5, 1] });
    g.lineStyle(1.5, TRACE, 1).lineBetween(x + LABEL_MM * PX_PER_MM, baseline - 2 * PX_PER_MM, x + LABEL_MM * PX_PER_MM, baseline + 2 * PX_PER_MM);
  }

  #grid(g: GameObjects.Graphics): void {
    const top = HEADER - 4;
    const height = 4 * ROW_MM * PX_PER_MM + 8;
    const width = (CALIBRATION_MM + LEADS_MM + 4 * LABEL_MM) * PX_PER_MM;
    g.fillStyle(PAPER, 1).fillRect(LEFT, top, width, height);
    for (let mm = 0; mm * PX_PER_MM <= width; mm += 1) {
      const bold = mm % 5 === 0;
      g.lineStyle(bold ? 1 : 0.5, bold ? BOLD_GRID : FINE_GRID, 1).lineBetween(LEFT + mm * PX_PER_MM, top, LEFT + mm * PX_PER_MM, top + height);
    }
    for (let mm = 0; mm * PX_PER_MM <= height; mm += 1) {
      const bold = mm % 5 === 0;
      g.lineStyle(bold ? 1 : 0.5, bold ? BOLD_GRID : FINE_GRID, 1).lineBetween(LEFT, top + mm * PX_PER_MM, LEFT + width, top + mm * PX_PER_MM);
    }
  }

  /** The 1 mV square pulse: its height is the gain, its width 0.2 s at the paper speed. */
  #calibration(g: GameObjects.Graphics, x: number, baseline: number, pxPerSecond: number, pxPerMv: number): void {
    const width = 0.2 * pxPerSecond;
    g.lineStyle(1.5, TRACE, 1);
    g.beginPath();
    g.moveTo(x - 2 * PX_PER_MM + 2, baseline);
    g.lineTo(x, baseline);
    g.lineTo(x, baseline - pxPerMv);
    g.lineTo(x + width, baseline - pxPerMv);
    g.lineTo(x + width, baseline);
    g.lineTo(x + width + PX_PER_MM, baseline);
    g.strokePath();
  }

  /**
   * One lead across its stretch of paper. Each pixel column draws the lowest and highest
   * value of the samples it covers, in the order they came, so a fast artefact (60 Hz) fills
   * a band as it does on paper instead of being lost between the columns.
   */
  #trace(g: GameObjects.Graphics, signal: LeadSignal, at: { x: number; baseline: number; width: number; from: number; seconds: number; pxPerSecond: number; pxPerMv: number }): void {
    g.lineStyle(1.3, TRACE, 1);
    if (signal === null) {
      g.lineBetween(at.x + 4, at.baseline, at.x + at.width - 4, at.baseline);
      this.#text(at.x + 30, at.baseline + 8, 'lead off', { size: 10 });
      return;
    }
    const first = Math.floor(at.from * SAMPLE_RATE);
    const last = Math.min(signal.length, Math.floor((at.from + at.seconds) * SAMPLE_RATE));
    const samplesPerPx = SAMPLE_RATE / at.pxPerSecond;
    const y = (mv: number) => at.baseline - mv * at.pxPerMv;
    g.beginPath();
    g.moveTo(at.x, y(signal[first] ?? 0));
    for (let px = 0; px < at.width; px += 1) {
      const start = first + Math.floor(px * samplesPerPx);
      const end = Math.min(last, first + Math.floor((px + 1) * samplesPerPx));
      if (start >= end) break;
      let low = start;
      let high = start;
      for (let i = start; i < end; i += 1) {
        if ((signal[i] ?? 0) < (signal[low] ?? 0)) low = i;
        if ((signal[i] ?? 0) > (signal[high] ?? 0)) high = i;
      }
      const [a, b] = low < high ? [low, high] : [high, low];
      g.lineTo(at.x + px, y(signal[a] ?? 0));
      if (b !== a) g.lineTo(at.x + px + 0.5, y(signal[b] ?? 0));
    }
    g.strokePath();
  }
}
