/**
 * What the patient on the phone says to the slot the MA offers for a visit (a move on a
 * confirmation call, a visit booked from a result or a refill): yes, or that it does not
 * work, and why, from the scenario's `availability`. A slot the patient said does not work is
 * not booked (the item's guard); it is no finding, since no rule the game scores covers it.
 */
import type { Scenario, ScenarioPatientAvailability } from '../../scenario/scenario.schema';
import { minutesOfDay } from '../../scenario/clock-time';
import { WEEKDAY_NAMES, weekdayOf } from '../../scenario/appointment-template';
import { type BookEntry, firstOpenAppointment, OPEN_APPOINTMENT_HORIZON_DAYS } from '../../workflows/shared/appointment-book';

/** The patient's answer to a slot: whether it suits, and the words they say. */
export interface SlotAnswer {
  readonly suits: boolean;
  readonly words: string;
}

/** What the patient says to the slot on `date` at `time`. */
export function slotAnswer(availability: ScenarioPatientAvailability | undefined, date: string, time: string): SlotAnswer {
  const weekday = WEEKDAY_NAMES[weekdayOf(date)] ?? '';
  const minute = minutesOfDay(time);
  if (availability?.notOn?.includes(weekday as (typeof WEEKDAY_NAMES)[number])) {
    return { suits: false, words: `${weekday} doesn’t work for me: I can’t come on ${availability.notOn.join(' or ')}. Is there another day?` };
  }
  if (availability?.notBefore !== undefined && minute < minutesOfDay(availability.notBefore)) {
    return { suits: false, words: `${time} is too early for me: I can’t get there before ${availability.notBefore}. Is there something later?` };
  }
  if (availability?.notAfter !== undefined && minute > minutesOfDay(availability.notAfter)) {
    return { suits: false, words: `${time} is too late for me: I need a time no later than ${availability.notAfter}. Is there something earlier?` };
  }
  return { suits: true, words: `${weekday} at ${time}? Yes, that works for me.` };
}

/** True when the patient can make the slot. */
export function slotSuits(availability: ScenarioPatientAvailability | undefined, date: string, time: string): boolean {
  return slotAnswer(availability, date, time).suits;
}

/**
 * The first slot open in the book from `from` on that the patient can make, within the
 * desk's horizon, or null: the book's first open slot, passing over the ones the patient
 * has said do not work.
 */
export function firstSuitableSlot(
  scenario: Scenario,
  request: { readonly providerId: string; readonly visitTypeId: string; readonly availability: ScenarioPatientAvailability | undefined },
  from: { readonly date: string; readonly minute: number },
  madeToday: readonly BookEntry[] = [],
): { readonly date: string; readonly time: string } | null {
  return firstOpenAppointment(scenario, request, from, madeToday, OPEN_APPOINTMENT_HORIZON_DAYS, (date, time) => slotSuits(request.availability, date, time));
}
