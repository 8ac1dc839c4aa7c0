/**
 * Schemas for the fields a person fills in, shared by every action schema: free text, ids,
 * times of day and calendar dates, each refused with a message that says what is expected.
 */
import { parseIsoDate } from '../reference/iso-date';
import { CLOCK_TIME_PATTERN } from './clock-time';
import { z } from './zod';

/** A free-text entry as a person types it (an allergy, a chief complaint, a name): text of at most `max` characters. */
export function textEntry(max: number) {
  return z.string().check(z.maxLength(max));
}

/** An id of something in the day (a patient, a call, a provider, a visit type): non-empty text of at most 64 characters. */
export function idEntry() {
  return z.string().check(z.minLength(1), z.maxLength(64));
}

/** A time of day, `HH:MM` on the 24-hour clock. */
export function clockTimeEntry() {
  return z.string().check(z.regex(CLOCK_TIME_PATTERN, { message: 'is not a time of day (HH:MM, 24-hour clock)' }));
}

/** A calendar date, `YYYY-MM-DD`. */
export function isoDateEntry() {
  return z.string().check(z.refine((text) => parseIsoDate(text) !== null, { message: 'is not a calendar date (YYYY-MM-DD)' }));
}
