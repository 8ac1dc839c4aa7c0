/**
 * Tomorrow's confirmations in the inbox: one item per appointment, worked by phone. The
 * patient (or a person with a release) confirms, moves or cancels and the book changes
 * with it; a voicemail, or a person the chart does not name, gets a message with no more
 * than the clinic's name and number (and the time, where the clinic's policy allows);
 * nobody answering is recorded; and the day's end says what tomorrow's book holds.
 */
import { describe, expect, it } from 'vitest';
import { INBOX_PLAYER, type InboxView } from '../../../src/clinic/inbox/inbox.player';
import { tomorrowBook } from '../../../src/clinic/inbox/tomorrow-book';
import type { InboxItemContext } from '../../../src/clinic/inbox/inbox-item.machine';
import { noMessageWhy, stepsLeft } from '../../../src/clinic/inbox/inbox-kinds';
import { slotAnswer } from '../../../src/clinic/inbox/slot-answer';
import type { InboxEvent } from '../../../src/clinic/inbox/inbox.actions';
import type { ScenarioAppointmentConfirmation } from '../../../src/scenario/scenario.schema';
import { SeededRandom } from '../../../src/domain/random';
import type { Session } from '../../../src/session/session';
import { bookedOn } from '../../../src/workflows/shared/appointment-book';
import type { MistakeDice } from '../../../src/workflows/shared/player';
import { checksOf, confirmation, inboxDay, work } from './inbox-fixture';

const itemId = 'conf-1';
const TOMORROW = '2026-03-11';

function bookTimes(session: Session): string[] {
  return bookedOn(session.scenario, 'dr-test', TOMORROW, session.bookingsMadeToday)
    .filter((entry) => entry.label === 'H. Park')
    .map((entry) => entry.time);
}

function failed(session: Session): string[] {
  return session
    .checksSince(0)
    .filter((check) => !check.passed)
    .map((check) => check.ruleId);
}

function playItem(session: Session, dice?: MistakeDice): void {
  for (let step = 0; step < 20; step++) {
    const view: InboxView = { itemId, snapshot: session.inboxSnapshot(itemId)!, scenario: session.scenario, minute: session.minute, bookings: session.bookingsMadeToday };
    const action = dice ? INBOX_PLAYER.novice(view, dice) : INBOX_PLAYER.expert(view);
    if (action === null) return;
    const outcome = session.act(null, action);
    if (!outcome.accepted) throw new Error(`${action.type} refused: ${outcome.reason}`);
  }
}

const alwaysSlips: MistakeDice = { random: new SeededRandom(1), slips: () => true };

/** Whether a voicemail saying `content` passes `privacy.voicemail`, with or without the clinic's policy allowing the time. */
function verdict(content: 'call-back-only' | 'appointment-time' | 'visit-details', allowsTime: boolean): boolean[] {
  const session = inboxDay([confirmation({ answeredBy: { kind: 'voicemail' }, wants: undefined })], allowsTime ? { clinic: { name: 'Test Clinic', examRooms: 2, billingNpi: '1234567893', taxId: '12-3456789', voicemailGivesAppointmentTime: true } } : {});
  work(session, { type: 'inbox.opened', itemId }, { type: 'call.placed', itemId }, { type: 'confirmation.message-left', itemId, content });
  return checksOf(session, 'privacy.voicemail').map((check) => check.passed);
}

/** The failed checks of a novice who slips at every chance on `item`. */
function slipped(item: ReturnType<typeof confirmation>): string[] {
  const session = inboxDay([item]);
  playItem(session, alwaysSlips);
  return failed(session);
}

