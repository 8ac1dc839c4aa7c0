/**
 * Calendar dates as ISO strings ('YYYY-MM-DD'), without `Date`.
 *
 * ISO dates of this form sort as strings, so effective-date checks compare strings. Ages
 * need day counts, which `daysBetween` computes with integer arithmetic.
 */

/** A calendar date written 'YYYY-MM-DD'. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Dates already parsed: a day asks about the same few dates (birth dates, today, the
 * follow-up window) thousands of times. Bounded, since the screen also parses what is typed.
 */
const parsedDates = new Map<string, Readonly<{ year: number; month: number; day: number }> | null>();
const PARSED_DATES_KEPT = 4096;

/** The parts of a valid ISO date, or null if the string is not a real calendar date. */
export function parseIsoDate(value: string): Readonly<{ year: number; month: number; day: number }> | null {
  const known = parsedDates.get(value);
  if (known !== undefined) return known;
  const parts = parseUncached(value);
  if (parsedDates.size < PARSED_DATES_KEPT) parsedDates.set(value, parts);
  return parts;
}

function parseUncached(value: string): Readonly<{ year: number; month: number; day: number }> | null {
  const match = ISO_DATE.exec(value);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return Object.freeze({ year, month, day });
}

/** True if the string is a real calendar date written 'YYYY-MM-DD'. */
export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

// The date `days` days after 1970-01-01 (H. Hinnant's civil_from_days, the inverse of daysFromCivil).
function civilFromDays(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function requireDate(value: string, name: string): Readonly<{ year: number; month: number; day: number }> {
  const parts = parseIsoDate(value);
  if (parts === null) throw new RangeError(`${name} is not an ISO date (YYYY-MM-DD): ${value}`);
  return parts;
}

/** Whole days from `from` to `to` (negative if `to` is earlier). Throws on a malformed date. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = requireDate(from, 'from');
  const b = requireDate(to, 'to');
  return daysFromCivil(b.year, b.month, b.day) - daysFromCivil(a.year, a.month, a.day);
}

/** The ISO date `days` after `date` (negative: before). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const parts = requireDate(date, 'date');
  return civilFromDays(daysFromCivil(parts.year, parts.month, parts.day) + days);
}

function requireOrder(dateOfBirth: IsoDate, onDate: IsoDate): void {
  requireDate(dateOfBirth, 'dateOfBirth');
  requireDate(onDate, 'onDate');
  if (onDate < dateOfBirth) throw new RangeError(`onDate ${onDate} is before dateOfBirth ${dateOfBirth}`);
}

/** Age in completed years on `onDate` (a birthday counts on the day itself). */
export function ageInYears(dateOfBirth: IsoDate, onDate: IsoDate): number {
  requireOrder(dateOfBirth, onDate);
  const b = requireDate(dateOfBirth, 'dateOfBirth');
  const d = requireDate(onDate, 'onDate');
  const beforeBirthday = d.month < b.month || (d.month === b.month && d.day < b.day);
  return d.year - b.year - (beforeBirthday ? 1 : 0);
}

/** Age in completed months on `onDate`. */
export function ageInMonths(dateOfBirth: IsoDate, onDate: IsoDate): number {
  requireOrder(dateOfBirth, onDate);
  const b = requireDate(dateOfBirth, 'dateOfBirth');
  const d = requireDate(onDate, 'onDate');
  return (d.year - b.year) * 12 + (d.month - b.month) - (d.day < b.day ? 1 : 0);
}

/** Age in days on `onDate` (0 on the day of birth). */
export function ageInDays(dateOfBirth: IsoDate, onDate: IsoDate): number {
  requireOrder(dateOfBirth, onDate);
  return daysBetween(dateOfBirth, onDate);
}

/** True if `date` falls in the half-open period [from, to); `to` undefined means open-ended. */
export function isWithinPeriod(date: IsoDate, from: IsoDate, to?: IsoDate): boolean {
  return from <= date && (to === undefined || date < to);
}

/**
 * A date of birth as a person writes it on a label or a form, read as an ISO date: either
 * ISO already (1991-11-30) or the US order month/day/year (11/30/1991, 3/7/1991). Returns
 * null when it is neither or not a real date. Both orders carry the same facts; a label
 * is judged on the date, not on the way it is written.
 */
export function readWrittenDate(value: string): IsoDate | null {
  const text = value.trim();
  if (isIsoDate(text)) return text;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!us) return null;
  const iso = `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** An ISO date as a US form and a patient write it: 1967-06-21 → "6/21/1967". */
export function formatUsDate(iso: IsoDate): string {
  const parts = parseIsoDate(iso);
  return parts === null ? iso : `${parts.month}/${parts.day}/${parts.year}`;
}
