/**
 * The machine's standard settings and the preparation of the patient for a resting 12-lead
 * ECG, each with its source.
 */
import { SOURCES, checked, type Sourced } from '../source';
import type { Gain, PaperSpeed, PatientPosition, SkinPrepStep } from './terms';

/** The standard recording: 25 mm/s and 10 mm/mV. */
export const STANDARD_SETTINGS: { readonly paperSpeed: 25; readonly gain: 10 } & Sourced = {
  paperSpeed: 25,
  gain: 10,
  source: checked(SOURCES.romano2015StandardEcgSettings, 'Checked: 10 mm per mV and 25 mm/s (1 mm = 40 ms) are the standard; other settings must be marked on the tracing.'),
};

/** Whether the machine is set to the standard paper speed and gain. */
export function isStandardSetting(paperSpeed: PaperSpeed, gain: Gain): boolean {
  return paperSpeed === STANDARD_SETTINGS.paperSpeed && gain === STANDARD_SETTINGS.gain;
}

/** One preparation fact: what to do and why. */
export interface PreparationStep extends Sourced {
  readonly text: string;
}

const maGuides = SOURCES.maEcgProcedureGuides;

/** How the patient is prepared: identified, told, given privacy, positioned, the skin prepared. */
export const ECG_PREPARATION: {
  readonly explain: PreparationStep;
  readonly privacy: PreparationStep;
  readonly position: PreparationStep & { readonly standard: PatientPosition };
  readonly skin: PreparationStep & { readonly always: readonly SkinPrepStep[] };
} = {
  explain: {
    text: 'Tell the patient what will happen: stickers on the chest, arms and legs, about ten seconds of recording; it does not hurt and no electricity goes in; lie still, breathe normally and do not talk while it records.',
    source: checked(SOURCES.garciaNiebla2009TechnicalMistakes, 'Checked (editorial 2014): inform the patient that it is painless and harmless, that they must lie still, breathe normally and not talk. MA study notes (maEcgProcedureGuides) agree.'),
  },
  privacy: {
    text: 'Close the door or curtain, give a gown that opens at the front and drape the chest between steps; only the chest, forearms and lower legs need to be bare.',
    source: checked(maGuides, 'Checked: ensure privacy and comfort with a gown or draping, exposing the chest area; the St George’s ECG course video: curtains drawn, doors closed, chest and ankles exposed, offer a chaperone.'),
  },
  position: {
    standard: 'supine',
    text: 'Lying flat on the back (supine), arms relaxed by the sides, legs uncrossed, comfortable and warm; a patient who cannot lie flat is recorded propped up and the position is written on the tracing.',
    source: checked(
      SOURCES.kligfield2007EcgStandardization,
      'Checked: the standard ECG is recorded supine (summaries citing the statement; MA exam items: supine for a routine ECG). Houghton & Gray (SCST, UK): recumbent in a warm room; UK practice propped at about 45°. A propped-up position is allowed only when the patient cannot lie flat, which the game does not model.',
    ),
  },
  skin: {
    always: ['cleaned', 'dried'],
    text: 'At each site: clean off oil and dirt, let it dry, clip hair where it would lie under an electrode, and remove lotion; poor contact makes the baseline wander.',
    source: checked(SOURCES.ekgArtefactStudyGuides, 'Checked: poor skin preparation, lotion or oil cause a wandering baseline; MA procedure guides: clean and dry the sites, shave or clip chest hair. García-Niebla (editorial 2014): skin preparation with shaving if necessary.'),
  },
};

/** The skin preparation steps this patient needs: clean and dry always, clip hair and remove lotion where the patient has them. */
export function skinPrepNeeded(patient: { readonly needsHairClipped: boolean; readonly hasLotion: boolean }): readonly SkinPrepStep[] {
  return [...ECG_PREPARATION.skin.always, ...(patient.needsHairClipped ? (['hair-clipped'] as const) : []), ...(patient.hasLotion ? (['lotion-removed'] as const) : [])];
}

/** The needed skin preparation steps not done. */
export function skinPrepMissing(done: readonly SkinPrepStep[], patient: { readonly needsHairClipped: boolean; readonly hasLotion: boolean }): readonly SkinPrepStep[] {
  return skinPrepNeeded(patient).filter((step) => !done.includes(step));
}
