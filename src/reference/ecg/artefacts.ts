/**
 * The artefacts a resting ECG can show, what each looks like, what causes it and the remedy
 * that clears it, each with its source.
 */
import { SOURCES, checked, type Sourced } from '../source';
import type { ArtefactRemedy, EcgArtefact } from './terms';

/** One artefact: its look on the paper, its causes and the remedy the trainee applies before recording again. */
export interface ArtefactCause extends Sourced {
  readonly looksLike: string;
  readonly causes: readonly string[];
  readonly remedy: ArtefactRemedy;
}

const guides = SOURCES.ekgArtefactStudyGuides;

/** What each artefact looks like, its causes and its remedy. */
export const ARTEFACT_CAUSES: Readonly<Record<EcgArtefact, ArtefactCause>> = {
  'somatic-tremor': {
    looksLike: 'Fine, irregular, fuzzy spikes of varying height over the whole tracing, the baseline never clean.',
    causes: ['a cold or shivering patient', 'an anxious or tense patient', 'a patient talking or moving', 'a tremor such as Parkinson’s disease'],
    remedy: 'warm-and-reassure-patient',
    source: checked(
      guides,
      'Checked: somatic (muscle) tremor, fine irregular fuzz, from cold, shivering, anxiety or tense muscles, fixed by warming and relaxing the patient. García-Niebla (editorial 2014): settle nervousness first and ask the patient to lie still and not talk; Houghton & Gray: a warm room, the patient comfortable and able to relax.',
    ),
  },
  'ac-interference': {
    looksLike: 'A thick, perfectly regular band of tiny identical spikes (60 a second) that blurs the baseline.',
    causes: ['an electrical device plugged in near the bed', 'ungrounded equipment or a frayed or dangling cable'],
    remedy: 'unplug-nearby-devices',
    source: checked(
      guides,
      'Checked: AC (60-cycle) interference is a thick, uniform, perfectly regular blur from ungrounded or nearby electrical equipment; Booth & O’Brien: turn off non-essential electrical equipment and keep the machine away from power cords. Poor skin contact can add mains pick-up too (biomedical engineering texts), but the game gives this artefact one cause, the device, and one remedy.',
    ),
  },
  'wandering-baseline': {
    looksLike: 'The whole tracing drifts slowly up and down across the paper; the complexes are intact but ride the drift.',
    causes: ['skin not cleaned or not dried', 'lotion or oil on the skin', 'hair under the electrodes', 'dried-out or loose electrodes'],
    remedy: 'reprepare-skin-and-electrodes',
    source: checked(
      guides,
      'Checked: wandering baseline, a slow up-and-down drift, from poor skin preparation, lotion or oil, dried electrodes or loose leads (also breathing), fixed with fresh electrodes after cleaning and drying the skin. García-Niebla (editorial 2014): skin preparation, shaving if needed, lowers impedance and keeps electrodes on.',
    ),
  },
  'limb-leads-reversed': {
    looksLike: 'Limb leads that do not fit together: lead I upside down (P, QRS and T all negative) with aVR upright, or one limb lead almost flat.',
    causes: ['two limb electrodes put on each other’s limbs', 'a limb lead wire clipped to the wrong electrode'],
    remedy: 'correct-limb-leads',
    source: checked(SOURCES.limbLeadReversalPatterns, 'Checked: an inverted lead I with a positive aVR is the sign of swapped arm electrodes; the fix is to put each electrode on its own limb and record again (AccessEM: repeat the tracing, confirming the positions).'),
  },
  'precordial-misplacement': {
    looksLike: 'Chest leads whose R waves do not grow steadily from V1 to V6, or V1 and V2 with a negative P wave and an rSr′ shape.',
    causes: ['chest electrodes counted from the wrong rib space (most often too high)', 'V4 to V6 off their lines or not level', 'chest lead wires swapped'],
    remedy: 'correct-chest-leads',
    source: checked(SOURCES.walsh2018V1V2Misplacement, 'Checked: high V1–V2 show negative P waves and an rSr′ pattern; moving them to the 4th space resolves it (LITFL figures). Interchanged chest leads break the R-wave progression (precordialMisplacementSummaries).'),
  },
};

const CLEARS: Readonly<Record<ArtefactRemedy, EcgArtefact>> = {
  'warm-and-reassure-patient': 'somatic-tremor',
  'unplug-nearby-devices': 'ac-interference',
  'reprepare-skin-and-electrodes': 'wandering-baseline',
  'correct-limb-leads': 'limb-leads-reversed',
  'correct-chest-leads': 'precordial-misplacement',
};

/** The artefact a remedy clears (each remedy clears exactly one; `ARTEFACT_CAUSES` names the same pairs). */
export function artefactClearedBy(remedy: ArtefactRemedy): EcgArtefact {
  return CLEARS[remedy];
}
