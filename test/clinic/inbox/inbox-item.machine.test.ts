import { describe, expect, it } from 'vitest';
import { dayView } from '../../../src/session/day-view';
import { handOverNote, onTheLine, questionAwaitingAnswer, stepsLeft } from '../../../src/clinic/inbox/inbox-kinds';
import { chartNote } from '../../../src/clinic/inbox/chart-note';
import { isUnfinishedWork } from '../../../src/scoring/day-rules';
import type { InboxItemContext } from '../../../src/clinic/inbox/inbox-item.machine';
import { happeningsBetween } from '../../../src/session/happenings';
import { checksOf, inboxDay, portalMessage, resultNote, work } from './inbox-fixture';
import { refillRequest } from './refill-fixture';
import { patient, scenario } from '../../support/scenario-builder';
import { Session } from '../../../src/session/session';
import { STAGE_TASK_ACTIONS, STAGE_TASK_WORKFLOWS } from '../../support/stage-tasks';

const itemId = 'res-1';
const CLINIC = { name: 'Test Clinic', phone: '555-555-0100', examRooms: 2, billingNpi: '1234567893', taxId: '12-3456789' };

describe('an inbox item on the clinic clock', () => {
  it('lands in the inbox at its arrival time, and not before', () => {
    const day = scenario([patient('p1', '08:00')], { charts: [{ id: 'helen-park', name: { given: 'Helen', family: 'Park' }, dateOfBirth: '1971-02-23', sex: 'female', phone: '555-555-0311' }], inbox: [resultNote()] });
    const session = Session.start(day, { seed: 1, workflows: STAGE_TASK_WORKFLOWS });
    session.advanceTo(8 * 60 + 9);
    expect(session.available().filter((task) => task.stage === 'inbox')).toEqual([]);
    expect(session.act(null, { type: 'inbox.opened', itemId }).accepted).toBe(false);
    session.advanceTo(8 * 60 + 10);
    expect(session.available().filter((task) => task.stage === 'inbox').map((task) => task.actions)).toEqual([['inbox.opened']]);
    expect(session.record().timeline.some((entry) => entry.kind === 'inbox-arrived' && entry.minute === 490)).toBe(true);
  });

  it('falls due at its due time, on the timeline and on the queue line', () => {
    const session = inboxDay([resultNote()]);
    expect(dayView(session).queue.find((line) => line.key === 'inbox')?.label).toBe('Inbox: 1 message, 1 due 09:00');
    session.advanceTo(9 * 60 + 1);
    expect(session.record().timeline.filter((entry) => entry.kind === 'inbox-overdue').map((entry) => entry.minute)).toEqual([540]);
    expect(dayView(session).queue.find((line) => line.key === 'inbox')?.label).toBe('Inbox: 1 message, 1 due 09:00 (overdue)');
  });

  it('is announced to a trainee working inside a station when it lands and when it falls due', () => {
    const session = inboxDay([resultNote()]);
    session.advanceTo(9 * 60 + 1);
    expect(happeningsBetween(session.record().timeline, 8 * 60, 9 * 60 + 1).filter((news) => news.kind.startsWith('inbox-')).map((news) => news.text)).toEqual([
      '08:10 · New in the inbox: Result: Hemoglobin A1c for Helen Park (Normal: tell the patient) (due 09:00)',
      '09:00 · Past its due time (09:00): Result: Hemoglobin A1c for Helen Park (Normal: tell the patient)',
    ]);
  });

  it('takes no work until it is opened, and goes back to waiting when set aside', () => {
    const session = inboxDay([resultNote()]);
    expect(session.canAct(null, { type: 'call.placed', itemId })).toBe(false);
    work(session, { type: 'inbox.opened', itemId }, { type: 'call.placed', itemId }, { type: 'inbox.set-aside', itemId });
    expect(session.canAct(null, { type: 'caller.identified', itemId })).toBe(false);
    work(session, { type: 'inbox.opened', itemId }, { type: 'caller.identified', itemId });
  });

  it('judges an item marked done: all its work done, on time, and the call documented', () => {
    const session = inboxDay([resultNote()]);
    work(
      session,
      { type: 'inbox.opened', itemId },
      { type: 'call.placed', itemId },
      { type: 'caller.identified', itemId },
      { type: 'result.told', itemId, words: 'as-released' },
      { type: 'call.documented', itemId },
      { type: 'inbox.completed', itemId },
    );
    expect(session.checksSince(0).filter((check) => check.ruleId.startsWith('inbox.') || check.ruleId.startsWith('privacy.')).every((check) => check.passed)).toBe(true);
    expect(checksOf(session, 'inbox.left-undone').map((check) => check.passed)).toEqual([true]);
    expect(checksOf(session, 'inbox.documentation').map((check) => check.passed)).toEqual([true]);
    expect(session.record().inbox).toEqual([{ itemId, patientId: 'helen-park', dueMinute: 540, settledAt: session.log.at(-1)!.minute, handedOver: false }]);
  });

  it('judges an item handled after its due time a minor finding', () => {
    const session = inboxDay([resultNote()]);
    session.advanceTo(9 * 60 + 30);
    work(session, { type: 'inbox.opened', itemId }, { type: 'call.placed', itemId }, { type: 'caller.identified', itemId }, { type: 'result.told', itemId, words: 'as-released' }, { type: 'call.documented', itemId }, { type: 'inbox.completed', itemId });
    expect(checksOf(session, 'inbox.due').map((check) => [check.passed, check.severity])).toEqual([[false, 'minor']]);
  });

  it('hands a routine item over only in the last half hour before closing', () => {
    const session = inboxDay([resultNote({ due: '11:50' })]);
    expect(session.canAct(null, { type: 'inbox.handed-over', itemId })).toBe(false);
    session.advanceTo(11 * 60 + 30);
    expect(session.available().find((task) => task.itemId === itemId)?.actions).toEqual(['inbox.opened', 'inbox.handed-over']);
    work(session, { type: 'inbox.handed-over', itemId });
    session.finish();
    expect(checksOf(session, 'inbox.left-undone').map((check) => check.passed)).toEqual([true]);
    expect(session.record().inbox?.[0]?.handedOver).toBe(true);
  });

  it('never hands over an emergency message, even at closing', () => {
    const session = inboxDay([portalMessage({ due: '11:55' })]);
    session.advanceTo(11 * 60 + 45);
    expect(session.canAct(null, { type: 'inbox.handed-over', itemId: 'msg-1' })).toBe(false);
  });

  it('judges at the day’s end an item never done, and an emergency never read as critical', () => {
    const session = inboxDay([resultNote(), portalMessage()]);
    session.finish();
    expect(checksOf(session, 'inbox.unfinished').map((check) => check.passed)).toEqual([false, false]);
    expect(checksOf(session, 'inbox.emergency').map((check) => [check.passed, check.severity])).toEqual([[false, 'critical']]);
  });

  it('keeps the day open while an inbox item is still to do after every patient is done, and ends it once the item is', () => {
    const chart = { id: 'helen-park', name: { given: 'Helen', family: 'Park' }, dateOfBirth: '1971-02-23', sex: 'female' as const, phone: '555-555-0311' };
    const session = Session.start(scenario([patient('p1', '08:00')], { charts: [chart], inbox: [resultNote({ arrives: '11:00', due: '11:30', answeredBy: { kind: 'no-answer' } })] }), { seed: 1, workflows: STAGE_TASK_WORKFLOWS });
    expect(session.act('p1', { type: 'check-in.completed' }).accepted).toBe(true);
    expect(session.act('p1', { type: 'patient.roomed', announce: 'first-name' }).accepted).toBe(true);
    expect(session.act('p1', STAGE_TASK_ACTIONS.vitals).accepted).toBe(true);
    session.waitForNextEvent();
    expect(session.act('p1', { type: 'claim.submitted' }).accepted).toBe(true);
    expect(session.isOver).toBe(false);
    session.advanceTo(11 * 60);
    work(session, { type: 'inbox.opened', itemId }, { type: 'call.placed', itemId }, { type: 'no-answer.recorded', itemId }, { type: 'call.documented', itemId }, { type: 'inbox.completed', itemId });
    expect(session.isOver).toBe(true);
  });
});

