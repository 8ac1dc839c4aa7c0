import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../src/cli/scenario-file';
import { FRONT_DESK_PHONE_PLAYER } from '../../src/clinic/phone-call.player';
import { rescheduleWish, rescheduleWishSlot } from '../../src/clinic/phone-call.machine';
import { Session } from '../../src/session/session';
import { bookedOn } from '../../src/workflows/shared/appointment-book';

const BRIANNA = 'brianna-mitchell';
/** The whole day's first call: Brianna Mitchell, at 10:40, to move the 09:30 she missed. */
const CALL = 'call-1';

function wholeDay() {
  const loaded = readScenarioFile('whole-day');
  if (!loaded.ok) throw new Error('the whole-day scenario does not load');
  return loaded.scenario;
}

function held(session: Session, date: string): string[] {
  return bookedOn(session.scenario, 'dr-dominguez', date, session.bookingsMadeToday).map((entry) => `${entry.time} ${entry.label}`);
}

describe('Brianna Mitchell’s call to move her appointment, on the whole day', () => {
  it('asks for next week near her old time, and the expert books the slot that answers it', () => {
    const session = Session.start(wholeDay(), { seed: 1 });
    const patient = session.scenario.patients.find((p) => p.id === BRIANNA)!;
    // The day is Thursday 22 October 2026; her appointment was at 09:30.
    expect(rescheduleWish(session.scenario, patient)).toEqual({ fromDate: '2026-10-29', nearTime: '09:30' });
    session.advanceTo(10 * 60 + 40);
    expect(session.act(BRIANNA, { type: 'phone.answered', callId: CALL }).accepted).toBe(true);
    expect(session.act(BRIANNA, { type: 'caller.verified', callId: CALL }).accepted).toBe(true);
    const slot = rescheduleWishSlot(session.scenario, patient, session.bookingsMadeToday);
    expect(slot?.date).toBe('2026-10-29');
    const next = FRONT_DESK_PHONE_PLAYER.expert({ callId: CALL, snapshot: session.phoneSnapshot(CALL)!, scenario: session.scenario, minute: session.minute });
    expect(next).toEqual({ type: 'appointment.rescheduled', callId: CALL, ...slot });
    session.dispose();
  });

  it('gives back the slot the move leaves: today’s 09:30 is no longer hers, the new slot is', () => {
    const session = Session.start(wholeDay(), { seed: 1 });
    const patient = session.scenario.patients.find((p) => p.id === BRIANNA)!;
    session.advanceTo(10 * 60 + 40);
    session.act(BRIANNA, { type: 'phone.answered', callId: CALL });
    session.act(BRIANNA, { type: 'caller.verified', callId: CALL });
    const today = session.scenario.day.date;
    const before = held(session, today).filter((entry) => entry.startsWith('09:30 ') && entry.includes('Brianna'));
    expect(before).toHaveLength(1);
    const slot = rescheduleWishSlot(session.scenario, patient, session.bookingsMadeToday)!;
    expect(session.act(BRIANNA, { type: 'appointment.rescheduled', callId: CALL, ...slot }).accepted).toBe(true);
    expect(held(session, today).filter((entry) => entry.includes('Brianna'))).toEqual([]);
    expect(held(session, slot.date).filter((entry) => entry.includes('Brianna'))).toEqual([`${slot.time} ${before[0]!.slice(6)}`]);
    // Received twice, the move changes nothing more: the call changes the appointment once.
    expect(session.act(BRIANNA, { type: 'appointment.rescheduled', callId: CALL, ...slot }).accepted).toBe(false);
    expect(held(session, today).filter((entry) => entry.includes('Brianna'))).toEqual([]);
    session.dispose();
  });
});
