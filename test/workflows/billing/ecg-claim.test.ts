/**
 * The ECG on the expected claim and the `billing.ecg-code` rule: the clinic bills 93000 when
 * its provider reads the tracing and 93005 when it is sent out to be read (AAPC Primary Care
 * Coding Alert, `aapcEcgComponents`), from the ECG workflow's record; the reader's 93010 is
 * never the clinic's; and an ECG bundles no office visit, so the visit beside it is billed
 * without modifier 25 (the 2001 suspension of the E/M–diagnostic test edits,
 * `aapcEmDiagnosticTestEditsSuspended`).
 */
import { describe, expect, it } from 'vitest';
import type { EcgRecord, EncounterChart } from '../../../src/domain/chart';
import type { ClaimCoding } from '../../../src/workflows/billing/billing.actions';
import { sentOutEcgSlip } from '../../../src/workflows/billing/billing.player';
import { checkEcgCode, checkModifier25 } from '../../../src/workflows/billing/billing.rules';
import { bundlesEm, codingOf, ecgRecordedToday, expectedClaim } from '../../../src/workflows/billing/claim';
import { priorAuthorizationCodes } from '../../../src/workflows/intake/patient-at-desk';
import { billedCodesOf } from '../../../src/reference/tests';
import { defaultScenarioReference } from '../../../src/scenario/scenario-checks';
import { bundledLibrary } from '../../support/bundled-library';
import { billingDay, billingPatient, registration } from './billing-support';

const DAY = '2026-03-10';

function record(overrides: Partial<EcgRecord> = {}): EcgRecord {
  return { recorded: true, handedOver: 'routine', artefactsOnFinal: [], interpretation: 'in-house', ...overrides };
}

/** A hypertension visit (99214 by moderate MDM) with an ECG order read here or sent out. */
function ecgDay(interpretation: 'in-house' | 'sent-out' = 'in-house', workflowOn = true) {
  return billingDay(
    billingPatient({
      name: { given: 'Walter', family: 'Kim' },
      orders: [{ testId: 'ecg', diagnoses: ['I10'], ecg: { interpretation } }],
      note: { diagnoses: ['I10', 'E78.5'], assessment: 'Hypertension not at goal; ECG for left ventricular hypertrophy. Hyperlipidemia stable.', medicalDecisionMaking: { problems: 'moderate', data: 'low', risk: 'moderate' } },
    }),
    { workflows: { intake: true, vitals: true, specimen: false, medication: false, ecg: workflowOn, scheduling: true, billing: true } },
  );
}

function lines(day: ReturnType<typeof ecgDay>, chart: EncounterChart): string[] {
  return expectedClaim(day, day.patients[0]!, chart).coding.lines.map((l) => `${l.code}${l.modifiers.length > 0 ? `-${l.modifiers.join('-')}` : ''}:${l.pointers.join('')}`);
}

describe('the expected claim for an ECG', () => {
  it('bills 93000 beside the visit, without modifier 25, when the clinic’s provider reads the tracing', () => {
    const day = ecgDay();
    expect(day.day.date).toBe(DAY);
    expect(lines(day, { registration: registration(), ecg: record() })).toEqual(['99214:AB', '93000:A']);
  });

  it('bills 93005, the tracing only, when the tracing is sent out to be read', () => {
    expect(lines(ecgDay('sent-out'), { registration: registration(), ecg: record({ interpretation: 'sent-out' }) })).toEqual(['99214:AB', '93005:A']);
  });

  it('bills no ECG when the tracing never reached the provider', () => {
    expect(lines(ecgDay(), { registration: registration(), ecg: record({ recorded: false, handedOver: null }) })).toEqual(['99214:AB']);
  });

  it('bills no ECG from the order when the ECG workflow is on and recorded nothing', () => {
    expect(lines(ecgDay(), { registration: registration() })).toEqual(['99214:AB']);
  });

  it('bills the ordered ECG by its interpretation when the ECG workflow is switched off', () => {
    expect(lines(ecgDay('sent-out', false), { registration: registration() })).toEqual(['99214:AB', '93005:A']);
    expect(ecgRecordedToday(ecgDay('in-house', false), ecgDay('in-house', false).patients[0]!, {})).toMatchObject({ interpretation: 'in-house', code: '93000', justifiedBy: ['I10'] });
  });

  it('no longer bills the ECG from the lab station’s procedures', () => {
    const chart: EncounterChart = { registration: registration(), procedures: { services: [{ testId: 'ecg', performed: true, result: null }], venipuncture: false, capillaryPuncture: false, redraws: 0 } };
    expect(lines(ecgDay(), chart)).toEqual(['99214:AB']);
  });

  it('lets no ECG code bundle an office visit, while a procedure still does', () => {
    expect(['93000', '93005', '93010'].map((code) => bundlesEm(code, '99214'))).toEqual([false, false, false]);
    expect(bundlesEm('94760', '99214')).toBe(true);
  });
});

