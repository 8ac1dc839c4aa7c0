/**
 * How the scripted trainees work a refill request. The expert adds each chart fact the
 * provider needs, routes the request, sets it aside until the provider answers, then tells
 * the patient where they must hear it (two identifiers first), passes a patient's question
 * about doubling the dose to the provider, books the visit an overdue patient needs,
 * documents and marks it done. The novice, at the mistake rate, approves the refill itself, changes
 * the dose a patient asks to double or says yes to it, routes it without the last result,
 * tells the patient nothing or without two identifiers, and forgets to document.
 */
import type { Scenario } from '../../scenario/scenario.schema';
import type { DayBooking } from '../../domain/day-environment';
import { firstSuitableSlot } from './slot-answer';
import type { MistakeDice } from '../../workflows/shared/player';
import type { InboxEvent } from './inbox.actions';
import { inboxVisitAsk, type InboxItemContext } from './inbox-item.machine';
import { neededFacts, patientMustBeTold, visitNeeded } from './refill-kind';

/** True while a refill request is with the provider: nothing to do on it until the answer comes. */
export function refillWaitsForProvider(context: InboxItemContext): boolean {
  return context.item.kind === 'refill-request' && context.work.refill.routed && !context.work.refill.answered;
}

/** The next step on an open refill request, or null for an item of another kind. */
export function refillStep(scenario: Scenario, bookings: readonly DayBooking[], context: InboxItemContext, dice?: MistakeDice): InboxEvent | null {
  const { item, work } = context;
  if (item.kind !== 'refill-request') return null;
  const itemId = item.id;
  const refill = work.refill;
  if (!refill.routed && !refill.approvedByMa) {
    // Wanting to help the patient who asks for more is how a dose gets changed on a request.
    if (item.asks === 'double-dose' && refill.gathered.length === 0 && !refill.doseChanged && dice?.slips()) return { type: 'refill.dose-changed', itemId };
    const next = neededFacts(item).find((fact) => !refill.gathered.includes(fact));
    // The last result is looked up last, and is what a hurried novice leaves out.
    if (next !== undefined && !(next === 'last-result' && dice?.slips())) return { type: 'refill.gathered', itemId, fact: next };
    return dice?.slips() ? { type: 'refill.approved-by-ma', itemId } : { type: 'refill.routed', itemId };
  }
  // "Can I take two?": the provider decides, and the question goes to them; the novice, at a slip, says yes.
  if (item.asks === 'double-dose' && work.question === null) return { type: dice?.slips() ? 'question.answered' : 'question.routed', itemId };
  if (refillWaitsForProvider(context)) return { type: 'inbox.set-aside', itemId };
  if (refill.answered && patientMustBeTold(item, scenario) && !refill.toldAnswer) {
    // The hurried novice closes the item on the provider's answer without calling anyone, or calls without the two identifiers.
    if (dice?.slips()) return { type: 'inbox.completed', itemId };
    if (!work.identified && !dice?.slips()) return { type: 'caller.identified', itemId };
    return { type: 'refill.patient-told', itemId, news: 'provider-answer' };
  }
  if (refill.toldAnswer && visitNeeded(item, scenario) && work.booked === null) {
    const ask = inboxVisitAsk(scenario, item);
    const slot = ask === null ? null : firstSuitableSlot(scenario, { ...ask, availability: item.availability }, ask.notBefore, bookings);
    if (slot) return { type: 'visit.booked', itemId, ...slot };
  }
  if (!work.documented && !dice?.slips()) return { type: 'call.documented', itemId };
  return { type: 'inbox.completed', itemId };
}
