import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/scoring/finding';
import { isUnfinishedWork } from '../../src/scoring/day-rules';
import { gate, scoreDay } from '../../src/scoring/score';
import { playDay, scriptedTrainee } from '../../src/trainees/play-day';
import { Session } from '../../src/session/session';
import { criticalVerdict, criticalVerdictText, dayNumbersText, dayVerdictText, findingsCountedLine, gateVerdictWords, peopleNamed, undoneCount, undoneMadeOf } from '../../scenes/day-end-words';
import { bundledLibrary } from '../support/bundled-library';

/** The whole day at Willow Creek worked by the novice, seed 1: a day failed on twelve critical findings. */
function noviceWholeDay() {
  const scenario = bundledLibrary().find((candidate) => candidate.id === 'whole-day')!;
  const session = playDay(scenario, scriptedTrainee('novice', scenario, 1), { seed: 1 });
  const result = scoreDay(session.record());
  session.dispose();
  return result;
}

/** A finding's clinic time as the verdict writes it: "08:33". */
function time(finding: Finding): string {
  return `${String(Math.floor(finding.atMinute / 60)).padStart(2, '0')}:${String(Math.floor(finding.atMinute) % 60).padStart(2, '0')}`;
}

describe('the words the closing notice and the debrief share', () => {
  const result = noviceWholeDay();
  const names = new Map(result.journeys.map((journey) => [journey.patientId, journey.name]));
  const critical = result.findings.filter((finding) => finding.severity === 'critical');
  const nameOf = (finding: Finding) => names.get(finding.patientId!)!;
  /** The day's findings with only two of its critical findings kept, as the playtest's day had (Lena Marsh at 10:55, Rosa Delgado at 14:25). */
  const twoCritical = result.findings.filter((finding) => finding.severity !== 'critical' || finding === critical[0] || finding === critical[3]);

  it('names each critical finding of a day that had two, the patient and the time, in the debrief banner’s words (the playtest’s banner named one of two)', () => {
    expect(critical.length).toBeGreaterThan(5);
    const [first, second] = [critical[0]!, critical[3]!];
    const verdict = criticalVerdict(twoCritical, names)!;
    expect(verdict.named.map((part) => part.finding)).toEqual([first, second]);
    expect(criticalVerdictText(verdict)).toBe(`Not passed — a critical finding fails the day whatever the score, and the day had 2: ${nameOf(first)}, ${time(first)}; ${nameOf(second)}, ${time(second)}.`);
  });

  it('says a day failed on one critical finding without counting it, and names it', () => {
    const one = result.findings.filter((finding) => finding.severity !== 'critical' || finding === critical[2]);
    expect(criticalVerdictText(criticalVerdict(one, names)!)).toBe(`Not passed — a critical finding fails the day whatever the score: ${nameOf(critical[2]!)}, ${time(critical[2]!)}.`);
  });

  it('names the first five of many and counts the rest, each under Findings', () => {
    const text = criticalVerdictText(criticalVerdict(result.findings, names)!);
    expect(text).toBe(
      `Not passed — a critical finding fails the day whatever the score, and the day had ${critical.length}: ${critical
        .slice(0, 5)
        .map((finding) => `${nameOf(finding)}, ${time(finding)}`)
        .join('; ')}; and ${critical.length - 5} more, under Findings.`,
    );
  });

  it('names each by its time where the patients’ names are not known (the closing notice has the findings only)', () => {
    expect(criticalVerdictText(criticalVerdict(twoCritical)!)).toBe(`Not passed — a critical finding fails the day whatever the score, and the day had 2: at ${time(critical[0]!)}; at ${time(critical[3]!)}.`);
  });

  it('names the writers of portal messages nobody acted on, who had no visit, from the scenario’s charts (session 22’s playtest: Lena Marsh at 10:55 and Rosa Delgado at 14:25)', () => {
    const scenario = bundledLibrary().find((candidate) => candidate.id === 'whole-day')!;
    const session = Session.start(scenario, { seed: 1, settings: { mode: 'practice', timerEnabled: true } });
    session.finish();
    const idle = scoreDay(session.record());
    session.dispose();
    expect(idle.journeys.some((journey) => journey.name === 'Lena Marsh')).toBe(false);
    const verdict = criticalVerdict(idle.findings, peopleNamed(idle.journeys, scenario))!;
    expect(criticalVerdictText(verdict)).toBe('Not passed — a critical finding fails the day whatever the score, and the day had 2: Lena Marsh, 10:55; Rosa Delgado, 14:25.');
    expect(criticalVerdictText(criticalVerdict(idle.findings, peopleNamed(idle.journeys))!)).toBe('Not passed — a critical finding fails the day whatever the score, and the day had 2: at 10:55; at 14:25.');
  });

  it('says nothing of a critical finding when the day had none', () => {
    expect(criticalVerdict(result.findings.filter((finding) => finding.severity !== 'critical'), names)).toBeNull();
  });

  it('counts the work left undone by what it is, inbox items, patients who left unseen and steps of visits, adding up to its count', () => {
    const undone = result.findings.filter(isUnfinishedWork);
    const leftUnseen: Finding = { ...undone[0]!, ruleId: 'flow.left-unseen' };
    const findings = [...undone, leftUnseen, { ...leftUnseen, patientId: 'another' }];
    const inbox = findings.filter((finding) => finding.ruleId === 'inbox.unfinished').length;
    const visits = findings.length - inbox - 2;
    expect(inbox).toBeGreaterThan(0);
    const made = undoneMadeOf(findings);
    expect(made).toBe([`${inbox} inbox ${inbox === 1 ? 'item' : 'items'}`, '2 patients who left unseen', ...(visits === 0 ? [] : [`${visits} ${visits === 1 ? 'step of a patient’s visit' : 'steps of patients’ visits'}`])].join(', '));
    expect(made).not.toMatch(/\d+ steps? \(/);
    expect(undoneCount(findings)).toBe(`${findings.length} findings`);
  });

  it('shows a dash, not 0 min, for door to door when no patient was completed', () => {
    const none = { ...result.stats, patientsCompleted: 0, meanDoorToDoorMinutes: 0 };
    expect(dayNumbersText(none)).toMatch(/^0 patients completed, .* · door to door — \(none completed\) · /);
    expect(dayNumbersText(none)).not.toMatch(/door to door 0 min/);
    expect(dayNumbersText(result.stats)).toContain(`door to door ${result.stats.meanDoorToDoorMinutes} min`);
  });
});

/** The whole day at Willow Creek, ended by the trainee at `minute` having done nothing. */
function endedAt(minute: number) {
  const scenario = bundledLibrary().find((candidate) => candidate.id === 'whole-day')!;
  const session = Session.start(scenario, { seed: 1, settings: { mode: 'practice', timerEnabled: true } });
  session.advanceTo(minute);
  session.finish();
  const record = session.record();
  session.dispose();
  return { record, result: scoreDay(record) };
}

describe('why a day did not pass besides a critical finding, and how the feedback log’s count and the debrief’s differ (session 22)', () => {
  const result = noviceWholeDay();
  const withoutCritical = result.findings.filter((finding) => finding.severity !== 'critical');

  it('says a day failed on its pass mark alone so, in the gate’s words', () => {
    const short = gate(withoutCritical, 62, 70);
    expect(dayVerdictText(short, withoutCritical)).toBe('Not passed — the total 62 is below the pass mark of 70.');
    expect(gateVerdictWords(short, withoutCritical)).toBe('the total 62 is below the pass mark of 70');
  });

  it('says a day failed on the visits it needs left unfinished so', () => {
    const unfinished = gate(withoutCritical, 90, 70, { completed: 2, expected: 6, requiredShare: 1 });
    expect(dayVerdictText(unfinished, withoutCritical)).toBe('Not passed — only 2 of 6 visits were finished, and this day needs every visit finished (every step the patient needed done), whatever the score.');
  });

  it('leaves a day failed on a critical finding to the critical verdict, and a passed day unsaid', () => {
    expect(gateVerdictWords(result.gate, result.findings)).toBeNull();
    expect(dayVerdictText(result.gate, result.findings)).toMatch(/^Not passed — a critical finding fails the day whatever the score/);
    expect(dayVerdictText(gate([], 90, 70), [])).toBeNull();
  });

  it('says the debrief counts the log’s findings and those judged as the clinic closed, the work left undone among them', () => {
    const { record, result: ended } = endedAt(9 * 60);
    const logged = record.checks.flatMap((check) => (check.finding ? [check.finding] : []));
    const judged = ended.findings.length - logged.length;
    expect(judged).toBeGreaterThan(0);
    const undoneJudged = ended.findings.filter(isUnfinishedWork).length - logged.filter(isUnfinishedWork).length;
    expect(findingsCountedLine(logged, ended.findings)).toBe(
      `Feedback (${logged.length}) holds the findings recorded as you worked; the debrief counts ${ended.findings.length}: those ${logged.length}, and ${judged} judged from the whole day as the clinic closed, ${undoneJudged} of them work left undone.`,
    );
  });

  it('says nothing of the counts when they agree', () => {
    expect(findingsCountedLine(withoutCritical, withoutCritical)).toBeNull();
  });
});
