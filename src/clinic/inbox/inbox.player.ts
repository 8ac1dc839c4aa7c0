/**
 * How the scripted trainees work an inbox item. The expert opens it, and on a result calls,
 * acts on any emergency the person describes, confirms two identifiers, gives the released
 * words only to a person the chart allows (declining anyone else), passes any question to
 * the provider, books the visit or sends the education the provider asked for, leaves a
 * call-back-only voicemail or records no answer, documents the call and marks it done; a
 * message goes to the provider, is answered (an admin request), or, describing an emergency,
 * has the patient told to call 911. The novice, at the mistake rate, skips the identifiers,
 * reads the result to a spouse with no release, adds "that's fine", answers the question
 * itself, leaves the result on a voicemail, handles an emergency as routine and forgets to
 * document. The inbox is the day's, not a workflow's: its player lives with its machine.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { Scenario } from '../../scenario/scenario.schema';
import { addDays, fromTheDayAfter } from '../../workflows/shared/appointment-book';
import { firstSuitableSlot } from './slot-answer';
import type { MistakeDice } from '../../workflows/shared/player';
import type { DayBooking } from '../../domain/day-environment';
import type { InboxEvent } from './inbox.actions';
import { inboxVisitAsk, type InboxItemContext } from './inbox-item.machine';
import { answererOf, mayHearResult, readerOf } from './inbox-kinds';
import { resultEducationTopic } from '../../scenario/result-education';
import { suitableMaterials } from '../../reference/education/materials';
import { refillStep, refillWaitsForProvider } from './refill.player';

/** What an inbox player sees: the item's snapshot, the scenario, the clock and the day's bookings. */
export interface InboxView {
  readonly itemId: string;
  readonly snapshot: AnyMachineSnapshot;
  readonly scenario: Scenario;
  readonly minute: number;
  readonly bookings: readonly DayBooking[];
}

/** How the trainees work an inbox item. */
export interface InboxPlayer {
  expert(view: InboxView): InboxEvent | null;
  novice(view: InboxView, dice: MistakeDice): InboxEvent | null;
}

/** The first open slot from tomorrow for the visit a result asks for, or null. */
function visitSlot(view: InboxView, context: InboxItemContext): { date: string; time: string } | null {
  if (context.item.kind !== 'result-note') return null;
  const ask = inboxVisitAsk(view.scenario, context.item);
  return ask === null ? null : firstSuitableSlot(view.scenario, { ...ask, availability: context.item.availability }, ask.notBefore, view.bookings);
}

function resultStep(view: InboxView, context: InboxItemContext, dice?: MistakeDice): InboxEvent | null {
  const { item, work, chart } = context;
  if (item.kind !== 'result-note') return null;
  const itemId = item.id;
  const answerer = answererOf(item, chart);
  if (!work.callPlaced) return { type: 'call.placed', itemId };
  // An emergency the person describes comes before anything else on the call; the novice, at a slip, carries on with the routine.
  if (answerer.live && item.emergency !== undefined && !work.emergencyDirected && !dice?.slips()) return { type: 'emergency.directed', itemId };
  if (work.emergencyDirected) return work.documented || dice?.slips() ? { type: 'inbox.completed', itemId } : { type: 'call.documented', itemId };
  if (answerer.live) {
    if (!work.identified && work.told === null && !work.withheld && !dice?.slips()) return { type: 'caller.identified', itemId };
    if (work.told === null && !work.withheld) {
      // Wanting to help a worried spouse is the usual reason a result reaches someone with no release.
      const tell = mayHearResult(answerer) || dice?.slips();
      if (!tell) return { type: 'result.withheld', itemId };
      return { type: 'result.told', itemId, words: dice?.slips() ? 'own-reading' : 'as-released' };
    }
    if (item.question !== undefined && work.told !== null && work.question === null) return { type: dice?.slips() ? 'question.answered' : 'question.routed', itemId };
    if (item.instruction === 'book-visit' && mayHearResult(answerer) && work.booked === null) {
      const slot = visitSlot(view, context);
      if (slot) return { type: 'visit.booked', itemId, ...slot };
    }
  }
  if (item.answeredBy.kind === 'voicemail' && work.voicemail === null) return { type: 'voicemail.left', itemId, content: dice?.slips() ? 'result-details' : 'call-back-only' };
  if (item.answeredBy.kind === 'no-answer' && !work.noAnswer) return { type: 'no-answer.recorded', itemId };
  if (item.instruction === 'start-medication' && work.educationSent === null) {
    // Both trainees read the chart's language and reading level before the shelf: the easiest leaflet on the plan's topic that suits it.
    const topic = resultEducationTopic(item);
    const reader = readerOf(chart);
    const material = topic === null ? undefined : suitableMaterials(topic, reader.language, reader.maxGrade)[0];
    if (material) return { type: 'education.sent', itemId, materialId: material.id };
  }
  if (!work.documented && !dice?.slips()) return { type: 'call.documented', itemId };
  return { type: 'inbox.completed', itemId };
}

