import { describe, expect, it } from 'vitest';
import { STAGE_TASK_WORKFLOWS } from '../support/stage-tasks';
import { scoreDay } from '../../src/scoring/score';
import { ReplayError, replaySession, Session } from '../../src/session/session';
import { playDay, scriptedTrainee } from '../../src/trainees/play-day';
import { patient, scenario } from '../support/scenario-builder';

const day = scenario(
  [
    patient('p1', '08:00'),
    patient('p2', '08:15', { arrival: { kind: 'scheduled', time: '08:15', visitTypeId: 'follow-up', providerId: 'dr-test', lateMinutes: 7 } }),
    patient('p3', '08:30'),
    patient('p4', '09:00', { arrival: { kind: 'scheduled', time: '09:00', visitTypeId: 'follow-up', providerId: 'dr-test', noShow: true } }),
    patient('w1', '09:10', { arrival: { kind: 'walk-in', time: '09:10', visitTypeId: 'follow-up', providerId: 'dr-test' } }),
  ],
  { events: [{ kind: 'phone-call', time: '08:20', caller: 'patient', callerName: 'Pat Caller', patientId: 'p3', request: 'confirm' }] },
);

describe('replay', () => {
  it.each(['expert', 'novice'] as const)('reproduces the %s trainee’s day exactly from scenario, seed and log', (name) => {
    const played = playDay(day, scriptedTrainee(name, day, 5), { seed: 5, workflows: STAGE_TASK_WORKFLOWS });
    const original = scoreDay(played.record());
    const replayed = replaySession(day, 5, played.settings, played.log, { workflows: STAGE_TASK_WORKFLOWS });
    replayed.finish();
    expect(replayed.log).toEqual(played.log);
    expect(scoreDay(replayed.record())).toEqual(original);
  });

  it('refuses a log whose actions were reordered', () => {
    const played = playDay(day, scriptedTrainee('expert', day, 5), { seed: 5, workflows: STAGE_TASK_WORKFLOWS });
    const log = [...played.log];
    [log[0], log[1]] = [log[1]!, log[0]!];
    expect(() => replaySession(day, 5, played.settings, log, { workflows: STAGE_TASK_WORKFLOWS })).toThrow(ReplayError);
  });

  it('refuses a log with an action the day would not have accepted', () => {
    const session = Session.start(day, { seed: 5, workflows: STAGE_TASK_WORKFLOWS });
    const log = [{ seq: 0, minute: 480, patientId: 'p1', action: { type: 'claim.submitted' as const } }];
    expect(() => replaySession(day, 5, session.settings, log, { workflows: STAGE_TASK_WORKFLOWS })).toThrow('action 0 (claim.submitted) was refused on replay: Not now: Testp Patient is at check-in.');
  });
});
