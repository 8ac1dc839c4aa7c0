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
  checkPreventiveVisit,
  checkUnfinishedAtDayEnd,
} from '../../../src/workflows/billing/billing.rules';
import { buildClaim, codingOf, expectedClaim, registeredHeader } from '../../../src/workflows/billing/claim';
import { adjudicate } from '../../../src/workflows/billing/payer-adjudication';
import { cptEntry } from '../../../src/reference/cpt-hcpcs';
import { allowedAmountCents } from '../../../src/reference/payers';
import { billingDay, billingPatient, registration } from './billing-support';

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
    // R07.89 (other chest pain) is a real ICD-10-CM code, only not one the practice's list carries: the finding must not call it no code (the playtest).
    ['a real code the practice’s list does not carry', { ...good, diagnoses: [...good.diagnoses, 'R07.89'] }, false, 'R07.89 is not in this practice’s ICD-10-CM code list'],
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

describe('billing rules for a preventive visit', () => {
  const medicarePatient = billingPatient({
    dateOfBirth: '1947-12-08',
    coverage: { payerId: 'medicare-b', memberId: '1EG4-TE5-MK72', planType: 'medicare', coinsurancePercent: 20 },
    orders: [{ testId: 'influenza-vaccine', diagnoses: ['Z23'] }],
    preventiveHistory: { medicarePartBSince: '2012-12-01', lastAnnualWellnessVisit: '2025-02-18' },
    note: { diagnoses: ['Z00.01', 'R23.3', 'Z23'], assessment: 'Annual examination with abnormal findings: easy bruising. Influenza vaccine given.', preventiveVisit: true },
  });
  const medicareDay = billingDay(medicarePatient);
  const medicareReg = registration({ payerId: 'medicare-b', memberId: '1EG4-TE5-MK72', planType: 'medicare', copayCollected: 0 });
  const wellness = expectedClaim(medicareDay, medicareDay.patients[0]!, { registration: medicareReg });
  const wellnessFacts = (coding: ClaimCoding) => ({ patientId: 'pat', patientName: 'Eleanor Test', minute: 600, date: '2026-03-10', coding, expected: wellness });
  const recode = (from: string, to: string) => ({ ...codingOf(wellness), lines: codingOf(wellness).lines.map((l) => (l.code === from ? { ...l, code: to } : l)) });

  it('bills a Medicare patient’s annual physical as the later annual wellness visit, with the flu shot apart and no modifier 25', () => {
    expect(wellness.preventive?.code).toBe('G0439');
    expect(codingOf(wellness).lines.map((l) => `${l.code}${l.modifiers.join('')}`)).toEqual(['G0439', '90656', 'G0008']);
    expect(codingOf(wellness).lines[0]!.pointers).toEqual(['A']);
    expect(checkPreventiveVisit(wellnessFacts(codingOf(wellness)))?.passed).toBe(true);
  });

  it.each([
    ['a routine physical code', '99397', 'Medicare does not cover a routine physical'],
    ['the first wellness visit again', 'G0438', 'the first annual wellness visit is billed once per lifetime'],
    ['the Welcome to Medicare exam', 'G0402', 'does not fit the patient’s Medicare history'],
  ])('finds %s on a Medicare wellness visit, saying why and what it should be, with its source', (_name, code, why) => {
    const check = checkPreventiveVisit(wellnessFacts(recode('G0439', code)));
    expect(check?.passed).toBe(false);
    expect(check?.finding?.message).toContain(why);
    expect(check?.finding?.message).toContain('It is G0439: the last annual wellness visit was on 2025-02-18');
    expect(check?.finding?.ruleId).toBe('billing.preventive-visit');
    expect(check?.finding?.source.id).toBe('cmsMlnMedicareWellnessVisits');
  });

  it('finds a preventive visit left off the claim, and does not judge a visit without one', () => {
    const without = { ...codingOf(wellness), lines: codingOf(wellness).lines.filter((l) => l.code !== 'G0439') };
    expect(checkPreventiveVisit(wellnessFacts(without))?.finding?.message).toContain('has no line for the preventive visit the note documents: G0439');
    expect(checkPreventiveVisit(facts(good))).toBeNull();
  });

  it('puts 25 on a child’s well visit when vaccines are given at it, and finds it forgotten', () => {
    const child = billingPatient({
      dateOfBirth: '2020-10-01',
      orders: [{ testId: 'influenza-vaccine', diagnoses: ['Z23'] }],
      note: { diagnoses: ['Z00.129', 'Z23'], assessment: 'Routine five-year well-child examination, normal. Influenza vaccine given.', preventiveVisit: true },
    });
    const childDay = billingDay(child);
    const wellChild = expectedClaim(childDay, childDay.patients[0]!, { registration: registration() });
    expect(codingOf(wellChild).lines[0]).toMatchObject({ code: '99393', modifiers: ['25'], pointers: ['A'] });
    const childFacts = (coding: ClaimCoding) => ({ patientId: 'pat', patientName: 'Child', minute: 600, date: '2026-03-10', coding, expected: wellChild });
    expect(checkModifier25(childFacts(codingOf(wellChild)))?.passed).toBe(true);
    const forgot = { ...codingOf(wellChild), lines: codingOf(wellChild).lines.map((l, i) => (i === 0 ? { ...l, modifiers: [] } : l)) };
    expect(checkModifier25(childFacts(forgot))?.finding?.message).toContain('the preventive visit 99393 has no modifier 25');
    const band = { ...codingOf(wellChild), lines: codingOf(wellChild).lines.map((l, i) => (i === 0 ? { ...l, code: '99392' } : l)) };
    expect(checkPreventiveVisit(childFacts(band))?.finding?.message).toContain('another age band');
  });

  it('has Medicare deny a routine physical as not covered (CARC 49) and waive the patient’s share on the wellness visit', () => {
    const medicareHeader = registeredHeader(medicareDay, medicareDay.patients[0]!, wellness.registered);
    const routine = adjudicate(buildClaim(medicareHeader, recode('G0439', '99397')), { truth: wellness.truth, expected: wellness, earlierSubmissions: [] });
    expect(routine).toMatchObject({ kind: 'denied', denial: { reason: 'not-covered', carc: '49' } });
    const paid = adjudicate(buildClaim(medicareHeader, codingOf(wellness)), { truth: wellness.truth, expected: wellness, earlierSubmissions: [] });
    if (paid.kind !== 'paid') throw new Error('the wellness claim should be paid');
    const flu = ['90656', 'G0008'].reduce((sum, code) => sum + allowedAmountCents('medicare-b', cptEntry(code)!.chargeCents), 0);
    expect(paid.remittance.coinsuranceCents).toBe(Math.round(flu * 0.2));
  });
});
