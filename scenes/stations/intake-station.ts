/**
 * Check-in at the front desk (the intake workflow's station). The trainee greets the
 * patient, composes the identity questions (which identifier, stated or yes/no) and hears
 * the answers — from a child's parent or guardian, as the domain says who answers —,
 * compares them with the chart, flags a mismatch and checks a photo ID (drawn), corrects
 * the chart's name and date of birth to the ID (a form, keyboard-first),
 * slots a walk-in (or, when today is full, books the first open appointment and tells them
 * when), then registers: demographics (an established patient is asked what changed and
 * the fields hold the chart's; a new patient is asked for everything, into empty fields), the insurance
 * card (drawn) entered into the registration, the eligibility response, telling the patient
 * when the plan is not active and doing what they choose (self-pay, or the visit booked
 * again for a later day), prior authorisation, the copay and receipt, the forms and the
 * chief complaint in the patient's words. Every choice is offered; the intake machine
 * judges them.
 */
import type { TraineeAction } from '../../src/clinic/trainee-action';
import { PAYERS, PLAN_TYPES, payerName, planTypeName } from '../../src/reference/payers';
import type { PlanType, ScenarioPatient } from '../../src/scenario/scenario.schema';
import { addDays } from '../../src/workflows/shared/appointment-book';
import { IDENTIFIER_QUESTIONS, IDENTITY_QUESTIONS, INTAKE_FORMS, type IdentityQuestion, type IntakeForm, QUESTION_STYLES, type QuestionStyle } from '../../src/workflows/intake/intake.actions';
import type { IntakeContext } from '../../src/workflows/intake/intake.machine';
import { canAlertProviderAtDesk, chartIdentity, coverageNotActive, coverageRescheduleAsk, walkInAsk } from '../../src/workflows/intake/intake.machine';
import {
  chartErrors,
  currentAddress,
  demographicsQuestionFor,
  demographicsReply,
  type FormStanding,
  formsStanding,
  insuranceCard,
  photoIdIdentity,
  photoIdReadings,
  priorAuthorizationCodes,
  replyToInactiveCoverage,
  statedDiffersFromChart,
  statedName,
} from '../../src/workflows/intake/patient-at-desk';
import { normalizeName, respondentFor } from '../../src/workflows/shared/patient-identity';
import { complaintQuestion, complaintSaid, complaintWordsLabel, emergencyContactLabel, photoIdCaption, photoIdHolder, quoted, roomingVoice } from './young-child-text';

/** The emergency contact's other answer: asked, and the patient (or, for a child, the parent or guardian) has nobody to list. */
function noContactLabel(voice: ReturnType<typeof roomingVoice>): string {
  return `None — asked ${voice.respondent.kind === 'companion' ? voice.speaker : 'the patient'}, who has nobody to list`;
}

/** Who signs the forms: the patient, or the parent or guardian who consents for a child. */
function signerLabel(patient: ScenarioPatient, date: string): string {
  const voice = roomingVoice(patient, date);
  return voice.forChild ? `Have ${voice.speaker} sign the checked forms for ${patient.name.given}` : 'Have the patient sign the checked forms';
}
import type { DemographicsQuestion } from '../../src/workflows/intake/intake.actions';
import { element } from '../dom';
import { appointmentBookGrid, type BookGridState } from './appointment-book-grid';
import { insuranceCardArt, patientAtDeskArt, photoIdCard } from './front-desk-art';
import { buttonRow, checkbox, checkboxGroup, doneMark, factList, isListed, keyedButton, openWhen, paragraph, radioGroup, reservedDoneLine, section, selectField, speech, stepList, textField } from './kit/controls';
import { formStation, selectedSlotButton, showBookRow } from './kit/form-station';
import { bookPage, clockText, longDate, plannedServices, priorAuthorizationLine, speakerName, usDate } from './front-desk-text';
import { type Addressee, capitalized, chartFacts, chartMatchesIdText, COMPLAINT_WORDS_HINT, identityQuestionText, parentPhotoIdText, photoIdReadingText, spokenAnswer } from './intake-text';
import type { Station, StationContext, StationHost } from './station';
import { displayName, fullName } from '../../src/domain/patient';
import { centsToDollars, dollarsToCents, formatDollars, parseDollars } from '../../src/domain/money';
import { flagLeftBeforeConfirming, registrationStep, type RegistrationStep } from '../../src/workflows/intake/intake.hint';
import './front-desk.css';

const QUESTION_NAMES: Readonly<Record<IdentityQuestion, string>> = {
  'full-name': 'Full name',
  'date-of-birth': 'Date of birth',
  phone: 'Phone number',
  'appointment-time': 'Appointment time',
};

/** The first identifier not asked for yet, in the list's order (name, date of birth, phone), or null when every one has been. */
function nextQuestion(answers: readonly { question: IdentityQuestion }[]): IdentityQuestion | null {
  return IDENTIFIER_QUESTIONS.find((question) => !answers.some((answer) => answer.question === question)) ?? null;
}

/** A field given a row of its own in a grid of fields. */
function wideField<T extends HTMLElement>(field: T): T {
  field.classList.add('kit-field-wide');
  return field;
}

const STYLE_NAMES: Readonly<Record<QuestionStyle, string>> = {
  stated: 'Ask the patient to state it',
  'yes-no': 'Read it from the chart for a yes or no',
};

const FORM_NAMES: Readonly<Record<IntakeForm, string>> = {
  'privacy-notice': 'Notice of privacy practices (acknowledgment)',
  'consent-to-treat': 'Consent to treat',
  'financial-policy': 'Financial policy',
};

const STEPS = [
  { id: 'greeting', text: 'Greet' },
  { id: 'identifying', text: 'Identify' },
  { id: 'slottingWalkIn', text: 'Walk-in slot' },
  { id: 'registering', text: 'Register' },
  { id: 'checkedIn', text: 'Checked in' },
] as const;

/** What the trainee has typed or picked on the panel and not sent yet. */
interface IntakeDraft {
  question: IdentityQuestion;
  /** The question last sent with Ask, until its answer is heard: then the choice moves on (`nextQuestion`). */
  asked: IdentityQuestion | null;
  style: QuestionStyle;
  line1: string;
  line2: string;
  city: string;
  state: string;
  postalCode: string;
  phone: string;
  /** The emergency contact as the registration holds it: the chart's for an established patient with one on file, else as the person names it. */
  contactName: string;
  contactRelationship: string;
  contactPhone: string;
  emergencyConfirmed: boolean;
  /** "None — asked, the patient has nobody to list". */
  noContact: boolean;
  payerId: string;
  memberId: string;
  groupNumber: string;
  planType: PlanType;
  copayAmount: string;
  receipt: boolean;
  forms: Set<IntakeForm>;
  complaint: string;
  askedComplaint: boolean;
  /** The chart's name and date of birth as the trainee is correcting them. */
  chartGiven: string;
  chartMiddle: string;
  chartFamily: string;
  chartDateOfBirth: string;
  chartProblem: string | null;
  copayProblem: string | null;
  walkIn: BookGridState;
  /** The book for a walk-in told when to come, while today is full. */
  later: BookGridState;
  /** True once the trainee has told the patient, privately, that the plan is not active. */
  toldCoverage: boolean;
  /** Whether the red-flag strip showed at the desk's last drawing (`redFlagStrip`). */
  redFlagStripShown: boolean;
  /** The book for a visit rescheduled over inactive coverage. */
  reschedule: BookGridState;
}

