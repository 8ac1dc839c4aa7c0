/**
 * Practice hints for the step the trainee is actually on: one source for the floor's hint
 * and the hint an open station shows. A hint reads the state of the workflow (or phone
 * call) and what its context already holds, so once two identifiers are confirmed at the
 * desk the hint moves on to what registration still needs, and a critical value or a
 * used sharp comes before anything else, as the machines require.
 *
 * Pure: it reads snapshots the session already has and judges nothing; the rules stay in
 * the workflows.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { IntakeContext } from '../workflows/intake/intake.machine';
import { chartErrors, formsRequired } from '../workflows/intake/patient-at-desk';
import { respondentFor } from '../workflows/shared/patient-identity';
import type { VitalsContext } from '../workflows/vitals/vitals.machine';
import type { SpecimenContext } from '../workflows/specimen/specimen.machine';
import type { SchedulingContext } from '../workflows/scheduling/scheduling.machine';
import { type PhoneCallContext, RING_MINUTES } from '../clinic/phone-call.machine';
import type { EncounterStage } from '../clinic/encounter.machine';
import type { Session } from './session';

/** Whose step: a patient (their current workflow), or a phone call. */
export type HintTarget = { readonly kind: 'patient'; readonly patientId: string } | { readonly kind: 'phone'; readonly callId: string };

/**
 * The hint for the step `target` is on now, or null when there is nothing for the
 * trainee to do there (the patient is with the provider, the call is over).
 */
export function stepHint(session: Session, target: HintTarget): string | null {
  if (target.kind === 'phone') {
    const call = session.phoneSnapshot(target.callId);
    return call ? phoneHint(call) : null;
  }
  const stage = session.stageOf(target.patientId);
  if (stage === 'waiting-for-room') return ROOMING_HINT;
  const snapshot = session.workflowSnapshot(target.patientId);
  if (!snapshot || snapshot.status !== 'active') return stage ? (WAITING_HINTS[stage] ?? null) : null;
  return workflowHint(snapshot);
}

/** The hint for a workflow snapshot, by the machine it belongs to. */
export function workflowHint(snapshot: AnyMachineSnapshot): string | null {
  if (snapshot.status !== 'active') return null;
  const id = snapshot.machine.id;
  switch (id) {
    case 'intake':
      return intakeHint(String(snapshot.value), snapshot.context as IntakeContext);
    case 'vitals':
      return vitalsHint(String(snapshot.value), snapshot.context as VitalsContext);
    case 'specimen':
      return specimenHint(snapshot);
    case 'scheduling':
      return schedulingHint(snapshot.context as SchedulingContext);
    case 'billing':
      return BILLING_HINTS[String(snapshot.value)] ?? null;
    case 'no-show':
      return snapshot.value === 'unmarked' ? 'Mark the no-show once the grace period has passed, and follow the clinic’s policy: call the patient and offer a new appointment.' : null;
    default:
      return id.startsWith('task:') ? (TASK_HINTS[id.slice('task:'.length)] ?? null) : null;
  }
}

const ROOMING_HINT = 'Room the patient who has waited longest first, while an exam room is free, so the provider is never idle. Everyone in the waiting room hears what you say: call the name, never the reason for the visit.';

/** Stages in which the patient waits on someone else. */
const WAITING_HINTS: Readonly<Partial<Record<EncounterStage, string>>> = {
  'ready-for-provider': 'The provider sees this patient next: nothing to do here until the visit ends.',
  'with-provider': 'The patient is with the provider: use the time for someone else.',
};

function intakeHint(state: string, context: IntakeContext): string | null {
  // A child's parent or guardian answers for the child (patient-at-desk.ts): the hint names who to ask.
  const respondent = respondentFor(context.patient, context.scenario.day.date);
  const who = respondent.kind === 'companion' ? `${respondent.name} (${respondent.relationship.toLowerCase()}) to state the child’s` : 'the patient to state';
  switch (state) {
    case 'greeting':
      return `Greet the patient, then ask ${who} two identifiers (full name and date of birth).`;
    case 'identifying': {
      const stated = new Set(context.answers.filter((answer) => answer.style === 'stated').map((answer) => answer.question));
      if (stated.size < 2) {
        return stated.size === 0
          ? `Ask ${who} two identifiers, full name and date of birth, in their own words: a yes/no question does not count.`
          : 'Ask for a second identifier, stated in their own words, before you confirm identity.';
      }
      return 'Compare what was said with the chart: confirm identity if both match, flag a mismatch if they differ.';
    }
    case 'resolvingMismatch':
      if (!context.photoIdChecked) return 'Ask for a photo ID: nothing is done under this chart until it settles who the patient is.';
      return chartErrors(context.patient).length > 0 && context.correctedChart === null
        ? 'The photo ID settles who the patient is: correct the chart where it differs from the ID, then confirm identity.'
        : 'The photo ID settles who the patient is: confirm identity now.';
    case 'slottingWalkIn':
      return 'Fit the walk-in into the first free slot of today’s template at or after their arrival; if today is full, book the first opening later and tell them when.';
    case 'registering':
      return registeringHint(context);
    default:
      return null;
  }
}

