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
import { actionButton, buttonRow, checkbox, checkboxGroup, openWhen, paragraph, radioGroup, speech, step, type StepProblem } from './kit/controls';
import { displayName, fullName } from '../../src/domain/patient';
import { formatUsDate } from '../../src/reference/iso-date';
import type { ActionOutcome } from '../../src/session/session';

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
      { value: 'yes-no', label: `To ${respondent.name} (${respondent.relationship.toLowerCase()}): “${isThis} ${displayName(patient)}, born ${formatUsDate(patient.dateOfBirth)}?”` },
    ];
  }
  return [
    { value: 'open', label: '“Please tell me your full name and date of birth.”' },
    { value: 'yes-no', label: `“Are you ${displayName(patient)}, born ${formatUsDate(patient.dateOfBirth)}?”` },
  ];
}

/**
 * The exchange the identification was, as the front desk shows its own: the question put and
 * the answer in the words of whoever answers (the patient, or for a child the parent or guardian
 * the domain's `respondentFor` names, speaking of the child). An open question is answered with
 * the name and date of birth as the patient says them; a yes/no question only with a yes.
 */
export function identificationExchange(identification: PatientIdentifiedAction, patient: ScenarioPatient, date: string): { readonly speaker: string; readonly question: string; readonly answer: string } {
  const respondent = respondentFor(patient, date);
  const question = identificationQuestions(patient, date).find((q) => q.value === identification.question)!.label.replace(/^To [^:]+: /, '');
  const name = fullName(patient.name);
  const born = formatUsDate(patient.dateOfBirth);
  if (respondent.kind !== 'companion') {
    return { speaker: patient.name.given, question, answer: identification.question === 'open' ? `“${name}. ${born}.”` : '“Yes, that’s right.”' };
  }
  const his = patient.sex === 'female' ? 'Her' : patient.sex === 'male' ? 'His' : `${patient.name.given}’s`;
  return {
    speaker: `${respondent.name} (${respondent.relationship.toLowerCase()})`,
    question,
    answer: identification.question === 'open' ? `“${his} name is ${name}. ${his} birthday is ${born}.”` : '“Yes, that’s right.”',
  };
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

/** What a patient-contact station's first step needs: the machine's facts, the draft, and how the station sends and says problems. */
export interface ContactStepOptions {
  readonly handsCleaned: boolean;
  readonly identification: PatientIdentifiedAction | null;
  readonly patient: ScenarioPatient;
  /** The day's date, for the patient's age in the questions. */
  readonly date: string;
  readonly draft: IdentifyDraft;
  readonly listed: (type: 'hands.cleaned' | 'patient.identified') => boolean;
  readonly send: (action: { readonly type: 'hands.cleaned' } | PatientIdentifiedAction) => ActionOutcome;
  readonly problems: StepProblem;
}

/**
 * "Hand hygiene and identification", as every station that touches the patient opens it:
 * clean hands (again), then how the patient is asked and by what they are identified, or
 * once identified, how it was done.
 */
export function contactStep(options: ContactStepOptions): HTMLElement {
  const { handsCleaned, identification, patient, date } = options;
  const hands = buttonRow(openWhen(actionButton(handsCleaned ? 'Clean hands again' : 'Clean hands (alcohol rub)', 'hands', () => options.send({ type: 'hands.cleaned' }), handsCleaned ? 'quiet' : 'primary'), options.listed('hands.cleaned')));
  if (identification !== null) {
    const exchange = identificationExchange(identification, patient, date);
    return step(
      'Hand hygiene and identification',
      [hands, speech('you', 'You', exchange.question), speech('them', exchange.speaker, exchange.answer), paragraph(identificationText(identification, patient, date))],
      { done: handsCleaned },
    );
  }
  const identify = (): ActionOutcome | null => {
    const action = identifyAction(options.draft);
    return action === null ? options.problems.show('identify', 'Choose how you ask and what the patient is identified by.') : options.send(action);
  };
  return step('Hand hygiene and identification', [
    hands,
    ...identifyControls(options.draft, patient, date),
    buttonRow(openWhen(actionButton('Identify the patient', 'identify', identify), options.listed('patient.identified'))),
    options.problems.line('identify'),
  ]);
}
