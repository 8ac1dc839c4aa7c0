/**
 * Pure helpers of the front-desk stations (check-in, checkout, no-show, phone): how dates
 * and money read on the panels, the questions the trainee composes and how
 * the patient says their answers, and the appointment book laid out as a grid. Nothing
 * here decides a rule: each cell of the grid shows what the appointment book's own check
 * (`slotStatus`) says of that slot for the booking being made, and every cell stays
 * selectable.
 */
import { cptEntry } from '../../src/reference/cpt-hcpcs';
import { TESTS } from '../../src/reference/tests';
import { type Scenario, type ScenarioPatient, type ScenarioPhoneCall, type ScenarioProvider } from '../../src/scenario/scenario.schema';
import { formatMinutesOfDay, minutesOfDay } from '../../src/scenario/clock-time';
import { rescheduleWish } from '../../src/clinic/phone-call.machine';
import { type Respondent } from '../../src/workflows/shared/patient-identity';
import { formatUsDate } from '../../src/reference/iso-date';
import { longDate as dateInWords } from '../../src/scenario/appointment-template';
import { addDays, type BookEntry, type BookingAsk, describeInterval, gridTimes, type SlotStatus, type SlotStatusKind, slotStatus, visitTypeOf, WEEKDAY_NAMES, weekdayOf } from '../../src/workflows/shared/appointment-book';

function dateParts(iso: string): { year: number; month: number; day: number } {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return { year, month, day };
}

/** An ISO date as a US form and a patient say it: 1967-06-21 → "6/21/1967". */
export const usDate = formatUsDate;

/** An ISO date in words: 2026-06-10 → "Wednesday 10 June 2026" (the domain's words, which the chart notes use too). */
export const longDate = dateInWords;

/** A short column heading: 2026-06-10 → "Wed 6/10". */
export function shortDate(iso: string): string {
  const { month, day } = dateParts(iso);
  return `${(WEEKDAY_NAMES[weekdayOf(iso)] ?? '').slice(0, 3)} ${month}/${day}`;
}

/** The name of who speaks at the desk: the patient's given name, or "Lucía Ramírez (mother)". */
export function speakerName(patient: ScenarioPatient, respondent: Respondent): string {
  return respondent.kind === 'patient' ? patient.name.given : `${respondent.name} (${respondent.relationship.toLowerCase()})`;
}

/** One planned service of the visit: a CPT code with our own short description. */
export interface PlannedService {
  readonly code: string;
  readonly description: string;
  readonly test: string;
}

/** The services on the schedule for the visit (the provider's orders), by CPT code. */
export function plannedServices(patient: ScenarioPatient): PlannedService[] {
  return patient.orders.flatMap((order) => {
    const test = TESTS.find((t) => t.id === order.testId);
    if (!test) return [];
    return test.codes.map((billed) => ({ code: billed.code, description: cptEntry(billed.code)?.shortDescription ?? test.displayName, test: test.displayName }));
  });
}

/**
 * What the eligibility response says of prior authorisation: only `codes`, the services
 * planned for this visit that the plan's (synthetic) policy authorises in advance as the
 * domain finds them (intake's `priorAuthorizationCodes`), with our short descriptions; never
 * a service on the plan's list that nobody planned (the playtest: an ECG named for a
 * feverish infant).
 */
export function priorAuthorizationLine(codes: readonly string[]): string {
  const needed = codes.map((code) => `${code} (${cptEntry(code)?.shortDescription ?? code})`);
  return needed.length === 0
    ? 'Prior authorisation: none needed for the services planned for this visit, under this plan’s policy.'
    : `Prior authorisation required for a service planned for this visit: ${needed.join('; ')}.`;
}

/** The provider's follow-up order as written in the note: "Return in 3 months, follow-up visit." */
export function followUpOrderText(order: NonNullable<ScenarioPatient['followUp']>, provider: ScenarioProvider | undefined): string {
  const visitType = provider ? visitTypeOf(provider, order.visitTypeId) : undefined;
  return `Return in ${describeInterval(order.interval)}, ${visitWords(visitType?.name ?? order.visitTypeId)}.`;
}

/** A visit type's name as a phrase that says "visit" once: "follow-up visit", "chronic-care visit", "visit to discuss results". */
export function visitWords(name: string): string {
  const words = name.toLowerCase();
  return /\bvisit\b/.test(words) ? words : `${words} visit`;
}

/** What the patient says about days they cannot come ("I can’t come on Mondays."), or null. */
export function availabilityText(order: NonNullable<ScenarioPatient['followUp']>): string | null {
  if (order.unavailableWeekdays.length === 0) return null;
  const days = order.unavailableWeekdays.map((day) => `${WEEKDAY_NAMES[day] ?? ''}s`);
  const list = days.length === 1 ? days[0] : `${days.slice(0, -1).join(', ')} or ${days.at(-1)}`;
  return `I can’t come on ${list}.`;
}