/** What registration still needs, in the order a desk works through it. */
function registeringHint(context: IntakeContext): string {
  const coverage = context.patient.coverage;
  if (context.demographics === null) {
    return context.patient.newPatient
      ? 'Identity is confirmed. A new patient: take down the address, phone and emergency contact.'
      : 'Identity is confirmed. Ask what has changed since the last visit (address, phone, emergency contact) and confirm them.';
  }
  if (coverage !== undefined && context.card === null && !context.selfPay) return 'Scan the insurance card and check each field against the card.';
  if (context.card !== null && context.eligibility === null) return 'Run eligibility for the saved card before the visit.';
  if (context.eligibility?.found === true && context.eligibility.status !== 'active' && !context.selfPay) {
    return 'The coverage is not active: tell the patient, and offer self-pay or a new appointment once it is sorted out.';
  }
  if (context.copay === null && context.card !== null && !context.selfPay && (coverage?.copay ?? 0) > 0) {
    return 'Collect the copay the eligibility response shows, and give a receipt.';
  }
  if (formsRequired(context.patient).some((form) => !context.formsSigned.includes(form))) return 'Have the patient sign the forms this visit needs.';
  if (context.chiefComplaint === null) return 'Ask why the patient came today and record the chief complaint in their words.';
  return 'Check that nothing is missing, then complete check-in.';
}

function vitalsHint(state: string, context: VitalsContext): string | null {
  if (context.pendingCritical.length > 0) return 'A critical value is showing: tell the provider now, before anything else.';
  if (state === 'reviewing') {
    return context.flagged === null
      ? 'Flag every value outside the range for the patient’s age, then hand the patient over to the provider.'
      : 'Hand the patient over: mark them ready for the provider.';
  }
  if (state !== 'rooming') return null;
  if (!context.handsCleaned && !context.contactJudged) return 'Clean your hands before you touch the patient.';
  if (context.identification === null) return 'Have the patient state two identifiers before the first measurement.';
  if (context.allergiesRecorded === null) return 'Ask about allergies and record them (or “no known allergies”).';
  if (!context.medicationsReconciled) return 'Go through the medication list with the patient.';
  if (context.chiefComplaint === null) return 'Record the chief complaint in the patient’s words.';
  const readings = context.readings;
  const missing = [
    readings.temperature === null ? 'temperature' : null,
    readings.pulsePerMinute === null ? 'pulse' : null,
    readings.respirationsPerMinute === null ? 'respirations' : null,
    readings.bloodPressure.length === 0 ? 'blood pressure' : null,
    readings.spo2Percent === null ? 'oxygen saturation' : null,
  ].filter((name): name is string => name !== null);
  if (missing.length > 0) return `Take the vital signs with the right technique; still to take: ${missing.join(', ')}.`;
  return 'Record the vital signs on the chart, then review them.';
}

function specimenHint(snapshot: AnyMachineSnapshot): string | null {
  const context = snapshot.context as SpecimenContext;
  if (snapshot.matches('awaitingLab')) return 'The specimens are with the lab; it will say whether it accepts them.';
  if (!snapshot.matches('collecting')) return null;
  if (context.criticalPending.length > 0) return 'A critical result is showing: tell the provider now, before anything else.';
  if (context.sharpPending !== null) return 'Put the used sharp in the sharps container now, before any other step.';
  if (snapshot.matches({ collecting: 'tourniquetOn' })) return 'Insert the needle: the tourniquet should stay on no longer than a minute.';
  if (snapshot.matches({ collecting: 'needleIn' })) return 'Draw the tubes in the order of draw; release the tourniquet before you withdraw the needle.';
  if (snapshot.matches({ collecting: 'needleOut' })) return 'Bandage the site.';
  if (!context.handsCleaned) return 'Clean your hands before you touch the patient.';
  if (!context.glovesDonned) return 'Put on gloves before any contact with blood or body fluids.';
  if (context.identification === null) return 'Have the patient state two identifiers, then check the requisition against them.';
  if (!context.requisitionChecked) return 'Check the requisition: what is ordered, and for whom.';
  return 'Collect what is ordered (tubes in the order of draw), label each container at the chair in front of the patient, then send the specimens.';
}

function schedulingHint(context: SchedulingContext): string {
  if (context.followUp === null) return 'Book the follow-up the provider ordered: count the interval from today, on a day the patient can come, with the visit type ordered.';
  return 'Make the referral if the provider ordered one, then complete checkout.';
}

const BILLING_HINTS: Readonly<Record<string, string>> = {
  coding: 'Code from the note: each diagnosis to its most specific billable code, primary first; the visit level the note supports; every service done here today, once.',
  reviewing: 'Check box 1a against the insurance card, run the scrubber and fix each edit before you send the claim.',
  awaitingPayer: 'The claim is with the payer: work on something else until the answer comes.',
  denied: 'Read the reason code: correct and resubmit the clinic’s own errors; bill the patient when the coverage was not active.',
  billingPatient: 'The statement is the visit’s charges less what the patient paid at check-in.',
  paid: 'Allowed and the patient’s share come from the remittance; the adjustment is charge minus allowed; the balance is the share less what was paid at check-in.',
};

/** The one-action stage tasks, by the action that completes them. */
const TASK_HINTS: Readonly<Record<string, string>> = {
  'check-in.completed': 'Confirm two identifiers (name and date of birth) and the insurance before the visit.',
  'vitals.recorded': 'Take the vitals with the right technique; the provider sees the patient once they are recorded.',
  'specimen.sent': 'Collect the specimens in the order of draw and label them in front of the patient.',
  'checkout.completed': 'Book the follow-up within the interval the provider asked for, on a day the patient can come.',
  'claim.submitted': 'Code from the provider’s note and send the claim while the visit is fresh.',
};

function phoneHint(snapshot: AnyMachineSnapshot): string | null {
  const context = snapshot.context as PhoneCallContext;
  switch (snapshot.value) {
    case 'ringing':
      return `Answer the phone: after ${RING_MINUTES} minutes the call goes to voicemail.`;
    case 'inCall':
      if (!context.callerVerified) return 'Verify who is calling before you share anything, and check the release of information on file.';
      if (!context.requestDone && context.resultsDisclosed === null) return 'Do what the caller asked, sharing only what they are allowed to know.';
      return 'Close the call once the caller’s request is done.';
    default:
      return null;
  }
}
