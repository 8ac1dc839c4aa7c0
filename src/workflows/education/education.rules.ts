/**
 * The rules of patient education after the provider's visit, and the pure functions that
 * judge them: the plan's education given (a leaflet on each topic, gone through), each
 * leaflet matching the plan, the patient's language and their reading level, understanding
 * checked by teach-back (and a patient who gets it wrong taught again until they get it
 * right), and the provider's plan taught without advice of the MA's own.
 */
import { EDUCATION_TOPIC_INFO } from '../../reference/education/materials';
import type { EducationTopic } from '../../reference/education/terms';
import { checked, SOURCES } from '../../reference/source';
import { type Check, defineRule, missed, passed, type Rule } from '../../scoring/finding';
import { educationMatchRule, materialMatchCheck, materialProblems } from '../shared/education-match';

export { educationMatchRule, materialMatchCheck, materialProblems };
import type { CheckSubject } from '../shared/patient-contact';
import type { TeachBack } from './education.context';

/** `education.given`: the education the plan calls for, given before the patient leaves. */
export const educationGivenRule = defineRule({
  id: 'education.given',
  competency: 'communication',
  severity: 'major',
  title: 'Give the patient the education the provider’s plan calls for, a leaflet on each topic gone through with them, before they leave',
  why: 'A patient who goes home with a new diagnosis or a new medicine and no explanation takes it wrongly or not at all; most of what the provider said in the room is forgotten at once, and the leaflet gone through with them is what they take home.',
  source: checked(SOURCES.ahrqTeachBackTool5, 'Tool 12 (use health education material effectively): go through the material with the patient; Tool 5: 40–80 % of what patients are told is forgotten at once.'),
});

/** `education.teach-back`: understanding of each topic checked by teach-back, and a wrong answer taught again. */
export const educationTeachBackRule = defineRule({
  id: 'education.teach-back',
  competency: 'communication',
  severity: 'major',
  title: 'Check understanding of each topic with teach-back: ask the patient to say it back in their own words, and if they get it wrong, teach it again and ask again',
  why: 'Asking “do you have any questions?” almost always gets a “no”; only the patient’s own words show whether the explanation got across. A patient who cannot say it back has not understood, and goes home to take the medicine wrongly unless it is explained again.',
  source: checked(SOURCES.ahrqTeachBackTool5, 'Teach-back: the patient explains back in their own words; when they cannot, explain again and check again.'),
});

/** `education.scope`: the provider's plan taught, no advice of the MA's own. */
export const educationScopeRule = defineRule({
  id: 'education.scope',
  competency: 'communication',
  severity: 'critical',
  title: 'Teach the provider’s plan and nothing else: a question the plan does not answer goes to the provider',
  why: 'Advice on whether to skip, halve or stop a medicine, or what a result means, needs the provider’s judgement: an MA who gives it changes the treatment without anyone who knows the whole picture deciding it.',
  source: checked(SOURCES.aamaScopeInterpretation, 'Patient education may be delegated to an MA only where it needs no interpretive judgment and no answer that requires a diagnosis, assessment or evaluation.'),
});

/** Every rule of the education workflow. */
export const EDUCATION_RULES: readonly Rule[] = [educationGivenRule, educationMatchRule, educationTeachBackRule, educationScopeRule];

function judge(rule: Rule, subject: CheckSubject, problem: string | null, remedy: string, detail?: { explanation?: string; source?: Rule['source'] }): Check {
  if (problem === null) return passed(rule, subject.patientId, subject.minute);
  return missed(rule, { patientId: subject.patientId, atMinute: subject.minute, message: `${subject.patientName}: ${problem}.`, remedy, ...detail });
}

/** Each topic of the plan: a leaflet on it given (passed), or none (missed), when the patient leaves or the day ends. */
export function givenCheck(subject: CheckSubject & { topic: EducationTopic; given: boolean; dayEnded: boolean }): Check {
  const name = EDUCATION_TOPIC_INFO[subject.topic].name.toLowerCase();
  return judge(
    educationGivenRule,
    subject,
    subject.given ? null : subject.dayEnded ? `the education on ${name} the plan called for was still not given when the day ended` : `left without the education on ${name} the plan called for`,
    'Before the patient leaves, give a leaflet on each topic of the provider’s plan and go through it with them.',
  );
}

/** Each topic of the plan that was taught: the patient's last teach-back right (passed), never asked, or wrong and left so. */
export function teachBackCheck(subject: CheckSubject & { topic: EducationTopic; last: TeachBack | null }): Check {
  const name = EDUCATION_TOPIC_INFO[subject.topic].name.toLowerCase();
  const problem =
    subject.last === null
      ? `understanding of ${name} was never checked with teach-back`
      : subject.last.understood
        ? null
        : `the patient said ${name} back wrongly (“${EDUCATION_TOPIC_INFO[subject.topic].muddled}”) and left without being taught again`;
  return judge(
    educationTeachBackRule,
    subject,
    problem,
    subject.last === null
      ? 'After each topic, ask the patient to tell you in their own words what they will do (“I want to be sure I explained it clearly: how will you take it?”).'
      : 'When the patient says it back wrongly, explain it again in other, plainer words and ask again, until they can say it rightly.',
  );
}

/** The patient's question: passed to the provider (passed), or answered by the MA (missed). */
export function scopeCheck(subject: CheckSubject & { topic: EducationTopic; answered: boolean }): Check {
  const info = EDUCATION_TOPIC_INFO[subject.topic];
  return judge(
    educationScopeRule,
    subject,
    subject.answered ? `the patient asked “${info.question}” and was told “${info.answerNotInPlan.replace(/\.$/, '')}”, advice the provider had not given` : null,
    'Say that it is a good question for the provider, write it down for them, and tell the patient who will answer and when; teach only what the plan says.',
  );
}
