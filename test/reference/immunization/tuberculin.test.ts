import { describe, expect, it } from 'vitest';
import {
  injectableProduct,
  TST_DOSE,
  TST_MEASUREMENT,
  TST_NOT_A_VACCINE,
  TST_READING_WINDOW,
  TST_SITE_CARE,
  TST_WHEAL,
  tstReadingProblem,
  TUBERCULIN_PRODUCTS,
  tuberculinProduct,
  whealRises,
} from '../../../src/reference/immunization';
import { CPT_CODES } from '../../../src/reference/cpt-hcpcs';
import { ICD10CM_CODES } from '../../../src/reference/icd10cm';
import { orderableTest } from '../../../src/reference/tests';

describe('TUBERCULIN_PRODUCTS', () => {
  it.each([
    // trade name, maker, strength, dose, days an opened vial lasts, source
    ['Tubersol (multi-dose vial)', 'Sanofi Pasteur', '5 TU per 0.1 mL', 0.1, 30, 'tubersolPrescribingInformation'],
    ['Aplisol (multi-dose vial)', 'Par Pharmaceutical', '5 TU per 0.1 mL', 0.1, 30, 'aplisolPrescribingInformation'],
  ] as const)('lists %s by %s, %s, %f mL intradermally, %i days once opened, cited to %s', (tradeName, manufacturer, strength, doseMl, days, sourceId) => {
    const product = TUBERCULIN_PRODUCTS.find((p) => p.tradeName === tradeName);
    expect(product).toMatchObject({ manufacturer, strength, doseMl, openedVialDays: days, route: 'intradermal', storage: 'refrigerator' });
    expect(product?.source.id).toBe(sourceId);
  });

  it('stocks Tubersol first for the order, and gives it to the station as an injectable with no VIS and the same dose at every age', () => {
    expect(tuberculinProduct('tuberculin-skin-test')?.tradeName).toBe('Tubersol (multi-dose vial)');
    const product = injectableProduct('tuberculin-skin-test');
    expect(product).toMatchObject({ route: 'intradermal', visId: null, manufacturer: 'Sanofi Pasteur' });
    expect([1, 30, 80].map((age) => product?.doseMl(age))).toEqual([0.1, 0.1, 0.1]);
    expect(tuberculinProduct('influenza-vaccine')).toBeNull();
  });
});

describe('the tuberculin skin test facts', () => {
  it.each([
    ['the dose: 0.1 mL of 5 TU', TST_DOSE, { ml: 0.1, tuberculinUnits: 5 }, 'tubersolPrescribingInformation'],
    ['the wheal: 6–10 mm, else repeated about 2 inches away', TST_WHEAL, { minMm: 6, maxMm: 10, repeatAtLeastInches: 2 }, 'cdcTargetedTbTestingGuide'],
    ['the site: no bandage, no pressure', TST_SITE_CARE, { bandage: false, pressure: false }, 'cdcTargetedTbTestingGuide'],
    ['the reading: 48 to 72 hours after placement', TST_READING_WINDOW, { minHours: 48, maxHours: 72 }, 'cdcTb101SkinTest'],
    ['no VIS: not a vaccine of the Vaccine Injury Table', TST_NOT_A_VACCINE, { visRequired: false }, 'visInstructions'],
    ['the reading: the induration in mm, interpreted by the provider', TST_MEASUREMENT, { measure: 'induration', unit: 'mm', interpretedBy: 'provider' }, 'cdcTb101SkinTest'],
  ] as const)('%s, cited to %s', (_, fact, values, sourceId) => {
    expect(fact).toMatchObject(values);
    expect(fact.source.id).toBe(sourceId);
    expect(fact.verified).toBeUndefined();
  });

  it.each([
    [24, 'too-early'],
    [47.9, 'too-early'],
    [48, null],
    [60, null],
    [72, null],
    [72.25, 'too-late'],
    [120, 'too-late'],
  ] as const)('reads a reading booked %f hours after placement as %s', (hours, problem) => {
    expect(tstReadingProblem(hours)).toBe(problem);
  });

  it.each([
    ['intradermal', 10, true],
    ['intradermal', 45, false],
    ['intradermal', 90, false],
    ['subcutaneous', 45, false],
  ] as const)('raises a wheal for a %s dose at %i°: %s', (route, angle, rises) => {
    expect(whealRises(route, angle)).toBe(rises);
  });
});

describe('the tuberculin skin test in the catalogue and code sets', () => {
  it('is a skin test, not a vaccine, billed 86580 alone', () => {
    expect(orderableTest('tuberculin-skin-test')).toMatchObject({ kind: 'skin-test', codes: [{ code: '86580' }] });
    expect(orderableTest('tuberculin-skin-test').source.id).toBe('tstBilling86580');
  });

  it('has its reading as an order of its own with no code (the visit carries it)', () => {
    expect(orderableTest('tuberculin-skin-test-reading')).toMatchObject({ kind: 'skin-test-reading', codes: [] });
    expect(orderableTest('tuberculin-skin-test-reading').source.id).toBe('tstBilling86580');
  });

  it('has 86580 in the CPT set in our own words, and Z11.7 in ICD-10-CM from 2019-10-01', () => {
    const cpt = CPT_CODES.find((c) => c.code === '86580');
    expect(cpt).toMatchObject({ shortDescription: 'Tuberculosis skin test placed intradermally', category: 'laboratory' });
    expect(cpt?.source.id).toBe('tstBilling86580');
    const icd = ICD10CM_CODES.find((c) => c.code === 'Z11.7');
    expect(icd).toMatchObject({ billable: true, effectiveFrom: '2019-10-01' });
    expect(icd?.source.id).toBe('cdcTbIcd10Codes');
  });
});
