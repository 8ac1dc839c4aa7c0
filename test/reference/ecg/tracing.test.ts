import { describe, expect, it } from 'vitest';
import {
  ARTEFACT_REMEDIES,
  ECG_LEADS,
  ELECTRODE_PLACEMENT,
  ecgTracing,
  type ArtefactRemedy,
  type EcgArtefact,
  type EcgElectrode,
  type EcgTracingInput,
  type ElectrodeSite,
} from '../../../src/reference';

const standard = Object.fromEntries(Object.entries(ELECTRODE_PLACEMENT).map(([e, p]) => [e, p.site])) as Record<EcgElectrode, ElectrodeSite>;
const swap = (a: EcgElectrode, b: EcgElectrode): Record<EcgElectrode, ElectrodeSite> => ({ ...standard, [a]: standard[b], [b]: standard[a] });

/** A calm patient, clean and dry skin, no device near the bed, every electrode where it belongs. */
const clean: EcgTracingInput = {
  placements: standard,
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
};
const LIMB = ['I', 'II', 'III', 'aVR', 'aVL', 'aVF'];

describe('ecgTracing', () => {
  it('gives a clean tracing with nothing misplaced when everything is right', () => {
    const tracing = ecgTracing(clean);
    expect(tracing.artefacts).toEqual([]);
    expect(tracing.misplaced).toEqual([]);
    expect(tracing.leadsAffected).toEqual({});
  });

  it('carries the settings and the patient’s rhythm through as set', () => {
    expect(ecgTracing({ ...clean, paperSpeed: 50, gain: 5, rhythm: 'atrial-fibrillation' })).toMatchObject({ paperSpeed: 50, gain: 5, rhythm: 'atrial-fibrillation' });
  });

  it('is deterministic: the same input gives the same tracing', () => {
    const input: EcgTracingInput = { ...clean, placements: swap('RA', 'LA'), patientState: 'anxious', interference: true };
    expect(ecgTracing(input)).toEqual(ecgTracing(input));
  });

  // what goes wrong, the artefacts, the row's source, the leads each spoils, the misplaced electrodes, the input
  it.each([
    ['V1 and V2 a space too high', ['precordial-misplacement'], 'Walsh 2018', { 'precordial-misplacement': ['V1', 'V2'] }, ['V1', 'V2'], { placements: { ...standard, V1: { space: 3, line: 'right-sternal-border' }, V2: { space: 3, line: 'left-sternal-border' } } }],
    ['V4 off the midclavicular line', ['precordial-misplacement'], 'NurseNest (unverified effect)', { 'precordial-misplacement': ['V4'] }, ['V4'], { placements: { ...standard, V4: { space: 5, line: 'anterior-axillary' } } }],
    ['V5 below the level of V4', ['precordial-misplacement'], 'Kligfield via Dr. Oracle', { 'precordial-misplacement': ['V5'] }, ['V5'], { placements: { ...standard, V5: { space: 6, line: 'anterior-axillary' } } }],
    ['V1 and V2 swapped', ['precordial-misplacement'], 'Queen’s V1/V3 module', { 'precordial-misplacement': ['V1', 'V2'] }, ['V1', 'V2'], { placements: swap('V1', 'V2') }],
    ['V3 on the V2–V4 line over the 4th space (still correct)', [], 'Kligfield 2007', {}, [], { placements: { ...standard, V3: { space: 4, line: 'between-v2-and-v4' } } }],
    ['arm electrodes swapped', ['limb-leads-reversed'], 'LITFL', { 'limb-leads-reversed': ['I', 'II', 'III', 'aVR', 'aVL'] }, ['RA', 'LA'], { placements: swap('RA', 'LA') }],
    ['left arm and left leg swapped', ['limb-leads-reversed'], 'AccessEM', { 'limb-leads-reversed': ['I', 'II', 'III', 'aVL', 'aVF'] }, ['LA', 'LL'], { placements: swap('LA', 'LL') }],
    ['right arm and right leg swapped', ['limb-leads-reversed'], 'Batchvarov 2007', { 'limb-leads-reversed': ['I', 'II', 'aVR', 'aVL', 'aVF'] }, ['RA', 'RL'], { placements: swap('RA', 'RL') }],
    ['leg electrodes swapped (no visible change)', [], 'AccessEM', {}, ['RL', 'LL'], { placements: swap('RL', 'LL') }],
    ['a limb electrode on the torso (no artefact of the list, misplaced all the same)', [], 'Kligfield 2007', {}, ['LA'], { placements: { ...standard, LA: { space: 2, line: 'midclavicular' } } }],
    ['a cold patient', ['somatic-tremor'], 'NHA CET study guide', { 'somatic-tremor': ECG_LEADS }, [], { patientState: 'cold' }],
    ['an anxious patient', ['somatic-tremor'], 'García-Niebla 2014', { 'somatic-tremor': ECG_LEADS }, [], { patientState: 'anxious' }],
    ['a device plugged in near the bed', ['ac-interference'], 'Booth & O’Brien', { 'ac-interference': ECG_LEADS }, [], { interference: true }],
    ['skin not dried', ['wandering-baseline'], 'NHA CET study guide', { 'wandering-baseline': ECG_LEADS }, [], { skinPrep: ['cleaned'] }],
    ['hair left under the electrodes', ['wandering-baseline'], 'García-Niebla 2014', { 'wandering-baseline': ECG_LEADS }, [], { needsHairClipped: true }],
    ['lotion left on the skin', ['wandering-baseline'], 'NHA CET study guide', { 'wandering-baseline': ECG_LEADS }, [], { hasLotion: true, skinPrep: ['cleaned', 'dried', 'hair-clipped'] }],
    ['everything at once, listed in ECG_ARTEFACTS order', ['somatic-tremor', 'ac-interference', 'wandering-baseline', 'limb-leads-reversed', 'precordial-misplacement'], 'all of the above', { 'somatic-tremor': ECG_LEADS, 'ac-interference': ECG_LEADS, 'wandering-baseline': ECG_LEADS, 'limb-leads-reversed': ['I', 'II', 'III', 'aVR', 'aVL'], 'precordial-misplacement': ['V1'] }, ['RA', 'LA', 'V1'], { patientState: 'cold', interference: true, skinPrep: [], placements: { ...swap('RA', 'LA'), V1: { space: 2, line: 'right-sternal-border' } } }],
  ] as const)('%s shows %j (%s)', (_what, artefacts, _source, leadsAffected, misplaced, change) => {
    const tracing = ecgTracing({ ...clean, ...change } as EcgTracingInput);
    expect(tracing.artefacts).toEqual(artefacts);
    expect(tracing.leadsAffected).toEqual(leadsAffected);
    expect(tracing.misplaced.map((m) => m.electrode)).toEqual(misplaced);
  });

  // the artefact, an input that causes it, the remedy that fits
  const causes: readonly [EcgArtefact, Partial<EcgTracingInput>, ArtefactRemedy][] = [
    ['somatic-tremor', { patientState: 'cold' }, 'warm-and-reassure-patient'],
    ['ac-interference', { interference: true }, 'unplug-nearby-devices'],
    ['wandering-baseline', { skinPrep: ['cleaned'], hasLotion: true }, 'reprepare-skin-and-electrodes'],
    ['limb-leads-reversed', { placements: swap('RA', 'LA') }, 'correct-limb-leads'],
    ['precordial-misplacement', { placements: { ...standard, V1: { space: 3, line: 'right-sternal-border' } } }, 'correct-chest-leads'],
  ];

  it.each(causes)('clears %s once the fitting remedy is done', (artefact, cause, remedy) => {
    expect(ecgTracing({ ...clean, ...cause }).artefacts).toEqual([artefact]);
    const remedied = ecgTracing({ ...clean, ...cause, remedies: [remedy] });
    expect(remedied.artefacts).toEqual([]);
    expect(remedied.misplaced).toEqual([]);
  });

  it.each(causes)('leaves %s, and the whole tracing, unchanged by every remedy that does not fit it', (_artefact, cause, fitting) => {
    const before = ecgTracing({ ...clean, ...cause });
    for (const remedy of ARTEFACT_REMEDIES.filter((r) => r !== fitting)) {
      expect(ecgTracing({ ...clean, ...cause, remedies: [remedy] })).toEqual(before);
    }
  });

  it('clears only the artefact a remedy fits when several show', () => {
    const input: EcgTracingInput = { ...clean, patientState: 'anxious', interference: true };
    expect(ecgTracing({ ...input, remedies: ['unplug-nearby-devices'] }).artefacts).toEqual(['somatic-tremor']);
    expect(ecgTracing({ ...input, remedies: ['unplug-nearby-devices', 'warm-and-reassure-patient'] }).artefacts).toEqual([]);
  });

  it('names each misplaced electrode with where it was put, where it belongs and its effect', () => {
    const tracing = ecgTracing({ ...clean, placements: { ...standard, V2: { space: 3, line: 'left-sternal-border' } } });
    expect(tracing.misplaced).toEqual([
      expect.objectContaining({ electrode: 'V2', placedAt: { space: 3, line: 'left-sternal-border' }, correct: { space: 4, line: 'left-sternal-border' }, effect: expect.stringContaining('too high') }),
    ]);
  });

  it('lists an electrode not yet placed as misplaced at null, without an artefact of its own', () => {
    const { V6: _notPlaced, ...placements } = standard;
    const tracing = ecgTracing({ ...clean, placements });
    expect(tracing.misplaced).toEqual([expect.objectContaining({ electrode: 'V6', placedAt: null })]);
    expect(tracing.artefacts).toEqual([]);
    expect(tracing.leads.V6).toEqual({ as: 'flat' });
  });

  it('draws the limb leads of an arm swap as the source describes them, the chest leads untouched', () => {
    const { leads } = ecgTracing({ ...clean, placements: swap('RA', 'LA') });
    expect(LIMB.map((l) => leads[l as 'I'])).toEqual([
      { as: 'I', inverted: true },
      { as: 'III', inverted: false },
      { as: 'II', inverted: false },
      { as: 'aVL', inverted: false },
      { as: 'aVR', inverted: false },
      { as: 'aVF', inverted: false },
    ]);
    expect(leads.V4).toEqual({ as: 'V4', inverted: false });
  });
});
