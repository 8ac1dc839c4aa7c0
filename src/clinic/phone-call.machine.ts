/**
 * A phone call during the day: it rings at its time and interrupts the trainee, who
 * answers it or lets it go to voicemail after a few minutes. On the call the front desk
 * verifies who is calling, keeps to the minimum necessary (a relative gets no results
 * unless the chart has a release of information for them — knowing the patient's details
 * is not permission: `privacy.minimum-necessary`), and does what a
 * scheduling call asks — reschedule, cancel or confirm the patient's appointment
 * (`scheduling.phone-request`, and `scheduling.template` for the new slot).
 *
 * scheduled → ringing → inCall → ended, or ringing → missed.
 */
import { assign, setup } from 'xstate';
import { type Scenario, type ScenarioPatient, type ScenarioPhoneCall } from '../scenario/scenario.schema';
import { minutesOfDay } from '../scenario/clock-time';
import { type CallerFacts, checkMinimumNecessary, releaseOnFileFor } from '../workflows/shared/privacy';
import { type BookingAsk, fromTheDayAfter, slotProblem } from '../workflows/shared/appointment-book';
import { checkPhoneRequest, checkTemplate } from '../workflows/shared/booking-rules';
import type { DayEnvironment } from '../domain/day-environment';
import { displayName, fullName } from '../domain/patient';
import type { PhoneCallEvent } from './phone-call.actions';

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
  /** The caller's scheduling request was carried out. */
  readonly requestDone: boolean;
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
  types: {} as { input: PhoneCallInput; context: PhoneCallContext; events: PhoneCallEvent },
  delays: {
    ring: ({ context }) => Math.max(0, minutesOfDay(context.call.time) - context.env.now()),
    voicemail: RING_MINUTES,
  },
  guards: {
    callerNotVerified: ({ context }) => !context.callerVerified,
    asksForResults: ({ context }) => context.call.request === 'results' && context.resultsDisclosed === null,
    asksToReschedule: ({ context }) => context.call.request === 'reschedule' && appointmentStillOpen(context),
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
        context.env.bookings.push({ ...request, label: displayName(patient), byPhone: { patientId: patient.id, atMinute: context.env.now() } });
        context.env.journal.check(
          checkTemplate({ patientId: patient.id, patientName: fullName(patient.name), minute: context.env.now(), request, problem, purpose: `rescheduled appointment on ${event.date} at ${event.time}` }),
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
  context: ({ input }) => ({ ...input, callerVerified: false, resultsDisclosed: null, requestDone: false }),
  initial: 'scheduled',
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
        'results.disclosed': { guard: 'asksForResults', actions: 'discloseResults' },
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
