import { describe, expect, it } from 'vitest';
import { INBOX_PLAYER, type InboxView } from '../../../src/clinic/inbox/inbox.player';
import type { InboxEvent } from '../../../src/clinic/inbox/inbox.actions';
import { REFILL_RULES } from '../../../src/clinic/inbox/refill.rules';
import { SeededRandom } from '../../../src/domain/random';
import { replaySession, type Session } from '../../../src/session/session';
import { STAGE_TASK_WORKFLOWS } from '../../support/stage-tasks';
import type { MistakeDice } from '../../../src/workflows/shared/player';
import { checksOf, inboxDay, work } from './inbox-fixture';
import { providerWait, type InboxItemContext } from '../../../src/clinic/inbox/inbox-item.machine';
import { dayView } from '../../../src/session/day-view';
import { formatMinutesOfDay } from '../../../src/scenario/clock-time';
import { controlledRefill, refillRequest } from './refill-fixture';
import { stepsLeft } from '../../../src/clinic/inbox/inbox-kinds';

const itemId = 'rx-1';
const FACTS = ['medication', 'last-visit', 'pharmacy', 'last-result'] as const;
const gatherAll = (facts: readonly (typeof FACTS)[number][] = FACTS): InboxEvent[] => facts.map((fact) => ({ type: 'refill.gathered', itemId, fact }));

/** [passed, severity] of every check of a rule so far. */
function verdict(session: Session, ruleId: string): [boolean, string][] {
  return checksOf(session, ruleId).map((check) => [check.passed, check.severity]);
}

/** Plays the item to the end with the player (the novice when `dice` is given), letting the clock run while it waits on the provider; returns the failed rule ids. */
function playItem(session: Session, dice?: MistakeDice): string[] {
  for (let step = 0; step < 60 && session.inboxSnapshot(itemId)?.status === 'active'; step++) {
    const view: InboxView = { itemId, snapshot: session.inboxSnapshot(itemId)!, scenario: session.scenario, minute: session.minute, bookings: session.bookingsMadeToday };
    const action = dice ? INBOX_PLAYER.novice(view, dice) : INBOX_PLAYER.expert(view);
    if (action === null) {
      session.advanceTo(session.minute + 5);
      continue;
    }
    const outcome = session.act(null, action);
    if (!outcome.accepted) throw new Error(`${action.type} refused: ${outcome.reason}`);
  }
  return session
    .checksSince(0)
    .filter((check) => !check.passed)
    .map((check) => check.ruleId);
}

describe('a refill request in the inbox', () => {
  it('brings the provider’s answer back on the clinic clock, after the request is routed and not before', () => {
    const session = inboxDay([refillRequest()]);
    work(session, { type: 'inbox.opened', itemId }, ...gatherAll());
    expect(session.canAct(null, { type: 'refill.patient-told', itemId, news: 'provider-answer' })).toBe(false);
    work(session, { type: 'refill.routed', itemId }, { type: 'inbox.set-aside', itemId });
    const routedAt = session.minute;
    session.advanceTo(routedAt + 29);
    expect(session.inboxSnapshot(itemId)?.context.work.refill.answered).toBe(false);
    session.advanceTo(routedAt + 30);
    expect(session.inboxSnapshot(itemId)?.context.work.refill.answered).toBe(true);
    expect(session.record().timeline.filter((entry) => entry.kind === 'inbox-answered').map((entry) => entry.text)).toEqual([
      'Dr. Test answered: Refill: Metformin 500 mg for Helen Park (from the pharmacy): Approved',
    ]);
    work(session, { type: 'inbox.opened', itemId }, { type: 'call.documented', itemId }, { type: 'inbox.completed', itemId });
    expect(session.checksSince(0).filter((check) => !check.passed)).toEqual([]);
  });

  it('comes back the same when the day is replayed from its log (a saved day resumed)', () => {
    const session = inboxDay([refillRequest()]);
    work(session, { type: 'inbox.opened', itemId }, ...gatherAll(), { type: 'refill.routed', itemId }, { type: 'inbox.set-aside', itemId });
    session.advanceTo(session.minute + 30);
    work(session, { type: 'inbox.opened', itemId }, { type: 'call.documented', itemId });
    const replayed = replaySession(session.scenario, session.seed, session.settings, session.log, { workflows: STAGE_TASK_WORKFLOWS });
    expect(replayed.inboxSnapshot(itemId)?.context.work).toEqual(session.inboxSnapshot(itemId)?.context.work);
    expect(replayed.inboxSnapshot(itemId)?.context.work.refill.answered).toBe(true);
  });

  it('does not take a fact twice, nor one the request does not need, nor more gathering once it is routed', () => {
    const session = inboxDay([refillRequest({ lastResult: undefined })]);
    work(session, { type: 'inbox.opened', itemId }, { type: 'refill.gathered', itemId, fact: 'medication' });
    expect(session.canAct(null, { type: 'refill.gathered', itemId, fact: 'medication' })).toBe(false);
    expect(session.canAct(null, { type: 'refill.gathered', itemId, fact: 'last-result' })).toBe(false);
    expect(session.canAct(null, { type: 'refill.gathered', itemId, fact: 'refill-history' })).toBe(false);
    work(session, { type: 'refill.routed', itemId });
    expect(session.canAct(null, { type: 'refill.gathered', itemId, fact: 'pharmacy' })).toBe(false);
    expect(session.canAct(null, { type: 'refill.approved-by-ma', itemId })).toBe(false);
  });

  it('judges an item closed while the provider has not answered as left undone', () => {
    const session = inboxDay([refillRequest()]);
    work(session, { type: 'inbox.opened', itemId }, ...gatherAll(), { type: 'refill.routed', itemId }, { type: 'call.documented', itemId }, { type: 'inbox.completed', itemId });
    expect(checksOf(session, 'inbox.left-undone')[0]?.finding?.message).toMatch(/the provider has not answered yet/);
  });
});

