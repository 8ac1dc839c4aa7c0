import { describe, expect, it } from 'vitest';
import { COMPONENT_ALLERGY_RULE, MINIMUM_INTERVAL_GRACE, allergyConflicts, cptEntry, orderableTest, TESTS, VACCINE_PRODUCTS, doseTooSoon, minimumIntervalBeforeDose, vaccineProduct } from '../../../src/reference';

describe('VACCINE_PRODUCTS', () => {
  it('has a product for every vaccine in the test catalogue', () => {
    expect(Object.keys(VACCINE_PRODUCTS).sort()).toEqual(TESTS.filter((t) => t.kind === 'vaccine').map((t) => t.id).sort());
  });

  it.each([
    ['influenza-vaccine', 'Sanofi Pasteur', 'intramuscular', 1, 'refrigerator', 'influenza-inactivated', [], 28],
    ['tdap-vaccine', 'Sanofi Pasteur', 'intramuscular', 3, 'refrigerator', 'tdap', [], undefined],
    ['mmr-vaccine', 'Merck', 'subcutaneous', 3, 'refrigerator', 'mmr', ['gelatin', 'neomycin'], 28],
    ['dtap-vaccine', 'Sanofi Pasteur', 'intramuscular', 3, 'refrigerator', 'dtap', [], 28],
    ['hepatitis-b-vaccine', 'GlaxoSmithKline', 'intramuscular', 1, 'refrigerator', 'hepatitis-b', ['latex'], 28],
    ['pneumococcal-vaccine', 'Pfizer', 'intramuscular', 1, 'refrigerator', 'pneumococcal-conjugate', [], 28],
  ] as const)('%s: %s, %s, %i component(s), %s, VIS %s, allergens %j, shortest interval %s days, citing Immunize.org', (testId, manufacturer, route, components, storage, visId, allergens, minimumIntervalDays) => {
    const product = vaccineProduct(testId);
    expect(product).toMatchObject({ manufacturer, route, components, storage, visId, allergens });
    expect(product?.minimumIntervalDays).toBe(minimumIntervalDays);
    expect(product?.source.id).toBe('immunizeOrgAdministeringVaccines');
  });

  it.each([
    ['influenza-vaccine', 70, 0.5],
    ['tdap-vaccine', 12, 0.5],
    ['mmr-vaccine', 1, 0.5],
    ['dtap-vaccine', 0, 0.5],
    ['dtap-vaccine', 7, 0],
    ['hepatitis-b-vaccine', 19, 0.5],
    ['hepatitis-b-vaccine', 20, 1],
    ['pneumococcal-vaccine', 66, 0.5],
  ] as const)('doses %s at %i years with %s mL', (testId, age, ml) => {
    expect(vaccineProduct(testId)?.doseMl(age)).toBe(ml);
  });

  it.each(Object.values(VACCINE_PRODUCTS).map((p) => [p!.testId, p!]))('gives %s the route its product code names', (testId, product) => {
    const code = orderableTest(testId).codes[0]!.code;
    expect(cptEntry(code)?.shortDescription).toContain(product.route);
  });

  it('has no product for a test that is not a vaccine', () => {
    expect(vaccineProduct('cbc')).toBeNull();
  });
});

describe('minimum intervals', () => {
  it.each([
    ['dtap-vaccine', 2, { afterDose: 1, weeks: 4 }],
    ['dtap-vaccine', 4, { afterDose: 3, months: 6 }],
    ['hepatitis-b-vaccine', 3, { afterDose: 2, weeks: 8 }],
    ['mmr-vaccine', 1, null],
    ['tdap-vaccine', 2, null],
  ] as const)('before dose %2$i of %1$s: %3$j', (testId, dose, interval) => {
    expect(minimumIntervalBeforeDose(testId, dose)).toEqual(interval);
  });

  it.each([
    ['dtap-vaccine', 2, '2026-03-01', '2026-03-28', true],
    ['dtap-vaccine', 2, '2026-03-01', '2026-03-29', false],
    ['dtap-vaccine', 4, '2025-09-30', '2026-03-29', true],
    ['dtap-vaccine', 4, '2025-09-30', '2026-03-30', false],
    ['hepatitis-b-vaccine', 3, '2026-01-01', '2026-02-25', true],
    ['hepatitis-b-vaccine', 3, '2026-01-01', '2026-02-26', false],
  ] as const)('%s dose %i after %s is too soon on %s: %s', (testId, dose, last, on, tooSoon) => {
    expect(doseTooSoon(testId, dose, last, on)).toBe(tooSoon);
  });
});

describe('MINIMUM_INTERVAL_GRACE', () => {
  it('keeps ACIP’s 4-day grace as data that is not scored', () => {
    expect(MINIMUM_INTERVAL_GRACE).toMatchObject({ days: 4, scored: false });
  });
});

describe('COMPONENT_ALLERGY_RULE', () => {
  it('cites the Red Book guide to contraindications', () => {
    expect(COMPONENT_ALLERGY_RULE.source.id).toBe('aapRedBookContraindications');
  });
});

describe('allergyConflicts', () => {
  it.each([
    ['latex anaphylaxis against a hepatitis B prefilled syringe', 'hepatitis-b-vaccine', [{ substance: 'Latex', reaction: 'Anaphylaxis' }], true, ['latex']],
    ['latex allergy against a hepatitis B vial (no latex in the stopper)', 'hepatitis-b-vaccine', [{ substance: 'Latex' }], false, []],
    ['a gelatin allergy against MMR', 'mmr-vaccine', [{ substance: 'Gelatin (porcine)' }], false, ['gelatin']],
    ['neomycin and penicillin allergies against MMR', 'mmr-vaccine', [{ substance: 'penicillin' }, { substance: 'Neomycin' }], false, ['neomycin']],
    ['a penicillin allergy against the flu vaccine', 'influenza-vaccine', [{ substance: 'Penicillin' }], true, []],
    ['a test that is not a vaccine', 'cbc', [{ substance: 'Latex' }], true, []],
  ] as const)('%s: %j', (_what, testId, allergies, prefilledSyringe, conflicts) => {
    expect(allergyConflicts(testId, allergies, { prefilledSyringe })).toEqual(conflicts);
  });
});
