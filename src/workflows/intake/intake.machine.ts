/**
 * Check-in at the front desk: the intake workflow.
 *
 * greeting → identifying (the patient states identifiers — a child's parent or guardian
 * states them for the child; a mismatch is flagged and resolved with a photo ID in
 * resolvingMismatch, and the chart can then be corrected to the ID) → slottingWalkIn (walk-ins only: the
 * trainee fits them into a free slot of today's template, first free slot at or after
 * their arrival — or, when today has no room, books them for later and tells them when:
 * sentHome) → registering (demographics, card, eligibility, self-pay or prior
 * authorisation, copay, forms, chief complaint, in any order; an established patient is
 * asked what changed since the last visit, a new patient for everything) → checkedIn. Told that the
 * coverage is not active, the patient chooses (the scenario says what): pay for the visit
 * (self-pay, and registering goes on) or come back once it is sorted out — the visit is
 * rescheduled and the patient leaves (sentHome).
 *
 * Every check is journaled where it is decided: identity when it is confirmed, the walk-in
 * slot or appointment when it is chosen, the coverage when the patient leaves with a new
 * appointment, the rest when check-in is completed (so a skipped step is a finding, not a
 * refusal). The output is the registration as the trainee entered it, and the appointment
 * the patient left with, if they left.
 */
import { and, assign, setup, type SnapshotFrom } from 'xstate';
import type { RegistrationRecord, ReturnVisitRecord } from '../../domain/chart';
import { isIsoDate } from '../../reference/iso-date';
import type { Check } from '../../scoring/finding';
import { CLOCK_TIME_PATTERN, minutesOfDay } from '../../scenario/clock-time';
import type { WorkflowInput } from '../workflow';
import { type BookingAsk, firstOpenAppointment, fromTheDayAfter, type SlotRequest, slotProblem } from '../shared/appointment-book';
import { checkTemplate, checkWalkIn } from '../shared/booking-rules';
import type { AddressEntry, DemographicsQuestion, EmergencyContactEntry, IntakeAction, IntakeActionType, IntakeForm, NameEntry } from './intake.actions';
import {
  checkChartCorrection,
  checkChiefComplaint,
  checkCopay,
  checkDemographics,
  checkEligibility,
  checkForms,
  checkIdentityMismatch,
  checkInsuranceCard,
  checkPhotoId,
  checkPriorAuthorization,
  checkTwoIdentifiers,
  type IdentityAnswer,
  statedIdentifiers,
} from './intake.rules';
import {
  answerTo,
  chartErrors,
  contactAtDesk,
  currentAddress,
  currentPhone,
  type EligibilityResponse,
  eligibilityResponse,
  formsRequired,
  inactiveCoverageChoice,
  insuranceCard,
  namesakes,
  photoIdIdentity,
  plantedMismatches,
  priorAuthorizationCodes,
  statedDateOfBirth,
  statedName,
} from './patient-at-desk';
import { normalizeName, respondentFor } from '../shared/patient-identity';
import { displayName, fullName } from '../../domain/patient';
import { RED_FLAGS } from '../../reference/red-flag-symptoms';
import { arrivalMinute } from '../../scenario/arrival';

/** The card as the trainee entered it. */
export interface CardEntry {
  readonly payerId: string;
  readonly memberId: string;
  readonly groupNumber: string | null;
  readonly planType: RegistrationRecord['planType'] & string;
}

/** What check-in has gathered so far. */
export interface IntakeContext extends WorkflowInput {
  readonly answers: readonly IdentityAnswer[];
  readonly mismatchFlagged: boolean;
  readonly photoIdChecked: boolean;
  readonly identityConfirmed: boolean;
  /** The chart's name and date of birth as the trainee corrected them after the photo ID (null: untouched). */
  readonly correctedChart: { readonly name: NameEntry; readonly dateOfBirth: string } | null;
  /** How the trainee asked for address, phone and emergency contact (null: not asked). */
  readonly demographicsAsked: DemographicsQuestion | null;
  /** The same-day slot a walk-in was fitted into. */
  readonly walkInTime: string | null;
  readonly demographics: {
    readonly address: AddressEntry;
    readonly phone: string;
    readonly emergencyContactConfirmed: boolean;
    readonly emergencyContact: EmergencyContactEntry | null;
    /** Recorded as "none — asked, the patient has nobody to list". */
    readonly noEmergencyContact: boolean;
  } | null;
  readonly card: CardEntry | null;
  readonly eligibility: EligibilityResponse | null;
  /** No insurance, or inactive coverage and the patient chose to pay. */
  readonly selfPay: boolean;
  readonly priorAuthorizationNumber: string | null;
  readonly copay: { readonly amount: number; readonly receiptGiven: boolean } | null;
  readonly formsSigned: readonly IntakeForm[];
  readonly chiefComplaint: string | null;
  /** The appointment the patient left with instead of being seen today (sentHome). */
  readonly returnVisit: ReturnVisitRecord | null;
  /** The minute the desk told the provider of the patient's red-flag complaint (null: not told at the desk). */
  readonly providerAlertedAt: number | null;
}

