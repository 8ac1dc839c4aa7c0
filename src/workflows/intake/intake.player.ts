/**
 * How the scripted trainees check a patient in. The expert asks for two stated
 * identifiers, stops on a mismatch and settles it with a photo ID, corrects the chart to
 * what the ID shows (and leaves it alone where the ID agrees with it), fits a walk-in into
 * the first free slot today (or, when today is full, books the first open appointment and
 * tells them when), and registers everything in protocol order — asking an established
 * patient what changed and a new patient for everything; told that the coverage is
 * not active, the patient pays or is rebooked for the first open day, as they choose. The
 * novice works in the same order but, each at the scenario's mistake rate: asks "Are you
 * …?" instead of having the name stated, skips the second identifier, leaves a chart
 * error the photo ID showed, or "corrects" a right chart to what the patient said, squeezes a walk-in
 * into today's full schedule anyway, skips the eligibility check or ignores an inactive
 * result, and forgets the copay.
 *
 * The novice never goes back to a step it passed over: it takes the first step still to
 * do after the last one done, so a slip sticks, as it does at a busy desk.
 */
import type { MistakeDice, PlayerView, WorkflowPlayer } from '../shared/player';
import { minutesOfDay } from '../../scenario/clock-time';
import { addDays, firstFreeSlot, firstOpenAppointment, gridTimes } from '../shared/appointment-book';
import type { IntakeAction, IntakeForm } from './intake.actions';
import type { ScenarioPatient } from '../../scenario/scenario.schema';
import type { IntakeContext, IntakeSnapshot } from './intake.machine';
import {
  chartErrors,
  contactAtDesk,
  currentAddress,
  currentPhone,
  demographicsQuestionFor,
  formsRequired,
  inactiveCoverageChoice,
  insuranceCard,
  type InsuranceCard,
  nameMatchesChart,
  photoIdIdentity,
  priorAuthorizationCodes,
  statedDateOfBirth,
  statedName,
} from './patient-at-desk';

/**
 * What a registration step reads: the player's view, the check-in so far, and what the desk
 * knows of this patient (worked out once per question, not once per step).
 */
interface Desk {
  readonly view: PlayerView;
  readonly context: IntakeContext;
  readonly patient: ScenarioPatient;
  /** The expert asks a red-flag patient's reason first and, hearing chest pain (or a stroke's signs, or trouble breathing), tells the provider at once; the novice never thinks to. */
  readonly redFlag: boolean;
  readonly card: InsuranceCard | null;
  /** The coverage checked and active, the patient not paying for themselves. */
  readonly active: boolean;
  readonly required: readonly IntakeForm[];
}

/**
 * One step of the registration protocol: whether it applies now, whether it is done, the
 * action (built only for the step taken: some read the appointment book), and whether a
 * novice may skip it. The steps are one table for every patient, asked in order, so a
 * question reads only the steps up to the one it takes.
 */
interface Step {
  applies(desk: Desk): boolean;
  done(desk: Desk): boolean;
  action(desk: Desk): IntakeAction;
  readonly skippable: boolean;
}

/** What the patient chose when told the coverage is not active: self-pay, or the visit rebooked for the first open later day. */
function inactiveCoverageAction(view: PlayerView, context: IntakeContext): IntakeAction {
  const { patient, scenario } = view;
  if (inactiveCoverageChoice(patient) === 'self-pay') return { type: 'self-pay.agreed' };
  const visit = { providerId: patient.arrival.providerId, visitTypeId: patient.arrival.visitTypeId };
  const open = firstOpenAppointment(scenario, visit, { date: addDays(scenario.day.date, 1), minute: 0 }, context.env.bookings);
  // A book full for weeks leaves nothing to offer: check-in goes on, and the eligibility finding says why.
  return open ? { type: 'visit.rescheduled', ...open } : { type: 'check-in.completed' };
}

function chiefComplaintAction({ patient }: Desk): IntakeAction {
  return { type: 'chief-complaint.recorded', text: patient.complaintWords ?? patient.chiefComplaint };
}

