/**
 * The closed lists patient education speaks in: the topics a provider's plan can call for,
 * what kind of teaching each is, and the languages the clinic's leaflets come in.
 *
 * The scenario schema, the education workflow's actions and the materials catalogue take
 * these lists from here, so the plan, the shelf and the table that judges a choice speak
 * the same words.
 */

/** The topics a provider's plan can give the patient education on. */
export const EDUCATION_TOPICS = [
  'type-2-diabetes',
  'prediabetes',
  'diabetes-meal-planning',
  'metformin',
  'empagliflozin',
  'high-blood-pressure',
  'amlodipine',
  'high-cholesterol',
  'atorvastatin',
  'gerd',
  'omeprazole',
  'fasting-blood-test',
] as const;
/** One education topic. */
export type EducationTopic = (typeof EDUCATION_TOPICS)[number];

/** What a topic teaches: a new diagnosis, a new medicine, a change of habits, or how to prepare for a test. */
export const EDUCATION_TOPIC_KINDS = ['diagnosis', 'medication', 'lifestyle', 'test-preparation'] as const;
/** One kind of topic. */
export type EducationTopicKind = (typeof EDUCATION_TOPIC_KINDS)[number];

/** The languages the clinic's leaflets come in (ISO 639-1). */
export const EDUCATION_LANGUAGES = ['en', 'es'] as const;
/** One leaflet language. */
export type EducationLanguage = (typeof EDUCATION_LANGUAGES)[number];

/** A language's name as the chart and the shelf show it. */
export const LANGUAGE_NAMES: Readonly<Record<EducationLanguage, string>> = { en: 'English', es: 'Spanish' };

/** The versions of a leaflet on the shelf, from the easiest to read to the fullest. */
export const MATERIAL_VERSIONS = ['easy', 'standard', 'detailed'] as const;
/** One version of a leaflet. */
export type MaterialVersion = (typeof MATERIAL_VERSIONS)[number];
