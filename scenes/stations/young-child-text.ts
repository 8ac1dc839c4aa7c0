/**
 * How rooming reads for a child: who answers the questions (the parent or guardian the
 * domain's `respondentFor` names), how they speak of the child ("He doesn't have any
 * allergies that we know of"), and who said the chief complaint (the chart's speaker tag).
 * Pure text: no DOM, no rule.
 */
import type { ScenarioPatient } from '../../src/scenario/scenario.schema';
import { speakerTag, spokenWords } from '../../src/workflows/shared/patient-words';
import { normalizeName, respondentFor, type Respondent } from '../../src/workflows/shared/patient-identity';
import { fullName } from '../../src/domain/patient';

/** Who answers in the exam room, and how the screen names them. */
export interface RoomingVoice {
  readonly respondent: Respondent;
  /** "Valeria Gutiérrez (mother)", or the patient's given name. */
  readonly speaker: string;
  /** True when a parent or guardian answers for the child. */
  readonly forChild: boolean;
}

/** Who answers for the patient on the scenario's day. */
export function roomingVoice(patient: ScenarioPatient, date: string): RoomingVoice {
  const respondent = respondentFor(patient, date);
  return respondent.kind === 'companion'
    ? { respondent, speaker: `${respondent.name} (${respondent.relationship.toLowerCase()})`, forChild: true }
    : { respondent, speaker: patient.name.given, forChild: false };
}

function pronouns(sex: ScenarioPatient['sex']): { subject: string; object: string; possessive: string; contracted: string } {
  if (sex === 'female') return { subject: 'She', object: 'her', possessive: 'her', contracted: 'She’s' };
  if (sex === 'male') return { subject: 'He', object: 'him', possessive: 'his', contracted: 'He’s' };
  return { subject: 'They', object: 'them', possessive: 'their', contracted: 'They’re' };
}

/** What is said when asked about allergies: the patient about themselves, or the parent about the child. */
export function allergyAnswer(reported: readonly { substance: string; reaction?: string | undefined }[], patient: ScenarioPatient, voice: RoomingVoice): string {
  if (!voice.forChild) {
    return reported.length === 0
      ? '“I don’t have any allergies.”'
      : `“I’m allergic to ${reported.map((a) => (a.reaction ? `${a.substance} — it gives me ${a.reaction.toLowerCase()}` : a.substance)).join(', and ')}.”`;
  }
  const p = pronouns(patient.sex);
  const doesNot = patient.sex === 'unknown' ? 'They don’t' : `${p.subject} doesn’t`;
  return reported.length === 0
    ? `“${doesNot} have any allergies that we know of.”`
    : `“${p.contracted} allergic to ${reported.map((a) => (a.reaction ? `${a.substance} — it gave ${p.object} ${a.reaction.toLowerCase()}` : a.substance)).join(', and ')}.”`;
}

/** The question about the visit, to the patient or to the parent about the child. */
export function complaintQuestion(patient: ScenarioPatient, voice: RoomingVoice): string {
  return voice.forChild ? `What brings ${patient.name.given} in today?` : 'What brings you in today?';
}

/** Who said the chief complaint and the words as said: a parent's words are the parent's (the chart's tag), a child's own words the child's. */
export function complaintSaid(patient: ScenarioPatient, voice: RoomingVoice): { readonly speaker: string; readonly words: string } {
  const tag = speakerTag(patient.chiefComplaint);
  const words = spokenWords(patient.chiefComplaint);
  if (tag === null) return { speaker: patient.name.given, words };
  return { speaker: voice.forChild && voice.respondent.kind === 'companion' && voice.respondent.relationship.toLowerCase() === tag ? voice.speaker : `${patient.name.given}’s ${tag}`, words };
}

/**
 * Whose words the chief complaint is charted in: whoever said them (`complaintSaid`), the
 * patient, or the parent the chart's tag names. A school-age child who answers for herself
 * beside her mother is charted in her own words (the playtest saw "in the mother's words"
 * under Imani's own answer).
 */
