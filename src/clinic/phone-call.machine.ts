/**
 * A phone call during the day: it rings at its time and interrupts the trainee, who
 * answers it or lets it go to voicemail after a few minutes. On the call the front desk
 * verifies who is calling, keeps to the minimum necessary (a relative gets no results
 * unless the chart has a release of information for them — knowing the patient's details
 * is not permission: `privacy.minimum-necessary`), and does what a
 * scheduling call asks — reschedule, cancel or confirm the patient's appointment
 * (`scheduling.phone-request`, and `scheduling.template` for the new slot).
 *
 * A results call follows what happened to the patient's visit: when it did not take place
 * (the patient left unseen, did not come, or left check-in with another appointment) no
 * test was done and there is no result to give. The MA tells the caller so — what a
 * patient's visit came to is health information, judged by the same privacy rule as a
 * result — and may book the visit again with the caller from the phone's book.
 *
 * scheduled → ringing → inCall → ended, or ringing → missed.
 */
import { assign, setup } from 'xstate';
import { type Scenario, type ScenarioPatient, type ScenarioPhoneCall } from '../scenario/scenario.schema';
import { minutesOfDay } from '../scenario/clock-time';
import { type CallerFacts, checkMinimumNecessary, releaseOnFileFor } from '../workflows/shared/privacy';
import { addDays, type BookEntry, type BookingAsk, closestFreeSlot, fromTheDayAfter, slotProblem } from '../workflows/shared/appointment-book';
import { checkPhoneRequest, checkTemplate } from '../workflows/shared/booking-rules';
import type { DayEnvironment } from '../domain/day-environment';
import { displayName, fullName } from '../domain/patient';
import type { PhoneCallEvent } from './phone-call.actions';
import type { EncounterOutcome } from './encounter.machine';

/** How a patient's visit ended when it did not take place: no test was done, so no result is on file. */
export type VisitNotHeld = Exclude<EncounterOutcome, 'completed'>;

/**
 * What the clinic day tells a call about its patient: their visit is over without taking
 * place. Sent once the encounter has finished; received twice, it changes nothing.
 */
export type PhoneCallNotice = { type: 'patient.visit-not-held'; outcome: VisitNotHeld };

/**
 * Clinic minutes a call waits to be answered before it goes to voicemail. The clinic clock
 * stands still while the trainee works inside a station and moves there only by the
 * actions' minutes, so the window is set by the actions, not by reading speed: it outlasts
 * the longest single action (3 minutes: coding a claim, working a denial, a procedure)
 * with time to spare for one more short step, so a call that rings in the middle of any
 * action can still be answered after finishing what is in hand. On the floor the clock
 * runs in real time, and the floor's own pressure (others waiting) does the rest.
 */
export const RING_MINUTES = 5;

export interface PhoneCallInput {
  readonly callId: string;
  readonly call: ScenarioPhoneCall;
  readonly env: DayEnvironment;
  readonly scenario: Scenario;
}

/** What has been done on the call. */
export interface PhoneCallContext extends PhoneCallInput {
  /** The caller was asked who they are and gave the patient's identifiers: identity, not permission to share. */
  readonly callerVerified: boolean;
  /** Results were given to the caller (true), declined (false), or not asked about yet (null). */
  readonly resultsDisclosed: boolean | null;
  /** The caller was told there is no result because the visit did not take place (`resultsDisclosed` is then true). */
  readonly noResultTold: boolean;
  /** The patient's visit ended without taking place, as the clinic day reported it; null while it did or may yet. */
  readonly visitNotHeld: VisitNotHeld | null;
  /** The caller's scheduling request was carried out. */
  readonly requestDone: boolean;
}

/**
 * Why a results call has no result to give, or null when it has one (or is no results call):
 * the patient's visit did not take place, so no test was done. The guards, the scripted
 * trainees and the phone's greyed button all ask this.
 */
export function noResultOnFile(context: Pick<PhoneCallContext, 'call' | 'visitNotHeld'>): VisitNotHeld | null {
  return context.call.request === 'results' ? context.visitNotHeld : null;
}

/**
 * Whether the call may book the patient's visit in the phone's book: a reschedule call, or a
 * results call whose visit did not take place (the MA offers the visit again).
 */
export function callMayBookVisit(context: Pick<PhoneCallContext, 'call' | 'visitNotHeld'>): boolean {
  return context.call.request === 'reschedule' || noResultOnFile(context) !== null;
}

/**
 * Whether the call may still change the appointment (confirm, cancel or move it): until the
 * caller's request about it is done. One change a call; the guards and the phone's greyed
 * buttons both ask this.
 */
