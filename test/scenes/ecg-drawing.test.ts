/**
 * The ECG bed's drawing math: the leads the paper shows follow from where the electrodes
 * are (as the reference's lead views say they should), the artefacts show only where the
 * tracing lists them, and a pointer near a place on the torso snaps to it, a press on an
 * arm or a leg as drawn to that limb.
 */
import { describe, expect, it } from 'vitest';
import { FIGURE, LIMBS, limbOutline, pointOf, SITE_POINTS, siteAt, siteKey, siteWords, snapToSite, spaceY } from '../../scenes/stations/ecg-geometry';
import { leadSignals, SAMPLE_RATE } from '../../scenes/stations/ecg-waveform';
import { correctSite } from '../../src/reference/ecg/placement';
import { ECG_ELECTRODES, ECG_LEADS, type EcgElectrode, type ElectrodeSite } from '../../src/reference/ecg/terms';
import { ecgTracing, type EcgTracing, type EcgTracingInput } from '../../src/reference/ecg/tracing';

const RIGHT = Object.fromEntries(ECG_ELECTRODES.map((electrode): [EcgElectrode, ElectrodeSite] => [electrode, correctSite(electrode)])) as Readonly<Record<EcgElectrode, ElectrodeSite>>;

function tracing(change: Partial<EcgTracingInput> = {}): EcgTracing {
  return ecgTracing({
    placements: RIGHT,
    paperSpeed: 25,
    gain: 10,
    skinPrep: ['cleaned', 'dried'],
    needsHairClipped: false,
    hasLotion: false,
    patientState: 'calm',
    interference: false,
    remedies: [],
    rhythm: 'normal-sinus',
    ratePerMinute: null,
    ...change,
  });
}

function signal(of: EcgTracing, lead: (typeof ECG_LEADS)[number]): Float32Array {
  const leads = leadSignals(of, 'patient:1');
  const found = leads[lead];
  if (!found) throw new Error(`lead ${lead} is off`);
  return found;
}

function peak(samples: Float32Array): number {
  return samples.reduce((most, value) => Math.max(most, value), -Infinity);
}

/** How much a signal jumps from one sample to the next, on average: high for fine noise. */
function roughness(samples: Float32Array): number {
  let sum = 0;
  for (let i = 1; i < samples.length; i += 1) sum += Math.abs((samples[i] ?? 0) - (samples[i - 1] ?? 0));
  return sum / samples.length;
}

describe('the ECG paper’s leads', () => {
  it('draws ten seconds of every lead for a clean tracing', () => {
    const leads = leadSignals(tracing(), 'patient:1');
    for (const lead of ECG_LEADS) expect(leads[lead]?.length).toBe(10 * SAMPLE_RATE);
  });

  it('turns lead I upside down and trades II for III when the arm electrodes are swapped', () => {
    const clean = tracing();
    const swapped = tracing({ placements: { ...RIGHT, RA: { limb: 'left-arm' }, LA: { limb: 'right-arm' } } });
    expect(swapped.artefacts).toContain('limb-leads-reversed');
    const [cleanI, swappedI] = [signal(clean, 'I'), signal(swapped, 'I')];
    for (let i = 0; i < cleanI.length; i += 97) expect(swappedI[i]).toBeCloseTo(-(cleanI[i] ?? 0), 5);
    const [cleanIII, swappedII] = [signal(clean, 'III'), signal(swapped, 'II')];
    for (let i = 0; i < cleanIII.length; i += 97) expect(swappedII[i]).toBeCloseTo(cleanIII[i] ?? 0, 5);
  });

  it('shows a smaller R wave in V1 and V2 put two spaces too high', () => {
    const high = tracing({ placements: { ...RIGHT, V1: { space: 2, line: 'right-sternal-border' }, V2: { space: 2, line: 'left-sternal-border' } } });
    expect(high.artefacts).toContain('precordial-misplacement');
    expect(peak(signal(high, 'V2'))).toBeLessThan(peak(signal(tracing(), 'V2')) * 0.6);
  });

  it('draws a lead off as no signal when an electrode it needs is not on', () => {
    const { V4: _left, ...without } = RIGHT;
    const leads = leadSignals(tracing({ placements: without }), 'patient:1');
    expect(leads.V4).toBeNull();
    expect(leads.V5).not.toBeNull();
  });

  it('adds the fine noise of somatic tremor only when the tracing shows it', () => {
    const calm = tracing();
    const cold = tracing({ patientState: 'cold' });
    expect(cold.artefacts).toEqual(['somatic-tremor']);
    expect(roughness(signal(cold, 'II'))).toBeGreaterThan(roughness(signal(calm, 'II')) * 2);
    const warmed = tracing({ patientState: 'cold', remedies: ['warm-and-reassure-patient'] });
    expect(roughness(signal(warmed, 'II'))).toBeCloseTo(roughness(signal(calm, 'II')), 6);
  });

  it('draws the same recording the same way every time, and another recording a little differently', () => {
    const cold = tracing({ patientState: 'cold' });
    expect(leadSignals(cold, 'walter:1').II).toEqual(leadSignals(cold, 'walter:1').II);
    expect(leadSignals(cold, 'walter:2').II).not.toEqual(leadSignals(cold, 'walter:1').II);
  });
});

