import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../../src/cli/scenario-file';
import { Session } from '../../../src/session/session';
import { playDay, scriptedTrainee } from '../../../src/trainees/play-day';
import { FRONT_DESK_PHONE_PLAYER as PHONE_PLAYER } from '../../../src/clinic/phone-call.player';
import { SeededRandom } from '../../../src/domain/random';
import { patient, scenario } from '../../support/scenario-builder';

const FRONT_DESK = /^(intake|scheduling|privacy)\./;

function defaultMorning() {
  const loaded = readScenarioFile('default-morning');
  if (!loaded.ok) throw new Error('the default scenario does not load');
  return loaded.scenario;
}

describe('the front desk on a whole day', () => {
  it('gives the expert none of its findings on the default scenario, with every planted front-desk trap checked', () => {
    const day = defaultMorning();
    const session = playDay(day, scriptedTrainee('expert', day, 1), { seed: 1 });
    const checks = session.record().checks.filter((check) => FRONT_DESK.test(check.ruleId));
    expect(checks.filter((check) => !check.passed).map((check) => check.finding?.message)).toEqual([]);
    const checked = new Set(checks.map((check) => `${check.ruleId} ${check.patientId}`));
    expect(checked).toContain('intake.identity-mismatch eleanor-whitfield');
    expect(checked).toContain('intake.eligibility lan-nguyen');
    expect(checked).toContain('privacy.minimum-necessary marcus-johnson');
    expect(checked).toContain('scheduling.template hannah-okafor');
  });

  it('gives the novice several intake and scheduling findings on the default scenario', () => {
    const day = defaultMorning();
    const rules = new Set<string>();
    // Seeds whose dice give each typical slip at least once (the seeds follow the novice's dice sequence).
    for (const seed of [5, 6, 7]) {
      const session = playDay(day, scriptedTrainee('novice', day, seed), { seed });
      for (const check of session.record().checks) if (!check.passed && FRONT_DESK.test(check.ruleId)) rules.add(check.ruleId);
    }
    expect([...rules].sort()).toEqual(expect.arrayContaining(['intake.chart-correction', 'intake.copay', 'intake.eligibility', 'intake.two-identifiers', 'scheduling.follow-up']));
  });

  it('has both ask a relative who they are, and the novice, when it slips, give a relative with nothing on file the results, where the expert withholds them', () => {
    const day = scenario([patient('p1', '08:00')], {
      events: [{ kind: 'phone-call', time: '08:05', caller: 'relative', callerName: 'Rel Ative', patientId: 'p1', request: 'results' }],
    });
    const outcomes = (['expert', 'novice'] as const).map((who) => {
      const session = Session.start(day, { seed: 4 });
      session.advanceTo(8 * 60 + 5);
      expect(session.act('p1', { type: 'phone.answered', callId: 'call-1' }).accepted).toBe(true);
      const dice = { random: new SeededRandom(1), slips: () => true };
      const next = () => {
        const view = { callId: 'call-1', snapshot: session.phoneSnapshot('call-1')!, scenario: day, minute: session.minute };
        return who === 'expert' ? PHONE_PLAYER.expert(view) : PHONE_PLAYER.novice(view, dice);
      };
      const asks = next();
      expect(asks).toEqual({ type: 'caller.verified', callId: 'call-1' });
      expect(session.act('p1', asks!).accepted).toBe(true);
      expect(session.act('p1', next()!).accepted).toBe(true);
      return session.record().checks.filter((check) => check.ruleId === 'privacy.minimum-necessary').map((check) => check.passed);
    });
    expect(outcomes).toEqual([[true], [false]]);
  });

  it('waits for a no-show to be marked, refuses it before, and lets the day end once everyone is done', () => {
    const day = scenario([
      patient('p1', '08:00'),
      patient('gone', '08:30', { arrival: { kind: 'scheduled', time: '08:30', visitTypeId: 'follow-up', providerId: 'dr-test', noShow: true } }),
    ]);
    const session = Session.start(day, { seed: 2 });
    expect(session.act('gone', { type: 'no-show.marked', rescheduleOffered: true })).toEqual({ accepted: false, reason: 'Not now: Testgone Patient has not arrived yet.' });
    session.advanceTo(8 * 60 + 45);
    expect(session.stageOf('gone')).toBe('no-show');
    expect(session.available().find((task) => task.patientId === 'gone')?.actions).toEqual(['no-show.marked']);
    expect(session.act('gone', { type: 'no-show.marked', rescheduleOffered: true }).accepted).toBe(true);
    expect(session.act('gone', { type: 'no-show.marked', rescheduleOffered: true }).accepted).toBe(false);
    expect(session.record().checks.filter((check) => check.ruleId === 'scheduling.no-show').map((check) => check.passed)).toEqual([true]);
    expect(session.record().journeys.find((journey) => journey.patientId === 'gone')?.outcome).toBe('no-show');
  });

  it('records an unmarked no-show at the end of the day, and the day still ends', () => {
    const day = scenario([patient('gone', '08:30', { arrival: { kind: 'scheduled', time: '08:30', visitTypeId: 'follow-up', providerId: 'dr-test', noShow: true } })]);
    const session = Session.start(day, { seed: 2 });
    session.finish();
    expect(session.isOver).toBe(true);
    const missed = session.record().checks.filter((check) => !check.passed).map((check) => check.ruleId);
    expect(missed).toEqual(['scheduling.no-show']);
  });
});
