/**
 * The appointment book as a pure module: each provider's template (slot grid, blocked time,
 * visit types and their lengths, most patients per slot, scheduling method, working
 * weekdays), the appointments already in the book — those the scenario lists and those its
 * `appointmentBookFill` fills in, fewer the further ahead — and the date arithmetic a
 * follow-up needs, all on ISO date strings, without `Date`.
 *
 * Whether one appointment fits a template (the weekday, the hours, the grid, blocked time, a
 * slot's capacity under the scheduling method) is `templateSlotProblem`
 * (`src/scenario/appointment-template.ts`), re-exported here with its types: the scenario
 * checks ask the same function of the appointments a scenario declares, so the checker and
 * the game agree on what fits.
 */
import { daysBetween, parseIsoDate } from '../../reference/iso-date';
import { type Scenario, type ScenarioProvider } from '../../scenario/scenario.schema';
import { formatMinutesOfDay, minutesOfDay } from '../../scenario/clock-time';
import {
  type BookEntry,
  coversSlot,
  type SlotProblem,
  type SlotRequest,
  templateSlotProblem as problemAgainst,
  visitTypeOf,
  WEEKDAY_NAMES,
  weekdayOf,
} from '../../scenario/appointment-template';
import { displayName } from '../../domain/patient';
import { addDays } from '../../reference/iso-date';

export { type BookEntry, type SlotProblem, type SlotRequest, templateSlotProblem, visitTypeOf, WEEKDAY_NAMES, weekdayOf } from '../../scenario/appointment-template';

/** The ISO date `days` days after `date` (before it when negative): the reference's date arithmetic. */
export { addDays };

/** The same day of the month `months` months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const parts = parseIsoDate(date);
  if (parts === null) throw new RangeError(`not an ISO date: ${date}`);
  const index = parts.year * 12 + (parts.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoDate(year, month, Math.min(parts.day, monthLength(year, month)));
}

/** The ideal date of a follow-up `interval` after `date`. */
export function intervalAfter(date: string, interval: { readonly value: number; readonly unit: 'days' | 'weeks' | 'months' }): string {
  if (interval.unit === 'months') return addMonths(date, interval.value);
  return addDays(date, interval.unit === 'weeks' ? interval.value * 7 : interval.value);
}

/** "3 months", "2 weeks", "1 day". */
export function describeInterval(interval: { readonly value: number; readonly unit: 'days' | 'weeks' | 'months' }): string {
  const unit = interval.value === 1 ? interval.unit.slice(0, -1) : interval.unit;
  return `${interval.value} ${unit}`;
}