function messageStep(context: InboxItemContext, dice?: MistakeDice): InboxEvent | null {
  const { item, work } = context;
  if (item.kind !== 'patient-message') return null;
  const itemId = item.id;
  if (!work.routed && !work.replied && !work.emergencyDirected) {
    switch (item.concern) {
      case 'emergency':
        // Read as one more message for the provider's queue.
        return dice?.slips() ? { type: 'message.routed', itemId } : { type: 'emergency.directed', itemId };
      case 'question-for-provider':
        return dice?.slips() ? { type: 'message.replied', itemId, reply: 'advise' } : { type: 'message.routed', itemId };
      case 'admin':
        // The clinic's own answer where it has one; without one, the provider's office answers.
        return item.reply === undefined ? { type: 'message.routed', itemId } : { type: 'message.replied', itemId, reply: 'clinic-answer' };
    }
  }
  if (work.callPlaced && !work.documented && !dice?.slips()) return { type: 'call.documented', itemId };
  return { type: 'inbox.completed', itemId };
}

/**
 * A confirmation call: the expert calls, confirms two identifiers with the patient (or the
 * person with a release), confirms, moves (to the first open slot from tomorrow) or cancels
 * as asked, leaves a message within the clinic's policy on voicemail or with anyone else,
 * records no answer, documents and marks it done. The novice, at a slip, skips the
 * identifiers, leaves a message naming the visit, forgets to record no answer, or agrees to
 * move the visit without booking it in the book; each slip is final, since the novice
 * moves on to documenting.
 */
function confirmationStep(view: InboxView, context: InboxItemContext, dice?: MistakeDice): InboxEvent | null {
  const { item, work, chart } = context;
  if (item.kind !== 'appointment-confirmation') return null;
  const itemId = item.id;
  const answerer = answererOf(item, chart);
  if (!work.callPlaced) return { type: 'call.placed', itemId };
  if (mayHearResult(answerer) && work.confirmation === null && !work.documented) {
    if (!work.identified && !dice?.slips()) return { type: 'caller.identified', itemId };
    if (item.wants === 'cancel') return { type: 'confirmation.cancelled', itemId };
    if (item.wants !== 'reschedule') return { type: 'confirmation.confirmed', itemId };
    const ask = { providerId: item.appointment.providerId, visitTypeId: item.appointment.visitTypeId, notBefore: fromTheDayAfter(view.scenario.day.date) };
    // The patient asks for another day: the first open slot from the day after the appointment.
    const slot = dice?.slips() ? null : firstSuitableSlot(view.scenario, { ...ask, availability: item.availability }, { date: addDays(item.appointment.date, 1), minute: 0 }, view.bookings);
    if (slot) return { type: 'confirmation.rescheduled', itemId, ...slot };
  }
  const leavesMessage = item.answeredBy.kind === 'voicemail' || (answerer.live && !mayHearResult(answerer));
  if (leavesMessage && work.message === null) {
    const content = dice?.slips() ? 'visit-details' : view.scenario.clinic.voicemailGivesAppointmentTime ? 'appointment-time' : 'call-back-only';
    return { type: 'confirmation.message-left', itemId, content };
  }
  if (item.answeredBy.kind === 'no-answer' && !work.noAnswer && !work.documented && !dice?.slips()) return { type: 'no-answer.recorded', itemId };
  if (!work.documented && !dice?.slips()) return { type: 'call.documented', itemId };
  return { type: 'inbox.completed', itemId };
}

function inboxStep(view: InboxView, dice?: MistakeDice): InboxEvent | null {
  const { snapshot, itemId } = view;
  if (snapshot.status !== 'active') return null;
  const context = snapshot.context as InboxItemContext;
  // A refill set aside while the provider decides is left until the answer comes.
  if (snapshot.matches({ open: 'waiting' })) return refillWaitsForProvider(context) ? null : { type: 'inbox.opened', itemId };
  if (!snapshot.matches({ open: 'working' })) return null;
  switch (context.item.kind) {
    case 'result-note':
      return resultStep(view, context, dice);
    case 'patient-message':
      return messageStep(context, dice);
    case 'refill-request':
      return refillStep(view.scenario, view.bookings, context, dice);
    case 'appointment-confirmation':
      return confirmationStep(view, context, dice);
  }
}

/** The inbox play of the scripted trainees. */
export const INBOX_PLAYER: InboxPlayer = {
  expert: (view) => inboxStep(view),
  novice: (view, dice) => inboxStep(view, dice),
};
