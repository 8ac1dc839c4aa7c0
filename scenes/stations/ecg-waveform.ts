/**
 * What the ECG machine's paper shows, as numbers for the drawing (`ecg-tracing-scene.ts`):
 * ten seconds of each of the twelve leads, in millivolts, sampled at 500 Hz, made from the
 * tracing the domain computed (`ecgTracing`: the rhythm, where each electrode went, which
 * artefacts show and in which leads).
 *
 * How the leads come out of the electrodes is the physics every ECG machine applies
 * (Einthoven's and Goldberger's limb leads, the precordial leads against Wilson's central
 * terminal), so a misplaced electrode changes the leads it would change on paper: with the
 * arm electrodes swapped lead I turns upside down and II and III trade places; a chest
 * electrode a space too high shows a smaller R wave. The waves themselves are a schematic
 * beat (sums of smooth bumps for P, Q, R, S, T and the ST segment) per lead and chest
 * position, drawn to be recognised, not measured. The artefacts are drawn as they look:
 * somatic tremor as fine irregular noise, 60 Hz interference as a regular fuzz, a wandering
 * baseline as a slow drift. Which of them show is the domain's to say; nothing here judges.
 */
import { correctSite } from '../../src/reference/ecg/placement';
import { ECG_ELECTRODES, ECG_LEADS, type ChestLine, type EcgElectrode, type EcgLead, type EcgRhythm, type ElectrodeSite, type IntercostalSpace } from '../../src/reference/ecg/terms';
import type { EcgTracing } from '../../src/reference/ecg/tracing';

/** Samples per second of the drawn signal: enough to draw 60 Hz interference as a fuzz at every paper speed. */
export const SAMPLE_RATE = 500;
/** Seconds the machine records. */
export const RECORD_SECONDS = 10;

/** One lead's ten seconds, in millivolts; null when an electrode it needs was not put on (the machine shows "lead off"). */
export type LeadSignal = Float32Array | null;

