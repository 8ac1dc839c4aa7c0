import { describe, expect, it } from 'vitest';
import {
  CHEST_LINES,
  ELECTRODE_PLACEMENT,
  LIMB_REVERSALS,
  midwayV2V4Site,
  correctSite,
  isCorrectSite,
  isMidwayLine,
  isMidwayV2V4,
  leadViews,
  misplacedElectrodes,
  misplacementEffect,
  sameSite,
  type EcgElectrode,
  type EcgLead,
  type ElectrodeSite,
  type LeadView,
  type LimbElectrode,
} from '../../../src/reference';

/** Every electrode where it belongs. */
const standard = Object.fromEntries(Object.entries(ELECTRODE_PLACEMENT).map(([e, p]) => [e, p.site])) as Record<EcgElectrode, ElectrodeSite>;
/** The standard set with two electrodes on each other's sites. */
const swap = (a: EcgElectrode, b: EcgElectrode): Record<EcgElectrode, ElectrodeSite> => ({ ...standard, [a]: standard[b], [b]: standard[a] });

describe('ELECTRODE_PLACEMENT and correctSite', () => {
  // electrode, site, source (AHA/ACCF/HRS 2007 part I, Kligfield et al., Circulation 2007;115:1306–1324)
  it.each([
    ['RA', { limb: 'right-arm' }],
    ['LA', { limb: 'left-arm' }],
    ['RL', { limb: 'right-leg' }],
    ['LL', { limb: 'left-leg' }],
    ['V1', { space: 4, line: 'right-sternal-border' }],
    ['V2', { space: 4, line: 'left-sternal-border' }],
    ['V3', { space: 5, line: 'between-v2-and-v4' }],
    ['V4', { space: 5, line: 'midclavicular' }],
    ['V5', { space: 5, line: 'anterior-axillary' }],
    ['V6', { space: 5, line: 'mid-axillary' }],
  ] as const)('puts %s at %j, citing Kligfield 2007', (electrode, site) => {
    const correct = correctSite(electrode);
    expect(sameSite(correct, site)).toBe(true);
    expect(correct.source.id).toBe('kligfield2007EcgStandardization');
    expect(ELECTRODE_PLACEMENT[electrode].verified).toBeUndefined();
  });
});

describe('V5 and V6 level with V4', () => {
  it('says V5 and V6 go level with V4, not in the 5th space at the side, and why', () => {
    expect(ELECTRODE_PLACEMENT.V5.text).toMatch(/^Left anterior axillary line, level with V4/);
    expect(ELECTRODE_PLACEMENT.V6.text).toMatch(/^Left midaxillary line, level with V4/);
    for (const electrode of ['V5', 'V6'] as const) {
      expect(ELECTRODE_PLACEMENT[electrode].text).toContain('not in the 5th space at the side');
      expect(ELECTRODE_PLACEMENT[electrode].source.note).toContain('the level of that space at the midclavicular line');
      expect(ELECTRODE_PLACEMENT[electrode].source.note).not.toContain('the game puts them in the 5th space');
    }
  });
});

describe('sameSite and isCorrectSite', () => {
  it('tells limbs and chest positions apart, and chest positions by space and line', () => {
    expect(sameSite({ limb: 'left-arm' }, { limb: 'left-arm' })).toBe(true);
    expect(sameSite({ limb: 'left-arm' }, { limb: 'right-arm' })).toBe(false);
    expect(sameSite({ limb: 'left-arm' }, { space: 4, line: 'left-sternal-border' })).toBe(false);
    expect(sameSite({ space: 4, line: 'left-sternal-border' }, { space: 3, line: 'left-sternal-border' })).toBe(false);
    expect(sameSite({ space: 4, line: 'left-sternal-border' }, { space: 4, line: 'right-sternal-border' })).toBe(false);
  });

  it('accepts V3 on the line between V2 and V4 over the 4th or 5th space, and nowhere else', () => {
    expect(isCorrectSite('V3', { space: 4, line: 'between-v2-and-v4' })).toBe(true);
    expect(isCorrectSite('V3', { space: 5, line: 'between-v2-and-v4' })).toBe(true);
    expect(isCorrectSite('V3', { space: 3, line: 'between-v2-and-v4' })).toBe(false);
    expect(isCorrectSite('V3', { space: 4, line: 'left-sternal-border' })).toBe(false);
  });

  it('gives the line between V2 and V4 no intercostal space of its own: put there from the lists, V3 is right', () => {
    expect(isMidwayLine('between-v2-and-v4')).toBe(true);
    expect(CHEST_LINES.filter(isMidwayLine)).toEqual(['between-v2-and-v4']);
    expect(isCorrectSite('V3', midwayV2V4Site())).toBe(true);
    expect(isMidwayV2V4(midwayV2V4Site())).toBe(true);
    // Dropped on that line a space too high or too low, it is not midway.
    expect(isMidwayV2V4({ space: 6, line: 'between-v2-and-v4' })).toBe(false);
    expect(isCorrectSite('V4', midwayV2V4Site())).toBe(false);
  });

  it('judges every other electrode by its one correct site', () => {
    expect(isCorrectSite('V1', { space: 3, line: 'right-sternal-border' })).toBe(false);
    expect(isCorrectSite('V4', { space: 5, line: 'anterior-axillary' })).toBe(false);
    expect(isCorrectSite('RA', { limb: 'left-arm' })).toBe(false);
    expect(isCorrectSite('LL', { limb: 'left-leg' })).toBe(true);
  });
});

