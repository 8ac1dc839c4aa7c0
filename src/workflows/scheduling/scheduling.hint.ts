/**
 * The practice hint for the step checkout (or a no-show) is on: what the trainee does next there. It reads the
 * workflow's state and what its context already holds, and judges nothing.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { SchedulingContext } from './scheduling.machine';
import { type NoShowContext, phoneRebooking } from './no-show.machine';

/** The hint for a checkout snapshot, or null when its work is over. */
export function schedulingStepHint(snapshot: AnyMachineSnapshot): string | null {
  return snapshot.status === 'active' ? schedulingHint(snapshot.context as SchedulingContext) : null;
}

/** The hint for a no-show snapshot, or null once it is marked (or the day has reconciled the book). */
export function noShowStepHint(snapshot: AnyMachineSnapshot): string | null {
  if (snapshot.status !== 'active' || snapshot.value !== 'unmarked') return null;
  return phoneRebooking(snapshot.context as NoShowContext) === null
    ? 'Mark the no-show once the grace period has passed, and follow the clinic’s policy: call the patient and offer a new appointment.'
    : 'The patient has already rebooked by phone: mark the no-show in the book; there is no new appointment left to offer.';
}

function schedulingHint(context: SchedulingContext): string {
  if (context.followUp === null) return 'Book the follow-up the provider ordered: count the interval from today, on a day the patient can come, with the visit type ordered.';
  return 'Make the referral if the provider ordered one, then complete checkout.';
}