export function complaintWordsLabel(patient: ScenarioPatient): string {
  const tag = speakerTag(patient.chiefComplaint);
  return tag === null ? 'Chief complaint, in the patient’s words' : `Chief complaint, in the ${tag}’s words`;
}

/** The emergency contact's check box: confirmed with the patient, or with the parent or guardian who answers for the child. */
export function emergencyContactLabel(newPatient: boolean, voice: RoomingVoice, onFile = true): string {
  if (newPatient) return 'Emergency contact taken down and read back';
  // Nothing on file to read back: a real check-in asks for one, and the tick says that, not "confirmed".
  if (!onFile) return `No emergency contact on file: asked ${voice.respondent.kind === 'companion' ? voice.speaker : 'the patient'} for one and took it down as given`;
  return voice.respondent.kind === 'companion'
    ? `Emergency contact read back and confirmed with ${voice.speaker}, who answers for the child`
    : 'Emergency contact read back and confirmed with the patient';
}

/** Words shown as said, in one pair of quotation marks: quotation marks the trainee typed round the chart entry (as the advice asks) are not doubled. */
export function quoted(words: string): string {
  return `“${words.trim().replace(/^["“”'‘’]+|["“”'‘’]+$/g, '').trim()}”`;
}

/**
 * Whose photo ID the desk sees: the patient's own, or, for a child a parent or guardian answers
 * for, that adult's. A child has no photo ID to show (a 7-week-old handed over a state ID card
 * with an adult's photo and signature in the fourth playtest); a pediatric practice copies the
 * parent's or guardian's photo ID and the child's insurance card at the visit
 * (`PARENT_PHOTO_ID_SOURCE`). The adult's date of birth is known where they are the child's
 * subscriber on the insurance; otherwise the ID is drawn without it.
 */
export type PhotoIdHolder =
  | { readonly kind: 'patient' }
  | { readonly kind: 'parent'; readonly name: string; readonly relationship: string; readonly dateOfBirth?: string | undefined };

/**
 * The practice policy the parent's ID rests on: Kid Approved Pediatrics, "Office Policy and
 * Procedures" (kidapprovedpediatrics.com/office-policy-and-procedures.html, undated page, read
 * December 2026): a parent or guardian is present for a patient under 18, and the practice copies
 * the insurance card and the parent's driver's licence or photo ID card at every visit; Pack
 * Pediatrics, "Office Policies" (packpediatrics.com/office-policies, undated, read December
 * 2026): the accompanying adult presents the child's insurance card at check-in.
 */
export const PARENT_PHOTO_ID_SOURCE =
  'Kid Approved Pediatrics, Office Policy and Procedures (kidapprovedpediatrics.com, read December 2026); Pack Pediatrics, Office Policies (packpediatrics.com, read December 2026)';

/** Whose photo ID is handed over at the desk on the scenario's day. */
export function photoIdHolder(patient: ScenarioPatient, date: string): PhotoIdHolder {
  const voice = roomingVoice(patient, date);
  if (!voice.forChild || voice.respondent.kind !== 'companion') return { kind: 'patient' };
  const { name, relationship } = voice.respondent;
  const subscriber = patient.coverage?.subscriber;
  const dateOfBirth = subscriber && normalizeName(fullName(subscriber.name)) === normalizeName(name) ? subscriber.dateOfBirth : undefined;
  return { kind: 'parent', name, relationship: relationship.toLowerCase(), dateOfBirth };
}

/** The caption of the photo ID at the desk: the patient handed it over, or, for a child, it is the parent's or guardian's own. */
export function photoIdCaption(patient: ScenarioPatient, date: string): string {
  const holder = photoIdHolder(patient, date);
  return holder.kind === 'parent'
    ? `The photo ID of ${holder.name}, ${patient.name.given}’s ${holder.relationship}: a child has none of their own`
    : 'The photo ID the patient handed you';
}
