/**
 * What tomorrow's book holds once the day's confirmation calls are made: each appointment
 * the inbox asked the MA to confirm, as it now stands (confirmed, moved and where to,
 * cancelled with its slot free, a message left, no answer, or not called), in the book's
 * order. The day's end writes it on the timeline, so the debrief says it.
 */
import type { Scenario } from '../../scenario/scenario.schema';
import { inboxChart, type InboxWork } from './inbox-kinds';

/** One confirmation item and what was done on it. */
export interface ConfirmationState {
  readonly itemId: string;
  readonly work: InboxWork;
}

/** One line of tomorrow's book: when, who, and where the appointment stands. */
export interface TomorrowLine {
  readonly time: string;
  readonly patientId: string;
  readonly text: string;
}

/** Where one of tomorrow's appointments stands after the work on its confirmation item: "confirmed", "moved to 2026-06-12 at 09:15, the slot is free"… */
export function confirmationStanding(work: InboxWork): string {
  if (work.confirmation === 'confirmed') return 'confirmed';
  if (work.confirmation === 'cancelled') return 'cancelled, the slot is free';
  if (work.confirmation === 'rescheduled' && work.rescheduledTo) return `moved to ${work.rescheduledTo.date} at ${work.rescheduledTo.time}, the slot is free`;
  if (work.message !== null) return 'not confirmed: a message was left';
  if (work.noAnswer) return 'not confirmed: nobody answered';
  return work.callPlaced ? 'not confirmed' : 'not confirmed: not called';
}

/** Tomorrow's confirmations as the book now holds them, by time; empty for a day without any. */
export function tomorrowBook(scenario: Scenario, states: readonly ConfirmationState[]): TomorrowLine[] {
  const workOf = new Map(states.map((state) => [state.itemId, state.work]));
  return (scenario.inbox ?? [])
    .flatMap((item) => {
      if (item.kind !== 'appointment-confirmation') return [];
      const chart = inboxChart(scenario, item.patientId);
      const name = chart ? `${chart.name.given} ${chart.name.family}` : item.patientId;
      const work = workOf.get(item.id);
      return [{ time: item.appointment.time, patientId: item.patientId, text: `${item.appointment.time} ${name}: ${work ? confirmationStanding(work) : 'not confirmed: not called'}` }];
    })
    .sort((a, b) => a.time.localeCompare(b.time));
}

/** The day-end summary line: "Tomorrow's book (2026-06-11): 08:30 Nora Quinn: confirmed; …", or null without confirmations. */
export function tomorrowBookText(scenario: Scenario, states: readonly ConfirmationState[]): string | null {
  const lines = tomorrowBook(scenario, states);
  if (lines.length === 0) return null;
  return `Tomorrow's book (${dateOf(scenario)}): ${lines.map((line) => line.text).join('; ')}.`;
}

function dateOf(scenario: Scenario): string {
  for (const item of scenario.inbox ?? []) if (item.kind === 'appointment-confirmation') return item.appointment.date;
  return '';
}
