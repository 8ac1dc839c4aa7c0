/**
 * One item of the day's inbox (a result note, a portal message): it lands at its time on the
 * clinic clock and waits; the trainee opens it, works it (calls out, triage), and marks it
 * done, or sets it aside for later, or near closing hands a routine one over to the next
 * shift. It falls due at its due time. At the day's end an item not done is judged
 * (`dayEndJudgement`). What an item accepts and judges is its kind's (`inbox-kinds.ts`).
 *
 * scheduled → open (waiting ⇄ working) → done, or → handedOver.
 */
import { assign, enqueueActions, setup } from 'xstate';
import type { Scenario, ScenarioInboxItem } from '../../scenario/scenario.schema';
import { formatMinutesOfDay, minutesOfDay } from '../../scenario/clock-time';
import type { DayBooking, DayEnvironment } from '../../domain/day-environment';
import { fullName } from '../../domain/patient';
import { type BookingAsk, confirmationEntries, fromTheDayAfter, slotProblem } from '../../workflows/shared/appointment-book';
import { checkTemplate } from '../../workflows/shared/booking-rules';
import type { Check } from '../../scoring/finding';
import type { InboxEvent, InboxWorkAction } from './inbox.actions';
import { checkDue, checkEmergency, completionChecks, dayEndChecks, emergencyWindow, handOverNote, inboxChart, type InboxChart, type InboxWork, type JudgeAt, kindOf, mayHandOver, NO_WORK, withAction } from './inbox-kinds';
import { leftUndoneRule } from './inbox.rules';
import { chartNote } from './chart-note';
import { medicationLabel, REFILL_DECISION_WORDS } from './refill-kind';
import { passed } from '../../scoring/finding';

export interface InboxItemInput {
  readonly item: ScenarioInboxItem;
  readonly env: DayEnvironment;
  readonly scenario: Scenario;
}

/** An item and what has been done on it. */
export interface InboxItemContext extends InboxItemInput {
  readonly chart: InboxChart | undefined;
  readonly work: InboxWork;
  /** True once the item's due time has passed with the item not done. */
  readonly overdue: boolean;
  /** The minute the item was marked done or handed over, or null. */
  readonly settledAt: number | null;
  /** True while the item waits after being set aside (opening it again clears it). */
  readonly setAside: boolean;
  /** True once the item's emergency has been judged (as the patient was directed, or as its window closed), so it is judged once. */
  readonly emergencyJudged: boolean;
  /** The minute a refill request was sent to the provider, or null. */
  readonly sentToProviderAt: number | null;
  /** The minute the item was first opened (read), or null while nobody has opened it. */
  readonly openedAt: number | null;
  /** The note left for the next shift when the item was handed over, or null. */
  readonly handOverNote: string | null;
  /** The note written in the chart as the item was documented (`chartNote`), or null. */
  readonly chartNote: string | null;
}

/** The provider's answer to a refill request, coming back on the clinic clock after the MA routes it (never sent by the trainee). */
export interface ProviderAnswered {
  readonly type: 'inbox.provider-answered';
  readonly itemId: string;
}

/** The visit an item asks for (a `book-visit` result; a refill for a patient who must be seen): with its provider, on a later day than today. */
export function inboxVisitAsk(scenario: Scenario, item: Extract<ScenarioInboxItem, { kind: 'result-note' | 'refill-request' }>): BookingAsk | null {
  if (item.visitTypeId === undefined) return null;
  return { providerId: item.providerId, visitTypeId: item.visitTypeId, notBefore: fromTheDayAfter(scenario.day.date) };
}

function judgeAt(context: InboxItemContext): JudgeAt {
  return { item: context.item, chart: context.chart, scenario: context.scenario, minute: context.env.now() };
}

function isWork(event: InboxEvent | ProviderAnswered): event is InboxWorkAction {
  return !event.type.startsWith('inbox.');
}

function itemLabel(context: InboxItemContext): string {
  return kindOf(context.item).summary(context.item, context.chart);
}

/** What the day's timeline says as an item lands ("New in the inbox: … (due 15:45)"): the station finds its own announcement by it. */
export function arrivalNote(context: Pick<InboxItemContext, 'item' | 'chart'>): string {
  return `New in the inbox: ${kindOf(context.item).summary(context.item, context.chart)} (due ${context.item.due})`;
}

/** A booked visit's check against the template and the book, recorded as it is booked. */
function bookVisit(context: InboxItemContext, action: Extract<InboxWorkAction, { type: 'visit.booked' }>): Check | null {
  const { item } = context;
  if (item.kind !== 'result-note' && item.kind !== 'refill-request') return null;
  const ask = inboxVisitAsk(context.scenario, item);
  if (ask === null) return null;
  const request = { date: action.date, time: action.time, providerId: ask.providerId, visitTypeId: ask.visitTypeId };
  const problem = slotProblem(context.scenario, request, ask.notBefore, context.env.bookings);
  const name = context.chart ? fullName(context.chart.name) : item.patientId;
  context.env.bookings.push({ ...request, label: context.chart ? `${context.chart.name.given} ${context.chart.name.family}` : item.patientId });
  return checkTemplate({ patientId: item.patientId, patientName: name, minute: context.env.now(), request, problem, purpose: `${item.kind === 'result-note' ? `visit to discuss the ${item.test} result` : `visit for the ${medicationLabel(item)} refill`} on ${action.date} at ${action.time}` });
}