function draftFor(context: StationContext): IntakeDraft | null {
  const patient = context.patient;
  if (!patient) return null;
  const coverage = patient.coverage;
  // A new patient has nothing on file yet: registration takes the address, phone and the
  // card's numbers down fresh (the plan they named when booking is all the system holds).
  const onFile = !patient.newPatient;
  return {
    question: nextQuestion(intakeContext(context)?.answers ?? []) ?? 'full-name',
    asked: null,
    style: 'stated',
    line1: onFile ? patient.address.line1 : '',
    line2: onFile ? (patient.address.line2 ?? '') : '',
    city: onFile ? patient.address.city : '',
    state: onFile ? patient.address.state : '',
    postalCode: onFile ? patient.address.postalCode : '',
    phone: onFile ? patient.phone : '',
    contactName: onFile ? (patient.emergencyContact?.name ?? '') : '',
    contactRelationship: onFile ? (patient.emergencyContact?.relationship ?? '') : '',
    contactPhone: onFile ? (patient.emergencyContact?.phone ?? '') : '',
    emergencyConfirmed: false,
    noContact: false,
    payerId: coverage?.payerId ?? PAYERS[0]?.id ?? '',
    memberId: onFile ? (coverage?.memberId ?? '') : '',
    groupNumber: onFile ? (coverage?.groupNumber ?? '') : '',
    planType: coverage?.planType ?? 'ppo',
    copayAmount: '',
    receipt: false,
    forms: new Set(),
    complaint: '',
    askedComplaint: false,
    chartGiven: patient.name.given,
    chartMiddle: patient.name.middle ?? '',
    chartFamily: patient.name.family,
    chartDateOfBirth: patient.dateOfBirth,
    chartProblem: null,
    copayProblem: null,
    walkIn: { firstDate: context.session.scenario.day.date, selected: null },
    later: { firstDate: context.session.scenario.day.date, selected: null },
    toldCoverage: false,
    redFlagStripShown: false,
    reschedule: { firstDate: addDays(context.session.scenario.day.date, 1), selected: null },
  };
}

function intakeContext(context: StationContext): IntakeContext | null {
  const snapshot = context.snapshot;
  if (!snapshot || snapshot.machine.id !== 'intake') return null;
  return snapshot.context as IntakeContext;
}

function stateOf(context: StationContext): string {
  const value = context.snapshot?.value;
  return typeof value === 'string' ? value : 'checkedIn';
}

/** What the panel shows; it redraws only when this changes. */
function signature(context: StationContext, draft: IntakeDraft): string {
  const intake = intakeContext(context);
  if (!intake) return 'none';
  const { answers, mismatchFlagged, photoIdChecked, identityConfirmed, correctedChart, demographicsAsked, walkInTime, demographics, card, eligibility, selfPay, priorAuthorizationNumber, copay, formsSigned, chiefComplaint } = intake;
  return JSON.stringify([
    stateOf(context),
    answers,
    mismatchFlagged,
    photoIdChecked,
    identityConfirmed,
    correctedChart,
    demographicsAsked,
    draft.chartProblem,
    walkInTime,
    demographics,
    card,
    eligibility,
    selfPay,
    priorAuthorizationNumber,
    copay,
    formsSigned,
    chiefComplaint,
    draft.askedComplaint,
    draft.copayProblem,
    draft.toldCoverage,
    intake.returnVisit,
    intake.providerAlertedAt,
    context.hints,
  ]);
}

function stepper(state: string, walkIn: boolean): HTMLElement {
  const steps = STEPS.filter((step) => walkIn || step.id !== 'slottingWalkIn');
  const current = state === 'resolvingMismatch' || state === 'routing' ? 'identifying' : state;
  const index = steps.findIndex((step) => step.id === current);
  return stepList(
    'Check-in steps',
    steps.map((step, i) => ({ text: step.text, state: i < index ? 'done' : i === index ? 'now' : 'ahead' })),
  );
}

function render(host: StationHost, context: StationContext, draft: IntakeDraft, send: (action: TraineeAction) => void, redraw: () => void): void {
  const patient = context.patient;
  const intake = intakeContext(context);
  if (!patient || !intake) {
    host.body.append(element('p', 'station-note', 'Nobody is waiting at the desk.'));
    return;
  }
  const state = stateOf(context);
  host.setSubtitle(`Check-in · ${displayName(patient)}`);
  const scenario = context.session.scenario;
  const provider = scenario.providers.find((p) => p.id === patient.arrival.providerId);
  const visitType = provider?.template.visitTypes.find((v) => v.id === patient.arrival.visitTypeId);

  const respondent = respondentFor(patient, scenario.day.date);
  const identity = chartIdentity(intake);
  const corrected = intake.correctedChart !== null;
  const top = element('div', 'fd-desk');
  const chart = element('div', 'fd-chart');
  chart.append(element('h3', 'kit-step-heading', 'The chart'));
  chart.append(
    factList([
      ['Name', corrected && identity.name !== fullName(patient.name) ? `${identity.name} (corrected from ${fullName(patient.name)})` : identity.name],
      ['Date of birth', corrected && identity.dateOfBirth !== patient.dateOfBirth ? `${usDate(identity.dateOfBirth)} (corrected from ${usDate(patient.dateOfBirth)})` : usDate(identity.dateOfBirth)],
      ['MRN', patient.mrn],
      ['Phone', patient.phone],
      ['Visit', `${patient.arrival.kind === 'walk-in' ? `Walk-in, arrived ${patient.arrival.time}` : `${patient.arrival.time} appointment`} · ${visitType?.name ?? patient.arrival.visitTypeId} · ${provider?.name ?? ''}`],
      ['Patient', patient.newPatient ? 'New to the practice' : 'Established'],
      ['Forms today', formsTodayText(patient, intake)],
    ]),
  );
  const person = element('div', 'fd-person');
  person.append(
    patientAtDeskArt(fullName(statedName(patient))),
    element('p', 'fd-person-caption', respondent.kind === 'companion' ? `At the desk: ${patient.name.given}, with ${respondent.name} (${respondent.relationship.toLowerCase()}), who answers for ${patient.name.given}` : 'At the desk'),
  );
  top.append(person, chart);
  host.body.append(stepper(state, patient.arrival.kind === 'walk-in'), top);

  if (state === 'greeting') {
    const greet = section('Greet the patient');
    // The greeting fits the clinic's clock: an afternoon day is not greeted with "Good morning".
    const partOfDay = context.session.minute < 12 * 60 ? 'morning' : context.session.minute < 17 * 60 ? 'afternoon' : 'evening';
    greet.body.append(speech('you', 'You', `Good ${partOfDay}, welcome to ${scenario.clinic.name}. How can I help you?`));
    greet.body.append(buttonRow(openWhen(keyedButton('Greet the patient', 'greet', 'primary', () => send({ type: 'patient.greeted' })), isListed(context, 'patient.greeted'))));
    host.body.append(greet.root);
    return;
  }
  if (state === 'identifying' || state === 'resolvingMismatch') {
    host.body.append(identifySection(context, intake, draft, send, redraw, state === 'resolvingMismatch'));
    return;
  }
  if (state === 'slottingWalkIn') {
    host.body.append(walkInSection(context, intake, draft, send), walkInLaterSection(context, intake, draft, send));
    return;
  }
  if (state === 'sentHome') {
    const visit = intake.returnVisit;
    host.body.append(doneMark(visit ? `${patient.name.given} leaves with an appointment on ${longDate(visit.date)} at ${visit.time}.` : `${patient.name.given} leaves the desk.`));
    return;
  }
  if (state === 'registering') {
    for (const part of registrationSections(context, intake, draft, send, redraw)) host.body.append(part);
    return;
  }
  host.body.append(doneMark(`${patient.name.given} is checked in and waits for a room.`));
}

/** A comparison cell for a value the photo ID does not carry, in the table's quiet style. */
function notOnId(text: string): HTMLElement {
  return element('td', 'fd-compare-none', text);
}