describe('an appointment confirmation', () => {
  it('holds tomorrow’s appointment in the book from the start of the day', () => {
    expect(bookTimes(inboxDay([confirmation()]))).toEqual(['09:00']);
  });

  it('confirms the appointment with the patient after two identifiers, and finds nothing wrong', () => {
    const session = inboxDay([confirmation()]);
    work(session, { type: 'inbox.opened', itemId }, { type: 'call.placed', itemId }, { type: 'caller.identified', itemId }, { type: 'confirmation.confirmed', itemId }, { type: 'call.documented', itemId }, { type: 'inbox.completed', itemId });
    expect(failed(session)).toEqual([]);
    expect(checksOf(session, 'inbox.book-updated').map((check) => check.passed)).toEqual([true]);
    expect(bookTimes(session)).toEqual(['09:00']);
  });

  it('moves a rescheduled appointment in the book: the old slot frees and the new one is taken', () => {
    const session = inboxDay([confirmation({ wants: 'reschedule' })]);
    work(session, { type: 'inbox.opened', itemId }, { type: 'call.placed', itemId }, { type: 'caller.identified', itemId }, { type: 'confirmation.rescheduled', itemId, date: '2026-03-12', time: '10:00' });
    expect(bookTimes(session)).toEqual([]);
    expect(bookedOn(session.scenario, 'dr-test', '2026-03-12', session.bookingsMadeToday).map((entry) => `${entry.time} ${entry.label}`)).toContain('10:00 H. Park');
    expect(checksOf(session, 'scheduling.template').map((check) => check.passed)).toEqual([true]);
  });

  it('frees the slot of a cancelled appointment', () => {
    const session = inboxDay([confirmation({ wants: 'cancel' })]);
    work(session, { type: 'inbox.opened', itemId }, { type: 'call.placed', itemId }, { type: 'caller.identified', itemId }, { type: 'confirmation.cancelled', itemId }, { type: 'call.documented', itemId }, { type: 'inbox.completed', itemId });
    expect(bookTimes(session)).toEqual([]);
    expect(failed(session)).toEqual([]);
  });

  it('finds it a major finding when the patient asked to move the visit and the book was not changed', () => {
    const session = inboxDay([confirmation({ wants: 'reschedule' })]);
    work(session, { type: 'inbox.opened', itemId }, { type: 'call.placed', itemId }, { type: 'caller.identified', itemId }, { type: 'call.documented', itemId }, { type: 'inbox.completed', itemId });
    const [check] = checksOf(session, 'inbox.book-updated');
    expect([check?.passed, check?.severity]).toEqual([false, 'major']);
    expect(check?.finding?.message).toContain('asked to move the appointment tomorrow (2026-03-11) at 09:00, but the book still holds the old slot');
    expect(bookTimes(session)).toEqual(['09:00']);
  });

  it('lets a person with a release on file act for the patient, but not a person the chart does not name', () => {
    const husband = inboxDay([confirmation({ answeredBy: { kind: 'person', name: 'Tom Park', relationship: 'Husband' }, wants: 'cancel' })]);
    work(husband, { type: 'inbox.opened', itemId }, { type: 'call.placed', itemId }, { type: 'caller.identified', itemId }, { type: 'confirmation.cancelled', itemId });
    const stranger = inboxDay([confirmation({ answeredBy: { kind: 'person', name: 'Robert Park', relationship: 'Brother-in-law' }, wants: undefined })]);
    work(stranger, { type: 'inbox.opened', itemId }, { type: 'call.placed', itemId });
    expect(stranger.canAct(null, { type: 'confirmation.cancelled', itemId })).toBe(false);
    expect(stranger.canAct(null, { type: 'confirmation.message-left', itemId, content: 'call-back-only' })).toBe(true);
  });

  it('judges a voicemail by what it says: the name and number pass, the time passes only where the clinic allows it, the visit’s purpose never', () => {
    expect([verdict('call-back-only', false), verdict('appointment-time', false), verdict('appointment-time', true), verdict('visit-details', true)]).toEqual([[true], [false], [true], [false]]);
  });

  it('finds an unanswered call not recorded when the item is marked done', () => {
    const session = inboxDay([confirmation({ answeredBy: { kind: 'no-answer' }, wants: undefined })]);
    work(session, { type: 'inbox.opened', itemId }, { type: 'call.placed', itemId }, { type: 'call.documented', itemId }, { type: 'inbox.completed', itemId });
    expect(checksOf(session, 'inbox.left-undone')[0]?.finding?.message).toContain('the unanswered call was not recorded');
  });
});

