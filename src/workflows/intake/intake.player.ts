/**
 * How the scripted trainees check a patient in. The expert asks for two stated
 * identifiers, stops on a mismatch and settles it with a photo ID, fits a walk-in into
 * the first free slot, and registers everything in protocol order. The novice works in the
 * same order but, each at the scenario's mistake rate: asks "Are you …?" instead of having
 * the name stated, skips the second identifier, skips the eligibility check or ignores an
 * inactive result, and forgets the copay.
 *
 * The novice never goes back to a step it passed over: it takes the first step still to
 * do after the last one done, so a slip sticks, as it does at a busy desk.
 */
import type { TraineeAction } from '../../clinic/trainee-action';
import type { MistakeDice, PlayerView, WorkflowPlayer } from '../../trainees/workflow-players';
import { minutesOfDay } from '../../scenario/clock-time';
import { firstFreeSlot } from '../scheduling/appointment-book';
import type { IntakeAction } from './intake.actions';
import type { IntakeContext, IntakeSnapshot } from './intake.machine';
import { currentAddress, currentPhone, formsRequired, insuranceCard, nameMatchesChart, priorAuthorizationCodes } from './patient-at-desk';

/** One step of the registration protocol: whether it applies now, whether it is done, the action, and whether a novice may skip it. */
interface Step {
  readonly applies: boolean;
  readonly done: boolean;
  readonly action: IntakeAction;
  readonly skippable: boolean;
}

function registrationSteps(view: PlayerView, context: IntakeContext): Step[] {
  const { patient } = view;
  const card = insuranceCard(patient);
  const eligibility = context.eligibility;
  const active = eligibility?.found === true && eligibility.status === 'active' && !context.selfPay;
  const required = formsRequired(patient);
  const steps: Step[] = [
    { applies: patient.photoIdRequired, done: context.photoIdChecked, action: { type: 'photo-id.checked' }, skippable: false },
    {
      applies: true,
      done: context.demographics !== null,
      action: { type: 'demographics.confirmed', address: currentAddress(patient), phone: currentPhone(patient), emergencyContactConfirmed: true },
      skippable: false,
    },
    {
      applies: card !== null,
      done: context.card !== null,
      action: card ? { type: 'insurance-card.scanned', payerId: card.payerId, memberId: card.memberId, groupNumber: card.groupNumber, planType: card.planType } : { type: 'eligibility.checked' },
      skippable: false,
    },
    { applies: card !== null, done: eligibility !== null, action: { type: 'eligibility.checked' }, skippable: true },
    { applies: eligibility?.found === true && eligibility.status !== 'active', done: context.selfPay, action: { type: 'self-pay.agreed' }, skippable: true },
    { applies: active && priorAuthorizationCodes(patient).length > 0, done: context.priorAuthorizationNumber !== null, action: { type: 'prior-authorization.noted' }, skippable: false },
    { applies: true, done: required.every((form) => context.formsSigned.includes(form)), action: { type: 'forms.signed', forms: required }, skippable: false },
    { applies: true, done: context.chiefComplaint !== null, action: { type: 'chief-complaint.recorded', text: patient.chiefComplaint }, skippable: false },
    {
      applies: card !== null && card.copay > 0 && !context.selfPay,
      done: context.copay !== null,
      action: { type: 'copay.collected', amount: eligibility?.found ? eligibility.copay : (card?.copay ?? 0), receiptGiven: true },
      skippable: true,
    },
  ];
  return steps.filter((step) => step.applies);
}

function nextRegistrationAction(view: PlayerView, context: IntakeContext, dice?: MistakeDice): IntakeAction {
  const steps = registrationSteps(view, context);
  if (!dice) return steps.find((step) => !step.done)?.action ?? { type: 'check-in.completed' };
  const lastDone = steps.reduce((last, step, index) => (step.done ? index : last), -1);
  for (const step of steps.slice(lastDone + 1)) {
    if (step.done) continue;
    if (step.skippable && dice.slips()) continue;
    return step.action;
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

function intakeAction(view: PlayerView, dice?: MistakeDice): TraineeAction | null {
  const snapshot = view.snapshot as unknown as IntakeSnapshot;
  if (snapshot.status !== 'active') return null;
  const context = snapshot.context;
  switch (snapshot.value) {
    case 'greeting':
      return { type: 'patient.greeted' };
    case 'identifying':
      return identifyingAction(view, context, dice);
    case 'resolvingMismatch':
      return context.photoIdChecked ? { type: 'identity.confirmed' } : { type: 'photo-id.checked' };
    case 'slottingWalkIn': {
      const { arrival } = view.patient;
      const from = Math.max(minutesOfDay(arrival.time), view.minute);
      const time = firstFreeSlot(view.scenario, { date: view.scenario.day.date, providerId: arrival.providerId, visitTypeId: arrival.visitTypeId }, from, context.env.bookings);
      return { type: 'walk-in.slotted', time: time ?? arrival.time };
    }
    case 'registering':
      return nextRegistrationAction(view, context, dice);
    default:
      return null;
  }
}

/** The intake workflow's scripted play. */
export const INTAKE_PLAYER: WorkflowPlayer = {
  expert: (view) => intakeAction(view),
  novice: (view, dice) => intakeAction(view, dice),
};
