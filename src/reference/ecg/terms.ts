/**
 * The closed lists the 12-lead ECG speaks in: the ten electrodes, where each may be put, the
 * machine's settings, the artefacts and their remedies, the patient's position and skin
 * preparation, the leads and the rhythms the station draws.
 *
 * The ECG workflow's actions and the scenario schema take these lists from here, so a choice
 * on the screen and the table that judges it speak the same words.
 */

/** The ten electrodes of a 12-lead ECG: four on the limbs, six on the chest. */
export const ECG_ELECTRODES = ['RA', 'LA', 'RL', 'LL', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6'] as const;
/** One electrode. */
export type EcgElectrode = (typeof ECG_ELECTRODES)[number];

/** The four limb electrodes. */
export const LIMB_ELECTRODES = ['RA', 'LA', 'RL', 'LL'] as const satisfies readonly EcgElectrode[];
/** One limb electrode. */
export type LimbElectrode = (typeof LIMB_ELECTRODES)[number];

/** The six chest (precordial) electrodes. */
export const PRECORDIAL_ELECTRODES = ['V1', 'V2', 'V3', 'V4', 'V5', 'V6'] as const satisfies readonly EcgElectrode[];
/** One chest electrode. */
export type PrecordialElectrode = (typeof PRECORDIAL_ELECTRODES)[number];

/** The distal limbs (wrist or forearm, ankle or lower leg). */
export const LIMB_SITES = ['right-arm', 'left-arm', 'right-leg', 'left-leg'] as const;
/** One limb. */
export type LimbSite = (typeof LIMB_SITES)[number];

/** The intercostal spaces the chest drawing offers. */
export const INTERCOSTAL_SPACES = [2, 3, 4, 5, 6] as const;
/** One intercostal space. */
export type IntercostalSpace = (typeof INTERCOSTAL_SPACES)[number];

/** The vertical lines of the chest a chest electrode is put on. */
export const CHEST_LINES = ['right-sternal-border', 'left-sternal-border', 'between-v2-and-v4', 'midclavicular', 'anterior-axillary', 'mid-axillary'] as const;
/** One chest line. */
export type ChestLine = (typeof CHEST_LINES)[number];

/** Where one electrode is put: a limb, or a chest position (space and line; V3 is the line between V2 and V4, its space is where that midpoint falls). */
export type ElectrodeSite = { readonly limb: LimbSite } | { readonly space: IntercostalSpace; readonly line: ChestLine };

/** Paper speeds in mm/s; 25 is standard. */
export const PAPER_SPEEDS = [12.5, 25, 50] as const;
/** One paper speed. */
export type PaperSpeed = (typeof PAPER_SPEEDS)[number];

/** Gains in mm/mV; 10 is standard. */
export const GAINS = [5, 10, 20] as const;
/** One gain. */
export type Gain = (typeof GAINS)[number];

/** What can spoil a tracing, in the order a tracing lists them. */
export const ECG_ARTEFACTS = ['somatic-tremor', 'ac-interference', 'wandering-baseline', 'limb-leads-reversed', 'precordial-misplacement'] as const;
/** One artefact. */
export type EcgArtefact = (typeof ECG_ARTEFACTS)[number];

/** What the trainee can do about an artefact before recording again. */
export const ARTEFACT_REMEDIES = ['warm-and-reassure-patient', 'unplug-nearby-devices', 'reprepare-skin-and-electrodes', 'correct-limb-leads', 'correct-chest-leads'] as const;
/** One remedy. */
export type ArtefactRemedy = (typeof ARTEFACT_REMEDIES)[number];

/** How the patient lies or sits for the tracing. */
export const PATIENT_POSITIONS = ['supine', 'semi-fowler', 'seated'] as const;
/** One position. */
export type PatientPosition = (typeof PATIENT_POSITIONS)[number];

/** The skin preparation steps at the electrode sites. */
export const SKIN_PREP_STEPS = ['cleaned', 'dried', 'hair-clipped', 'lotion-removed'] as const;
/** One skin preparation step. */
export type SkinPrepStep = (typeof SKIN_PREP_STEPS)[number];

/** How the patient comes to the ECG bed (the scenario's `Order.ecg.patientState`). */
export const ECG_PATIENT_STATES = ['calm', 'cold', 'anxious'] as const;
/** One patient state. */
export type EcgPatientState = (typeof ECG_PATIENT_STATES)[number];

/** The twelve leads, in the order a tracing prints them. */
export const ECG_LEADS = ['I', 'II', 'III', 'aVR', 'aVL', 'aVF', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6'] as const;
/** One lead. */
export type EcgLead = (typeof ECG_LEADS)[number];

/** The six limb leads. */
export const LIMB_LEADS = ['I', 'II', 'III', 'aVR', 'aVL', 'aVF'] as const satisfies readonly EcgLead[];
/** One limb lead. */
export type LimbLead = (typeof LIMB_LEADS)[number];

/** The rhythms the station draws (shapes only: the trainee never interprets them). */
export const ECG_RHYTHMS = ['normal-sinus', 'sinus-tachycardia', 'atrial-fibrillation', 'st-elevation'] as const;
/** One rhythm. */
export type EcgRhythm = (typeof ECG_RHYTHMS)[number];

/** Whether an electrode is one of the four limb electrodes. */
export function isLimbElectrode(electrode: EcgElectrode): electrode is LimbElectrode {
  return (LIMB_ELECTRODES as readonly EcgElectrode[]).includes(electrode);
}

/** Whether a site is a limb (not a chest position). */
export function isLimbSite(site: ElectrodeSite): site is { readonly limb: LimbSite } {
  return 'limb' in site;
}
