import { describe, expect, it } from 'vitest';
import { checkWaitingRoomCall, WAITING_ROOM_CALLS, type WaitingRoomCall, waitingRoomWords } from '../../src/clinic/waiting-room';
import { SOURCES } from '../../src/reference/source';
import type { Check } from '../../src/scoring/finding';
import { Session } from '../../src/session/session';
import { STAGE_TASK_WORKFLOWS } from '../support/stage-tasks';
import { patient, scenario } from '../support/scenario-builder';

const day = scenario([patient('p1', '08:00', { name: { given: 'Maria', family: 'Lopez' } })]);
const maria = day.patients[0]!;

describe('privacy.waiting-room-call (rule)', () => {
  it.each<{ call: WaitingRoomCall; words: string; passes: boolean }>([
    { call: 'first-name', words: 'Maria?', passes: true },
    { call: 'full-name', words: 'Maria Lopez?', passes: true },
    { call: 'full-name-and-reason', words: 'Maria Lopez, for your follow-up?', passes: false },
  ])('$call ("$words") passes: $passes', ({ call, words, passes }) => {
    expect(waitingRoomWords(day, maria, call)).toBe(words);
    const check = checkWaitingRoomCall({ scenario: day, patient: maria, minute: 500, call });
    expect(check).toMatchObject({ ruleId: 'privacy.waiting-room-call', severity: 'major', patientId: 'p1', atMinute: 500, passed: passes });
    expect(check.finding === undefined).toBe(passes);
  });

  it('says what was said, what to say instead, why, and cites the rule’s source', () => {
    const finding = checkWaitingRoomCall({ scenario: day, patient: maria, minute: 500, call: 'full-name-and-reason' }).finding!;
    expect(finding.message).toContain('"Maria Lopez, for your follow-up?"');
    expect(finding.remedy).toContain('Call the first name, or first and last name, and nothing about the visit');
    expect(finding.remedy).toContain('"Maria?"');
    expect(finding.explanation).toMatch(/incidental disclosure/);
    expect(finding.source).toBe(SOURCES.hhsWaitingRoomNames);
  });

  it('offers three ways of calling', () => {
    expect(WAITING_ROOM_CALLS).toEqual(['first-name', 'full-name', 'full-name-and-reason']);
  });
});

/** Checks in and rooms Maria, calling her as `call`; the privacy checks the day recorded. */
function roomed(call: WaitingRoomCall): Check[] {
  const session = Session.start(day, { seed: 1, workflows: STAGE_TASK_WORKFLOWS });
  expect(session.act('p1', { type: 'check-in.completed' }).accepted).toBe(true);
  expect(session.act('p1', { type: 'patient.roomed', announce: call }).accepted).toBe(true);
  const checks = session.record().checks.filter((check) => check.ruleId === 'privacy.waiting-room-call');
  session.dispose();
  return checks;
}

describe('rooming a patient in a session', () => {
  it('gives a privacy finding when the reason for the visit is called out', () => {
    const checks = roomed('full-name-and-reason');
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ passed: false, patientId: 'p1', finding: { message: expect.stringContaining('for your follow-up') } });
  });

  it('passes when the first name is called', () => {
    expect(roomed('first-name')).toMatchObject([{ passed: true, patientId: 'p1' }]);
  });
});