/** What check-in outputs: the registration, and the appointment the patient left with, if they left. */
export interface IntakeOutput {
  readonly registration: RegistrationRecord;
  readonly returnVisit?: ReturnVisitRecord;
}

function journal(context: IntakeContext, check: Check): void {
  context.env.journal.check(check);
}

function who(context: IntakeContext) {
  return { patientId: context.patient.id, patientName: fullName(context.patient.name), minute: context.env.now() };
}

function addressLine(address: AddressEntry): string {
  return [address.line1, address.line2, address.city, address.state, address.postalCode].filter((part) => part !== undefined).join(', ');
}

function mismatchResolved(context: IntakeContext): boolean {
  const mismatches = plantedMismatches(context.patient);
  const heard = statedIdentifiers(context.answers);
  return mismatches.every((m) => heard.includes(m)) && (mismatches.length === 0 || (context.mismatchFlagged && context.photoIdChecked));
}

/** The patient's own visit (provider and visit type) at another date and time. */
function visitAt(context: IntakeContext, date: string, time: string): SlotRequest {
  const { arrival } = context.patient;
  return { date, time, providerId: arrival.providerId, visitTypeId: arrival.visitTypeId };
}

/** The minute from which a walk-in can be given a slot today: the later of their arrival and now. */
function walkInFrom(context: IntakeContext): { date: string; minute: number } {
  return { date: context.scenario.day.date, minute: Math.max(minutesOfDay(context.patient.arrival.time), context.env.now()) };
}

/** The walk-in's own visit, from the later of their arrival and now: slotted today, or booked for the first opening after. */
export function walkInAsk(context: IntakeContext): BookingAsk {
  const { arrival } = context.patient;
  return { providerId: arrival.providerId, visitTypeId: arrival.visitTypeId, notBefore: walkInFrom(context) };
}

/** The patient's own visit, booked again over inactive coverage: coverage takes days to sort out, so on a later day, never today. */
export function coverageRescheduleAsk(context: Pick<IntakeContext, 'scenario' | 'patient'>): BookingAsk {
  const { arrival } = context.patient;
  return { providerId: arrival.providerId, visitTypeId: arrival.visitTypeId, notBefore: fromTheDayAfter(context.scenario.day.date) };
}

/** The chart's name and date of birth as they stand: corrected, or as they were. */
export function chartIdentity(context: Pick<IntakeContext, 'patient' | 'correctedChart'>): { name: string; dateOfBirth: string } {
  const corrected = context.correctedChart;
  return corrected ? { name: fullName(corrected.name), dateOfBirth: corrected.dateOfBirth } : { name: fullName(context.patient.name), dateOfBirth: context.patient.dateOfBirth };
}

/**
 * `intake.chart-correction`, when it applies: the photo ID showed the chart wrong, or the
 * trainee changed the chart. Made when the patient leaves the desk, checked in or not.
 */
function journalChartCorrection(context: IntakeContext): void {
  const { patient } = context;
  if (!(context.photoIdChecked && chartErrors(patient).length > 0) && context.correctedChart === null) return;
  const id = photoIdIdentity(patient);
  journal(
    context,
    checkChartCorrection({
      ...who(context),
      chart: { name: fullName(patient.name), dateOfBirth: patient.dateOfBirth },
      photoId: { name: fullName(id.name), dateOfBirth: id.dateOfBirth },
      final: chartIdentity(context),
      sameName: (a, b) => normalizeName(a) === normalizeName(b),
    }),
  );
}