/** A small seeded generator, so a tracing looks the same every time it is drawn (the drawing is not a game's chance). */
export function seededRandom(seed: string): () => number {
  let state = 2166136261;
  for (const char of seed) state = Math.imul(state ^ char.charCodeAt(0), 16777619);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The bumps of one beat: amplitude (mV) of P, Q, R, S, T and the ST segment's shift. */
interface BeatShape {
  readonly p: number;
  readonly q: number;
  readonly r: number;
  readonly s: number;
  readonly t: number;
  readonly st: number;
}

/** Leads I and II of a schematic normal adult beat; every other limb lead follows from these two. */
const LIMB_SHAPES: Readonly<Record<'I' | 'II', BeatShape>> = {
  I: { p: 0.08, q: -0.05, r: 0.75, s: -0.1, t: 0.22, st: 0 },
  II: { p: 0.15, q: -0.07, r: 1.15, s: -0.22, t: 0.3, st: 0 },
};

/** The chest positions' beats, by line, at the space of the line's own electrode: the R wave grows from V1 to V4, the S wave shrinks. */
const CHEST_SHAPES: Readonly<Record<ChestLine, BeatShape>> = {
  'right-sternal-border': { p: 0.05, q: 0, r: 0.22, s: -0.95, t: 0.08, st: 0 },
  'left-sternal-border': { p: 0.07, q: 0, r: 0.45, s: -1.25, t: 0.42, st: 0 },
  'between-v2-and-v4': { p: 0.08, q: 0, r: 0.85, s: -0.85, t: 0.45, st: 0 },
  midclavicular: { p: 0.1, q: 0, r: 1.35, s: -0.45, t: 0.45, st: 0 },
  'anterior-axillary': { p: 0.1, q: -0.08, r: 1.2, s: -0.22, t: 0.36, st: 0 },
  'mid-axillary': { p: 0.1, q: -0.08, r: 0.95, s: -0.1, t: 0.3, st: 0 },
};

/**
 * An inferior ST-elevation infarct, as the scenarios' provider reads it ("ST elevation in the
 * inferior leads"), drawn large enough to be seen at 10 mm/mV: the ST segment leaves the QRS
 * already raised and sweeps up into a taller T wave, 3 mm above the baseline in II, 4 mm in
 * III and about 3.5 mm in aVF, with the reciprocal depression and a flattened or inverted T
 * in aVL (about 2.5 mm) and I (1 mm), as the limb leads' arithmetic gives from I and II. The
 * chest leads stay normal: the data names the inferior leads only.
 */
const ST_ELEVATION: Readonly<Record<'I' | 'II', { readonly st: number; readonly t: number }>> = {
  I: { st: -0.1, t: -0.1 },
  II: { st: 0.3, t: 0.15 },
};

/** A chest position's beat: the line's own, made smaller (R) or larger (S) a space above its electrode's, and the other way below. */
function chestShape(space: IntercostalSpace, line: ChestLine): BeatShape {
  const own = CHEST_SHAPES[line];
  const reference = referenceSpace(line);
  const higher = reference - space;
  const rFactor = higher > 0 ? 0.62 ** higher : 1.1 ** -higher;
  const sFactor = higher > 0 ? 1.08 ** higher : 0.85 ** -higher;
  const tFactor = higher > 0 ? 0.7 ** higher : 1;
  return {
    // High on the chest the P wave turns negative, as it does in aVR.
    p: higher > 0 ? own.p - 0.06 * higher : own.p,
    q: own.q,
    r: own.r * rFactor,
    s: own.s * sFactor,
    t: own.t * tFactor,
    st: 0,
  };
}

/** The space of the electrode whose line this is (from the reference's placement), else the 4th. */
function referenceSpace(line: ChestLine): number {
  for (const electrode of ECG_ELECTRODES) {
    const site = correctSite(electrode);
    if ('line' in site && site.line === line) return site.space;
  }
  return 4;
}

/** A smooth bump centred at `centre` seconds, `width` wide. */
function bump(time: number, centre: number, width: number): number {
  const x = (time - centre) / width;
  return Math.exp(-0.5 * x * x);
}

/** A smooth step up at `from` and down at `to`: the ST segment's plateau, up steeply so the J point itself is raised. */
function plateau(time: number, from: number, to: number): number {
  const up = 1 / (1 + Math.exp(-(time - from) / 0.005));
  const down = 1 / (1 + Math.exp((time - to) / 0.03));
  return up * down;
}

/**
 * The ST shift's shape along the segment: its full height at the J point,
 * bowing up (convex) into the T wave, as an infarct's elevated segment does, not a flat shelf.
 */
function stRise(time: number, from: number, to: number): number {
  const along = Math.min(1, Math.max(0, (time - from) / (to - from)));
  return 1 + 0.3 * Math.sin((along * Math.PI) / 2);
}

/** The beats of ten seconds: the time of each R wave, and whether a P wave comes before it. */
interface Beats {
  readonly times: readonly number[];
  readonly pWaves: boolean;
  /** The QT shortens with a fast rate. */
  readonly tAt: number;
}

/** The slowest and fastest regular rate the drawing takes from the chart; a pulse outside is drawn at the nearer end. */
const DRAWN_RATES = { min: 40, max: 180 } as const;

/**
 * The seconds between beats of a regular rhythm: the patient's own rate where the scenario
 * gives a pulse (so the paper agrees with the pulse taken at rooming: Douglas Whitaker's 102
 * is a beat every 0.59 s, three large squares), else the rhythm's usual one.
 */
function regularInterval(rhythm: EcgRhythm, ratePerMinute: number | null): number {
  if (ratePerMinute === null || !Number.isFinite(ratePerMinute) || ratePerMinute <= 0) return rhythm === 'sinus-tachycardia' ? 0.52 : 0.82;
  return 60 / Math.min(DRAWN_RATES.max, Math.max(DRAWN_RATES.min, ratePerMinute));
}

function beatsOf(rhythm: EcgRhythm, ratePerMinute: number | null, random: () => number): Beats {
  const times: number[] = [];
  let at = 0.25 + random() * 0.35;
  if (rhythm === 'atrial-fibrillation') {
    // Irregularly irregular: every interval its own, between about 0.45 and 1.05 s.
    while (at < RECORD_SECONDS + 1) {
      times.push(at);
      at += 0.45 + random() * 0.6;
    }
    return { times, pWaves: false, tAt: 0.26 };
  }
  const interval = regularInterval(rhythm, ratePerMinute);
  while (at < RECORD_SECONDS + 1) {
    times.push(at);
    // A little of the breathing's sinus variation.
    at += interval * (0.97 + random() * 0.06);
  }
  return { times, pWaves: true, tAt: interval < 0.6 ? 0.22 : 0.28 };
}

/** One signal of ten seconds from a beat shape: each beat's bumps added over the samples around it. */
function synthesise(shape: BeatShape, beats: Beats, fibrillation: readonly number[] | null): Float32Array {
  const samples = new Float32Array(SAMPLE_RATE * RECORD_SECONDS);
  if (fibrillation) for (let index = 0; index < samples.length; index += 1) samples[index] = fibrillation[index] ?? 0;
  for (const beat of beats.times) {
    const first = Math.max(0, Math.ceil((beat - 0.35) * SAMPLE_RATE));
    const last = Math.min(samples.length - 1, Math.floor((beat + 0.5) * SAMPLE_RATE));
    for (let index = first; index <= last; index += 1) {
      const offset = index / SAMPLE_RATE - beat;
      let value = shape.q * bump(offset, -0.028, 0.009) + shape.r * bump(offset, 0, 0.011) + shape.s * bump(offset, 0.03, 0.011) + shape.t * bump(offset, beats.tAt, 0.045);
      if (beats.pWaves) value += shape.p * bump(offset, -0.17, 0.025);
      if (shape.st !== 0) value += shape.st * plateau(offset, 0.04, beats.tAt) * stRise(offset, 0.04, beats.tAt);
      samples[index] = (samples[index] ?? 0) + value;
    }
  }
  return samples;
}

/** Atrial fibrillation's baseline: small, irregular waves at 6–8 a second. */
function fibrillationWaves(random: () => number): number[] {
  const parts = [0, 1, 2].map(() => ({ hz: 5.5 + random() * 2.5, phase: random() * Math.PI * 2, mv: 0.02 + random() * 0.025 }));
  return Array.from({ length: SAMPLE_RATE * RECORD_SECONDS }, (_, index) => {
    const time = index / SAMPLE_RATE;
    return parts.reduce((sum, part) => sum + part.mv * Math.sin(2 * Math.PI * part.hz * time + part.phase), 0);
  });
}

/** What each electrode's site picks up: the limbs' potentials (right arm as the zero) and each chest position's. */
function sitePotential(site: ElectrodeSite, limb: { LA: Float32Array; LL: Float32Array; zero: Float32Array }, chest: (space: IntercostalSpace, line: ChestLine) => Float32Array): Float32Array {
  if ('limb' in site) {
    if (site.limb === 'right-arm') return limb.zero;
    if (site.limb === 'left-arm') return limb.LA;
    // The two legs are at much the same potential: the right leg is the machine's ground.
    return limb.LL;
  }
  // A chest position, against the body's mean potential (Wilson's terminal) as the machine measures it.
  const own = chest(site.space, site.line);
  const out = new Float32Array(own.length);
  for (let i = 0; i < own.length; i += 1) out[i] = (own[i] ?? 0) + ((limb.LA[i] ?? 0) + (limb.LL[i] ?? 0)) / 3;
  return out;
}

/** Where each electrode is, from the tracing: where it was put if the domain says it is off its site (null: not put on), else its right site. */
export function placementsOf(tracing: EcgTracing): ReadonlyMap<EcgElectrode, ElectrodeSite | null> {
  const placed = new Map<EcgElectrode, ElectrodeSite | null>();
  for (const electrode of ECG_ELECTRODES) {
    const wrong = tracing.misplaced.find((entry) => entry.electrode === electrode);
    placed.set(electrode, wrong ? wrong.placedAt : correctSite(electrode));
  }
  return placed;
}

/** Noise of the artefacts the tracing shows, for one lead. */
function artefactNoise(tracing: EcgTracing, lead: EcgLead, random: () => number): Float32Array | null {
  const shown = tracing.artefacts.filter((artefact) => artefact === 'somatic-tremor' || artefact === 'ac-interference' || artefact === 'wandering-baseline');
  const here = shown.filter((artefact) => {
    const leads = tracing.leadsAffected[artefact];
    return leads === undefined || leads.length === 0 || leads.includes(lead);
  });
  if (here.length === 0) return null;
  const noise = new Float32Array(SAMPLE_RATE * RECORD_SECONDS);
  const phase = random() * Math.PI * 2;
  const drift = [0.18 + random() * 0.12, 0.45 + random() * 0.2].map((hz) => ({ hz, phase: random() * Math.PI * 2 }));
  let tremor = 0;
  for (let index = 0; index < noise.length; index += 1) {
    const time = index / SAMPLE_RATE;
    let value = 0;
    if (here.includes('somatic-tremor')) {
      // Irregular: white noise smoothed a little, swelling and fading with the muscles' bursts.
      tremor += 0.35 * ((random() - 0.5) * 2 - tremor);
      const swell = 0.6 + 0.4 * Math.sin(2 * Math.PI * 0.7 * time + phase);
      value += 0.16 * swell * tremor;
    }
    if (here.includes('ac-interference')) value += 0.06 * Math.sin(2 * Math.PI * 60 * time + phase);
    if (here.includes('wandering-baseline')) value += 0.38 * Math.sin(2 * Math.PI * (drift[0]?.hz ?? 0.2) * time + (drift[0]?.phase ?? 0)) + 0.14 * Math.sin(2 * Math.PI * (drift[1]?.hz ?? 0.5) * time + (drift[1]?.phase ?? 0));
    noise[index] = value;
  }
  return noise;
}

/**
 * The twelve leads of a tracing, ten seconds each in millivolts (before the gain), from what
 * the domain computed; `seed` keeps one recording looking the same on every redraw, and a
 * new recording (another seed) a little different, as a real one is.
 */
export function leadSignals(tracing: EcgTracing, seed: string): Readonly<Record<EcgLead, LeadSignal>> {
  const random = seededRandom(seed);
  const beats = beatsOf(tracing.rhythm, tracing.ratePerMinute, random);
  const fibrillation = tracing.rhythm === 'atrial-fibrillation' ? fibrillationWaves(random) : null;
  const st = tracing.rhythm === 'st-elevation';
  const limbShape = (lead: 'I' | 'II'): BeatShape => (st ? { ...LIMB_SHAPES[lead], st: ST_ELEVATION[lead].st, t: LIMB_SHAPES[lead].t + ST_ELEVATION[lead].t } : LIMB_SHAPES[lead]);
  const lead1 = synthesise(limbShape('I'), beats, fibrillation ? fibrillation.map((v) => v * 0.3) : null);
  const lead2 = synthesise(limbShape('II'), beats, fibrillation);
  const limb = { LA: lead1, LL: lead2, zero: new Float32Array(lead1.length) };
  const chestCache = new Map<string, Float32Array>();
  const chest = (space: IntercostalSpace, line: ChestLine): Float32Array => {
    const key = `${space}:${line}`;
    const known = chestCache.get(key);
    if (known) return known;
    const made = synthesise(chestShape(space, line), beats, fibrillation && line === 'right-sternal-border' ? fibrillation : null);
    chestCache.set(key, made);
    return made;
  };
  const placements = placementsOf(tracing);
  const measured = new Map<EcgElectrode, Float32Array | null>();
  for (const electrode of ECG_ELECTRODES) {
    const site = placements.get(electrode) ?? null;
    measured.set(electrode, site === null ? null : sitePotential(site, limb, chest));
  }
  const m = (electrode: EcgElectrode) => measured.get(electrode) ?? null;
  const combine = (parts: readonly [Float32Array | null, number][]): LeadSignal => {
    if (parts.some(([signal]) => signal === null) || m('RL') === null) return null;
    const out = new Float32Array(SAMPLE_RATE * RECORD_SECONDS);
    for (const [signal, weight] of parts) for (let i = 0; i < out.length; i += 1) out[i] = (out[i] ?? 0) + weight * (signal?.[i] ?? 0);
    return out;
  };
  const [ra, la, ll] = [m('RA'), m('LA'), m('LL')];
  const leads: Record<EcgLead, LeadSignal> = {
    I: combine([[la, 1], [ra, -1]]),
    II: combine([[ll, 1], [ra, -1]]),
    III: combine([[ll, 1], [la, -1]]),
    aVR: combine([[ra, 1], [la, -0.5], [ll, -0.5]]),
    aVL: combine([[la, 1], [ra, -0.5], [ll, -0.5]]),
    aVF: combine([[ll, 1], [ra, -0.5], [la, -0.5]]),
    V1: combine([[m('V1'), 1], [ra, -1 / 3], [la, -1 / 3], [ll, -1 / 3]]),
    V2: combine([[m('V2'), 1], [ra, -1 / 3], [la, -1 / 3], [ll, -1 / 3]]),
    V3: combine([[m('V3'), 1], [ra, -1 / 3], [la, -1 / 3], [ll, -1 / 3]]),
    V4: combine([[m('V4'), 1], [ra, -1 / 3], [la, -1 / 3], [ll, -1 / 3]]),
    V5: combine([[m('V5'), 1], [ra, -1 / 3], [la, -1 / 3], [ll, -1 / 3]]),
    V6: combine([[m('V6'), 1], [ra, -1 / 3], [la, -1 / 3], [ll, -1 / 3]]),
  };
  for (const lead of ECG_LEADS) {
    const signal = leads[lead];
    const noise = signal ? artefactNoise(tracing, lead, random) : null;
    if (signal && noise) for (let i = 0; i < signal.length; i += 1) signal[i] = (signal[i] ?? 0) + (noise[i] ?? 0);
  }
  return leads;
}
