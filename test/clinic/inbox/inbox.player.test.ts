import { describe, expect, it } from 'vitest';
import { INBOX_PLAYER, type InboxView } from '../../../src/clinic/inbox/inbox.player';
import { SeededRandom } from '../../../src/domain/random';
import type { Session } from '../../../src/session/session';
import type { MistakeDice } from '../../../src/workflows/shared/player';
import { inboxDay, portalMessage, resultNote } from './inbox-fixture';

/** Plays one item to the end with the player (the novice when `dice` is given), returning the inbox and privacy findings' rule ids. */
function playItem(session: Session, itemId: string, dice?: MistakeDice): string[] {
  for (let step = 0; step < 30; step++) {
    const snapshot = session.inboxSnapshot(itemId)!;
    const view: InboxView = { itemId, snapshot, scenario: session.scenario, minute: session.minute, bookings: session.bookingsMadeToday };
    const action = dice ? INBOX_PLAYER.novice(view, dice) : INBOX_PLAYER.expert(view);
    if (action === null) break;
    const outcome = session.act(null, action);
    if (!outcome.accepted) throw new Error(`${action.type} refused: ${outcome.reason}`);
  }
  return session
    .checksSince(0)
    .filter((check) => !check.passed && (check.ruleId.startsWith('inbox.') || check.ruleId.startsWith('privacy.')))
    .map((check) => check.ruleId);
}

const alwaysSlips: MistakeDice = { random: new SeededRandom(1), slips: () => true };

const ITEMS = {
  patient: resultNote(),
  spouse: resultNote({ answeredBy: { kind: 'person', name: 'Robert Park', relationship: 'Brother-in-law' } }),
  voicemail: resultNote({ answeredBy: { kind: 'voicemail' } }),
  interpret: resultNote({ question: 'interpret', instruction: 'book-visit', visitTypeId: 'follow-up' }),
  dose: resultNote({ question: 'dose-change' }),
  medication: resultNote({ instruction: 'start-medication', released: 'Dr. Test has started metformin 500 mg once a day with dinner.' }),
  noAnswer: resultNote({ answeredBy: { kind: 'no-answer' } }),
  strokeOnCall: resultNote({ emergency: 'stroke-signs' }),
};

describe('the inbox player', () => {
  it.each(Object.entries(ITEMS))('works a result note (%s) to the end without a finding, as the expert', (_, item) => {
    const session = inboxDay([item]);
    expect(playItem(session, 'res-1')).toEqual([]);
    expect(session.inboxSnapshot('res-1')?.value).toBe('done');
  });

  it.each([
    ['an emergency', portalMessage()],
    ['a question for the provider', portalMessage({ concern: 'question-for-provider', symptom: undefined })],
    ['an admin request', portalMessage({ concern: 'admin', symptom: undefined })],
  ])('triages a portal message with %s without a finding, as the expert', (_, item) => {
    const session = inboxDay([item]);
    expect(playItem(session, 'msg-1')).toEqual([]);
  });

  it('makes each beginner’s mistake on a result call when it slips', () => {
    const found = (item: (typeof ITEMS)[keyof typeof ITEMS]) => new Set(playItem(inboxDay([item]), 'res-1', alwaysSlips));
    expect(found(ITEMS.spouse)).toEqual(new Set(['inbox.identify', 'privacy.result-to-unauthorised', 'inbox.released-only', 'inbox.documentation']));
    expect(found(ITEMS.voicemail)).toEqual(new Set(['privacy.voicemail', 'inbox.documentation']));
    expect(found(ITEMS.dose).has('inbox.scope')).toBe(true);
    expect(found(ITEMS.strokeOnCall).has('inbox.emergency')).toBe(true);
  });

  it('handles an emergency message as routine, and answers a question for the provider itself, when it slips', () => {
    expect(playItem(inboxDay([portalMessage()]), 'msg-1', alwaysSlips)).toContain('inbox.emergency');
    expect(playItem(inboxDay([portalMessage({ concern: 'question-for-provider', symptom: undefined })]), 'msg-1', alwaysSlips)).toContain('inbox.scope');
  });
});
