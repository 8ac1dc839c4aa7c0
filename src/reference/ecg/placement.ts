/**
 * Where the ten electrodes of a resting 12-lead ECG go (AHA/ACCF/HRS 2007), how the twelve
 * leads look when electrodes are swapped or moved, and what each misplacement does to the
 * tracing, each fact with its source.
 */
import { SOURCES, checked, type Source, type Sourced } from '../source';
import {
  ECG_LEADS,
  LIMB_ELECTRODES,
  LIMB_LEADS,
  PRECORDIAL_ELECTRODES,
  isLimbElectrode,
  isLimbSite,
  type ChestLine,
  type EcgElectrode,
  type EcgLead,
  type ElectrodeSite,
  type LimbElectrode,
  type LimbLead,
  type LimbSite,
  type PrecordialElectrode,
} from './terms';

/** Where one electrode belongs, in words and as a site. */
export interface ElectrodePlacement extends Sourced {
  readonly site: ElectrodeSite;
  readonly text: string;
}

const aha = checked(
  SOURCES.kligfield2007EcgStandardization,
  'Checked: V1 4th intercostal space at the right sternal border, V2 4th space at the left sternal border, V3 midway between V2 and V4, V4 5th space in the midclavicular line, V5 anterior axillary line and V6 midaxillary line at the horizontal level of V4 (summaries citing the statement; Philips IntelliVue manual and teaching pages word for word the same). V5 and V6 follow the horizontal plane of V4 rather than the 5th space itself (the ribs fall towards the side): on the anterior and mid-axillary lines a site\'s space is the level of that space at the midclavicular line, so V5 and V6 are level with V4 and not in the 5th space at the side.',
);
const ahaLimbs = checked(
  SOURCES.kligfield2007EcgStandardization,
  'Checked: limb electrodes on the arms and legs distal to the shoulders and hips, traditionally wrists and ankles, with the patient supine; torso (Mason-Likar) positions give a tracing that is not equivalent to the standard ECG (summaries citing the statement; Lund University abstract: for a resting ECG to be standard the limb electrodes go distally on the limbs). Houghton & Gray (SCST-based): more proximal limb electrodes alter the ECG.',
);

/**
 * The correct site of each electrode. On the anterior and mid-axillary lines a site's `space`
 * is a level: the horizontal level of that space at the midclavicular line, so `{ space: 5,
 * line: 'anterior-axillary' }` is V5 level with V4, not the 5th space followed round to the side.
 * V3 sits on the line between V2 (4th space) and V4 (5th space) and its midpoint falls between the two spaces: `correctSite` gives the 5th (where the ECG workflow places it) and `isCorrectSite` accepts the 4th too. */
export const ELECTRODE_PLACEMENT: Readonly<Record<EcgElectrode, ElectrodePlacement>> = {
  RA: { site: { limb: 'right-arm' }, text: 'Right arm, distal (wrist or inner forearm), not on the torso.', source: ahaLimbs },
  LA: { site: { limb: 'left-arm' }, text: 'Left arm, distal (wrist or inner forearm), not on the torso.', source: ahaLimbs },
  RL: { site: { limb: 'right-leg' }, text: 'Right leg, distal (ankle or lower leg); the neutral (ground) electrode.', source: ahaLimbs },
  LL: { site: { limb: 'left-leg' }, text: 'Left leg, distal (ankle or lower leg).', source: ahaLimbs },
  V1: { site: { space: 4, line: 'right-sternal-border' }, text: '4th intercostal space at the right sternal border.', source: aha },
  V2: { site: { space: 4, line: 'left-sternal-border' }, text: '4th intercostal space at the left sternal border.', source: aha },
  V3: { site: { space: 5, line: 'between-v2-and-v4' }, text: 'Midway between V2 and V4.', source: aha },
  V4: { site: { space: 5, line: 'midclavicular' }, text: '5th intercostal space in the left midclavicular line.', source: aha },
  V5: { site: { space: 5, line: 'anterior-axillary' }, text: 'Left anterior axillary line, level with V4 (the horizontal level of the 5th space at the midclavicular line), not in the 5th space at the side.', source: aha },
  V6: { site: { space: 5, line: 'mid-axillary' }, text: 'Left midaxillary line, level with V4 and V5, not in the 5th space at the side.', source: aha },
};

