/**
 * `education.match`, shared: a leaflet judged against the provider's plan, the patient's
 * preferred language and their reading level. The education workflow judges the leaflet
 * the MA goes through after the visit; the inbox judges the one a start-medication result
 * sends through the portal. One rule, one judgement, wherever the leaflet is given.
 */
import { EDUCATION_TOPIC_INFO, type EducationMaterial, READING_GRADE_CEILING, VERSION_NAMES } from '../../reference/education/materials';
import { type EducationLanguage, type EducationTopic, LANGUAGE_NAMES } from '../../reference/education/terms';
import { checked, SOURCES } from '../../reference/source';
import { type Check, defineRule, missed, passed } from '../../scoring/finding';
import type { CheckSubject } from './patient-contact';

/** `education.match`: the leaflet on the plan's topic, in the patient's language, at a reading level that suits them. */
export const educationMatchRule = defineRule({
  id: 'education.match',
  competency: 'communication',
  severity: 'major',
  title: 'Choose the leaflet on the plan’s topic, in the patient’s preferred language, written at a reading level that suits them (the 8th grade at most, lower where the chart says so)',
  why: 'A leaflet on another topic teaches the wrong thing; one in a language the patient does not read, or written above their reading level, is not read. Written education is to be in the patient’s language and plain enough for most adults to read.',
  source: checked(SOURCES.ahrqMaterialsInPatientsLanguage, 'Materials in the languages the patients understand; materials easy to read (Tool 11).'),
});

/** A list in words: "a, b and c". */
export function listWords(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** What is wrong with a leaflet for this patient, in words: its topic, its language, its reading level; empty when it fits. */
export function materialProblems(facts: { material: EducationMaterial; planTopics: readonly EducationTopic[]; language: EducationLanguage; maxGrade: number }): { topic: string[]; language: string[]; level: string[] } {
  const { material } = facts;
  const topic = facts.planTopics.includes(material.topic)
    ? []
    : [`it was on ${EDUCATION_TOPIC_INFO[material.topic].name.toLowerCase()}, which the plan does not call for (it calls for ${listWords(facts.planTopics.map((t) => EDUCATION_TOPIC_INFO[t].name.toLowerCase()))})`];
  const language = material.language === facts.language ? [] : [`it was in ${LANGUAGE_NAMES[material.language]}, but the chart says the patient prefers ${LANGUAGE_NAMES[facts.language]}`];
  const level =
    material.readingGrade <= facts.maxGrade
      ? []
      : [`it is written at grade ${material.readingGrade} (the ${VERSION_NAMES[material.version]} version), above the grade ${facts.maxGrade} that suits the patient`];
  return { topic, language, level };
}

/** A leaflet given, judged against the plan, the patient's language and their reading level. */
export function materialMatchCheck(subject: CheckSubject & Parameters<typeof materialProblems>[0]): Check {
  const { topic, language, level } = materialProblems(subject);
  const problems = [...topic, ...language, ...level];
  const source =
    topic.length === 0 && language.length === 0 && level.length > 0
      ? READING_GRADE_CEILING.source
      : undefined;
  if (problems.length === 0) return passed(educationMatchRule, subject.patientId, subject.minute);
  return missed(educationMatchRule, {
    patientId: subject.patientId,
    atMinute: subject.minute,
    message: `${subject.patientName}: the leaflet “${subject.material.title}” did not fit: ${listWords(problems)}.`,
    remedy: `Read the plan and the chart before you go to the shelf: take the leaflet on each topic the plan names, in the patient’s preferred language (${LANGUAGE_NAMES[subject.language]}), at grade ${subject.maxGrade} or easier.`,
    ...(source === undefined ? {} : { source, explanation: 'Written education above a patient’s reading level is not read: the NIH asks for below the 8th grade, the AMA and HHS for the 4th to 6th, and a chart’s note of a lower reading level comes first.' }),
  });
}