function identifySection(context: StationContext, intake: IntakeContext, draft: IntakeDraft, send: (action: TraineeAction) => void, redraw: () => void, resolving: boolean): HTMLElement {
  const patient = context.patient!;
  const facts = chartFacts(patient);
  const respondent = respondentFor(patient, context.session.scenario.day.date);
  const to: Addressee = { respondent, sex: patient.sex };
  const speaker = speakerName(patient, respondent);
  // The question just asked has its answer: the choice moves on to the next identifier not asked for yet (it never falls back to the first), and stays where the trainee put it otherwise.
  if (draft.asked !== null && intake.answers.some((answer) => answer.question === draft.asked)) {
    if (draft.question === draft.asked) draft.question = nextQuestion(intake.answers) ?? draft.question;
    draft.asked = null;
  }
  const part = section('Identify the patient');
  // Its height is fixed and it scrolls to the newest line, so the questions under it stay where they were as the conversation grows.
  const talk = element('div', 'fd-conversation fd-conversation-fixed');
  talk.setAttribute('aria-label', 'What was said');
  talk.setAttribute('role', 'log');
  talk.tabIndex = 0;
  if (intake.answers.length === 0) talk.append(element('p', 'station-note', 'Nothing asked yet.'));
  for (const answer of intake.answers) {
    talk.append(speech('you', 'You', identityQuestionText(answer.question, answer.style, facts, to)), speech('them', speaker, spokenAnswer(answer.question, answer.style, answer.answer, to)));
  }
  part.body.append(talk);
  requestAnimationFrame(() => (talk.scrollTop = talk.scrollHeight));

  const compose = element('div', 'fd-compose');
  compose.append(
    radioGroup({
      legend: 'Ask for',
      key: 'identity-question',
      choices: IDENTITY_QUESTIONS.map((value) => ({ value, label: QUESTION_NAMES[value] })),
      value: draft.question,
      column: true,
      onChange: (value) => {
        draft.question = value;
        preview.textContent = `You will say: “${identityQuestionText(draft.question, draft.style, facts, to)}”`;
      },
    }),
    radioGroup({
      legend: 'How',
      key: 'identity-style',
      choices: QUESTION_STYLES.map((value) => ({ value, label: STYLE_NAMES[value] })),
      value: draft.style,
      column: true,
      onChange: (value) => {
        draft.style = value;
        preview.textContent = `You will say: “${identityQuestionText(draft.question, draft.style, facts, to)}”`;
      },
    }),
  );
  const preview = element('p', 'fd-preview', `You will say: “${identityQuestionText(draft.question, draft.style, facts, to)}”`);
  preview.setAttribute('aria-live', 'polite');
  part.body.append(compose, preview, buttonRow(openWhen(keyedButton('Ask', 'ask', 'primary', () => {
          draft.asked = draft.question;
          send({ type: 'identity.asked', question: draft.question, style: draft.style });
        }), isListed(context, 'identity.asked'))));

  const compare = element('table', 'fd-compare');
  const saidBy = respondent.kind === 'companion' ? `${respondent.relationship} said` : 'Patient said';
  const whoSaid = respondent.kind === 'companion' ? `what ${patient.name.given}’s ${respondent.relationship.toLowerCase()} said` : 'what the patient said';
  // A child's photo ID is the parent's or guardian's own: its column says what it can (whose it is), not the child's name and birth date it does not carry.
  const holder = photoIdHolder(patient, context.session.scenario.day.date);
  const idColumn = holder.kind === 'parent' ? `${capitalized(holder.relationship)}’s photo ID` : 'Photo ID';
  const caption = element('caption', undefined, intake.photoIdChecked ? `The chart, ${whoSaid} and the ${holder.kind === 'parent' ? `${holder.relationship}’s photo ID` : 'photo ID'}` : `The chart and ${whoSaid}`);
  const head = element('tr');
  for (const text of ['', 'Chart', saidBy, ...(intake.photoIdChecked ? [idColumn] : [])]) {
    const th = element('th', undefined, text);
    th.scope = 'col';
    head.append(th);
  }
  compare.append(caption, head);
  // Where a value differs from the chart it is marked, in words and not by colour alone: in practice
  // at once (as the hints help), in assessment once the trainee has flagged the mismatch themselves.
  const markDifferences = context.session.settings.mode === 'practice' || resolving;
  const cell = (text: string, differs: boolean): HTMLElement => {
    const td = element('td', differs && markDifferences ? 'fd-differs' : undefined, text);
    if (differs && markDifferences) td.append(element('span', 'fd-differs-mark', 'differs from the chart'));
    return td;
  };
  const said = (question: IdentityQuestion): HTMLElement => {
    const stated = intake.answers.find((a) => a.question === question && a.style === 'stated');
    if (stated) return cell(question === 'date-of-birth' ? usDate(stated.answer) : stated.answer, statedDiffersFromChart(question, stated.answer, patient));
    const yesNo = intake.answers.find((a) => a.question === question);
    return cell(yesNo ? `“${yesNo.answer}” to the chart’s value` : 'not asked', false);
  };
  const onId = photoIdIdentity(patient);
  const idErrors = chartErrors(patient);
  const rows: [string, string, IdentityQuestion, HTMLElement][] = [
    ['Name', facts.name, 'full-name', holder.kind === 'parent' ? notOnId(`${holder.name} (the ${holder.relationship})`) : cell(fullName(onId.name), idErrors.includes('full-name'))],
    ['Date of birth', usDate(facts.dateOfBirth), 'date-of-birth', holder.kind === 'parent' ? notOnId(`not on the ${holder.relationship}’s ID`) : cell(usDate(onId.dateOfBirth), idErrors.includes('date-of-birth'))],
    ['Phone', facts.phone, 'phone', notOnId('not on the ID')],
  ];
  for (const [name, chartValue, question, idCell] of rows) {
    const tr = element('tr');
    const th = element('th', undefined, name);
    th.scope = 'row';
    tr.append(th, element('td', undefined, chartValue), said(question));
    if (intake.photoIdChecked) tr.append(idCell);
    compare.append(tr);
  }
  part.body.append(compare);

  // Flagged, the mismatch holds everything until a photo ID is seen; once it is, the line says it is settled and what is left.
  if (resolving && !intake.photoIdChecked) part.body.append(paragraph('Mismatch flagged: nothing is done under this chart until a photo ID settles who the patient is.', 'kit-problem'));
  // Where the ID agrees with the chart (what was said was the slip), there is nothing to correct, and the desk says so instead of offering a form already matching the ID (the playtest could not tell).
  const chartMatchesId = idErrors.length === 0 && intake.correctedChart === null;
  if (resolving && intake.photoIdChecked) {
    const misspokeBy = respondent.kind === 'companion' ? `${patient.name.given}’s ${respondent.relationship.toLowerCase()}` : 'the patient';
    part.body.append(doneMark(chartMatchesId ? chartMatchesIdText(fullName(onId.name), onId.dateOfBirth, misspokeBy) : 'Mismatch settled by the photo ID below: correct the chart where it differs from the ID, then confirm identity.'));
  }
  if (intake.photoIdChecked) {
    const figure = photoIdFigure(context, intake, markDifferences);
    // The photo ID, once handed over, is brought into view (it opened below the fold at 1366×768: the playtest).
    if (resolving) figure.dataset.nextStep = 'photo-id';
    part.body.append(figure);
  }
  if (resolving && intake.photoIdChecked && !chartMatchesId) part.body.append(chartCorrectionForm(context, intake, draft, send, redraw));
  // Before the trainee has judged, "match" and "differ" weigh the same: a styled main button
  // read as the answer even beside a date of birth that did not match (the playtest).
  const buttons = [
    openWhen(keyedButton('The identifiers match: confirm identity', 'confirm-identity', resolving ? 'primary' : 'quiet', () => send({ type: 'identity.confirmed' })), isListed(context, 'identity.confirmed')),
    openWhen(keyedButton('Ask for a photo ID', 'photo-id', 'quiet', () => send({ type: 'photo-id.checked' })), isListed(context, 'photo-id.checked')),
  ];
  if (!resolving) buttons.splice(1, 0, openWhen(keyedButton('They differ: flag a mismatch', 'flag-mismatch', 'quiet', () => send({ type: 'identity.mismatch-flagged' })), isListed(context, 'identity.mismatch-flagged')));
  const row = buttonRow(...buttons);
  // What the ID showed, said right above "confirm identity", where the trainee's eyes are (the playtest confirmed on an ID that matched the chart, not what was said, and never flagged).
  const reading = intake.photoIdChecked ? photoIdReading(context, intake, resolving) : null;
  const settle = element('div', 'fd-settle');
  if (reading) settle.append(reading);
  settle.append(row);
  const differsFromChart = intake.answers.some((answer) => answer.style === 'stated' && statedDiffersFromChart(answer.question, answer.answer, patient));
  if (resolving && !intake.photoIdChecked) settle.dataset.nextStep = 'ask-photo-id';
  // For a patient with a red-flag complaint, identification is a step of its own, so that confirming it moves the view to the red flag that registration opens on;
  // so is a stated identifier that differs from the chart, so that the ID's reading comes into view with the buttons once the ID is asked for (it opens above them).
  else if (!resolving && (canAlertProviderAtDesk(intake) || differsFromChart)) settle.dataset.nextStep = intake.photoIdChecked ? 'photo-id-read' : 'identify';
  part.body.append(settle);
  return part.root;
}

