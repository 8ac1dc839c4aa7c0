/**
 * The rules of scheduling: the follow-up the provider ordered, the template it goes into,
 * no-shows, referrals and the scheduling requests of a phone call. Each rule function is
 * pure: the facts of one opportunity in, the `Check` out.
 */
import { findPayer, PLAN_TYPE_INFO, type ReferralRule } from '../../reference/payers';
import { checked, SOURCES } from '../../reference/source';
import type { ScenarioPatient } from '../../scenario/scenario.schema';
import { type Check, defineRule, missed, passed } from '../../scoring/finding';
import { daysBetween } from '../../reference/iso-date';
import { describeInterval, describeSlotProblem, intervalAfter, type SlotProblem, type SlotRequest, WEEKDAY_NAMES, weekdayOf } from './appointment-book';

const schedulingReference = checked(
  SOURCES.clinicDayClinicalReference,
  'Scheduling [secondary]: stream, wave, modified wave, double booking, cluster, open hours; a schedule blocks unavailable time first. Definitions vary between texts, so the method is a scenario setting.',
);

export const followUpRule = defineRule({
  id: 'scheduling.follow-up',
  competency: 'scheduling',
  severity: 'major',
  title: 'Book the follow-up the provider ordered: the interval, the visit type and its length',
  why: 'The provider chose the interval for a reason (a medication change to reassess, a result to recheck); too early wastes a visit, too late lets a problem go unwatched, and the wrong visit type books the wrong length of time.',
  source: schedulingReference,
});

export const templateRule = defineRule({
  id: 'scheduling.template',
  competency: 'scheduling',
  severity: 'major',
  title: "Book inside the provider's template: working days and hours, the slot grid, no blocked time, no more per slot than the method allows",
  why: 'The template is how the clinic keeps its day workable: a double booking the method does not allow, or a visit in blocked time, means a provider running late all afternoon and patients waiting.',
  source: schedulingReference,
});

export const walkInRule = defineRule({
  id: 'scheduling.walk-in',
  competency: 'scheduling',
  severity: 'major',
  title: "Fit a walk-in in today when the book has room; when it has none, book the first open appointment and tell them when",
  why: 'A walk-in comes because something cannot wait: sent away while the schedule had a free slot, they go without care (or to an emergency department); told to come back later than the first opening, they wait longer than the clinic made them.',
  source: checked(
    SOURCES.clinicDayFrontDeskPolicy,
    "Walk-ins: fit the patient into the first free slot of today's schedule; when today has none, book the first open appointment in the book and tell the patient the date and time. The clinical reference's open-hours method sees walk-ins in arrival order [secondary].",
  ),
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

export const phoneRequestRule = defineRule({
  id: 'scheduling.phone-request',
  competency: 'communication',
  severity: 'minor',
  title: "Do what the caller asked: reschedule, cancel or confirm the appointment",
  why: 'A caller who hangs up without the change they asked for misses the appointment or keeps a slot another patient could have had.',
  source: SOURCES.aamaCmaOutline2021,
});

/** The scheduling rules, for the rule catalogue. */
export const SCHEDULING_RULES = [followUpRule, templateRule, walkInRule, noShowRule, referralRule, phoneRequestRule] as const;

/** Who and when. */
export interface CheckAt {
  readonly patientId: string;
  readonly patientName: string;
  readonly minute: number;
}

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

/** `scheduling.template`: the slot fits the template and the book (see `slotProblem`). */
export function checkTemplate(at: CheckAt & { readonly request: SlotRequest; readonly problem: SlotProblem | null; readonly purpose: string }): Check {
  if (at.problem === null) return passed(templateRule, at.patientId, at.minute);
  return missed(templateRule, {
    patientId: at.patientId,
    atMinute: at.minute,
    message: `${at.patientName}'s ${at.purpose} does not fit the template: ${describeSlotProblem(at.problem, at.request)}.`,
    remedy: "Look at the provider's template before booking: working days and hours, the slot grid, blocked time, and how many patients the scheduling method allows in one slot; pick a free slot that fits the visit's length.",
  });
}

/**
 * `scheduling.walk-in`, when a walk-in is sent away with an appointment: the appointment is
 * on the first day the book has room — today, when today had a free slot (`firstOpen` is
 * the first open slot from the moment the patient was told; null when the book is full as
 * far as the desk looks).
 */
export function checkWalkIn(at: CheckAt & { readonly today: string; readonly booked: SlotRequest; readonly firstOpen: { readonly date: string; readonly time: string } | null }): Check {
  const { booked, firstOpen } = at;
  if (firstOpen === null || booked.date <= firstOpen.date) return passed(walkInRule, at.patientId, at.minute);
  const told = `${at.patientName} walked in and was told to come back on ${booked.date} at ${booked.time}`;
  const message =
    firstOpen.date === at.today
      ? `${told}, but today's schedule still had a free slot at ${firstOpen.time}.`
      : `${told}, but the first open appointment was on ${firstOpen.date} at ${firstOpen.time}.`;
  return missed(walkInRule, {
    patientId: at.patientId,
    atMinute: at.minute,
    message,
    remedy: "Look at today's schedule first and fit the walk-in into the first free slot from now. Only when today is full, book the first open appointment in the book and tell the patient the date and time before they leave.",
  });
}

/** `scheduling.no-show`: the no-show was marked, and the patient offered a new appointment. */
export function checkNoShow(at: CheckAt & { readonly appointmentTime: string; readonly marked: boolean; readonly rescheduleOffered: boolean }): Check {
  if (at.marked && at.rescheduleOffered) return passed(noShowRule, at.patientId, at.minute);
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

/** `scheduling.phone-request`: the caller's scheduling request was carried out before the call ended. */
export function checkPhoneRequest(
  at: { readonly patientId: string; readonly patientLabel: string; readonly callerName: string; readonly minute: number } & {
    readonly request: 'reschedule' | 'cancel' | 'confirm';
    readonly done: boolean;
  },
): Check {
  if (at.done) return passed(phoneRequestRule, at.patientId, at.minute);
  const verbs = { reschedule: 'reschedule', cancel: 'cancel', confirm: 'confirm' } as const;
  return missed(phoneRequestRule, {
    patientId: at.patientId,
    atMinute: at.minute,
    message: `${at.callerName} called to ${verbs[at.request]} ${at.patientLabel}'s appointment, and the call ended without it being done.`,
    remedy: 'Before hanging up, do what the caller asked and read the result back (the new date and time, the cancellation, or the confirmed appointment).',
  });
}
