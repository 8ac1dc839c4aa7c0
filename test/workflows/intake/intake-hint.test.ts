import type { AnyMachineSnapshot } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { IntakeContext } from '../../../src/workflows/intake/intake.machine';
import { intakeStepHint } from '../../../src/workflows/intake/intake.hint';
import { bundledLibrary } from '../../support/bundled-library';

const morning = bundledLibrary().find((scenario) => scenario.id === 'default-morning')!;

/** A check-in that has done everything but the forms, as the hint reads it. */
function registeringWithoutForms(patientId: string, formsSigned: IntakeContext['formsSigned'] = []): AnyMachineSnapshot {
  const patient = morning.patients.find((candidate) => candidate.id === patientId)!;
  const context = {
    scenario: morning,
    patient,
    answers: [],
    demographics: { address: 'on file', phone: 'on file', emergencyContact: 'on file' },
    card: { payerId: patient.coverage?.payerId ?? null },
    eligibility: { found: true, status: 'active' },
    selfPay: false,
    copay: 25,
    formsSigned,
    chiefComplaint: null,
  } as unknown as IntakeContext;
  return { status: 'active', value: 'registering', context } as unknown as AnyMachineSnapshot;
}

describe('intakeStepHint at the forms', () => {
  it('names the three forms a new patient signs at the first visit', () => {
    expect(intakeStepHint(registeringWithoutForms('lan-nguyen'))).toBe(
      'Have the patient sign the notice of privacy practices acknowledgment, consent to treat and financial policy (a new patient signs all three at the first visit).',
    );
  });

  it('names only the yearly forms for an established patient, and only those still unsigned', () => {
    expect(intakeStepHint(registeringWithoutForms('marcus-johnson'))).toMatch(/^Have the patient sign the consent to treat and financial policy \(/);
    expect(intakeStepHint(registeringWithoutForms('marcus-johnson', ['consent-to-treat']))).toMatch(/^Have the patient sign the financial policy \(/);
  });
});