/**
 * What the photo ID showed of each identifier stated, against the chart and what was said (a fact
 * the desk sees in every mode), and, in practice, the step left when a difference is not flagged yet.
 */
function photoIdReading(context: StationContext, intake: IntakeContext, resolving: boolean): HTMLElement | null {
  const patient = context.patient!;
  const readings = photoIdReadings(patient, intake.answers);
  if (readings.length === 0) return null;
  const respondent = respondentFor(patient, context.session.scenario.day.date);
  const saidBy = respondent.kind === 'companion' ? `${patient.name.given}’s ${respondent.relationship.toLowerCase()}` : 'the patient';
  const holder = photoIdHolder(patient, context.session.scenario.day.date);
  const box = element('div', 'fd-id-reading');
  box.dataset.key = 'photo-id-reading';
  box.setAttribute('aria-live', 'polite');
  if (holder.kind === 'parent') box.append(paragraph(parentPhotoIdText(holder.name, holder.relationship, patient.name.given), 'fd-line'));
  else for (const one of readings) box.append(paragraph(photoIdReadingText(one, saidBy), 'fd-line'));
  // In practice, as the table marks a difference (the scenario's hint setting aside: the playtest's whole day has none, and this is its trap).
  const left = resolving || context.session.settings.mode !== 'practice' ? null : flagLeftBeforeConfirming(intake);
  if (left) box.append(paragraph(left, 'fd-id-step-left'));
  return box;
}

/**
 * The photo ID handed over: the patient's, its values in red where they differ from the chart
 * (as it stands, corrections included) once differences are marked; or, for a child, the parent's
 * or guardian's own ID, compared with nothing of the child's.
 */
function photoIdFigure(context: StationContext, intake: IntakeContext, markDifferences: boolean): HTMLElement {
  const patient = context.patient!;
  const holder = photoIdHolder(patient, context.session.scenario.day.date);
  const figure = element('figure', 'fd-figure');
  const address = currentAddress(patient);
  const idNumber = `${patient.address.state}${patient.mrn.slice(-6).padStart(6, '0')}`;
  if (holder.kind === 'parent') {
    const sex = /^(mother|stepmother|grandmother|foster mother)$/.test(holder.relationship) ? 'female' : /^(father|stepfather|grandfather|foster father)$/.test(holder.relationship) ? 'male' : 'unknown';
    figure.append(photoIdCard({ name: holder.name, dateOfBirth: holder.dateOfBirth, address, sex, idNumber: `${idNumber.slice(0, -1)}9` }));
  } else {
    const id = photoIdIdentity(patient);
    const chart = chartIdentity(intake);
    const differs = [
      ...(normalizeName(fullName(id.name)) === normalizeName(chart.name) ? [] : (['full-name'] as const)),
      ...(id.dateOfBirth === chart.dateOfBirth ? [] : (['date-of-birth'] as const)),
    ];
    figure.append(photoIdCard({ name: fullName(id.name), dateOfBirth: id.dateOfBirth, address, sex: patient.sex, idNumber, differsFromChart: markDifferences ? differs : [] }));
  }
  figure.append(element('figcaption', undefined, photoIdCaption(patient, context.session.scenario.day.date)));
  return figure;
}

/** Correcting the chart's name and date of birth to the photo ID: a form, prefilled with the chart, keyboard-first. */
function chartCorrectionForm(context: StationContext, intake: IntakeContext, draft: IntakeDraft, send: (action: TraineeAction) => void, redraw: () => void): HTMLElement {
  const part = section('Correct the chart to the photo ID');
  part.root.dataset.key = 'chart-correction';
  part.body.append(element('p', 'fd-line', 'Where the chart differs from the photo ID, enter what the ID shows and save. Leave a field as it is where the chart agrees with the ID.'));
  const fields = element('div', 'kit-grid');
  fields.append(
    textField({ label: 'Given name', key: 'chart-given', value: draft.chartGiven, onInput: (v) => (draft.chartGiven = v), autocomplete: 'off' }),
    textField({ label: 'Middle name', key: 'chart-middle', value: draft.chartMiddle, onInput: (v) => (draft.chartMiddle = v), autocomplete: 'off' }),
    textField({ label: 'Family name', key: 'chart-family', value: draft.chartFamily, onInput: (v) => (draft.chartFamily = v), autocomplete: 'off' }),
    textField({ label: 'Date of birth', key: 'chart-dob', value: draft.chartDateOfBirth, onInput: (v) => (draft.chartDateOfBirth = v), type: 'date' }),
  );
  part.body.append(fields);
  part.body.append(
    buttonRow(
      openWhen(keyedButton('Save the correction to the chart', 'correct-chart', 'quiet', () => {
        if (draft.chartGiven.trim() === '' || draft.chartFamily.trim() === '' || !/^\d{4}-\d{2}-\d{2}$/.test(draft.chartDateOfBirth)) {
          draft.chartProblem = 'Enter a given name, a family name and a full date of birth.';
          redraw();
          return;
        }
        draft.chartProblem = null;
        const middle = draft.chartMiddle.trim();
        send({ type: 'chart.corrected', name: { given: draft.chartGiven.trim(), ...(middle ? { middle } : {}), family: draft.chartFamily.trim() }, dateOfBirth: draft.chartDateOfBirth });
      }), isListed(context, 'chart.corrected')),
    ),
  );
  if (draft.chartProblem) part.body.append(paragraph(draft.chartProblem, 'kit-problem'));
  const corrected = intake.correctedChart;
  if (corrected) part.body.append(doneMark(`Chart corrected: ${fullName(corrected.name)}, born ${usDate(corrected.dateOfBirth)}.`));
  return part.root;
}

function walkInSection(context: StationContext, intake: IntakeContext, draft: IntakeDraft, send: (action: TraineeAction) => void): HTMLElement {
  const patient = context.patient!;
  const scenario = context.session.scenario;
  const provider = scenario.providers.find((p) => p.id === patient.arrival.providerId);
  const part = section('Fit the walk-in into today’s schedule');
  part.body.append(factList([
    ['Arrived', patient.arrival.time],
    ['Now', context.view.clock.text],
    ['Provider', provider?.name ?? patient.arrival.providerId],
  ]));
  if (!provider) return part.root;
  const chosen = element('p', 'fd-preview');
  chosen.setAttribute('aria-live', 'polite');
  const slot = selectedSlotButton({
    label: 'Slot the patient at the selected time',
    key: 'slot-walk-in',
    variant: 'primary',
    selected: () => draft.walkIn.selected,
    open: isListed(context, 'walk-in.slotted'),
    act: (_date, time) => send({ type: 'walk-in.slotted', time }),
  });
  const describe = () => {
    chosen.textContent = draft.walkIn.selected ? `Selected: ${draft.walkIn.selected.time} today.` : 'Pick a slot: arrow keys move, Enter slots the patient.';
    slot.selectionChanged();
  };
  describe();
  const grid = appointmentBookGrid({
    scenario,
    provider,
    madeToday: context.session.bookingsMadeToday,
    ask: walkInAsk(intake),
    state: draft.walkIn,
    days: 1,
    label: `Today’s schedule for ${provider.name}`,
    turnable: false,
    onSelect: describe,
    onChoose: (cell) => send({ type: 'walk-in.slotted', time: cell.time }),
  });
  part.body.append(grid.root, chosen, slot.root);
  // Today's book opens at the slot selected, else at the first one still to come (the domain marks the passed ones).
  const today = bookPage(scenario, provider, draft.walkIn.firstDate, 1, walkInAsk(intake), context.session.bookingsMadeToday);
  const toCome = today.rows.find((row) => row[0] !== undefined && row[0].status.kind !== 'passed')?.[0]?.time ?? null;
  showBookRow(grid.root, draft.walkIn.selected?.time ?? toCome);
  return part.root;
}

