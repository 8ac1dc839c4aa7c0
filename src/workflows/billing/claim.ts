/**
 * The claim: the CMS-1500 (02/12) fields the trainee fills or checks, and the claim the
 * visit should produce. `expectedClaim` is a pure function of scenario, patient and chart —
 * the coding from the provider's note (ICD-10-CM on the day's code set, the E/M level by
 * MDM or time, the services done in the clinic that day, modifiers 25 and QW, pointers)
 * and the header as registered — and every billing rule compares the trainee's claim to it.
 *
 * What the clinic bills: the E/M, the specimen collection (36415 once, 36416), the
 * CLIA-waived tests it runs, its procedures, each vaccine the medication workflow gave
 * (product + administration, by age and the provider's counselling), and the ECG the ECG
 * workflow recorded: 93000 when the clinic's provider reads it, 93005 when it is sent out to
 * be read (the reader bills 93010, never the clinic; AAPC, `aapcEcgComponents`).
 * A venous test sent to the reference laboratory is billed by that laboratory, not by us
 * (AAPC, `aapcBloodDrawsOutsideLab`).
 */
import type { EncounterChart } from '../../domain/chart';
import {
  cptEntry,
  type CptCategory,
  emCodeFor,
  type EmCode,
  EM_CODES,
  isPreventiveVisitCode,
  mdmLevel,
  needsQwModifier,
} from '../../reference/cpt-hcpcs';
import { icd10Entry } from '../../reference/icd10cm';
import { PAYER_IDS, type PayerId } from '../../reference/payers';
import { givenAtMedicationStation, type OrderableTest, TESTS, VACCINE_ADMINISTRATION, VENIPUNCTURE_BILLING_RULE } from '../../reference/tests';
import type { CoverageStatus, Scenario, ScenarioPatient } from '../../scenario/scenario.schema';
import { type ClaimCoding, type ClaimLineEntry, DIAGNOSIS_LETTERS, type DiagnosisPointer } from './billing.actions';
import { type PreventiveDecision, preventiveVisitCode } from '../../reference/preventive-visits';
import { dollarsToCents } from '../../domain/money';
import { ageInYears } from '../../reference/iso-date';
import { administrationCodes, vaccineProduct } from '../../reference/immunization';
import { familyFirstName } from '../../domain/patient';
import { clinicEcgCode, ECG_CODES, type EcgInterpretation } from '../../reference/ecg/coding';

/** CMS-1500 box 21: the ICD indicator for ICD-10-CM. */
export const ICD10_INDICATOR = '0';

/** Most diagnoses a CMS-1500 carries (box 21 A–L), pointers per line (24E) and modifiers per line (24D). */
export const CMS1500_LIMITS = { diagnoses: 12, pointersPerLine: 4, modifiersPerLine: 4 } as const;

/** The claim's header: patient, insured and provider data (CMS-1500 boxes 1a–33a). */
export interface ClaimHeader {
  /** Box 2, as "FAMILY, GIVEN M". */
  readonly patientName: string;
  /** Box 3. */
  readonly patientDateOfBirth: string;
  readonly patientSex: ScenarioPatient['sex'];
  readonly payerId: PayerId | null;
  /** Box 1a: the insured's id as registered. */
  readonly memberId: string | null;
  /** Box 11. */
  readonly groupNumber: string | null;
  /** Box 21: always 0 (ICD-10-CM). */
  readonly icdIndicator: typeof ICD10_INDICATOR;
  /** Box 23. */
  readonly priorAuthorizationNumber: string | null;
  /** Box 24A. */
  readonly dateOfService: string;
  /** Box 24B. */
  readonly placeOfService: string;
  /** Box 24J. */
  readonly renderingNpi: string | null;
  /** Box 25. */
  readonly federalTaxId: string;
  /** Box 33a. */
  readonly billingNpi: string | null;
}

/** One service line of the claim as it will be sent (box 24). */
export interface ClaimLine extends ClaimLineEntry {
  /** Our own short description of the code (CPT descriptors are AMA-copyrighted). */
  readonly description: string;
  /** Box 24F: the clinic's charge for the line (fee × units). */
  readonly chargeCents: number;
}