function monthLength(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The scenario's own entries for a provider on a date — its appointment book, and on the
 * scenario's day the patients scheduled today — in that order. A scenario never changes,
 * and the booking searches ask slot after slot, so each provider-date is worked out once.
 */
const scenarioEntries = new WeakMap<Scenario, Map<string, { readonly book: readonly BookEntry[]; readonly today: readonly BookEntry[] }>>();

function scenarioBookedOn(scenario: Scenario, providerId: string, date: string): { readonly book: readonly BookEntry[]; readonly today: readonly BookEntry[] } {
  let byKey = scenarioEntries.get(scenario);
  if (!byKey) {
    byKey = new Map();
    scenarioEntries.set(scenario, byKey);
  }
  const key = `${providerId} ${date}`;
  const known = byKey.get(key);
  if (known) return known;
  const declared = [
    ...scenario.appointmentBook
      .filter((entry) => entry.providerId === providerId && entry.date === date)
      .map((entry) => ({ date: entry.date, time: entry.time, providerId: entry.providerId, visitTypeId: entry.visitTypeId, label: entry.patientLabel })),
    ...confirmationEntries(scenario).filter((entry) => entry.providerId === providerId && entry.date === date),
  ];
  const provider = scenario.providers.find((p) => p.id === providerId);
  const book = provider && date > scenario.day.date ? [...declared, ...filledBookings(scenario, provider, date, declared)] : declared;
  const today =
    date !== scenario.day.date
      ? []
      : scenario.patients.flatMap((patient): BookEntry[] =>
          patient.arrival.kind === 'scheduled' && patient.arrival.providerId === providerId
            ? [{ date, time: patient.arrival.time, providerId, visitTypeId: patient.arrival.visitTypeId, label: displayName(patient) }]
            : [],
        );
  const entries = { book, today };
  byKey.set(key, entries);
  return entries;
}

/**
 * The appointments the inbox asks the MA to confirm, as the book holds them from the start
 * of the day: each with its patient's chart name ("H. Park").
 */
export function confirmationEntries(scenario: Scenario): BookEntry[] {
  return (scenario.inbox ?? []).flatMap((item): BookEntry[] => {
    if (item.kind !== 'appointment-confirmation') return [];
    const person = scenario.patients.find((p) => p.id === item.patientId) ?? scenario.charts?.find((c) => c.id === item.patientId);
    return [{ ...item.appointment, label: person ? `${person.name.given.charAt(0)}. ${person.name.family}` : item.patientId }];
  });
}

/** True when `entry` is the slot `freed` gives back. */
function sameSlot(entry: BookEntry, freed: BookEntry): boolean {
  return entry.date === freed.date && entry.time === freed.time && entry.providerId === freed.providerId && entry.label === freed.label;
}

/**
 * Everything already booked on a day for a provider: the scenario's appointment book for
 * future days, what was booked earlier today (`madeToday`), and on the scenario's own day
 * the patients scheduled today. An entry of `madeToday` marked `freed` (a cancellation, or
 * the old slot of a moved appointment, today's included) takes its slot out of the book.
 */
export function bookedOn(scenario: Scenario, providerId: string, date: string, madeToday: readonly BookEntry[] = []): BookEntry[] {
  const { book, today } = scenarioBookedOn(scenario, providerId, date);
  const mine = madeToday.filter((entry) => entry.providerId === providerId && entry.date === date);
  const freed = mine.filter((entry) => entry.freed === true);
  if (freed.length === 0) return [...book, ...mine, ...today];
  // Each freed entry gives back one booking of that slot and label: the latest taken before it, or the book's own, or a patient's scheduled today (an appointment moved by phone).
  const taken: BookEntry[] = [...book];
  const scheduled: BookEntry[] = [...today];
  for (const entry of mine) {
    if (entry.freed !== true) {
      taken.push(entry);
      continue;
    }
    const index = taken.findLastIndex((held) => sameSlot(held, entry));
    if (index >= 0) taken.splice(index, 1);
    else {
      const todays = scheduled.findIndex((held) => sameSlot(held, entry));
      if (todays >= 0) scheduled.splice(todays, 1);
    }
  }
  return [...taken, ...scheduled];
}

/**
 * Why `request` does not fit the provider's template and book, or null when it does.
 * `notBefore` (a date and minute) rules out slots in the past, e.g. a walk-in's arrival.
 */
export function slotProblem(
  scenario: Scenario,
  request: SlotRequest,
  notBefore?: { readonly date: string; readonly minute: number },
  madeToday: readonly BookEntry[] = [],
): SlotProblem | null {
  const provider = scenario.providers.find((p) => p.id === request.providerId);
  if (!provider) return { kind: 'unknown-provider' };
  if (!visitTypeOf(provider, request.visitTypeId)) return { kind: 'unknown-visit-type' };
  const start = minutesOfDay(request.time);
  if (notBefore && (request.date < notBefore.date || (request.date === notBefore.date && start < notBefore.minute))) return { kind: 'in-the-past' };
  return problemAgainst(provider, request, () => bookedOn(scenario, provider.id, request.date, madeToday));
}

/** The share of free slots already taken `daysAhead` days after the scenario's day: `nearFill` falling in a straight line to `farFill`. */
export function fillShare(fill: NonNullable<Scenario['appointmentBookFill']>, daysAhead: number): number {
  const progress = Math.min(1, Math.max(0, (daysAhead - 1) / fill.overDays));
  return fill.nearFill + (fill.farFill - fill.nearFill) * progress;
}

/** A number in [0, 1) from a string (FNV-1a, then a final mix): the same string, the same number. */
function unitHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  hash ^= hash >>> 12;
  return (hash >>> 0) / 0x1_0000_0000;
}

