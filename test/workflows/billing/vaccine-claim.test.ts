/**
 * The vaccine lines of the expected claim: each vaccine the medication workflow gave is billed
 * with its product code and the administration codes its patient's age, the provider's
 * counselling and the payer call for; a vaccine whose order went back to the provider is not
 * billed. Each row names the rule it rests on (AMA CPT 2025 immunization administration
 * guidelines, as the reference's `ADMINISTRATION_CODE_RULES` cite them).
 */
import { describe, expect, it } from 'vitest';
import type { EncounterChart, VaccineAdministration } from '../../../src/domain/chart';
import type { TestId } from '../../../src/reference/tests';
import type { ClaimCoding } from '../../../src/workflows/billing/billing.actions';
import { injectionCodesInstead } from '../../../src/workflows/billing/billing.player';
import { checkVaccineAdministration } from '../../../src/workflows/billing/billing.rules';
import { codingOf, expectedClaim } from '../../../src/workflows/billing/claim';
import { billingDay, billingPatient, registration } from './billing-support';

const DAY = '2026-03-10';

/** A date of birth that makes the patient `years` old (completed) on the test day. */
function bornYearsAgo(years: number): string {
  return `${2026 - years}-01-15`;
}

function given(testId: TestId, overrides: Partial<VaccineAdministration> = {}): VaccineAdministration {
  return { testId, given: true, returned: null, route: testId === 'mmr-vaccine' ? 'subcutaneous' : 'intramuscular', lot: 'LOT1', ...overrides };
}

/** A vaccine visit with no E/M: the patient's age, counselling and payer, and what the medication workflow recorded. */
function vaccineLines(input: { ageYears: number; counselled: boolean; medicare?: boolean; vaccines: readonly VaccineAdministration[]; workflowOn?: boolean; record?: boolean }): string[] {
  const medicare = input.medicare === true;
  const day = billingDay(
    billingPatient({
      dateOfBirth: bornYearsAgo(input.ageYears),
      ...(medicare ? { coverage: { payerId: 'medicare-b', memberId: '1EG4-TE5-MK72', planType: 'medicare' } } : {}),
      orders: input.vaccines.map((vaccine) => ({ testId: vaccine.testId, diagnoses: ['Z23'] })),
      note: { diagnoses: ['Z23'], assessment: 'Vaccines given.', vaccineCounseling: input.counselled },
    }),
    { workflows: { intake: true, vitals: true, specimen: false, medication: input.workflowOn ?? true, scheduling: true, billing: true } },
  );
  const chart: EncounterChart = {
    registration: registration(medicare ? { payerId: 'medicare-b', memberId: '1EG4-TE5-MK72', planType: 'medicare' } : {}),
    ...(input.record === false ? {} : { medication: { vaccines: input.vaccines } }),
  };
  expect(day.day.date).toBe(DAY);
  return expectedClaim(day, day.patients[0]!, chart).coding.lines.map((l) => `${l.code}×${l.units}`);
}

describe('the expected claim for the vaccines given', () => {
  it.each([
    // [who, age, counselled, vaccines given, the lines]
    ['a counselled toddler: 90460 per vaccine, 90461 per further component (DTaP 2, MMR 2, PCV20 0)', 1, true, ['dtap-vaccine', 'mmr-vaccine', 'pneumococcal-vaccine'], ['90700×1', '90707×1', '90677×1', '90460×3', '90461×4']],
    ['the same toddler without the provider’s counselling: 90471 and 90472 per further injection', 1, false, ['dtap-vaccine', 'mmr-vaccine', 'pneumococcal-vaccine'], ['90700×1', '90707×1', '90677×1', '90471×1', '90472×2']],
    ['a counselled child with one single-component vaccine: 90460 alone', 9, true, ['influenza-vaccine'], ['90656×1', '90460×1']],
    ['a counselled eighteen-year-old (the last age the counselled codes allow)', 18, true, ['tdap-vaccine'], ['90715×1', '90460×1', '90461×2']],
    ['a counselled nineteen-year-old: the standard codes', 19, true, ['tdap-vaccine'], ['90715×1', '90471×1']],
    ['an uncounselled adult with two vaccines', 45, false, ['tdap-vaccine', 'influenza-vaccine'], ['90715×1', '90656×1', '90471×1', '90472×1']],
  ] as const)('bills %s', (_, ageYears, counselled, vaccines, lines) => {
    expect(vaccineLines({ ageYears, counselled, vaccines: vaccines.map((id) => given(id)) })).toEqual(lines);
  });

  it('bills Medicare’s flu administration G0008 and the standard code for its other vaccine', () => {
    expect(vaccineLines({ ageYears: 70, counselled: false, medicare: true, vaccines: [given('influenza-vaccine'), given('tdap-vaccine')] })).toEqual(['90656×1', '90715×1', 'G0008×1', '90471×1']);
  });

  it('does not bill a vaccine whose order went back to the provider, nor count it among the administrations', () => {
    const vaccines = [given('dtap-vaccine'), given('mmr-vaccine', { given: false, returned: 'not-signed', route: null, lot: null })];
    expect(vaccineLines({ ageYears: 2, counselled: true, vaccines })).toEqual(['90700×1', '90460×1', '90461×2']);
  });

  it('bills no vaccine when every order went back to the provider', () => {
    const vaccines = [given('hepatitis-b-vaccine', { given: false, returned: 'allergy', route: null, lot: null })];
    expect(vaccineLines({ ageYears: 20, counselled: true, vaccines })).toEqual([]);
  });

  it('bills no vaccine from the orders when the medication workflow ran and recorded nothing', () => {
    expect(vaccineLines({ ageYears: 45, counselled: false, vaccines: [given('tdap-vaccine')], record: false })).toEqual([]);
  });

  it('bills the ordered vaccines when the medication workflow is switched off', () => {
    expect(vaccineLines({ ageYears: 45, counselled: false, vaccines: [given('tdap-vaccine')], record: false, workflowOn: false })).toEqual(['90715×1', '90471×1']);
  });

  it('points the product and administration lines at Z23', () => {
    const day = billingDay(billingPatient({ dateOfBirth: bornYearsAgo(4), note: { diagnoses: ['Z00.129', 'Z23'], assessment: 'Well check; vaccines given.', preventiveVisit: true, vaccineCounseling: true }, orders: [{ testId: 'dtap-vaccine' }] }));
    const claim = expectedClaim(day, day.patients[0]!, { registration: registration(), medication: { vaccines: [given('dtap-vaccine')] } });
    expect(claim.coding.lines.map((l) => `${l.code}${l.modifiers.length ? `-${l.modifiers.join('-')}` : ''}:${l.pointers.join('')}`)).toEqual(['99392-25:A', '90700:B', '90460:B', '90461:B']);
  });
});