describe('an emergency portal message', () => {
  const msg = 'msg-1';

  it('shows on the floor as an alert that waits on the trainee until it is opened, saying only who sent it', () => {
    const session = inboxDay([portalMessage({ subject: 'Appointment tomorrow?' }), resultNote()]);
    const alerts = dayView(session).alerts.filter((alert) => alert.kind === 'inbox');
    expect(alerts.map((alert) => [alert.text, alert.awaits, alert.itemId])).toEqual([['New portal message from Helen Park, due 08:30: open it and read it', 'inbox.opened', msg]]);
    expect(alerts[0]!.text).not.toMatch(/chest|emergency|911/i);
    work(session, { type: 'inbox.opened', itemId: msg }, { type: 'inbox.set-aside', itemId: msg });
    expect(dayView(session).alerts.filter((alert) => alert.kind === 'inbox')).toEqual([]);
  });

  it('shows a routine message as news, not as an alert that waits on the trainee, marked unread until it is opened (read)', () => {
    const session = inboxDay([portalMessage({ concern: 'admin', symptom: undefined, subject: 'Immunization record' })]);
    const unread = dayView(session).alerts.filter((alert) => alert.kind === 'inbox');
    expect(unread.map((alert) => [alert.text, alert.awaits, alert.itemId])).toEqual([['New portal message from Helen Park (unread), due 08:30', null, msg]]);
    session.advanceTo(session.minute + 60);
    expect(dayView(session).alerts.filter((alert) => alert.kind === 'inbox')).toHaveLength(1);
    work(session, { type: 'inbox.opened', itemId: msg }, { type: 'inbox.set-aside', itemId: msg });
    expect(dayView(session).alerts.filter((alert) => alert.kind === 'inbox')).toEqual([]);
  });

  it('passes when the patient is sent to 911 within the clinic’s emergency window, and records no routine due finding', () => {
    const session = inboxDay([portalMessage()]);
    work(session, { type: 'inbox.opened', itemId: msg }, { type: 'emergency.directed', itemId: msg });
    expect(checksOf(session, 'inbox.emergency').map((check) => check.passed)).toEqual([true]);
    work(session, { type: 'call.documented', itemId: msg }, { type: 'inbox.completed', itemId: msg });
    expect(checksOf(session, 'inbox.emergency')).toHaveLength(1);
    expect(checksOf(session, 'inbox.due')).toEqual([]);
  });

  it('says on the timeline, as its window closes, that the patient was sent to 911 in time, not that it is past its due time', () => {
    const session = inboxDay([portalMessage()]);
    work(session, { type: 'inbox.opened', itemId: msg }, { type: 'emergency.directed', itemId: msg });
    session.advanceTo(8 * 60 + 31);
    const overdue = session.record().timeline.filter((entry) => entry.kind === 'inbox-overdue').map((entry) => entry.text);
    expect(overdue).toHaveLength(1);
    expect(overdue[0]).toMatch(/^Its emergency window \(act by 08:30\) closed with the patient already told to call 911 in time; the rest of the item is routine: /);
  });

  it('is a critical finding, with the emergency’s rationale, as its window closes with nobody acting on it', () => {
    const session = inboxDay([portalMessage()]);
    session.advanceTo(8 * 60 + 31);
    const [check] = checksOf(session, 'inbox.emergency');
    expect([check?.passed, check?.severity, check?.atMinute]).toEqual([false, 'critical', 510]);
    expect(check?.finding?.message).toContain('within the clinic\'s emergency window (act by 08:30');
    // Acted on late, it is not judged again, and never as routine follow-up.
    work(session, { type: 'inbox.opened', itemId: msg }, { type: 'emergency.directed', itemId: msg }, { type: 'call.documented', itemId: msg }, { type: 'inbox.completed', itemId: msg });
    expect(checksOf(session, 'inbox.emergency')).toHaveLength(1);
    expect(checksOf(session, 'inbox.due')).toEqual([]);
    session.finish();
    expect(checksOf(session, 'inbox.emergency')).toHaveLength(1);
  });

  it('is a critical finding when routed to the provider’s queue as routine', () => {
    const session = inboxDay([portalMessage()]);
    work(session, { type: 'inbox.opened', itemId: msg }, { type: 'message.routed', itemId: msg }, { type: 'inbox.completed', itemId: msg });
    expect(checksOf(session, 'inbox.emergency').map((check) => [check.passed, check.severity])).toEqual([[false, 'critical']]);
    session.advanceTo(8 * 60 + 40);
    expect(checksOf(session, 'inbox.emergency')).toHaveLength(1);
  });
});

