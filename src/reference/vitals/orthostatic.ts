/**
 * Orthostatic vital signs: the consensus definition of orthostatic hypotension (Freeman et al.
 * 2011), the bedside procedure (supine rest, then readings at 1 and 3 minutes of standing) and
 * the patient's safety while standing.
 */
import { SOURCES, checked, type Sourced } from '../source';
import type { Bp } from './terms';

/** The consensus definition of (classical) orthostatic hypotension, with the bedside timing. */
export const ORTHOSTATIC_HYPOTENSION = {
  systolicDropAtLeast: 20,
  diastolicDropAtLeast: 10,
  withinMinutesOfStanding: 3,
  /** Minutes lying supine before the first reading (at least 3, preferably 5). */
  supineRestMinutes: 5,
  minimumSupineRestMinutes: 3,
  /** When the standing readings are taken, in minutes after standing up. */
  standingReadingsAtMinutes: [1, 3],
  /** With supine hypertension a systolic fall of 30 mmHg "may be more appropriate": information only, not scored. */
  supineHypertensionSystolicDropAtLeast: 30,
  source: checked(
    SOURCES.freeman2011OrthostaticConsensus,
    'A sustained fall of ≥ 20 mmHg systolic or ≥ 10 mmHg diastolic within 3 minutes of standing (quoted by Shibao 2013 and StatPearls). Readings at 1 and 3 minutes: shibao2013OrthostaticAsh. Supine rest 5 minutes: statPearlsOrthostatic (AHRQ tool 3F: at least 3, preferably 5).',
  ),
} as const;

/** How far one standing reading fell from the supine one, in mmHg (positive: it fell). */
export function orthostaticDrop(supine: Bp, standing: Bp): Bp {
  return { systolic: supine.systolic - standing.systolic, diastolic: supine.diastolic - standing.diastolic };
}

/**
 * True if a standing reading (taken within 3 minutes of standing) has fallen from the supine
 * reading by at least 20 mmHg systolic or 10 mmHg diastolic. Apply it to each standing
 * reading; orthostatic hypotension is present if either the 1- or 3-minute reading meets it.
 */
export function isOrthostaticHypotension(supine: Bp, standing: Bp): boolean {
  const drop = orthostaticDrop(supine, standing);
  return drop.systolic >= ORTHOSTATIC_HYPOTENSION.systolicDropAtLeast || drop.diastolic >= ORTHOSTATIC_HYPOTENSION.diastolicDropAtLeast;
}

/** The steps of measuring orthostatic vital signs, in order. */
export const ORTHOSTATIC_STEP_IDS = [
  'assess-ability-to-stand',
  'supine-rest',
  'supine-reading',
  'stand-with-assistance',
  'reading-at-1-minute',
  'reading-at-3-minutes',
  'ask-about-symptoms',
  'help-dizzy-patient-down',
] as const;
/** One step. */
export type OrthostaticStepId = (typeof ORTHOSTATIC_STEP_IDS)[number];

/** The procedure, each step with its source. */
export const ORTHOSTATIC_PROCEDURE = [
  {
    step: 'assess-ability-to-stand',
    description: 'Before starting, ask and watch whether the patient can stand.',
    source: checked(SOURCES.statPearlsOrthostatic, 'AHRQ fall-prevention tool 3F, as quoted: "Assess by verbal report and observation the patient\'s ability to stand."'),
  },
  {
    step: 'supine-rest',
    description: 'The patient lies flat for 5 minutes (3 at the least) before the first reading.',
    source: ORTHOSTATIC_HYPOTENSION.source,
  },
  {
    step: 'supine-reading',
    description: 'Blood pressure and pulse lying down.',
    source: checked(SOURCES.shibao2013OrthostaticAsh, 'BP and heart rate supine.'),
  },
  {
    step: 'stand-with-assistance',
    description: 'The patient stands with the MA beside them, ready to steady them.',
    source: checked(SOURCES.steadiOrthostaticMeasure, '"Stand by patient for safety."'),
  },
  {
    step: 'reading-at-1-minute',
    description: 'Blood pressure and pulse after 1 minute standing, the arm supported at heart level.',
    source: checked(SOURCES.shibao2013OrthostaticAsh, 'After 1 minute of standing.'),
  },
  {
    step: 'reading-at-3-minutes',
    description: 'Blood pressure and pulse after 3 minutes standing.',
    source: checked(SOURCES.shibao2013OrthostaticAsh, 'After 3 minutes of standing.'),
  },
  {
    step: 'ask-about-symptoms',
    description: 'Ask about dizziness or lightheadedness at each standing reading and record it: it counts as an abnormal result.',
    source: checked(SOURCES.steadiOrthostaticMeasure, 'Lightheadedness or dizziness on standing is considered abnormal.'),
  },
  {
    step: 'help-dizzy-patient-down',
    description: 'A patient who becomes dizzy or faint on standing is helped back to sitting or lying and the provider told.',
    source: checked(
      SOURCES.steadiOrthostaticMeasure,
      'Not confirmed as worded: the sources found say to stand by the patient for safety and that dizziness is abnormal; none found spells out sitting the dizzy patient back down (a nursing-tips page advises sitting first and changing position slowly).',
    ),
    verified: false,
  },
] as const satisfies readonly ({ step: OrthostaticStepId; description: string; verified?: boolean } & Sourced)[];