/** The Monday of the week `date` falls in. */
export function mondayOf(date: string): string {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

/** One cell of the appointment book. */
export interface BookCell {
  readonly date: string;
  readonly time: string;
  /** How the cell is drawn: free to book, taken, blocked, or not open to this booking. */
  readonly kind: 'closed' | 'blocked' | 'booked' | 'free';
  /** What the cell says: "Free", "Lunch", "Booked: Booked patient A", "Runs into Lunch", "Closed". */
  readonly text: string;
  /** What the appointment book's own check says of the slot for this booking. */
  readonly status: SlotStatus;
}

/** A block of days of the book: the columns, the slot times, and the cells row by row. */
export interface BookPage {
  readonly dates: readonly string[];
  readonly times: readonly string[];
  readonly rows: readonly (readonly BookCell[])[];
}

const CELL_KIND: Readonly<Record<SlotStatusKind, BookCell['kind']>> = {
  free: 'free',
  booked: 'booked',
  'runs-into-booking': 'booked',
  blocked: 'blocked',
  'runs-into-blocked': 'blocked',
  closed: 'closed',
  'outside-hours': 'closed',
  'not-a-start-time': 'closed',
  passed: 'closed',
  'too-soon': 'closed',
  'unknown-visit': 'closed',
};

/** The words of a cell for the slot's status. */
function cellText(status: SlotStatus): string {
  const holders = status.holders.join(', ');
  const problem = status.problem;
  switch (status.kind) {
    case 'free':
      return holders === '' ? 'Free' : `Free, with ${holders}`;
    case 'booked':
      return `Booked: ${holders}`;
    case 'runs-into-booking':
      return `Runs into ${problem?.kind === 'full' ? problem.taken.join(', ') : 'a booking'}`;
    case 'blocked':
      return problem?.kind === 'blocked' ? problem.reason : 'Blocked';
    case 'runs-into-blocked':
      return `Runs into ${problem?.kind === 'blocked' ? problem.reason : 'blocked time'}`;
    case 'closed':
      return 'Closed';
    case 'outside-hours':
      return 'Runs past closing';
    case 'not-a-start-time':
      return 'Not a start time';
    case 'passed':
      return holders === '' ? 'Passed' : `Passed, booked: ${holders}`;
    case 'too-soon':
      return holders === '' ? 'Too soon' : `Too soon, booked: ${holders}`;
    case 'unknown-visit':
      return 'No such visit type';
  }
}

/**
 * The provider's book for `days` days from `firstDate`, on the template's slot grid, each
 * cell as the appointment book's own check sees it for `ask` (the booking the desk is making).
 */
export function bookPage(scenario: Scenario, provider: ScenarioProvider, firstDate: string, days: number, ask: BookingAsk, madeToday: readonly BookEntry[] = []): BookPage {
  const dates = Array.from({ length: days }, (_, i) => addDays(firstDate, i));
  const times = gridTimes(provider);
  const rows = times.map((time) =>
    dates.map((date): BookCell => {
      const status = slotStatus(scenario, ask, date, time, madeToday);
      return { date, time, kind: CELL_KIND[status.kind], text: cellText(status), status };
    }),
  );
  return { dates, times, rows };
}

/** The minute of day as the book writes it. */
export function clockText(minute: number): string {
  return formatMinutesOfDay(minute);
}

/** The part of the day a clock time falls in, as a caller says it. */
function partOfDay(time: string): 'morning' | 'afternoon' {
  return minutesOfDay(time) < 12 * 60 ? 'morning' : 'afternoon';
}

/**
 * What a caller moving an appointment says of it and of what they ask for, from the scenario
 * and the call's wish: "I had an appointment this morning at 09:30 with Dr. Domínguez, and I
 * missed it. Could I come next week instead: Thursday 29 October 2026 or later that week, in
 * the morning, around 09:30?" Null for a patient with no appointment today (a walk-in).
 */
function rescheduleRequestWords(scenario: Scenario, call: ScenarioPhoneCall, patient: ScenarioPatient): string | null {
  const { arrival } = patient;
  if (arrival.kind !== 'scheduled') return null;
  const provider = scenario.providers.find((p) => p.id === arrival.providerId)?.name ?? arrival.providerId;
  const own = call.caller === 'patient';
  const who = own ? 'I' : patient.name.given;
  const wish = rescheduleWish(scenario, patient);
  // A patient who did not come phones after the time (the morning's no-show); one who cannot come phones before it.
  const missed = arrival.noShow && minutesOfDay(call.time) > minutesOfDay(arrival.time);
  const appointment = missed
    ? `${who} had an appointment this ${partOfDay(arrival.time)} at ${arrival.time} with ${provider}, and ${own ? 'I missed it, I’m sorry' : 'missed it'}.`
    : `${who} ${own ? 'have' : 'has'} an appointment today at ${arrival.time} with ${provider}, and ${own ? 'I' : patient.name.given} can’t make it.`;
  return `${appointment} Could ${who} come next week instead: ${longDate(wish.fromDate)} or later that week, in the ${partOfDay(wish.nearTime)}, around ${wish.nearTime}?`;
}

/** What the caller says when the trainee answers, in their own words: a caller moving an appointment names it and says what they would like instead. */
export function callerOpening(call: ScenarioPhoneCall, patient: ScenarioPatient | null, scenario: Scenario): string {
  const given = patient?.name.given ?? 'the patient';
  const introductions: Readonly<Record<ScenarioPhoneCall['caller'], string>> = {
    relative: `this is ${call.callerName}, ${given}’s family`,
    patient: `this is ${call.callerName}`,
    payer: `this is ${call.callerName} from the insurance company`,
    pharmacy: `this is ${call.callerName} at the pharmacy`,
  };
  const who = introductions[call.caller];
  const whose = call.caller === 'patient' ? 'my' : `${given}’s`;
  switch (call.request) {
    case 'results':
      return `Hi, ${who}. I’m calling for ${whose} test results — are they back yet?`;
    case 'reschedule': {
      const request = patient ? rescheduleRequestWords(scenario, call, patient) : null;
      return `Hello, ${who}. ${request ?? `I need to move ${whose} appointment to another day, please.`}`;
    }
    case 'cancel':
      return `Hello, ${who}. I’m calling to cancel ${whose} appointment.`;
    case 'confirm':
      return `Hi, ${who}. I just want to confirm ${whose} appointment.`;
    case 'general':
      return `Hello, ${who}. I have a quick question about ${whose} visit.`;
  }
}