describe('the inbox at closing', () => {
  it('tells the next shift that a result rightly withheld from the person who answered has still to reach the patient, and who calls back where', () => {
    const session = inboxDay([resultNote({ due: '11:50', answeredBy: { kind: 'person', name: 'Ann Park', relationship: 'Sister' } })], { clinic: CLINIC });
    session.advanceTo(11 * 60 + 31);
    work(session, { type: 'inbox.opened', itemId }, { type: 'call.placed', itemId }, { type: 'result.withheld', itemId }, { type: 'inbox.handed-over', itemId });
    const context = session.inboxSnapshot(itemId)!.context as InboxItemContext;
    expect(context.handOverNote).toBe(
      'Result: Hemoglobin A1c for Helen Park (Normal: tell the patient), due 11:50. Everything it asked for is done; it needs only closing. The result has not reached Helen: Ann Park may not hear it (the chart’s release of information does not name them), and was asked only for a call back at 555-555-0100. When Helen calls back, confirm two identifiers and give the provider’s released words.',
    );
  });

  it('lets a routine item open in the station be handed over in the last half hour, with a note of what is still needed', () => {
    const session = inboxDay([resultNote({ due: '11:50' })]);
    session.advanceTo(11 * 60 + 20);
    work(session, { type: 'inbox.opened', itemId }, { type: 'call.placed', itemId });
    expect(session.available().find((task) => task.itemId === itemId)?.actions).toEqual(['inbox.completed', 'inbox.set-aside']);
    session.advanceTo(11 * 60 + 31);
    expect(session.available().find((task) => task.itemId === itemId)?.actions).toEqual(['inbox.completed', 'inbox.set-aside', 'inbox.handed-over']);
    work(session, { type: 'inbox.handed-over', itemId });
    const context = session.inboxSnapshot(itemId)!.context as InboxItemContext;
    expect(context.handOverNote).toBe('Result: Hemoglobin A1c for Helen Park (Normal: tell the patient), due 11:50. Still needed: the result was never given.');
    expect(session.record().timeline.findLast((entry) => entry.kind === 'inbox-done')?.text).toBe(`Handed over to the provider and the next shift, with a note: ${context.handOverNote}`);
    session.finish();
    expect(checksOf(session, 'inbox.left-undone').map((check) => check.passed)).toEqual([true]);
  });

  it('judges items arriving, falling due and left set aside at closing, saying to finish or hand over with a note', () => {
    const session = inboxDay([resultNote({ id: 'res-early', due: '09:00' }), resultNote({ id: 'res-late', arrives: '11:40', due: '11:55' })]);
    expect(session.available().filter((task) => task.stage === 'inbox').map((task) => task.itemId)).toEqual(['res-early']);
    work(session, { type: 'inbox.opened', itemId: 'res-early' }, { type: 'inbox.set-aside', itemId: 'res-early' });
    session.advanceTo(9 * 60 + 1);
    expect((session.inboxSnapshot('res-early')!.context as InboxItemContext).overdue).toBe(true);
    session.advanceTo(11 * 60 + 41);
    expect(session.available().filter((task) => task.stage === 'inbox').map((task) => [task.itemId, task.actions])).toEqual([
      ['res-early', ['inbox.opened', 'inbox.handed-over']],
      ['res-late', ['inbox.opened', 'inbox.handed-over']],
    ]);
    work(session, { type: 'inbox.handed-over', itemId: 'res-late' });
    session.finish();
    const [handed] = checksOf(session, 'inbox.left-undone');
    const [left] = checksOf(session, 'inbox.unfinished');
    expect(handed?.passed).toBe(true);
    expect(left?.passed).toBe(false);
    expect(left?.finding?.message).toBe('Result: Hemoglobin A1c for Helen Park (Normal: tell the patient) (due 09:00) was set aside, and still in the inbox when the day ended (nobody was called about the result).');
    expect(left?.finding?.remedy).toMatch(/^Finish it before closing, or, in the last 30 minutes, hand it over to the provider or the next shift with a note/);
    // The debrief counts it with the work left undone.
    expect(isUnfinishedWork(left!.finding!)).toBe(true);
  });

  it('writes a note that says when nothing more is needed', () => {
    const session = inboxDay([portalMessage({ concern: 'admin', symptom: undefined, reply: 'Our office hours are 8 to 5, Monday to Friday.' })]);
    work(session, { type: 'inbox.opened', itemId: 'msg-1' }, { type: 'message.replied', itemId: 'msg-1', reply: 'clinic-answer' });
    const context = session.inboxSnapshot('msg-1')!.context as InboxItemContext;
    expect(handOverNote({ item: context.item, chart: context.chart, scenario: session.scenario, minute: session.minute }, context.work)).toBe('Message from Helen Park: Appointment tomorrow?, due 08:30. Everything it asked for is done; it needs only closing.');
  });
});