/**
 * A lead's ST level in millimetres at 10 mm/mV, beat by beat: 80 ms after each R wave of lead
 * II (the ST segment, past the J point) against 80 ms before it (the PR segment, the baseline).
 */
function stLevelsMm(leads: ReturnType<typeof leadSignals>, lead: (typeof ECG_LEADS)[number]): number[] {
  const rhythm = leads.II;
  const samples = leads[lead];
  if (!rhythm || !samples) throw new Error(`lead ${lead} is off`);
  const offset = Math.round(0.08 * SAMPLE_RATE);
  const levels: number[] = [];
  for (let i = offset; i < rhythm.length - offset; i += 1) {
    const here = rhythm[i] ?? 0;
    if (here > 0.8 && here >= (rhythm[i - 1] ?? 0) && here > (rhythm[i + 1] ?? 0)) levels.push(((samples[i + offset] ?? 0) - (samples[i - offset] ?? 0)) * 10);
  }
  return levels;
}

describe('the chest-pain patient’s tracing', () => {
  // At his charted pulse, 102 a minute, as the game draws him.
  const infarct = leadSignals(tracing({ rhythm: 'st-elevation', ratePerMinute: 102 }), 'douglas-whitaker:1');
  const normal = leadSignals(tracing(), 'douglas-whitaker:1');

  it('raises the ST segment of II, III and aVF a clear 3 mm or more above the baseline in every beat', () => {
    for (const lead of ['II', 'III', 'aVF'] as const) {
      const levels = stLevelsMm(infarct, lead);
      expect(levels.length).toBeGreaterThan(8);
      for (const level of levels) expect(level, lead).toBeGreaterThanOrEqual(3);
    }
  });

  it('lowers the ST segment of aVL and I, the reciprocal leads', () => {
    for (const level of stLevelsMm(infarct, 'aVL')) expect(level).toBeLessThanOrEqual(-2);
    for (const level of stLevelsMm(infarct, 'I')) expect(level).toBeLessThanOrEqual(-0.8);
  });

  it('leaves the chest leads and a normal tracing’s limb leads on the baseline', () => {
    for (const lead of ['V1', 'V2', 'V3', 'V4', 'V5', 'V6'] as const) for (const level of stLevelsMm(infarct, lead)) expect(Math.abs(level), lead).toBeLessThan(0.3);
    for (const lead of ['I', 'II', 'III', 'aVF', 'aVL'] as const) for (const level of stLevelsMm(normal, lead)) expect(Math.abs(level), lead).toBeLessThan(0.3);
  });
});

/** The seconds between the R waves of lead II. */
function rrIntervals(leads: ReturnType<typeof leadSignals>): number[] {
  const rhythm = leads.II;
  if (!rhythm) throw new Error('lead II is off');
  const peaks: number[] = [];
  for (let i = 1; i < rhythm.length - 1; i += 1) {
    const here = rhythm[i] ?? 0;
    if (here > 0.8 && here >= (rhythm[i - 1] ?? 0) && here > (rhythm[i + 1] ?? 0)) peaks.push(i / SAMPLE_RATE);
  }
  return peaks.slice(1).map((at, index) => at - peaks[index]!);
}