/** Surnames and initials for the patients already in the book (synthetic: a name on a slot, nobody real). */
const BOOKED_FAMILY_NAMES = [
  'Abernathy', 'Baptiste', 'Castellano', 'Dimitriou', 'Eriksen', 'Fairbanks', 'Gallagher', 'Hollis', 'Ibarra', 'Jankowski',
  'Kowalczyk', 'Lindgren', 'Mbeki', 'Nakashima', 'Oyelowo', 'Pellegrino', 'Quintero', 'Rasmussen', 'Sorensen', 'Thibodeaux',
  'Underwood', 'Varga', 'Whitcombe', 'Yamamoto', 'Zielinski', 'Achebe', 'Brannigan', 'Chaudhry', 'Delacroix', 'Esposito',
] as const;
const BOOKED_INITIALS = 'ABCDEFGHJKLMNPRSTVW';

/**
 * The bookings the scenario's `appointmentBookFill` adds on one future day, around the
 * appointments it `declared`: each slot of the grid in turn is taken at the day's share,
 * as one of the provider's visit types that fits the template and what is already booked.
 * A pure function of the scenario, the provider and the date.
 */
export function filledBookings(scenario: Scenario, provider: ScenarioProvider, date: string, declared: readonly BookEntry[]): BookEntry[] {
  const fill = scenario.appointmentBookFill;
  if (!fill || !provider.template.workingWeekdays.includes(weekdayOf(date))) return [];
  const share = fillShare(fill, daysBetween(scenario.day.date, date));
  const template = provider.template;
  const capacity = template.method === 'wave' ? template.maxPerSlot * Math.max(1, Math.floor(60 / template.slotMinutes)) : template.method === 'modified-wave' ? 2 * template.maxPerSlot : template.maxPerSlot;
  const opens = minutesOfDay(template.opensAt);
  const types = template.visitTypes;
  const key = `${scenario.id}|${fill.seed ?? 0}|${provider.id}|${date}`;
  const entries: BookEntry[] = [...declared];
  for (const time of gridTimes(provider)) {
    if (template.method === 'wave' && (minutesOfDay(time) - opens) % 60 !== 0) continue;
    for (let place = 0; place < capacity; place++) {
      if (unitHash(`${key}|${time}|${place}|taken`) >= share) continue;
      // The visit type is drawn; when it does not fit (past lunch or closing, over a booked slot) the next one is tried.
      const first = Math.floor(unitHash(`${key}|${time}|${place}|type`) * types.length);
      for (let k = 0; k < types.length; k++) {
        const type = types[(first + k) % types.length]!;
        const request = { date, time, providerId: provider.id, visitTypeId: type.id };
        if (problemAgainst(provider, request, () => entries) !== null) continue;
        const family = BOOKED_FAMILY_NAMES[Math.floor(unitHash(`${key}|${time}|${place}|name`) * BOOKED_FAMILY_NAMES.length)]!;
        const initial = BOOKED_INITIALS[Math.floor(unitHash(`${key}|${time}|${place}|initial`) * BOOKED_INITIALS.length)]!;
        entries.push({ date, time, providerId: provider.id, visitTypeId: type.id, label: `${initial}. ${family}` });
        break;
      }
    }
  }
  return entries.slice(declared.length);
}

