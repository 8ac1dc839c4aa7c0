/**
 * The trainee's actions while giving the patient the education the provider's plan calls
 * for: a leaflet chosen from the shelf, given and gone through; the patient asked to say it
 * back in their own words (teach-back) and, where they get it wrong, taught again; the
 * patient's question passed to the provider, or (outside an MA's scope) answered; and on to
 * checkout. Named as facts.
 */
import { EDUCATION_MATERIAL_IDS } from '../../reference/education/materials';
import { EDUCATION_TOPICS, type EducationTopic } from '../../reference/education/terms';
import { schemaOf, z } from '../../scenario/zod';

/** Every action of the education workflow. */
export type EducationAction =
  /** A leaflet from the shelf given to the patient and gone through with them. */
  | { readonly type: 'material.given'; readonly materialId: string }
  /** The patient asked to say back, in their own words, what the leaflet on `topic` said. */
  | { readonly type: 'teach-back.asked'; readonly topic: EducationTopic }
  /** The topic explained again, in other words, after a teach-back that came out wrong. */
  | { readonly type: 'topic.retaught'; readonly topic: EducationTopic }
  /** The patient's question passed to the provider, and the patient told the provider will answer. */
  | { readonly type: 'patient-question.routed' }
  /** The patient's question answered by the MA: advice the provider has not given. */
  | { readonly type: 'patient-question.answered' }
  /** Done: the patient goes on to checkout. */
  | { readonly type: 'education.finished' };

/** Every education action, checked at the edge before any machine sees it. */
export const educationActionSchema = schemaOf<EducationAction>()(
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('material.given'), materialId: z.enum(EDUCATION_MATERIAL_IDS) }),
    z.strictObject({ type: z.literal('teach-back.asked'), topic: z.enum(EDUCATION_TOPICS) }),
    z.strictObject({ type: z.literal('topic.retaught'), topic: z.enum(EDUCATION_TOPICS) }),
    z.strictObject({ type: z.literal('patient-question.routed') }),
    z.strictObject({ type: z.literal('patient-question.answered') }),
    z.strictObject({ type: z.literal('education.finished') }),
  ]),
);

/** One example of each education action. */
export const EDUCATION_ACTION_SAMPLES: readonly EducationAction[] = [
  { type: 'material.given', materialId: 'metformin-en-easy' },
  { type: 'teach-back.asked', topic: 'metformin' },
  { type: 'topic.retaught', topic: 'metformin' },
  { type: 'patient-question.routed' },
  { type: 'patient-question.answered' },
  { type: 'education.finished' },
];