/** Tomorrow's appointment as the book holds it, labelled as `confirmationEntries` labels it. */
function appointmentEntry(context: InboxItemContext): DayBooking | null {
  const { item } = context;
  if (item.kind !== 'appointment-confirmation') return null;
  return confirmationEntries(context.scenario).find((entry) => entry.date === item.appointment.date && entry.time === item.appointment.time && entry.providerId === item.appointment.providerId) ?? null;
}

/** The appointment moved or cancelled on a confirmation call: its old slot frees, and a move books the new one, checked against the template and the book. */
function changeAppointment(context: InboxItemContext, action: Extract<InboxWorkAction, { type: 'confirmation.rescheduled' | 'confirmation.cancelled' }>): Check | null {
  const { item } = context;
  const entry = appointmentEntry(context);
  if (item.kind !== 'appointment-confirmation' || entry === null) return null;
  context.env.bookings.push({ ...entry, freed: true });
  if (action.type === 'confirmation.cancelled') return null;
  const request = { date: action.date, time: action.time, providerId: entry.providerId, visitTypeId: entry.visitTypeId };
  const problem = slotProblem(context.scenario, request, fromTheDayAfter(context.scenario.day.date), context.env.bookings);
  context.env.bookings.push({ ...request, label: entry.label });
  const name = context.chart ? fullName(context.chart.name) : item.patientId;
  return checkTemplate({ patientId: item.patientId, patientName: name, minute: context.env.now(), request, problem, purpose: `appointment moved from ${entry.date} at ${entry.time} to ${action.date} at ${action.time}` });
}

/** What a refill request sent to the provider waits for: whom, since when, and when the answer is expected (`HH:MM`). */
export interface ProviderWait {
  readonly provider: string;
  readonly sentAt: string;
  readonly answerBy: string;
}

/** The provider's answer a refill request waits for, or null when it waits for nothing (not sent, or answered). */
export function providerWait(context: InboxItemContext): ProviderWait | null {
  const { item, work, sentToProviderAt } = context;
  if (item.kind !== 'refill-request' || !work.refill.routed || work.refill.answered || sentToProviderAt === null) return null;
  const provider = context.scenario.providers.find((p) => p.id === item.providerId)?.name ?? item.providerId;
  return { provider, sentAt: formatMinutesOfDay(sentToProviderAt), answerBy: formatMinutesOfDay(sentToProviderAt + item.decision.afterMinutes) };
}

/**
 * What the day's end judges of an item: nothing once it is done or handed over; otherwise
 * it was left undone (never opened, set aside, or open), and an emergency it held was never
 * acted on unless its window already said so.
 */
export function dayEndJudgement(snapshot: { readonly context: InboxItemContext; matches(state: { open: 'working' }): boolean }, minute: number): Check[] {
  const { context } = snapshot;
  if (context.settledAt !== null) return [];
  const undone = snapshot.matches({ open: 'working' }) ? 'open' : context.setAside ? 'set-aside' : 'unread';
  return dayEndChecks({ item: context.item, chart: context.chart, scenario: context.scenario, minute }, context.work, undone, context.emergencyJudged);
}

/**
 * The timeline's line as an item's due time passes. An emergency message's due time is its
 * emergency window: once the patient was sent to 911 within it, the line says so, not that
 * the item is late (the playtester read "Past its due time" as a chest pain handled late).
 */
function overdueNote(context: InboxItemContext): string {
  if (emergencyWindow(context.item) !== null && context.work.emergencyDirected) {
    return `Its emergency window (act by ${context.item.due}) closed with the patient already told to call 911 in time; the rest of the item is routine: ${itemLabel(context)}`;
  }
  return `Past its due time (${context.item.due}): ${itemLabel(context)}`;
}

