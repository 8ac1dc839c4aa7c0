import { describe, expect, it } from 'vitest';
import { describeDiagnosis, describeProcedure, SEARCH_LIMIT, searchDiagnoses, searchProcedures } from '../../scenes/stations/code-search';

const VISIT = '2026-03-10';

describe('ICD-10-CM code search', () => {
  it('finds a code by its first characters, the exact code first', () => {
    const results = searchDiagnoses('r73', VISIT);
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((option) => option.code.startsWith('R73'))).toBe(true);
    expect(searchDiagnoses('I10', VISIT)[0]?.code).toBe('I10');
  });

  it('finds the notes’ words that are not in a title, as the index leads to the code: bruising, a pregnancy test', () => {
    expect(searchDiagnoses('easy bruising', VISIT).map((option) => option.code)).toEqual(['R23.3']);
    expect(searchDiagnoses('pregnancy test negative', VISIT).map((option) => option.code)).toEqual(['Z32.02']);
    expect(searchDiagnoses('pregnancy test', VISIT).map((option) => option.code)).toEqual(expect.arrayContaining(['Z32.0', 'Z32.00', 'Z32.01', 'Z32.02']));
  });

  it('finds codes by words of their title, in any order', () => {
    const codes = searchDiagnoses('diabetes hyperglycemia', VISIT).map((option) => option.code);
    expect(codes).toContain('E11.65');
  });

  it('says a header is not billable, and lists it so the trainee can see what is below', () => {
    const header = describeDiagnosis('R05', VISIT);
    expect(header?.validOnDate).toBe(false);
    expect(header?.status).toMatch(/no longer billable|not billable/);
    expect(header?.dates).toMatch(/billable in effect 2015-10-01 to 2021-10-01/);
    const billable = describeDiagnosis('R05.1', VISIT);
    expect(billable).toMatchObject({ validOnDate: true, status: `Billable on ${VISIT}` });
  });

  it('judges the same code on the visit’s date: R05 was billable in 2020', () => {
    expect(describeDiagnosis('R05', '2020-06-01')?.validOnDate).toBe(true);
  });

  it('lists at most eight, and nothing for a blank query', () => {
    expect(searchDiagnoses('e', VISIT).length).toBeLessThanOrEqual(SEARCH_LIMIT);
    expect(searchDiagnoses('   ', VISIT)).toEqual([]);
    expect(searchDiagnoses('no such condition anywhere', VISIT)).toEqual([]);
  });
});

describe('CPT/HCPCS code search', () => {
  it('finds the preventive visits by the words a coder types: annual physical, well check, wellness visit', () => {
    expect(searchProcedures('annual wellness visit', VISIT).map((option) => option.code)).toEqual(['G0438', 'G0439']);
    expect(searchProcedures('welcome to medicare', VISIT).map((option) => option.code)).toEqual(['G0402']);
    expect(searchProcedures('preventive established 65', VISIT).map((option) => option.code)).toEqual(['99397']);
  });

  it('shows our own short description and the clinic’s charge', () => {
    const [option] = searchProcedures('83036', VISIT);
    expect(option).toMatchObject({ code: '83036', system: 'CPT', description: 'Hemoglobin A1c', chargeCents: 4000, validOnDate: true });
  });

  it('finds codes by words and marks a deleted code', () => {
    expect(searchProcedures('vaccine administration', VISIT).map((option) => option.code)).toContain('90471');
    expect(describeProcedure('99201', VISIT)).toMatchObject({ validOnDate: false, status: 'Deleted 2021-01-01' });
    expect(describeProcedure('g0008', VISIT)?.system).toBe('HCPCS');
    expect(describeProcedure('12345', VISIT)).toBeNull();
  });
});

describe('code search by the clinical word a trainee types (issue 19)', () => {
  it.each([
    ['chest pains', 'R07.9'],
    ['fevers', 'R50.9'],
    ['abnormal electrocardiograms', 'R94.31'],
    ['coughing', 'R05.1'],
    ['palpitation', 'R00.2'],
  ])('finds %j: %s', (query, code) => {
    expect(searchDiagnoses(query, VISIT).map((option) => option.code)).toContain(code);
  });

  it('finds a procedure by a longer form of a word of our description', () => {
    expect(searchProcedures('vaccines administration', VISIT).map((option) => option.code)).toContain('90471');
  });

  it('takes a word of a description for a longer word only by its ending, never for another word', () => {
    expect(searchProcedures('annual wellness visit', VISIT).map((option) => option.code)).toEqual(['G0438', 'G0439']);
    // The code set holds the codes of this clinic's visits: no infarction is among them.
    expect(searchDiagnoses('infarction', VISIT)).toEqual([]);
  });
});
