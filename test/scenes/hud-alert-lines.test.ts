/**
 * The side panel draws an alert's line again when what it shows changes: at closing an unread
 * portal message keeps its alert's id and changes its words from "(unread)" to "never opened"
 * (the fourth playtest saw "(unread)" behind the closing notice).
 */
import { describe, expect, it } from 'vitest';
import { alertLineSignature } from '../../scenes/hud-panel';
import { readScenarioFile } from '../../src/cli/scenario-file';
import { dayView } from '../../src/session/day-view';
import { Session } from '../../src/session/session';

describe('an alert line at closing', () => {
  it('has another signature once an unread message\u2019s alert reads "never opened", so the panel draws it again', () => {
    const loaded = readScenarioFile('whole-day');
    if (!loaded.ok) throw new Error('whole-day does not load');
    const session = Session.start(loaded.scenario, { seed: 1, settings: { mode: 'practice', timerEnabled: true } });
    session.advanceTo(17 * 60 - 1);
    const before = dayView(session).alerts.filter((alert) => alert.text.includes('(unread)'));
    expect(before.length).toBeGreaterThan(0);
    session.finish();
    const after = new Map(dayView(session).alerts.map((alert) => [alert.id, alert]));
    for (const alert of before) {
      const closed = after.get(alert.id);
      expect(closed?.text).toMatch(/: never opened$/);
      expect(alertLineSignature(closed!)).not.toBe(alertLineSignature(alert));
    }
    session.dispose();
  });
});
