import { describe, expect, it } from 'vitest';
import { emCodeFor } from '../../../src/reference/cpt-hcpcs';
import { buildClaim, codingOf, expectedClaim, registeredHeader } from '../../../src/workflows/billing/claim';
import { scrubClaim, type ScrubEdit } from '../../../src/workflows/billing/claim-scrubber';
import { adjudicate, expectedPosting, payerResponseMinutes, remittanceFor } from '../../../src/workflows/billing/payer-adjudication';
import { emOneLevelOff, lessSpecificAlternative } from '../../../src/workflows/billing/billing.player';
import { billingDay, billingPatient, registration } from './billing-support';

describe('E/M level (2021 rules, CPT 2024 time thresholds)', () => {
  it.each([
    ['new', 'straightforward', undefined, '99202'],
    ['new', 'low', undefined, '99203'],
    ['new', 'moderate', undefined, '99204'],
    ['new', 'high', undefined, '99205'],
    ['established', 'straightforward', undefined, '99212'],
    ['established', 'low', undefined, '99213'],
    ['established', 'moderate', undefined, '99214'],
    ['established', 'high', undefined, '99215'],
    ['new', undefined, 15, '99202'],
    ['new', undefined, 29, '99202'],
    ['new', undefined, 30, '99203'],
    ['new', undefined, 45, '99204'],
    ['new', undefined, 60, '99205'],
    ['established', undefined, 9, null],
    ['established', undefined, 10, '99212'],
    ['established', undefined, 20, '99213'],
    ['established', undefined, 30, '99214'],
    ['established', undefined, 40, '99215'],
    ['established', 'low', 30, '99214'],
    ['established', 'moderate', 25, '99214'],
  ] as const)('%s patient, MDM %s, %s minutes → %s', (patientStatus, mdm, minutes, code) => {
    expect(emCodeFor({ patientStatus, ...(mdm ? { mdmLevel: mdm } : {}), ...(minutes === undefined ? {} : { totalMinutes: minutes }) })).toBe(code);
  });

  it.each([
    [{ problems: 'moderate', data: 'low', risk: 'moderate' }, false, '99214'],
    [{ problems: 'low', data: 'low', risk: 'moderate' }, true, '99203'],
    [{ problems: 'high', data: 'minimal', risk: 'low' }, false, '99213'],
  ] as const)('the expected claim bills MDM %o (new: %s) as %s', (mdm, newPatient, code) => {
    const day = billingDay(billingPatient({ newPatient, orders: [], note: { diagnoses: ['I10'], assessment: 'HTN.', medicalDecisionMaking: mdm } }));
    expect(expectedClaim(day, day.patients[0]!, {}).emCode).toBe(code);
  });
});