/** A claim as the CMS-1500 shows it. */
export interface Cms1500Claim {
  readonly header: ClaimHeader;
  readonly diagnoses: readonly string[];
  readonly lines: readonly ClaimLine[];
  /** Box 28. */
  readonly totalChargeCents: number;
}

/** Who pays for the visit, as the chart stands. */
export type BillTo = 'payer' | 'patient';

/** The coverage as registered for this visit (from intake, or the scenario's file when intake did not run). */
export interface RegisteredCoverage {
  readonly payerId: PayerId | null;
  readonly memberId: string | null;
  readonly groupNumber: string | null;
  readonly priorAuthorizationNumber: string | null;
  readonly eligibilityStatus: CoverageStatus | null;
  readonly selfPay: boolean;
  readonly copayCollectedCents: number;
}

/** What the payer knows: the member id on the card it issued, and whether the coverage is active. */
export interface PayerTruth {
  readonly payerId: PayerId | null;
  readonly memberId: string | null;
  readonly status: CoverageStatus;
  readonly copayCents: number;
  readonly deductibleRemainingCents: number;
  readonly coinsurancePercent: number;
}

/** An expected line and the diagnoses that justify it (medical necessity). */
export interface ExpectedLine extends ClaimLineEntry {
  readonly justifiedBy: readonly string[];
}

/** The claim the visit should produce. */
export interface ExpectedClaim {
  readonly coding: { readonly diagnoses: readonly string[]; readonly lines: readonly ExpectedLine[] };
  readonly emCode: EmCode | null;
  /** The E/M is supported by the note but bundled into a procedure (not separately identifiable). */
  readonly emBundled: boolean;
  readonly modifier25: boolean;
  /** The preventive visit the note documents and the code it takes (null when the note documents none). */
  readonly preventive: PreventiveDecision | null;
  readonly header: ClaimHeader;
  readonly billTo: BillTo;
  readonly registered: RegisteredCoverage;
  readonly truth: PayerTruth;
  /** What decides the vaccine administration codes: the patient's age on the day, the provider's counselling, the vaccines given. */
  readonly immunization: { readonly ageYears: number; readonly counselled: boolean; readonly vaccines: readonly string[] };
}

function isPayerId(id: string | null | undefined): id is PayerId {
  return id !== null && id !== undefined && (PAYER_IDS as readonly string[]).includes(id);
}

/** The coverage as registered: intake's record, or the scenario's coverage when intake left none. */
export function registeredCoverage(patient: ScenarioPatient, chart: EncounterChart): RegisteredCoverage {
  const registration = chart.registration;
  if (registration) {
    return {
      payerId: isPayerId(registration.payerId) ? registration.payerId : null,
      memberId: registration.memberId,
      groupNumber: registration.groupNumber,
      priorAuthorizationNumber: registration.priorAuthorizationNumber,
      eligibilityStatus: registration.eligibilityStatus,
      selfPay: registration.selfPay,
      copayCollectedCents: dollarsToCents(registration.copayCollected),
    };
  }
  const coverage = patient.coverage;
  return {
    payerId: isPayerId(coverage?.payerId) ? coverage.payerId : null,
    memberId: coverage?.memberId ?? null,
    groupNumber: coverage?.groupNumber ?? null,
    priorAuthorizationNumber: null,
    eligibilityStatus: null,
    selfPay: coverage === undefined,
    copayCollectedCents: 0,
  };
}

/** The payer's side of the coverage: the id on the card and the plan's cost sharing. */
export function payerTruth(patient: ScenarioPatient): PayerTruth {
  const coverage = patient.coverage;
  return {
    payerId: isPayerId(coverage?.payerId) ? coverage.payerId : null,
    memberId: coverage ? (coverage.cardMemberId ?? coverage.memberId) : null,
    status: coverage?.status ?? 'inactive',
    copayCents: dollarsToCents(coverage?.copay ?? 0),
    deductibleRemainingCents: dollarsToCents(coverage?.deductibleRemaining ?? 0),
    coinsurancePercent: coverage?.coinsurancePercent ?? 0,
  };
}