/** A day where Helen Park's sister, whom the chart does not name, answered and the result was rightly withheld. */
function withheld(): Session {
  const session = inboxDay([resultNote({ answeredBy: { kind: 'person', name: 'Ann Park', relationship: 'Sister' } })], { clinic: CLINIC });
  work(session, { type: 'inbox.opened', itemId }, { type: 'call.placed', itemId }, { type: 'caller.identified', itemId }, { type: 'result.withheld', itemId });
  return session;
}

/** What the station says is left on the item, on a 08:00–12:00 day. */
function stepsLeftOf(session: Session): string[] {
  const context = session.inboxSnapshot(itemId)!.context as InboxItemContext;
  return stepsLeft({ item: context.item, chart: context.chart, scenario: session.scenario, minute: session.minute }, context.work, 12 * 60);
}

describe('a result rightly withheld from the person who answered', () => {

  it('says what is left after the call: the result waits for the patient’s call back to the clinic’s number, the call to document, then done', () => {
    expect(stepsLeftOf(withheld())).toEqual([
      'The result has not reached Helen: Ann Park may not hear it (the chart’s release of information does not name them), and was asked only for a call back at 555-555-0100. When Helen calls back, confirm two identifiers and give the provider’s released words.',
      'Left to do: document the call in the chart (who answered, what you said or the message you left, and the time), then mark the item done; nothing else is yours to do on it today: the result is given when the patient calls back.',
      'Setting it aside does not finish it: it stays yours, and falls due at 09:00.',
    ]);
  });

  it('is judged as the station says: documented and marked done, nothing is missed', () => {
    const session = withheld();
    work(session, { type: 'call.documented', itemId });
    expect(stepsLeftOf(session)[1]).toBe('Left to do: mark the item done; nothing else is yours to do on it today: the result is given when the patient calls back.');
    work(session, { type: 'inbox.completed', itemId });
    expect(session.record().checks.filter((check) => !check.passed).map((check) => check.ruleId)).toEqual([]);
    expect(checksOf(session, 'inbox.left-undone').map((check) => check.passed)).toEqual([true]);
  });

  it('is judged as the station says: marked done without documenting the call, the documentation is missed', () => {
    const session = withheld();
    work(session, { type: 'inbox.completed', itemId });
    expect(session.record().checks.filter((check) => !check.passed).map((check) => check.ruleId)).toEqual(['inbox.documentation']);
  });
});

