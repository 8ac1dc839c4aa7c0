/**
 * The rules of scheduling: the follow-up the provider ordered, no-shows and referrals; the
 * rules of booking in the book (the template, walk-ins, a caller's request), which check-in
 * and the phone apply too, are in `../shared/booking-rules.ts` and listed here. Each rule
 * function is pure: the facts of one opportunity in, the `Check` out.
 */
import { findPayer, PLAN_TYPE_INFO, type ReferralRule } from '../../reference/payers';
import { SOURCES } from '../../reference/source';
import type { ScenarioPatient } from '../../scenario/scenario.schema';
import { type Check, defineRule, missed, passed } from '../../scoring/finding';
import { daysBetween } from '../../reference/iso-date';
import { describeInterval, intervalAfter, type SlotRequest, WEEKDAY_NAMES, weekdayOf } from '../shared/appointment-book';
import { type CheckAt, phoneRequestRule, schedulingReference, templateRule, walkInRule } from '../shared/booking-rules';

export const followUpRule = defineRule({
  id: 'scheduling.follow-up',
  competency: 'scheduling',
  severity: 'major',
  title: 'Book the follow-up the provider ordered: the interval, the visit type and its length',
  why: 'The provider chose the interval for a reason (a medication change to reassess, a result to recheck); too early wastes a visit, too late lets a problem go unwatched, and the wrong visit type books the wrong length of time.',
  source: schedulingReference,
});

export const noShowRule = defineRule({
  id: 'scheduling.no-show',
  competency: 'scheduling',
  severity: 'minor',
  title: 'Mark a no-show and apply the clinic policy (contact the patient, offer a new appointment)',
  why: 'An unmarked no-show leaves a hole in the record: nobody follows up on the missed care, the slot statistics are wrong, and the patient is not offered another appointment.',
  source: SOURCES.clinicDayFrontDeskPolicy,
});

export const referralRule = defineRule({
  id: 'scheduling.referral',
  competency: 'registration-insurance',
  severity: 'major',
  title: "Make the referral the provider ordered, with the plan's authorisation where it needs one",
  why: 'HMO-style plans pay for a specialist only with a referral from the primary-care provider on file; without it the specialist visit is denied and the patient is billed.',
  source: SOURCES.healthcareGovPlanTypes,
});

/** The scheduling rules, for the rule catalogue. */
export const SCHEDULING_RULES = [followUpRule, templateRule, walkInRule, noShowRule, referralRule, phoneRequestRule] as const;

/** The provider's follow-up order, as the scenario states it. */
export type FollowUpOrder = NonNullable<ScenarioPatient['followUp']>;

/** The range a follow-up may be booked in: the ideal date plus or minus the tolerance. */
export function followUpRange(today: string, order: FollowUpOrder): { ideal: string; earliest: string; latest: string } {
  const ideal = intervalAfter(today, order.interval);
  const earliest = intervalAfter(ideal, { value: -order.toleranceDays, unit: 'days' });
  const latest = intervalAfter(ideal, { value: order.toleranceDays, unit: 'days' });
  return { ideal, earliest, latest };
}

/** `scheduling.follow-up`: the follow-up was booked, in the range, on a day the patient can come, as the ordered visit type, with the patient's provider. */
export function checkFollowUp(
  at: CheckAt & {
    readonly today: string;
    readonly order: FollowUpOrder;
    readonly providerId: string;
    readonly booked: SlotRequest | null;
    readonly visitMinutes: (visitTypeId: string) => number | undefined;
  },
): Check {
  const { order, booked } = at;
  const range = followUpRange(at.today, order);
  const wanted = `a ${at.visitMinutes(order.visitTypeId) ?? '?'}-minute ${order.visitTypeId} in ${describeInterval(order.interval)} (${range.ideal}, ± ${order.toleranceDays} days)`;
  const problems: string[] = [];
  if (booked === null) {
    problems.push('no follow-up was booked');
  } else {
    if (booked.date < range.earliest || booked.date > range.latest) {
      const days = daysBetween(at.today, booked.date);
      problems.push(`it was booked for ${booked.date}, ${days} days from today`);
    }
    const weekday = weekdayOf(booked.date);
    if (order.unavailableWeekdays.includes(weekday)) problems.push(`${booked.date} is a ${WEEKDAY_NAMES[weekday]}, when the patient cannot come`);
    if (booked.visitTypeId !== order.visitTypeId) problems.push(`it was booked as a ${at.visitMinutes(booked.visitTypeId) ?? '?'}-minute ${booked.visitTypeId}`);
    if (booked.providerId !== at.providerId) problems.push(`it was booked with ${booked.providerId}, not the patient's provider (${at.providerId})`);
  }
  if (problems.length === 0) return passed(followUpRule, at.patientId, at.minute);
  return missed(followUpRule, {
    patientId: at.patientId,
    atMinute: at.minute,
    message: `${at.patientName}'s provider ordered ${wanted}; ${problems.join('; ')}.`,
    remedy: 'Read the follow-up order (interval, visit type) and count the interval from today; offer slots within the tolerance on days the patient can come, with the same provider, as the ordered visit type.',
  });
}

