/**
 * A no-show who phones to rebook before the no-show is marked: the no-show stage sees her new
 * slot, asks for no call, and passes the no-show marked without one (the playtester was still
 * asked to call and offer an appointment she already had).
 */
import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/session/session';
import { rescheduleCallAsk } from '../../../src/clinic/phone-call.machine';
import { firstOpenAppointment } from '../../../src/workflows/shared/appointment-book';
import { type NoShowContext, phoneRebooking } from '../../../src/workflows/scheduling/no-show.machine';
import { NO_SHOW_PLAYER } from '../../../src/workflows/scheduling/scheduling.player';
import { noShowStepHint } from '../../../src/workflows/scheduling/scheduling.hint';
import { SeededRandom } from '../../../src/domain/random';
import { patient, scenario } from '../../support/scenario-builder';

const day = scenario([patient('p1', '08:00'), patient('gone', '08:30', { arrival: { kind: 'scheduled', time: '08:30', visitTypeId: 'follow-up', providerId: 'dr-test', noShow: true } })], {
  events: [{ kind: 'phone-call', time: '09:00', caller: 'patient', callerName: 'Testgone Patient', patientId: 'gone', request: 'reschedule' }],
});

/** The day at 09:05, the no-show not yet marked, after her call rebooked her (or, with `call` false, with the phone let ring out). */
function afterHerCall(call: boolean): { session: Session; slot: { date: string; time: string } } {
  const session = Session.start(day, { seed: 2 });
  session.advanceTo(9 * 60);
  const ask = rescheduleCallAsk(day, day.patients[1]!);
  const slot = firstOpenAppointment(day, ask, ask.notBefore, session.bookingsMadeToday)!;
  if (call) {
    for (const action of [
      { type: 'phone.answered', callId: 'call-1' },
      { type: 'caller.verified', callId: 'call-1' },
      { type: 'appointment.rescheduled', callId: 'call-1', ...slot },
      { type: 'phone.closed', callId: 'call-1' },
    ] as const) expect(session.act('gone', action).accepted).toBe(true);
  }
  session.advanceTo(9 * 60 + 10);
  return { session, slot };
}

const noShowContext = (session: Session) => session.workflowSnapshot('gone')!.context as NoShowContext;

describe('a no-show who has rebooked by phone', () => {
  it('shows the slot she booked, and when, to the no-show stage', () => {
    const { session, slot } = afterHerCall(true);
    const rebooked = phoneRebooking(noShowContext(session));
    expect(rebooked).toEqual({ ...slot, providerId: 'dr-test', visitTypeId: 'follow-up', atMinute: expect.any(Number) });
    // Booked on the call, which rang at 09:00 and was answered and worked within its minutes.
    expect(Math.floor(rebooked!.atMinute)).toBe(9 * 60);
    expect(noShowStepHint(session.workflowSnapshot('gone')!)).toBe('The patient has already rebooked by phone: mark the no-show in the book; there is no new appointment left to offer.');
  });

  it('passes the no-show marked without a call, for there is nothing left to offer', () => {
    const { session } = afterHerCall(true);
    expect(session.act('gone', { type: 'no-show.marked', rescheduleOffered: false }).accepted).toBe(true);
    expect(session.record().checks.filter((check) => check.ruleId === 'scheduling.no-show').map((check) => check.passed)).toEqual([true]);
    expect(noShowContext(session).rebooked).not.toBeNull();
  });

  it('still asks for the call when she has not rebooked', () => {
    const { session } = afterHerCall(false);
    expect(phoneRebooking(noShowContext(session))).toBeNull();
    expect(session.act('gone', { type: 'no-show.marked', rescheduleOffered: false }).accepted).toBe(true);
    expect(session.record().checks.filter((check) => check.ruleId === 'scheduling.no-show').map((check) => check.passed)).toEqual([false]);
  });

  it('is marked by the scripted trainees without claiming a call they did not need to make', () => {
    const { session } = afterHerCall(true);
    const view = { patient: day.patients[1]!, snapshot: session.workflowSnapshot('gone')!, scenario: day, minute: session.minute };
    expect(NO_SHOW_PLAYER.expert(view)).toEqual({ type: 'no-show.marked', rescheduleOffered: false });
    expect(NO_SHOW_PLAYER.novice(view, { random: new SeededRandom(1), slips: () => true })).toEqual({ type: 'no-show.marked', rescheduleOffered: false });
  });
});
