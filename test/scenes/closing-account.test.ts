import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { isUnfinishedWork } from '../../src/scoring/day-rules';
import type { Finding } from '../../src/scoring/finding';
import { gate, scoreDay } from '../../src/scoring/score';
import { Session } from '../../src/session/session';
import { expertTrainee } from '../../src/trainees/expert-trainee';
import { afterEndedLine, leftUndoneLines } from '../../scenes/closing-account';
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

/** A clinic time as the notice writes it: "14:25". */
function clockTime(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(Math.floor(minute) % 60).padStart(2, '0')}`;
}

describe('the closing notice’s account of the day’s findings', () => {
  const result = halfWorkedWholeDay();
  const account = leftUndoneLines(result.findings);
  const undone = result.findings.filter(isUnfinishedWork);
  // Nobody worked the afternoon: the day has one critical finding, which fails it.
  const critical = result.findings.filter((finding) => finding.severity === 'critical');
  const lines = account.slice(1);

  it('says first, in the debrief banner’s words, that a critical finding failed the day, naming it by its time (session 22’s playtest read why only in the top bar)', () => {
    expect(critical).toHaveLength(1);
    expect(account[0]).toBe(`Not passed — a critical finding fails the day whatever the score: at ${clockTime(critical[0]!.atMinute)}.`);
    expect(lines.some((line) => line.includes('critical finding'))).toBe(false);
  });

  it('names each critical finding of a day that had two by its time, in the order of the day', () => {
    const earlier: Finding = { ...critical[0]!, atMinute: 10 * 60 + 55 };
    expect(leftUndoneLines([...result.findings, earlier])).toEqual([`Not passed — a critical finding fails the day whatever the score, and the day had 2: at 10:55; at ${clockTime(critical[0]!.atMinute)}.`, ...lines]);
  });

  it('gives the count the debrief’s Work left undone gives, patients who left unseen included (session 21’s playtest: 18 in the notice, 27 steps in the debrief)', () => {
    expect(result.findings.some((finding) => finding.ruleId === 'flow.left-unseen')).toBe(true);
    expect(lines[0]).toMatch(new RegExp(`^Left undone: .* \\(${undone.length} findings\\):$`));
  });

  it('says what the count is made of, each by what it is (session 22’s playtest: inbox items and patients counted as “steps”), adding up to it', () => {
    const inbox = undone.filter((finding) => finding.ruleId === 'inbox.unfinished').length;
    const unseen = undone.filter((finding) => finding.ruleId === 'flow.left-unseen').length;
    const visits = undone.length - inbox - unseen;
    expect(inbox).toBeGreaterThan(0);
    expect(visits).toBeGreaterThan(0);
    expect(lines[0]).toBe(`Left undone: ${inbox} inbox items, ${unseen} patients who left unseen, ${visits} steps of patients’ visits (${undone.length} findings):`);
  });

  it('names the first three where the work stopped, and says where the rest are', () => {
    expect(lines.slice(1, 4)).toEqual(undone.filter((finding) => finding.ruleId !== 'flow.left-unseen').slice(0, 3).map((finding) => finding.message));
    expect(lines[4]).toBe(`And ${undone.length - 3} more, under Work left undone in the debrief.`);
  });

  it('says first why a day without a critical finding did not pass, given its gate, in the debrief banner’s words (session 22: nothing was said of a day failed on the pass mark)', () => {
    const withoutCritical = result.findings.filter((finding) => finding.severity !== 'critical');
    expect(leftUndoneLines(withoutCritical, undefined, gate(withoutCritical, 62, 70))).toEqual(['Not passed — the total 62 is below the pass mark of 70.', ...lines]);
    expect(leftUndoneLines(withoutCritical, undefined, gate(withoutCritical, 90, 70))).toEqual(lines);
  });

  it('says nothing of work left undone, nor of a critical finding, when there is none', () => {
    expect(leftUndoneLines(result.findings.filter((finding) => !isUnfinishedWork(finding) && finding.severity !== 'critical'))).toEqual([]);
  });
});

describe('what the closing notice and the debrief say of a day the trainee ended with End day', () => {
  const result = halfWorkedWholeDay();
  const closes = 17 * 60;

  it('says when the trainee stopped and how much of what was judged came after, the critical findings among it (session 22’s playtest ended at 09:36 and read critical findings at 10:55 and 14:25 with nothing saying they came after)', () => {
    const after = result.findings.filter((finding) => finding.atMinute > WALKS_AWAY);
    const critical = after.filter((finding) => finding.severity === 'critical');
    expect(after.length).toBeGreaterThan(critical.length);
    expect(critical).toHaveLength(1);
    expect(afterEndedLine(result.findings, WALKS_AWAY, closes)).toBe(`You ended the day at 11:00; the clinic played on to 17:00 without you: ${after.length} of the day’s findings came after 11:00, 1 of them critical.`);
  });

  it('says so when nothing judged came after, and names no critical finding where none came after', () => {
    const last = Math.max(...result.findings.map((finding) => finding.atMinute));
    expect(afterEndedLine(result.findings, last, closes)).toBe(`You ended the day at ${clockTime(last)}; the clinic played on to 17:00 without you, and nothing it judged came after ${clockTime(last)}.`);
    const noCritical = result.findings.filter((finding) => finding.severity !== 'critical');
    expect(afterEndedLine(noCritical, WALKS_AWAY, closes)).toMatch(/ of the day’s findings came after 11:00\.$/);
  });
});