/** The chart note the station shows for the item now, and the one it saved, if any. */
function noteOf(session: Session): { shown: string; saved: string | null } {
  const context = session.inboxSnapshot(itemId)!.context as InboxItemContext;
  return { shown: chartNote({ item: context.item, chart: context.chart, scenario: session.scenario, minute: session.minute }, context.work), saved: context.chartNote };
}

describe('the chart note of an item documented', () => {

  it('says who was reached, that the identifiers were checked, what was said, and what comes next, and keeps it as it was saved', () => {
    const session = withheld();
    const before = noteOf(session);
    expect(before.saved).toBeNull();
    expect(before.shown).toMatch(/^08:1\d Helen Park\. Call about the Hemoglobin A1c result\. Reached Ann Park, sister, not on the release of information; name and date of birth checked\. Result not given: “I’m sorry, I’m not able to discuss anyone’s health information without their permission\. Could you pass on that Test Clinic called, and ask for a call back at 555-555-0100\?” Next: The result has not reached Helen: /);
    work(session, { type: 'call.documented', itemId });
    expect(noteOf(session).saved).toBe(before.shown);
  });

  it('writes a result given in the released words, and nothing further to do once it is', () => {
    const session = inboxDay([resultNote()], { clinic: CLINIC });
    work(session, { type: 'inbox.opened', itemId }, { type: 'call.placed', itemId }, { type: 'caller.identified', itemId }, { type: 'result.told', itemId, words: 'as-released' });
    expect(noteOf(session).shown).toMatch(/Reached Helen Park \(the patient\); name and date of birth checked\. Result given: “Your A1c is normal\.” Next: Nothing further today\.$/);
  });
});