describe('billing.vaccine-administration', () => {
  const counselledChild = billingDay(
    billingPatient({
      name: { given: 'Elena', family: 'Marchetti' },
      dateOfBirth: bornYearsAgo(1),
      orders: [{ testId: 'dtap-vaccine', diagnoses: ['Z23'] }, { testId: 'mmr-vaccine', diagnoses: ['Z23'] }],
      note: { diagnoses: ['Z23'], assessment: 'Vaccines given.', vaccineCounseling: true },
    }),
    { workflows: { intake: true, vitals: true, specimen: false, medication: true, scheduling: true, billing: true } },
  );
  const patient = counselledChild.patients[0]!;
  function facts(vaccines: readonly VaccineAdministration[], coding?: ClaimCoding) {
    const expected = expectedClaim(counselledChild, patient, { registration: registration(), medication: { vaccines } });
    return { patientId: patient.id, patientName: 'Elena Marchetti', minute: 600, date: DAY, coding: coding ?? codingOf(expected), expected };
  }
  const both = [given('dtap-vaccine'), given('mmr-vaccine')];

  it('passes the counselled codes for a counselled child', () => {
    expect(checkVaccineAdministration(facts(both))?.passed).toBe(true);
  });

  it('catches the standard per-injection codes for a counselled child, and says why', () => {
    const right = facts(both);
    const check = checkVaccineAdministration({ ...right, coding: injectionCodesInstead(right.coding) });
    expect(check?.passed).toBe(false);
    expect(check?.finding?.message).toBe(
      'Elena Marchetti’s vaccine administration was billed 90471×1, 90472×1, but Elena Marchetti is under 19 and the provider’s note documents face-to-face counselling on each vaccine, so each vaccine is billed by its components: 90460×2, 90461×4.',
    );
  });

  it('catches an administration billed for a vaccine that went back to the provider', () => {
    const returned = [given('dtap-vaccine', { given: false, returned: 'not-signed', route: null, lot: null })];
    const check = checkVaccineAdministration(facts(returned, { diagnoses: ['Z23'], lines: [{ code: '90460', modifiers: [], pointers: ['A'], units: 1 }] }));
    expect(check?.finding?.message).toContain('no vaccine was given today');
  });

  it('catches the counselled codes for a patient of twenty, and says the codes stop at 18', () => {
    const adult = billingDay(
      billingPatient({ dateOfBirth: bornYearsAgo(20), orders: [{ testId: 'influenza-vaccine', diagnoses: ['Z23'] }], note: { diagnoses: ['Z23'], assessment: 'Flu vaccine given.', vaccineCounseling: true } }),
      { workflows: { intake: true, vitals: true, specimen: false, medication: true, scheduling: true, billing: true } },
    );
    const expected = expectedClaim(adult, adult.patients[0]!, { registration: registration(), medication: { vaccines: [given('influenza-vaccine')] } });
    const coding: ClaimCoding = { diagnoses: ['Z23'], lines: [{ code: '90656', modifiers: [], pointers: ['A'], units: 1 }, { code: '90460', modifiers: [], pointers: ['A'], units: 1 }] };
    const check = checkVaccineAdministration({ patientId: 'pat', patientName: 'Ravi Chandrasekar', minute: 600, date: DAY, coding, expected });
    expect(check?.finding?.message).toBe('Ravi Chandrasekar’s vaccine administration was billed 90460×1, but the counselled codes stop at 18 and Ravi Chandrasekar is 20: 90471×1.');
  });

  it('judges nothing on a claim with no vaccine', () => {
    expect(checkVaccineAdministration(facts([]))).toBeNull();
  });
});
