/**
 * Whether an appointment fits a provider's template: the working weekdays, the template's
 * hours, the slot grid, blocked time, and how many patients a slot holds under the
 * scheduling method, against the appointments already booked that day.
 *
 * One function, `templateSlotProblem`, answers this for both sides of the book: the
 * scenario checks (the appointments a scenario declares) and the game's appointment book
 * (`src/workflows/shared/appointment-book.ts`, which re-exports what is here), so the checker
 * and the game always agree on what fits. It lives with the scenario, below the workflows,
 * since the scenario checks may not import a workflow.
 *
 * Scheduling methods follow the textbook definitions, which vary between texts
 * (secondary: `SOURCES.maSchedulingStudyGuides`); this module's reading of them:
 * - stream, cluster, open-hours: each appointment starts on the slot grid and occupies as
 *   many consecutive slots as its visit type's minutes need; no slot holds more than
 *   `maxPerSlot` appointments.
 * - wave: appointments start at the top of the hour only; an hour holds as many patients
 *   as it has slots, times `maxPerSlot`.
 * - modified-wave: the top of the hour holds two patients per `maxPerSlot`, every other
 *   slot of the grid one per `maxPerSlot`.
 */
import { daysBetween } from '../reference/iso-date';
import { minutesOfDay } from './clock-time';
import type { ScenarioProvider } from './scenario.schema';

/** One appointment as the book holds it. */
export interface BookEntry {
  readonly date: string;
  readonly time: string;
  readonly providerId: string;
  readonly visitTypeId: string;
  readonly label: string;
  /** True when the entry frees the slot it names (an appointment cancelled or moved today) rather than taking one. */
  readonly freed?: true;
}

/** An appointment the trainee proposes. */
export interface SlotRequest {
  readonly date: string;
  readonly time: string;
  readonly providerId: string;
  readonly visitTypeId: string;
}

/** Why a slot does not fit the template, or `null` when it does. */
export type SlotProblem =
  | { readonly kind: 'unknown-provider' }
  | { readonly kind: 'unknown-visit-type' }
  | { readonly kind: 'not-a-working-day'; readonly weekday: number }
  | { readonly kind: 'outside-hours'; readonly opensAt: string; readonly closesAt: string }
  | { readonly kind: 'off-grid'; readonly slotMinutes: number }
  | { readonly kind: 'blocked'; readonly start: string; readonly end: string; readonly reason: string }
  | { readonly kind: 'full'; readonly taken: readonly string[]; readonly maxPerSlot: number }
  | { readonly kind: 'in-the-past' };

/** Day names, Sunday first (the scenario's weekday numbering: 0 Sunday … 6 Saturday). */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** The weekday of an ISO date (0 Sunday … 6 Saturday); 1970-01-01 was a Thursday. */
export function weekdayOf(date: string): number {
  return (((daysBetween('1970-01-01', date) + 4) % 7) + 7) % 7;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** An ISO date in words, as the screen and the chart notes write it: 2026-06-10 → "Wednesday 10 June 2026". */
export function longDate(iso: string): string {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return `${WEEKDAY_NAMES[weekdayOf(iso)]} ${day} ${MONTH_NAMES[month - 1] ?? ''} ${year}`;
}

/** The provider's visit type of that id. */
export function visitTypeOf(provider: ScenarioProvider, visitTypeId: string): ScenarioProvider['template']['visitTypes'][number] | undefined {
  return provider.template.visitTypes.find((visitType) => visitType.id === visitTypeId);
}

/** The starts (minutes of the day) of the grid slots a visit of `minutes` starting at `start` occupies. */
export function coveredSlots(start: number, minutes: number, slotMinutes: number): number[] {
  const count = Math.max(1, Math.ceil(minutes / slotMinutes));
  return Array.from({ length: count }, (_, i) => start + i * slotMinutes);
}

/** Whether a visit of `minutes` starting at `start` occupies the grid slot at `slot`: `coveredSlots(start, minutes, slotMinutes).includes(slot)`, without building the list. */
export function coversSlot(start: number, minutes: number, slotMinutes: number, slot: number): boolean {
  const offset = slot - start;
  return offset >= 0 && offset % slotMinutes === 0 && offset / slotMinutes < Math.max(1, Math.ceil(minutes / slotMinutes));
}

/**
 * Why `request` does not fit the provider's template and the appointments `booked()` returns
 * (asked only when the template fits), or null when it fits. The first reason found, in this
 * order: the visit type, the weekday, the hours, the grid, blocked time, the slot's capacity.
 */
export function templateSlotProblem(provider: ScenarioProvider, request: SlotRequest, booked: () => readonly BookEntry[]): SlotProblem | null {
  const visitType = visitTypeOf(provider, request.visitTypeId);
  if (!visitType) return { kind: 'unknown-visit-type' };
  const template = provider.template;
  const start = minutesOfDay(request.time);
  const weekday = weekdayOf(request.date);
  if (!template.workingWeekdays.includes(weekday)) return { kind: 'not-a-working-day', weekday };
  const opens = minutesOfDay(template.opensAt);
  const closes = minutesOfDay(template.closesAt);
  if (start < opens || start + visitType.minutes > closes) return { kind: 'outside-hours', opensAt: template.opensAt, closesAt: template.closesAt };
  if ((start - opens) % template.slotMinutes !== 0) return { kind: 'off-grid', slotMinutes: template.slotMinutes };
  const end = start + visitType.minutes;
  const block = template.blocked.find((b) => start < minutesOfDay(b.end) && end > minutesOfDay(b.start));
  if (block) return { kind: 'blocked', start: block.start, end: block.end, reason: block.reason };
  return capacityProblem(provider, start, visitType.minutes, booked());
}

function capacityProblem(provider: ScenarioProvider, start: number, minutes: number, booked: readonly BookEntry[]): SlotProblem | null {
  const template = provider.template;
  const opens = minutesOfDay(template.opensAt);
  const { maxPerSlot, slotMinutes } = template;
  if (template.method === 'wave' || template.method === 'modified-wave') {
    const sameStart = booked.filter((entry) => minutesOfDay(entry.time) === start);
    if (template.method === 'wave') {
      if ((start - opens) % 60 !== 0) return { kind: 'off-grid', slotMinutes: 60 };
      const hourCapacity = maxPerSlot * Math.max(1, Math.floor(60 / slotMinutes));
      return sameStart.length >= hourCapacity ? { kind: 'full', taken: sameStart.map((e) => e.label), maxPerSlot: hourCapacity } : null;
    }
    const capacity = (start - opens) % 60 === 0 ? 2 * maxPerSlot : maxPerSlot;
    return sameStart.length >= capacity ? { kind: 'full', taken: sameStart.map((e) => e.label), maxPerSlot: capacity } : null;
  }
  const wanted = coveredSlots(start, minutes, slotMinutes);
  for (const slot of wanted) {
    const taken = booked.filter((entry) => {
      const type = visitTypeOf(provider, entry.visitTypeId);
      return coversSlot(minutesOfDay(entry.time), type?.minutes ?? slotMinutes, slotMinutes, slot);
    });
    if (taken.length >= maxPerSlot) return { kind: 'full', taken: taken.map((e) => e.label), maxPerSlot };
  }
  return null;
}