/** Who the visit is billed to: the patient when self-pay, without a payer, or when eligibility came back inactive. */
export function billTo(registered: RegisteredCoverage): BillTo {
  if (registered.selfPay || registered.payerId === null) return 'patient';
  return registered.eligibilityStatus === 'inactive' || registered.eligibilityStatus === 'terminated' ? 'patient' : 'payer';
}

/** The patient's name as box 2 wants it: family name, given name, middle initial. */
export function claimPatientName(patient: ScenarioPatient): string {
  return familyFirstName(patient.name).toUpperCase();
}

/** The claim header as registered: what the practice system puts on the form before the trainee checks it. */
export function registeredHeader(scenario: Scenario, patient: ScenarioPatient, registered: RegisteredCoverage): ClaimHeader {
  const provider = scenario.providers.find((p) => p.id === patient.arrival.providerId);
  return {
    patientName: claimPatientName(patient),
    patientDateOfBirth: patient.dateOfBirth,
    patientSex: patient.sex,
    payerId: registered.payerId,
    memberId: registered.memberId,
    groupNumber: registered.groupNumber,
    icdIndicator: ICD10_INDICATOR,
    priorAuthorizationNumber: registered.priorAuthorizationNumber,
    dateOfService: scenario.day.date,
    placeOfService: scenario.clinic.placeOfService,
    renderingNpi: provider?.npi ?? null,
    federalTaxId: scenario.clinic.taxId,
    billingNpi: scenario.clinic.billingNpi,
  };
}

/** One test (or vaccine) done in the clinic today, with the note's diagnoses it was done for. */
export interface PerformedTest {
  readonly test: OrderableTest;
  readonly justifiedBy: readonly string[];
}

function catalogueTest(testId: string): OrderableTest | undefined {
  return TESTS.find((test) => test.id === testId);
}

function orderJustification(patient: ScenarioPatient, testId: string, test: OrderableTest): string[] {
  const diagnoses = patient.note.diagnoses;
  const order = patient.orders.find((o) => o.testId === testId);
  const named = (order?.diagnoses ?? []).filter((code) => diagnoses.includes(code));
  if (named.length > 0) return named;
  if (test.kind === 'vaccine' && diagnoses.includes(VACCINE_ADMINISTRATION.diagnosis)) return [VACCINE_ADMINISTRATION.diagnosis];
  return [diagnoses[0]!];
}

/**
 * What the lab station did today: the specimen stage's record, or — only when the specimen
 * workflow is off — what the provider's orders say (vaccines apart: the medication workflow
 * gives them). Also whether a venous or capillary puncture was done.
 */
function performedToday(scenario: Scenario, patient: ScenarioPatient, chart: EncounterChart): { tests: PerformedTest[]; venipuncture: boolean; capillary: boolean } {
  const procedures = chart.procedures;
  let testIds: string[];
  if (procedures) testIds = procedures.services.filter((service) => service.performed).map((service) => service.testId);
  else if (!scenario.workflows.specimen) testIds = patient.orders.map((order) => order.testId);
  else testIds = [];
  const tests: PerformedTest[] = [];
  // The ECG is the ECG workflow's (`ecgRecordedToday`), billed by who reads it, not from the catalogue's code.
  for (const testId of testIds.filter((id) => id !== ECG_TEST_ID)) {
    const test = catalogueTest(testId);
    if (test && !givenAtMedicationStation(test.kind)) tests.push({ test, justifiedBy: orderJustification(patient, testId, test) });
  }
  const venipuncture = procedures ? procedures.venipuncture : tests.some(({ test }) => test.collectionCode === '36415');
  const capillary = procedures ? procedures.capillaryPuncture : tests.some(({ test }) => test.collectionCode === '36416');
  return { tests, venipuncture, capillary };
}