/** The registration protocol, in order. */
const REGISTRATION_STEPS: readonly Step[] = [
  { applies: (desk) => desk.redFlag, done: (desk) => desk.context.chiefComplaint !== null, action: chiefComplaintAction, skippable: false },
  { applies: (desk) => desk.redFlag, done: (desk) => desk.context.providerAlertedAt !== null, action: () => ({ type: 'provider.alerted' }), skippable: false },
  { applies: (desk) => desk.patient.photoIdRequired, done: (desk) => desk.context.photoIdChecked, action: () => ({ type: 'photo-id.checked' }), skippable: false },
  {
    applies: () => true,
    done: (desk) => desk.context.demographicsAsked !== null,
    action: (desk) => ({ type: 'demographics.asked', question: demographicsQuestionFor(desk.patient) }),
    skippable: false,
  },
  {
    applies: () => true,
    done: (desk) => desk.context.demographics !== null,
    // A patient with nobody to list for emergencies is recorded so ("none — asked"), not as a contact confirmed.
    action: ({ patient }) =>
      contactAtDesk(patient) === null
        ? { type: 'demographics.confirmed', address: currentAddress(patient), phone: currentPhone(patient), emergencyContactConfirmed: false, noEmergencyContact: true }
        : { type: 'demographics.confirmed', address: currentAddress(patient), phone: currentPhone(patient), emergencyContactConfirmed: true },
    skippable: false,
  },
  {
    applies: (desk) => desk.card !== null,
    done: (desk) => desk.context.card !== null,
    action: ({ card }) => (card ? { type: 'insurance-card.scanned', payerId: card.payerId, memberId: card.memberId, groupNumber: card.groupNumber, planType: card.planType } : { type: 'eligibility.checked' }),
    skippable: false,
  },
  { applies: (desk) => desk.card !== null, done: (desk) => desk.context.eligibility !== null, action: () => ({ type: 'eligibility.checked' }), skippable: true },
  {
    applies: ({ context }) => context.eligibility?.found === true && context.eligibility.status !== 'active',
    done: (desk) => desk.context.selfPay,
    action: (desk) => inactiveCoverageAction(desk.view, desk.context),
    skippable: true,
  },
  {
    applies: (desk) => desk.active && priorAuthorizationCodes(desk.patient).length > 0,
    done: (desk) => desk.context.priorAuthorizationNumber !== null,
    action: () => ({ type: 'prior-authorization.noted' }),
    skippable: false,
  },
  {
    applies: () => true,
    done: ({ context, required }) => required.every((form) => context.formsSigned.includes(form)),
    action: ({ required }) => ({ type: 'forms.signed', forms: required }),
    skippable: false,
  },
  { applies: () => true, done: (desk) => desk.context.chiefComplaint !== null, action: chiefComplaintAction, skippable: false },
  {
    // Collected on the card as entered (the machine's own condition): a red-flag patient's complaint, taken first, leaves the card still to enter.
    applies: ({ card, context }) => card !== null && card.copay > 0 && !context.selfPay && context.card !== null,
    done: (desk) => desk.context.copay !== null,
    action: ({ card, context: { eligibility } }) => ({ type: 'copay.collected', amount: eligibility?.found ? eligibility.copay : (card?.copay ?? 0), receiptGiven: true }),
    skippable: true,
  },
];

function deskFor(view: PlayerView, context: IntakeContext, novice: boolean): Desk {
  const { patient } = view;
  const eligibility = context.eligibility;
  return {
    view,
    context,
    patient,
    redFlag: !novice && (patient.redFlags ?? []).length > 0,
    card: insuranceCard(patient),
    active: eligibility?.found === true && eligibility.status === 'active' && !context.selfPay,
    required: formsRequired(patient),
  };
}

function nextRegistrationAction(view: PlayerView, context: IntakeContext, dice?: MistakeDice): IntakeAction {
  const desk = deskFor(view, context, dice !== undefined);
  if (!dice) return REGISTRATION_STEPS.find((step) => step.applies(desk) && !step.done(desk))?.action(desk) ?? { type: 'check-in.completed' };
  const steps = REGISTRATION_STEPS.filter((step) => step.applies(desk));
  const lastDone = steps.findLastIndex((step) => step.done(desk));
  for (const step of steps.slice(lastDone + 1)) {
    if (step.done(desk)) continue;
    if (step.skippable && dice.slips()) continue;
    return step.action(desk);
  }
  return { type: 'check-in.completed' };
}