/** Routes the request, lets the provider answer, and closes the item without telling anyone. */
function finishUntold(session: Session): void {
  work(session, { type: 'inbox.opened', itemId }, ...gatherAll(), { type: 'refill.routed', itemId }, { type: 'inbox.set-aside', itemId });
  session.advanceTo(session.minute + 30);
  work(session, { type: 'inbox.opened', itemId }, { type: 'call.documented', itemId }, { type: 'inbox.completed', itemId });
}

describe('the refill rules', () => {
  it('finds the MA approving a refill, critically (refill.scope), and the request never routed (refill.routed)', () => {
    const session = inboxDay([refillRequest()]);
    work(session, { type: 'inbox.opened', itemId }, ...gatherAll(), { type: 'refill.approved-by-ma', itemId }, { type: 'call.documented', itemId }, { type: 'inbox.completed', itemId });
    expect(verdict(session, 'refill.scope')).toEqual([[false, 'critical']]);
    expect(verdict(session, 'refill.routed')).toEqual([[false, 'major']]);
    expect(checksOf(session, 'refill.scope')[0]?.finding?.message).toBe('The MA approved Helen Park\'s refill of Metformin 500 mg instead of sending it to the provider.');
  });

  it('finds the dose changed to what the patient asks for, critically (refill.scope)', () => {
    const session = inboxDay([refillRequest({ requestedBy: 'patient', channel: 'portal', asks: 'double-dose' })]);
    work(session, { type: 'inbox.opened', itemId }, { type: 'refill.dose-changed', itemId }, ...gatherAll(), { type: 'refill.routed', itemId });
    expect(verdict(session, 'refill.scope')).toEqual([[false, 'critical']]);
  });

  it('finds a request routed without the last relevant result, naming it (refill.gathered)', () => {
    const session = inboxDay([refillRequest()]);
    work(session, { type: 'inbox.opened', itemId }, ...gatherAll(['medication', 'last-visit', 'pharmacy']), { type: 'refill.routed', itemId });
    expect(verdict(session, 'refill.gathered')).toEqual([[false, 'major']]);
    expect(checksOf(session, 'refill.gathered')[0]?.finding?.message).toMatch(/without the last relevant result/);
  });

  it('finds a controlled substance approved by the MA, citing its schedule’s law, and passes one routed with its history (refill.controlled)', () => {
    const approved = inboxDay([controlledRefill()]);
    work(approved, { type: 'inbox.opened', itemId }, { type: 'refill.approved-by-ma', itemId });
    expect(verdict(approved, 'refill.controlled')).toEqual([[false, 'critical']]);
    expect(checksOf(approved, 'refill.controlled')[0]?.finding?.message).toMatch(/Schedule IV .*at most five times within six months of issue \(21 CFR 1306\.22\(a\)\)/);
    const routed = inboxDay([controlledRefill()]);
    work(routed, { type: 'inbox.opened', itemId }, ...gatherAll(['medication', 'last-visit', 'pharmacy']), { type: 'refill.gathered', itemId, fact: 'refill-history' }, { type: 'refill.routed', itemId });
    expect(verdict(routed, 'refill.controlled')).toEqual([[true, 'critical']]);
    expect(verdict(routed, 'refill.gathered')).toEqual([[true, 'major']]);
  });

  it('names a Schedule II’s own law when the MA approves it', () => {
    const session = inboxDay([controlledRefill({ medication: { name: 'Methylphenidate', strength: '10 mg', directions: 'One tablet twice a day', controlled: { schedule: 'II', issued: '2026-02-10', refillsAuthorized: 0, refillsUsed: 0 } } })]);
    work(session, { type: 'inbox.opened', itemId }, { type: 'refill.approved-by-ma', itemId });
    expect(checksOf(session, 'refill.controlled')[0]?.finding?.message).toMatch(/never refilled \(21 CFR 1306\.12\(a\)\)/);
  });

  it('finds a patient not told the provider’s answer when they asked, and not when the pharmacy asked and it was approved (refill.patient-told)', () => {
    const asked = inboxDay([refillRequest({ requestedBy: 'patient', channel: 'portal' })]);
    finishUntold(asked);
    expect(verdict(asked, 'refill.patient-told')).toEqual([[false, 'major']]);
    const pharmacy = inboxDay([refillRequest()]);
    finishUntold(pharmacy);
    expect(verdict(pharmacy, 'refill.patient-told')).toEqual([]);
  });

  it('finds no visit booked for a patient overdue by the clinic’s policy, and passes one booked (refill.overdue-visit)', () => {
    const overdue = refillRequest({ lastVisit: '2024-11-20', decision: { kind: 'approve', afterMinutes: 30, words: 'Approved for 30 days; please book a visit.' } });
    const toldOnly = inboxDay([overdue]);
    work(toldOnly, { type: 'inbox.opened', itemId }, ...gatherAll(), { type: 'refill.routed', itemId });
    toldOnly.advanceTo(toldOnly.minute + 30);
    work(toldOnly, { type: 'refill.patient-told', itemId, news: 'provider-answer' }, { type: 'call.documented', itemId }, { type: 'inbox.completed', itemId });
    expect(verdict(toldOnly, 'refill.overdue-visit')).toEqual([[false, 'major']]);
    expect(checksOf(toldOnly, 'refill.overdue-visit')[0]?.finding?.message).toMatch(/last seen on 2024-11-20, more than 12 months ago \(the clinic's policy\)/);
    const booked = inboxDay([overdue]);
    expect(playItem(booked)).toEqual([]);
    expect(verdict(booked, 'refill.overdue-visit')).toEqual([[true, 'major']]);
    expect(checksOf(booked, 'scheduling.template').map((check) => check.passed)).toEqual([true]);
  });

  it('finds a refill request not written in the chart (inbox.documentation)', () => {
    const session = inboxDay([refillRequest()]);
    work(session, { type: 'inbox.opened', itemId }, ...gatherAll(), { type: 'refill.routed', itemId });
    session.advanceTo(session.minute + 30);
    work(session, { type: 'inbox.completed', itemId });
    expect(checksOf(session, 'inbox.documentation')[0]?.finding?.message).toBe('The refill request for Helen Park\'s Metformin 500 mg was not written in the chart.');
  });
});

const fromThePatient = () => inboxDay([refillRequest({ requestedBy: 'patient', channel: 'phone' })]);
const doubleDose = () => inboxDay([refillRequest({ requestedBy: 'patient', channel: 'phone', asks: 'double-dose' })]);

/** Gathers, routes and lets the provider answer. */
function answered(session: Session): void {
  work(session, { type: 'inbox.opened', itemId }, ...gatherAll(), { type: 'refill.routed', itemId });
  session.advanceTo(session.minute + 30);
}

describe('a refill call back', () => {

  it('confirms two identifiers before the patient hears where the refill stands (inbox.identify), as a result call does', () => {
    const checked = fromThePatient();
    answered(checked);
    work(checked, { type: 'caller.identified', itemId }, { type: 'refill.patient-told', itemId, news: 'provider-answer' });
    expect(verdict(checked, 'inbox.identify')).toEqual([[true, 'major']]);
    const unchecked = fromThePatient();
    answered(unchecked);
    work(unchecked, { type: 'refill.patient-told', itemId, news: 'provider-answer' });
    expect(checksOf(unchecked, 'inbox.identify')[0]?.finding?.message).toBe('The Metformin 500 mg refill was discussed with Helen Park, without first confirming two identifiers.');
  });

  it('sends a patient’s “can I take two?” to the provider (inbox.scope, critical when the MA says yes), and will not close without it', () => {
    const routed = doubleDose();
    work(routed, { type: 'inbox.opened', itemId }, { type: 'question.routed', itemId });
    expect(verdict(routed, 'inbox.scope')).toEqual([[true, 'critical']]);
    const said = doubleDose();
    work(said, { type: 'inbox.opened', itemId }, { type: 'question.answered', itemId });
    expect(verdict(said, 'inbox.scope')).toEqual([[false, 'critical']]);
    expect(checksOf(said, 'inbox.scope')[0]?.finding?.remedy).toMatch(/^Say that only the provider decides a dose/);
    const ignored = doubleDose();
    answered(ignored);
    work(ignored, { type: 'caller.identified', itemId }, { type: 'refill.patient-told', itemId, news: 'provider-answer' }, { type: 'call.documented', itemId }, { type: 'inbox.completed', itemId });
    expect(checksOf(ignored, 'inbox.left-undone')[0]?.finding?.message).toMatch(/the patient's question about doubling the dose was neither sent to the provider nor answered/);
  });
});

describe('a refill waiting on the provider', () => {
  it('says whom it waits for, since when and by when, and is not offered as work until the answer comes', () => {
    const session = inboxDay([refillRequest()]);
    work(session, { type: 'inbox.opened', itemId }, ...gatherAll(), { type: 'refill.routed', itemId });
    const sent = session.log.findLast((entry) => entry.action.type === 'refill.routed')!.minute;
    work(session, { type: 'inbox.set-aside', itemId });
    expect(providerWait(session.inboxSnapshot(itemId)!.context as InboxItemContext)).toEqual({ provider: 'Dr. Test', sentAt: formatMinutesOfDay(sent), answerBy: formatMinutesOfDay(sent + 30) });
    expect(session.available().filter((task) => task.stage === 'inbox')).toEqual([]);
    expect(dayView(session).queue.find((line) => line.key === 'inbox')).toBeUndefined();
    session.advanceTo(sent + 30);
    expect(providerWait(session.inboxSnapshot(itemId)!.context as InboxItemContext)).toBeNull();
    expect(session.available().filter((task) => task.stage === 'inbox').map((task) => task.actions)).toEqual([['inbox.opened']]);
  });

  it('comes back to Needs you on a line of its own once the provider answers, with the answer in the provider’s words, and holds the clock though it was set aside', () => {
    const session = inboxDay([refillRequest()]);
    work(session, { type: 'inbox.opened', itemId }, ...gatherAll(), { type: 'refill.routed', itemId }, { type: 'inbox.set-aside', itemId });
    expect(dayView(session).queue.filter((line) => line.itemId === itemId)).toEqual([]);
    session.advanceTo(session.minute + 30);
    const lines = dayView(session).queue.filter((line) => line.stage === 'inbox');
    expect(lines.map((line) => [line.key, line.label, line.task])).toEqual([
      ['inbox-answer:rx-1', 'Refill answered: Metformin 500 mg for Helen Park (from Main Street Pharmacy)', 'Dr. Test: Approved. Approved: 90 days with one refill, sent to Main Street Pharmacy.'],
    ]);
    expect(lines[0]).toMatchObject({ itemId, count: 1 });
    expect(lines[0]!.deferred).toBeUndefined();
    expect(session.available().find((task) => task.itemId === itemId)?.deferred).toBeUndefined();
    work(session, { type: 'inbox.opened', itemId }, { type: 'call.documented', itemId }, { type: 'inbox.completed', itemId });
    expect(dayView(session).queue.filter((line) => line.stage === 'inbox')).toEqual([]);
  });
});

describe('telling who asked where a refill stands', () => {
  it('offers “we will let you know” to a patient who asked, never to a pharmacy whose request the prescriber answers', () => {
    const fromPharmacy = inboxDay([refillRequest()]);
    work(fromPharmacy, { type: 'inbox.opened', itemId }, ...gatherAll(), { type: 'refill.routed', itemId });
    expect(fromPharmacy.canAct(null, { type: 'refill.patient-told', itemId, news: 'when-to-expect' })).toBe(false);
    const fromPatient = inboxDay([refillRequest({ requestedBy: 'patient', channel: 'phone' })]);
    work(fromPatient, { type: 'inbox.opened', itemId }, ...gatherAll(), { type: 'refill.routed', itemId });
    expect(fromPatient.canAct(null, { type: 'refill.patient-told', itemId, news: 'when-to-expect' })).toBe(true);
  });
});

const VARIANTS = {
  routine: refillRequest(),
  fromThePatient: refillRequest({ requestedBy: 'patient', channel: 'portal' }),
  overdue: refillRequest({ lastVisit: '2024-11-20', decision: { kind: 'needs-visit', afterMinutes: 40, words: 'A 30-day supply is sent; please come in before more.' } }),
  controlled: controlledRefill(),
  double: refillRequest({ requestedBy: 'patient', channel: 'phone', asks: 'double-dose', decision: { kind: 'deny', afterMinutes: 20, words: 'Keep taking one tablet twice a day; we will talk about the dose at your next visit.' } }),
};

describe('the refill player', () => {
  it.each(Object.entries(VARIANTS))('works a refill request (%s) to the end without a finding, as the expert', (_, item) => {
    const session = inboxDay([item]);
    expect(playItem(session)).toEqual([]);
    expect(session.inboxSnapshot(itemId)?.value).toBe('done');
  });

  it('is caught, as the novice at the usual mistake rate, by every refill rule on some seed from 1 to 8', () => {
    const caught = new Set<string>();
    for (let seed = 1; seed <= 8; seed++) {
      const random = new SeededRandom(seed);
      const dice: MistakeDice = { random, slips: () => random.chance(0.35) };
      for (const item of Object.values(VARIANTS)) for (const ruleId of playItem(inboxDay([item]), dice)) caught.add(ruleId);
    }
    expect(REFILL_RULES.map((rule) => rule.id).filter((id) => !caught.has(id))).toEqual([]);
    // The call back's shared rules: no identifiers, and a "yes, take two".
    expect(['inbox.identify', 'inbox.scope'].filter((id) => !caught.has(id))).toEqual([]);
  });
});

/** What the station's "What is left on this item" box says now, on the 08:00–12:00 day. */
function leftNow(session: Session): string[] {
  const context = session.inboxSnapshot(itemId)!.context as InboxItemContext;
  return stepsLeft({ item: context.item, chart: context.chart, scenario: session.scenario, minute: session.minute }, context.work, 12 * 60);
}

describe('what is left on a refill, as the station says it', () => {
  it('from the moment it is opened, names the facts still to add from the chart and the routing still to do', () => {
    const session = inboxDay([refillRequest()]);
    work(session, { type: 'inbox.opened', itemId });
    expect(leftNow(session)[0]).toBe(
      'Not done yet: still to add to the request from the chart: the medication, strength and directions, the date of the last visit, the pharmacy, the last relevant result; the request has not gone to Dr. Test.',
    );
    work(session, ...gatherAll());
    expect(leftNow(session)[0]).toBe('Not done yet: the request has not gone to Dr. Test.');
  });

  it('after the call with the provider’s answer, names the visit still to book, then the documentation, as the rules judge it', () => {
    const session = inboxDay([refillRequest({ requestedBy: 'patient', channel: 'phone', decision: { kind: 'needs-visit', afterMinutes: 30, words: 'Dr. Test has sent 30 days and needs to see you.' } })]);
    work(session, { type: 'inbox.opened', itemId }, ...gatherAll(), { type: 'refill.routed', itemId });
    session.advanceTo(session.minute + 30);
    work(session, { type: 'caller.identified', itemId }, { type: 'refill.patient-told', itemId, news: 'provider-answer' });
    expect(leftNow(session)[0]).toBe('Not done yet: the visit Helen needs is not booked.');
    const closedNow = inboxDay([refillRequest({ requestedBy: 'patient', channel: 'phone', decision: { kind: 'needs-visit', afterMinutes: 30, words: 'Dr. Test has sent 30 days and needs to see you.' } })]);
    work(closedNow, { type: 'inbox.opened', itemId }, ...gatherAll(), { type: 'refill.routed', itemId });
    closedNow.advanceTo(closedNow.minute + 30);
    work(closedNow, { type: 'caller.identified', itemId }, { type: 'refill.patient-told', itemId, news: 'provider-answer' }, { type: 'call.documented', itemId }, { type: 'inbox.completed', itemId });
    expect(verdict(closedNow, 'refill.overdue-visit')).toEqual([[false, 'major']]);
  });

  it('once nothing is missing, says only to document the refill and mark it done', () => {
    const session = inboxDay([refillRequest({ requestedBy: 'patient', channel: 'phone' })]);
    work(session, { type: 'inbox.opened', itemId }, ...gatherAll(), { type: 'refill.routed', itemId });
    session.advanceTo(session.minute + 30);
    work(session, { type: 'caller.identified', itemId }, { type: 'refill.patient-told', itemId, news: 'provider-answer' });
    expect(leftNow(session)[0]).toMatch(/^Left to do: document the call in the chart/);
    work(session, { type: 'call.documented', itemId }, { type: 'inbox.completed', itemId });
    expect(session.checksSince(0).filter((check) => !check.passed).map((check) => check.ruleId)).toEqual([]);
  });
});
