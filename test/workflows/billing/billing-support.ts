/**
 * Small billing fixtures: patients with a note and orders, charts as the earlier stages
 * would leave them, and a billing actor on a simulated clock.
 */
import { createActor, SimulatedClock } from 'xstate';
import { DayJournal } from '../../../src/domain/day-environment';
import type { EncounterChart, RegistrationRecord } from '../../../src/domain/chart';
import type { ScenarioInput } from '../../../src/scenario/scenario.schema';
import { SeededRandom } from '../../../src/domain/random';
import { billingMachine } from '../../../src/workflows/billing/billing.machine';
import { patient, scenario } from '../../support/scenario-builder';

type PatientInput = ScenarioInput['patients'][number];

/** A PPO patient with hypertension and prediabetes: E/M 99214 (MDM moderate), A1c and a flu shot. */
export function billingPatient(overrides: Partial<PatientInput> = {}): PatientInput {
  return patient('pat', '08:00', {
    coverage: { payerId: 'bluecross-ppo', memberId: 'BHP-100200', planType: 'ppo', copay: 25 },
    orders: [{ testId: 'a1c-poc', result: 6.1, diagnoses: ['R73.03'] }, { testId: 'influenza-vaccine' }],
    note: {
      diagnoses: ['I10', 'R73.03', 'Z23'],
      assessment: 'Hypertension not at goal; prediabetes; flu vaccine given.',
      medicalDecisionMaking: { problems: 'moderate', data: 'low', risk: 'moderate' },
      separatelyIdentifiable: true,
    },
    ...overrides,
  });
}

/** A one-patient day with billing-only play: the specimen and medication stages are off, so the orders are what was done. */
export function billingDay(patientInput: PatientInput = billingPatient(), overrides: Partial<ScenarioInput> = {}) {
  return scenario([patientInput], {
    clinic: { name: 'Test Clinic', examRooms: 2, billingNpi: '1234567893', taxId: '12-3456789', payers: ['bluecross-ppo', 'aetna-hmo', 'medicare-b'] },
    workflows: { intake: true, vitals: true, specimen: false, medication: false, scheduling: true, billing: true },
    ...overrides,
  });
}

/** What intake put on record, with overrides. */
export function registration(overrides: Partial<RegistrationRecord> = {}): RegistrationRecord {
  return {
    identityConfirmed: true,
    payerId: 'bluecross-ppo',
    memberId: 'BHP-100200',
    groupNumber: null,
    planType: 'ppo',
    eligibilityStatus: 'active',
    selfPay: false,
    priorAuthorizationNumber: null,
    copayCollected: 25,
    address: null,
    phone: null,
    ...overrides,
  };
}

/** A billing actor on a simulated clock at 10:00 of the day, and its journal. */
export function startBilling(day = billingDay(), chart: EncounterChart = { registration: registration() }) {
  const clock = new SimulatedClock();
  clock.set(600);
  const journal = new DayJournal();
  const env = { now: () => clock.now(), journal, bookings: [], random: new SeededRandom(7) };
  const actor = createActor(billingMachine, { input: { scenario: day, patient: day.patients[0]!, env, chart }, clock });
  actor.start();
  return { actor, clock, journal, day };
}