/** Who answers at the desk, as the two-identifiers finding names them: "Sofía's mother", or the patient. */
function statedBy(context: IntakeContext): string | undefined {
  const respondent = respondentFor(context.patient, context.scenario.day.date);
  return respondent.kind === 'companion' ? `${context.patient.name.given}'s ${respondent.relationship.toLowerCase()} (${respondent.name})` : undefined;
}

/** The card and eligibility checks: made at the end of check-in, or when the patient leaves to sort out their coverage. */
function journalCoverage(context: IntakeContext, rescheduled: boolean): void {
  const { patient } = context;
  const card = insuranceCard(patient);
  const coverage = patient.coverage;
  if (!card || !coverage) return;
  const at = who(context);
  journal(context, checkInsuranceCard({ ...at, card, entered: context.card }));
  journal(context, checkEligibility({ ...at, response: context.eligibility, selfPay: context.selfPay, rescheduled, cardStatus: coverage.status }));
}

/** The registration check-in puts on the chart. */
export function registrationOf(context: IntakeContext): RegistrationRecord {
  const eligibility = context.eligibility;
  const address = context.demographics?.address ?? context.patient.address;
  return {
    identityConfirmed: context.identityConfirmed && statedIdentifiers(context.answers).length >= 2 && mismatchResolved(context),
    payerId: context.card?.payerId ?? null,
    memberId: context.card?.memberId ?? null,
    groupNumber: context.card?.groupNumber ?? null,
    planType: context.card?.planType ?? null,
    eligibilityStatus: eligibility?.found ? eligibility.status : null,
    selfPay: context.selfPay,
    priorAuthorizationNumber: context.priorAuthorizationNumber,
    copayCollected: context.copay?.amount ?? 0,
    address: { line1: address.line1, city: address.city, state: address.state, postalCode: address.postalCode },
    phone: context.demographics?.phone ?? context.patient.phone,
    ...(context.correctedChart ? { correctedIdentity: chartIdentity(context) } : {}),
    ...(context.providerAlertedAt === null ? {} : { providerAlertedAt: context.providerAlertedAt }),
  };
}

// The guards that read only the context, shared with `intakeAvailableActions`.
function hasStatedAnswer(context: IntakeContext): boolean {
  return context.answers.some((a) => a.style === 'stated');
}

function eligibilityPending(context: IntakeContext): boolean {
  return context.card !== null && context.eligibility === null;
}

/**
 * The coverage path the desk is on: eligibility came back not active and the patient has
 * not agreed to pay for the visit, so the trainee tells them and does what they choose
 * (self-pay, or the visit booked again for a later day). The guard of both choices, and
 * what the check-in station reads to offer them.
 */
export function coverageNotActive(context: Pick<IntakeContext, 'selfPay' | 'eligibility'>): boolean {
  return !context.selfPay && context.eligibility?.found === true && context.eligibility.status !== 'active';
}

function canNoteAuthorization(context: IntakeContext): boolean {
  return context.priorAuthorizationNumber === null && context.eligibility?.found === true && context.eligibility.status === 'active' && !context.selfPay;
}

function copayNotCollected(context: IntakeContext): boolean {
  return context.copay === null && context.card !== null && !context.selfPay;
}

/** The demographics question fits the patient: "what changed since your last visit?" only to someone who had one. */
function fitsPatient(context: IntakeContext, question: DemographicsQuestion): boolean {
  return question === 'new-patient-details' || !context.patient.newPatient;
}

/**
 * The desk may tell the provider at once: the patient's complaint carries a red flag (chest
 * pain, the signs of a stroke, trouble breathing: the scenario's `redFlags`) and nobody has
 * been told yet. Offered only then, as a real desk's "tell the nurse now" is for these.
 */
export function canAlertProviderAtDesk(context: Pick<IntakeContext, 'patient' | 'providerAlertedAt'>): boolean {
  return context.providerAlertedAt === null && (context.patient.redFlags ?? []).length > 0;
}

function demographicsQuestionsOpen(context: IntakeContext): boolean {
  return context.demographicsAsked === null;
}