/**
 * The vaccines given today: the medication workflow's record (a vaccine whose order went back
 * to the provider was not given and is not billed), or — only when that workflow is off —
 * the vaccines the provider ordered.
 */
export function vaccinesGivenToday(scenario: Scenario, patient: ScenarioPatient, chart: EncounterChart): PerformedTest[] {
  const record = chart.medication;
  let testIds: string[];
  if (record) testIds = record.vaccines.filter((vaccine) => vaccine.given).map((vaccine) => vaccine.testId);
  else if (!scenario.workflows.medication) testIds = patient.orders.map((order) => order.testId);
  else testIds = [];
  const given: PerformedTest[] = [];
  for (const testId of new Set(testIds)) {
    const test = catalogueTest(testId);
    if (test?.kind === 'vaccine') given.push({ test, justifiedBy: orderJustification(patient, testId, test) });
  }
  return given;
}

/** The catalogue id of the 12-lead ECG. */
export const ECG_TEST_ID = 'ecg';

/** An ECG the clinic recorded today: who reads it, the code the clinic bills for it and the note's diagnoses it was done for. */
export interface RecordedEcg {
  readonly interpretation: EcgInterpretation;
  readonly code: '93000' | '93005';
  readonly justifiedBy: readonly string[];
}

/**
 * The ECG recorded today: the ECG workflow's record (a tracing that never reached the
 * provider was not recorded and is not billed), or — only when that workflow is off — the
 * provider's ECG order as written. Null when no ECG was recorded.
 */
export function ecgRecordedToday(scenario: Scenario, patient: ScenarioPatient, chart: EncounterChart): RecordedEcg | null {
  const order = patient.orders.find((o) => o.testId === ECG_TEST_ID);
  const test = catalogueTest(ECG_TEST_ID);
  if (!order || !test) return null;
  const record = chart.ecg;
  let interpretation: EcgInterpretation;
  if (record) {
    if (!record.recorded) return null;
    interpretation = record.interpretation;
  } else if (!scenario.workflows.ecg) interpretation = order.ecg?.interpretation ?? 'in-house';
  else return null;
  return { interpretation, code: clinicEcgCode(interpretation), justifiedBy: orderJustification(patient, ECG_TEST_ID, test) };
}

/** True for the routine 12-lead ECG codes (93000 whole service, 93005 tracing only, 93010 interpretation only). */
export function isEcgCode(code: string): boolean {
  return (ECG_CODES as readonly string[]).includes(code.trim().toUpperCase());
}

/**
 * The tuberculin skin tests placed today at the medication station: billed by their own code
 * (86580) and, not being vaccines, with no administration code. From the medication record,
 * or — only when that workflow is off — the orders.
 */
export function skinTestsPlacedToday(scenario: Scenario, patient: ScenarioPatient, chart: EncounterChart): PerformedTest[] {
  const record = chart.medication;
  let testIds: string[];
  if (record) testIds = record.vaccines.filter((entry) => entry.given).map((entry) => entry.testId);
  else if (!scenario.workflows.medication) testIds = patient.orders.map((order) => order.testId);
  else testIds = [];
  const placed: PerformedTest[] = [];
  for (const testId of new Set(testIds)) {
    const test = catalogueTest(testId);
    if (test?.kind === 'skin-test') placed.push({ test, justifiedBy: orderJustification(patient, testId, test) });
  }
  return placed;
}

/**
 * The administration lines for the vaccines given (AMA CPT through the reference's
 * `administrationCodes`): under 19 with the provider's face-to-face counselling, 90460 per
 * vaccine and 90461 per additional component; otherwise 90471 and 90472 per additional
 * injection; for Medicare its own codes (G0008 influenza, G0009 pneumococcal, G0010
 * hepatitis B). Each line points at the diagnoses of the vaccines it stands for (Z23).
 */