const view = (as: EcgLead, inverted = false): LeadView => ({ as, inverted });
const flat: LeadView = { as: 'flat' };
const distorted: LeadView = { as: 'distorted' };
const chestUnchanged = { V1: view('V1'), V2: view('V2'), V3: view('V3'), V4: view('V4'), V5: view('V5'), V6: view('V6') };
const chestDistorted = { V1: distorted, V2: distorted, V3: distorted, V4: distorted, V5: distorted, V6: distorted };

describe('leadViews', () => {
  it('shows every lead as itself when every electrode is where it belongs', () => {
    const views = leadViews(standard);
    for (const [lead, v] of Object.entries(views)) expect(v).toEqual(view(lead as EcgLead));
  });

  // swap, source, the limb leads as the source describes them, chest leads
  it.each([
    [['RA', 'LA'], 'LITFL lead reversal LA/RA; AccessEM', { I: view('I', true), II: view('III'), III: view('II'), aVR: view('aVL'), aVL: view('aVR'), aVF: view('aVF') }, chestUnchanged],
    [['LA', 'LL'], 'AccessEM; Relias figure 4', { I: view('II'), II: view('I'), III: view('III', true), aVR: view('aVR'), aVL: view('aVF'), aVF: view('aVL') }, chestUnchanged],
    [['RA', 'LL'], 'Einthoven derivation (unverified)', { I: view('III', true), II: view('II', true), III: view('I', true), aVR: view('aVF'), aVL: view('aVL'), aVF: view('aVR') }, chestUnchanged],
    [['RL', 'LL'], 'AccessEM: the leg electrodes swapped change little', { I: view('I'), II: view('II'), III: view('III'), aVR: view('aVR'), aVL: view('aVL'), aVF: view('aVF') }, chestUnchanged],
  ] as const)('with %j swapped shows the limb leads as %s describes them', (pair, _source, limb, chest) => {
    expect(leadViews(swap(pair[0], pair[1]))).toEqual({ ...limb, ...chest });
  });

  // a neutral-cable swap: one almost flat limb lead, chest leads distorted (Batchvarov 2007; ECGpedia)
  it.each([
    [['RA', 'RL'], 'II'],
    [['LA', 'RL'], 'III'],
  ] as const)('with %j swapped leaves lead %s almost flat and distorts the chest leads (Batchvarov 2007)', (pair, flatLead) => {
    const views = leadViews(swap(pair[0], pair[1]));
    expect(views[flatLead]).toEqual(flat);
    expect(Object.entries(views).filter(([, v]) => v.as === 'flat').map(([lead]) => lead)).toEqual([flatLead]);
    expect({ V1: views.V1, V2: views.V2, V3: views.V3, V4: views.V4, V5: views.V5, V6: views.V6 }).toEqual(chestDistorted);
  });

  it('distorts the leads that use a limb electrode put on the torso, and the chest leads with them (Kligfield 2007)', () => {
    const views = leadViews({ ...standard, LA: { space: 2, line: 'midclavicular' } });
    expect([views.I, views.III, views.aVR, views.aVL, views.aVF]).toEqual([distorted, distorted, distorted, distorted, distorted]);
    expect(views.II).toEqual(view('II'));
    expect(views.V1).toEqual(distorted);
  });

  it('shows a chest lead with another’s view when its electrode sits on that electrode’s site, and flat when it is missing', () => {
    const { V6: _unplaced, ...withoutV6 } = standard;
    const views = leadViews({ ...withoutV6, V4: standard.V5 });
    expect(views.V4).toEqual(view('V5'));
    expect(views.V6).toEqual(flat);
    expect(views.V1).toEqual(view('V1'));
  });
});