export const inboxItemMachine = setup({
  types: {} as { input: InboxItemInput; context: InboxItemContext; events: InboxEvent | ProviderAnswered },
  delays: {
    arrive: ({ context }) => Math.max(0, minutesOfDay(context.item.arrives) - context.env.now()),
    due: ({ context }) => Math.max(0, minutesOfDay(context.item.due) - context.env.now()),
  },
  guards: {
    accepts: ({ context, event }) => isWork(event) && kindOf(context.item).accepts(context.item, context.chart, context.work, event),
    mayHandOver: ({ context }) => mayHandOver(context.item, context.env.now(), minutesOfDay(context.scenario.day.end)),
  },
  actions: {
    noteArrived: ({ context }) =>
      context.env.journal.note({ minute: context.env.now(), patientId: context.item.patientId, kind: 'inbox-arrived', text: arrivalNote(context) }),
    noteOverdue: assign(({ context }) => {
      context.env.journal.note({ minute: context.env.now(), patientId: context.item.patientId, kind: 'inbox-overdue', text: overdueNote(context) });
      // An emergency message nobody acted on within the clinic's window is judged as the window closes.
      if (emergencyWindow(context.item) === null || context.emergencyJudged) return { overdue: true };
      const check = checkEmergency(judgeAt(context), context.work, 'window');
      if (check) context.env.journal.check(check);
      return { overdue: true, emergencyJudged: true };
    }),
    work: assign(({ context, event }) => {
      if (!isWork(event)) return {};
      const at = judgeAt(context);
      const booked = event.type === 'visit.booked' ? bookVisit(context, event) : event.type === 'confirmation.rescheduled' || event.type === 'confirmation.cancelled' ? changeAppointment(context, event) : null;
      const checks = event.type === 'visit.booked' ? [booked].filter((check): check is Check => check !== null) : [...kindOf(context.item).judgeAction(at, context.work, event), ...(booked ? [booked] : [])];
      const work = withAction(context.work, event);
      // An emergency is judged as the patient is sent to 911: in time, or past the window.
      // Or as they are told to come in later instead (on the line, or in a reply to the message): judged then, not left to the window.
      const deferred = event.type === 'emergency.deferred' || (event.type === 'message.replied' && event.reply === 'come-in-today');
      const emergency = context.emergencyJudged ? null : event.type === 'emergency.directed' ? checkEmergency(at, work, 'directed') : deferred ? checkEmergency(at, work, 'deferred') : null;
      if (emergency) checks.push(emergency);
      for (const check of checks) context.env.journal.check(check);
      // The chart keeps the note as it was written, whatever is done on the item after.
      const note = event.type === 'call.documented' ? { chartNote: chartNote(at, context.work) } : {};
      return emergency ? { work, emergencyJudged: true, ...note } : { work, ...note };
    }),
    askProvider: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'refill.routed' || context.item.kind !== 'refill-request') return;
      enqueue.assign({ sentToProviderAt: context.env.now() });
      enqueue.raise({ type: 'inbox.provider-answered', itemId: context.item.id }, { delay: context.item.decision.afterMinutes });
    }),
    providerAnswered: assign(({ context }) => {
      const { item } = context;
      if (item.kind !== 'refill-request') return {};
      const provider = context.scenario.providers.find((p) => p.id === item.providerId)?.name ?? item.providerId;
      context.env.journal.note({ minute: context.env.now(), patientId: item.patientId, kind: 'inbox-answered', text: `${provider} answered: ${itemLabel(context)}: ${REFILL_DECISION_WORDS[item.decision.kind]}` });
      return { work: { ...context.work, refill: { ...context.work.refill, answered: true } } };
    }),
    complete: assign(({ context }) => {
      for (const check of completionChecks(judgeAt(context), context.work, context.emergencyJudged)) context.env.journal.check(check);
      context.env.journal.note({ minute: context.env.now(), patientId: context.item.patientId, kind: 'inbox-done', text: `Done: ${itemLabel(context)}` });
      return { settledAt: context.env.now() };
    }),
    handOver: assign(({ context }) => {
      const at = judgeAt(context);
      context.env.journal.check(passed(leftUndoneRule, context.item.patientId, at.minute));
      context.env.journal.check(checkDue(at));
      const note = handOverNote(at, context.work);
      context.env.journal.note({ minute: at.minute, patientId: context.item.patientId, kind: 'inbox-done', text: `Handed over to the provider and the next shift, with a note: ${note}` });
      return { settledAt: at.minute, handOverNote: note };
    }),
  },
}).createMachine({
  id: 'inboxItem',
  context: ({ input }) => ({ ...input, chart: inboxChart(input.scenario, input.item.patientId), work: NO_WORK, overdue: false, settledAt: null, setAside: false, emergencyJudged: false, handOverNote: null, chartNote: null, openedAt: null, sentToProviderAt: null }),
  initial: 'scheduled',
  states: {
    scheduled: { after: { arrive: 'open' } },
    open: {
      entry: 'noteArrived',
      initial: 'waiting',
      after: { due: { actions: 'noteOverdue' } },
      on: { 'inbox.provider-answered': { actions: 'providerAnswered' } },
      states: {
        waiting: {
          on: {
            'inbox.opened': { target: 'working', actions: assign({ setAside: false, openedAt: ({ context }) => context.openedAt ?? context.env.now() }) },
            'inbox.handed-over': { guard: 'mayHandOver', target: '#inboxItem.handedOver', actions: 'handOver' },
          },
        },
        working: {
          on: {
            'inbox.set-aside': { target: 'waiting', actions: assign({ setAside: true }) },
            'inbox.handed-over': { guard: 'mayHandOver', target: '#inboxItem.handedOver', actions: 'handOver' },
            'inbox.completed': { target: '#inboxItem.done', actions: 'complete' },
            '*': { guard: 'accepts', actions: ['work', 'askProvider'] },
          },
        },
      },
    },
    done: { type: 'final' },
    handedOver: { type: 'final' },
  },
});
