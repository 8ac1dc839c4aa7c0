/**
 * The tuberculin skin test on the expected claim: placed at the medication station, it is
 * billed by its own code, 86580, pointed at the reason for the test (Z11.7), and never with a
 * vaccine administration code, since it is not a vaccine (Coding Intel and Coding Ahead on
 * 86580, as the catalogue's `tstBilling86580` source records them).
 */
import { describe, expect, it } from 'vitest';
import type { EncounterChart, VaccineAdministration } from '../../../src/domain/chart';
import type { TestId } from '../../../src/reference/tests';
import { expectedClaim } from '../../../src/workflows/billing/claim';
import { billingDay, billingPatient, registration } from './billing-support';

function placed(testId: TestId, overrides: Partial<VaccineAdministration> = {}): VaccineAdministration {
  return { testId, given: true, returned: null, route: testId === 'tuberculin-skin-test' ? 'intradermal' : 'intramuscular', lot: 'LOT1', ...overrides };
}

/** A visit with no E/M: the orders, and what the medication workflow recorded (or nothing, with the workflow off). */
function claimLines(entries: readonly VaccineAdministration[], options: { workflowOn?: boolean; record?: boolean } = {}) {
  const day = billingDay(
    billingPatient({
      orders: entries.map((entry) => ({ testId: entry.testId, diagnoses: [entry.testId === 'tuberculin-skin-test' ? 'Z11.7' : 'Z23'] })),
      note: { diagnoses: ['Z11.7', 'Z23'], assessment: 'Tuberculin skin test placed for employment screening; vaccines as charted.' },
    }),
    { workflows: { intake: true, vitals: true, specimen: false, medication: options.workflowOn ?? true, scheduling: true, billing: true } },
  );
  const chart: EncounterChart = { registration: registration(), ...(options.record === false ? {} : { medication: { vaccines: entries } }) };
  return expectedClaim(day, day.patients[0]!, chart).coding.lines;
}

describe('the expected claim for a tuberculin skin test', () => {
  it.each([
    ['a skin test alone: 86580 and no administration code', [placed('tuberculin-skin-test')], ['86580×1']],
    ['a skin test beside a flu shot: the administration code is the vaccine’s alone', [placed('influenza-vaccine'), placed('tuberculin-skin-test')], ['90656×1', '86580×1', '90471×1']],
    ['a skin test whose order went back to the provider: nothing', [placed('tuberculin-skin-test', { given: false, returned: 'not-signed', route: null, lot: null })], []],
  ] as const)('bills %s', (_, entries, lines) => {
    expect(claimLines(entries).map((l) => `${l.code}×${l.units}`)).toEqual(lines);
  });

  it('points 86580 at the reason for the test, Z11.7', () => {
    expect(claimLines([placed('tuberculin-skin-test')]).find((l) => l.code === '86580')?.justifiedBy).toEqual(['Z11.7']);
  });

  it('bills the ordered skin test from the orders when the medication workflow is off', () => {
    expect(claimLines([placed('tuberculin-skin-test')], { workflowOn: false, record: false }).map((l) => l.code)).toEqual(['86580']);
  });
});
