/**
 * Red-flag symptoms: what a patient tells the MA at rooming that goes to the provider at once,
 * before any measurement, with the patient never left alone (chest pain or pressure, the signs
 * of a stroke, trouble breathing). The scenario marks which a patient's complaint carries
 * (`redFlags`), since a free-text complaint cannot be read for them reliably; the scenario
 * checker holds the marks and the words together.
 */
import { SOURCES, checked, type Sourced } from './source';

/** The red-flag symptoms the game knows. */
export const RED_FLAG_SYMPTOMS = ['chest-pain', 'stroke-signs', 'trouble-breathing'] as const;
/** One red-flag symptom. */
export type RedFlagSymptom = (typeof RED_FLAG_SYMPTOMS)[number];

/** What a red flag is, in the words a finding and the scenario checker use. */
export interface RedFlag extends Sourced {
  /** A few words: "chest pain or pressure". */
  readonly name: string;
  /** What the patient may say that carries it. */
  readonly sounds: string;
  /** Words of a chief complaint that name it (lower case), for the scenario checker. */
  readonly complaintWords: readonly RegExp[];
}

const aha = SOURCES.ahaWarningSigns2014;

/** Each red-flag symptom, with its source. */
export const RED_FLAGS: Readonly<Record<RedFlagSymptom, RedFlag>> = {
  'chest-pain': {
    name: 'chest pain or pressure',
    sounds: 'pressure, squeezing, fullness or pain in the chest, perhaps spreading to an arm, the back, neck or jaw',
    complaintWords: [/\bchest\b.*\b(pain|pressure|tight|squeez|heav|hurt|ache|discomfort)/, /\b(pain|pressure|tight|squeez|heav|hurt|ache|discomfort)\w*\b.*\bchest\b/],
    source: checked(aha, 'Checked: chest discomfort (pressure, squeezing, fullness or pain) and discomfort spreading to the arms, back, neck or jaw are heart attack warning signs: call 9-1-1. The 2021 chest pain guideline (gulati2021ChestPainGuideline) sends office patients with acute chest pain and suspected ACS urgently to the ED by EMS, with an ECG within 10 minutes of arrival.'),
  },
  'stroke-signs': {
    name: 'signs of a stroke',
    sounds: 'sudden numbness or weakness of the face, an arm or a leg, a drooping face, slurred speech or trouble speaking, sudden trouble seeing or walking, a sudden severe headache',
    complaintWords: [/\b(slurr|droop|numb|stroke)\w*/, /\bweak\w*\b.*\b(arm|leg|face|side)\b/, /\btrouble (speaking|talking|seeing|walking)\b/],
    source: checked(aha, 'Checked: the American Stroke Association’s warning signs (sudden numbness or weakness of the face, arm or leg, trouble speaking, seeing or walking, a sudden severe headache) and F.A.S.T.: call 9-1-1 even if the signs go away.'),
  },
  'trouble-breathing': {
    name: 'trouble breathing',
    sounds: 'shortness of breath, struggling to breathe or to finish a sentence',
    complaintWords: [/\b(short of breath|shortness of breath|can'?t breathe|cannot breathe|trouble breathing|struggling to breathe|out of breath)\b/],
    source: checked(aha, 'Checked: shortness of breath, with or without chest discomfort, is among the warning signs to call 9-1-1 for.'),
  },
};

/** The red flags whose words a chief complaint carries (for the scenario checker: marks an author may have missed). */
export function redFlagsInWords(chiefComplaint: string): RedFlagSymptom[] {
  const text = chiefComplaint.toLowerCase();
  return RED_FLAG_SYMPTOMS.filter((flag) => RED_FLAGS[flag].complaintWords.some((words) => words.test(text)));
}

/** The 2021 chest pain guideline's target: an ECG acquired and reviewed within this many minutes of arrival, in any setting. */
export const CHEST_PAIN_ECG_MINUTES = {
  minutes: 10,
  source: checked(
    SOURCES.gulati2021ChestPainGuideline,
    'Checked: section 2.3.1, COR 1, LOE C-LD: in all patients who present with acute chest pain regardless of the setting, an ECG acquired and reviewed for STEMI within 10 minutes of arrival; in the office, a patient with suspected ACS goes urgently to the ED by EMS and no test may delay the transfer.',
  ),
} as const satisfies { minutes: number } & Sourced;
