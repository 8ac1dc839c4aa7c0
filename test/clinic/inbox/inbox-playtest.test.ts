/**
 * The inbox's playtest findings: the queue line's "due …" follows the items still to do
 * (and the HUD draws the line again when it changes), a call left mid-way names who is on
 * hold, and items only set aside, not yet due, do not stop "Skip ahead", whose reason names
 * what waits.
 */
import { describe, expect, it } from 'vitest';
import { DayRunner, skipAheadBlocker } from '../../../scenes/day-runner';
import { queueRowSignature } from '../../../scenes/hud-panel';
import { EncounterWatch, inboxQueueItem } from '../../../src/session/day-view';
import type { Session } from '../../../src/session/session';
import { inboxDay, resultNote, work } from './inbox-fixture';

function inboxLine(session: Session) {
  const tasks = session.available().filter((task) => task.stage === 'inbox');
  return inboxQueueItem(tasks, (itemId) => (session.inboxSnapshot(itemId)!.context as { item: { due: string } }).item.due, session.minute);
}

function inboxBlocker(session: Session): string | null {
  return skipAheadBlocker({ isOver: false, waiting: session.available().filter((task) => task.stage === 'inbox') });
}

describe('the inbox’s queue line', () => {
  it('names the next item not done, and the HUD draws the line again when that changes', () => {
    const session = inboxDay([resultNote(), resultNote({ id: 'res-2', due: '09:30' })]);
    const before = inboxLine(session)!;
    expect(before.label).toBe('Inbox: 2 messages, 1 due 09:00');
    work(session, { type: 'inbox.opened', itemId: 'res-1' }, { type: 'call.placed', itemId: 'res-1' }, { type: 'caller.identified', itemId: 'res-1' }, { type: 'result.told', itemId: 'res-1', words: 'as-released' }, { type: 'call.documented', itemId: 'res-1' }, { type: 'inbox.completed', itemId: 'res-1' });
    const after = inboxLine(session)!;
    expect(after.label).toBe('Inbox: 1 message, 1 due 09:30');
    expect([after.key, after.task]).toEqual([before.key, before.task]);
    expect(queueRowSignature(after)).not.toBe(queueRowSignature(before));
  });
});

describe('the inbox’s queue line for a call left mid-way', () => {
  it('names who is on hold and sends the trainee back to the call, and only while someone waits on the line', () => {
    const session = inboxDay([resultNote()]);
    work(session, { type: 'inbox.opened', itemId: 'res-1' });
    expect(inboxLine(session)!.task).toBe('Finish the open item');
    work(session, { type: 'call.placed', itemId: 'res-1' }, { type: 'caller.identified', itemId: 'res-1' });
    expect(inboxLine(session)!.task).toBe('Helen Park is on hold: go back to the call');
    // The result given, nobody is left waiting: the item is still to finish.
    work(session, { type: 'result.told', itemId: 'res-1', words: 'as-released' });
    expect(inboxLine(session)!.task).toBe('Finish the open item');
  });

  it('says the call is live, never “on hold”, while the inbox is open on it', () => {
    const session = inboxDay([resultNote()]);
    work(session, { type: 'inbox.opened', itemId: 'res-1' }, { type: 'call.placed', itemId: 'res-1' }, { type: 'caller.identified', itemId: 'res-1' });
    const tasks = session.available().filter((task) => task.stage === 'inbox');
    expect(inboxQueueItem(tasks, () => '09:00', session.minute, true)!.task).toBe('On the call with Helen Park');
  });

  it('says “on hold” in Needs you only once the inbox’s station is closed with someone on the line', () => {
    const session = inboxDay([resultNote()]);
    const runner = new DayRunner({ session, watch: new EncounterWatch(), speed: 1, now: () => 0 });
    const needsYou = () => runner.view.queue.find((line) => line.stage === 'inbox')!.task;
    const release = runner.hold('inbox');
    runner.act(null, { type: 'inbox.opened', itemId: 'res-1' });
    runner.act(null, { type: 'call.placed', itemId: 'res-1' });
    expect(needsYou()).toBe('On the call with Helen Park');
    release();
    expect(needsYou()).toBe('Helen Park is on hold: go back to the call');
    // Another station (a patient's) open over the floor is not the call: the person is still on hold.
    const other = runner.hold();
    expect(needsYou()).toBe('Helen Park is on hold: go back to the call');
    other();
  });

  it('names the person who answered for the patient', () => {
    const session = inboxDay([resultNote({ answeredBy: { kind: 'person', name: 'Tom Park', relationship: 'Husband' } })]);
    work(session, { type: 'inbox.opened', itemId: 'res-1' }, { type: 'call.placed', itemId: 'res-1' });
    expect(inboxLine(session)!.task).toBe('Tom Park is on hold: go back to the call');
  });
});

describe('Skip ahead with the inbox', () => {
  it('is held by an inbox item not yet looked at, and says it is an inbox item, not a patient', () => {
    expect(inboxBlocker(inboxDay([resultNote()]))).toBe('An inbox item is waiting for you.');
  });

  it('runs while the only items are set aside and not yet due, from the session’s tasks and from the queue line', () => {
    const session = inboxDay([resultNote(), resultNote({ id: 'res-2', due: '09:30' })]);
    work(session, { type: 'inbox.opened', itemId: 'res-1' }, { type: 'inbox.set-aside', itemId: 'res-1' }, { type: 'inbox.opened', itemId: 'res-2' }, { type: 'inbox.set-aside', itemId: 'res-2' });
    expect(inboxBlocker(session)).toBeNull();
    expect(skipAheadBlocker({ isOver: false, waiting: [inboxLine(session)!] })).toBeNull();
  });

  it('is held again by a set-aside item once it falls due, counting only the items that hold the clock', () => {
    const session = inboxDay([resultNote(), resultNote({ id: 'res-2', due: '09:30' })]);
    work(session, { type: 'inbox.opened', itemId: 'res-1' }, { type: 'inbox.set-aside', itemId: 'res-1' }, { type: 'inbox.opened', itemId: 'res-2' }, { type: 'inbox.set-aside', itemId: 'res-2' });
    session.advanceTo(9 * 60);
    expect(inboxBlocker(session)).toBe('An inbox item is waiting for you.');
    expect(skipAheadBlocker({ isOver: false, waiting: [inboxLine(session)!] })).toBe('An inbox item is waiting for you.');
  });

  it('names each kind of thing that waits', () => {
    expect(
      skipAheadBlocker({
        isOver: false,
        waiting: [
          { patientId: 'p1', stage: 'check-in' },
          { patientId: null, stage: 'phone' },
          { patientId: null, stage: 'inbox', count: 2 },
        ],
      }),
    ).toBe('A patient, a call and 2 inbox items are waiting for you.');
  });
});
