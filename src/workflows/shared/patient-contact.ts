/**
 * What every workflow that touches a patient does the same way, shared by rooming and the
 * lab station: hand hygiene before the first contact, active patient identification, and
 * escalating to the provider (an alert is judged the same wherever it is raised).
 *
 * Active patient identification: the patient states two identifiers (full name and date of
 * birth, or another identifier on the chart) in answer to an open question; a yes/no
 * question does not count, and a room number is never an identifier (The Joint Commission
 * NPSG.01.01.01; CLSI GP33).
 */
import { checked, SOURCES } from '../../reference/source';
import { type Check, defineRule, missed } from '../../scoring/finding';
import { NO_CHANGE } from '../workflow-steps';
import { schemaOf, z } from '../../scenario/zod';

/** The trainee cleaned their hands (alcohol-based rub or washing) in front of the patient. */
export interface HandsCleanedAction {
  readonly type: 'hands.cleaned';
}

/** What a patient can be identified by; the room number is never an identifier (NPSG.01.01.01). */
export const PATIENT_IDENTIFIERS = ['full-name', 'date-of-birth', 'mrn', 'phone', 'room-number'] as const;
/** One thing the trainee identified the patient by. */
export type PatientIdentifier = (typeof PATIENT_IDENTIFIERS)[number];

/** How the trainee asked: an open question ("Tell me your full name") or a yes/no one ("Are you Mary Smith?"). */
export const IDENTIFICATION_QUESTIONS = ['open', 'yes-no'] as const;
/** How the trainee asked for the identifiers. */
export type IdentificationQuestion = (typeof IDENTIFICATION_QUESTIONS)[number];

/** The trainee identified the patient: how they asked, and by what. */
export interface PatientIdentifiedAction {
  readonly type: 'patient.identified';
  readonly question: IdentificationQuestion;
  readonly identifiers: readonly PatientIdentifier[];
}

/** The trainee told the provider at once about a critical value. */
export interface ProviderAlertedAction {
  readonly type: 'provider.alerted';
}

/** Who and when a check is about. */
export interface CheckSubject {
  readonly patientId: string;
  /** The patient's name as the debrief shows it. */
  readonly patientName: string;
  readonly minute: number;
}

/** The identifiers that count: each is on the chart and belongs to the person, not the place. */
export const ACCEPTED_IDENTIFIERS: readonly PatientIdentifier[] = ['full-name', 'date-of-birth', 'mrn', 'phone'];

/** How many accepted identifiers the patient must state. */
export const IDENTIFIERS_REQUIRED = 2;

/** What was wrong with an identification, in plain words; empty when it was done right. `statedBy`: the parent or guardian who answers for a child ("Mateo's mother"), or null. */
export function identificationProblems(identification: PatientIdentifiedAction | null, statedBy: string | null = null): string[] {
  if (identification === null) return ['the patient was not identified at all'];
  const problems: string[] = [];
  if (identification.question !== 'open') problems.push(statedBy === null ? 'a yes/no question was asked instead of letting the patient state their identity' : `a yes/no question was asked instead of letting ${statedBy} state the child's identity`);
  if (identification.identifiers.includes('room-number')) problems.push('the room number was used, and a location is never an identifier');
  const accepted = new Set(identification.identifiers.filter((id) => ACCEPTED_IDENTIFIERS.includes(id)));
  if (accepted.size < IDENTIFIERS_REQUIRED) problems.push(`only ${accepted.size} accepted identifier${accepted.size === 1 ? ' was' : 's were'} stated`);
  return problems;
}

/**
 * Minutes a provider loses to an alert with nothing critical behind it: they stop, come to
 * the room or the lab station, look at the values and go back. Our design estimate.
 */
export const UNNEEDED_ALERT_PROVIDER_MINUTES = 3;