/** When today is full: the first open appointment from the book, and the patient told when to come. */
function walkInLaterSection(context: StationContext, intake: IntakeContext, draft: IntakeDraft, send: (action: TraineeAction) => void): HTMLElement {
  const patient = context.patient!;
  const scenario = context.session.scenario;
  const provider = scenario.providers.find((p) => p.id === patient.arrival.providerId);
  const part = section('No room today? Book the first open appointment and tell the patient when');
  if (!provider) return part.root;
  const said = element('p', 'fd-preview');
  said.setAttribute('aria-live', 'polite');
  const book = (date: string, time: string) => send({ type: 'walk-in.booked-later', date, time });
  const slot = selectedSlotButton({
    label: 'Book the selected slot and tell the patient when to come',
    key: 'book-walk-in-later',
    variant: 'quiet',
    selected: () => draft.later.selected,
    open: isListed(context, 'walk-in.booked-later'),
    act: book,
  });
  const describe = () => {
    const chosen = draft.later.selected;
    said.textContent = chosen
      ? `You will say: “We have no opening today. Can you come on ${longDate(chosen.date)} at ${chosen.time}?”`
      : 'Pick a slot: arrow keys move, Page Up and Page Down turn the week, Enter books it and tells the patient.';
    slot.selectionChanged();
  };
  describe();
  const grid = appointmentBookGrid({
    scenario,
    provider,
    madeToday: context.session.bookingsMadeToday,
    ask: walkInAsk(intake),
    state: draft.later,
    days: 7,
    label: `Appointment book of ${provider.name}, from today`,
    turnable: true,
    keyPrefix: 'later',
    onSelect: describe,
    onChoose: (cell) => book(cell.date, cell.time),
  });
  part.body.append(grid.root, said, slot.root);
  return part.root;
}

function registrationSections(context: StationContext, intake: IntakeContext, draft: IntakeDraft, send: (action: TraineeAction) => void, redraw: () => void): HTMLElement[] {
  const patient = context.patient!;
  const parts: HTMLElement[] = [];
  const alert = redFlagAlert(context, intake, send);
  if (alert && canAlertProviderAtDesk(intake)) parts.push(redFlagStrip(alert, patient.name.given, draft));
  if (alert) parts.push(alert);

  const photo = section('Photo ID');
  if (intake.photoIdChecked) photo.body.append(photoIdFigure(context, intake, context.session.settings.mode === 'practice'));
  else photo.body.append(buttonRow(openWhen(keyedButton('Ask for a photo ID and compare it', 'photo-id', 'quiet', () => send({ type: 'photo-id.checked' })), isListed(context, 'photo-id.checked'))));
  parts.push(photo.root);
  // Offered where there is something to correct (the chart differs from the photo ID) or a correction was saved: never for a chart that matches the ID, nor for a child, whose ID is the parent's (the playtest saw a seven-week-old's prefilled form with no cue).
  if (intake.photoIdChecked && (chartErrors(patient).length > 0 || intake.correctedChart !== null) && photoIdHolder(patient, context.session.scenario.day.date).kind === 'patient') {
    parts.push(chartCorrectionForm(context, intake, draft, send, redraw));
  }

  parts.push(demographicsSection(context, intake, draft, send));
  parts.push(...insuranceSections(context, intake, draft, send, redraw));

  const forms = section('Forms');
  forms.body.append(formsDue(patient, intake));
  const formChecks: HTMLElement[] = [];
  for (const form of INTAKE_FORMS) {
    const signed = intake.formsSigned.includes(form);
    formChecks.push(
      checkbox({
        label: signed ? `${FORM_NAMES[form]} (signed)` : FORM_NAMES[form],
        key: `form:${form}`,
        checked: draft.forms.has(form) || signed,
        onChange: (checked) => (checked ? draft.forms.add(form) : draft.forms.delete(form)),
      }),
    );
  }
  forms.body.append(checkboxGroup('Forms to sign', formChecks, { column: true }), buttonRow(openWhen(keyedButton(signerLabel(patient, context.session.scenario.day.date), 'sign-forms', 'quiet', () => send({ type: 'forms.signed', forms: INTAKE_FORMS.filter((form) => draft.forms.has(form)) })), isListed(context, 'forms.signed'))));
  parts.push(forms.root);

  const complaint = section('Reason for the visit');
  const voice = roomingVoice(patient, context.session.scenario.day.date);
  const question = complaintQuestion(patient, voice);
  // Heard, a red flag is said right under the patient's words, where the "Ask" button was: the part at the top of
  // registration is out of view by then (the playtest heard "pressure in my chest" and saw nothing change there).
  const call = redFlagCall(context, intake, draft.askedComplaint);
  if (draft.askedComplaint) {
    const said = complaintSaid(patient, voice);
    complaint.body.append(speech('you', 'You', question), speech('them', said.speaker, said.words));
    if (call) complaint.body.append(call);
  } else {
    complaint.body.append(
      buttonRow(
        keyedButton(`Ask: “${question}”`, 'ask-complaint', 'quiet', () => {
          draft.askedComplaint = true;
          redraw();
        }),
      ),
    );
  }
  const area = element('label', 'kit-field kit-field-wide');
  area.append(element('span', 'kit-field-label', complaintWordsLabel(patient)));
  const textarea = element('textarea', 'kit-input kit-textarea');
  textarea.rows = 2;
  textarea.value = draft.complaint;
  textarea.dataset.key = 'complaint';
  textarea.addEventListener('input', () => (draft.complaint = textarea.value));
  // What intake.chief-complaint scores (patientWords): the words as said; quotation marks, case and spacing are not judged.
  const wordsHint = element('span', 'fd-field-hint', COMPLAINT_WORDS_HINT);
  wordsHint.id = 'fd-complaint-hint';
  textarea.setAttribute('aria-describedby', wordsHint.id);
  area.append(textarea);
  complaint.body.append(area, wordsHint, buttonRow(openWhen(keyedButton('Record the chief complaint', 'record-complaint', 'quiet', () => send({ type: 'chief-complaint.recorded', text: draft.complaint })), isListed(context, 'chief-complaint.recorded'))));
  // Its line is kept before it is recorded: "Complete check-in" under it does not move as the trainee goes to press it.
  complaint.body.append(reservedDoneLine(intake.chiefComplaint === null ? null : `Recorded: ${quoted(intake.chiefComplaint)}`));
  if (call && !draft.askedComplaint) complaint.body.append(call);
  parts.push(complaint.root);

  const finish = section('Finish');
  finish.body.append(buttonRow(openWhen(keyedButton('Complete check-in', 'complete-check-in', 'primary', () => send({ type: 'check-in.completed' })), isListed(context, 'check-in.completed'))));
  parts.push(finish.root);
  // A red flag not yet told comes before everything else: registration opens on it, not on the
  // address under it (the playtest saw the page scroll past it to the address).
  if (alert && canAlertProviderAtDesk(intake)) alert.dataset.nextStep = 'red-flag';
  else markNextStep(parts, registrationStep(intake));
  return parts;
}

/**
 * A red-flag complaint at the desk (chest pain, the signs of a stroke, trouble breathing):
 * the provider told at once, before registration is finished, and the patient roomed next
 * ahead of the queue. First of registration, so it is in view without scrolling; offered
 * while the domain takes it (the patient's complaint carries a red flag), then what was done.
 */
function redFlagAlert(context: StationContext, intake: IntakeContext, send: (action: TraineeAction) => void): HTMLElement | null {
  const patient = context.patient!;
  if (intake.providerAlertedAt !== null) {
    const part = section('Red flag at the desk');
    part.root.dataset.key = 'desk-alert';
    part.body.append(doneMark(`The provider was told at ${clockText(intake.providerAlertedAt)}: ${patient.name.given} is roomed next, ahead of the queue. Finish registration meanwhile.`));
    return part.root;
  }
  if (!isListed(context, 'provider.alerted')) return null;
  const part = section('Red flag at the desk');
  part.root.dataset.key = 'desk-alert';
  const voice = roomingVoice(patient, context.session.scenario.day.date);
  const said = complaintSaid(patient, voice);
  part.body.append(
    speech('them', said.speaker, said.words),
    paragraph('Chest pain or pressure, the signs of a stroke and trouble breathing do not wait for registration: tell the provider and clinical staff now, and the patient is roomed next.', 'fd-line'),
    buttonRow(keyedButton('Alert the provider now: room this patient next', 'alert-provider', 'primary', () => send({ type: 'provider.alerted' }))),
  );
  return part.root;
}

