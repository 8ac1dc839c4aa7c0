import { describe, expect, it } from 'vitest';
import { checkPhoneRequest, checkTemplate } from '../../../src/workflows/shared/booking-rules';
import { checkFollowUp, checkNoShow, checkReferral, referralAuthorization, SCHEDULING_RULES } from '../../../src/workflows/scheduling/scheduling.rules';
import { patient, scenario } from '../../support/scenario-builder';

const at = { patientId: 'p1', patientName: 'Lan Nguyen', minute: 600 };
const minutes = (id: string) => ({ 'follow-up': 15, 'annual-physical': 30 })[id];
const order = { interval: { value: 2, unit: 'weeks' as const }, visitTypeId: 'follow-up', toleranceDays: 3, unavailableWeekdays: [3] };
const booking = (date: string, visitTypeId = 'follow-up', providerId = 'dr-patel') => ({ date, time: '09:15', visitTypeId, providerId });

describe('scheduling.follow-up', () => {
  it.each([
    ['on the ideal date', booking('2026-03-24'), true, null],
    ['within the tolerance', booking('2026-03-27'), true, null],
    ['two days from today (days, not weeks)', booking('2026-03-12'), false, /booked for 2026-03-12, 2 days from today/],
    ['past the tolerance', booking('2026-03-30'), false, /booked for 2026-03-30, 20 days from today/],
    ['on a day the patient cannot come', booking('2026-03-25'), false, /2026-03-25 is a Wednesday, when the patient cannot come/],
    ['as a longer visit type', booking('2026-03-24', 'annual-physical'), false, /booked as a 30-minute annual-physical/],
    ['with another provider', booking('2026-03-24', 'follow-up', 'dr-other'), false, /not the patient's provider \(dr-patel\)/],
    ['not at all', null, false, /no follow-up was booked/],
  ])('%s', (_, booked, ok, message) => {
    const check = checkFollowUp({ ...at, today: '2026-03-10', order, providerId: 'dr-patel', booked, visitMinutes: minutes });
    expect(check.passed).toBe(ok);
    expect(check.severity).toBe('major');
    if (message) expect(check.finding?.message).toMatch(message);
    if (!ok) expect(check.finding?.message).toMatch(/ordered a 15-minute follow-up in 2 weeks \(2026-03-24, ± 3 days\)/);
  });
});

describe('scheduling.template, scheduling.no-show, scheduling.referral, scheduling.phone-request', () => {
  const slot = booking('2026-03-24');
  const hmoPatient = patient('p1', '08:00', { coverage: { payerId: 'aetna-hmo', memberId: 'MVH-1', planType: 'hmo' } });
  const ppoPatient = patient('p2', '08:15', { coverage: { payerId: 'bluecross-ppo', memberId: 'BHP-1', planType: 'ppo' } });
  const day = scenario([hmoPatient, ppoPatient, patient('p3', '08:30')]);
  const referral = { specialty: 'Nutrition', reason: 'Diabetes education' };
  it.each([
    ['a slot that fits', checkTemplate({ ...at, request: slot, problem: null, purpose: 'follow-up' }), true, null],
    ['a slot in lunch', checkTemplate({ ...at, request: slot, problem: { kind: 'blocked', start: '12:00', end: '13:00', reason: 'Lunch' }, purpose: 'follow-up' }), false, /follow-up does not fit the template: the visit at 2026-03-24 at 09:15 runs into blocked time/],
    ['a no-show marked and rebooking offered', checkNoShow({ ...at, appointmentTime: '10:00', marked: true, rescheduleOffered: true, rebooked: false }), true, null],
    ['a no-show marked without calling the patient', checkNoShow({ ...at, appointmentTime: '10:00', marked: true, rescheduleOffered: false, rebooked: false }), false, /was marked, but the patient was not contacted/],
    ['a no-show marked after the patient rebooked by phone', checkNoShow({ ...at, appointmentTime: '10:00', marked: true, rescheduleOffered: false, rebooked: true }), true, null],
    ['a no-show never marked', checkNoShow({ ...at, appointmentTime: '10:00', marked: false, rescheduleOffered: false, rebooked: true }), false, /still not marked at the end of the day/],
    ['an HMO referral with authorisation', checkReferral({ ...at, order: referral, made: { specialty: 'Nutrition', authorizationRequested: true }, authorization: 'required', payerId: 'aetna-hmo' }), true, null],
    ['an HMO referral without authorisation', checkReferral({ ...at, order: referral, made: { specialty: 'nutrition', authorizationRequested: false }, authorization: 'required', payerId: 'aetna-hmo' }), false, /\(aetna-hmo\) requires a referral authorisation/],
    ['a referral to the wrong specialty', checkReferral({ ...at, order: referral, made: { specialty: 'Cardiology', authorizationRequested: false }, authorization: 'not-required', payerId: 'bluecross-ppo' }), false, /went to Cardiology; the provider ordered Nutrition/],
    ['a referral never made', checkReferral({ ...at, order: referral, made: null, authorization: 'not-required', payerId: null }), false, /Nutrition referral the provider ordered \(Diabetes education\) was not made/],
    ['a reschedule carried out', checkPhoneRequest({ patientId: 'p1', patientLabel: 'Lan Nguyen', callerName: 'Lan Nguyen', minute: 600, request: 'reschedule', done: true }), true, null],
    ['a cancel not carried out', checkPhoneRequest({ patientId: 'p1', patientLabel: 'Lan Nguyen', callerName: 'Lan Nguyen', minute: 600, request: 'cancel', done: false }), false, /called to cancel Lan Nguyen's appointment, and the call ended without it being done/],
  ])('%s', (_, check, ok, message) => {
    expect(check.passed).toBe(ok);
    if (message) expect(check.finding?.message).toMatch(message);
  });

  it('takes the referral rule from the payer, and none for self-pay or inactive coverage', () => {
    expect(referralAuthorization(day.patients[0]!)).toBe('required');
    expect(referralAuthorization(day.patients[1]!)).toBe('not-required');
    expect(referralAuthorization(day.patients[2]!)).toBe('not-required');
  });

  it('lists the issue’s rule ids', () => {
    expect(SCHEDULING_RULES.map((rule) => rule.id)).toEqual(expect.arrayContaining(['scheduling.follow-up', 'scheduling.template', 'scheduling.no-show', 'scheduling.referral']));
    expect(SCHEDULING_RULES.find((rule) => rule.id === 'scheduling.follow-up')?.severity).toBe('major');
  });
});
