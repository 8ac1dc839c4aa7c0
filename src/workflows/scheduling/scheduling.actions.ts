/**
 * What the trainee does at checkout and about a no-show, as typed events named as facts.
 * (The scheduling requests of a phone call are the phone call's events: `clinic/phone-call.machine.ts`.)
 */
import { clockTimeEntry, idEntry, isoDateEntry, textEntry } from '../../scenario/entries';
import { schemaOf, z } from '../../scenario/zod';

/** Every action of the checkout (scheduling) workflow. */
export type SchedulingAction =
  | { type: 'follow-up.booked'; date: string; time: string; visitTypeId: string; providerId: string }
  | { type: 'referral.made'; specialty: string; authorizationRequested: boolean }
  | { type: 'checkout.completed' };

/** Marking a patient who did not come, applying the clinic's policy (offer a new appointment). */
export type NoShowAction = { type: 'no-show.marked'; rescheduleOffered: boolean };

export type SchedulingActionType = SchedulingAction['type'] | NoShowAction['type'];

/** Every checkout action, checked at the edge before any machine sees it. */
export const schedulingActionSchema = schemaOf<SchedulingAction>()(
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('follow-up.booked'), date: isoDateEntry(), time: clockTimeEntry(), visitTypeId: idEntry(), providerId: idEntry() }),
    z.strictObject({ type: z.literal('referral.made'), specialty: textEntry(100), authorizationRequested: z.boolean() }),
    z.strictObject({ type: z.literal('checkout.completed') }),
  ]),
);

/** The no-show action, checked at the edge before any machine sees it. */
export const noShowActionSchema = schemaOf<NoShowAction>()(
  z.discriminatedUnion('type', [z.strictObject({ type: z.literal('no-show.marked'), rescheduleOffered: z.boolean() })]),
);

/** One example of every checkout and no-show action. */
export const SCHEDULING_ACTION_SAMPLES: readonly (SchedulingAction | NoShowAction)[] = [
  { type: 'follow-up.booked', date: '2026-03-24', time: '08:45', visitTypeId: 'follow-up', providerId: 'dr-test' },
  { type: 'referral.made', specialty: 'Nutrition', authorizationRequested: true },
  { type: 'checkout.completed' },
  { type: 'no-show.marked', rescheduleOffered: true },
];
