/**
 * The clinic's shelf of patient education leaflets, as data: for each topic a provider's
 * plan can call for, what it is called, what kind of teaching it is, the MedlinePlus page
 * its leaflets are written from, the point the MA goes through, what a patient who
 * understood says back and what one who did not says, and the question a patient may ask
 * that only the provider can answer. From each topic the shelf holds an easy-to-read, a
 * standard and a detailed English leaflet, and an easy-to-read and a standard Spanish one.
 *
 * The leaflets are the clinic's own short texts (synthetic): their titles, reading grades
 * and languages are this catalogue's. What the game scores on is confirmed elsewhere: the
 * reading-level ceiling (`READING_GRADE_CEILING`), the patient's own language (AHRQ Tool
 * 11), teach-back (AHRQ Tool 5).
 */
import { checked, SOURCES, type Source, type Sourced } from '../source';
import { EDUCATION_LANGUAGES, type EducationLanguage, type EducationTopic, type EducationTopicKind, MATERIAL_VERSIONS, type MaterialVersion } from './terms';

/** One topic as the shelf and the conversation know it. */
export interface EducationTopicInfo {
  readonly topic: EducationTopic;
  readonly kind: EducationTopicKind;
  /** The topic's name, as a plan and a shelf label say it. */
  readonly name: string;
  /** The leaflet's title in each language. */
  readonly titles: Readonly<Record<EducationLanguage, string>>;
  /** The MedlinePlus page the leaflets are written from (English; MedlinePlus en español has the same topic). */
  readonly page: string;
  /** What the MA goes through with the patient: the provider's plan in plain words. */
  readonly keyPoint: string;
  /** What a patient who understood says back, in their own words. */
  readonly saysBack: string;
  /** What a patient who did not understand says back. */
  readonly muddled: string;
  /** A question the patient may ask that only the provider can answer. */
  readonly question: string;
  /** An answer an MA might give on their own, which is advice the provider has not given. */
  readonly answerNotInPlan: string;
}

