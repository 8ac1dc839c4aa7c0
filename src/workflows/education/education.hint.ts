/**
 * The practice hint for the step the education workflow is on: what the trainee does next.
 * It reads the workflow's state and what its context already holds, and judges nothing.
 */
import type { AnyMachineSnapshot } from 'xstate';
import { EDUCATION_TOPIC_INFO } from '../../reference/education/materials';
import { LANGUAGE_NAMES } from '../../reference/education/terms';
import { type EducationContext, lastTeachBack, questionWaiting, topicGiven } from './education.context';

/** The hint for an education snapshot, or null when its work is over. */
export function educationStepHint(snapshot: AnyMachineSnapshot): string | null {
  if (snapshot.status !== 'active' || !snapshot.matches('working')) return null;
  const context = snapshot.context as EducationContext;
  if (questionWaiting(context)) return 'The patient asked something the plan does not answer: pass it to the provider, and do not answer it yourself.';
  const last = context.given.at(-1);
  if (last !== undefined) {
    const teachBack = lastTeachBack(context, last.topic);
    if (teachBack === null) return 'Ask the patient to say back, in their own words, what you just went through.';
    if (!teachBack.understood) {
      return context.retaught.includes(last.topic) ? 'Ask the patient to say it back again.' : 'The patient got it wrong: teach it again in other, plainer words, then ask again.';
    }
  }
  const next = context.plan.topics.find((topic) => !topicGiven(context, topic));
  if (next !== undefined) {
    return `Take the leaflet on ${EDUCATION_TOPIC_INFO[next].name.toLowerCase()} in ${LANGUAGE_NAMES[context.language]}, at grade ${context.maxGrade} or easier, and go through it with the patient.`;
  }
  return 'Every topic of the plan is taught and said back: send the patient on to checkout.';
}
