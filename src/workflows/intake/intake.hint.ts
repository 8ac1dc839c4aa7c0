/**
 * The practice hint for the step check-in is on: what the trainee does next there. It reads the
 * workflow's state and what its context already holds, and judges nothing.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { IntakeContext } from './intake.machine';
import { chartErrors, formsRequired, statedDiffersFromChart } from './patient-at-desk';
import { respondentFor } from '../shared/patient-identity';

/** The hint for a check-in snapshot, or null when its work is over. */
export function intakeStepHint(snapshot: AnyMachineSnapshot): string | null {
  return snapshot.status === 'active' ? intakeHint(String(snapshot.value), snapshot.context as IntakeContext) : null;
}

/** The forms as the hint names them (the station's checkboxes read the same). */
const FORM_NAMES: Readonly<Record<ReturnType<typeof formsRequired>[number], string>> = {
  'privacy-notice': 'notice of privacy practices acknowledgment',
  'consent-to-treat': 'consent to treat',
  'financial-policy': 'financial policy',
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
      return flagLeftBeforeConfirming(context) ?? 'Compare what was said with the chart: confirm identity if both match, flag a mismatch if they differ.';
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

/**
 * The step left before identity is confirmed when a stated identifier differs from the chart
 * and a photo ID has been compared, but nothing was flagged: the ID settles who the patient is,
 * and the difference is still flagged first (`intake.identity-mismatch`); null otherwise. The
 * front desk says it beside the ID's reading, in practice (the playtest confirmed on an ID that
 * matched the chart and missed the flag).
 */
export function flagLeftBeforeConfirming(context: Pick<IntakeContext, 'patient' | 'answers' | 'photoIdChecked' | 'mismatchFlagged'>): string | null {
  if (!context.photoIdChecked || context.mismatchFlagged) return null;
  if (!context.answers.some((answer) => answer.style === 'stated' && statedDiffersFromChart(answer.question, answer.answer, context.patient))) return null;
  return 'What was said differs from the chart: flag the mismatch (“They differ: flag a mismatch”) before you confirm identity. The photo ID settles who the patient is; the flag records that the difference was caught.';
}

/** The part of registration a desk works next, in its order (the hint says it; the front desk keeps its section in view). */
export type RegistrationStep = 'demographics' | 'insurance-card' | 'eligibility' | 'coverage-inactive' | 'copay' | 'forms' | 'complaint' | 'finish';

/** What registration still needs first, in the order a desk works through it. */
export function registrationStep(context: IntakeContext): RegistrationStep {
  const coverage = context.patient.coverage;
  if (context.demographics === null) return 'demographics';
  if (coverage !== undefined && context.card === null && !context.selfPay) return 'insurance-card';
  if (context.card !== null && context.eligibility === null) return 'eligibility';
  if (context.eligibility?.found === true && context.eligibility.status !== 'active' && !context.selfPay) return 'coverage-inactive';
  if (context.copay === null && context.card !== null && !context.selfPay && (coverage?.copay ?? 0) > 0) return 'copay';
  if (formsRequired(context.patient).some((form) => !context.formsSigned.includes(form))) return 'forms';
  if (context.chiefComplaint === null) return 'complaint';
  return 'finish';
}

/** What registration still needs, in the order a desk works through it. */
function registeringHint(context: IntakeContext): string {
  // A child's parent or guardian signs for the child and says why they came.
  const respondent = respondentFor(context.patient, context.scenario.day.date);
  const parent = respondent.kind === 'companion' ? `${respondent.name} (${respondent.relationship.toLowerCase()})` : null;
  switch (registrationStep(context)) {
    case 'demographics':
      // The emergency contact's tick is named: the playtester looked for it under "confirm them".
      if (context.patient.newPatient) return 'Identity is confirmed. A new patient: take down the address, phone and emergency contact, read the contact back, and tick "Emergency contact taken down and read back".';
      return context.patient.emergencyContact === undefined
        ? 'Identity is confirmed. Ask what has changed since the last visit (address, phone); no emergency contact is on file, so ask for one, take it down and tick that you asked.'
        : 'Identity is confirmed. Ask what has changed since the last visit (address, phone, emergency contact), read the emergency contact on file back, and tick "Emergency contact read back and confirmed".';
    case 'insurance-card':
      return 'Scan the insurance card and check each field against the card.';
    case 'eligibility':
      return 'Run eligibility for the saved card before the visit.';
    case 'coverage-inactive':
      return 'The coverage is not active: tell the patient, and offer self-pay or a new appointment once it is sorted out.';
    case 'copay':
      return 'Collect the copay the eligibility response shows, and give a receipt.';
    case 'forms': {
      // The playtester was told to "sign the forms this visit needs" and not which: name them.
      const forms = formsRequired(context.patient)
        .filter((form) => !context.formsSigned.includes(form))
        .map((form) => FORM_NAMES[form]);
      const list = forms.length === 1 ? forms[0] : `${forms.slice(0, -1).join(', ')} and ${forms.at(-1)}`;
      const why = context.patient.newPatient ? 'a new patient signs all three at the first visit' : 'an established patient signs the consent and the financial policy each year';
      return parent === null ? `Have the patient sign the ${list} (${why}).` : `Have ${parent} sign the ${list} for the child (${why}).`;
    }
    case 'complaint':
      return parent === null ? 'Ask why the patient came today and record the chief complaint in their words.' : `Ask ${parent} why they brought the child today and record the chief complaint in their words.`;
    case 'finish':
      return 'Check that nothing is missing, then complete check-in.';
  }
}