describe('the inbox player on a confirmation', () => {
  const answers = {
    confirms: confirmation(),
    reschedules: confirmation({ wants: 'reschedule' }),
    cancels: confirmation({ wants: 'cancel' }),
    'husband on the release cancels': confirmation({ answeredBy: { kind: 'person', name: 'Tom Park', relationship: 'Husband' }, wants: 'cancel' }),
    'someone else answers': confirmation({ answeredBy: { kind: 'person', name: 'Robert Park', relationship: 'Brother-in-law' }, wants: undefined }),
    voicemail: confirmation({ answeredBy: { kind: 'voicemail' }, wants: undefined }),
    'no answer': confirmation({ answeredBy: { kind: 'no-answer' }, wants: undefined }),
  };

  it.each(Object.entries(answers))('works it (%s) to the end without a finding, as the expert', (_, item) => {
    const session = inboxDay([item]);
    playItem(session);
    expect(session.inboxSnapshot(itemId)!.matches('done')).toBe(true);
    expect(failed(session)).toEqual([]);
  });

  it('moves the expert’s rescheduled visit to another day, as the patient asks', () => {
    const session = inboxDay([answers.reschedules]);
    playItem(session);
    const moved = (session.inboxSnapshot(itemId)!.context as InboxItemContext).work.rescheduledTo;
    expect(moved !== null && moved.date > TOMORROW).toBe(true);
  });

  it('leaves, as a novice who slips, the visit’s purpose on voicemail, no record of no answer, and a move not made in the book', () => {
    expect(slipped(answers.voicemail)).toContain('privacy.voicemail');
    expect(slipped(answers['no answer'])).toContain('inbox.left-undone');
    expect(slipped(answers.reschedules)).toEqual(expect.arrayContaining(['inbox.book-updated', 'inbox.documentation']));
  });
});

describe('tomorrowBook', () => {
  it('says where each of tomorrow’s appointments stands, by time', () => {
    const session = inboxDay([confirmation(), confirmation({ id: 'conf-2', appointment: { date: TOMORROW, time: '08:30', providerId: 'dr-test', visitTypeId: 'follow-up' }, answeredBy: { kind: 'no-answer' }, wants: undefined })]);
    work(session, { type: 'inbox.opened', itemId }, { type: 'call.placed', itemId }, { type: 'caller.identified', itemId }, { type: 'confirmation.confirmed', itemId });
    const states = session.inboxSnapshots().map((snapshot) => ({ itemId: (snapshot.context as InboxItemContext).item.id, work: (snapshot.context as InboxItemContext).work }));
    expect(tomorrowBook(session.scenario, states).map((line) => line.text)).toEqual(['08:30 Helen Park: not confirmed: not called', '09:00 Helen Park: confirmed']);
  });

  it('is written on the timeline when the day ends', () => {
    const session = inboxDay([confirmation()]);
    session.finish();
    expect(session.record().timeline.filter((entry) => entry.kind === 'tomorrow-book').map((entry) => entry.text)).toEqual(["Tomorrow's book (2026-03-11): 09:00 Helen Park: not confirmed: not called."]);
  });
});

/** What the station says is left on the confirmation (`stepsLeft`), on the 08:00–12:00 day. */
function leftNow(session: Session): string[] {
  const context = session.inboxSnapshot(itemId)!.context as InboxItemContext;
  return stepsLeft({ item: context.item, chart: context.chart, scenario: session.scenario, minute: session.minute }, context.work, 12 * 60);
}