/** The AHA placement of an electrode, with its source. */
export function correctSite(electrode: EcgElectrode): ElectrodeSite & Sourced {
  const placement = ELECTRODE_PLACEMENT[electrode];
  return { ...placement.site, source: placement.source };
}

/** Whether two sites are the same limb, or the same space on the same line. */
export function sameSite(a: ElectrodeSite, b: ElectrodeSite): boolean {
  if (isLimbSite(a) || isLimbSite(b)) return isLimbSite(a) && isLimbSite(b) && a.limb === b.limb;
  return a.space === b.space && a.line === b.line;
}

/**
 * Whether a chest line is the one between V2 and V4: not a line with a site in each space but one
 * point, midway between V2 (4th space) and V4 (5th), with no intercostal space of its own (AHA).
 */
export function isMidwayLine(line: ChestLine): boolean {
  return line === 'between-v2-and-v4';
}

/**
 * The site midway between V2 and V4, as an electrode put there from the lists is recorded (no
 * space asked: it has none of its own): V3's correct site, whose source is `ELECTRODE_PLACEMENT`'s.
 */
export function midwayV2V4Site(): ElectrodeSite {
  return ELECTRODE_PLACEMENT.V3.site;
}

/**
 * Whether `site` is midway between V2 and V4: on the line between them, over the 4th or the 5th
 * space (their midpoint falls between the two; on the torso an electrode can be dropped on that
 * line higher or lower, which is not midway).
 */
export function isMidwayV2V4(site: ElectrodeSite): boolean {
  return !isLimbSite(site) && isMidwayLine(site.line) && (site.space === 4 || site.space === 5);
}

/**
 * Whether `site` is where `electrode` belongs. V3 is judged by `isMidwayV2V4`; every other
 * electrode by `sameSite` with its correct site. Rules should judge with this.
 */
export function isCorrectSite(electrode: EcgElectrode, site: ElectrodeSite): boolean {
  if (electrode === 'V3') return isMidwayV2V4(site);
  return sameSite(site, ELECTRODE_PLACEMENT[electrode].site);
}

/** How one lead looks: like a true lead (perhaps upside down), almost flat, or distorted beyond either. */
export type LeadView = { readonly as: EcgLead; readonly inverted: boolean } | { readonly as: 'flat' } | { readonly as: 'distorted' };

/** Potential at a limb, as coefficients of (right arm, left arm, legs): both legs are taken as one potential, which is why swapping the leg electrodes changes little. */
type Potential = readonly [number, number, number];
const LIMB_POTENTIAL: Readonly<Record<LimbSite, Potential>> = {
  'right-arm': [1, 0, 0],
  'left-arm': [0, 1, 0],
  'right-leg': [0, 0, 1],
  'left-leg': [0, 0, 1],
};

/** Each limb lead as weights of the three active electrodes RA, LA, LL (Einthoven and Goldberger). */
const LIMB_LEAD_WEIGHTS: Readonly<Record<LimbLead, readonly [number, number, number]>> = {
  I: [-1, 1, 0],
  II: [-1, 0, 1],
  III: [0, -1, 1],
  aVR: [1, -0.5, -0.5],
  aVL: [-0.5, 1, -0.5],
  aVF: [-0.5, -0.5, 1],
};

const add = (a: Potential, b: Potential, k: number): Potential => [a[0] + k * b[0], a[1] + k * b[1], a[2] + k * b[2]];
const ZERO: Potential = [0, 0, 0];
const EPS = 1e-9;
const same = (a: Potential, b: Potential, k: number): boolean => a.every((v, i) => Math.abs(v - k * (b[i] ?? 0)) < EPS);

/** The limb lead a combination of limb potentials matches, if any. */
function limbView(p: Potential): LeadView {
  if (same(p, ZERO, 1)) return { as: 'flat' };
  for (const lead of LIMB_LEADS) {
    const truth = LIMB_LEAD_WEIGHTS[lead];
    if (same(p, truth, 1)) return { as: lead, inverted: false };
    if (same(p, truth, -1)) return { as: lead, inverted: true };
  }
  return { as: 'distorted' };
}