describe('expectedClaim', () => {
  const day = billingDay();
  const expected = expectedClaim(day, day.patients[0]!, { registration: registration() });

  it('codes the E/M with 25, the waived A1c with QW, the capillary draw, the vaccine and its administration', () => {
    expect(expected.coding.lines.map((l) => `${l.code}${l.modifiers.length ? `-${l.modifiers.join('-')}` : ''}:${l.pointers.join('')}`)).toEqual([
      '99214-25:AB',
      '36416:B',
      '83036-QW:B',
      '90656:C',
      '90471:C',
    ]);
  });

  it('bills the venipuncture once and not the venous tests the reference lab runs', () => {
    const labDay = billingDay(billingPatient({ orders: [{ testId: 'cbc' }, { testId: 'tsh', diagnoses: ['E03.9'] }], note: { diagnoses: ['Z00.01', 'E03.9'], assessment: 'Exam.' } }));
    const lines = expectedClaim(labDay, labDay.patients[0]!, {}).coding.lines;
    expect(lines.map((l) => `${l.code}:${l.pointers.join('')}`)).toEqual(['36415:AB']);
  });

  it('uses G0008 for a Medicare flu shot, which needs no 25 on 99212–99215', () => {
    const medicare = billingDay(billingPatient({ coverage: { payerId: 'medicare-b', memberId: '1EG4-TE5-MK72', planType: 'medicare' } }));
    const claim = expectedClaim(medicare, medicare.patients[0]!, {});
    expect(claim.coding.lines.map((l) => l.code)).toContain('G0008');
    expect(claim.modifier25).toBe(false);
  });

  it('drops the E/M into the procedure when the visit is not separately identifiable', () => {
    const bundled = billingDay(billingPatient({ note: { diagnoses: ['I10', 'R73.03', 'Z23'], assessment: 'Shot only.', medicalDecisionMaking: { problems: 'low', data: 'low', risk: 'low' } } }));
    const claim = expectedClaim(bundled, bundled.patients[0]!, {});
    expect(claim.emCode).toBeNull();
    expect(claim.emBundled).toBe(true);
  });

  it('bills nothing from the orders when the specimen and medication stages ran and recorded nothing', () => {
    const withSpecimen = billingDay(billingPatient(), { workflows: { intake: true, vitals: true, specimen: true, medication: true, scheduling: true, billing: true } });
    expect(expectedClaim(withSpecimen, withSpecimen.patients[0]!, {}).coding.lines.map((l) => l.code)).toEqual(['99214']);
  });

  it('takes box 1a from the card, and bills the patient when eligibility came back inactive', () => {
    const mismatch = billingDay(billingPatient({ coverage: { payerId: 'bluecross-ppo', memberId: 'BHP-100200', cardMemberId: 'BHP-100299', planType: 'ppo' } }));
    expect(expectedClaim(mismatch, mismatch.patients[0]!, {}).header.memberId).toBe('BHP-100299');
    expect(expectedClaim(day, day.patients[0]!, { registration: registration({ eligibilityStatus: 'inactive' }) }).billTo).toBe('patient');
  });
});

describe('the novice’s typical coding slips', () => {
  it.each([
    ['J02.0', 'J02.9'],
    ['E11.65', 'E11.6'],
    ['N39.0', 'N39'],
    ['R05.1', 'R05.9'],
    ['I10', null],
  ])('%s becomes %s', (code, vague) => expect(lessSpecificAlternative(code, '2026-03-10')).toBe(vague));

  it.each([
    ['99213', true, '99214'],
    ['99213', false, '99212'],
    ['99215', true, '99214'],
    ['99202', false, '99203'],
  ])('%s one level %s is %s', (code, up, next) => expect(emOneLevelOff(code, up)).toBe(next));
});

/** Where a scrubber edit points on the form, as data: its box (with box 21's letter) and its service line. */
function where(edit: ScrubEdit): string {
  return `${edit.kind} @${edit.box}${edit.diagnosis ?? ''}${edit.line === undefined ? '' : ` line ${edit.line}`}`;
}

