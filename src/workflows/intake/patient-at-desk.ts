/**
 * The patient at the front desk and the payer's eligibility service, answering from the
 * scenario's ground truth: what the patient states when asked (`statesAtCheckIn` overrides
 * the chart), what changed since the last visit, what the insurance card shows, and what a
 * 270/271 eligibility inquiry returns for the member id the trainee entered.
 *
 * The screen shows these answers to the trainee; the scripted trainees read them too.
 */
import { PAYERS } from '../../reference/payers';
import { TESTS } from '../../reference/tests';
import type { InactiveCoverageChoice, PlanType, Scenario, ScenarioPatient } from '../../scenario/scenario.schema';
import type { AddressEntry, IdentityQuestion, QuestionStyle } from './intake.actions';

/** A person's name as spoken: given, middle and family name. */
export function fullName(name: ScenarioPatient['name']): string {
  return [name.given, name.middle, name.family].filter((part) => part !== undefined).join(' ');
}

/** The name the patient states at the desk. */
export function statedName(patient: ScenarioPatient): ScenarioPatient['name'] {
  return patient.statesAtCheckIn?.name ?? patient.name;
}

/** The date of birth the patient states at the desk. */
export function statedDateOfBirth(patient: ScenarioPatient): string {
  return patient.statesAtCheckIn?.dateOfBirth ?? patient.dateOfBirth;
}

/** The patient's address today (a changed address if they moved). */
export function currentAddress(patient: ScenarioPatient): AddressEntry {
  return patient.changedSinceLastVisit?.address ?? patient.address;
}

/** The patient's phone number today. */
export function currentPhone(patient: ScenarioPatient): string {
  return patient.changedSinceLastVisit?.phone ?? patient.phone;
}

/**
 * What the patient answers. A yes/no prompt gets "yes" whatever the truth (people agree
 * with the name or date they hear, especially when anxious or hard of hearing), so it
 * proves nothing.
 */
export function answerTo(patient: ScenarioPatient, question: IdentityQuestion, style: QuestionStyle): string {
  if (style === 'yes-no') return 'yes';
  switch (question) {
    case 'full-name':
      return fullName(statedName(patient));
    case 'date-of-birth':
      return statedDateOfBirth(patient);
    case 'phone':
      return currentPhone(patient);
    case 'appointment-time':
      return patient.arrival.time;
  }
}

/** Names compare without case, accents, punctuation or extra spaces. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** True when a name as spoken is the chart's name, with or without the middle name. */
export function nameMatchesChart(spoken: string, chart: ScenarioPatient['name']): boolean {
  const heard = normalizeName(spoken);
  return heard === normalizeName(fullName(chart)) || heard === normalizeName(`${chart.given} ${chart.family}`);
}

/** The identifiers the patient will state differently from the chart (an identity trap). */
export function plantedMismatches(patient: ScenarioPatient): ('full-name' | 'date-of-birth')[] {
  const mismatches: ('full-name' | 'date-of-birth')[] = [];
  if (!nameMatchesChart(fullName(statedName(patient)), patient.name)) mismatches.push('full-name');
  if (statedDateOfBirth(patient) !== patient.dateOfBirth) mismatches.push('date-of-birth');
  return mismatches;
}

/** A name's given and family parts as they compare. */
function nameKey(name: ScenarioPatient['name']): string {
  return `${normalizeName(name.given)} ${normalizeName(name.family)}`;
}

/** Each scenario's patients by `nameKey`, in schedule order: built once per scenario, not per check-in. */
const patientsByName = new WeakMap<Scenario, ReadonlyMap<string, readonly ScenarioPatient[]>>();

function patientsNamed(scenario: Scenario, name: ScenarioPatient['name']): readonly ScenarioPatient[] {
  let byName = patientsByName.get(scenario);
  if (!byName) {
    const groups = new Map<string, ScenarioPatient[]>();
    for (const patient of scenario.patients) {
      const key = nameKey(patient.name);
      const group = groups.get(key);
      if (group) group.push(patient);
      else groups.set(key, [patient]);
    }
    byName = groups;
    patientsByName.set(scenario, byName);
  }
  return byName.get(nameKey(name)) ?? [];
}

