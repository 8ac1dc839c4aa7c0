/**
 * How the scripted trainees work checkout, no-shows and the phone.
 *
 * Checkout: the expert books the ordered visit type with the patient's provider on the
 * ideal date or the nearest day within the tolerance that the patient and the template
 * allow, at the free slot closest to the time of today's visit (patients keep their
 * routines); then the referral, with authorisation where the plan needs it. The novice, at
 * the mistake rate, counts the interval in the wrong unit or books another visit type
 * (the wrong length). No-shows: both mark them and offer a new appointment. The phone:
 * both ask the caller who they are; the expert gives results only to the patient or a
 * person the chart has a release of information for, and carries out scheduling requests;
 * the novice, at the mistake rate, takes a relative who knows the details for one who may
 * be told, and gives them the results.
 */
import type { TraineeAction } from '../../clinic/trainee-action';
import { mayReceiveResults } from '../shared/privacy';
import type { MistakeDice, PhonePlayer, PhoneView, PlayerView, WorkflowPlayer } from '../shared/player';
import { type Scenario, type ScenarioPatient, type ScenarioProvider } from '../../scenario/scenario.schema';
import { minutesOfDay } from '../../scenario/clock-time';
import { callerFacts, type PhoneCallContext } from '../../clinic/phone-call.machine';
import { addDays, type BookEntry, gridTimes, intervalAfter, slotProblem, weekdayOf } from '../shared/appointment-book';
import type { SchedulingSnapshot } from './scheduling.machine';
import type { NoShowAction, SchedulingAction } from './scheduling.actions';
import { followUpRange, referralAuthorization } from './scheduling.rules';

/** Per provider and preferred time: the provider's slot times, closest first. The same for every date searched, so sorted once. */
const slotsByCloseness = new WeakMap<ScenarioProvider, Map<string, readonly string[]>>();

function slotsClosestTo(provider: ScenarioProvider, preferredTime: string): readonly string[] {
  let byTime = slotsByCloseness.get(provider);
  if (!byTime) {
    byTime = new Map();
    slotsByCloseness.set(provider, byTime);
  }
  const known = byTime.get(preferredTime);
  if (known) return known;
  const preferred = minutesOfDay(preferredTime);
  const slots = gridTimes(provider)
    .map((time) => ({ time, minute: minutesOfDay(time) }))
    .sort((a, b) => Math.abs(a.minute - preferred) - Math.abs(b.minute - preferred) || a.minute - b.minute)
    .map(({ time }) => time);
  byTime.set(preferredTime, slots);
  return slots;
}

/** The free slot on `date` closest to `preferredTime`, or null. */
function closestFreeSlot(
  scenario: Scenario,
  request: { date: string; providerId: string; visitTypeId: string },
  preferredTime: string,
  madeToday: readonly BookEntry[],
): string | null {
  const provider = scenario.providers.find((p) => p.id === request.providerId);
  if (!provider) return null;
  // On a day the provider does not work, `slotProblem` refuses every slot: no need to ask slot by slot.
  if (!provider.template.workingWeekdays.includes(weekdayOf(request.date))) return null;
  return slotsClosestTo(provider, preferredTime).find((time) => slotProblem(scenario, { ...request, time }, undefined, madeToday) === null) ?? null;
}

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

/** Both trainees mark a no-show and offer the patient a new appointment. */
export const NO_SHOW_PLAYER: WorkflowPlayer<NoShowAction> = {
  expert: (view) => (view.snapshot.value === 'unmarked' ? { type: 'no-show.marked', rescheduleOffered: true } : null),
  novice: (view) => (view.snapshot.value === 'unmarked' ? { type: 'no-show.marked', rescheduleOffered: true } : null),
};

/** The first free slot for the caller's visit, from a week after today, for a reschedule. */
function rescheduleSlot(context: PhoneCallContext): { date: string; time: string } | null {
  const patient = context.scenario.patients.find((p) => p.id === context.call.patientId);
  if (!patient) return null;
  const start = addDays(context.scenario.day.date, 7);
  for (let d = 0; d < 28; d++) {
    const date = addDays(start, d);
    const time = closestFreeSlot(context.scenario, { date, providerId: patient.arrival.providerId, visitTypeId: patient.arrival.visitTypeId }, patient.arrival.time, context.env.bookings);
    if (time) return { date, time };
  }
  return null;
}

function phoneAction(view: PhoneView, dice?: MistakeDice): TraineeAction | null {
  const { callId, snapshot } = view;
  if (snapshot.value === 'ringing') return { type: 'phone.answered', callId };
  if (snapshot.value !== 'inCall') return null;
  const context = snapshot.context as PhoneCallContext;
  const { call } = context;
  // The expert asks every caller who they are; whether that allows sharing is the chart's to say.
  const facts = callerFacts(context);
  if (!context.callerVerified && (call.caller === 'patient' || call.caller === 'relative')) return { type: 'caller.verified', callId };
  switch (call.request) {
    case 'results':
      if (context.resultsDisclosed !== null) break;
      if (mayReceiveResults(facts)) {
        return { type: 'results.disclosed', callId };
      }
      // Wanting to help a worried relative is the usual reason the minimum necessary is broken.
      return dice?.slips() ? { type: 'results.disclosed', callId } : { type: 'results.withheld', callId };
    case 'reschedule': {
      if (context.requestDone) break;
      const slot = rescheduleSlot(context);
      if (slot) return { type: 'appointment.rescheduled', callId, ...slot };
      break;
    }
    case 'cancel':
      if (!context.requestDone) return { type: 'appointment.cancelled', callId };
      break;
    case 'confirm':
      if (!context.requestDone) return { type: 'appointment.confirmed', callId };
      break;
    case 'general':
      break;
  }
  return { type: 'phone.closed', callId };
}

/** The front desk's phone play: privacy first, then what the caller asked. */
export const FRONT_DESK_PHONE_PLAYER: PhonePlayer<TraineeAction> = {
  expert: (view) => phoneAction(view),
  novice: (view, dice) => phoneAction(view, dice),
};