export function appointmentStillOpen(context: Pick<PhoneCallContext, 'requestDone'>): boolean {
  return !context.requestDone;
}

/** The caller's appointment moved to another slot: the patient's own visit, on a later day than the scenario's. */
export function rescheduleCallAsk(scenario: Scenario, patient: ScenarioPatient): BookingAsk {
  return { providerId: patient.arrival.providerId, visitTypeId: patient.arrival.visitTypeId, notBefore: fromTheDayAfter(scenario.day.date) };
}

/**
 * What a caller who moves an appointment asks for: next week, from the same weekday on, at
 * the time of day of the appointment they are moving. The caller says it, the phone's book
 * opens on it and the scripted trainees book it: one wish, read in three places.
 */
export interface RescheduleWish {
  /** The first day the caller can come: a week after the scenario's day. */
  readonly fromDate: string;
  /** The time they would like, as near as the book has it: their appointment's own. */
  readonly nearTime: string;
}

/** Days after the wish's first day that a search for its slot goes on (four weeks). */
const WISH_SEARCH_DAYS = 28;

/** What the caller about `patient`'s appointment asks for (see `RescheduleWish`). */
export function rescheduleWish(scenario: Scenario, patient: ScenarioPatient): RescheduleWish {
  return { fromDate: addDays(scenario.day.date, 7), nearTime: patient.arrival.time };
}

/**
 * The free slot that answers the caller's wish: the first day from the wish's on that has
 * a slot free for the patient's visit, the one closest to the time wished; null when four
 * weeks have none.
 */
export function rescheduleWishSlot(scenario: Scenario, patient: ScenarioPatient, bookings: readonly BookEntry[]): { readonly date: string; readonly time: string } | null {
  const wish = rescheduleWish(scenario, patient);
  for (let d = 0; d < WISH_SEARCH_DAYS; d++) {
    const date = addDays(wish.fromDate, d);
    const time = closestFreeSlot(scenario, { date, providerId: patient.arrival.providerId, visitTypeId: patient.arrival.visitTypeId }, wish.nearTime, bookings);
    if (time) return { date, time };
  }
  return null;
}

function patientLabel(context: PhoneCallInput): string {
  const patient = context.scenario.patients.find((p) => p.id === context.call.patientId);
  return patient ? fullName(patient.name) : context.call.patientId;
}

/**
 * Who is calling, as the privacy rule weighs it: asking who they are verifies identity; only
 * the chart's release of information for them (an authorisation, a personal representative,
 * the patient's documented agreement) allows sharing. Knowing the details is not permission.
 */
export function callerFacts(context: PhoneCallContext): CallerFacts {
  const { call } = context;
  const patient = context.scenario.patients.find((p) => p.id === call.patientId);
  return { callerName: call.callerName, caller: call.caller, releaseOnFile: releaseOnFileFor(patient, call.callerName), callerVerified: context.callerVerified };
}