export const intakeMachine = setup({
  types: {} as { input: WorkflowInput; context: IntakeContext; events: IntakeAction; output: IntakeOutput },
  guards: {
    hasAnswer: ({ context }) => context.answers.length > 0,
    hasStatedAnswer: ({ context }) => hasStatedAnswer(context),
    photoIdNotChecked: ({ context }) => !context.photoIdChecked,
    photoIdChecked: ({ context }) => context.photoIdChecked,
    isWalkIn: ({ context }) => context.patient.arrival.kind === 'walk-in',
    isNewCard: ({ context, event }) =>
      event.type === 'insurance-card.scanned' &&
      context.patient.coverage !== undefined &&
      (context.card === null || context.card.payerId !== event.payerId || context.card.memberId !== event.memberId || context.card.groupNumber !== event.groupNumber || context.card.planType !== event.planType),
    eligibilityPending: ({ context }) => eligibilityPending(context),
    coverageNotActive: ({ context }) => coverageNotActive(context),
    choosesSelfPay: ({ context }) => inactiveCoverageChoice(context.patient) === 'self-pay',
    choosesToReschedule: ({ context }) => inactiveCoverageChoice(context.patient) === 'reschedule',
    /** A date and time the book can be read at; anything else is not an appointment. */
    isAppointment: ({ event }) =>
      (event.type === 'walk-in.booked-later' || event.type === 'visit.rescheduled') && isIsoDate(event.date) && CLOCK_TIME_PATTERN.test(event.time),
    isTimeOfDay: ({ event }) => event.type === 'walk-in.slotted' && CLOCK_TIME_PATTERN.test(event.time),
    canNoteAuthorization: ({ context }) => canNoteAuthorization(context),
    /** Asked once, and only as fits the patient (a new patient has no last visit to compare with). */
    canAskDemographics: ({ context, event }) => event.type === 'demographics.asked' && demographicsQuestionsOpen(context) && fitsPatient(context, event.question),
    /** After a photo ID, to a real date and a name with given and family parts. */
    canCorrectChart: ({ context, event }) =>
      event.type === 'chart.corrected' && context.photoIdChecked && isIsoDate(event.dateOfBirth) && event.name.given.trim() !== '' && event.name.family.trim() !== '',
    copayNotCollected: ({ context }) => copayNotCollected(context),
    canAlertProvider: ({ context }) => canAlertProviderAtDesk(context),
  },
  actions: {
    recordAnswer: assign(({ context, event }) => {
      if (event.type !== 'identity.asked') return {};
      const answer: IdentityAnswer = { question: event.question, style: event.style, answer: answerTo(context.patient, event.question, event.style) };
      const repeat = context.answers.some((a) => a.question === answer.question && a.style === answer.style);
      return repeat ? {} : { answers: [...context.answers, answer] };
    }),
    flagMismatch: assign({ mismatchFlagged: true }),
    checkPhotoId: assign({ photoIdChecked: true }),
    confirmIdentity: assign(({ context }) => {
      const at = who(context);
      const by = statedBy(context);
      journal(context, checkTwoIdentifiers({ ...at, answers: context.answers, namesakeCount: namesakes(context.scenario, context.patient).length, ...(by ? { statedBy: by } : {}) }));
      const mismatches = plantedMismatches(context.patient);
      if (mismatches.length > 0) {
        journal(
          context,
          checkIdentityMismatch({
            ...at,
            mismatches,
            answers: context.answers,
            flagged: context.mismatchFlagged,
            photoIdChecked: context.photoIdChecked,
            chart: { name: fullName(context.patient.name), dateOfBirth: context.patient.dateOfBirth },
            stated: { name: fullName(statedName(context.patient)), dateOfBirth: statedDateOfBirth(context.patient) },
          }),
        );
      }
      return { identityConfirmed: true };
    }),
    correctChart: assign(({ event }) => {
      if (event.type !== 'chart.corrected') return {};
      const middle = event.name.middle?.trim();
      const name: NameEntry = { given: event.name.given.trim(), ...(middle ? { middle } : {}), family: event.name.family.trim() };
      return { correctedChart: { name, dateOfBirth: event.dateOfBirth } };
    }),
    askDemographics: assign(({ event }) => (event.type === 'demographics.asked' ? { demographicsAsked: event.question } : {})),
    slotWalkIn: assign(({ context, event }) => {
      if (event.type !== 'walk-in.slotted') return {};
      const { arrival } = context.patient;
      const request = { date: context.scenario.day.date, time: event.time, providerId: arrival.providerId, visitTypeId: arrival.visitTypeId };
      // A slot is open to a walk-in from the later of their arrival and the time they are slotted.
      const problem = slotProblem(context.scenario, request, walkInAsk(context).notBefore, context.env.bookings);
      journal(context, checkTemplate({ ...who(context), request, problem, purpose: `same-day slot at ${event.time}` }));
      context.env.bookings.push({ ...request, label: displayName(context.patient) });
      return { walkInTime: event.time };
    }),
    bookWalkInLater: assign(({ context, event }) => {
      if (event.type !== 'walk-in.booked-later') return {};
      const request = visitAt(context, event.date, event.time);
      const from = walkInFrom(context);
      const at = who(context);
      // The first opening is read before this booking takes it.
      const firstOpen = firstOpenAppointment(context.scenario, request, from, context.env.bookings);
      const problem = slotProblem(context.scenario, request, from, context.env.bookings);
      journal(context, checkTemplate({ ...at, request, problem, purpose: `appointment for later, on ${event.date} at ${event.time},` }));
      journal(context, checkWalkIn({ ...at, today: context.scenario.day.date, booked: request, firstOpen }));
      journalChartCorrection(context);
      context.env.bookings.push({ ...request, label: fullName(context.patient.name) });
      return { returnVisit: { ...request, reason: 'no-room-today' as const } };
    }),
    rescheduleVisit: assign(({ context, event }) => {
      if (event.type !== 'visit.rescheduled') return {};
      const request = visitAt(context, event.date, event.time);
      const problem = slotProblem(context.scenario, request, coverageRescheduleAsk(context).notBefore, context.env.bookings);
      journal(context, checkTemplate({ ...who(context), request, problem, purpose: `rescheduled visit on ${event.date} at ${event.time}` }));
      journalCoverage(context, true);
      journalChartCorrection(context);
      context.env.bookings.push({ ...request, label: fullName(context.patient.name) });
      return { returnVisit: { ...request, reason: 'coverage-inactive' as const } };
    }),
    confirmDemographics: assign(({ event }) =>
      event.type === 'demographics.confirmed'
        ? {
            demographics: {
              address: event.address,
              phone: event.phone,
              emergencyContactConfirmed: event.emergencyContactConfirmed,
              emergencyContact: event.emergencyContact ?? null,
              noEmergencyContact: event.noEmergencyContact === true,
            },
          }
        : {},
    ),
    scanCard: assign(({ event }) =>
      event.type === 'insurance-card.scanned'
        ? { card: { payerId: event.payerId, memberId: event.memberId, groupNumber: event.groupNumber, planType: event.planType }, eligibility: null }
        : {},
    ),
    checkEligibility: assign(({ context }) => (context.card ? { eligibility: eligibilityResponse(context.patient, context.card) } : {})),
    agreeSelfPay: assign({ selfPay: true, copay: null, priorAuthorizationNumber: null }),
    noteAuthorization: assign(({ context }) => {
      // The authorisation number the payer gives: drawn from the patient's own stream, so replay gives the same number.
      const digits = context.env.random.fork(`intake:${context.patient.id}:prior-authorization`).integer(100000, 999999);
      return { priorAuthorizationNumber: `PA-${digits}` };
    }),
    collectCopay: assign(({ event }) => (event.type === 'copay.collected' ? { copay: { amount: event.amount, receiptGiven: event.receiptGiven } } : {})),
    signForms: assign(({ context, event }) => (event.type === 'forms.signed' ? { formsSigned: [...new Set([...context.formsSigned, ...event.forms])] } : {})),
    alertProvider: assign(({ context }) => {
      const minute = context.env.now();
      const flags = (context.patient.redFlags ?? []).map((flag) => RED_FLAGS[flag].name).join(' and ');
      const since = Math.round(minute - arrivalMinute(context.patient));
      context.env.journal.note({
        minute,
        patientId: context.patient.id,
        kind: 'action',
        text: `${displayName(context.patient)} reported ${flags} at the desk: the provider was told at once (${since} minute${since === 1 ? '' : 's'} after arrival), and the patient is roomed next`,
      });
      return { providerAlertedAt: minute };
    }),
    recordChiefComplaint: assign(({ event }) => (event.type === 'chief-complaint.recorded' ? { chiefComplaint: event.text } : {})),
    completeCheckIn: ({ context }) => {
      const at = who(context);
      const { patient } = context;
      // A stated identifier that differs from the chart is settled by a photo ID, judged once by intake.identity-mismatch; the photo-ID rule is the clinic's policy for everyone else it names.
      if (patient.photoIdRequired && plantedMismatches(patient).length === 0) journal(context, checkPhotoId({ ...at, newPatient: patient.newPatient, photoIdChecked: context.photoIdChecked }));
      const entered = context.demographics;
      journal(
        context,
        checkDemographics({
          ...at,
          newPatient: patient.newPatient,
          current: { address: addressLine(currentAddress(patient)), phone: currentPhone(patient) },
          entered: entered && { address: addressLine(entered.address), phone: entered.phone, emergencyContactConfirmed: entered.emergencyContactConfirmed, noEmergencyContact: entered.noEmergencyContact },
          contactNamed: contactAtDesk(patient),
        }),
      );
      journalCoverage(context, false);
      const coverage = patient.coverage;
      if (coverage && coverage.status === 'active' && !context.selfPay) {
        const codes = priorAuthorizationCodes(patient);
        if (codes.length > 0) journal(context, checkPriorAuthorization({ ...at, codes, payerId: coverage.payerId, noted: context.priorAuthorizationNumber !== null }));
        if (coverage.copay > 0) journal(context, checkCopay({ ...at, copayDue: coverage.copay, collected: context.copay }));
      }
      journal(context, checkForms({ ...at, required: formsRequired(patient), signed: context.formsSigned, newPatient: patient.newPatient }));
      journalChartCorrection(context);
      const parent = statedBy(context);
      journal(
        context,
        checkChiefComplaint({
          ...at,
          said: patient.chiefComplaint,
          ...(patient.complaintWords === undefined ? {} : { complaint: patient.complaintWords }),
          recorded: context.chiefComplaint,
          ...(parent === undefined ? {} : { statedBy: parent }),
        }),
      );
    },
  },
}).createMachine({
  id: 'intake',
  context: ({ input }) => ({
    // The input field by field: V8 builds a literal that opens with a spread and adds many fields very slowly.
    scenario: input.scenario,
    patient: input.patient,
    env: input.env,
    chart: input.chart,
    answers: [],
    mismatchFlagged: false,
    photoIdChecked: false,
    identityConfirmed: false,
    correctedChart: null,
    demographicsAsked: null,
    walkInTime: null,
    demographics: null,
    card: null,
    eligibility: null,
    selfPay: input.patient.coverage === undefined,
    priorAuthorizationNumber: null,
    copay: null,
    formsSigned: [],
    chiefComplaint: null,
    returnVisit: null,
    providerAlertedAt: null,
  }),
  initial: 'greeting',
  states: {
    greeting: {
      on: { 'patient.greeted': 'identifying' },
    },
    identifying: {
      on: {
        'identity.asked': { actions: 'recordAnswer' },
        'identity.mismatch-flagged': { guard: 'hasStatedAnswer', target: 'resolvingMismatch', actions: 'flagMismatch' },
        'photo-id.checked': { guard: 'photoIdNotChecked', actions: 'checkPhotoId' },
        'identity.confirmed': { guard: 'hasAnswer', target: 'routing', actions: 'confirmIdentity' },
      },
    },
    resolvingMismatch: {
      on: {
        'identity.asked': { actions: 'recordAnswer' },
        'photo-id.checked': { guard: 'photoIdNotChecked', actions: 'checkPhotoId' },
        'chart.corrected': { guard: 'canCorrectChart', actions: 'correctChart' },
        'identity.confirmed': { guard: 'photoIdChecked', target: 'routing', actions: 'confirmIdentity' },
      },
    },
    routing: {
      always: [{ guard: 'isWalkIn', target: 'slottingWalkIn' }, { target: 'registering' }],
    },
    slottingWalkIn: {
      on: {
        'walk-in.slotted': { guard: 'isTimeOfDay', target: 'registering', actions: 'slotWalkIn' },
        'walk-in.booked-later': { guard: 'isAppointment', target: 'sentHome', actions: 'bookWalkInLater' },
      },
    },
    registering: {
      on: {
        'photo-id.checked': { guard: 'photoIdNotChecked', actions: 'checkPhotoId' },
        'chart.corrected': { guard: 'canCorrectChart', actions: 'correctChart' },
        'demographics.asked': { guard: 'canAskDemographics', actions: 'askDemographics' },
        'demographics.confirmed': { actions: 'confirmDemographics' },
        'insurance-card.scanned': { guard: 'isNewCard', actions: 'scanCard' },
        'eligibility.checked': { guard: 'eligibilityPending', actions: 'checkEligibility' },
        'self-pay.agreed': { guard: and(['coverageNotActive', 'choosesSelfPay']), actions: 'agreeSelfPay' },
        'visit.rescheduled': { guard: and(['coverageNotActive', 'choosesToReschedule', 'isAppointment']), target: 'sentHome', actions: 'rescheduleVisit' },
        'prior-authorization.noted': { guard: 'canNoteAuthorization', actions: 'noteAuthorization' },
        'copay.collected': { guard: 'copayNotCollected', actions: 'collectCopay' },
        'forms.signed': { actions: 'signForms' },
        'chief-complaint.recorded': { actions: 'recordChiefComplaint' },
        'provider.alerted': { guard: 'canAlertProvider', actions: 'alertProvider' },
        'check-in.completed': { target: 'checkedIn', actions: 'completeCheckIn' },
      },
    },
    checkedIn: { type: 'final' },
    sentHome: { type: 'final' },
  },
  output: ({ context }) => ({ registration: registrationOf(context), ...(context.returnVisit ? { returnVisit: context.returnVisit } : {}) }),
});