/** Where each placed electrode is, for the lead views. */
export type Placements = Readonly<Partial<Record<EcgElectrode, ElectrodeSite>>>;

/**
 * How each of the twelve leads looks with these placements. Limb leads follow from where RA, LA
 * and LL sit (RL is the neutral); a limb electrode off the limbs distorts the leads that use it;
 * a missing one flattens them. Chest leads show the view of the standard site their electrode
 * sits on; they are distorted when the electrode is off every standard site or when Wilson's
 * terminal moves (an active limb electrode on a leg or off the limbs), and flat when missing.
 */
export function leadViews(placements: Placements): Readonly<Record<EcgLead, LeadView>> {
  const active = ['RA', 'LA', 'LL'] as const;
  const potentials = active.map((e) => {
    const site = placements[e];
    return site === undefined ? 'missing' : isLimbSite(site) ? LIMB_POTENTIAL[site.limb] : 'off-limb';
  });
  const views: Partial<Record<EcgLead, LeadView>> = {};
  for (const lead of LIMB_LEADS) {
    const weights = LIMB_LEAD_WEIGHTS[lead];
    const used = potentials.filter((_, i) => weights[i] !== 0);
    if (used.includes('missing')) views[lead] = { as: 'flat' };
    else if (used.includes('off-limb')) views[lead] = { as: 'distorted' };
    else views[lead] = limbView(potentials.reduce<Potential>((sum, p, i) => (typeof p === 'string' ? sum : add(sum, p, weights[i] ?? 0)), ZERO));
  }
  // Wilson's central terminal is the mean of RA, LA and LL: unchanged only while they stay one per limb potential.
  const terminal = potentials.every((p) => typeof p !== 'string') ? potentials.reduce<Potential>((sum, p) => add(sum, p as Potential, 1 / 3), ZERO) : undefined;
  const terminalKept = terminal !== undefined && same(terminal, [1 / 3, 1 / 3, 1 / 3], 1);
  for (const electrode of PRECORDIAL_ELECTRODES) {
    const site = placements[electrode];
    if (site === undefined) {
      views[electrode] = { as: 'flat' };
      continue;
    }
    const standard = PRECORDIAL_ELECTRODES.find((v) => isCorrectSite(v, site));
    views[electrode] = standard !== undefined && terminalKept ? { as: standard, inverted: false } : { as: 'distorted' };
  }
  return Object.fromEntries(ECG_LEADS.map((lead) => [lead, views[lead] ?? { as: 'distorted' }])) as Record<EcgLead, LeadView>;
}

/** A named swap of two limb electrodes and what it does to the tracing. */
export interface LimbReversal extends Sourced {
  readonly electrodes: readonly [LimbElectrode, LimbElectrode];
  readonly effect: string;
}

const reversalSource = SOURCES.limbLeadReversalPatterns;

