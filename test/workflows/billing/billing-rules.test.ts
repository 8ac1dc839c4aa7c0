import { describe, expect, it } from 'vitest';
import type { ClaimCoding } from '../../../src/workflows/billing/billing.actions';
import {
  checkClaimData,
  checkDenialWorked,
  checkDiagnosisPointers,
  checkEmLevel,
  checkIcd10Specificity,
  checkModifier25,
  checkModifierQw,
  checkPaymentPosting,
  checkUnfinishedAtDayEnd,
} from '../../../src/workflows/billing/billing.rules';
import { codingOf, expectedClaim, registeredHeader } from '../../../src/workflows/billing/claim';
import { billingDay, registration } from './billing-support';

const day = billingDay();
const patient = day.patients[0]!;
const expected = expectedClaim(day, patient, { registration: registration() });
const good = codingOf(expected);
const header = registeredHeader(day, patient, expected.registered);
const facts = (coding: ClaimCoding) => ({ patientId: 'pat', patientName: 'Test Patient', minute: 600, date: '2026-03-10', coding, expected });
const line = (code: string, change: object) => ({ ...good, lines: good.lines.map((l) => (l.code === code ? { ...l, ...change } : l)) });

describe('billing rules', () => {
  it.each([
    ['the note’s codes', good, true, ''],
    ['a header code for prediabetes', { ...good, diagnoses: ['I10', 'R73.0', 'Z23'] }, false, 'R73.0 is a category header'],
    ['a diagnosis left off', { ...good, diagnoses: ['I10', 'Z23'] }, false, 'R73.03 (Prediabetes) from the note is not on the claim'],
    ['a diagnosis the note does not have', { ...good, diagnoses: [...good.diagnoses, 'E78.5'] }, false, 'E78.5 (Hyperlipidemia, unspecified) is not a diagnosis'],
  ] as const)('icd10-specificity: %s passes=%s', (_name, coding, pass, text) => {
    const check = checkIcd10Specificity(facts(coding));
    expect(check.passed).toBe(pass);
    if (!pass) expect(check.finding?.message).toContain(text);
  });

  it.each([
    ['99214', true, ''],
    ['99213', false, 'coded 99213, below what the note supports: 99214'],
    ['99215', false, 'above what the note supports'],
    ['99204', false, 'a code for new patient, but this is an established patient'],
  ])('em-level: %s passes=%s', (code, pass, text) => {
    const check = checkEmLevel({ ...facts(line('99214', { code })), mdmSummary: 'MDM moderate' });
    expect(check?.passed).toBe(pass);
    if (!pass) expect(check?.finding?.message).toContain(text);
  });

  it.each([
    ['25 on the E/M', good, true],
    ['25 forgotten', line('99214', { modifiers: [] }), false],
    ['25 on the vaccine administration too', line('90471', { modifiers: ['25'] }), false],
  ] as const)('modifier-25: %s passes=%s', (_name, coding, pass) => {
    expect(checkModifier25(facts(coding))?.passed).toBe(pass);
  });

  it.each([
    ['QW on the A1c', good, true],
    ['the A1c without QW', line('83036', { modifiers: [] }), false],
    ['QW on the exempt glucose meter code', { ...good, lines: [...good.lines, { code: '82962', modifiers: ['QW'], pointers: ['B'], units: 1 }] }, false],
  ] as const)('modifier-qw: %s passes=%s', (_name, coding, pass) => {
    expect(checkModifierQw(facts(coding))?.passed).toBe(pass);
  });

  it.each([
    ['every line at its diagnosis', good, true, ''],
    ['the A1c at hypertension', line('83036', { pointers: ['A'] }), false, '83036 points at I10'],
    ['the vaccine at no diagnosis', line('90656', { pointers: [] }), false, '90656 points at no diagnosis'],
    ['the E/M with Z23 first', line('99214', { pointers: ['C', 'A'] }), false, 'the primary diagnosis I10 goes first'],
  ] as const)('diagnosis-pointer: %s passes=%s', (_name, coding, pass, text) => {
    const check = checkDiagnosisPointers(facts(coding));
    expect(check?.passed).toBe(pass);
    if (!pass) expect(check?.finding?.message).toContain(text);
  });

  it.each([
    ['as registered', header, good, true, ''],
    ['a mistyped member id', { ...header, memberId: 'BHP-100201' }, good, false, 'box 1a has member id BHP-100201'],
    ['no rendering NPI', { ...header, renderingNpi: null }, good, false, 'rendering NPI'],
    ['the vaccine left off', header, { ...good, lines: good.lines.filter((l) => l.code !== '90656') }, false, 'missing: 90656×1'],
  ] as const)('claim-data: %s passes=%s', (_name, sentHeader, coding, pass, text) => {
    const check = checkClaimData({ ...facts(coding), header: sentHeader });
    expect(check.passed).toBe(pass);
    if (!pass) expect(check.finding?.message).toContain(text);
  });

  it.each([
    ['resubmitted and corrected', 'modifier', 'resubmit', 'resubmit', false, true],
    ['resubmitted unchanged', 'modifier', 'resubmit', 'resubmit', true, false],
    ['the patient billed for a coding error', 'medical-necessity', 'bill-patient', 'resubmit', false, false],
    ['inactive coverage billed to the patient', 'inactive-coverage', 'bill-patient', 'bill-patient', false, true],
  ] as const)('denial-worked: %s passes=%s', (_name, reason, resolution, expectedResolution, stillDenied, pass) => {
    const check = checkDenialWorked({ patientId: 'pat', patientName: 'Test Patient', minute: 620, reason, carc: '4', resolution, expectedResolution, stillDenied });
    expect(check.passed).toBe(pass);
  });

  it('denial-worked at the day’s end names the unworked denial', () => {
    const check = checkUnfinishedAtDayEnd({ patientId: 'pat', patientName: 'Test Patient', minute: 659.98, work: 'denial-unworked', denial: { reason: 'wrong-patient-data', carc: '31' } });
    expect(check.finding?.message).toBe('Test Patient\'s denial (CARC 31, member not identified (wrong patient data)) was left unworked when the day ended.');
  });

  it.each([
    ['right', { allowedCents: 7000, adjustmentCents: 3000, copayCents: 2500, coinsuranceCents: 0, deductibleCents: 0, patientBalanceCents: 0 }, true],
    ['the copay billed again', { allowedCents: 7000, adjustmentCents: 3000, copayCents: 2500, coinsuranceCents: 0, deductibleCents: 0, patientBalanceCents: 2500 }, false],
  ] as const)('payment-posting: %s passes=%s', (_name, posted, pass) => {
    const want = { allowedCents: 7000, adjustmentCents: 3000, copayCents: 2500, coinsuranceCents: 0, deductibleCents: 0, patientBalanceCents: 0 };
    const check = checkPaymentPosting({ patientId: 'pat', patientName: 'Test Patient', minute: 640, posted, expected: want });
    expect(check.passed).toBe(pass);
    if (!pass) expect(check.finding?.message).toContain('patient balance $25.00 (should be $0.00)');
  });
});
