import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { isUnfinishedWork } from '../../src/scoring/day-rules';
import { scoreDay } from '../../src/scoring/score';
import { Session } from '../../src/session/session';
import { expertTrainee } from '../../src/trainees/expert-trainee';
import { leftUndoneLines } from '../../scenes/closing-account';
import { bundledLibrary } from '../support/bundled-library';

/** The clinic minute at which the expert walks away from the whole day at Willow Creek: 11:00. */
const WALKS_AWAY = 11 * 60;

/** The whole day at Willow Creek, worked by the expert until 11:00 and by nobody after: inbox items unread, visits stopped partway, patients who left unseen. */
function halfWorkedWholeDay() {
  const scenario = bundledLibrary().find((candidate: Scenario) => candidate.title === 'A Full Day at Willow Creek')!;
  const session = Session.start(scenario, { seed: 1, settings: { mode: 'practice', timerEnabled: true } });
  const trainee = expertTrainee();
  while (!session.isOver && session.minute < WALKS_AWAY) {
    const move = trainee.nextMove(session);
    if (move === null || !session.act(move.patientId, move.action).accepted) session.waitForNextEvent();
  }
  session.finish();
  const result = scoreDay(session.record());
  session.dispose();
  return result;
}

describe('the closing notice’s account of the work left undone', () => {
  const result = halfWorkedWholeDay();
  const lines = leftUndoneLines(result.findings);
  const undone = result.findings.filter(isUnfinishedWork);

  it('gives the count the debrief’s Work left undone gives, patients who left unseen included (session 21’s playtest: 18 in the notice, 27 steps in the debrief)', () => {
    expect(result.findings.some((finding) => finding.ruleId === 'flow.left-unseen')).toBe(true);
    expect(lines[0]).toMatch(new RegExp(`^Work left undone: ${undone.length} steps \\(`));
  });

  it('says what the count is made of: inbox items, steps of patients’ visits and patients who left unseen, adding up to it', () => {
    const inbox = undone.filter((finding) => finding.ruleId === 'inbox.unfinished').length;
    const unseen = undone.filter((finding) => finding.ruleId === 'flow.left-unseen').length;
    const visits = undone.length - inbox - unseen;
    expect(inbox).toBeGreaterThan(0);
    expect(visits).toBeGreaterThan(0);
    expect(lines[0]).toBe(`Work left undone: ${undone.length} steps (${inbox} inbox items, ${visits} steps of patients’ visits, ${unseen} patients who left unseen):`);
  });

  it('names the first three where the work stopped, and says where the rest are', () => {
    expect(lines.slice(1, 4)).toEqual(undone.filter((finding) => finding.ruleId !== 'flow.left-unseen').slice(0, 3).map((finding) => finding.message));
    expect(lines[4]).toBe(`And ${undone.length - 3} more, under Work left undone in the debrief.`);
  });

  it('says nothing of work left undone when there is none', () => {
    expect(leftUndoneLines(result.findings.filter((finding) => !isUnfinishedWork(finding)))).toEqual([]);
  });
});