/** Every topic, by id. */
export const EDUCATION_TOPIC_INFO: Readonly<Record<EducationTopic, EducationTopicInfo>> = {
  'type-2-diabetes': {
    topic: 'type-2-diabetes',
    kind: 'diagnosis',
    name: 'Type 2 diabetes (new diagnosis)',
    titles: { en: 'Living with type 2 diabetes', es: 'Vivir con diabetes tipo 2' },
    page: 'https://medlineplus.gov/diabetestype2.html',
    keyPoint: 'Type 2 diabetes means the sugar in your blood stays too high. Taking your medicine, eating well and moving every day bring it down; we check it again at your next visit.',
    saysBack: 'My blood sugar is too high. I take my medicine, eat better and walk every day, and I come back so you can check it.',
    muddled: 'So I have a little sugar, and when I feel fine I don’t need to do anything.',
    question: 'Will I have this for the rest of my life?',
    answerNotInPlan: 'If you lose weight it will go away and you can stop the medicine.',
  },
  prediabetes: {
    topic: 'prediabetes',
    kind: 'diagnosis',
    name: 'Prediabetes (new diagnosis)',
    titles: { en: 'Prediabetes: your chance to prevent diabetes', es: 'Prediabetes: su oportunidad de prevenir la diabetes' },
    page: 'https://medlineplus.gov/prediabetes.html',
    keyPoint: 'Your blood sugar is higher than normal but not yet diabetes. Eating fewer sweets and starches and being active most days can keep it from turning into diabetes.',
    saysBack: 'My sugar is a bit high, not diabetes yet. If I cut down on sweets and bread and walk most days, I can stop it from becoming diabetes.',
    muddled: 'I have diabetes now, so I should start checking my sugar with a meter every day.',
    question: 'Do I need to start a diabetes pill?',
    answerNotInPlan: 'Not yet; if your next A1c is higher the doctor will start metformin.',
  },
  'diabetes-meal-planning': {
    topic: 'diabetes-meal-planning',
    kind: 'lifestyle',
    name: 'Eating with diabetes (meal planning)',
    titles: { en: 'Eating well with diabetes: the plate method', es: 'Comer bien con diabetes: el método del plato' },
    page: 'https://medlineplus.gov/diabeticdiet.html',
    keyPoint: 'Fill half your plate with vegetables, a quarter with protein and a quarter with starch; drink water instead of juice or soda; the nutrition referral will help you plan meals.',
    saysBack: 'Half my plate is vegetables, a quarter meat or beans, a quarter rice or tortillas, and water instead of soda. And I go to the nutrition visit.',
    muddled: 'I just have to stop eating sugar, and fruit juice is fine because it’s natural.',
    question: 'Can I still have my tortillas and rice?',
    answerNotInPlan: 'No, cut out all bread, rice and tortillas until your sugar is down.',
  },
  metformin: {
    topic: 'metformin',
    kind: 'medication',
    name: 'Metformin (new medicine)',
    titles: { en: 'Your new medicine: metformin', es: 'Su nuevo medicamento: metformina' },
    page: 'https://medlineplus.gov/druginfo/meds/a696005.html',
    keyPoint: 'Take metformin with meals, as the label says. An upset stomach is common at first and usually settles; call us if it does not.',
    saysBack: 'I take it with my meals like the label says. If my stomach stays upset I call you.',
    muddled: 'I take it when my sugar feels high, before bed.',
    question: 'My stomach gets upset: can I take half a pill?',
    answerNotInPlan: 'Yes, take half a pill until your stomach gets used to it.',
  },
  empagliflozin: {
    topic: 'empagliflozin',
    kind: 'medication',
    name: 'Empagliflozin (new medicine)',
    titles: { en: 'Your new medicine: empagliflozin', es: 'Su nuevo medicamento: empagliflozina' },
    page: 'https://medlineplus.gov/druginfo/meds/a614043.html',
    keyPoint: 'Take empagliflozin once each morning, as well as your metformin. It makes you pass sugar in the urine: drink water, keep clean, and call us if you are sick and cannot eat or drink, or if it burns when you pass water.',
    saysBack: 'One pill every morning, with my metformin too. I drink water, and I call if I’m sick and can’t eat or drink, or if it burns when I pee.',
    muddled: 'This one replaces my metformin, and I take it when my sugar is high.',
    question: 'If my sugar is normal one day, can I skip the pill?',
    answerNotInPlan: 'Yes, you can skip it on days your sugar reads normal.',
  },
  'high-blood-pressure': {
    topic: 'high-blood-pressure',
    kind: 'diagnosis',
    name: 'High blood pressure',
    titles: { en: 'High blood pressure: what it means for you', es: 'La presión arterial alta: lo que significa para usted' },
    page: 'https://medlineplus.gov/highbloodpressure.html',
    keyPoint: 'High blood pressure usually has no symptoms but strains the heart and blood vessels. Take your medicine every day, even when you feel well, and less salt helps.',
    saysBack: 'I can’t feel it, but it hurts my heart. I take my pills every day even when I feel fine, and I use less salt.',
    muddled: 'I take the pills when I get a headache, because that’s when my pressure is up.',
    question: 'Can I stop the pills once my pressure is normal?',
    answerNotInPlan: 'Yes, once your home readings are normal for a week you can stop.',
  },
  amlodipine: {
    topic: 'amlodipine',
    kind: 'medication',
    name: 'Amlodipine (new dose)',
    titles: { en: 'Your blood pressure medicine: amlodipine', es: 'Su medicamento para la presión: amlodipino' },
    page: 'https://medlineplus.gov/druginfo/meds/a692044.html',
    keyPoint: 'Take amlodipine once a day at the new dose on the label. Swollen ankles can happen: tell us if they do, and do not stop it on your own.',
    saysBack: 'Once a day, the new dose. If my ankles swell I tell you, and I don’t stop it myself.',
    muddled: 'Two of my old pills in the morning and one at night.',
    question: 'My ankles swell: should I stop it?',
    answerNotInPlan: 'Yes, stop it if your ankles swell.',
  },
  'high-cholesterol': {
    topic: 'high-cholesterol',
    kind: 'diagnosis',
    name: 'High cholesterol',
    titles: { en: 'Cholesterol: what the numbers mean', es: 'El colesterol: qué significan los números' },
    page: 'https://medlineplus.gov/cholesterol.html',
    keyPoint: 'Too much cholesterol builds up in the blood vessels. Less fried and fatty food, more vegetables and fibre, and activity help lower it.',
    saysBack: 'Too much cholesterol clogs my blood vessels. Less fried food, more vegetables, and walking.',
    muddled: 'Cholesterol is sugar in the blood, so I stop sweets.',
    question: 'Do I have to stop eating eggs?',
    answerNotInPlan: 'Yes, no more eggs or red meat.',
  },
  atorvastatin: {
    topic: 'atorvastatin',
    kind: 'medication',
    name: 'Atorvastatin (new medicine)',
    titles: { en: 'Your new medicine: atorvastatin', es: 'Su nuevo medicamento: atorvastatina' },
    page: 'https://medlineplus.gov/druginfo/meds/a600045.html',
    keyPoint: 'Take atorvastatin once a day, every day, at the dose on the label; it works only while you keep taking it. Call us if you get unexplained muscle pain or weakness.',
    saysBack: 'One pill a day, every day, not just when I remember. If my muscles ache for no reason, I call.',
    muddled: 'I take it for a month until my cholesterol is fixed, then I stop.',
    question: 'Can I stop it once my cholesterol is better?',
    answerNotInPlan: 'Yes, when your next lipid panel is normal you can stop.',
  },
  gerd: {
    topic: 'gerd',
    kind: 'diagnosis',
    name: 'Acid reflux (GERD, new diagnosis)',
    titles: { en: 'Heartburn and acid reflux (GERD)', es: 'Acidez y reflujo (ERGE)' },
    page: 'https://medlineplus.gov/gerd.html',
    keyPoint: 'Acid from your stomach comes up into your throat. Smaller meals, not eating for 2 to 3 hours before bed and raising the head of the bed help, with the medicine.',
    saysBack: 'Stomach acid comes up. I eat smaller meals, nothing for a couple of hours before bed, and raise the head of my bed.',
    muddled: 'I drink milk at bedtime to coat my stomach.',
    question: 'Should I give up coffee altogether?',
    answerNotInPlan: 'Yes, no more coffee at all.',
  },
  omeprazole: {
    topic: 'omeprazole',
    kind: 'medication',
    name: 'Omeprazole (new medicine)',
    titles: { en: 'Your new medicine: omeprazole', es: 'Su nuevo medicamento: omeprazol' },
    page: 'https://medlineplus.gov/druginfo/meds/a693050.html',
    keyPoint: 'Take omeprazole once a day before breakfast, every day, at the dose on the label; it takes a few days to work fully.',
    saysBack: 'Once a day before breakfast, every day, even if I feel better. It takes a few days to work.',
    muddled: 'I take one when the heartburn starts, at night.',
    question: 'Can I take it only on the nights the heartburn is bad?',
    answerNotInPlan: 'Yes, just take it on the bad nights.',
  },
  'fasting-blood-test': {
    topic: 'fasting-blood-test',
    kind: 'test-preparation',
    name: 'Fasting before a blood test',
    titles: { en: 'Getting ready for a fasting blood test', es: 'Cómo prepararse para un análisis de sangre en ayunas' },
    page: 'https://medlineplus.gov/lab-tests/how-to-prepare-for-a-lab-test/',
    keyPoint: 'Nothing to eat or drink but water for 8 to 12 hours before the test, as the order says; come in the morning.',
    saysBack: 'Nothing but water after dinner the night before, and I come in the morning.',
    muddled: 'I skip breakfast but coffee with milk is fine.',
    question: 'Can I take my morning pills before the test?',
    answerNotInPlan: 'Yes, take all your pills as usual.',
  },
};

