import { describe, expect, it } from 'vitest';
import { CPT_CODES, ECG_CODE_FACTS, ECG_READ_ELSEWHERE, TESTS, clinicEcgCode } from '../../../src/reference';

describe('the ECG codes', () => {
  it.each([
    ['93000', 'global', 'interpretation with a written report'],
    ['93005', 'technical', 'tracing only'],
    ['93010', 'professional', 'interpretation and written report only'],
  ] as const)('%s is the %s component (%s), citing the AAPC coding alert', (code, component, covers) => {
    expect(ECG_CODE_FACTS[code].component).toBe(component);
    expect(ECG_CODE_FACTS[code].covers).toContain(covers);
    expect(ECG_CODE_FACTS[code].source.id).toBe('aapcEcgComponents');
    expect(CPT_CODES.find((c) => c.code === code)?.category).toBe('procedure');
  });

  it('bills 93000 for a tracing read in house and 93005 for one sent out', () => {
    expect(clinicEcgCode('in-house')).toBe('93000');
    expect(clinicEcgCode('sent-out')).toBe('93005');
  });

  it('says who bills what when the tracing is read elsewhere', () => {
    expect(ECG_READ_ELSEWHERE.text).toContain('the clinic bills the tracing only (93005) and the cardiologist bills the interpretation and report (93010)');
  });

  it('keeps 93000 on the ECG of the test catalogue (the in-house reading)', () => {
    expect(TESTS.find((t) => t.id === 'ecg')?.codes).toEqual([{ code: '93000' }]);
  });

  it('describes 93005 and 93010 in our own words, citing the AAPC alert', () => {
    for (const code of ['93005', '93010']) {
      const entry = CPT_CODES.find((c) => c.code === code);
      expect(entry?.shortDescription).not.toContain('routine ECG with at least 12 leads');
      expect(entry?.source.id).toBe('aapcEcgComponents');
    }
  });
});
