/**
 * A patient who did not come: the encounter's no-show stage invokes this machine. The
 * trainee marks the no-show in the book and applies the clinic's policy (synthetic, in
 * `scheduling.no-show`'s source: call the patient and offer a new appointment), unless the
 * patient has already rebooked by phone, when only marking it is left. The front
 * desk reconciles the day's book just before closing: a no-show still unmarked then is a
 * finding, and the stage ends so the day can close.
 *
 * unmarked → marked | unmarkedAtClose (or notTheTraineesTask when the scenario turns scheduling off).
 */
import { assign, setup, type SnapshotFrom } from 'xstate';
import { minutesOfDay } from '../../scenario/clock-time';
import type { WorkflowInput } from '../workflow';

import type { NoShowAction } from './scheduling.actions';
import { checkNoShow } from './scheduling.rules';
import { fullName } from '../../domain/patient';

/** Minutes before closing at which the desk reconciles the day's book (and an unmarked no-show becomes a finding). */
export const RECONCILE_MINUTES_BEFORE_CLOSE = 1;

/** What the no-show stage knows. */
export interface NoShowContext extends WorkflowInput {
  readonly rescheduleOffered: boolean;
  /** The appointment the patient had already rebooked by phone when the no-show was marked, or null. */
  readonly rebooked: PhoneRebooking | null;
}

/** An appointment a no-show patient booked on their own call: the slot, with whom, for what, and the clinic minute of the call. */
export interface PhoneRebooking {
  readonly date: string;
  readonly time: string;
  readonly providerId: string;
  readonly visitTypeId: string;
  readonly atMinute: number;
}

/**
 * The appointment the patient has rebooked by phone since missing today's, or null: the
 * latest slot their own call booked (`phone-call.machine.ts`). Nothing is left to offer
 * such a patient; the no-show is still marked, so the book and its statistics are right.
 */
export function phoneRebooking(context: Pick<WorkflowInput, 'env' | 'patient'>): PhoneRebooking | null {
  const booking = context.env.bookings.findLast((entry) => entry.byPhone?.patientId === context.patient.id && entry.freed === undefined);
  if (!booking?.byPhone) return null;
  return { date: booking.date, time: booking.time, providerId: booking.providerId, visitTypeId: booking.visitTypeId, atMinute: booking.byPhone.atMinute };
}

function noShowCheck(context: NoShowContext, marked: boolean) {
  return checkNoShow({
    patientId: context.patient.id,
    patientName: fullName(context.patient.name),
    minute: context.env.now(),
    appointmentTime: context.patient.arrival.time,
    marked,
    rescheduleOffered: context.rescheduleOffered,
    rebooked: context.rebooked !== null,
  });
}

export const noShowMachine = setup({
  types: {} as { input: WorkflowInput; context: NoShowContext; events: NoShowAction },
  delays: {
    reconcile: ({ context }) => Math.max(0, minutesOfDay(context.scenario.day.end) - RECONCILE_MINUTES_BEFORE_CLOSE - context.env.now()),
  },
  guards: {
    schedulingOff: ({ context }) => !context.scenario.workflows.scheduling,
  },
  actions: {
    applyPolicy: assign(({ context, event }) => ({ rescheduleOffered: event.rescheduleOffered, rebooked: phoneRebooking(context) })),
    journalMarked: ({ context }) => context.env.journal.check(noShowCheck(context, true)),
    journalUnmarked: ({ context }) => context.env.journal.check(noShowCheck(context, false)),
  },
}).createMachine({
  id: 'no-show',
  context: ({ input }) => ({ ...input, rescheduleOffered: false, rebooked: null }),
  initial: 'deciding',
  states: {
    // With the scheduling workflow off, another member of staff keeps the book.
    deciding: { always: [{ guard: 'schedulingOff', target: 'notTheTraineesTask' }, { target: 'unmarked' }] },
    unmarked: {
      on: { 'no-show.marked': { target: 'marked', actions: ['applyPolicy', 'journalMarked'] } },
      after: { reconcile: { target: 'unmarkedAtClose', actions: 'journalUnmarked' } },
    },
    marked: { type: 'final' },
    unmarkedAtClose: { type: 'final' },
    notTheTraineesTask: { type: 'final' },
  },
});

/** A no-show snapshot. */
export type NoShowSnapshot = SnapshotFrom<typeof noShowMachine>;

/** The no-show action while the no-show is unmarked. */
export function noShowAvailableActions(snapshot: NoShowSnapshot): NoShowAction['type'][] {
  return snapshot.status === 'active' && snapshot.value === 'unmarked' ? ['no-show.marked'] : [];
}