/** True when what the patient stated differs from the chart. */
function heardMismatch(view: PlayerView, context: IntakeContext): boolean {
  return context.answers.some(
    (a) =>
      a.style === 'stated' &&
      ((a.question === 'full-name' && !nameMatchesChart(a.answer, view.patient.name)) || (a.question === 'date-of-birth' && a.answer !== view.patient.dateOfBirth)),
  );
}

function identifyingAction(view: PlayerView, context: IntakeContext, dice?: MistakeDice): IntakeAction {
  const asked = (question: 'full-name' | 'date-of-birth') => context.answers.some((a) => a.question === question);
  if (!asked('full-name')) return { type: 'identity.asked', question: 'full-name', style: dice?.slips() ? 'yes-no' : 'stated' };
  if (!asked('date-of-birth')) {
    if (dice?.slips()) return { type: 'identity.confirmed' };
    return { type: 'identity.asked', question: 'date-of-birth', style: 'stated' };
  }
  if (heardMismatch(view, context) && !context.mismatchFlagged) return { type: 'identity.mismatch-flagged' };
  return { type: 'identity.confirmed' };
}

/**
 * A walk-in: the first free slot today from their arrival (or now); when today is full, the
 * first open appointment, and the patient told when. The novice, at a slip, squeezes them
 * into today's full schedule anyway (the double booking the template forbids).
 */
function walkInAction(view: PlayerView, context: IntakeContext, dice?: MistakeDice): IntakeAction {
  const { arrival } = view.patient;
  const { scenario } = view;
  const today = scenario.day.date;
  const visit = { providerId: arrival.providerId, visitTypeId: arrival.visitTypeId };
  const from = Math.max(minutesOfDay(arrival.time), view.minute);
  const time = firstFreeSlot(scenario, { date: today, ...visit }, from, context.env.bookings);
  if (time !== null) return { type: 'walk-in.slotted', time };
  const provider = scenario.providers.find((p) => p.id === arrival.providerId);
  const squeezed = provider ? gridTimes(provider).find((slot) => minutesOfDay(slot) >= from) : undefined;
  if (dice?.slips()) return { type: 'walk-in.slotted', time: squeezed ?? arrival.time };
  const open = firstOpenAppointment(scenario, visit, { date: today, minute: from }, context.env.bookings);
  return open ? { type: 'walk-in.booked-later', ...open } : { type: 'walk-in.slotted', time: squeezed ?? arrival.time };
}

/**
 * Settling a mismatch once the photo ID is seen: the expert corrects the chart to the ID
 * where the chart is wrong and confirms; the novice, at a slip, leaves the wrong chart as it
 * is, or, where the chart was right, "corrects" it to what the patient said.
 */
function resolvingAction(view: PlayerView, context: IntakeContext, dice?: MistakeDice): IntakeAction {
  if (!context.photoIdChecked) return { type: 'photo-id.checked' };
  const { patient } = view;
  if (context.correctedChart === null) {
    const chartWrong = chartErrors(patient).length > 0;
    if (chartWrong && !dice?.slips()) {
      const id = photoIdIdentity(patient);
      return { type: 'chart.corrected', name: id.name, dateOfBirth: id.dateOfBirth };
    }
    if (!chartWrong && dice?.slips()) return { type: 'chart.corrected', name: statedName(patient), dateOfBirth: statedDateOfBirth(patient) };
  }
  return { type: 'identity.confirmed' };
}

function intakeAction(view: PlayerView, dice?: MistakeDice): IntakeAction | null {
  const snapshot = view.snapshot as unknown as IntakeSnapshot;
  if (snapshot.status !== 'active') return null;
  const context = snapshot.context;
  switch (snapshot.value) {
    case 'greeting':
      return { type: 'patient.greeted' };
    case 'identifying':
      return identifyingAction(view, context, dice);
    case 'resolvingMismatch':
      return resolvingAction(view, context, dice);
    case 'slottingWalkIn':
      return walkInAction(view, context, dice);
    case 'registering':
      return nextRegistrationAction(view, context, dice);
    default:
      return null;
  }
}

/** The intake workflow's scripted play. */
export const INTAKE_PLAYER: WorkflowPlayer<IntakeAction> = {
  expert: (view) => intakeAction(view),
  novice: (view, dice) => intakeAction(view, dice),
};