/** The problem in words, for a finding. */
export function describeSlotProblem(problem: SlotProblem, request: SlotRequest): string {
  const when = `${request.date} at ${request.time}`;
  switch (problem.kind) {
    case 'unknown-provider':
      return `there is no provider "${request.providerId}" in the clinic`;
    case 'unknown-visit-type':
      return `"${request.visitTypeId}" is not one of the provider's visit types`;
    case 'not-a-working-day':
      return `${when} is a ${WEEKDAY_NAMES[problem.weekday]}, when the provider does not see patients`;
    case 'outside-hours':
      return `the visit at ${when} does not fit inside the template's hours (${problem.opensAt}–${problem.closesAt})`;
    case 'off-grid':
      return `${request.time} is not on the template's ${problem.slotMinutes}-minute grid`;
    case 'blocked':
      return `the visit at ${when} runs into blocked time ${problem.start}–${problem.end} (${problem.reason})`;
    case 'full':
      return `the slot at ${when} is already full (${problem.taken.join(', ')}); the template allows ${problem.maxPerSlot} per slot`;
    case 'in-the-past':
      return `${when} has already passed`;
  }
}

/** The grid slots of a provider's day, as `HH:MM`. */
export function gridTimes(provider: ScenarioProvider): string[] {
  const template = provider.template;
  const opens = minutesOfDay(template.opensAt);
  const closes = minutesOfDay(template.closesAt);
  const times: string[] = [];
  for (let minute = opens; minute < closes; minute += template.slotMinutes) times.push(formatMinutesOfDay(minute));
  return times;
}

/** The first slot on `date` at or after `fromMinute` that fits the template and the book, or null. */
export function firstFreeSlot(
  scenario: Scenario,
  request: { readonly date: string; readonly providerId: string; readonly visitTypeId: string },
  fromMinute = 0,
  madeToday: readonly BookEntry[] = [],
): string | null {
  const provider = scenario.providers.find((p) => p.id === request.providerId);
  if (!provider) return null;
  for (const time of gridTimes(provider)) {
    if (minutesOfDay(time) < fromMinute) continue;
    if (slotProblem(scenario, { ...request, time }, undefined, madeToday) === null) return time;
  }
  return null;
}

/** How many days ahead the desk looks for the first open appointment (four weeks). */
export const OPEN_APPOINTMENT_HORIZON_DAYS = 28;

/**
 * The first appointment open in the book from `from` on — the rest of that day at or after
 * its minute, then each later day from opening — within `horizonDays`, or null when the
 * book is full that far ahead. Days the provider does not work are skipped by the template.
 * With `suits`, open slots it turns down are passed over (a time the patient cannot make).
 */
export function firstOpenAppointment(
  scenario: Scenario,
  request: { readonly providerId: string; readonly visitTypeId: string },
  from: { readonly date: string; readonly minute: number },
  madeToday: readonly BookEntry[] = [],
  horizonDays = OPEN_APPOINTMENT_HORIZON_DAYS,
  suits: (date: string, time: string) => boolean = () => true,
): { readonly date: string; readonly time: string } | null {
  for (let day = 0; day <= horizonDays; day++) {
    const date = addDays(from.date, day);
    let minute = day === 0 ? from.minute : 0;
    for (let time = firstFreeSlot(scenario, { ...request, date }, minute, madeToday); time !== null; time = firstFreeSlot(scenario, { ...request, date }, minute, madeToday)) {
      if (suits(date, time)) return { date, time };
      minute = minutesOfDay(time) + 1;
    }
  }
  return null;
}

/**
 * A booking the desk is about to make, before its slot is chosen: with whom, for which
 * visit type, and the earliest date and minute the workflow accepts for it.
 */
export interface BookingAsk {
  readonly providerId: string;
  readonly visitTypeId: string;
  readonly notBefore: { readonly date: string; readonly minute: number };
}

/** The earliest start of a booking that must fall on a later day than `today` (a follow-up, a rescheduled visit): the next day's first minute. */
export function fromTheDayAfter(today: string): { readonly date: string; readonly minute: number } {
  return { date: addDays(today, 1), minute: 0 };
}