describe('the chart note of a caller sent to 911', () => {
  it('says identity was not asked because the emergency direction came first, never that the identifiers were not checked', () => {
    const session = inboxDay([portalMessage()], { clinic: CLINIC });
    work(session, { type: 'inbox.opened', itemId: 'msg-1' }, { type: 'emergency.directed', itemId: 'msg-1' });
    const context = session.inboxSnapshot('msg-1')!.context as InboxItemContext;
    const shown = chartNote({ item: context.item, chart: context.chart, scenario: session.scenario, minute: session.minute }, context.work);
    expect(shown).toContain('Reached the patient; identity not asked: the emergency direction (911) was given first.');
    expect(shown).not.toContain('identifiers not checked');
    // Scoring is as before: the call documented, the emergency acted on, and no identity finding for the 911 direction.
    work(session, { type: 'call.documented', itemId: 'msg-1' }, { type: 'inbox.completed', itemId: 'msg-1' });
    expect(checksOf(session, 'inbox.documentation').map((check) => check.passed)).toEqual([true]);
    expect(checksOf(session, 'inbox.emergency').map((check) => check.passed)).toEqual([true]);
    expect(checksOf(session, 'inbox.identify')).toEqual([]);
  });

  it('says the same of a person on a result call sent to 911 before any identifiers, and that they were checked where they were', () => {
    const first = inboxDay([resultNote({ emergency: 'chest-pain' })], { clinic: CLINIC });
    work(first, { type: 'inbox.opened', itemId }, { type: 'call.placed', itemId }, { type: 'emergency.directed', itemId });
    expect(noteOf(first).shown).toContain('Reached Helen Park (the patient); identity not asked: the emergency direction (911) was given first.');
    const checked = inboxDay([resultNote({ emergency: 'chest-pain' })], { clinic: CLINIC });
    work(checked, { type: 'inbox.opened', itemId }, { type: 'call.placed', itemId }, { type: 'caller.identified', itemId }, { type: 'emergency.directed', itemId });
    expect(noteOf(checked).shown).toContain('Reached Helen Park (the patient); name and date of birth checked.');
  });
});

/** What a question sent to the provider still waits for on the item now (`questionAwaitingAnswer`). */
function questionOf(session: Session, id = itemId): string | null {
  const context = session.inboxSnapshot(id)!.context as InboxItemContext;
  return questionAwaitingAnswer({ item: context.item, chart: context.chart, scenario: session.scenario }, context.work);
}

