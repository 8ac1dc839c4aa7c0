import { describe, expect, it } from 'vitest';
import {
  CCMA_DOMAINS,
  CMAA_DOMAINS,
  CMA_DOMAINS,
  COMPETENCIES,
  COMPETENCY_IDS,
  PAYERS,
  PLACES_OF_SERVICE,
  TESTS,
  TEST_IDS,
  allowedAmountCents,
  needsPriorAuthorization,
} from '../../src/reference';

describe('TESTS', () => {
  it('carries every test id once', () => {
    expect(TESTS.map((t) => t.id)).toEqual([...TEST_IDS]);
  });

  it.each(TESTS.filter((t) => t.cliaWaivedPointOfCare).map((t) => [t.id, t]))('gives waived POC test %s a read time and QC', (_id, t) => {
    expect(t.readTimeMinutes).toBeGreaterThan(0);
    expect(t.needsQualityControl).toBe(true);
  });

  it.each(TESTS.filter((t) => t.kind === 'vaccine').map((t) => [t.id, t]))('bills vaccine %s by its product code', (_id, t) => {
    expect(t.codes[0]?.code).toMatch(/^90[67]\d\d$/);
  });
});

describe('COMPETENCIES', () => {
  it('lists every competency once, in spine order', () => {
    expect(COMPETENCIES.map((c) => c.id)).toEqual([...COMPETENCY_IDS]);
  });

  it.each(COMPETENCIES.map((c) => [c.id, c]))('maps %s only to outline domains that exist', (_id, c) => {
    expect(c.crosswalk.cma.length).toBeGreaterThan(0);
    expect(c.crosswalk.ccma.length).toBeGreaterThan(0);
    for (const d of c.crosswalk.cma) expect(CMA_DOMAINS.map((x) => x.id)).toContain(d);
    for (const d of c.crosswalk.ccma) expect(CCMA_DOMAINS.map((x) => x.id)).toContain(d);
    for (const d of c.crosswalk.cmaa) expect(CMAA_DOMAINS.map((x) => x.id)).toContain(d);
  });

  it('keeps the CCMA item counts adding up (150 scored, 84 in Clinical Patient Care)', () => {
    const top = CCMA_DOMAINS.filter((d) => !('parent' in d));
    expect(top.reduce((sum, d) => sum + d.items, 0)).toBe(150);
    const clinical = CCMA_DOMAINS.filter((d) => 'parent' in d && d.parent === 'clinical-patient-care');
    expect(clinical.reduce((sum, d) => sum + d.items, 0)).toBe(84);
  });

  it('keeps the CMAA item counts adding up (110 scored)', () => {
    expect(CMAA_DOMAINS.reduce((sum, d) => sum + d.items, 0)).toBe(110);
  });
});

describe('PAYERS', () => {
  it('names every payer as synthetic or self-pay', () => {
    for (const p of PAYERS) expect(p.name).toMatch(/synthetic|Self-pay/);
  });

  it('requires authorisation for an ECG only at the synthetic HMO', () => {
    expect(needsPriorAuthorization('aetna-hmo', '93000')).toBe(true);
    expect(needsPriorAuthorization('bluecross-ppo', '93000')).toBe(false);
  });

  it('computes the allowed amount from the synthetic percentage', () => {
    expect(allowedAmountCents('bluecross-ppo', 13000)).toBe(9100);
  });
});

describe('PLACES_OF_SERVICE', () => {
  it('has office 11 and both telehealth codes', () => {
    expect(PLACES_OF_SERVICE.map((p) => p.code)).toEqual(['02', '10', '11', '22']);
  });
});