/** `scheduling.no-show`: the no-show was marked, and the patient offered a new appointment (or already rebooked by phone). */
export function checkNoShow(at: CheckAt & { readonly appointmentTime: string; readonly marked: boolean; readonly rescheduleOffered: boolean; readonly rebooked: boolean }): Check {
  // A patient who has already rebooked by phone has their new appointment: there is nothing left to offer.
  if (at.marked && (at.rescheduleOffered || at.rebooked)) return passed(noShowRule, at.patientId, at.minute);
  return missed(noShowRule, {
    patientId: at.patientId,
    atMinute: at.minute,
    message: at.marked
      ? `${at.patientName}'s ${at.appointmentTime} no-show was marked, but the patient was not contacted to offer a new appointment.`
      : `${at.patientName} did not come to the ${at.appointmentTime} appointment, and the no-show was still not marked at the end of the day.`,
    remedy: 'Once the grace period has passed, mark the appointment as a no-show in the book, call the patient to check on them and offer a new appointment, and document the call.',
  });
}

/** Whether the patient's plan needs a referral on file for a specialist: the payer's rule, else the plan type's. */
export function referralAuthorization(patient: ScenarioPatient): ReferralRule {
  const coverage = patient.coverage;
  if (!coverage || coverage.status !== 'active') return 'not-required';
  const payer = findPayer(coverage.payerId);
  if (payer) return payer.referralForSpecialist;
  return PLAN_TYPE_INFO.find((plan) => plan.id === coverage.planType)?.referralForSpecialist ?? 'varies';
}

/** `scheduling.referral`: the referral was made to the ordered specialty, with authorisation where the plan needs it. */
export function checkReferral(
  at: CheckAt & {
    readonly order: NonNullable<ScenarioPatient['referral']>;
    readonly made: { readonly specialty: string; readonly authorizationRequested: boolean } | null;
    readonly authorization: ReferralRule;
    readonly payerId: string | null;
  },
): Check {
  const problems: string[] = [];
  const needsAuthorization = at.authorization !== 'not-required';
  if (at.made === null) {
    problems.push(`the ${at.order.specialty} referral the provider ordered (${at.order.reason}) was not made`);
  } else {
    if (at.made.specialty.trim().toLowerCase() !== at.order.specialty.trim().toLowerCase()) {
      problems.push(`the referral went to ${at.made.specialty}; the provider ordered ${at.order.specialty}`);
    }
    if (needsAuthorization && !at.made.authorizationRequested) {
      problems.push(`the plan (${at.payerId ?? 'unknown'}) ${at.authorization === 'required' ? 'requires' : 'may require'} a referral authorisation for a specialist, and none was requested`);
    }
  }
  if (problems.length === 0) return passed(referralRule, at.patientId, at.minute);
  return missed(referralRule, {
    patientId: at.patientId,
    atMinute: at.minute,
    message: `${at.patientName}: ${problems.join('; ')}.`,
    remedy: "Make the referral to the specialty the provider named, with the reason; where the plan is an HMO or POS (or the payer's rules say so), request the referral authorisation from the plan before the specialist visit.",
  });
}