/** The swaps of two limb electrodes and their patterns; `leadViews` computes the same patterns from the placements. */
export const LIMB_REVERSALS: readonly LimbReversal[] = [
  {
    electrodes: ['RA', 'LA'],
    effect: 'Right and left arm electrodes swapped: lead I is inverted, leads II and III trade places, aVR and aVL trade places; aVF and the chest leads are unchanged (it can look like dextrocardia).',
    source: checked(reversalSource, 'Checked: LITFL and AccessEM, word for word the same pattern.'),
  },
  {
    electrodes: ['LA', 'LL'],
    effect: 'Left arm and left leg electrodes swapped: leads I and II trade places, aVL and aVF trade places, lead III is inverted; aVR is unchanged. The subtlest reversal to spot.',
    source: checked(reversalSource, 'Checked: AccessEM and the Relias figure; Searcy EM teaching post agrees.'),
  },
  {
    electrodes: ['RA', 'LL'],
    effect: 'Right arm and left leg electrodes swapped: leads I, II and III all come out inverted (I showing III, III showing I), aVR and aVF trade places; aVL is unchanged.',
    source: checked(
      SOURCES.batchvarov2007CableConnection,
      'Derived from Einthoven’s triangle the way the checked swaps are; the REVERSE-mnemonic table of a review (PMC10902517, table 5) lists concordant negative complexes in I, II, III for this swap, but the full pattern was not read in a source.',
    ),
    verified: false,
  },
  {
    electrodes: ['RA', 'RL'],
    effect: 'Right arm and right leg (neutral) electrodes swapped: lead II is an almost flat line, and the other limb leads and every chest lead are distorted because Wilson’s terminal moves.',
    source: checked(SOURCES.batchvarov2007CableConnection, 'Checked: a neutral-cable swap leaves an almost flat lead and distorts the chest and augmented leads; ECGpedia: right arm and right leg swapped, hardly any signal in lead II. (The AccessEM atlas instead lists aVR and aVL transposed and lead II inverted for this swap; the flat lead II of Batchvarov and ECGpedia is kept.)'),
  },
  {
    electrodes: ['LA', 'RL'],
    effect: 'Left arm and right leg (neutral) electrodes swapped: lead III is an almost flat line and the augmented and chest leads are distorted because Wilson’s terminal moves.',
    source: checked(SOURCES.batchvarov2007CableConnection, 'Checked: the flat lead (I, II or III) of a neutral-cable swap; the REVERSE-mnemonic table (PMC10902517, table 5): very low voltage in an isolated limb lead when the right leg is swapped with the left or right arm.'),
  },
  {
    electrodes: ['RL', 'LL'],
    effect: 'Leg electrodes swapped: the tracing barely changes, the right leg being only the ground; still put each on its own leg.',
    source: checked(reversalSource, 'Checked: AccessEM: reversal of the leg electrodes does not commonly change the ECG.'),
  },
];

/** What one misplaced (or missing) electrode does to the tracing, with its source. */
export interface MisplacementEffect extends Sourced {
  readonly effect: string;
}

const torsoEffect: MisplacementEffect = {
  effect: 'A limb electrode on the torso changes the amplitudes and axis of the limb leads: the tracing is no longer a standard ECG and cannot be compared with earlier ones.',
  source: ahaLimbs,
};

/** The effect of a limb electrode put on another limb: the named swap if it is one, else the views as computed. */
function limbSwapEffect(electrode: LimbElectrode, placements: Placements): MisplacementEffect {
  const here = placements[electrode];
  const partner = LIMB_ELECTRODES.find((other) => {
    const there = placements[other];
    return other !== electrode && here !== undefined && there !== undefined && sameSite(here, ELECTRODE_PLACEMENT[other].site) && sameSite(there, ELECTRODE_PLACEMENT[electrode].site);
  });
  const named = partner === undefined ? undefined : LIMB_REVERSALS.find((r) => r.electrodes.includes(electrode) && r.electrodes.includes(partner));
  if (named !== undefined) return { effect: named.effect, source: named.source, ...(named.verified === false ? { verified: false } : {}) };
  const views = leadViews(placements);
  const changed = LIMB_LEADS.filter((lead) => {
    const view = views[lead];
    return !('inverted' in view && view.as === lead && !view.inverted);
  }).map((lead) => {
    const view = views[lead];
    return `${lead} ${view.as === 'flat' ? 'is flat' : view.as === 'distorted' ? 'is distorted' : `shows ${view.as}${view.inverted ? ' inverted' : ''}`}`;
  });
  return {
    effect: `${electrode} is on the wrong limb: ${changed.length === 0 ? 'the limb leads barely change' : `${changed.join(', ')}`}.`,
    source: SOURCES.batchvarov2007CableConnection,
  };
}

