/**
 * How check-in's identity questions read on the front desk's panel: the question as the
 * trainee puts it (stated, or yes/no from the chart) and the answer in the words of the
 * person at the desk (the patient, or a child's parent).
 */
import { fullName } from '../../src/domain/patient';
import type { ScenarioPatient } from '../../src/scenario/scenario.schema';
import type { IdentityQuestion, QuestionStyle } from '../../src/workflows/intake/intake.actions';
import type { PhotoIdReading } from '../../src/workflows/intake/patient-at-desk';
import type { Respondent } from '../../src/workflows/shared/patient-identity';
import { usDate } from './front-desk-text';

/**
 * The chief complaint field's hint, at the desk and at rooming, as `intake.chief-complaint` and
 * `rooming.chief-complaint` score it (`patientWords`): the complaint's words exactly as said (the
 * 1997 E/M guidelines: usually in the patient's own words), without the small talk around it (the
 * scenario's `complaintWords`; the whole answer is accepted too); quotation marks, capitals,
 * spacing and the closing full stop are how they are written down and are not judged.
 */
export const COMPLAINT_WORDS_HINT =
  'Type the complaint word for word, in the words it was said: the reason for the visit, not the small talk around it (“Sorry I’m late”). It is scored on those words, and a summary or a medical term in their place is a finding. Quotation marks, capitals and the closing full stop are not scored.';

/** What the chart says, for composing a yes/no question from it. */
export interface ChartFacts {
  readonly name: string;
  readonly dateOfBirth: string;
  readonly phone: string;
  readonly appointmentTime: string;
}

/** The chart facts of a patient. */
export function chartFacts(patient: ScenarioPatient): ChartFacts {
  return { name: fullName(patient.name), dateOfBirth: patient.dateOfBirth, phone: patient.phone, appointmentTime: patient.arrival.time };
}

/** How the trainee speaks of the patient to the person answering: "your" to the patient, "her" or "his" to a child's parent. */
export interface Addressee {
  readonly respondent: Respondent;
  readonly sex: ScenarioPatient['sex'];
}

function possessive(to: Addressee | undefined): { whose: string; areYou: string } {
  if (!to || to.respondent.kind === 'patient') return { whose: 'your', areYou: 'Are you' };
  const whose = to.sex === 'female' ? 'her' : to.sex === 'male' ? 'his' : 'the child’s';
  const isThis = to.sex === 'female' ? 'Is she' : to.sex === 'male' ? 'Is he' : 'Is this';
  return { whose, areYou: isThis };
}

/**
 * The question as the trainee puts it: stated ("Please tell me …") or yes/no, read from
 * the chart ("Are you …?"). To a child's parent, the question is about the child ("her").
 */
export function identityQuestionText(question: IdentityQuestion, style: QuestionStyle, chart: ChartFacts, to?: Addressee): string {
  const { whose, areYou } = possessive(to);
  if (style === 'stated') {
    switch (question) {
      case 'full-name':
        return `Please tell me ${whose} full name.`;
      case 'date-of-birth':
        return `And what is ${whose} date of birth?`;
      case 'phone':
        return 'What is the best phone number to reach you?';
      case 'appointment-time':
        return `What time is ${whose} appointment today?`;
    }
  }
  switch (question) {
    case 'full-name':
      return `${areYou} ${chart.name}?`;
    case 'date-of-birth':
      return `Is ${whose} date of birth ${usDate(chart.dateOfBirth)}?`;
    case 'phone':
      return `Is your phone number still ${chart.phone}?`;
    case 'appointment-time':
      return `Is ${whose} appointment at ${chart.appointmentTime}?`;
  }
}

/**
 * What the person at the desk says back, in their own words: dates as people say them, a
 * yes as a yes. A parent speaks of the child: "Her name is …", "Her birthday is …".
 */
export function spokenAnswer(question: IdentityQuestion, style: QuestionStyle, answer: string, to?: Addressee): string {
  if (style === 'yes-no') return answer === 'yes' ? 'Yes, that’s right.' : 'No.';
  const child = to?.respondent.kind === 'companion';
  const pronoun = to?.sex === 'female' ? 'Her' : to?.sex === 'male' ? 'His' : 'The child’s';
  switch (question) {
    case 'full-name':
      return child ? `${pronoun} name is ${answer}.` : `${answer}.`;
    case 'date-of-birth':
      return child ? `${pronoun} birthday is ${usDate(answer)}.` : `${usDate(answer)}.`;
    case 'phone':
      return `It’s ${answer}.`;
    case 'appointment-time':
      return `At ${answer}, I think.`;
  }
}

/** A word with its first letter in capitals ("father" → "Father"), for a column heading. */
export function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * What the desk reads from a parent's or guardian's photo ID, shown for a child (who has none):
 * whose it is, and that the child's name and date of birth rest on what the parent stated.
 */
export function parentPhotoIdText(holderName: string, relationship: string, childGiven: string): string {
  return `Photo ID: ${holderName}’s own, ${childGiven}’s ${relationship}. It shows who is bringing ${childGiven}, not ${childGiven}’s name or date of birth: compare what the ${relationship} stated with the chart.`;
}

/**
 * The desk's line once a photo ID settles a flagged mismatch and agrees with the chart: the
 * chart is right, so there is nothing to correct, and identity can be confirmed ("The chart
 * already matches the photo ID (Margaret Folake Oyelaran, born 3/14/1951): nothing to
 * correct; the patient misspoke. Confirm identity.").
 */
export function chartMatchesIdText(name: string, dateOfBirth: string, saidBy: string): string {
  return `Mismatch settled by the photo ID below. The chart already matches it (${name}, born ${usDate(dateOfBirth)}): nothing to correct; ${saidBy} misspoke. Confirm identity.`;
}

/**
 * The photo ID's reading of one stated identifier, as the desk sees it beside the chart and
 * what was said (`saidBy`: "the patient", or "her mother"): "Photo ID: born 3/14/1951, as the
 * chart; the patient said 3/14/1952."
 */
export function photoIdReadingText(reading: PhotoIdReading, saidBy: string): string {
  const show = (value: string) => (reading.identifier === 'date-of-birth' ? usDate(value) : value);
  const shown = reading.identifier === 'date-of-birth' ? `born ${show(reading.photoId)}` : `name ${show(reading.photoId)}`;
  if (reading.idMatchesChart && reading.idMatchesStated) return `Photo ID: ${shown}, as the chart and as ${saidBy} said.`;
  if (reading.idMatchesChart) return `Photo ID: ${shown}, as the chart; ${saidBy} said ${show(reading.stated)}.`;
  if (reading.idMatchesStated) return `Photo ID: ${shown}, as ${saidBy} said; the chart has ${show(reading.chart)}.`;
  return `Photo ID: ${shown}; the chart has ${show(reading.chart)} and ${saidBy} said ${show(reading.stated)}.`;
}