/** Other patients on today's schedule with the same given and family name. */
export function namesakes(scenario: Scenario, patient: ScenarioPatient): ScenarioPatient[] {
  return patientsNamed(scenario, patient.name).filter((other) => other.id !== patient.id);
}

/** What the insurance card in the patient's hand shows, or null for a patient without insurance. */
export interface InsuranceCard {
  readonly payerId: string;
  readonly memberId: string;
  readonly groupNumber: string | null;
  readonly planType: PlanType;
  readonly copay: number;
}

/** The card the patient hands over (a new card's member id where it differs from the chart). */
export function insuranceCard(patient: ScenarioPatient): InsuranceCard | null {
  const coverage = patient.coverage;
  if (!coverage) return null;
  return { payerId: coverage.payerId, memberId: coverage.cardMemberId ?? coverage.memberId, groupNumber: coverage.groupNumber ?? null, planType: coverage.planType, copay: coverage.copay };
}

/** A 270/271 eligibility response. */
export type EligibilityResponse =
  | { readonly found: false; readonly memberId: string }
  | {
      readonly found: true;
      readonly memberId: string;
      readonly status: 'active' | 'inactive' | 'terminated';
      readonly planType: PlanType;
      readonly copay: number;
      readonly deductibleRemaining: number;
      readonly coinsurancePercent: number;
    };

/** What the payer answers for the member id the trainee entered: the payer knows the card's id. */
export function eligibilityResponse(patient: ScenarioPatient, entered: { readonly payerId: string; readonly memberId: string }): EligibilityResponse {
  const coverage = patient.coverage;
  const card = insuranceCard(patient);
  if (!coverage || !card || card.payerId !== entered.payerId || card.memberId !== entered.memberId) return { found: false, memberId: entered.memberId };
  return {
    found: true,
    memberId: entered.memberId,
    status: coverage.status,
    planType: coverage.planType,
    copay: coverage.copay,
    deductibleRemaining: coverage.deductibleRemaining,
    coinsurancePercent: coverage.coinsurancePercent,
  };
}

/**
 * The CPT codes of this visit's orders that the patient's payer authorises in advance
 * (`reference/payers.ts`; the orders are on the schedule before the visit).
 */
export function priorAuthorizationCodes(patient: ScenarioPatient): string[] {
  const coverage = patient.coverage;
  const payer = coverage && PAYERS.find((p) => p.id === coverage.payerId);
  if (!coverage || !payer || coverage.status !== 'active') return [];
  const codes = patient.orders.flatMap((order) => TESTS.find((test) => test.id === order.testId)?.codes.map((code) => code.code) ?? []);
  return [...new Set(codes.filter((code) => payer.priorAuthorizationCodes.includes(code)))];
}

/** The forms this clinic (synthetic policy) has signed at a visit: new patients all three, established patients the yearly two. */
export function formsRequired(patient: ScenarioPatient): ('privacy-notice' | 'consent-to-treat' | 'financial-policy')[] {
  return patient.newPatient ? ['privacy-notice', 'consent-to-treat', 'financial-policy'] : ['consent-to-treat', 'financial-policy'];
}

/** What the patient chooses when told the coverage is not active (the scenario's `coverage.inactiveChoice`; self-pay when unset). */
export function inactiveCoverageChoice(patient: ScenarioPatient): InactiveCoverageChoice {
  return patient.coverage?.inactiveChoice ?? 'self-pay';
}

/** What the patient says when told, privately, that the plan shows as not active. */
export function replyToInactiveCoverage(patient: ScenarioPatient): string {
  return inactiveCoverageChoice(patient) === 'reschedule'
    ? 'Oh no. Then I’d rather not pay for this myself — can I come back once my insurance is sorted out?'
    : 'Oh no. I still want to be seen today, so I’ll pay for the visit myself.';
}
