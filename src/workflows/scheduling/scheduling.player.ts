/**
 * How the scripted trainees work checkout and no-shows.
 *
 * Checkout: the expert books the ordered visit type with the patient's provider on the
 * ideal date or the nearest day within the tolerance that the patient and the template
 * allow, at the free slot closest to the time of today's visit (patients keep their
 * routines); then the referral, with authorisation where the plan needs it. The novice, at
 * the mistake rate, counts the interval in the wrong unit or books another visit type
 * (the wrong length). No-shows: both mark them and offer a new appointment. (The phone's player is the day's:
 * `src/clinic/phone-call.player.ts`.)
 */
import type { MistakeDice, PlayerView, WorkflowPlayer } from '../shared/player';
import { type Scenario, type ScenarioPatient } from '../../scenario/scenario.schema';
import { addDays, type BookEntry, closestFreeSlot, intervalAfter, weekdayOf } from '../shared/appointment-book';
import type { SchedulingSnapshot } from './scheduling.machine';
import { type NoShowContext, phoneRebooking } from './no-show.machine';
import type { NoShowAction, SchedulingAction } from './scheduling.actions';
import { followUpRange, referralAuthorization } from './scheduling.rules';

/** Dates from `ideal` outwards (ideal, +1, −1, +2, −2 …) up to `spread` days each way. */
function datesAround(ideal: string, spread: number): string[] {
  const dates = [ideal];
  for (let d = 1; d <= spread; d++) dates.push(addDays(ideal, d), addDays(ideal, -d));
  return dates;
}

/** The follow-up the expert books: the ordered visit type, the nearest acceptable day, the slot nearest today's time. */
export function bestFollowUp(
  scenario: Scenario,
  patient: ScenarioPatient,
  options: { readonly visitTypeId?: string; readonly idealDate?: string; readonly madeToday?: readonly BookEntry[] } = {},
): Extract<SchedulingAction, { type: 'follow-up.booked' }> | null {
  const { visitTypeId, idealDate, madeToday = [] } = options;
  const order = patient.followUp;
  if (!order) return null;
  const providerId = patient.arrival.providerId;
  const type = visitTypeId ?? order.visitTypeId;
  const range = followUpRange(scenario.day.date, order);
  const ideal = idealDate ?? range.ideal;
  // Past the tolerance the booking is wrong anyway; searching two weeks out keeps a slot for a scenario with a full book.
  for (const date of datesAround(ideal, Math.max(order.toleranceDays, 14))) {
    if (date <= scenario.day.date || order.unavailableWeekdays.includes(weekdayOf(date))) continue;
    const time = closestFreeSlot(scenario, { date, providerId, visitTypeId: type }, patient.arrival.time, madeToday);
    if (time) return { type: 'follow-up.booked', date, time, visitTypeId: type, providerId };
  }
  return null;
}

/** The novice's slip: the interval counted in the wrong unit, or another visit type (another length). */
function mistakenFollowUp(scenario: Scenario, patient: ScenarioPatient, dice: MistakeDice, madeToday: readonly BookEntry[]): SchedulingAction | null {
  const order = patient.followUp;
  const provider = scenario.providers.find((p) => p.id === patient.arrival.providerId);
  if (!order || !provider) return null;
  const ordered = provider.template.visitTypes.find((v) => v.id === order.visitTypeId);
  const otherLengths = provider.template.visitTypes.filter((v) => !v.newPatient && v.minutes !== ordered?.minutes);
  if (otherLengths.length > 0 && dice.random.chance(0.5)) return bestFollowUp(scenario, patient, { visitTypeId: dice.random.pick(otherLengths).id, madeToday });
  const wrongUnit = order.interval.unit === 'months' ? 'weeks' : order.interval.unit === 'weeks' ? 'days' : 'weeks';
  return bestFollowUp(scenario, patient, { idealDate: intervalAfter(scenario.day.date, { value: order.interval.value, unit: wrongUnit }), madeToday });
}

function checkoutAction(view: PlayerView, dice?: MistakeDice): SchedulingAction | null {
  const snapshot = view.snapshot as unknown as SchedulingSnapshot;
  if (snapshot.status !== 'active' || snapshot.value !== 'atCheckout') return null;
  const { patient, scenario } = view;
  const context = snapshot.context;
  if (patient.followUp && context.followUp === null) {
    const madeToday = context.env.bookings;
    const booking = dice?.slips() ? mistakenFollowUp(scenario, patient, dice, madeToday) : bestFollowUp(scenario, patient, { madeToday });
    if (booking) return booking;
  }
  if (patient.referral && context.referral === null) {
    return { type: 'referral.made', specialty: patient.referral.specialty, authorizationRequested: referralAuthorization(patient) !== 'not-required' };
  }
  return { type: 'checkout.completed' };
}

/** The checkout workflow's scripted play. */
export const SCHEDULING_PLAYER: WorkflowPlayer<SchedulingAction> = {
  expert: (view) => checkoutAction(view),
  novice: (view, dice) => checkoutAction(view, dice),
};

/** Both trainees mark a no-show and offer the patient a new appointment, unless the patient has already rebooked by phone. */
function markNoShow(view: PlayerView): NoShowAction | null {
  if (view.snapshot.value !== 'unmarked') return null;
  return { type: 'no-show.marked', rescheduleOffered: phoneRebooking(view.snapshot.context as NoShowContext) === null };
}

/** The no-show's scripted play: both trainees mark it as the clinic's policy says. */
export const NO_SHOW_PLAYER: WorkflowPlayer<NoShowAction> = {
  expert: (view) => markNoShow(view),
  novice: (view) => markNoShow(view),
};