describe('scrubClaim', () => {
  const day = billingDay();
  const patient = day.patients[0]!;
  const expected = expectedClaim(day, patient, { registration: registration() });
  const header = registeredHeader(day, patient, expected.registered);
  const good = codingOf(expected);
  const edited = (change: (lines: typeof good.lines) => typeof good.lines, diagnoses = good.diagnoses) => buildClaim(header, { diagnoses, lines: change(good.lines) });

  it.each([
    ['a clean claim', buildClaim(header, good), []],
    ['a line without pointers', edited((lines) => lines.map((l, i) => (i === 1 ? { ...l, pointers: [] } : l))), ['missing-pointer @24E line 2']],
    ['a pointer past the last diagnosis', edited((lines) => lines.map((l, i) => (i === 1 ? { ...l, pointers: ['F'] } : l))), ['bad-pointer @24E line 2']],
    ['the E/M without 25 beside a vaccine', edited((lines) => lines.map((l, i) => (i === 0 ? { ...l, modifiers: [] } : l))), ['missing-modifier-25 @24D line 1']],
    ['25 on the vaccine line', edited((lines) => lines.map((l) => (l.code === '90471' ? { ...l, modifiers: ['25'] } : l))), ['misplaced-modifier-25 @24D line LINE_90471']],
    ['25 on a visit billed with only an ECG and lab tests, which bundle no visit', edited((lines) => [...lines.filter((l) => !['90471', '90472'].includes(l.code) && !l.code.startsWith('906')), { code: '93000', modifiers: [], pointers: ['A'], units: 1 }]), ['unneeded-modifier-25 @24D line 1']],
    ['the A1c without QW', edited((lines) => lines.map((l) => (l.code === '83036' ? { ...l, modifiers: [] } : l))), ['missing-qw @24D line LINE_83036']],
    ['QW on an exempt dipstick', edited((lines) => [...lines, { code: '81002', modifiers: ['QW'], pointers: ['A'], units: 1 }]), ['qw-not-allowed @24D line LINE_NEW']],
    ['a header code', edited((lines) => lines, ['I10', 'R73', 'Z23']), ['invalid-diagnosis @21B']],
    ['a code deleted in 2021', edited((lines) => lines, ['I10', 'R05', 'Z23']), ['invalid-diagnosis @21B']],
    ['a child exam code on an adult', edited((lines) => lines, ['I10', 'Z00.129', 'Z23']), ['diagnosis-age-sex @21B']],
    ['two venipunctures', edited((lines) => [...lines, { code: '36415', modifiers: [], pointers: ['A'], units: 2 }]), ['too-many-units @24G line LINE_NEW']],
    ['a deleted E/M code', edited((lines) => lines.map((l, i) => (i === 0 ? { ...l, code: '99201' } : l))), ['invalid-code @24D line 1']],
  ] as const)('flags %s, at its box and line', (_name, claim, kinds) => {
    const lineOf = (code: string) => String(claim.lines.findIndex((l) => l.code === code) + 1);
    const located = kinds.map((kind) => kind.replace('LINE_90471', lineOf('90471')).replace('LINE_83036', lineOf('83036')).replace('LINE_NEW', String(claim.lines.length)));
    expect(scrubClaim(claim, patient).map(where)).toEqual(located);
  });

  it('says a real code missing from the practice’s lists is not in those lists, not that it is no code (the playtest: R07.89, other chest pain, is real)', () => {
    const claim = edited((lines) => [...lines, { code: '97110', modifiers: [], pointers: ['A'], units: 1 }], ['I10', 'R07.89', 'Z23']);
    const messages = scrubClaim(claim, patient).map((edit) => edit.message);
    expect(messages).toContain('Diagnosis B R07.89 is not in this practice’s ICD-10-CM code list; choose one from the list the diagnosis field offers.');
    expect(messages).toContain(`Line ${claim.lines.length}: 97110 is not in this practice’s CPT/HCPCS code list; choose one from the list the code field offers.`);
    expect(messages.join(' ')).not.toMatch(/is not an ICD-10-CM code|not a code/);
  });

  it('flags a missing NPI, a missing member id and a missing authorisation number, each at its box', () => {
    const ecg = buildClaim({ ...header, payerId: 'aetna-hmo', memberId: null, renderingNpi: null }, { diagnoses: ['I10'], lines: [{ code: '93000', modifiers: [], pointers: ['A'], units: 1 }] });
    expect(scrubClaim(ecg, patient).map(where)).toEqual(['missing-member-id @1a', 'missing-npi @24J', 'missing-authorization @23 line 1']);
    const noBilling = buildClaim({ ...header, billingNpi: null }, good);
    expect(scrubClaim(noBilling, patient).map(where)).toEqual(['missing-npi @33a']);
  });

  it('points an edit with a box in its message to that box, and a line edit to its line', () => {
    const everything = buildClaim(
      { ...header, payerId: 'aetna-hmo', memberId: null, renderingNpi: null, billingNpi: null },
      { diagnoses: ['R73', 'Z00.129'], lines: [{ code: '99201', modifiers: [], pointers: [], units: 1 }, { code: '36415', modifiers: ['QW', '25', 'ZZ'], pointers: ['F'], units: 3 }, { code: '93000', modifiers: [], pointers: ['A'], units: 1 }] },
    );
    const edits = scrubClaim(everything, patient);
    expect(new Set(edits.map((edit) => edit.box))).toEqual(new Set(['1a', '21', '23', '24D', '24E', '24G', '24J', '33a']));
    for (const edit of edits) {
      const box = /^Box (\w+)/.exec(edit.message)?.[1];
      if (box !== undefined) expect(edit.box).toBe(box);
      const line = /^Line (\d+):/.exec(edit.message)?.[1];
      if (line !== undefined) expect(edit.line).toBe(Number(line));
      const letter = /^Diagnosis ([A-L]) /.exec(edit.message)?.[1];
      expect(edit.diagnosis).toBe(letter);
    }
  });
});

