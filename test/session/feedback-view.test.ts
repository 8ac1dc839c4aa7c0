import { describe, expect, it } from 'vitest';
import { dayView, EncounterWatch } from '../../src/session/day-view';
import { FeedbackTracker, signedPoints } from '../../src/session/feedback-view';
import { Session } from '../../src/session/session';
import type { Mode } from '../../src/scenario/scenario.schema';
import { bundledLibrary } from '../support/bundled-library';

const morning = bundledLibrary().find((scenario) => scenario.id === 'default-morning')!;
const MARCUS = 'marcus-johnson';

/** The default morning, played until Marcus Johnson stands at the desk. */
function atTheDesk(mode: Mode): { session: Session; watch: EncounterWatch; tracker: FeedbackTracker } {
  const watch = new EncounterWatch();
  const session = Session.start(morning, { seed: 1, settings: { mode, timerEnabled: false }, inspect: watch.inspect });
  while (session.stageOf(MARCUS) !== 'check-in') session.waitForNextEvent();
  return { session, watch, tracker: new FeedbackTracker() };
}

function look(day: { session: Session; watch: EncounterWatch; tracker: FeedbackTracker }) {
  return day.tracker.update(day.session, dayView(day.session, { watch: day.watch }).score);
}

/** Confirms Marcus's identity on his name alone: one identifier, a finding. */
function confirmOnOneIdentifier(session: Session): void {
  for (const action of [
    { type: 'patient.greeted' },
    { type: 'identity.asked', question: 'full-name', style: 'stated' },
    { type: 'identity.confirmed' },
  ] as const) {
    expect(session.act(MARCUS, action).accepted).toBe(true);
  }
}

describe('FeedbackTracker', () => {
  it('shows a finding once, the moment it is recorded, with what went wrong, what to do instead, why and the source', () => {
    const day = atTheDesk('practice');
    expect(look(day)).toEqual({ items: [], fresh: [], lastChange: null });
    confirmOnOneIdentifier(day.session);
    const first = look(day)!;
    expect(first.fresh).toHaveLength(1);
    expect(first.fresh[0]).toMatchObject({
      ruleId: 'intake.two-identifiers',
      patientId: MARCUS,
      patientName: 'Marcus Johnson',
      time: expect.stringMatching(/^\d\d:\d\d$/),
      what: expect.stringContaining('Marcus'),
      instead: expect.any(String),
      why: expect.any(String),
      source: expect.stringContaining('—'),
    });
    expect(first.fresh[0]!.instead.length).toBeGreaterThan(10);
    expect(first.fresh[0]!.why.length).toBeGreaterThan(10);
    expect(first.items).toEqual(first.fresh);
    const again = look(day)!;
    expect(again.fresh).toEqual([]);
    expect(again.items).toEqual(first.items);
  });

  it('lists the findings newest first, each under its own id', () => {
    const day = atTheDesk('practice');
    look(day);
    confirmOnOneIdentifier(day.session);
    look(day);
    // Check-in completed with nothing registered: the card, the copay, the forms and the complaint are missed.
    expect(day.session.act(MARCUS, { type: 'check-in.completed' }).accepted).toBe(true);
    const view = look(day)!;
    expect(view.fresh.length).toBeGreaterThan(1);
    expect(view.items.slice(0, view.fresh.length)).toEqual(view.fresh.toReversed());
    expect(view.items.at(-1)!.ruleId).toBe('intake.two-identifiers');
    expect(new Set(view.items.map((item) => item.id)).size).toBe(view.items.length);
  });

  it('says what last changed the running score, linked to the finding that changed it', () => {
    const day = atTheDesk('practice');
    look(day);
    confirmOnOneIdentifier(day.session);
    const view = look(day)!;
    const finding = view.fresh[0]!;
    expect(view.lastChange).toMatchObject({ findingId: finding.id, text: `${signedPoints(view.lastChange!.accuracy)} accuracy: ${finding.what}` });
    expect(view.lastChange!.accuracy).toBeLessThan(0);
    expect(view.lastChange!.text).toMatch(/^−\d+(\.\d)? accuracy: /);
  });

  it('catches up with a resumed day without showing its old findings as new', () => {
    const day = atTheDesk('practice');
    confirmOnOneIdentifier(day.session);
    const view = look(day)!;
    expect(view.fresh).toEqual([]);
    expect(view.items.map((item) => item.ruleId)).toEqual(['intake.two-identifiers']);
    expect(view.lastChange).toBeNull();
  });

  it('shows nothing in assessment: no feed, no log, no score change', () => {
    const day = atTheDesk('assessment');
    expect(look(day)).toBeNull();
    confirmOnOneIdentifier(day.session);
    expect(look(day)).toBeNull();
    expect(dayView(day.session, { watch: day.watch }).score).toBeNull();
    expect(day.session.record().checks.some((check) => !check.passed)).toBe(true);
  });
});

describe('signedPoints', () => {
  it('prints a score change with its sign, to one decimal only when it has one', () => {
    expect([signedPoints(-5), signedPoints(2.34), signedPoints(0.04), signedPoints(-0.76)]).toEqual(['−5', '+2.3', '±0', '−0.8']);
  });
});