/**
 * The red flag said again where its words were just heard or recorded: the part at the top of
 * registration is a screen above the complaint by then (the playtests asked or recorded "chest
 * pain" and saw nothing change near the pointer). Shown once the patient has said it (`heard`)
 * or the complaint is recorded while the provider is not yet told; once told, the time it was
 * done, in its place. It has no alert of its own: the one "Alert the provider now" is in "Red
 * flag at the desk", under the patient's words (the third playtest saw two and wondered which),
 * and this part's button takes the trainee, and the keyboard focus, to it.
 */
function redFlagCall(context: StationContext, intake: IntakeContext, heard: boolean): HTMLElement | null {
  if (intake.chiefComplaint === null && !heard) return null;
  if (intake.providerAlertedAt === null && !isListed(context, 'provider.alerted')) return null;
  const box = element('div', 'fd-red-flag-call');
  box.dataset.key = 'desk-alert-here';
  if (intake.providerAlertedAt !== null) {
    box.classList.add('fd-red-flag-call-done');
    box.append(doneMark(`Red flag: the provider was told at ${clockText(intake.providerAlertedAt)}.`));
    return box;
  }
  box.append(
    element('p', 'fd-red-flag-call-words', 'Red flag in these words: tell the provider now, before registration is finished, with “Alert the provider now” under “Red flag at the desk”.'),
    buttonRow(keyedButton('Go up to the alert', 'go-to-alert', 'quiet', () => goToDeskAlert(box))),
  );
  return box;
}

/** Brings "Red flag at the desk" into view, from its heading and the patient's words to the button, then the keyboard to its button. */
function goToDeskAlert(from: HTMLElement): void {
  const alert = from.closest('.station-body')?.querySelector<HTMLElement>('[data-key="desk-alert"]');
  const button = alert?.querySelector<HTMLButtonElement>('[data-key="alert-provider"]');
  if (!alert || !button) return;
  alert.scrollIntoView({ block: 'nearest' });
  button.focus({ preventScroll: true });
}

/**
 * While a red flag is not yet told, a strip under the check-in's steps says so wherever the
 * trainee has scrolled registration to, with the way up to the alert: the playtest went on
 * down to the insurance card past "Red flag at the desk" at the top, and saw only the side
 * panel's card turn red. It shows only while the alert's button is out of the body's view.
 */
function redFlagStrip(alert: HTMLElement, given: string, draft: IntakeDraft): HTMLElement {
  const strip = element('div', 'fd-red-flag-strip');
  strip.dataset.key = 'desk-alert-strip';
  // As it was before the redraw, until the body's view says otherwise: no blink on each step.
  strip.hidden = !draft.redFlagStripShown;
  strip.append(element('p', 'fd-red-flag-strip-words', `Red flag: ${given} needs the provider now, before registration is finished.`), keyedButton('Go up to the alert', 'strip-go-to-alert', 'quiet', () => goToDeskAlert(strip)));
  // Once the panel is drawn: the body scrolls, and the steps' strip stands over its top.
  requestAnimationFrame(() => {
    const body = strip.closest<HTMLElement>('.station-body');
    const button = alert.querySelector<HTMLElement>('[data-key="alert-provider"]');
    if (!body || !button || !strip.isConnected) return;
    // Where the steps' strip ends when stuck (its own top is a little above the body's edge): nothing shows between the two.
    const steps = body.querySelector<HTMLElement>(':scope > .kit-step-list');
    const stepsHeight = steps ? steps.offsetHeight + (Number.parseFloat(getComputedStyle(steps).top) || 0) : 0;
    strip.style.top = `${stepsHeight}px`;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!strip.isConnected) return observer.disconnect();
        const seen = entries.at(-1)?.isIntersecting ?? true;
        if (strip.hidden !== seen) strip.hidden = seen;
        draft.redFlagStripShown = !seen;
      },
      { root: body, rootMargin: `-${stepsHeight}px 0px 0px 0px` },
    );
    observer.observe(button);
  });
  return strip;
}

/** The forms in the chart's words: what is due today and what is signed ("2 to sign: consent to treat, financial policy"). */
function formsTodayText(patient: ScenarioPatient, intake: IntakeContext): string {
  const standing = formsStanding(patient, intake.formsSigned);
  const named = (of: FormStanding) => standing.filter((entry) => entry.standing === of).map((entry) => FORM_SHORT_NAMES[entry.form]);
  const due = named('due');
  const signed = named('signed');
  return [due.length === 0 ? 'all signed' : `${due.length} to sign: ${due.join(', ')}`, ...(signed.length > 0 && due.length > 0 ? [`signed: ${signed.join(', ')}`] : [])].join(' · ');
}

const FORM_SHORT_NAMES: Readonly<Record<IntakeForm, string>> = {
  'privacy-notice': 'privacy notice',
  'consent-to-treat': 'consent to treat',
  'financial-policy': 'financial policy',
};

/** What each form's standing reads at the desk. */
const FORM_STANDING_TEXT: Readonly<Record<FormStanding, string>> = {
  due: 'due today, not signed yet',
  signed: 'signed today',
  'on-file': 'not due: acknowledged at the first visit',
};

/**
 * What this patient must sign today and what is already signed (the clinic's policy, read
 * from the domain's `formsStanding`): shown before the forms are signed, so no finding is
 * needed to learn which are due.
 */
function formsDue(patient: ScenarioPatient, intake: IntakeContext): HTMLElement {
  const standing = formsStanding(patient, intake.formsSigned);
  const due = standing.filter((entry) => entry.standing === 'due').length;
  const box = element('div', 'fd-forms-due');
  box.dataset.key = 'forms-due';
  box.append(
    element('p', 'fd-line', `${patient.newPatient ? 'New patient: every form at the first visit' : 'Established patient: the yearly forms'}${due === 0 ? ' — all signed.' : ` — ${due} to sign today.`}`),
    factList(standing.map((entry) => [FORM_NAMES[entry.form], FORM_STANDING_TEXT[entry.standing]])),
  );
  return box;
}

/** The heading each part of registration opens with, to find the part the desk works next. */
const STEP_HEADINGS: Readonly<Record<RegistrationStep, readonly string[]>> = {
  demographics: ['Address, phone'],
  'insurance-card': ['Insurance card'],
  eligibility: ['Eligibility'],
  'coverage-inactive': ['Reschedule the visit', 'Eligibility'],
  copay: ['Copay'],
  forms: ['Forms'],
  complaint: ['Reason for the visit'],
  finish: ['Finish'],
};

/**
 * Marks the part of registration the desk works next (`data-next-step`, as the hint orders
 * it): the form station keeps it in view when a step moves the work on to it, so the next
 * step's controls are never left below the fold at 1280×720 (issue 19's playtest).
 */
function markNextStep(parts: readonly HTMLElement[], next: RegistrationStep): void {
  for (const prefix of STEP_HEADINGS[next]) {
    const part = parts.find((candidate) => (candidate.querySelector('.kit-step-heading')?.textContent ?? '').startsWith(prefix));
    if (part) {
      part.dataset.nextStep = next;
      return;
    }
  }
}

/** Each demographics question: its control's key, the button's words, and what the trainee says. */
const DEMOGRAPHICS_ASK: Readonly<Record<DemographicsQuestion, { key: string; button: string; text: string }>> = {
  'changes-since-last-visit': { key: 'ask-changes', button: 'Has anything changed since your last visit?', text: 'I have your address and phone here — has anything changed since your last visit?' },
  'new-patient-details': {
    key: 'ask-details',
    button: 'Since this is your first visit, may I have your address, phone and an emergency contact?',
    text: 'Since this is your first visit, may I have your home address, the best phone number, and someone we can call in an emergency?',
  },
};

/** What the desk adds to "has anything changed" when the chart has no emergency contact. */
const NO_CONTACT_ASK = { button: ' And who should we call in an emergency?', text: ' We have no emergency contact for you: who should we call in an emergency?' } as const;

