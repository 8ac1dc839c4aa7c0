/**
 * The aneroid blood-pressure gauge of the exam room, drawn large enough to read: 0–300 mmHg
 * over 330°, a tick every 2 mmHg from the rim to the numbers, a longer tick and a number every
 * 10. As the cuff deflates the needle falls; when the first Korotkoff sound is heard the tick
 * under the needle is painted red, with a red pointer outside the rim touching it, and blue
 * when the sounds stop, so each mark sits ON a tick and is read against the numbers beside it.
 * The dial reads itself close without being asked (the playtest at 1280×720: the zoom buttons
 * beside it went unseen, and marks were read 4–6 mmHg off on the whole dial): while the needle
 * falls, and while the cuff is let down by hand, the view follows the needle's tip
 * two and a half times as large, so each tick and number the sounds come at is seen big as it is
 * painted; once the needle has settled the view frames both marks with the numbers beside them,
 * as large as they fit (up to three times). The trainee can still choose one mark close up (three
 * times), both, or the whole dial; a mark's close-up asked for while the needle still falls, or
 * before the cuff let down by hand reaches that sound, keeps following the needle, and `zoom`
 * says why for the station to say in words. In the close views the 2 mmHg ticks near the needle
 * or the mark carry small numbers of their own (`tickLabels`: a blue tick at 78 was read as 80).
 * The scene tells the station the moment each sound is heard, when the needle has settled and
 * each change of view; it draws only the readings the vitals machine produced. A
 * reading can also be let down by hand, 2 mmHg at a time (`stepTo`), for the keyboard and the
 * screen reader. The canvas carries the view it shows (`data-view`, `data-camera`: zoom and
 * the logical point at its centre, and `data-tick-numbers`), so what a sighted trainee sees can be checked.
 */
import type { GameObjects } from 'phaser';
import { FontStack } from '../theme';
import { InstrumentScene } from './instrument-game';
import { closeUpOn, fallAfterFrame, followNeedle, frameMarks, GAUGE, type GaugeCamera, type GaugeView, type KorotkoffMoment, numeralAt, pointAt, POINTER_OUTER, TICK, TICK_LABEL, tickLabelAt, tickLabels, wholeInView } from './bp-gauge-geometry';

export { GAUGE_SIZE, type GaugeView, type KorotkoffMoment } from './bp-gauge-geometry';

/** A blood pressure as the gauge shows it. */
export interface GaugeReading {
  readonly systolicMmHg: number;
  readonly diastolicMmHg: number;
}

/** How fast the needle falls, mmHg per real second: faster than a clinic's 2–3 mmHg/s, so a reading plays in a few seconds. */
const FALL_MMHG_PER_SECOND = 24;
const SETTLE_MS = 500;
const INK = 0x173634;
const FIRST_SOUND = 0xb3261e;
const LAST_SOUND = 0x1a5fb4;

interface Deflation {
  readonly index: number;
  readonly from: number;
  readonly to: number;
  readonly reading: GaugeReading;
  /** The sounds already told to the station. */
  heard: Set<KorotkoffMoment>;
  /** The time of the deflation's last frame; null until its first (the loop may have slept until then). */
  lastFrameAt: number | null;
  /** How far the fall has gone, in ms of the fall: each frame adds its time, up to `LONGEST_FRAME_MS` (`fallAfterFrame`). */
  fallenMs: number;
  /** Whether the needle has passed the last sound and is dropping back to zero. */
  settling?: boolean;
}

/** The gauge's callbacks: a sound heard with the needle at `mmHg`, the needle back at rest, and the view shown changed (the station says what it shows). */
export interface GaugeListener {
  onSound(index: number, moment: KorotkoffMoment, mmHg: number): void;
  onSettled(index: number): void;
  onView(view: GaugeView, byHand: boolean): void;
}

/**
 * What came of asking for a view: shown; or not, the view following the needle instead, because
 * the needle is still falling (no mark stands still to read yet) or the mark asked for is not
 * painted yet (the cuff let down by hand has not reached that sound).
 */
export type ZoomOutcome = 'shown' | 'falling' | 'not-marked';