describe('what is left on a confirmation, as the station says it', () => {
  const placed: InboxEvent[] = [{ type: 'inbox.opened', itemId }, { type: 'call.placed', itemId }, { type: 'caller.identified', itemId }];
  const outcomes: [string, ReturnType<typeof confirmation>, string, InboxEvent][] = [
    ['the patient confirms', confirmation(), 'Not done yet: Helen Park confirmed the appointment tomorrow (2026-03-11) at 09:00, but the book does not show it confirmed.', { type: 'confirmation.confirmed', itemId }],
    ['the patient asks to move', confirmation({ wants: 'reschedule' }), 'Not done yet: Helen Park asked to move the appointment tomorrow (2026-03-11) at 09:00, but the book still holds the old slot and no new one was booked.', { type: 'confirmation.rescheduled', itemId, date: '2026-03-12', time: '10:00' }],
    ['the patient asks to cancel', confirmation({ wants: 'cancel' }), 'Not done yet: Helen Park asked to cancel the appointment tomorrow (2026-03-11) at 09:00, but the appointment is still in the book, its slot taken.', { type: 'confirmation.cancelled', itemId }],
    ['her husband, on the release, cancels', confirmation({ answeredBy: { kind: 'person', name: 'Tom Park', relationship: 'Husband' }, wants: 'cancel' }), 'Not done yet: Tom Park, for Helen Park, asked to cancel the appointment tomorrow (2026-03-11) at 09:00, but the appointment is still in the book, its slot taken.', { type: 'confirmation.cancelled', itemId }],
    ['someone the chart does not name answers', confirmation({ answeredBy: { kind: 'person', name: 'Robert Park', relationship: 'Brother-in-law' }, wants: undefined }), 'Not done yet: no message was left with Robert Park.', { type: 'confirmation.message-left', itemId, content: 'call-back-only' }],
    ['the voicemail answers', confirmation({ answeredBy: { kind: 'voicemail' }, wants: undefined }), 'Not done yet: no voicemail was left.', { type: 'confirmation.message-left', itemId, content: 'call-back-only' }],
    ['nobody answers', confirmation({ answeredBy: { kind: 'no-answer' }, wants: undefined }), 'Not done yet: the unanswered call was not recorded.', { type: 'no-answer.recorded', itemId }],
  ];

  it.each(outcomes)('when %s, names the book change (or the message) still to do, never "nothing else is asked"', (_, item, gap, done) => {
    const session = inboxDay([item]);
    // Two identifiers are asked of a person on the line; a voicemail or a line ringing out gives none.
    for (const event of placed) if (session.canAct(null, event)) work(session, event);
    expect(leftNow(session)[0]).toBe(gap);
    work(session, done);
    // A call that rang out first says what still waits: the reminder has not reached the patient.
    expect(leftNow(session).at(-2)).toMatch(/^Left to do: document the call in the chart/);
    work(session, { type: 'call.documented', itemId }, { type: 'inbox.completed', itemId });
    // What the box said was left is what the rules judge: done as it said, nothing is missed.
    expect(failed(session)).toEqual([]);
  });

  it.each([
    ['the patient', confirmation({ wants: 'reschedule' }), 'Helen Park'],
    ['her husband, on the release', confirmation({ answeredBy: { kind: 'person', name: 'Tom Park', relationship: 'Husband' }, wants: 'cancel' }), 'Tom Park'],
  ])('before %s has given the two identifiers (and said what they want), tells nothing of what they want', (_, item, who) => {
    const session = inboxDay([item]);
    work(session, { type: 'inbox.opened', itemId }, { type: 'call.placed', itemId });
    expect(leftNow(session)[0]).toBe(`Not done yet: the appointment tomorrow (2026-03-11) at 09:00 is not yet confirmed, moved or cancelled as ${who} asks: ask for the full name and date of birth, then hear what they want.`);
    work(session, { type: 'caller.identified', itemId });
    expect(leftNow(session)[0]).toMatch(/asked to (move|cancel)/);
  });

  it('is judged as the box says when the move is left undone: the book is found not updated', () => {
    const session = inboxDay([confirmation({ wants: 'reschedule' })]);
    work(session, ...placed, { type: 'call.documented', itemId }, { type: 'inbox.completed', itemId });
    expect(failed(session)).toEqual(['inbox.book-updated']);
  });
});