describe('a question sent to the provider', () => {
  it('waits for the provider’s answer once sent, and not when the MA answered it', () => {
    const routed = inboxDay([resultNote({ question: 'interpret' })], { clinic: CLINIC });
    work(routed, { type: 'inbox.opened', itemId }, { type: 'call.placed', itemId }, { type: 'caller.identified', itemId }, { type: 'result.told', itemId, words: 'as-released' });
    expect(questionOf(routed)).toBeNull();
    work(routed, { type: 'question.routed', itemId });
    expect(questionOf(routed)).toBe('Helen asked what the Hemoglobin A1c result means ("Is that bad? What does it mean?"), a question only the provider may answer; it was sent to Dr. Test, whose answer has not reached Helen.');
    const answered = inboxDay([resultNote({ question: 'interpret' })], { clinic: CLINIC });
    work(answered, { type: 'inbox.opened', itemId }, { type: 'call.placed', itemId }, { type: 'caller.identified', itemId }, { type: 'result.told', itemId, words: 'as-released' }, { type: 'question.answered', itemId });
    expect(questionOf(answered)).toBeNull();
  });

  it('is named in the hand-over note for the next shift', () => {
    const session = inboxDay([resultNote({ question: 'interpret', due: '11:50' })], { clinic: CLINIC });
    session.advanceTo(11 * 60 + 31);
    work(session, { type: 'inbox.opened', itemId }, { type: 'call.placed', itemId }, { type: 'caller.identified', itemId }, { type: 'result.told', itemId, words: 'as-released' }, { type: 'question.routed', itemId }, { type: 'inbox.handed-over', itemId });
    expect((session.inboxSnapshot(itemId)!.context as InboxItemContext).handOverNote).toMatch(/it needs only closing\. Helen asked what the Hemoglobin A1c result means .*whose answer has not reached Helen\.$/);
  });

  it('on a portal message for the provider, waits once the message is sent to the provider; an admin message sent on does not', () => {
    const question = inboxDay([portalMessage({ concern: 'question-for-provider', symptom: undefined, subject: 'Can I stop my statin?' })], { clinic: CLINIC });
    work(question, { type: 'inbox.opened', itemId: 'msg-1' }, { type: 'message.routed', itemId: 'msg-1' });
    expect(questionOf(question, 'msg-1')).toBe('Helen’s portal message (“Can I stop my statin?”) asks a question only the provider may answer; it was sent to the provider, whose answer has not reached Helen.');
    const admin = inboxDay([portalMessage({ concern: 'admin', symptom: undefined })], { clinic: CLINIC });
    work(admin, { type: 'inbox.opened', itemId: 'msg-1' }, { type: 'message.routed', itemId: 'msg-1' });
    expect(questionOf(admin, 'msg-1')).toBeNull();
  });
});

describe('the chart note’s “Next”', () => {
  it('names the answer still to come when the patient’s question went to the provider, never “Nothing further today”', () => {
    const session = inboxDay([resultNote({ question: 'interpret' })], { clinic: CLINIC });
    work(session, { type: 'inbox.opened', itemId }, { type: 'call.placed', itemId }, { type: 'caller.identified', itemId }, { type: 'result.told', itemId, words: 'as-released' }, { type: 'question.routed', itemId });
    const shown = noteOf(session).shown;
    expect(shown).toMatch(/Next: Waiting for Dr\. Test to answer Helen’s question, sent today; call Helen with the answer\.$/);
    expect(shown).not.toContain('Nothing further today');
  });

  it('names the provider’s answer a routed refill waits for, and that the patient is to be called with it', () => {
    const session = inboxDay([refillRequest({ requestedBy: 'patient', channel: 'phone' })], { clinic: CLINIC });
    const facts = ['medication', 'last-visit', 'pharmacy', 'last-result'] as const;
    work(session, { type: 'inbox.opened', itemId: 'rx-1' }, ...facts.map((fact) => ({ type: 'refill.gathered', itemId: 'rx-1', fact }) as const), { type: 'refill.routed', itemId: 'rx-1' }, { type: 'caller.identified', itemId: 'rx-1' }, { type: 'refill.patient-told', itemId: 'rx-1', news: 'when-to-expect' });
    const context = session.inboxSnapshot('rx-1')!.context as InboxItemContext;
    const shown = chartNote({ item: context.item, chart: context.chart, scenario: session.scenario, minute: session.minute }, context.work);
    expect(shown).toContain('Waiting for Dr. Test’s answer to the request; call Helen with it.');
    expect(shown).not.toContain('Nothing further today');
  });

  it('writes dates in the screen’s words: the visit booked on “Thursday 12 March 2026”, never 2026-03-12', () => {
    const session = inboxDay([resultNote({ instruction: 'book-visit', released: 'Dr. Test would like to see you to talk about your A1c.' })], { clinic: CLINIC });
    work(session, { type: 'inbox.opened', itemId }, { type: 'call.placed', itemId }, { type: 'caller.identified', itemId }, { type: 'result.told', itemId, words: 'as-released' });
    const context = session.inboxSnapshot(itemId)!.context as InboxItemContext;
    const booked = { ...context.work, booked: { date: '2026-03-12', time: '10:00' } };
    const shown = chartNote({ item: context.item, chart: context.chart, scenario: session.scenario, minute: session.minute }, booked);
    expect(shown).toContain('Visit booked for Thursday 12 March 2026 at 10:00.');
    expect(shown).not.toContain('2026-03-12');
  });
});

