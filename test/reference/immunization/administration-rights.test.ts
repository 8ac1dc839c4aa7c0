import { describe, expect, it } from 'vitest';
import { ADMINISTRATION_RIGHTS, LABEL_CHECKS, ORDER_SCOPE, SCREENING_RULE } from '../../../src/reference';

describe('ADMINISTRATION_RIGHTS', () => {
  it('lists CDC’s seven rights in order, citing the Pink Book', () => {
    expect(ADMINISTRATION_RIGHTS.rights.map((r) => r.right)).toEqual(['patient', 'vaccine', 'time', 'dosage', 'route', 'site', 'documentation']);
    expect(ADMINISTRATION_RIGHTS.source.id).toBe('pinkBookVaccineAdministration');
  });
});

describe('LABEL_CHECKS', () => {
  it('reads the label from storage, while drawing up and before giving, unverified (secondary sources only)', () => {
    expect(LABEL_CHECKS.moments).toEqual(['from-storage', 'drawing-up', 'before-giving']);
    expect(LABEL_CHECKS.verified).toBe(false);
    expect(LABEL_CHECKS.source.id).toBe('nursingLabelChecks');
  });
});

describe('SCREENING_RULE and ORDER_SCOPE', () => {
  it('screens before every dose, citing the Red Book', () => {
    expect(SCREENING_RULE.everyDose).toBe(true);
    expect(SCREENING_RULE.source.id).toBe('aapRedBookContraindications');
  });

  it('requires a signed order, the stricter of the sources, citing the AAMA', () => {
    expect(ORDER_SCOPE).toMatchObject({ signedOrderRequired: true, verbalOrderMayBeTakenBy: 'depends-on-state' });
    expect(ORDER_SCOPE.source.id).toBe('aamaVerbalOrders');
  });
});