function demographicsSection(context: StationContext, intake: IntakeContext, draft: IntakeDraft, send: (action: TraineeAction) => void): HTMLElement {
  const patient = context.patient!;
  const respondent = respondentFor(patient, context.session.scenario.day.date);
  const part = section(patient.newPatient ? 'Address, phone and emergency contact (new patient: nothing on file yet)' : 'Address, phone and emergency contact');
  const asked = intake.demographicsAsked;
  const contact = patient.emergencyContact;
  // An established patient with no contact on file is asked for one with the same question.
  const askForContact = !patient.newPatient && contact === undefined;
  const askText = (question: DemographicsQuestion) => `${DEMOGRAPHICS_ASK[question].text}${askForContact ? NO_CONTACT_ASK.text : ''}`;
  if (asked) {
    part.body.append(speech('you', 'You', askText(asked)), speech('them', speakerName(patient, respondent), demographicsReply(patient, asked, respondent)));
  } else {
    // Only the question that fits: a new patient has no last visit to ask about.
    const question = demographicsQuestionFor(patient);
    const ask = DEMOGRAPHICS_ASK[question];
    part.body.append(buttonRow(openWhen(keyedButton(`Ask: “${ask.button}${askForContact ? NO_CONTACT_ASK.button : ''}”`, ask.key, 'quiet', () => send({ type: 'demographics.asked', question })), isListed(context, 'demographics.asked'))));
  }
  const fields = element('div', 'kit-grid');
  fields.append(
    textField({ label: 'Address', key: 'line1', value: draft.line1, onInput: (v) => (draft.line1 = v), width: 'wide', autocomplete: 'off' }),
    textField({ label: 'Address line 2', key: 'line2', value: draft.line2, onInput: (v) => (draft.line2 = v), width: 'wide' }),
    textField({ label: 'City', key: 'city', value: draft.city, onInput: (v) => (draft.city = v) }),
    textField({ label: 'State', key: 'state', value: draft.state, onInput: (v) => (draft.state = v) }),
    textField({ label: 'ZIP', key: 'zip', value: draft.postalCode, onInput: (v) => (draft.postalCode = v) }),
    textField({ label: 'Phone', key: 'phone', value: draft.phone, onInput: (v) => (draft.phone = v), type: 'tel' }),
  );
  part.body.append(fields);
  if (!patient.newPatient) part.body.append(element('p', 'fd-line', contact ? `Emergency contact on file: ${contact.name} (${contact.relationship}), ${contact.phone}` : 'Emergency contact on file: none'));
  // The contact as the registration will hold it: the chart's, or as the person names it (blank: they name nobody).
  // Its inputs aligned at the row's foot: "Emergency contact name" wraps to two lines where the others take one.
  const contactFields = element('div', 'kit-grid fd-contact-fields');
  contactFields.setAttribute('role', 'group');
  contactFields.setAttribute('aria-label', 'Emergency contact');
  contactFields.append(
    textField({ label: 'Emergency contact name', key: 'contact-name', value: draft.contactName, onInput: (v) => (draft.contactName = v) }),
    textField({ label: 'Relationship', key: 'contact-relationship', value: draft.contactRelationship, onInput: (v) => (draft.contactRelationship = v) }),
    textField({ label: 'Emergency contact phone', key: 'contact-phone', value: draft.contactPhone, onInput: (v) => (draft.contactPhone = v), type: 'tel' }),
  );
  part.body.append(contactFields);
  const voice = roomingVoice(patient, context.session.scenario.day.date);
  part.body.append(
    checkboxGroup(
      'Emergency contact',
      [
        checkbox({ label: emergencyContactLabel(patient.newPatient === true, voice, contact !== undefined), key: 'emergency', checked: draft.emergencyConfirmed, onChange: (v) => (draft.emergencyConfirmed = v) }),
        checkbox({ label: noContactLabel(voice), key: 'no-emergency-contact', checked: draft.noContact, onChange: (v) => (draft.noContact = v) }),
      ],
      { column: true },
    ),
  );
  part.body.append(
    buttonRow(
      openWhen(keyedButton('Save address and phone', 'save-demographics', 'quiet', () => {
        const line2 = draft.line2.trim();
        const emergencyContact = { name: draft.contactName.trim(), relationship: draft.contactRelationship.trim(), phone: draft.contactPhone.trim() };
        const named = emergencyContact.name !== '' || emergencyContact.relationship !== '' || emergencyContact.phone !== '';
        // The contact on file, kept as it was, is confirmed, not entered again.
        const asOnFile = !patient.newPatient && contact !== undefined && emergencyContact.name === contact.name && emergencyContact.relationship === contact.relationship && emergencyContact.phone === contact.phone;
        send({
          type: 'demographics.confirmed',
          address: { line1: draft.line1.trim(), ...(line2 ? { line2 } : {}), city: draft.city.trim(), state: draft.state.trim().toUpperCase(), postalCode: draft.postalCode.trim() },
          phone: draft.phone.trim(),
          emergencyContactConfirmed: draft.emergencyConfirmed,
          ...(named && !asOnFile ? { emergencyContact } : {}),
          ...(draft.noContact ? { noEmergencyContact: true as const } : {}),
        });
      }), isListed(context, 'demographics.confirmed')),
    ),
  );
  // Its room kept before it is saved: the insurance card below does not move when it appears (the playtest).
  let savedLine: string | null = null;
  if (intake.demographics) {
    const a = intake.demographics.address;
    const saved = intake.demographics.emergencyContact ?? (patient.newPatient || !intake.demographics.emergencyContactConfirmed ? null : (contact ?? null));
    const emergency = saved
      ? `emergency contact ${saved.name} (${saved.relationship}), ${saved.phone}`
      : intake.demographics.noEmergencyContact
        ? 'emergency contact: none (asked)'
        : 'no emergency contact';
    savedLine = `Saved: ${[a.line1, a.line2, a.city, a.state, a.postalCode].filter(Boolean).join(', ')} · ${intake.demographics.phone} · ${emergency}`;
  }
  part.body.append(reservedDoneLine(savedLine));
  return part.root;
}