/** Who is on the line of the item's call now (`onTheLine`). */
function lineOf(session: Session, id = itemId): string | null {
  const context = session.inboxSnapshot(id)!.context as InboxItemContext;
  return onTheLine({ item: context.item, chart: context.chart, scenario: session.scenario, minute: session.minute }, context.work);
}

describe('onTheLine', () => {
  it('names the person on a placed call while the call still has work in it, and nobody once it is over or on a voicemail', () => {
    const session = inboxDay([resultNote()], { clinic: CLINIC });
    work(session, { type: 'inbox.opened', itemId });
    expect(lineOf(session)).toBeNull();
    work(session, { type: 'call.placed', itemId }, { type: 'caller.identified', itemId });
    expect(lineOf(session)).toBe('Helen Park');
    // The result given, nothing is left to say: the call is over, documented or not.
    work(session, { type: 'result.told', itemId, words: 'as-released' });
    expect(lineOf(session)).toBeNull();
    const voicemail = inboxDay([resultNote({ answeredBy: { kind: 'voicemail' } })], { clinic: CLINIC });
    work(voicemail, { type: 'inbox.opened', itemId }, { type: 'call.placed', itemId });
    expect(lineOf(voicemail)).toBeNull();
  });
});

/** A day where Helen Park's result call, asking for a visit, rang out with no voicemail, and it was recorded. */
function rangOut(): Session {
  const session = inboxDay([resultNote({ instruction: 'book-visit', answeredBy: { kind: 'no-answer' } })], { clinic: CLINIC });
  work(session, { type: 'inbox.opened', itemId }, { type: 'call.placed', itemId }, { type: 'no-answer.recorded', itemId });
  return session;
}

describe('a result call that rang out, with no voicemail', () => {
  it('says the result has not reached the patient and the next shift calls again, not that nothing else is asked of it', () => {
    const session = rangOut();
    work(session, { type: 'call.documented', itemId });
    expect(stepsLeftOf(session)).toEqual([
      'The result has not reached Helen: the call rang out, with no voicemail to leave a message on. The next shift calls Helen again, confirms two identifiers and gives the provider’s released words, then books the visit the provider asked for.',
      'Left to do: mark the item done; nothing else is asked of you today; the next call is the next shift’s.',
      'Setting it aside does not finish it: it stays yours, and falls due at 09:00.',
    ]);
  });

  it('writes the next call into the chart note and the hand-over note', () => {
    const session = rangOut();
    const context = session.inboxSnapshot(itemId)!.context as InboxItemContext;
    const at = { item: context.item, chart: context.chart, scenario: session.scenario, minute: session.minute };
    expect(chartNote(at, context.work)).toMatch(/Next: The result has not reached Helen: the call rang out.*The next shift calls Helen again/);
    expect(handOverNote(at, context.work)).toMatch(/The next shift calls Helen again/);
  });
});
