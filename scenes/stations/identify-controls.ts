/**
 * Identifying the patient, as the exam room and the lab station ask it: how the question
 * is put (open, or yes/no) and which identifiers the patient is identified by, the room
 * number among them. The panel offers every choice; the machine judges. A child's parent or
 * guardian answers for the child (the domain's `respondentFor`), so the questions are put
 * to them, about the child.
 */
import type { ScenarioPatient } from '../../src/scenario/scenario.schema';
import { respondentFor } from '../../src/workflows/shared/patient-identity';
import type { IdentificationQuestion, PatientIdentifiedAction, PatientIdentifier } from '../../src/workflows/shared/patient-contact';
import { checkbox, checkboxGroup, radioGroup } from './kit/controls';
import { displayName } from '../../src/domain/patient';

/** The identifiers the trainee can tick, in the order shown. */
export const IDENTIFIER_CHOICES: readonly { value: PatientIdentifier; label: string }[] = [
  { value: 'full-name', label: 'Full name' },
  { value: 'date-of-birth', label: 'Date of birth' },
  { value: 'mrn', label: 'Medical record number' },
  { value: 'phone', label: 'Phone number' },
  { value: 'room-number', label: 'Room number' },
];

/** The identification as chosen in the panel, not yet sent. */
export interface IdentifyDraft {
  question: IdentificationQuestion | null;
  readonly identifiers: Set<PatientIdentifier>;
}

/** A fresh identification. */
export function emptyIdentifyDraft(): IdentifyDraft {
  return { question: null, identifiers: new Set() };
}

/** The identification questions as put to whoever answers on `date`: the patient, or a child's parent or guardian. */
export function identificationQuestions(patient: ScenarioPatient, date: string): { value: IdentificationQuestion; label: string }[] {
  const respondent = respondentFor(patient, date);
  if (respondent.kind === 'companion') {
    const whose = patient.sex === 'female' ? 'her' : patient.sex === 'male' ? 'his' : 'the child’s';
    const isThis = patient.sex === 'female' ? 'Is she' : patient.sex === 'male' ? 'Is he' : 'Is this';
    return [
      { value: 'open', label: `To ${respondent.name} (${respondent.relationship.toLowerCase()}): “Please tell me ${whose} full name and date of birth.”` },
      { value: 'yes-no', label: `To ${respondent.name} (${respondent.relationship.toLowerCase()}): “${isThis} ${displayName(patient)}, born ${patient.dateOfBirth}?”` },
    ];
  }
  return [
    { value: 'open', label: '“Please tell me your full name and date of birth.”' },
    { value: 'yes-no', label: `“Are you ${displayName(patient)}, born ${patient.dateOfBirth}?”` },
  ];
}

/** The question and identifier controls, put to whoever answers for the patient on `date` (the scenario's day). */
export function identifyControls(draft: IdentifyDraft, patient: ScenarioPatient, date: string): HTMLElement[] {
  const questions = identificationQuestions(patient, date);
  return [
    radioGroup({ legend: 'How do you ask?', key: 'id-question', choices: questions, value: draft.question, onChange: (value) => (draft.question = value) }),
    checkboxGroup(
      'Identified by',
      IDENTIFIER_CHOICES.map((choice) =>
        checkbox({
          label: choice.label,
          key: `id:${choice.value}`,
          checked: draft.identifiers.has(choice.value),
          onChange: (checked) => {
            if (checked) draft.identifiers.add(choice.value);
            else draft.identifiers.delete(choice.value);
          },
        }),
      ),
    ),
  ];
}

/** The action for the identification chosen, or null when the question or every identifier is missing. */
export function identifyAction(draft: IdentifyDraft): PatientIdentifiedAction | null {
  if (draft.question === null || draft.identifiers.size === 0) return null;
  return { type: 'patient.identified', question: draft.question, identifiers: IDENTIFIER_CHOICES.map((c) => c.value).filter((id) => draft.identifiers.has(id)) };
}

/** The identification as done, in words: "an open question, by full name and date of birth", and who answered for a child. */
export function identificationText(identification: PatientIdentifiedAction, patient?: ScenarioPatient, date?: string): string {
  const how = identification.question === 'open' ? 'an open question' : 'a yes/no question';
  const by = identification.identifiers.map((id) => IDENTIFIER_CHOICES.find((c) => c.value === id)?.label.toLowerCase() ?? id).join(' and ');
  const respondent = patient && date ? respondentFor(patient, date) : null;
  const answered = respondent?.kind === 'companion' ? `, answered by ${respondent.name} (${respondent.relationship.toLowerCase()})` : '';
  return `Identified with ${how}, by ${by}${answered}.`;
}