/** Shared with the lab station, as `provider.alerted` is: an alert is judged the same wherever it is raised. */
export const unneededProviderAlertRule = defineRule({
  id: 'escalation.unneeded-alert',
  competency: 'escalation',
  severity: 'minor',
  title: 'Alert the provider only for a critical value, and only once',
  why: `An urgent call takes the provider away from the patient in front of them (about ${UNNEEDED_ALERT_PROVIDER_MINUTES} minutes here, which the next patients wait); alerts for normal values, or the same value again, teach a team to answer alerts slowly. Abnormal but not critical values are flagged in the chart for the provider to read.`,
  source: checked(SOURCES.jointCommissionNpsgCriticalResults, 'Critical results go at once to the caregiver who can act on them; abnormal values are flagged in the chart. The provider minutes are a design estimate (Clinic Day design estimate of simulated task times).'),
});

/**
 * The provider was alerted with nothing critical to tell: every value normal or only
 * abnormal, or the critical ones already reported (`alreadyReported`, for the message).
 */
export function unneededAlertCheck(subject: CheckSubject & { where: 'rooming' | 'lab' | 'medication' | 'ecg'; alreadyReported: readonly string[] }): Check {
  const nothing =
    subject.where === 'medication'
      ? 'the patient showed no sign of an allergic reaction after the vaccine'
      : subject.where === 'ecg'
        ? 'no urgent tracing was waiting for the provider (a tracing goes to the provider by its hand-over, at once when the order is urgent)'
        : `no value ${subject.where === 'lab' ? 'or result ' : ''}was in the critical range`;
  const what = subject.alreadyReported.length > 0 ? `the provider had already been told about ${subject.alreadyReported.join(' and ')}, and nothing new was critical` : nothing;
  return missed(unneededProviderAlertRule, {
    patientId: subject.patientId,
    atMinute: subject.minute,
    message: `The provider was called away for ${subject.patientName}, but ${what}; the provider lost about ${UNNEEDED_ALERT_PROVIDER_MINUTES} minutes.`,
    remedy: 'Alert the provider only when a value or result is in the critical range, once for each; flag abnormal values in the chart instead, and the provider reads them at the visit.',
  });
}

/** What a workflow that touches the patient keeps of the contact: clean hands, and how the patient was identified. */
export interface PatientContact {
  readonly handsCleaned: boolean;
  readonly identification: PatientIdentifiedAction | null;
}

function isIdentification(event: { readonly type: string }): event is PatientIdentifiedAction {
  return event.type === 'patient.identified';
}

/** The step of `hands.cleaned`: the hands are clean from now on (judged at the first contact). */
export function cleanHands(): Partial<PatientContact> {
  return { handsCleaned: true };
}

/** The step of `patient.identified`: how the trainee asked and by what, kept to be judged at the first contact. */
export function identifyPatient(_: PatientContact, event: { readonly type: string }): Partial<PatientContact> {
  return isIdentification(event) ? { identification: { type: event.type, question: event.question, identifiers: [...event.identifiers] } } : NO_CHANGE;
}

/** `hands.cleaned`: shared by rooming and the lab station, defined once. */
export const handsCleanedActionSchema = schemaOf<HandsCleanedAction>()(z.strictObject({ type: z.literal('hands.cleaned') }));

/** `patient.identified`: shared by rooming and the lab station, defined once. */
export const patientIdentifiedActionSchema = schemaOf<PatientIdentifiedAction>()(
  z.strictObject({
    type: z.literal('patient.identified'),
    question: z.enum(IDENTIFICATION_QUESTIONS),
    identifiers: z.array(z.enum(PATIENT_IDENTIFIERS)).check(z.maxLength(PATIENT_IDENTIFIERS.length * 2)),
  }),
);

/** `provider.alerted`: shared by rooming and the lab station, defined once. */
export const providerAlertedActionSchema = schemaOf<ProviderAlertedAction>()(z.strictObject({ type: z.literal('provider.alerted') }));