export function administrationLines(scenario: Scenario, patient: ScenarioPatient, vaccines: readonly PerformedTest[], medicare: boolean, diagnoses: readonly string[]): ExpectedLine[] {
  if (vaccines.length === 0) return [];
  const byId = new Map(vaccines.map((vaccine) => [vaccine.test.id, vaccine]));
  const codes = administrationCodes({
    ageYears: ageInYears(patient.dateOfBirth, scenario.day.date),
    counselledByProvider: patient.note.vaccineCounseling === true,
    medicare,
    vaccines: vaccines.map(({ test }) => {
      const product = vaccineProduct(test.id);
      // A catalogue vaccine without a product row counts as one injected component.
      return { testId: test.id, components: product?.components ?? 1, route: product?.route ?? 'intramuscular' };
    }),
  });
  return codes.map((administration) => {
    const justifiedBy = union(administration.testIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!.justifiedBy] : [])), diagnoses);
    return line(administration.code, justifiedBy, diagnoses, { units: administration.units });
  });
}

/** Whether the clinic bills the test itself: what it runs under its waiver, its procedures and its vaccines. */
function billedByClinic(test: OrderableTest): boolean {
  return test.cliaWaivedPointOfCare || test.kind === 'procedure' || test.kind === 'vaccine' || test.kind === 'skin-test';
}

function union(lists: readonly (readonly string[])[], order: readonly string[]): string[] {
  const all = new Set(lists.flat());
  return order.filter((code) => all.has(code));
}

function category(code: string): CptCategory | undefined {
  return cptEntry(code)?.category;
}

/** True for the CPT preventive medicine codes 99381–99397 (not the Medicare wellness G-codes). */
function isCptPreventive(code: string): boolean {
  return cptEntry(code)?.preventive?.kind === 'preventive-medicine';
}

/**
 * Whether a line bundles a visit line (an office E/M or a preventive visit) on the same claim,
 * so that the visit needs modifier 25 to be paid. Procedures bundle an office E/M, and so
 * does a preventive visit (a problem addressed at a preventive visit is billed as an office
 * E/M with 25, AMA CPT); immunization administration bundles an office E/M and a CPT
 * preventive medicine visit (NCCI, 2013), except Medicare's flu administration G0008, which
 * bundles only 99211. Whether the edits pair vaccine administration with the Medicare
 * wellness codes was not verified, so they are not bundled here. An ECG bundles no visit:
 * HCFA suspended the 2000 edits that bundled office visits into diagnostic tests with XXX
 * global days (AAPC Cardiology Coding Alert, `aapcEmDiagnosticTestEditsSuspended`), so the
 * visit beside an ECG takes no modifier 25.
 */
export function bundlesEm(code: string, visitCode: string): boolean {
  // The ECG is a diagnostic test (global period XXX): CMS suspended the edits that bundled the visit into such tests (2001).
  if (isEcgCode(code)) return false;
  const kind = category(code);
  if (kind === 'procedure' || kind === 'preventive-visit') return isEmCode(visitCode);
  if (kind !== 'immunization-administration') return false;
  if (code === VACCINE_ADMINISTRATION.medicareInfluenza) return visitCode === '99211';
  return isEmCode(visitCode) || isCptPreventive(visitCode);
}

/** True for the office E/M codes. */
export function isEmCode(code: string): code is EmCode {
  return (EM_CODES as readonly string[]).includes(code);
}

/** True for a visit line: an office E/M or a preventive visit (the lines modifier 25 may go on). */
export function isVisitCode(code: string): boolean {
  return isEmCode(code) || isPreventiveVisitCode(code);
}

/** Whether two visit codes are of one kind (both office E/M, or both preventive visits), so one stands for the other. */
export function sameVisitKind(a: string, b: string): boolean {
  return (isEmCode(a) && isEmCode(b)) || (isPreventiveVisitCode(a) && isPreventiveVisitCode(b));
}

/** The note's general-examination diagnoses (Z00.-), which a preventive visit line points at first. */
function examinationDiagnoses(diagnoses: readonly string[]): string[] {
  return diagnoses.filter((code) => code.startsWith('Z00'));
}

