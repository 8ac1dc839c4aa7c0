/**
 * The closed lists the 12-lead ECG speaks in: the ten electrodes and where each can go (a
 * limb, or an intercostal space on an anatomical line), the machine's paper speeds and
 * gains, the artefacts a tracing can show and their remedies, the patient's positions and
 * the steps of skin preparation; and the twelve leads, the rhythms a tracing is drawn with
 * and the patient's states an ECG order can set.
 *
 * The ECG workflow's actions, the scenario schema and the tracing function take these lists
 * from here, so a choice on the screen and the table that judges it speak the same words.
 */

/** The ten electrodes of a 12-lead ECG: four on the limbs, six on the chest. */
export const ECG_ELECTRODES = ['RA', 'LA', 'RL', 'LL', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6'] as const;
/** One electrode. */
export type EcgElectrode = (typeof ECG_ELECTRODES)[number];

/** The limb sites: distal limbs (wrist or forearm, ankle or lower leg). */
export const LIMB_SITES = ['right-arm', 'left-arm', 'right-leg', 'left-leg'] as const;
/** One limb site. */
export type LimbSite = (typeof LIMB_SITES)[number];

/** The intercostal spaces a chest electrode can be put in, counted from the top. */
export const INTERCOSTAL_SPACES = [2, 3, 4, 5, 6] as const;
/** One intercostal space. */
export type IntercostalSpace = (typeof INTERCOSTAL_SPACES)[number];

/** The anatomical lines of the chest a precordial electrode is put on. */
export const CHEST_LINES = ['right-sternal-border', 'left-sternal-border', 'between-v2-and-v4', 'midclavicular', 'anterior-axillary', 'mid-axillary'] as const;
/** One chest line. */
export type ChestLine = (typeof CHEST_LINES)[number];

/** Where one electrode is put: a limb, or a chest position (space and line; V3 is the line between V2 and V4, its space is where that midpoint falls). */
export type ElectrodeSite = { readonly limb: LimbSite } | { readonly space: IntercostalSpace; readonly line: ChestLine };

/** The machine's paper speeds, in mm/s (25 is standard). */
export const PAPER_SPEEDS = [12.5, 25, 50] as const;
/** One paper speed. */
export type PaperSpeed = (typeof PAPER_SPEEDS)[number];

/** The machine's gains, in mm/mV (10 is standard). */
export const GAINS = [5, 10, 20] as const;
/** One gain. */
export type Gain = (typeof GAINS)[number];

/** What can spoil a tracing. */
export const ECG_ARTEFACTS = ['somatic-tremor', 'ac-interference', 'wandering-baseline', 'limb-leads-reversed', 'precordial-misplacement'] as const;
/** One artefact. */
export type EcgArtefact = (typeof ECG_ARTEFACTS)[number];

/** What the MA does about an artefact before recording again. */
export const ARTEFACT_REMEDIES = ['warm-and-reassure-patient', 'unplug-nearby-devices', 'reprepare-skin-and-electrodes', 'correct-limb-leads', 'correct-chest-leads'] as const;
/** One remedy. */
export type ArtefactRemedy = (typeof ARTEFACT_REMEDIES)[number];

/** How the patient lies or sits for the tracing. */
export const PATIENT_POSITIONS = ['supine', 'semi-fowler', 'seated'] as const;
/** One position. */
export type PatientPosition = (typeof PATIENT_POSITIONS)[number];

/** The steps of preparing the skin under the electrodes. */
export const SKIN_PREP_STEPS = ['cleaned', 'dried', 'hair-clipped', 'lotion-removed'] as const;
/** One skin-preparation step. */
export type SkinPrepStep = (typeof SKIN_PREP_STEPS)[number];

/** The twelve leads the machine derives from the ten electrodes. */
export const ECG_LEADS = ['I', 'II', 'III', 'aVR', 'aVL', 'aVF', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6'] as const;
/** One lead. */
export type EcgLead = (typeof ECG_LEADS)[number];

/** The rhythms a tracing is drawn with: shapes the station draws, never interpreted by the trainee. */
export const ECG_RHYTHMS = ['normal-sinus', 'sinus-tachycardia', 'atrial-fibrillation', 'st-elevation'] as const;
/** One rhythm. */
export type EcgRhythm = (typeof ECG_RHYTHMS)[number];

/** How the patient is on the table: calm, or cold or anxious (a cause of somatic tremor). */
export const ECG_PATIENT_STATES = ['calm', 'cold', 'anxious'] as const;
/** One patient state. */
export type EcgPatientState = (typeof ECG_PATIENT_STATES)[number];