/** What the coding rules see for Walter Kim's ECG visit, with the expert's coding unless another is given. */
function facts(interpretation: 'in-house' | 'sent-out', coding?: ClaimCoding) {
  const day = ecgDay(interpretation);
  const expected = expectedClaim(day, day.patients[0]!, { registration: registration(), ecg: record({ interpretation }) });
  return { patientId: 'pat', patientName: 'Walter Kim', minute: 600, date: DAY, coding: coding ?? codingOf(expected), expected };
}

/** The coding with its ECG lines replaced by `codes`. */
function withEcg(right: ClaimCoding, ...codes: string[]): ClaimCoding {
  const others = right.lines.filter((l) => !['93000', '93005', '93010'].includes(l.code));
  return { ...right, lines: [...others, ...codes.map((code) => ({ code, modifiers: [], pointers: ['A' as const], units: 1 }))] };
}

describe('billing.ecg-code', () => {

  it.each(['in-house', 'sent-out'] as const)('passes the code of who reads the tracing (%s)', (interpretation) => {
    expect(checkEcgCode(facts(interpretation))?.passed).toBe(true);
  });

  it.each([
    ['93000 for a tracing sent out to be read', 'sent-out', ['93000'], '93000 bills the interpretation as well, but this tracing was sent out to be read: the clinic made the tracing only (93005)'],
    ['the reader’s 93010 beside the tracing', 'sent-out', ['93005', '93010'], '93010 is the interpretation and report, which the physician who reads the tracing bills, never the clinic that recorded it'],
    ['93005 for a tracing the clinic’s provider read', 'in-house', ['93005'], '93005 bills the tracing only, but the clinic’s provider read this tracing and wrote the report: the whole service is 93000'],
    ['no ECG line at all', 'in-house', [], 'the ECG recorded today is not billed (93000)'],
    ['the ECG twice', 'in-house', ['93000', '93000'], 'the ECG is billed more than once (93000, 93000)'],
  ] as const)('catches %s and says why', (_, interpretation, codes, problem) => {
    const right = facts(interpretation);
    const check = checkEcgCode({ ...right, coding: withEcg(right.coding, ...codes) });
    expect(check?.passed).toBe(false);
    expect(check?.finding?.message).toBe(`Walter Kim's claim: ${problem}.`);
    expect(check?.finding?.remedy).toContain('leave 93010 to the reader');
  });

  it('catches an ECG billed when none was recorded', () => {
    const day = ecgDay();
    const expected = expectedClaim(day, day.patients[0]!, { registration: registration(), ecg: record({ recorded: false, handedOver: null }) });
    const check = checkEcgCode({ patientId: 'pat', patientName: 'Walter Kim', minute: 600, date: DAY, coding: withEcg(codingOf(expected), '93000'), expected });
    expect(check?.finding?.message).toBe("Walter Kim's claim: no ECG was recorded today, yet the claim bills 93000.");
  });

  it('judges nothing on a claim with no ECG', () => {
    const day = billingDay();
    const expected = expectedClaim(day, day.patients[0]!, { registration: registration() });
    expect(checkEcgCode({ patientId: 'pat', patientName: 'Testpat Patient', minute: 600, date: DAY, coding: codingOf(expected), expected })).toBeNull();
  });

  it('scores modifier 25 on the visit beside an ECG as misplaced', () => {
    const right = facts('in-house');
    const coding: ClaimCoding = { ...right.coding, lines: right.coding.lines.map((l) => (l.code === '99214' ? { ...l, modifiers: ['25'] } : l)) };
    expect(checkModifier25({ ...right, coding })?.finding?.message).toBe("Walter Kim's claim: modifier 25 is on 99214, but no procedure on this claim calls for it.");
  });
});

