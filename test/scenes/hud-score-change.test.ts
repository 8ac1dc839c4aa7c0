/**
 * The HUD's last score change in short words: whole on one line of the bar whatever
 * changed the score, and never a rise that reads as a reward for a mistake.
 */
import { describe, expect, it } from 'vitest';
import { scoreDetail, shortChange } from '../../scenes/hud-panel';
import type { FeedbackItem, ScoreChange } from '../../src/session/feedback-view';

const FINDING: FeedbackItem = {
  id: 'finding-3',
  ruleId: 'intake.two-identifiers',
  severity: 'major',
  competency: 'communication',
  patientId: 'marcus-johnson',
  patientName: 'Marcus Johnson',
  minute: 5,
  time: '08:05',
  what: 'Marcus Johnson’s identity was confirmed on only one identifier.',
  instead: 'Ask for two.',
  why: 'Two identifiers prevent the wrong patient’s care.',
  source: 'The Joint Commission, NPSG 2025',
};

function change(accuracy: number, text: string, findingId: string | null = null): ScoreChange {
  return { accuracy, total: accuracy, text, findingId, minute: 5 };
}

/** The longest the bar's line holds whole in its 14rem at 12px (33 characters measured 209 of its 224 px in Chromium). */
const LONGEST = 34;

describe('shortChange', () => {
  it('names a finding by its severity, not its whole sentence', () => {
    expect(shortChange(change(-5, `−5 accuracy: ${FINDING.what}`, FINDING.id), [FINDING])).toBe('−5 accuracy: major finding');
  });

  it('says a rise came with a finding, so it never reads as a reward for the mistake', () => {
    expect(shortChange(change(0.4, `+0.4 accuracy for 2 steps done right, but a finding: ${FINDING.what}`, FINDING.id), [FINDING])).toBe('+0.4 accuracy, but a finding');
  });

  it('counts the steps done right', () => {
    expect(shortChange(change(0.1, '+0.1 accuracy: a step done right'), [])).toBe('+0.1 accuracy: a step right');
    expect(shortChange(change(0.3, '+0.3 accuracy: 12 steps done right'), [])).toBe('+0.3 accuracy: 12 steps right');
  });

  it('names the day’s own changes, a visit or call done or lost', () => {
    expect(shortChange(change(-3.6, '−3.6 accuracy: a patient left without being seen, or a call went to voicemail'), [])).toBe('−3.6 accuracy: visit or call lost');
    expect(shortChange(change(2.5, '+2.5 accuracy: a visit finished, or a call was answered'), [])).toBe('+2.5 accuracy: visit or call done');
  });

  it('stays short enough for the bar whatever the change', () => {
    const all = [
      shortChange(change(-12.5, 'x', FINDING.id), [{ ...FINDING, severity: 'critical' }]),
      shortChange(change(12.5, 'x', FINDING.id), [FINDING]),
      shortChange(change(12.5, '+12.5 accuracy: 12 steps done right'), []),
      shortChange(change(-12.5, 'x'), []),
      shortChange(change(12.5, 'x'), []),
    ];
    for (const text of all) expect(text.length).toBeLessThanOrEqual(LONGEST);
  });
});

describe('scoreDetail', () => {
  it.each([
    [100, 59, 'accuracy 100 · flow 59'],
    // Issue 19: the playtester saw "accuracy 100" beside "−0.3 accuracy: minor finding".
    [99.7, 59, 'accuracy 99.7 · flow 59'],
    [99.96, 66, 'accuracy 99.9 · flow 66'],
    [97.99999999, 66, 'accuracy 98 · flow 66'],
    [91.25, 40.6, 'accuracy 91.2 · flow 41'],
  ])('prints a running accuracy of %d as the bar shows it, agreeing with the change beside it', (accuracy, throughput, text) => {
    expect(scoreDetail({ accuracy, throughput, started: true, flowStarted: true })).toBe(text);
  });

  it('says nothing is judged before the first step', () => {
    expect(scoreDetail({ accuracy: 100, throughput: 30, started: false, flowStarted: false })).toBe('nothing judged yet');
  });

  it('shows no flow until a visit or inbox item is finished, keeping the accuracy (the playtest: "flow 23" at 08:03)', () => {
    expect(scoreDetail({ accuracy: 99.7, throughput: 23, started: true, flowStarted: false })).toBe('accuracy 99.7 · flow —');
  });
});
