/**
 * What the machine records from what is on the patient: the input the tracing is drawn from
 * (the placements, the settings, the skin, the patient's state, what has been remedied) and
 * the artefacts it shows. The rules of which artefact shows are the design's (issue 18):
 * somatic tremor from a cold or anxious patient until warmed and reassured, AC interference
 * from a device near the bed until unplugged, a wandering baseline from skin not cleaned and
 * dried (or hair not clipped, lotion not removed where needed) until prepared again, the
 * limb leads reversed when an arm electrode is on the other arm or a leg, and precordial
 * misplacement when a V electrode is off its site.
 */
import type { ArtefactRemedy, EcgArtefact, EcgElectrode, ElectrodeSite, SkinPrepStep } from '../../reference/ecg/terms';
import { ECG_ARTEFACTS } from '../../reference/ecg/terms';
import type { EcgContext } from './ecg.context';

/** Whether two sites are the same place. */
export function sameSite(a: ElectrodeSite, b: ElectrodeSite): boolean {
  if ('limb' in a) return 'limb' in b && a.limb === b.limb;
  return 'space' in b && a.space === b.space && a.line === b.line;
}

/** Where each electrode belongs (the standard placement: V1 and V2 in the 4th space either side of the sternum, V4 in the 5th midclavicular, V3 between them, V5 and V6 level with V4). */
export const STANDARD_SITES: Readonly<Record<EcgElectrode, ElectrodeSite>> = {
  RA: { limb: 'right-arm' },
  LA: { limb: 'left-arm' },
  RL: { limb: 'right-leg' },
  LL: { limb: 'left-leg' },
  V1: { space: 4, line: 'right-sternal-border' },
  V2: { space: 4, line: 'left-sternal-border' },
  V3: { space: 5, line: 'between-v2-and-v4' },
  V4: { space: 5, line: 'midclavicular' },
  V5: { space: 5, line: 'anterior-axillary' },
  V6: { space: 5, line: 'mid-axillary' },
};

/** The skin steps a patient needs: cleaned and dried always, hair clipped and lotion removed where the order says. */
export function skinStepsNeeded(order: EcgContext['order']): SkinPrepStep[] {
  return ['cleaned', 'dried', ...(order.needsHairClipped ? (['hair-clipped'] as const) : []), ...(order.hasLotion ? (['lotion-removed'] as const) : [])];
}

/** The four limb electrodes. */
export const LIMB_ELECTRODES = ['RA', 'LA', 'RL', 'LL'] as const satisfies readonly EcgElectrode[];
/** The six precordial electrodes. */
export const CHEST_ELECTRODES = ['V1', 'V2', 'V3', 'V4', 'V5', 'V6'] as const satisfies readonly EcgElectrode[];

/** The artefacts the machine records now, in `ECG_ARTEFACTS` order; empty: a clean tracing. */
export function tracingArtefacts(context: Pick<EcgContext, 'placements' | 'skinPrep' | 'order' | 'remedies'>): EcgArtefact[] {
  const done = (remedy: ArtefactRemedy) => context.remedies.includes(remedy);
  const shows = new Set<EcgArtefact>();
  if (context.order.patientState !== 'calm' && !done('warm-and-reassure-patient')) shows.add('somatic-tremor');
  if (context.order.interference && !done('unplug-nearby-devices')) shows.add('ac-interference');
  if (!skinStepsNeeded(context.order).every((step) => context.skinPrep.includes(step)) && !done('reprepare-skin-and-electrodes')) shows.add('wandering-baseline');
  const off = (electrode: EcgElectrode) => {
    const placed = context.placements[electrode];
    return placed === undefined || !sameSite(placed, STANDARD_SITES[electrode]);
  };
  if (LIMB_ELECTRODES.some(off)) shows.add('limb-leads-reversed');
  if (CHEST_ELECTRODES.some(off)) shows.add('precordial-misplacement');
  return ECG_ARTEFACTS.filter((artefact) => shows.has(artefact));
}
