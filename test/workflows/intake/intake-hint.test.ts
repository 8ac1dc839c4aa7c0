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

describe('intakeStepHint at the address, phone and emergency contact', () => {
  /** The same check-in, identity confirmed and nothing of registration done yet. */
  function atDemographics(patientId: string, emergencyContact?: null): AnyMachineSnapshot {
    const snapshot = registeringWithoutForms(patientId);
    const context = snapshot.context as IntakeContext;
    const patient = emergencyContact === null ? { ...context.patient, emergencyContact: undefined } : context.patient;
    return { ...snapshot, context: { ...context, patient, demographics: null } } as unknown as AnyMachineSnapshot;
  }

  it('names the emergency contact’s read-back tick the station shows (the playtest looked for it)', () => {
    expect(intakeStepHint(atDemographics('lan-nguyen'))).toMatch(/read the contact back, and tick "Emergency contact taken down and read back"\.$/);
    const established = morning.patients.find((patient) => patient.id === 'marcus-johnson')!;
    expect(established.emergencyContact).toBeDefined();
    expect(intakeStepHint(atDemographics('marcus-johnson'))).toMatch(/read the emergency contact on file back, and tick "Emergency contact read back and confirmed"\.$/);
    expect(intakeStepHint(atDemographics('marcus-johnson', null))).toMatch(/no emergency contact is on file, so ask for one, take it down and tick that you asked\.$/);
  });
});