/** The exam room's aneroid gauge. */
export class BpGaugeScene extends InstrumentScene {
  #readings: readonly GaugeReading[] = [];
  #reducedMotion: boolean;
  #listener: GaugeListener;
  #shown = 0;
  #deflation: Deflation | null = null;
  #needle?: GameObjects.Graphics;
  #marks?: GameObjects.Graphics;
  #legend: GameObjects.Text[] = [];
  /** The scale's numerals and the "mmHg" under them: each drawn only where the view shows it whole (`wholeInView`). */
  #words: GameObjects.Text[] = [];
  /** The numbers of the 2 mmHg ticks (those between the 10s), by pressure: each drawn only in a close view, near the marks or the needle (`tickLabels`). */
  #tickNumbers = new Map<number, GameObjects.Text>();
  /**
   * Whether the 2 mmHg ticks near the needle or a mark carry numbers: a practice aid. In an
   * assessed day the dial is a real aneroid gauge's, numbered every 10, and reading the ticks
   * between is the trainee's (a reading one tick off is still within `BP_READING_TOLERANCE`).
   */
  readonly #numberMinorTicks: boolean;
  #ready = false;
  #pending: number | null = null;

  constructor(options: { reducedMotion: boolean; numberTicks: boolean; listener: GaugeListener }) {
    super({ key: 'bp-gauge' });
    this.#reducedMotion = options.reducedMotion;
    this.#numberMinorTicks = options.numberTicks;
    this.#listener = options.listener;
  }

