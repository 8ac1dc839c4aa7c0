/**
 * Builds small valid scenarios for machine and scoring tests, so each test states only
 * what it is about.
 */
import { type Scenario, type ScenarioInput, ScenarioSchema } from '../../src/scenario/scenario.schema';

type PatientInput = ScenarioInput['patients'][number];

let counter = 0;

/** A patient with an appointment at `time` (HH:MM), with plausible defaults for everything else. */
export function patient(id: string, time: string, overrides: Partial<PatientInput> = {}): PatientInput {
  counter += 1;
  return {
    id,
    name: { given: `Test${id.replace(/[^a-z]/g, '')}`, family: 'Patient' },
    dateOfBirth: '1970-05-14',
    sex: 'female',
    mrn: `MRN${String(1000 + counter)}`,
    phone: '555-555-0101',
    address: { line1: '1 Alder Way', city: 'Portland', state: 'OR', postalCode: '97201' },
    arrival: { kind: 'scheduled', time, visitTypeId: 'follow-up', providerId: 'dr-test' },
    chiefComplaint: 'Here for my follow-up',
    vitals: {
      heightCm: 165,
      weightKg: 70,
      temperatureC: 36.8,
      pulsePerMinute: 72,
      respirationsPerMinute: 16,
      systolicMmHg: 118,
      diastolicMmHg: 76,
      spo2Percent: 98,
      armCircumferenceCm: 29,
    },
    visitMinutes: 15,
    note: { diagnoses: ['I10'], assessment: 'Essential hypertension, stable.', medicalDecisionMaking: { problems: 'low', data: 'minimal', risk: 'low' } },
    ...overrides,
  };
}

/** A one-provider clinic day from 08:00 to `end` with the given patients and overrides. */
export function scenario(patients: PatientInput[], overrides: Partial<ScenarioInput> = {}): Scenario {
  return ScenarioSchema.parse({
    schemaVersion: 1,
    id: 'test-day',
    title: 'Test day',
    description: 'A day built by a test.',
    clinic: { name: 'Test Clinic', examRooms: 2, billingNpi: '1234567893', taxId: '12-3456789' },
    providers: [
      {
        id: 'dr-test',
        name: 'Dr. Test',
        npi: '1234567893',
        template: {
          slotMinutes: 15,
          visitTypes: [
            { id: 'follow-up', name: 'Follow-up', minutes: 15 },
            { id: 'new-patient', name: 'New patient', minutes: 30, newPatient: true },
          ],
        },
      },
    ],
    day: { date: '2026-03-10', start: '08:00', end: '12:00', targetPatientsPerHour: 2 },
    patients,
    ...overrides,
  } satisfies ScenarioInput);
}
