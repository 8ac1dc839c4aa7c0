import { describe, expect, it } from 'vitest';
import * as reference from '../../../src/reference';

// The lists of the shared design (issue 18): the workflow, the station and the scenario schema speak in these.
describe('the ECG terms', () => {
  it.each([
    ['ECG_ELECTRODES', ['RA', 'LA', 'RL', 'LL', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6']],
    ['LIMB_SITES', ['right-arm', 'left-arm', 'right-leg', 'left-leg']],
    ['INTERCOSTAL_SPACES', [2, 3, 4, 5, 6]],
    ['CHEST_LINES', ['right-sternal-border', 'left-sternal-border', 'between-v2-and-v4', 'midclavicular', 'anterior-axillary', 'mid-axillary']],
    ['PAPER_SPEEDS', [12.5, 25, 50]],
    ['GAINS', [5, 10, 20]],
    ['ECG_ARTEFACTS', ['somatic-tremor', 'ac-interference', 'wandering-baseline', 'limb-leads-reversed', 'precordial-misplacement']],
    ['ARTEFACT_REMEDIES', ['warm-and-reassure-patient', 'unplug-nearby-devices', 'reprepare-skin-and-electrodes', 'correct-limb-leads', 'correct-chest-leads']],
    ['PATIENT_POSITIONS', ['supine', 'semi-fowler', 'seated']],
    ['SKIN_PREP_STEPS', ['cleaned', 'dried', 'hair-clipped', 'lotion-removed']],
    ['ECG_PATIENT_STATES', ['calm', 'cold', 'anxious']],
    ['ECG_LEADS', ['I', 'II', 'III', 'aVR', 'aVL', 'aVF', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6']],
    ['ECG_RHYTHMS', ['normal-sinus', 'sinus-tachycardia', 'atrial-fibrillation', 'st-elevation']],
  ] as const)('%s is exactly the design’s list', (name, list) => {
    expect((reference as Record<string, unknown>)[name]).toEqual(list);
  });

  it('splits the ten electrodes into four limb and six chest electrodes', () => {
    expect([...reference.LIMB_ELECTRODES, ...reference.PRECORDIAL_ELECTRODES].toSorted()).toEqual([...reference.ECG_ELECTRODES].toSorted());
    expect(reference.ECG_ELECTRODES.filter(reference.isLimbElectrode)).toEqual(['RA', 'LA', 'RL', 'LL']);
  });
});