describe('the heart rate on the paper', () => {
  it('beats at the patient’s charted pulse, so the paper agrees with the pulse taken at rooming (102 a minute: a beat every 0.59 s)', () => {
    for (const rhythm of ['normal-sinus', 'st-elevation'] as const) {
      const intervals = rrIntervals(leadSignals(tracing({ rhythm, ratePerMinute: 102 }), 'douglas-whitaker:1'));
      expect(intervals.length, rhythm).toBeGreaterThanOrEqual(15);
      for (const interval of intervals) expect(interval, rhythm).toBeCloseTo(60 / 102, 1);
    }
  });

  it('keeps the rhythm’s usual rate where the chart gives no pulse, and an irregular rhythm irregular', () => {
    for (const interval of rrIntervals(leadSignals(tracing(), 'patient:1'))) expect(interval).toBeCloseTo(0.82, 1);
    const fibrillating = rrIntervals(leadSignals(tracing({ rhythm: 'atrial-fibrillation', ratePerMinute: 72 }), 'patient:1'));
    expect(Math.max(...fibrillating) - Math.min(...fibrillating)).toBeGreaterThan(0.2);
  });
});

describe('the torso’s places', () => {
  it('has one place for every limb and every space on every chest line, all apart', () => {
    expect(SITE_POINTS).toHaveLength(4 + 5 * 6);
    expect(new Set(SITE_POINTS.map((point) => siteKey(point.site))).size).toBe(SITE_POINTS.length);
  });

  it('snaps a pointer a few units off an electrode’s site onto that site', () => {
    for (const electrode of ECG_ELECTRODES) {
      const { x, y } = pointOf(correctSite(electrode));
      expect(siteKey(snapToSite(x + 4, y - 3)!.site)).toBe(siteKey(correctSite(electrode)));
    }
  });

  it('draws V5 and V6 level with V4 (AHA/ACCF/HRS 2007), not lower in the 5th space as the ribs fall towards the side', () => {
    const v4 = pointOf(correctSite('V4'));
    expect(pointOf(correctSite('V5')).y).toBe(v4.y);
    expect(pointOf(correctSite('V6')).y).toBe(v4.y);
    expect(pointOf(correctSite('V6')).x).toBeGreaterThan(pointOf(correctSite('V5')).x);
    expect(pointOf({ space: 5, line: 'mid-axillary' }).y).toBeLessThan(spaceY(5, pointOf(correctSite('V6')).x));
  });

  it('says an axillary site in words as a level, for the keyboard lists and the placements', () => {
    expect(siteWords(correctSite('V5'))).toBe('Left anterior axillary line, level with the 5th intercostal space');
    expect(siteWords(correctSite('V6'))).toBe('Left mid-axillary line, level with the 5th intercostal space');
    expect(siteWords(correctSite('V4'))).toBe('5th intercostal space, left midclavicular line');
    expect(siteWords(correctSite('V3'))).toBe('Halfway between V2 and V4');
  });

  it('takes nothing far from every place', () => {
    expect(snapToSite(5, 5)).toBeNull();
    expect(siteAt(5, 5)).toBeNull();
  });

  it('takes every place when its own ring is pressed, even where an arm lies beside the chest', () => {
    for (const point of SITE_POINTS) expect(siteKey(siteAt(point.x, point.y)!.site)).toBe(siteKey(point.site));
  });

  it('puts a limb electrode on the limb pressed anywhere along the arm or leg as drawn, or on its hand or foot', () => {
    for (const limb of LIMBS) {
      const { band, end } = limbOutline(limb);
      // Halfway down the limb, between its two edges; and the middle of the hand or the foot.
      const [a, b, c, d] = band as [readonly [number, number], readonly [number, number], readonly [number, number], readonly [number, number]];
      const middle = { x: (a[0] + b[0] + c[0] + d[0]) / 4, y: (a[1] + b[1] + c[1] + d[1]) / 4 };
      expect(siteAt(middle.x, middle.y)?.site).toEqual({ limb: limb.limb });
      expect(siteAt(end.x, end.y)?.site).toEqual({ limb: limb.limb });
    }
  });

  it('takes nothing on the head', () => {
    expect(siteAt(FIGURE.head.x, FIGURE.head.y)).toBeNull();
  });
});
