import { describe, expect, it } from 'vitest';
import {
  ARTEFACT_CAUSES,
  ARTEFACT_REMEDIES,
  ECG_ARTEFACTS,
  ECG_PREPARATION,
  STANDARD_SETTINGS,
  artefactClearedBy,
  isStandardSetting,
  skinPrepMissing,
  skinPrepNeeded,
} from '../../../src/reference';

describe('ARTEFACT_CAUSES', () => {
  // artefact, remedy, a word of its look, a cause, source
  it.each([
    ['somatic-tremor', 'warm-and-reassure-patient', 'irregular', 'a cold or shivering patient', 'ekgArtefactStudyGuides'],
    ['ac-interference', 'unplug-nearby-devices', 'perfectly regular', 'an electrical device plugged in near the bed', 'ekgArtefactStudyGuides'],
    ['wandering-baseline', 'reprepare-skin-and-electrodes', 'drifts slowly', 'lotion or oil on the skin', 'ekgArtefactStudyGuides'],
    ['limb-leads-reversed', 'correct-limb-leads', 'lead I upside down', 'two limb electrodes put on each other’s limbs', 'limbLeadReversalPatterns'],
    ['precordial-misplacement', 'correct-chest-leads', 'do not grow steadily', 'chest electrodes counted from the wrong rib space (most often too high)', 'walsh2018V1V2Misplacement'],
  ] as const)('%s is cleared by %s, looks %s, has “%s” among its causes, citing %s', (artefact, remedy, look, cause, sourceId) => {
    const entry = ARTEFACT_CAUSES[artefact];
    expect(entry.remedy).toBe(remedy);
    expect(entry.looksLike).toContain(look);
    expect(entry.causes).toContain(cause);
    expect(entry.source.id).toBe(sourceId);
    expect(artefactClearedBy(remedy)).toBe(artefact);
  });

  it('gives each artefact its own remedy, so every remedy clears exactly one artefact', () => {
    expect(ECG_ARTEFACTS.map((a) => ARTEFACT_CAUSES[a].remedy).toSorted()).toEqual([...ARTEFACT_REMEDIES].toSorted());
  });
});

describe('STANDARD_SETTINGS', () => {
  it('is 25 mm/s and 10 mm/mV, citing the Springer atlas chapter', () => {
    expect(STANDARD_SETTINGS).toMatchObject({ paperSpeed: 25, gain: 10 });
    expect(STANDARD_SETTINGS.source.id).toBe('romano2015StandardEcgSettings');
  });

  it.each([
    [25, 10, true],
    [50, 10, false],
    [12.5, 10, false],
    [25, 5, false],
    [25, 20, false],
  ] as const)('%s mm/s at %s mm/mV is standard: %s', (speed, gain, standard) => {
    expect(isStandardSetting(speed, gain)).toBe(standard);
  });
});

describe('ECG_PREPARATION', () => {
  it('lays the patient supine, citing the AHA statement', () => {
    expect(ECG_PREPARATION.position.standard).toBe('supine');
    expect(ECG_PREPARATION.position.source.id).toBe('kligfield2007EcgStandardization');
  });

  it.each([
    ['explain', 'does not hurt', 'garciaNiebla2009TechnicalMistakes'],
    ['privacy', 'gown that opens at the front', 'maEcgProcedureGuides'],
    ['skin', 'clip hair', 'ekgArtefactStudyGuides'],
  ] as const)('%s: says “%s”, citing %s', (step, words, sourceId) => {
    expect(ECG_PREPARATION[step].text).toContain(words);
    expect(ECG_PREPARATION[step].source.id).toBe(sourceId);
  });
});

describe('skinPrepNeeded and skinPrepMissing', () => {
  it.each([
    [false, false, ['cleaned', 'dried']],
    [true, false, ['cleaned', 'dried', 'hair-clipped']],
    [false, true, ['cleaned', 'dried', 'lotion-removed']],
    [true, true, ['cleaned', 'dried', 'hair-clipped', 'lotion-removed']],
  ] as const)('hair to clip %s, lotion %s: needs %j', (needsHairClipped, hasLotion, steps) => {
    expect(skinPrepNeeded({ needsHairClipped, hasLotion })).toEqual(steps);
  });

  it('names the needed steps not done, and nothing for a step the patient does not need', () => {
    expect(skinPrepMissing(['cleaned'], { needsHairClipped: true, hasLotion: false })).toEqual(['dried', 'hair-clipped']);
    expect(skinPrepMissing(['cleaned', 'dried'], { needsHairClipped: false, hasLotion: false })).toEqual([]);
  });
});