export const phoneCallMachine = setup({
  types: {} as { input: PhoneCallInput; context: PhoneCallContext; events: PhoneCallEvent | PhoneCallNotice },
  delays: {
    ring: ({ context }) => Math.max(0, minutesOfDay(context.call.time) - context.env.now()),
    voicemail: RING_MINUTES,
  },
  guards: {
    callerNotVerified: ({ context }) => !context.callerVerified,
    asksForResults: ({ context }) => context.call.request === 'results' && context.resultsDisclosed === null,
    hasResultToGive: ({ context }) => context.call.request === 'results' && context.resultsDisclosed === null && noResultOnFile(context) === null,
    hasNoResultToGive: ({ context }) => context.resultsDisclosed === null && noResultOnFile(context) !== null,
    asksToReschedule: ({ context }) => callMayBookVisit(context) && appointmentStillOpen(context),
    asksToCancel: ({ context }) => context.call.request === 'cancel' && appointmentStillOpen(context),
    asksToConfirm: ({ context }) => context.call.request === 'confirm' && appointmentStillOpen(context),
  },
  actions: {
    noteRinging: ({ context }) =>
      context.env.journal.note({
        minute: context.env.now(),
        patientId: context.call.patientId,
        kind: 'phone-rang',
        text: `The phone rings: ${context.call.callerName} (${context.call.caller})`,
      }),
    noteAnswered: ({ context }) =>
      context.env.journal.note({ minute: context.env.now(), patientId: context.call.patientId, kind: 'phone-answered', text: `Answered the call from ${context.call.callerName}` }),
    noteMissed: ({ context }) =>
      context.env.journal.note({ minute: context.env.now(), patientId: context.call.patientId, kind: 'phone-missed', text: `The call from ${context.call.callerName} went to voicemail` }),
    verifyCaller: assign({ callerVerified: true }),
    discloseResults: assign(({ context }) => {
      context.env.journal.check(checkMinimumNecessary({ patientId: context.call.patientId, patientLabel: patientLabel(context), minute: context.env.now(), disclosed: true, ...callerFacts(context) }));
      return { resultsDisclosed: true };
    }),
    // That the visit did not take place is the patient's health information too: the same rule, the same test of who may hear it.
    tellNoResult: assign(({ context }) => {
      context.env.journal.check(
        checkMinimumNecessary({ patientId: context.call.patientId, patientLabel: patientLabel(context), minute: context.env.now(), disclosed: true, told: 'visit-not-held', ...callerFacts(context) }),
      );
      return { resultsDisclosed: true, noResultTold: true };
    }),
    noteVisitNotHeld: assign(({ event }) => (event.type === 'patient.visit-not-held' ? { visitNotHeld: event.outcome } : {})),
    withholdResults: assign(({ context }) => {
      context.env.journal.check(checkMinimumNecessary({ patientId: context.call.patientId, patientLabel: patientLabel(context), minute: context.env.now(), disclosed: false, ...callerFacts(context) }));
      return { resultsDisclosed: false };
    }),
    reschedule: assign(({ context, event }) => {
      if (event.type !== 'appointment.rescheduled') return {};
      const patient = context.scenario.patients.find((p) => p.id === context.call.patientId);
      if (patient) {
        const request = { date: event.date, time: event.time, providerId: patient.arrival.providerId, visitTypeId: patient.arrival.visitTypeId };
        const problem = slotProblem(context.scenario, request, rescheduleCallAsk(context.scenario, patient).notBefore, context.env.bookings);
        const booked = context.call.request === 'results' ? 'visit booked on the results call' : 'rescheduled appointment';
        // A move gives back the slot it leaves (today's appointment), as a cancellation does; a visit booked on a results call leaves none.
        if (context.call.request === 'reschedule') {
          context.env.bookings.push({ date: context.scenario.day.date, time: patient.arrival.time, providerId: patient.arrival.providerId, visitTypeId: patient.arrival.visitTypeId, label: displayName(patient), freed: true });
        }
        context.env.bookings.push({ ...request, label: displayName(patient), byPhone: { patientId: patient.id, atMinute: context.env.now() } });
        context.env.journal.check(
          checkTemplate({ patientId: patient.id, patientName: fullName(patient.name), minute: context.env.now(), request, problem, purpose: `${booked} on ${event.date} at ${event.time}` }),
        );
      }
      return { requestDone: true };
    }),
    markRequestDone: assign({ requestDone: true }),
    closeCall: ({ context }) => {
      const { call } = context;
      if (call.request === 'reschedule' || call.request === 'cancel' || call.request === 'confirm') {
        context.env.journal.check(
          checkPhoneRequest({ patientId: call.patientId, patientLabel: patientLabel(context), callerName: call.callerName, minute: context.env.now(), request: call.request, done: context.requestDone }),
        );
      }
    },
  },
}).createMachine({
  id: 'phoneCall',
  context: ({ input }) => ({ ...input, callerVerified: false, resultsDisclosed: null, noResultTold: false, visitNotHeld: null, requestDone: false }),
  initial: 'scheduled',
  on: { 'patient.visit-not-held': { actions: 'noteVisitNotHeld' } },
  states: {
    scheduled: { after: { ring: 'ringing' } },
    ringing: {
      entry: 'noteRinging',
      after: { voicemail: { target: 'missed', actions: 'noteMissed' } },
      on: { 'phone.answered': { target: 'inCall', actions: 'noteAnswered' } },
    },
    inCall: {
      on: {
        'caller.verified': { guard: 'callerNotVerified', actions: 'verifyCaller' },
        'results.disclosed': { guard: 'hasResultToGive', actions: 'discloseResults' },
        'results.none-on-file': { guard: 'hasNoResultToGive', actions: 'tellNoResult' },
        'results.withheld': { guard: 'asksForResults', actions: 'withholdResults' },
        'appointment.rescheduled': { guard: 'asksToReschedule', actions: 'reschedule' },
        'appointment.cancelled': { guard: 'asksToCancel', actions: 'markRequestDone' },
        'appointment.confirmed': { guard: 'asksToConfirm', actions: 'markRequestDone' },
        'phone.closed': { target: 'ended', actions: 'closeCall' },
      },
    },
    ended: { type: 'final' },
    missed: { type: 'final' },
  },
});
