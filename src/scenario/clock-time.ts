/**
 * Times of day on the clinic clock: `HH:MM` and minutes since midnight. Kept apart from
 * the scenario schema so that code which only tells the time does not load Zod.
 */

/** `HH:MM` on the 24-hour clock. */
export const CLOCK_TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Times already converted: at most the 1,440 valid `HH:MM` strings (an invalid one throws and is not kept). */
const minutesByTime = new Map<string, number>();

/** Minutes since midnight for an `HH:MM` time of day. */
export function minutesOfDay(time: string): number {
  const known = minutesByTime.get(time);
  if (known !== undefined) return known;
  const match = CLOCK_TIME_PATTERN.exec(time);
  if (!match) throw new RangeError(`not a time of day: ${time}`);
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  minutesByTime.set(time, minutes);
  return minutes;
}

/** `HH:MM` for minutes since midnight. */
export function formatMinutesOfDay(minutes: number): string {
  const whole = Math.floor(minutes);
  const hours = Math.floor(whole / 60);
  const mins = whole % 60;
  return `${String(hours).padStart(2, '0')}:${String(mins).padStart(2, '0')}`;
}