  create(): void {
    this.#drawFace();
    this.#marks = this.add.graphics();
    this.#needle = this.add.graphics();
    this.#drawNeedle(0);
    this.#ready = true;
    this.#applyView();
    if (this.#pending !== null) this.#start(this.#pending);
    this.#pending = null;
  }

  /** Shows the readings taken so far; a reading not shown before deflates the cuff on the dial. */
  show(readings: readonly GaugeReading[]): void {
    this.#readings = readings;
    if (readings.length > this.#shown) {
      this.#shown = readings.length;
      this.play(readings.length - 1);
    }
  }

  /** Deflates the cuff again for reading `index` (the trainee watches it once more). */
  play(index: number): void {
    if (!this.#readings[index]) return;
    if (this.#ready) this.#start(index);
    else this.#pending = index;
    this.presentSoon();
  }

  protected get animating(): boolean {
    return this.#deflation !== null;
  }

  protected tick(time: number): void {
    const deflation = this.#deflation;
    if (!deflation) return;
    deflation.fallenMs = deflation.lastFrameAt === null ? 0 : fallAfterFrame(deflation.fallenMs, time - deflation.lastFrameAt);
    deflation.lastFrameAt = time;
    const elapsed = deflation.fallenMs;
    const fallMs = ((deflation.from - deflation.to) / FALL_MMHG_PER_SECOND) * 1000;
    const pressure = Math.max(deflation.to, deflation.from - (elapsed / 1000) * FALL_MMHG_PER_SECOND);
    this.#hear(deflation, pressure);
    if (elapsed <= fallMs) {
      this.#drawNeedle(pressure);
      return;
    }
    // Both sounds are marked: the view leaves the needle as it drops back and frames the marks to be read.
    deflation.settling = true;
    if (this.#view === 'needle') this.#setView('both');
    // The valve is opened fully: the needle drops back to zero.
    const settling = Math.min(1, (elapsed - fallMs) / SETTLE_MS);
    this.#drawNeedle(deflation.to * (1 - settling));
    if (settling >= 1) {
      this.#deflation = null;
      this.#listener.onSettled(deflation.index);
    }
  }

  #start(index: number): void {
    const reading = this.#readings[index];
    if (!reading) return;
    // Inflated about 30 mmHg above the systolic, let down to below the diastolic.
    const from = Math.min(GAUGE.maxMmHg, Math.ceil((reading.systolicMmHg + 30) / 10) * 10);
    const to = Math.max(0, reading.diastolicMmHg - 10);
    this.#manual = null;
    const deflation: Deflation = { index, from, to, reading, heard: new Set(), lastFrameAt: null, fallenMs: 0 };
    if (this.#reducedMotion) {
      this.#hear(deflation, to);
      this.#drawNeedle(0);
      this.#deflation = null;
      this.#setView('both');
      this.#listener.onSettled(index);
      return;
    }
    this.#deflation = deflation;
    this.#drawMarks(deflation.reading, new Set());
    this.#setView('needle');
    this.#drawNeedle(from);
  }

  /** Marks and tells each sound the falling needle has reached. */
  #hear(deflation: Deflation, pressure: number): void {
    const before = deflation.heard.size;
    if (pressure <= deflation.reading.systolicMmHg && !deflation.heard.has('first')) {
      deflation.heard.add('first');
      this.#listener.onSound(deflation.index, 'first', deflation.reading.systolicMmHg);
    }
    if (pressure <= deflation.reading.diastolicMmHg && !deflation.heard.has('last')) {
      deflation.heard.add('last');
      this.#listener.onSound(deflation.index, 'last', deflation.reading.diastolicMmHg);
    }
    if (deflation.heard.size !== before) this.#drawMarks(deflation.reading, deflation.heard);
  }

  /** What the view shows now. */
  #view: GaugeView = 'whole';
  /** Where the needle stands (mmHg), for the view that follows it. */
  #needleAt = 0;

  /**
   * Brings the first- or last-sound mark of the reading shown up close (three times as large),
   * both marks framed together, or the whole dial back (null). A mark's view while the needle
   * still falls, or of a mark the cuff let down by hand has not reached, would show a still part
   * of the dial with nothing to read (the playtest): the view goes on following the needle, and
   * the outcome says why, for the station to say in words.
   */
  zoom(view: KorotkoffMoment | 'both' | null): ZoomOutcome {
    const outcome = this.#zoomOutcome(view);
    if (outcome === 'shown') this.#setView(view ?? 'whole');
    else this.#setView('needle');
    this.presentSoon();
    return outcome;
  }

  #zoomOutcome(view: KorotkoffMoment | 'both' | null): ZoomOutcome {
    if (view === null) return 'shown';
    if (this.#deflation !== null && this.#deflation.settling !== true) return 'falling';
    if (this.#manual === null) return 'shown';
    const painted = view === 'both' ? this.#markedMoments.size > 0 : this.#markedMoments.has(view);
    return painted ? 'shown' : 'not-marked';
  }

  #setView(view: GaugeView): void {
    const changed = view !== this.#view;
    this.#view = view;
    if (this.#ready) this.#applyView();
    if (changed) this.#listener.onView(view, this.#manual !== null);
  }

  /** The view as it is shown: a mark's view with no mark drawn is the whole dial. */
  #camera(): { view: GaugeView; camera: GaugeCamera } {
    const reading = this.#marked;
    const view = this.#view;
    if (view === 'needle') return { view, camera: followNeedle(this.#needleAt) };
    if (view === 'whole' || reading === null) return { view: 'whole', camera: frameMarks([]) };
    if (view === 'both') return { view, camera: frameMarks([...this.#markedMoments].map((moment) => (moment === 'first' ? reading.systolicMmHg : reading.diastolicMmHg))) };
    return { view, camera: closeUpOn(view === 'first' ? reading.systolicMmHg : reading.diastolicMmHg) };
  }

  #applyView(): void {
    const { view, camera } = this.#camera();
    const main = this.cameras.main;
    main.setZoom(camera.zoom);
    main.centerOn(camera.x, camera.y);
    this.#showWhole(camera);
    const numbered = this.#numberTicks(view, camera);
    // What a sighted trainee sees, on the canvas for the browser tests (and nothing else).
    const canvas = this.game.canvas;
    canvas.dataset.view = view;
    canvas.dataset.camera = `${camera.zoom} ${camera.x.toFixed(1)} ${camera.y.toFixed(1)}`;
    canvas.dataset.tickNumbers = numbered.join(' ');
  }

  /** Shows the numbers of the 2 mmHg ticks near what the view is close on (the needle, or the marks), and hides the rest; returns those shown. */
  #numberTicks(view: GaugeView, camera: GaugeCamera): number[] {
    const reading = this.#marked;
    const marks = reading === null ? [] : [...this.#markedMoments].filter((moment) => view === 'both' || view === moment).map((moment) => (moment === 'first' ? reading.systolicMmHg : reading.diastolicMmHg));
    const near = view === 'needle' ? [this.#needleAt] : view === 'whole' ? [] : marks;
    const numbered = this.#numberMinorTicks ? tickLabels(near, camera) : [];
    const shown = new Set(numbered);
    for (const [mmHg, text] of this.#tickNumbers) text.setVisible(shown.has(mmHg));
    for (const mmHg of numbered) if (!this.#tickNumbers.has(mmHg)) this.#tickNumbers.set(mmHg, this.#tickNumber(mmHg));
    // Those drawn, as the browser tests read them.
    return numbered.filter((mmHg) => this.#tickNumbers.get(mmHg)?.visible === true);
  }

  /**
   * The number of a 2 mmHg tick, made the first time a close view shows it: there are 120 of
   * them, each a text drawn at eight times its size, and most views show none (an assessed
   * day's never), so making them all with the dial made opening the vital-signs station slow.
   */
  #tickNumber(mmHg: number): GameObjects.Text {
    const at = tickLabelAt(mmHg);
    // Above the needle, edged in white: the needle held at a tick runs across that tick's own number.
    const text = this.add.text(at.x, at.y, String(mmHg), { fontFamily: FontStack, fontSize: `${TICK_LABEL.fontPx}px`, color: '#173634', stroke: '#ffffff', strokeThickness: 1.2, resolution: 8 });
    return text.setOrigin(0.5).setDepth(1);
  }

  /** Draws each numeral, word and legend line only where `camera` shows it whole: none is cut at the canvas's edge, at any zoom. */
  #showWhole(camera: GaugeCamera): void {
    for (const text of [...this.#words, ...this.#legend]) {
      const bounds = text.getBounds();
      text.setVisible(wholeInView({ left: bounds.x, top: bounds.y, right: bounds.right, bottom: bounds.bottom }, camera));
    }
  }

  /**
   * Lets reading `index` down by hand to `mmHg` (the cuff pumped up first if it is not already
   * deflating by hand): the needle stands there, and each sound reached is marked and told as
   * the falling needle does. Returns what is heard with the needle there: silence above the
   * first sound, tapping between, silence again below the last.
   */
  stepTo(index: number, mmHg: number): 'silent-above' | 'tapping' | 'silent-below' | null {
    const reading = this.#readings[index];
    if (!reading || !this.#ready) return null;
    if (this.#manual === null || this.#manual.index !== index) {
      this.#deflation = null;
      this.#manual = { index, from: 0, to: 0, reading, heard: new Set(), lastFrameAt: null, fallenMs: 0 };
      this.#drawMarks(reading, new Set());
    }
    this.#hear(this.#manual, mmHg);
    this.#needleAt = mmHg;
    this.#setView('needle');
    this.#drawNeedle(mmHg);
    this.presentSoon();
    return mmHg > reading.systolicMmHg ? 'silent-above' : mmHg >= reading.diastolicMmHg ? 'tapping' : 'silent-below';
  }

  /** The pressure a reading is pumped up to before it is let down: about 30 mmHg above the systolic, to the next 10. */
  inflationOf(index: number): number | null {
    const reading = this.#readings[index];
    return reading ? Math.min(GAUGE.maxMmHg, Math.ceil((reading.systolicMmHg + 30) / 10) * 10) : null;
  }

  #manual: Deflation | null = null;
  /** The reading whose marks are drawn now, and which of its marks. */
  #marked: GaugeReading | null = null;
  #markedMoments: ReadonlySet<KorotkoffMoment> = new Set();

  #drawFace(): void {
    const face = this.add.graphics();
    face.fillStyle(0x9fb3af, 1).fillCircle(GAUGE.x, GAUGE.y + 3, GAUGE.radius + 20);
    face.fillStyle(0x56706c, 1).fillCircle(GAUGE.x, GAUGE.y, GAUGE.radius + 20);
    // The pale ring outside the face, where the sound markers sit clear of the scale.
    face.fillStyle(0xe8efed, 1).fillCircle(GAUGE.x, GAUGE.y, GAUGE.radius + 15);
    face.fillStyle(0xffffff, 1).fillCircle(GAUGE.x, GAUGE.y, GAUGE.radius);
    face.lineStyle(1, 0xb8c4c2, 1).strokeCircle(GAUGE.x, GAUGE.y, GAUGE.radius);
    // Every tick runs from the rim in to the ring of numbers (the 10s longest, the 2s long enough to follow to their number).
    for (let mmHg = 0; mmHg <= GAUGE.maxMmHg; mmHg += 2) {
      const major = mmHg % 10 === 0;
      const length = major ? TICK.major : TICK.minor;
      face.lineStyle(major ? 2.5 : 1.25, INK, 1);
      const outer = pointAt(mmHg, GAUGE.radius - 2);
      const inner = pointAt(mmHg, GAUGE.radius - 2 - length);
      face.lineBetween(outer.x, outer.y, inner.x, inner.y);
    }
    for (let mmHg = 0; mmHg <= GAUGE.maxMmHg; mmHg += 10) {
      const at = numeralAt(mmHg);
      const bold = mmHg % 50 === 0;
      this.#words.push(this.add.text(at.x, at.y, String(mmHg), { fontFamily: FontStack, fontSize: bold ? '14px' : '13px', fontStyle: bold ? 'bold' : 'normal', color: '#173634', resolution: 4 }).setOrigin(0.5));
    }
    this.#words.push(this.add.text(GAUGE.x, GAUGE.y - 62, 'mmHg', { fontFamily: FontStack, fontSize: '14px', color: '#3b524f', resolution: 2 }).setOrigin(0.5));
  }

  #drawNeedle(mmHg: number): void {
    const needle = this.#needle;
    if (!needle) return;
    this.#needleAt = mmHg;
    if (this.#view === 'needle') this.#applyView();
    const tip = pointAt(mmHg, GAUGE.radius - 6);
    const tail = pointAt(mmHg + GAUGE.maxMmHg / 2, 22);
    needle.clear();
    needle.lineStyle(2, 0x1b1b1b, 1).lineBetween(tail.x, tail.y, tip.x, tip.y);
    needle.fillStyle(0x1b1b1b, 1).fillCircle(GAUGE.x, GAUGE.y, 9);
    needle.fillStyle(0xc9a27c, 1).fillCircle(GAUGE.x, GAUGE.y, 4);
  }

  /** The sounds heard: the tick under each painted in its colour, a pointer outside the rim touching it, and a legend under the hub. */
  #drawMarks(reading: GaugeReading, heard: ReadonlySet<KorotkoffMoment>): void {
    const marks = this.#marks;
    if (!marks) return;
    marks.clear();
    this.#marked = heard.size === 0 ? null : reading;
    this.#markedMoments = new Set(heard);
    if (this.#view === 'both') this.#applyView();
    for (const text of this.#legend) text.destroy();
    this.#legend = [];
    const shown = [
      { moment: 'first' as const, mmHg: reading.systolicMmHg, colour: FIRST_SOUND, css: '#b3261e', word: '▲ first sound' },
      { moment: 'last' as const, mmHg: reading.diastolicMmHg, colour: LAST_SOUND, css: '#1a5fb4', word: '▲ last sound' },
    ].filter((mark) => heard.has(mark.moment));
    shown.forEach((mark, i) => {
      // The tick itself, painted over its whole length: the mark is on the tick, not beside it.
      const length = mark.mmHg % 10 === 0 ? TICK.major : TICK.minor;
      const outer = pointAt(mark.mmHg, GAUGE.radius - 1);
      const inner = pointAt(mark.mmHg, GAUGE.radius - 2 - length);
      marks.lineStyle(2.5, mark.colour, 1).lineBetween(outer.x, outer.y, inner.x, inner.y);
      // The pointer outside the rim, its point on the tick's outer end.
      const tip = pointAt(mark.mmHg, GAUGE.radius - 1);
      const left = pointAt(mark.mmHg - 1.6, POINTER_OUTER);
      const right = pointAt(mark.mmHg + 1.6, POINTER_OUTER);
      marks.fillStyle(mark.colour, 1).fillTriangle(tip.x, tip.y, left.x, left.y, right.x, right.y);
      this.#legend.push(
        this.add.text(GAUGE.x, GAUGE.y + 46 + i * 20, mark.word, { fontFamily: FontStack, fontSize: '13px', fontStyle: 'bold', color: mark.css, resolution: 2 }).setOrigin(0.5),
      );
    });
    if (this.#ready) this.#showWhole(this.#camera().camera);
  }
}