/** One leaflet on the clinic's shelf. */
export interface EducationMaterial extends Sourced {
  readonly id: string;
  readonly topic: EducationTopic;
  readonly language: EducationLanguage;
  readonly version: MaterialVersion;
  readonly title: string;
  /** The reading grade the leaflet is written at (the catalogue's). */
  readonly readingGrade: number;
}

/** The reading grade of each version of a leaflet. */
export const VERSION_GRADES: Readonly<Record<MaterialVersion, number>> = { easy: 5, standard: 7, detailed: 11 };

/** What each version is called on the shelf. */
export const VERSION_NAMES: Readonly<Record<MaterialVersion, string>> = { easy: 'easy to read', standard: 'standard', detailed: 'detailed' };

/** The versions the shelf holds in each language: Spanish leaflets are easy to read or standard. */
const VERSIONS_BY_LANGUAGE: Readonly<Record<EducationLanguage, readonly MaterialVersion[]>> = { en: MATERIAL_VERSIONS, es: ['easy', 'standard'] };

function materialSource(info: EducationTopicInfo, language: EducationLanguage): Source {
  const where = language === 'en' ? info.page : `${info.page} (MedlinePlus en español has the same topic)`;
  return { ...checked(SOURCES.medlinePlusHealthTopics, `Leaflet written from ${where}.`), url: info.page };
}