/** The effect of a chest electrode off its site. */
function precordialEffect(electrode: PrecordialElectrode, site: ElectrodeSite): MisplacementEffect {
  if (isLimbSite(site)) {
    return { effect: `${electrode} on a limb records no chest view: lead ${electrode} is lost.`, source: SOURCES.garciaNiebla2009TechnicalMistakes };
  }
  const correct = ELECTRODE_PLACEMENT[electrode].site as { space: number; line: string };
  const other = PRECORDIAL_ELECTRODES.find((v) => v !== electrode && isCorrectSite(v, site));
  if (electrode === 'V4' && site.space === correct.space && site.line !== 'midclavicular') {
    return {
      effect: `V4 off the midclavicular line${other === undefined ? '' : ` (where ${other} belongs)`}: lead V4 looks further round the chest, the R-wave progression can look falsely poor, and V5 and V6, set level with V4, lose their reference.`,
      source: checked(SOURCES.precordialMisplacementSummaries, 'Checked: V4 too lateral gives false poor R-wave progression (NurseNest); the V4 site itself is the AHA one (kligfield2007EcgStandardization).'),
      verified: false,
    };
  }
  if (other !== undefined) {
    return {
      effect: `${electrode} sits where ${other} belongs, so lead ${electrode} shows ${other}’s view: the R-wave progression across V1–V6 is out of order (chest leads swapped).`,
      source: checked(SOURCES.precordialMisplacementSummaries, 'Checked: interchanged chest leads break the R-wave progression (Queen’s V1/V3 module; AccessEM).'),
    };
  }
  if ((electrode === 'V1' || electrode === 'V2') && site.line === correct.line && site.space < correct.space) {
    return {
      effect: `${electrode} placed too high (${ordinal(site.space)} space instead of the 4th): V1–V2 can show an incomplete right bundle branch block pattern (rSr′), inverted T waves, septal Q waves or ST elevation, mimicking an anterior or septal infarct, with a negative P wave that gives the error away.`,
      source: SOURCES.walsh2018V1V2Misplacement,
    };
  }
  if ((electrode === 'V5' || electrode === 'V6') && site.line === correct.line) {
    return {
      effect: `${electrode} not level with V4: its voltages change, which alters hypertrophy criteria and comparison with earlier tracings.`,
      source: checked(SOURCES.precordialMisplacementSummaries, 'Checked: V5 and V6 below the level of V4 change voltages (Dr. Oracle citing Kligfield 2007).'),
      verified: false,
    };
  }
  return {
    effect: `${electrode} off its site (${ELECTRODE_PLACEMENT[electrode].text.toLowerCase()}): the size and shape of lead ${electrode} change and the R-wave progression can look abnormal.`,
    source: checked(SOURCES.garciaNiebla2009TechnicalMistakes, 'Checked: precordial electrodes displaced (most often upward) change the chest leads and can mimic disease.'),
  };
}

/** 2 → '2nd'. */
function ordinal(n: number): string {
  return n === 2 ? '2nd' : n === 3 ? '3rd' : `${n}th`;
}

/**
 * What putting `electrode` at `site` does to the tracing (null: not placed). `placements` is the
 * whole set, so that a limb swap is named with its partner. Call it only for a site that is not
 * correct (`isCorrectSite`); for a correct one it says so.
 */
export function misplacementEffect(electrode: EcgElectrode, site: ElectrodeSite | null, placements: Placements): MisplacementEffect {
  if (site === null) {
    return { effect: `${electrode} is not placed: the leads that use it record nothing.`, source: SOURCES.batchvarov2007CableConnection };
  }
  if (isCorrectSite(electrode, site)) return { effect: `${electrode} is where it belongs.`, source: ELECTRODE_PLACEMENT[electrode].source };
  if (isLimbElectrode(electrode)) return isLimbSite(site) ? limbSwapEffect(electrode, placements) : torsoEffect;
  return precordialEffect(electrode, site);
}

/** Every electrode not at its correct site, with where it is, where it belongs and what it does. */
export function misplacedElectrodes(placements: Placements): readonly {
  readonly electrode: EcgElectrode;
  readonly placedAt: ElectrodeSite | null;
  readonly correct: ElectrodeSite;
  readonly effect: string;
  readonly source: Source;
  readonly verified?: boolean;
}[] {
  return (Object.keys(ELECTRODE_PLACEMENT) as EcgElectrode[]).flatMap((electrode) => {
    const placedAt = placements[electrode] ?? null;
    if (placedAt !== null && isCorrectSite(electrode, placedAt)) return [];
    const { effect, source, verified } = misplacementEffect(electrode, placedAt, placements);
    return [{ electrode, placedAt, correct: ELECTRODE_PLACEMENT[electrode].site, effect, source, ...(verified === false ? { verified } : {}) }];
  });
}