describe('the novice’s slip on a tracing sent out to be read', () => {
  const coding: ClaimCoding = { diagnoses: ['I10'], lines: [{ code: '99213', modifiers: [], pointers: ['A'], units: 1 }, { code: '93005', modifiers: [], pointers: ['A'], units: 1 }] };

  it('bills the whole service instead of the tracing', () => {
    expect(sentOutEcgSlip(coding, true).lines.map((l) => l.code)).toEqual(['99213', '93000']);
  });

  it('adds the reader’s interpretation beside the tracing', () => {
    expect(sentOutEcgSlip(coding, false).lines.map((l) => l.code)).toEqual(['99213', '93005', '93010']);
  });
});

describe('the prior-authorisation traps on an ECG', () => {
  const library = bundledLibrary();

  it.each([
    ['billing-day', 'walter-kim'],
    ['front-desk-trouble', 'harold-jefferson'],
  ])('%s: %s’s HMO authorises in advance the code his claim bills for the ECG, as the trap names it', (scenarioId, patientId) => {
    const scenario = library.find((s) => s.id === scenarioId)!;
    const patient = scenario.patients.find((p) => p.id === patientId)!;
    const trap = scenario.traps.find((t) => t.kind === 'missing-authorization' && t.patientId === patientId)!;
    const claim = expectedClaim(scenario, patient, { ecg: record() });
    const ecgLine = claim.coding.lines.find((l) => ['93000', '93005'].includes(l.code))!;
    expect(priorAuthorizationCodes(patient)).toEqual([ecgLine.code]);
    expect(trap.note).toContain(ecgLine.code);
  });
});

describe('the prior-authorisation check reads the code the ECG’s claim carries', () => {
  const hmoPatient = (interpretation: 'in-house' | 'sent-out') => ({
    ...ecgDay(interpretation).patients[0]!,
    coverage: { ...ecgDay(interpretation).patients[0]!.coverage!, payerId: 'aetna-hmo' as const, planType: 'hmo' as const, status: 'active' as const },
  });

  it('bills an ECG read here as 93000 and one sent out to be read as 93005, whatever the catalogue lists', () => {
    expect(billedCodesOf({ testId: 'ecg', ecg: { interpretation: 'in-house' } })).toEqual(['93000']);
    expect(billedCodesOf({ testId: 'ecg', ecg: { interpretation: 'sent-out' } })).toEqual(['93005']);
    expect(billedCodesOf({ testId: 'ecg' })).toEqual(['93000']);
    expect(billedCodesOf({ testId: 'lipid-panel' })).toEqual(['80061']);
  });

  it('asks the HMO that authorises 93000 in advance for a tracing read here, and not for one sent out (93005)', () => {
    expect(priorAuthorizationCodes(hmoPatient('in-house'))).toEqual(['93000']);
    expect(priorAuthorizationCodes(hmoPatient('sent-out'))).toEqual([]);
  });

  it('the scenario checker asks the same question of the same codes', () => {
    expect(defaultScenarioReference.needsAuthorization('aetna-hmo', { orders: [{ testId: 'ecg', ecg: { interpretation: 'in-house' } }], planType: 'hmo' })).toBe(true);
    expect(defaultScenarioReference.needsAuthorization('aetna-hmo', { orders: [{ testId: 'ecg', ecg: { interpretation: 'sent-out' } }], planType: 'hmo' })).toBe(false);
  });
});