function chart(session: Session) {
  return (session.inboxSnapshot(itemId)!.context as InboxItemContext).chart;
}

describe('noMessageWhy', () => {
  it('says why no message is left with a person on the release (who may act for the patient), and nothing for anyone else', () => {
    const onRelease = confirmation({ answeredBy: { kind: 'person', name: 'Tom Park', relationship: 'Husband' }, wants: 'cancel' });
    const session = inboxDay([onRelease]);
    expect(noMessageWhy(onRelease as ScenarioAppointmentConfirmation, chart(session))).toBe(
      'No message to leave: Tom Park is on Helen’s release of information (husband), so may hear about the appointment and act for Helen. Ask for the two identifiers and change the book as Tom Park asks. A message is for a voicemail, or for someone the chart does not name.',
    );
    const stranger = confirmation({ answeredBy: { kind: 'person', name: 'Robert Park', relationship: 'Brother-in-law' }, wants: undefined });
    expect(noMessageWhy(stranger as ScenarioAppointmentConfirmation, chart(session))).toBeNull();
    expect(noMessageWhy(confirmation({ answeredBy: { kind: 'voicemail' } }) as ScenarioAppointmentConfirmation, chart(session))).toBeNull();
  });
});

describe('the patient’s answer to the slot offered (slotAnswer)', () => {
  it.each([
    [{ notOn: ['Thursday' as const] }, '2026-03-12', '10:00', false, 'Thursday doesn’t work for me: I can’t come on Thursday. Is there another day?'],
    [{ notBefore: '10:00' }, '2026-03-12', '09:30', false, '09:30 is too early for me: I can’t get there before 10:00. Is there something later?'],
    [{ notAfter: '11:00' }, '2026-03-12', '11:15', false, '11:15 is too late for me: I need a time no later than 11:00. Is there something earlier?'],
    [{ notBefore: '10:00' }, '2026-03-13', '10:00', true, 'Friday at 10:00? Yes, that works for me.'],
    [undefined, '2026-03-12', '08:00', true, 'Thursday at 08:00? Yes, that works for me.'],
  ])('answers %j to %s at %s: suits %s', (availability, date, time, suits, words) => {
    expect(slotAnswer(availability, date, time)).toEqual({ suits, words });
  });

  it('does not move the appointment to a slot the patient said does not work, and takes one that suits', () => {
    const session = inboxDay([confirmation({ wants: 'reschedule', availability: { notOn: ['Thursday'] } })]);
    work(session, { type: 'inbox.opened', itemId }, { type: 'call.placed', itemId }, { type: 'caller.identified', itemId });
    expect(session.canAct(null, { type: 'confirmation.rescheduled', itemId, date: '2026-03-12', time: '10:00' })).toBe(false);
    expect(session.canAct(null, { type: 'confirmation.rescheduled', itemId, date: '2026-03-13', time: '10:00' })).toBe(true);
  });

  it('has the expert offer only a slot the patient can make', () => {
    const session = inboxDay([confirmation({ wants: 'reschedule', availability: { notOn: ['Thursday'], notBefore: '10:00' } })]);
    playItem(session);
    const moved = (session.inboxSnapshot(itemId)!.context as InboxItemContext).work.rescheduledTo;
    expect(moved === null ? null : slotAnswer({ notOn: ['Thursday'], notBefore: '10:00' }, moved.date, moved.time).suits).toBe(true);
    expect(failed(session)).toEqual([]);
  });
});