/** Every leaflet on the shelf, topic by topic. */
export const EDUCATION_MATERIALS: readonly EducationMaterial[] = Object.values(EDUCATION_TOPIC_INFO).flatMap((info) =>
  EDUCATION_LANGUAGES.flatMap((language) =>
    VERSIONS_BY_LANGUAGE[language].map(
      (version): EducationMaterial => ({
        id: `${info.topic}-${language}-${version}`,
        topic: info.topic,
        language,
        version,
        title: `${info.titles[language]} (${VERSION_NAMES[version]})`,
        readingGrade: VERSION_GRADES[version],
        source: materialSource(info, language),
        // The MedlinePlus pages' review dates could not be confirmed: nothing is scored on the pages themselves.
        verified: false,
      }),
    ),
  ),
);

/** Every leaflet's id, for the action schema. */
export const EDUCATION_MATERIAL_IDS = EDUCATION_MATERIALS.map((material) => material.id) as [string, ...string[]];

const BY_ID: ReadonlyMap<string, EducationMaterial> = new Map(EDUCATION_MATERIALS.map((material) => [material.id, material]));

/** The leaflet with that id, if the shelf has it. */
export function materialById(id: string): EducationMaterial | undefined {
  return BY_ID.get(id);
}

/**
 * The highest reading grade of written education given to anyone: the 8th grade, the
 * NIH's ceiling (the most lenient of the confirmed recommendations; AMA and HHS ask for
 * 4th to 6th).
 */
export const READING_GRADE_CEILING = { grade: 8, source: checked(SOURCES.educationReadingLevel, 'The 8th grade as the ceiling for every patient; a lower grade where the chart notes it.') } as const;

/** The highest reading grade suitable for a patient: the ceiling, or the chart's note of their reading level where lower. */
export function suitableReadingGrade(readingNeeds: { readonly maxGrade: number } | undefined): number {
  return Math.min(READING_GRADE_CEILING.grade, readingNeeds?.maxGrade ?? READING_GRADE_CEILING.grade);
}

/**
 * What the chart's reading level means for the leaflet, in words beside the choice: the
 * chart's note and its grade, or, where the chart notes nothing, what applies to everyone:
 * health literacy universal precautions (AHRQ), plain language for every patient, at the
 * ceiling's grade at most. Only words: `education.match` judges by `suitableReadingGrade`.
 */
export function readingLevelWords(readingNeeds: { readonly maxGrade: number; readonly note: string } | undefined): string {
  if (readingNeeds) return `${readingNeeds.note} (grade ${suitableReadingGrade(readingNeeds)} at most)`;
  return `Nothing noted in the chart, so what applies to every patient: plain language for everyone (AHRQ health literacy universal precautions), a leaflet written at grade ${READING_GRADE_CEILING.grade} at most (the AMA and HHS ask for the 4th to 6th)`;
}

/** The leaflets that fit a topic, a language and a reading grade, easiest first. */
export function suitableMaterials(topic: EducationTopic, language: EducationLanguage, maxGrade: number): EducationMaterial[] {
  return EDUCATION_MATERIALS.filter((material) => material.topic === topic && material.language === language && material.readingGrade <= maxGrade).toSorted((a, b) => a.readingGrade - b.readingGrade);
}