/**
 * What a slot of the book is for a booking, as the booking's own check (`slotProblem`) sees it:
 * - `free`: the visit fits (others may hold the slot when the template allows more than one);
 * - `booked`: the slot itself is full; `runs-into-booking`: it has room, but the visit's
 *   length runs into a full slot after it;
 * - `blocked`: the slot lies in blocked time; `runs-into-blocked`: the visit runs into it;
 * - `closed`: the provider does not work that day; `outside-hours`: the visit runs past
 *   closing; `not-a-start-time`: the method starts visits only on the hour (wave);
 * - `passed`: earlier on the day the booking may first start (a walk-in's slots before its
 *   arrival); `too-soon`: a day before it (today, for a follow-up that must be on a later
 *   day); `unknown-visit`: the provider has no such visit type.
 */
export const SLOT_STATUS_KINDS = ['free', 'booked', 'runs-into-booking', 'blocked', 'runs-into-blocked', 'closed', 'outside-hours', 'not-a-start-time', 'passed', 'too-soon', 'unknown-visit'] as const;
/** One kind of slot status. */
export type SlotStatusKind = (typeof SLOT_STATUS_KINDS)[number];

/** One slot of the book for a booking: what it is, why (the booking check's own problem), and who already holds it. */
export interface SlotStatus {
  readonly date: string;
  readonly time: string;
  readonly kind: SlotStatusKind;
  /** What the booking's check says of this slot: null exactly when `kind` is `free`. */
  readonly problem: SlotProblem | null;
  /** The appointments already holding this slot (starting in it, or running over it), by label. */
  readonly holders: readonly string[];
}

/** The labels of the appointments holding the slot at `start`: for wave methods those starting then, else every visit running over it. */
function holdersOf(provider: ScenarioProvider, start: number, booked: readonly BookEntry[]): string[] {
  const template = provider.template;
  if (template.method === 'wave' || template.method === 'modified-wave') return booked.filter((entry) => minutesOfDay(entry.time) === start).map((entry) => entry.label);
  return booked
    .filter((entry) => coversSlot(minutesOfDay(entry.time), visitTypeOf(provider, entry.visitTypeId)?.minutes ?? template.slotMinutes, template.slotMinutes, start))
    .map((entry) => entry.label);
}

function statusKind(problem: SlotProblem | null, start: number, holders: readonly string[], tooSoon: boolean): SlotStatusKind {
  if (problem === null) return 'free';
  switch (problem.kind) {
    case 'unknown-provider':
    case 'unknown-visit-type':
      return 'unknown-visit';
    case 'not-a-working-day':
      return 'closed';
    case 'outside-hours':
      return 'outside-hours';
    case 'off-grid':
      return 'not-a-start-time';
    case 'blocked':
      return start >= minutesOfDay(problem.start) && start < minutesOfDay(problem.end) ? 'blocked' : 'runs-into-blocked';
    case 'full':
      // The check stops at the first full slot the visit needs: when that is this slot, its takers are this slot's holders.
      return problem.taken.length === holders.length && problem.taken.every((label, i) => label === holders[i]) ? 'booked' : 'runs-into-booking';
    case 'in-the-past':
      return tooSoon ? 'too-soon' : 'passed';
  }
}

/** The status of the slot at `date` `time` for `ask`, with the appointments already booked and those `madeToday`. */
export function slotStatus(scenario: Scenario, ask: BookingAsk, date: string, time: string, madeToday: readonly BookEntry[] = []): SlotStatus {
  const request: SlotRequest = { date, time, providerId: ask.providerId, visitTypeId: ask.visitTypeId };
  const problem = slotProblem(scenario, request, ask.notBefore, madeToday);
  const provider = scenario.providers.find((p) => p.id === ask.providerId);
  const start = minutesOfDay(time);
  const holders = provider ? holdersOf(provider, start, bookedOn(scenario, provider.id, date, madeToday)) : [];
  return { date, time, kind: statusKind(problem, start, holders, date < ask.notBefore.date), problem, holders };
}

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
export function closestFreeSlot(
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