function pointersFor(justifiedBy: readonly string[], diagnoses: readonly string[]): DiagnosisPointer[] {
  return justifiedBy
    .map((code) => DIAGNOSIS_LETTERS[diagnoses.indexOf(code)])
    .filter((letter): letter is DiagnosisPointer => letter !== undefined)
    .slice(0, CMS1500_LIMITS.pointersPerLine);
}

function line(code: string, justifiedBy: readonly string[], diagnoses: readonly string[], options: { modifiers?: string[]; units?: number } = {}): ExpectedLine {
  return { code, modifiers: options.modifiers ?? [], pointers: pointersFor(justifiedBy, diagnoses), units: options.units ?? 1, justifiedBy };
}

/** The E/M code the note supports (MDM 2 of 3, or total time), or null when it supports none. */
export function noteEmCode(patient: ScenarioPatient): EmCode | null {
  const note = patient.note;
  return emCodeFor({
    patientStatus: patient.newPatient ? 'new' : 'established',
    ...(note.medicalDecisionMaking ? { mdmLevel: mdmLevel(note.medicalDecisionMaking) } : {}),
    ...(note.totalMinutes === undefined ? {} : { totalMinutes: note.totalMinutes }),
  });
}

/** The claim this visit should produce, from the note, the chart and the reference. */
export function expectedClaim(scenario: Scenario, patient: ScenarioPatient, chart: EncounterChart): ExpectedClaim {
  const diagnoses = patient.note.diagnoses.slice(0, CMS1500_LIMITS.diagnoses);
  const registered = registeredCoverage(patient, chart);
  const truth = payerTruth(patient);
  const medicare = registered.payerId === 'medicare-b';
  const performed = performedToday(scenario, patient, chart);
  const vaccines = vaccinesGivenToday(scenario, patient, chart);
  const skinTests = skinTestsPlacedToday(scenario, patient, chart);
  const serviceLines: ExpectedLine[] = [];

  if (performed.venipuncture) {
    const venous = performed.tests.filter(({ test }) => test.collectionCode === '36415').map(({ justifiedBy }) => justifiedBy);
    serviceLines.push(line(VENIPUNCTURE_BILLING_RULE.code, union(venous.length > 0 ? venous : [[diagnoses[0]!]], diagnoses), diagnoses));
  }
  if (performed.capillary) {
    const capillary = performed.tests.filter(({ test }) => test.collectionCode === '36416').map(({ justifiedBy }) => justifiedBy);
    serviceLines.push(line('36416', union(capillary.length > 0 ? capillary : [[diagnoses[0]!]], diagnoses), diagnoses));
  }
  for (const done of [...performed.tests, ...vaccines, ...skinTests]) {
    if (!billedByClinic(done.test)) continue;
    for (const billed of done.test.codes) {
      const modifiers = needsQwModifier(billed.code, { performedUnderWaiver: done.test.cliaWaivedPointOfCare }) ? ['QW'] : [];
      serviceLines.push(line(billed.code, done.justifiedBy, diagnoses, { modifiers }));
    }
  }
  const ecg = ecgRecordedToday(scenario, patient, chart);
  if (ecg) serviceLines.push(line(ecg.code, ecg.justifiedBy, diagnoses));
  serviceLines.push(...administrationLines(scenario, patient, vaccines, medicare, diagnoses));

  const preventive = patient.note.preventiveVisit === true ? preventiveVisitCode(patient, scenario.day.date, medicare) : null;
  const preventiveLines: ExpectedLine[] = [];
  if (preventive?.code) {
    const preventiveCode = preventive.code;
    // A preventive visit is separately identifiable by its nature: bundled by a vaccine's administration, it takes 25.
    const bundled = serviceLines.some((service) => bundlesEm(service.code, preventiveCode));
    const exams = examinationDiagnoses(diagnoses);
    preventiveLines.push(line(preventiveCode, exams.length > 0 ? exams : diagnoses, diagnoses, { modifiers: bundled ? ['25'] : [] }));
  }

  const emCode = noteEmCode(patient);
  const bundling = emCode !== null && [...preventiveLines, ...serviceLines].some((service) => bundlesEm(service.code, emCode));
  const separatelyIdentifiable = patient.note.separatelyIdentifiable;
  const emBilled = emCode !== null && (!bundling || separatelyIdentifiable);
  const lines: ExpectedLine[] = [];
  if (emBilled) {
    // The E/M points at the problems addressed; Z23 belongs to the vaccine lines, Z00.- to the preventive visit.
    const problems = diagnoses.filter((code) => code !== VACCINE_ADMINISTRATION.diagnosis && !(preventiveLines.length > 0 && code.startsWith('Z00')));
    lines.push(line(emCode, problems.length > 0 ? problems : diagnoses, diagnoses, { modifiers: bundling ? ['25'] : [] }));
  }
  lines.push(...preventiveLines, ...serviceLines);
  return {
    coding: { diagnoses, lines },
    emCode: emBilled ? emCode : null,
    emBundled: emCode !== null && !emBilled,
    modifier25: emBilled && bundling,
    preventive,
    header: { ...registeredHeader(scenario, patient, registered), memberId: truth.payerId === registered.payerId ? (truth.memberId ?? registered.memberId) : registered.memberId },
    billTo: billTo(registered),
    registered,
    truth,
    immunization: { ageYears: ageInYears(patient.dateOfBirth, scenario.day.date), counselled: patient.note.vaccineCounseling === true, vaccines: vaccines.map(({ test }) => test.id) },
  };
}