describe('adjudication and payment posting', () => {
  const day = billingDay();
  const patient = day.patients[0]!;
  const expected = expectedClaim(day, patient, { registration: registration() });
  const header = registeredHeader(day, patient, expected.registered);
  const claim = buildClaim(header, codingOf(expected));
  const context = { truth: expected.truth, expected, earlierSubmissions: [] };

  it.each([
    ['a correct claim', 'paid', claim],
    ['a mistyped member id (from intake)', 'wrong-patient-data', buildClaim({ ...header, memberId: 'BHP-100201' }, codingOf(expected))],
    ['a forgotten 25', 'modifier', buildClaim(header, { ...codingOf(expected), lines: codingOf(expected).lines.map((l, i) => (i === 0 ? { ...l, modifiers: [] } : l)) })],
    ['the A1c pointed at hypertension', 'medical-necessity', buildClaim(header, { ...codingOf(expected), lines: codingOf(expected).lines.map((l) => (l.code === '83036' ? { ...l, pointers: ['A'] } : l)) })],
    ['a header diagnosis', 'invalid-code', buildClaim(header, { ...codingOf(expected), diagnoses: ['I10', 'R73', 'Z23'] })],
  ] as const)('answers %s with %s', (_name, answer, sent) => {
    const result = adjudicate(sent, context);
    expect(result.kind === 'paid' ? 'paid' : result.denial.reason).toBe(answer);
  });

  it('denies a resubmission identical to an earlier claim as a duplicate (CARC 18), and inactive coverage (CARC 27)', () => {
    const duplicate = adjudicate(claim, { ...context, earlierSubmissions: [claim] });
    expect(duplicate.kind === 'denied' && duplicate.denial.carc).toBe('18');
    const inactive = adjudicate(claim, { ...context, truth: { ...expected.truth, status: 'inactive' } });
    expect(inactive.kind === 'denied' && inactive.denial.carc).toBe('27');
  });

  it.each([
    // charge $100 → allowed 70 % = $70
    ['copay only, collected', { copayCents: 2500, deductibleRemainingCents: 0, coinsurancePercent: 0 }, 2500, { allowedCents: 7000, adjustmentCents: 3000, copayCents: 2500, coinsuranceCents: 0, deductibleCents: 0, patientBalanceCents: 0 }],
    ['deductible then 20 % coinsurance', { copayCents: 0, deductibleRemainingCents: 2000, coinsurancePercent: 20 }, 0, { allowedCents: 7000, adjustmentCents: 3000, copayCents: 0, coinsuranceCents: 1000, deductibleCents: 2000, patientBalanceCents: 3000 }],
    ['copay, then a deductible larger than the rest', { copayCents: 2000, deductibleRemainingCents: 10000, coinsurancePercent: 20 }, 2000, { allowedCents: 7000, adjustmentCents: 3000, copayCents: 2000, coinsuranceCents: 0, deductibleCents: 5000, patientBalanceCents: 5000 }],
    ['copay, deductible and coinsurance, nothing collected', { copayCents: 1000, deductibleRemainingCents: 1000, coinsurancePercent: 10 }, 0, { allowedCents: 7000, adjustmentCents: 3000, copayCents: 1000, coinsuranceCents: 500, deductibleCents: 1000, patientBalanceCents: 2500 }],
  ] as const)('posts %s', (_name, terms, collected, posting) => {
    const hundred = { ...claim, lines: [{ ...claim.lines[0]!, chargeCents: 10000 }], totalChargeCents: 10000 };
    expect(expectedPosting(remittanceFor(hundred, 'bluecross-ppo', terms), collected)).toEqual(posting);
  });

  it('compresses the payer’s response days to 10–20 clinic minutes', () => {
    expect([payerResponseMinutes('bluecross-ppo'), payerResponseMinutes('medicaid'), payerResponseMinutes(null)]).toEqual([15, 20, 10]);
  });
});