function insuranceSections(context: StationContext, intake: IntakeContext, draft: IntakeDraft, send: (action: TraineeAction) => void, redraw: () => void): HTMLElement[] {
  const patient = context.patient!;
  const card = insuranceCard(patient);
  const coverage = patient.coverage;
  if (!card || !coverage) {
    const part = section('Insurance');
    part.body.append(element('p', 'fd-line', 'No insurance on file and no card: the patient pays for the visit (self-pay).'));
    return [part.root];
  }
  const parts: HTMLElement[] = [];
  const insurance = section('Insurance card');
  const figure = element('figure', 'fd-figure');
  // The card names the patient it covers, as the billing chart's scanned copy does, and, for a dependant, the policyholder too (the playtest saw the father's name as the member at the desk and the child's in billing).
  const subscriber = coverage.subscriber && coverage.subscriber.relationship !== 'self' ? fullName(coverage.subscriber.name) : undefined;
  const holder = photoIdHolder(patient, context.session.scenario.day.date);
  const handedBy = holder.kind === 'parent' ? `${patient.name.given}’s card, handed to you by ${holder.name} (${holder.relationship})` : 'The card the patient handed you';
  figure.append(insuranceCardArt({ memberName: fullName(patient.name), subscriberName: subscriber, ...card }), element('figcaption', undefined, handedBy));
  insurance.body.append(figure);
  const payerChoices: { value: string; label: string }[] = PAYERS.filter((p) => p.id !== 'self-pay').map((p) => ({ value: p.id, label: payerName(p.id) }));
  if (!payerChoices.some((choice) => choice.value === draft.payerId)) payerChoices.push({ value: draft.payerId, label: draft.payerId });
  const fields = element('div', 'kit-grid');
  fields.append(
    // A row of its own: a payer's name ("Federal Seniors Plan B") is longer than a grid cell, and was cut there (the playtest).
    wideField(selectField({ label: 'Payer', key: 'payer', value: draft.payerId, choices: payerChoices, onChange: (v) => (draft.payerId = v) })),
    textField({ label: 'Member id', key: 'member-id', value: draft.memberId, onInput: (v) => (draft.memberId = v) }),
    textField({ label: 'Group number', key: 'group', value: draft.groupNumber, onInput: (v) => (draft.groupNumber = v) }),
    // A row of its own: its choices' names ("HMO (health maintenance organization)") are longer than a grid cell.
    wideField(
      selectField({
        label: 'Plan type',
        key: 'plan-type',
        value: draft.planType,
        choices: PLAN_TYPES.filter((t) => t !== 'self-pay').map((t) => ({ value: t, label: planTypeName(t) })),
        onChange: (v) => (draft.planType = v as PlanType),
      }),
    ),
  );
  insurance.body.append(element('p', 'fd-line', 'The registration, as on file; correct it from the card.'), fields);
  insurance.body.append(
    buttonRow(
      openWhen(keyedButton('Save the card to the registration', 'save-card', 'quiet', () => {
        const group = draft.groupNumber.trim().toUpperCase();
        send({ type: 'insurance-card.scanned', payerId: draft.payerId, memberId: draft.memberId.trim().toUpperCase(), groupNumber: group === '' ? null : group, planType: draft.planType });
      }), isListed(context, 'insurance-card.scanned')),
    ),
  );
  // Its room kept before the card is saved: "Run eligibility" below does not move when it appears (the playtest).
  insurance.body.append(reservedDoneLine(intake.card ? `Registration: ${payerName(intake.card.payerId)}, member id ${intake.card.memberId}, group ${intake.card.groupNumber ?? 'none'}, ${intake.card.planType.toUpperCase()}` : null));
  parts.push(insurance.root);

  const eligibility = section('Eligibility (270/271)');
  eligibility.body.append(buttonRow(openWhen(keyedButton('Run eligibility for the saved card', 'eligibility', 'quiet', () => send({ type: 'eligibility.checked' })), isListed(context, 'eligibility.checked'))));
  const response = intake.eligibility;
  if (response) {
    const box = element('div', 'fd-response');
    box.setAttribute('role', 'status');
    box.append(element('p', 'fd-response-title', `271 response · member ${response.memberId}`));
    if (!response.found) {
      box.append(element('p', 'fd-response-status fd-status-bad', 'NO MEMBER FOUND with this id at this payer.'));
    } else {
      box.append(element('p', `fd-response-status ${response.status === 'active' ? 'fd-status-ok' : 'fd-status-bad'}`, `Coverage: ${response.status.toUpperCase()}`));
      box.append(
        factList([
          ['Plan', planTypeName(response.planType)],
          ['Office visit copay', formatDollars(dollarsToCents(response.copay))],
          ['Deductible remaining', formatDollars(dollarsToCents(response.deductibleRemaining))],
          ['Coinsurance', `${response.coinsurancePercent} %`],
        ]),
      );
      // Only an active plan authorises anything; the line speaks of this visit's planned services alone.
      if (response.status === 'active') box.append(element('p', 'fd-line', priorAuthorizationLine(priorAuthorizationCodes(patient))));
    }
    eligibility.body.append(box);
  }
  if (response?.found && coverageNotActive(intake)) eligibility.body.append(...coverageTalk(context, draft, response.status, redraw));
  eligibility.body.append(buttonRow(openWhen(keyedButton('Tell the patient; they choose to pay for the visit themselves (self-pay)', 'self-pay', 'quiet', () => send({ type: 'self-pay.agreed' })), isListed(context, 'self-pay.agreed'))));
  if (intake.selfPay) eligibility.body.append(doneMark('Self-pay: the patient pays for today’s visit.'));
  parts.push(eligibility.root);
  if (coverageNotActive(intake)) parts.push(rescheduleSection(context, intake, draft, send));

  const authorization = section('Prior authorisation');
  const services = plannedServices(patient);
  const serviceList = element('ul', 'fd-services');
  serviceList.setAttribute('aria-label', 'Services planned for the visit');
  if (services.length === 0) serviceList.append(element('li', undefined, 'No tests or procedures on the schedule for this visit.'));
  for (const service of services) serviceList.append(element('li', undefined, `${service.code} — ${service.description}`));
  authorization.body.append(element('p', 'fd-line', 'Planned for this visit:'), serviceList);
  authorization.body.append(buttonRow(openWhen(keyedButton('Obtain the authorisation from the plan and note it', 'prior-auth', 'quiet', () => send({ type: 'prior-authorization.noted' })), isListed(context, 'prior-authorization.noted'))));
  if (intake.priorAuthorizationNumber) authorization.body.append(doneMark(`Authorisation ${intake.priorAuthorizationNumber} noted for the claim.`));
  parts.push(authorization.root);

  const copay = section('Copay');
  const copayFields = element('div', 'kit-grid');
  const amount = textField({ label: 'Amount collected ($)', key: 'copay-amount', value: draft.copayAmount, onInput: (v) => (draft.copayAmount = v), type: 'number' });
  const input = amount.querySelector('input');
  if (input) {
    input.min = '0';
    input.step = '0.01';
    input.inputMode = 'decimal';
  }
  copayFields.append(amount);
  copay.body.append(copayFields, checkbox({ label: 'Receipt printed and given', key: 'receipt', checked: draft.receipt, onChange: (v) => (draft.receipt = v) }));
  copay.body.append(
    buttonRow(
      openWhen(keyedButton('Collect the payment', 'collect-copay', 'quiet', () => {
        const cents = parseDollars(draft.copayAmount);
        if (cents === null) {
          draft.copayProblem = 'Enter the amount you collect, in dollars.';
          redraw();
          return;
        }
        draft.copayProblem = null;
        redraw();
        send({ type: 'copay.collected', amount: centsToDollars(cents), receiptGiven: draft.receipt });
      }), isListed(context, 'copay.collected')),
    ),
  );
  if (draft.copayProblem) copay.body.append(paragraph(draft.copayProblem, 'kit-problem'));
  copay.body.append(reservedDoneLine(intake.copay ? `Collected ${formatDollars(dollarsToCents(intake.copay.amount))}${intake.copay.receiptGiven ? ', receipt given' : ', no receipt'}.` : null));
  parts.push(copay.root);
  return parts;
}

/** Telling the patient, privately, that the plan is not active, and what they answer. */
function coverageTalk(context: StationContext, draft: IntakeDraft, status: string, redraw: () => void): HTMLElement[] {
  const patient = context.patient!;
  if (!draft.toldCoverage) {
    return [
      buttonRow(
        keyedButton('Tell the patient privately that the plan is not active', 'tell-coverage', 'quiet', () => {
          draft.toldCoverage = true;
          redraw();
        }),
      ),
    ];
  }
  const talk = element('div', 'fd-conversation');
  talk.setAttribute('aria-label', 'What was said about the coverage');
  talk.setAttribute('role', 'log');
  talk.append(
    speech('you', 'You', `Your plan shows as ${status} today, so it will not pay for this visit. You can pay for today’s visit yourself, or come back once your coverage is sorted out.`),
    speech('them', patient.name.given, replyToInactiveCoverage(patient)),
  );
  return [talk];
}

/** The patient chose to come back once the coverage is sorted out: the visit, booked again for a later day. */
function rescheduleSection(context: StationContext, intake: IntakeContext, draft: IntakeDraft, send: (action: TraineeAction) => void): HTMLElement {
  const patient = context.patient!;
  const scenario = context.session.scenario;
  const provider = scenario.providers.find((p) => p.id === patient.arrival.providerId);
  const part = section('Reschedule the visit');
  if (!provider) return part.root;
  const chosen = element('p', 'fd-preview');
  chosen.setAttribute('aria-live', 'polite');
  const book = (date: string, time: string) => send({ type: 'visit.rescheduled', date, time });
  const slot = selectedSlotButton({
    label: 'Book the selected slot as the rescheduled visit',
    key: 'reschedule-visit',
    variant: 'quiet',
    selected: () => draft.reschedule.selected,
    open: isListed(context, 'visit.rescheduled'),
    act: book,
  });
  const describe = () => {
    const selected = draft.reschedule.selected;
    chosen.textContent = selected ? `Selected: ${longDate(selected.date)} at ${selected.time}.` : 'Pick a slot on a later day: arrow keys move, Page Up and Page Down turn the week, Enter books it.';
    slot.selectionChanged();
  };
  describe();
  const grid = appointmentBookGrid({
    scenario,
    provider,
    madeToday: context.session.bookingsMadeToday,
    ask: coverageRescheduleAsk(intake),
    state: draft.reschedule,
    days: 7,
    label: `Appointment book of ${provider.name}, for the rescheduled visit`,
    turnable: true,
    keyPrefix: 'reschedule',
    onSelect: describe,
    onChoose: (cell) => book(cell.date, cell.time),
  });
  part.body.append(grid.root, chosen, slot.root);
  return part.root;
}

/** The check-in station, for patients in the intake workflow. */
export const intakeStation: Station = formStation({ machineId: 'intake', title: 'Front desk', empty: 'Nobody is waiting at the desk.', draftFor, signature, render });