/** The trainee's coding as plain coding (pointers and all), without the expected claim's extras. */
export function codingOf(expected: ExpectedClaim): ClaimCoding {
  return {
    diagnoses: expected.coding.diagnoses,
    lines: expected.coding.lines.map(({ code, modifiers, pointers, units }) => ({ code, modifiers, pointers, units })),
  };
}

/** Builds the CMS-1500 from a header and the trainee's coding: descriptions and charges from the reference. */
export function buildClaim(header: ClaimHeader, coding: ClaimCoding): Cms1500Claim {
  const lines: ClaimLine[] = coding.lines.map((entry) => {
    const code = entry.code.trim().toUpperCase();
    const reference = cptEntry(code);
    const units = Math.max(1, Math.floor(entry.units));
    return {
      code,
      modifiers: entry.modifiers.map((modifier) => modifier.trim().toUpperCase()),
      pointers: entry.pointers,
      units,
      description: reference?.shortDescription ?? 'Code not in the practice’s code list',
      chargeCents: (reference?.chargeCents ?? 0) * units,
    };
  });
  return {
    header,
    diagnoses: coding.diagnoses.map((code) => code.trim().toUpperCase()),
    lines,
    totalChargeCents: lines.reduce((sum, l) => sum + l.chargeCents, 0),
  };
}

/** The diagnosis codes a line points at. */
export function pointedDiagnoses(claim: { diagnoses: readonly string[] }, entry: ClaimLineEntry): string[] {
  return entry.pointers.map((letter) => claim.diagnoses[DIAGNOSIS_LETTERS.indexOf(letter)]).filter((code): code is string => code !== undefined);
}

/** True when two codings are the same claim content. */
export function sameCoding(a: ClaimCoding, b: ClaimCoding): boolean {
  return JSON.stringify(normalizedCoding(a)) === JSON.stringify(normalizedCoding(b));
}

function normalizedCoding(coding: ClaimCoding): ClaimCoding {
  return {
    diagnoses: coding.diagnoses.map((code) => code.trim().toUpperCase()),
    lines: coding.lines.map((entry) => ({
      code: entry.code.trim().toUpperCase(),
      modifiers: entry.modifiers.map((modifier) => modifier.trim().toUpperCase()).toSorted(),
      pointers: [...entry.pointers],
      units: entry.units,
    })),
  };
}

/** The ICD-10-CM title of a code on a date, for messages. */
export function diagnosisTitle(code: string, date: string): string {
  const entry = icd10Entry(code, date) ?? icd10Entry(code);
  return entry ? `${code} (${entry.description})` : code;
}
