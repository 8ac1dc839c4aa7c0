import { describe, expect, it } from 'vitest';
import { ADMINISTRATION_CODE_RULES, IMMUNIZATION_DIAGNOSIS, administrationCodes, cptEntry, type AdministeredVaccine } from '../../../src/reference';

const flu: AdministeredVaccine = { testId: 'influenza-vaccine', components: 1, route: 'intramuscular' };
const mmr: AdministeredVaccine = { testId: 'mmr-vaccine', components: 3, route: 'subcutaneous' };
const dtap: AdministeredVaccine = { testId: 'dtap-vaccine', components: 3, route: 'intramuscular' };
const tdap: AdministeredVaccine = { testId: 'tdap-vaccine', components: 3, route: 'intramuscular' };
const pcv: AdministeredVaccine = { testId: 'pneumococcal-vaccine', components: 1, route: 'intramuscular' };
const hepB: AdministeredVaccine = { testId: 'hepatitis-b-vaccine', components: 1, route: 'intramuscular' };
// No bundled vaccine is oral; the coding rule is tested with a flu order given by mouth as a stand-in.
const byMouth: AdministeredVaccine = { testId: 'influenza-vaccine', components: 1, route: 'oral' };

describe('administrationCodes', () => {
  it.each([
    ['a counselled 4-year-old with MMR and DTaP', { ageYears: 4, counselledByProvider: true, medicare: false, vaccines: [mmr, dtap] }, [
      { code: '90460', units: 2, testIds: ['mmr-vaccine', 'dtap-vaccine'] },
      { code: '90461', units: 4, testIds: ['mmr-vaccine', 'dtap-vaccine'] },
    ]],
    ['a counselled 18-year-old with flu only (no 90461)', { ageYears: 18, counselledByProvider: true, medicare: false, vaccines: [flu] }, [
      { code: '90460', units: 1, testIds: ['influenza-vaccine'] },
    ]],
    ['a 4-year-old not counselled by the provider', { ageYears: 4, counselledByProvider: false, medicare: false, vaccines: [mmr, dtap] }, [
      { code: '90471', units: 1, testIds: ['mmr-vaccine'] },
      { code: '90472', units: 1, testIds: ['dtap-vaccine'] },
    ]],
    ['a counselled 19-year-old (too old for 90460)', { ageYears: 19, counselledByProvider: true, medicare: false, vaccines: [tdap, flu] }, [
      { code: '90471', units: 1, testIds: ['tdap-vaccine'] },
      { code: '90472', units: 1, testIds: ['influenza-vaccine'] },
    ]],
    ['an adult with one flu shot', { ageYears: 45, counselledByProvider: false, medicare: false, vaccines: [flu] }, [
      { code: '90471', units: 1, testIds: ['influenza-vaccine'] },
    ]],
    ['a Medicare patient with flu, PCV and hepatitis B', { ageYears: 70, counselledByProvider: false, medicare: true, vaccines: [flu, pcv, hepB] }, [
      { code: 'G0008', units: 1, testIds: ['influenza-vaccine'] },
      { code: 'G0009', units: 1, testIds: ['pneumococcal-vaccine'] },
      { code: 'G0010', units: 1, testIds: ['hepatitis-b-vaccine'] },
    ]],
    ['a Medicare patient with flu and Tdap', { ageYears: 68, counselledByProvider: false, medicare: true, vaccines: [flu, tdap] }, [
      { code: 'G0008', units: 1, testIds: ['influenza-vaccine'] },
      { code: '90471', units: 1, testIds: ['tdap-vaccine'] },
    ]],
    ['an uncounselled child with one vaccine by mouth only', { ageYears: 1, counselledByProvider: false, medicare: false, vaccines: [byMouth] }, [
      { code: '90473', units: 1, testIds: ['influenza-vaccine'] },
    ]],
    ['an uncounselled child with an injection and a vaccine by mouth (no 90473 with 90471)', { ageYears: 1, counselledByProvider: false, medicare: false, vaccines: [byMouth, mmr] }, [
      { code: '90471', units: 1, testIds: ['mmr-vaccine'] },
      { code: '90474', units: 1, testIds: ['influenza-vaccine'] },
    ]],
    ['a counselled child with a vaccine by mouth (90460 is any route)', { ageYears: 1, counselledByProvider: true, medicare: false, vaccines: [byMouth] }, [
      { code: '90460', units: 1, testIds: ['influenza-vaccine'] },
    ]],
    ['no vaccines', { ageYears: 30, counselledByProvider: false, medicare: false, vaccines: [] }, []],
  ] as const)('bills %s', (_who, input, lines) => {
    expect(administrationCodes(input)).toEqual(lines);
  });
});

describe('ADMINISTRATION_CODE_RULES', () => {
  it.each([
    ['90460', 'cpt2025ImmunizationAdministration'],
    ['90461', 'cpt2025ImmunizationAdministration'],
    ['90471', 'cpt2025ImmunizationAdministration'],
    ['90472', 'cpt2025ImmunizationAdministration'],
    ['90473', 'codingAheadCpt'],
    ['90474', 'codingAheadCpt'],
    ['G0008', 'palmettoGbaImmunization'],
    ['G0009', 'noridianVaccineBilling'],
    ['G0010', 'noridianVaccineBilling'],
  ] as const)('%s follows a rule cited to %s and is in the code set', (code, sourceId) => {
    expect(ADMINISTRATION_CODE_RULES.find((r) => r.code === code)?.source.id).toBe(sourceId);
    expect(cptEntry(code)?.category).toBe('immunization-administration');
  });

  it('marks only the 90474-after-90471 reading unverified', () => {
    expect(ADMINISTRATION_CODE_RULES.filter((r) => 'verified' in r).map((r) => r.code)).toEqual(['90474']);
  });

  it('confirms the MMR and adult hepatitis B product codes', () => {
    expect(cptEntry('90707')?.verified).toBeUndefined();
    expect(cptEntry('90746')?.verified).toBeUndefined();
  });
});

describe('IMMUNIZATION_DIAGNOSIS', () => {
  it('puts Z23 after a routine child examination code, citing the tabular', () => {
    expect(IMMUNIZATION_DIAGNOSIS).toMatchObject({ code: 'Z23', codeFirst: 'Z00.12' });
    expect(IMMUNIZATION_DIAGNOSIS.source.id).toBe('icdListCom');
  });
});