describe('LIMB_REVERSALS', () => {
  it('covers each pair of limb electrodes once', () => {
    expect(LIMB_REVERSALS.map((r) => r.electrodes.join('/'))).toEqual(['RA/LA', 'LA/LL', 'RA/LL', 'RA/RL', 'LA/RL', 'RL/LL']);
  });

  it.each([
    ['RA/LA', 'limbLeadReversalPatterns', undefined],
    ['LA/LL', 'limbLeadReversalPatterns', undefined],
    ['RA/LL', 'batchvarov2007CableConnection', false],
    ['RA/RL', 'batchvarov2007CableConnection', undefined],
    ['LA/RL', 'batchvarov2007CableConnection', undefined],
    ['RL/LL', 'limbLeadReversalPatterns', undefined],
  ] as const)('%s cites %s (verified: %s)', (pair, sourceId, verified) => {
    const row = LIMB_REVERSALS.find((r) => r.electrodes.join('/') === pair);
    expect(row?.source.id).toBe(sourceId);
    expect(row?.verified).toBe(verified);
  });
});

describe('misplacementEffect', () => {
  // electrode, where it was put, words the effect must say, source, the other electrodes (standard unless swapped)
  it.each([
    ['RA', { limb: 'left-arm' }, 'lead I is inverted', 'limbLeadReversalPatterns', swap('RA', 'LA')],
    ['LL', { limb: 'left-arm' }, 'lead III is inverted', 'limbLeadReversalPatterns', swap('LA', 'LL')],
    ['RA', { limb: 'right-leg' }, 'lead II is an almost flat line', 'batchvarov2007CableConnection', swap('RA', 'RL')],
    ['RA', { space: 2, line: 'midclavicular' }, 'no longer a standard ECG', 'kligfield2007EcgStandardization', { ...standard, RA: { space: 2, line: 'midclavicular' } }],
    ['V1', { space: 3, line: 'right-sternal-border' }, 'incomplete right bundle branch block', 'walsh2018V1V2Misplacement', standard],
    ['V2', { space: 2, line: 'left-sternal-border' }, '2nd space instead of the 4th', 'walsh2018V1V2Misplacement', standard],
    ['V4', { space: 5, line: 'anterior-axillary' }, 'off the midclavicular line (where V5 belongs)', 'precordialMisplacementSummaries', standard],
    ['V5', { space: 6, line: 'anterior-axillary' }, 'not level with V4', 'precordialMisplacementSummaries', standard],
    ['V1', { space: 4, line: 'left-sternal-border' }, 'shows V2’s view', 'precordialMisplacementSummaries', swap('V1', 'V2')],
    ['V3', { space: 6, line: 'midclavicular' }, 'off its site', 'garciaNiebla2009TechnicalMistakes', standard],
    ['V6', { limb: 'left-leg' }, 'lead V6 is lost', 'garciaNiebla2009TechnicalMistakes', standard],
  ] as const)('%s at %j: says “%s”, citing %s', (electrode, site, words, sourceId, placements) => {
    const effect = misplacementEffect(electrode, site, placements);
    expect(effect.effect).toContain(words);
    expect(effect.source.id).toBe(sourceId);
  });

  it('says an electrode not placed records nothing', () => {
    expect(misplacementEffect('V2', null, standard).effect).toBe('V2 is not placed: the leads that use it record nothing.');
  });

  it('computes the effect of a limb electrode on the wrong limb that is not a clean swap', () => {
    const placements = { ...standard, RA: { limb: 'left-arm' } } as const;
    expect(misplacementEffect('RA', placements.RA, placements).effect).toBe('RA is on the wrong limb: I is flat, II shows III, aVR is distorted, aVL is distorted, aVF shows III.');
  });
});

describe('misplacedElectrodes', () => {
  it('lists nothing for the standard placement', () => {
    expect(misplacedElectrodes(standard)).toEqual([]);
  });

  it('lists the novice’s mistakes, each with where it was, where it belongs and its effect', () => {
    const novice = { ...swap('RA', 'LA'), V1: { space: 3, line: 'right-sternal-border' }, V2: { space: 3, line: 'left-sternal-border' }, V4: { space: 5, line: 'anterior-axillary' } } as const;
    const misplaced = misplacedElectrodes(novice);
    expect(misplaced.map((m) => m.electrode)).toEqual(['RA', 'LA', 'V1', 'V2', 'V4'] satisfies (EcgElectrode | LimbElectrode)[]);
    expect(misplaced[2]).toMatchObject({ placedAt: { space: 3, line: 'right-sternal-border' }, correct: { space: 4, line: 'right-sternal-border' } });
    expect(misplaced.find((m) => m.electrode === 'V4')?.verified).toBe(false);
  });
});
