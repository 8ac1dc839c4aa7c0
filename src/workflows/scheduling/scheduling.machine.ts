/**
 * Checkout: the scheduling workflow. The trainee books the follow-up the provider ordered
 * (checked against the order and against the provider's template and book as it is
 * booked) and makes the referral the provider ordered; completing checkout checks that
 * both were done. atCheckout → checkedOut.
 */
import { assign, setup, type SnapshotFrom } from 'xstate';
import type { CheckoutRecord } from '../../domain/chart';
import type { WorkflowInput } from '../workflow';
import { type BookingAsk, fromTheDayAfter, type SlotRequest, slotProblem, visitTypeOf } from '../shared/appointment-book';
import type { SchedulingAction } from './scheduling.actions';
import { checkTemplate } from '../shared/booking-rules';
import { checkFollowUp, checkReferral, referralAuthorization } from './scheduling.rules';
import { displayName, fullName } from '../../domain/patient';

/** What checkout has done so far. */
export interface SchedulingContext extends WorkflowInput {
  readonly followUp: SlotRequest | null;
  readonly referral: { readonly specialty: string; readonly authorizationRequested: boolean } | null;
}

/** A follow-up with `providerId` for `visitTypeId`: booked on a later day than the scenario's, never today. */
export function followUpAsk(context: Pick<SchedulingContext, 'scenario'>, providerId: string, visitTypeId: string): BookingAsk {
  return { providerId, visitTypeId, notBefore: fromTheDayAfter(context.scenario.day.date) };
}

function who(context: SchedulingContext) {
  return { patientId: context.patient.id, patientName: fullName(context.patient.name), minute: context.env.now() };
}

// The guards, shared with `schedulingAvailableActions`.
function followUpToBook(context: SchedulingContext): boolean {
  return context.patient.followUp !== undefined && context.followUp === null;
}

function referralToMake(context: SchedulingContext): boolean {
  return context.patient.referral !== undefined && context.referral === null;
}

export const schedulingMachine = setup({
  types: {} as { input: WorkflowInput; context: SchedulingContext; events: SchedulingAction; output: { checkout: CheckoutRecord } },
  guards: {
    followUpToBook: ({ context }) => followUpToBook(context),
    referralToMake: ({ context }) => referralToMake(context),
  },
  actions: {
    bookFollowUp: assign(({ context, event }) => {
      if (event.type !== 'follow-up.booked') return {};
      const request: SlotRequest = { date: event.date, time: event.time, visitTypeId: event.visitTypeId, providerId: event.providerId };
      const problem = slotProblem(context.scenario, request, followUpAsk(context, event.providerId, event.visitTypeId).notBefore, context.env.bookings);
      context.env.journal.check(checkTemplate({ ...who(context), request, problem, purpose: `follow-up on ${event.date} at ${event.time}` }));
      context.env.bookings.push({ ...request, label: displayName(context.patient) });
      return { followUp: request };
    }),
    makeReferral: assign(({ event }) =>
      event.type === 'referral.made' ? { referral: { specialty: event.specialty, authorizationRequested: event.authorizationRequested } } : {},
    ),
    completeCheckout: ({ context }) => {
      const { patient, scenario } = context;
      const provider = scenario.providers.find((p) => p.id === patient.arrival.providerId);
      if (patient.followUp) {
        context.env.journal.check(
          checkFollowUp({
            ...who(context),
            today: scenario.day.date,
            order: patient.followUp,
            providerId: patient.arrival.providerId,
            booked: context.followUp,
            visitMinutes: (id) => (provider ? visitTypeOf(provider, id)?.minutes : undefined),
          }),
        );
      }
      if (patient.referral) {
        context.env.journal.check(
          checkReferral({ ...who(context), order: patient.referral, made: context.referral, authorization: referralAuthorization(patient), payerId: patient.coverage?.payerId ?? null }),
        );
      }
    },
  },
}).createMachine({
  id: 'scheduling',
  context: ({ input }) => ({ ...input, followUp: null, referral: null }),
  initial: 'atCheckout',
  states: {
    atCheckout: {
      on: {
        'follow-up.booked': { guard: 'followUpToBook', actions: 'bookFollowUp' },
        'referral.made': { guard: 'referralToMake', actions: 'makeReferral' },
        'checkout.completed': { target: 'checkedOut', actions: 'completeCheckout' },
      },
    },
    checkedOut: { type: 'final' },
  },
  output: ({ context }) => ({
    checkout: {
      followUp: context.followUp && { date: context.followUp.date, time: context.followUp.time, visitTypeId: context.followUp.visitTypeId, providerId: context.followUp.providerId },
      referralMade: context.referral !== null,
    },
  }),
});

/** A checkout snapshot. */
export type SchedulingSnapshot = SnapshotFrom<typeof schedulingMachine>;

/** The checkout action types the machine accepts now, read from the context (the trainees ask before every move). */
export function schedulingAvailableActions(snapshot: SchedulingSnapshot): SchedulingAction['type'][] {
  if (snapshot.status !== 'active' || snapshot.value !== 'atCheckout') return [];
  const actions: SchedulingAction['type'][] = [];
  if (followUpToBook(snapshot.context)) actions.push('follow-up.booked');
  if (referralToMake(snapshot.context)) actions.push('referral.made');
  actions.push('checkout.completed');
  return actions;
}
