/**
 * After the dose: how long the patient stays in the observation chair, and what the two
 * acute reactions the game stages (fainting, an anaphylaxis sign) call for.
 */
import { SOURCES, checked, type Sourced } from '../source';

/** Minutes to observe a patient after a vaccine (CDC: 15 minutes for most vaccines). */
export const OBSERVATION_MINUTES = 15;

/** The observation period after vaccination. */
export const OBSERVATION: Sourced & { readonly minutes: number; readonly text: string } = {
  minutes: OBSERVATION_MINUTES,
  text: 'Keep the patient seated or lying down and watched for 15 minutes after the vaccine: most fainting after vaccination happens in that time, and so do most immediate allergic reactions.',
  source: checked(
    SOURCES.cdcAcuteVaccineReactions,
    'Checked: 80% of reported syncope occurs within 15 minutes; observe recipients 15 minutes for most vaccines (30 minutes for some COVID-19 recipients, not in the game); ACIP has recommended a 15-minute observation since 2006.',
  ),
};

/** What each staged reaction calls for first. */
export const ACUTE_REACTIONS = {
  syncope: {
    firstStep: 'lay-down',
    text: 'A patient who turns pale, weak or dizzy, or faints, is laid down (or kept seated with the head down) at once so they cannot fall and be hurt, and watched until they recover.',
    source: checked(SOURCES.cdcAcuteVaccineReactions, 'Checked: have the patient seated or lying down, watch for weakness, dizziness and pallor, take measures to prevent injury from a fall.'),
  },
  anaphylaxis: {
    firstStep: 'alert-provider',
    text: 'Hives with throat tightness after a vaccine may be anaphylaxis: get the provider at once (epinephrine and airway equipment must be at hand); it is a medical emergency, not something to watch.',
    source: checked(SOURCES.cdcAcuteVaccineReactions, 'Checked: anaphylaxis is rare (about one per million doses) but epinephrine and equipment to manage an airway must be available for immediate use; the MA’s part, calling the provider, follows from scope of practice.'),
  },
} as const satisfies Record<string, Sourced & { firstStep: string; text: string }>;
