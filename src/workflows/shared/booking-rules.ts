/**
 * The rules of booking in the appointment book, which scheduling, check-in (a walk-in) and
 * the phone (a caller's request) all apply: the provider's template, a walk-in fitted in at
 * the first opening, and a caller's request carried out. Each rule function is pure: the
 * facts of one opportunity in, the `Check` out. The scheduling workflow lists these rules.
 */
import { checked, SOURCES } from '../../reference/source';
import { type Check, defineRule, missed, passed } from '../../scoring/finding';
import { describeSlotProblem, type SlotProblem, type SlotRequest } from './appointment-book';

/** The scheduling methods as MA study texts define them, the source of the template and follow-up rules. */
export const schedulingReference = checked(
  SOURCES.maSchedulingStudyGuides,
  'Secondary: stream, wave, modified wave, double booking, cluster, open hours; a schedule blocks unavailable time first. Definitions vary between texts, so the method is a scenario setting.',
);

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
    "Walk-ins: fit the patient into the first free slot of today's schedule; when today has none, book the first open appointment in the book and tell the patient the date and time. Open hours, as MA study texts define it, sees walk-ins in arrival order (secondary: maSchedulingStudyGuides).",
  ),
});

export const phoneRequestRule = defineRule({
  id: 'scheduling.phone-request',
  competency: 'communication',
  severity: 'minor',
  title: "Do what the caller asked: reschedule, cancel or confirm the appointment",
  why: 'A caller who hangs up without the change they asked for misses the appointment or keeps a slot another patient could have had.',
  source: SOURCES.aamaCmaOutline2021,
});

/** Who and when. */
export interface CheckAt {
  readonly patientId: string;
  readonly patientName: string;
  readonly minute: number;
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
