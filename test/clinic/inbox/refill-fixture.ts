/** Refill requests for the inbox's test day (`inbox-fixture.ts`): about Helen Park, to Dr. Test, on 2026-03-10. */
import type { ScenarioInput } from '../../../src/scenario/scenario.schema';

type InboxItemInput = NonNullable<ScenarioInput['inbox']>[number];
type RefillInput = Extract<InboxItemInput, { kind: 'refill-request' }>;

/** A routine metformin refill the pharmacy asks for, arriving at 08:10, due 10:00; seen 2025-12-01; the provider approves 30 minutes after it is routed. */
export function refillRequest(overrides: Partial<RefillInput> = {}): InboxItemInput {
  return {
    id: 'rx-1',
    kind: 'refill-request',
    arrives: '08:10',
    due: '10:00',
    patientId: 'helen-park',
    providerId: 'dr-test',
    requestedBy: 'pharmacy',
    channel: 'electronic',
    medication: { name: 'Metformin', strength: '500 mg', directions: 'One tablet twice a day with meals' },
    message: 'Refill request: metformin 500 mg, #60, no refills left.',
    pharmacy: { name: 'Main Street Pharmacy', phone: '555-555-0400' },
    lastVisit: '2025-12-01',
    lastResult: { test: 'Hemoglobin A1c', value: '6.8 %', date: '2025-12-01' },
    decision: { kind: 'approve', afterMinutes: 30, words: 'Approved: 90 days with one refill, sent to Main Street Pharmacy.' },
    visitTypeId: 'follow-up',
    ...overrides,
  };
}

/** A Schedule IV benzodiazepine the patient asks for by phone, its five refills used. */
export function controlledRefill(overrides: Partial<RefillInput> = {}): InboxItemInput {
  return refillRequest({
    requestedBy: 'patient',
    channel: 'phone',
    medication: { name: 'Alprazolam', strength: '0.5 mg', directions: 'One tablet at bedtime as needed for anxiety', controlled: { schedule: 'IV', issued: '2025-10-01', refillsAuthorized: 5, refillsUsed: 5 } },
    message: 'I am out of my alprazolam and the pharmacy says there are no refills left.',
    lastResult: undefined,
    decision: { kind: 'needs-visit', afterMinutes: 45, words: 'Dr. Test will not renew it without seeing you; we will book a visit this week.' },
    ...overrides,
  });
}
