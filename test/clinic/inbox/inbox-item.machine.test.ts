import { describe, expect, it } from 'vitest';
import { dayView } from '../../../src/session/day-view';
import { happeningsBetween } from '../../../src/session/happenings';
import { checksOf, inboxDay, portalMessage, resultNote, work } from './inbox-fixture';
import { patient, scenario } from '../../support/scenario-builder';
import { Session } from '../../../src/session/session';
import { STAGE_TASK_ACTIONS, STAGE_TASK_WORKFLOWS } from '../../support/stage-tasks';

const itemId = 'res-1';

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
    expect(checksOf(session, 'inbox.left-undone').map((check) => check.passed)).toEqual([false, false]);
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
