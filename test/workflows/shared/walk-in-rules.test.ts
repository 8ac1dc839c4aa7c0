import { describe, expect, it } from 'vitest';
import { firstOpenAppointment } from '../../../src/workflows/shared/appointment-book';
import { checkWalkIn, walkInRule } from '../../../src/workflows/shared/booking-rules';
import { patient, scenario } from '../../support/scenario-builder';

const at = { patientId: 'w', patientName: 'Walk In', minute: 500, today: '2026-03-10' };
const booked = (date: string, time: string) => ({ date, time, providerId: 'dr-test', visitTypeId: 'follow-up' });

describe('checkWalkIn (scheduling.walk-in)', () => {
  it.each([
    ['the first open slot later today', booked('2026-03-10', '14:00'), { date: '2026-03-10', time: '14:00' }, null],
    ['a later slot on the first open day', booked('2026-03-11', '10:00'), { date: '2026-03-11', time: '08:00' }, null],
    ['any slot when the book is full as far as the desk looks', booked('2026-04-20', '08:00'), null, null],
    ['tomorrow while today had a free slot', booked('2026-03-11', '08:00'), { date: '2026-03-10', time: '14:00' }, "Walk In walked in and was told to come back on 2026-03-11 at 08:00, but today's schedule still had a free slot at 14:00."],
    ['a week out while tomorrow was open', booked('2026-03-17', '08:00'), { date: '2026-03-11', time: '08:00' }, 'Walk In walked in and was told to come back on 2026-03-17 at 08:00, but the first open appointment was on 2026-03-11 at 08:00.'],
  ])('judges %s', (_, appointment, firstOpen, message) => {
    const check = checkWalkIn({ ...at, booked: appointment, firstOpen });
    expect(check.ruleId).toBe('scheduling.walk-in');
    expect(check.passed).toBe(message === null);
    expect(check.finding?.message ?? null).toBe(message);
    if (message !== null) {
      expect(check.finding?.severity).toBe('major');
      expect(check.finding?.explanation).toBe(walkInRule.why);
      expect(check.finding?.source.id).toBe('clinicDayFrontDeskPolicy');
    }
  });
});

describe('firstOpenAppointment', () => {
  // Tuesday 2026-03-10; Dr. Test works Monday to Friday, 08:00–09:00, four 15-minute slots.
  const day = scenario([patient('p1', '08:00'), patient('p2', '08:15')], {
    providers: [{ id: 'dr-test', name: 'Dr. Test', npi: '1234567893', template: { opensAt: '08:00', closesAt: '09:00', visitTypes: [{ id: 'follow-up', name: 'Follow-up', minutes: 15 }] } }],
    appointmentBook: [
      { date: '2026-03-11', time: '08:00', providerId: 'dr-test', visitTypeId: 'follow-up', patientLabel: 'Booked A' },
      { date: '2026-03-11', time: '08:15', providerId: 'dr-test', visitTypeId: 'follow-up', patientLabel: 'Booked B' },
    ],
  });
  const visit = { providerId: 'dr-test', visitTypeId: 'follow-up' };

  it.each([
    ['the rest of today first', { date: '2026-03-10', minute: 480 }, [], { date: '2026-03-10', time: '08:30' }],
    ['not a slot that has passed', { date: '2026-03-10', minute: 530 }, [], { date: '2026-03-11', time: '08:30' }],
    ['around the appointments already in the book', { date: '2026-03-11', minute: 0 }, [], { date: '2026-03-11', time: '08:30' }],
    ['around the bookings made today', { date: '2026-03-10', minute: 480 }, [booked('2026-03-10', '08:30'), booked('2026-03-10', '08:45')], { date: '2026-03-11', time: '08:30' }],
    ['past the weekend', { date: '2026-03-13', minute: 540 }, [], { date: '2026-03-16', time: '08:00' }],
  ])('finds %s', (_, from, madeToday, expected) => {
    expect(firstOpenAppointment(day, visit, from, madeToday.map((b) => ({ ...b, label: 'Made today' })))).toEqual(expected);
  });

  it('gives up past its horizon', () => {
    expect(firstOpenAppointment(day, visit, { date: '2026-03-13', minute: 540 }, [], 2)).toBeNull();
  });
});
