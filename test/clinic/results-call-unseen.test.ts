import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../src/cli/scenario-file';
import { FRONT_DESK_PHONE_PLAYER } from '../../src/clinic/phone-call.player';
import type { PhoneCallContext } from '../../src/clinic/phone-call.machine';
import { Session } from '../../src/session/session';
import { expertTrainee } from '../../src/trainees/expert-trainee';

const IMANI = 'imani-johnson';
/** The whole day's second call: Imani's mother, at 13:40, for the strep result. */
const CALL = 'call-2';

function wholeDay() {
  const loaded = readScenarioFile('whole-day');
  if (!loaded.ok) throw new Error('the whole-day scenario does not load');
  return loaded.scenario;
}

function callContext(session: Session): PhoneCallContext {
  return session.phoneSnapshot(CALL)!.context as PhoneCallContext;
}

/** The call answered and the caller asked who she is, as every caller is. */
function answerAndVerify(session: Session): void {
  expect(session.phoneSnapshot(CALL)?.value).toBe('ringing');
  expect(session.act(IMANI, { type: 'phone.answered', callId: CALL }).accepted).toBe(true);
  expect(session.act(IMANI, { type: 'caller.verified', callId: CALL }).accepted).toBe(true);
}

function expertNext(session: Session) {
  return FRONT_DESK_PHONE_PLAYER.expert({ callId: CALL, snapshot: session.phoneSnapshot(CALL)!, scenario: session.scenario, minute: session.minute });
}

describe('the results call for Imani on the whole day', () => {
  it('has no result to give when Imani left unseen: the mother is told why, under the privacy rule, and offered a visit from the book', () => {
    const session = Session.start(wholeDay(), { seed: 1 });
    // Nobody checks anyone in: Imani leaves unseen long before her mother calls.
    session.advanceTo(13 * 60 + 40);
    expect(session.record().journeys.find((journey) => journey.patientId === IMANI)?.outcome).toBe('left-unseen');
    answerAndVerify(session);
    expect(callContext(session).visitNotHeld).toBe('left-unseen');

    expect(session.canAct(IMANI, { type: 'results.disclosed', callId: CALL })).toBe(false);
    expect(expertNext(session)).toEqual({ type: 'results.none-on-file', callId: CALL });
    expect(session.act(IMANI, { type: 'results.none-on-file', callId: CALL }).accepted).toBe(true);
    expect(session.canAct(IMANI, { type: 'results.none-on-file', callId: CALL })).toBe(false);
    expect(callContext(session)).toMatchObject({ resultsDisclosed: true, noResultTold: true });
    const privacy = session.record().checks.filter((check) => check.ruleId === 'privacy.minimum-necessary' && check.patientId === IMANI);
    expect(privacy.map((check) => check.passed)).toEqual([true]);

    const booking = expertNext(session);
    expect(booking?.type).toBe('appointment.rescheduled');
    expect(session.act(IMANI, booking!).accepted).toBe(true);
    expect(session.bookingsMadeToday.filter((entry) => entry.byPhone?.patientId === IMANI)).toHaveLength(1);
    expect(expertNext(session)).toEqual({ type: 'phone.closed', callId: CALL });
    session.dispose();
  });

  it('still judges telling an unverified caller that the visit did not take place by the privacy rule', () => {
    const session = Session.start(wholeDay(), { seed: 1 });
    session.advanceTo(13 * 60 + 40);
    expect(session.act(IMANI, { type: 'phone.answered', callId: CALL }).accepted).toBe(true);
    expect(session.act(IMANI, { type: 'results.none-on-file', callId: CALL }).accepted).toBe(true);
    const privacy = session.record().checks.filter((check) => check.ruleId === 'privacy.minimum-necessary' && check.patientId === IMANI);
    expect(privacy.map((check) => check.passed)).toEqual([false]);
    expect(privacy[0]?.finding?.message).toBe("That Imani Johnson's visit did not take place (so there is no result) was told to Tanya Johnson (relative) on the phone without verifying who was calling.");
    session.dispose();
  });

  it('has the result to give when Imani was seen, and offers no booking on the call', () => {
    const session = Session.start(wholeDay(), { seed: 1 });
    const expert = expertTrainee();
    while (session.phoneSnapshot(CALL)?.value === 'scheduled') {
      const move = expert.nextMove(session);
      if (move === null || !session.act(move.patientId, move.action).accepted) session.waitForNextEvent();
    }
    expect(session.record().journeys.find((journey) => journey.patientId === IMANI)?.outcome).not.toBe('left-unseen');
    answerAndVerify(session);
    expect(callContext(session).visitNotHeld).toBeNull();
    expect(session.canAct(IMANI, { type: 'results.none-on-file', callId: CALL })).toBe(false);
    expect(session.canAct(IMANI, { type: 'appointment.rescheduled', callId: CALL, date: '2026-10-26', time: '09:00' })).toBe(false);
    expect(expertNext(session)).toEqual({ type: 'results.disclosed', callId: CALL });
    expect(session.act(IMANI, { type: 'results.disclosed', callId: CALL }).accepted).toBe(true);
    session.dispose();
  });
});