/** An intake snapshot. */
export type IntakeSnapshot = SnapshotFrom<typeof intakeMachine>;

/**
 * Whether the check-in is listed first under Needs you: the desk has told the provider of the
 * patient's red-flag complaint, so the patient is on the urgent path from that moment (the
 * playtest saw them listed last until check-in was done). Presentation only (`Workflow.listedFirst`).
 */
export function intakeListedFirst(snapshot: IntakeSnapshot): boolean {
  return snapshot.context.providerAlertedAt !== null;
}

/**
 * The intake action types the machine accepts in its current state (with its guards as
 * they stand), in the order of `INTAKE_ACTION_SAMPLES`. Read from the context, not asked
 * of `can` sample by sample: the trainees ask before every move. A card can always be
 * scanned again when the patient has coverage (a different card replaces the first), and
 * a well-formed slot or appointment is always taken; the booking rules judge it after.
 */
export function intakeAvailableActions(snapshot: IntakeSnapshot): IntakeActionType[] {
  if (snapshot.status !== 'active') return [];
  const context = snapshot.context;
  switch (snapshot.value) {
    case 'greeting':
      return ['patient.greeted'];
    case 'identifying': {
      const actions: IntakeActionType[] = ['identity.asked'];
      if (hasStatedAnswer(context)) actions.push('identity.mismatch-flagged');
      if (!context.photoIdChecked) actions.push('photo-id.checked');
      if (context.answers.length > 0) actions.push('identity.confirmed');
      return actions;
    }
    case 'resolvingMismatch':
      return context.photoIdChecked ? ['identity.asked', 'identity.confirmed', 'chart.corrected'] : ['identity.asked', 'photo-id.checked'];
    case 'slottingWalkIn':
      return ['walk-in.slotted', 'walk-in.booked-later'];
    case 'registering': {
      const actions: IntakeActionType[] = [];
      if (!context.photoIdChecked) actions.push('photo-id.checked');
      else actions.push('chart.corrected');
      if (demographicsQuestionsOpen(context)) actions.push('demographics.asked');
      actions.push('demographics.confirmed');
      if (context.patient.coverage !== undefined) actions.push('insurance-card.scanned');
      if (eligibilityPending(context)) actions.push('eligibility.checked');
      if (coverageNotActive(context)) actions.push(inactiveCoverageChoice(context.patient) === 'self-pay' ? 'self-pay.agreed' : 'visit.rescheduled');
      if (canNoteAuthorization(context)) actions.push('prior-authorization.noted');
      if (copayNotCollected(context)) actions.push('copay.collected');
      actions.push('forms.signed', 'chief-complaint.recorded');
      if (canAlertProviderAtDesk(context)) actions.push('provider.alerted');
      actions.push('check-in.completed');
      return actions;
    }
    default:
      return [];
  }
}
