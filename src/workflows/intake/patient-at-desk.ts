/**
 * The patient at the front desk and the payer's eligibility service, answering from the
 * scenario's ground truth: what the patient states when asked (`statesAtCheckIn` overrides
 * the chart), what changed since the last visit, what the insurance card shows, and what a
 * 270/271 eligibility inquiry returns for the member id the trainee entered.
 *
 * The screen shows these answers to the trainee; the scripted trainees read them too.
 */
import { findPayer } from '../../reference/payers';
import { billedCodesOf } from '../../reference/tests';
import type { InactiveCoverageChoice, PlanType, Scenario, ScenarioPatient } from '../../scenario/scenario.schema';
import { normalizeName, type Respondent } from '../shared/patient-identity';
import type { AddressEntry, DemographicsQuestion, IdentityQuestion, NameEntry, QuestionStyle } from './intake.actions';
import { fullName } from '../../domain/patient';

/** The name the patient states at the desk. */
export function statedName(patient: ScenarioPatient): ScenarioPatient['name'] {
  return patient.statesAtCheckIn?.name ?? patient.name;
}

/** The date of birth the patient states at the desk. */
export function statedDateOfBirth(patient: ScenarioPatient): string {
  return patient.statesAtCheckIn?.dateOfBirth ?? patient.dateOfBirth;
}

/** What the photo ID the patient hands over reads: their stated identity unless the scenario says the ID differs. */
export function photoIdIdentity(patient: ScenarioPatient): { readonly name: ScenarioPatient['name']; readonly dateOfBirth: string } {
  return { name: patient.photoId?.name ?? statedName(patient), dateOfBirth: patient.photoId?.dateOfBirth ?? statedDateOfBirth(patient) };
}

/** True when two names are the same name (case, accents and punctuation aside), middle name included. */
export function sameName(a: NameEntry, b: NameEntry): boolean {
  return normalizeName(fullName(a)) === normalizeName(fullName(b));
}

/** The chart's identifiers that differ from the photo ID: registration errors, to be corrected once the ID is seen. */
export function chartErrors(patient: ScenarioPatient): ('full-name' | 'date-of-birth')[] {
  const id = photoIdIdentity(patient);
  const errors: ('full-name' | 'date-of-birth')[] = [];
  if (!sameName(id.name, patient.name)) errors.push('full-name');
  if (id.dateOfBirth !== patient.dateOfBirth) errors.push('date-of-birth');
  return errors;
}

/**
 * How the front desk asks for the address, phone and emergency contact: an established
 * patient is asked what changed since the last visit; a new patient has no last visit and
 * is asked for everything. Asking a new patient about changes is not offered.
 */
export function demographicsQuestionFor(patient: ScenarioPatient): DemographicsQuestion {
  return patient.newPatient ? 'new-patient-details' : 'changes-since-last-visit';
}

function addressText(address: AddressEntry): string {
  return [address.line1, address.line2, address.city, address.state, address.postalCode].filter((part) => part !== undefined && part !== '').join(', ');
}

/** What the person at the desk answers to the demographics question, in their own words. */
export function demographicsReply(patient: ScenarioPatient, question: DemographicsQuestion, respondent: Respondent): string {
  const address = currentAddress(patient);
  const phone = currentPhone(patient);
  const contact = patient.emergencyContact;
  const child = respondent.kind === 'companion';
  if (question === 'new-patient-details') {
    const home = child ? `We live at ${addressText(address)}.` : `I live at ${addressText(address)}.`;
    const reach = child ? `The best number is my phone, ${phone}.` : `My number is ${phone}.`;
    const emergency = contact ? (child && contact.name === respondent.name ? 'For emergencies, that’s me too.' : `For emergencies, ${contact.name}, my ${contact.relationship.toLowerCase()} — ${contact.phone}.`) : 'I don’t have anyone for emergencies.';
    return `${home} ${reach} ${emergency}`;
  }
  const moved = address !== patient.address;
  const newPhone = phone !== patient.phone;
  const we = child ? 'We' : 'I';
  const changes = [moved ? `${we} moved — it’s ${addressText(address)} now.` : '', newPhone ? `The number is ${phone} now.` : ''].filter(Boolean).join(' ');
  // Nothing on file for emergencies: the desk asks for someone, and they name one (or nobody).
  if (contact === undefined) {
    const named = emergencyContactNamed(patient);
    const emergency = named ? `For emergencies, put ${named.name}, my ${named.relationship.toLowerCase()} — ${named.phone}.` : 'There’s nobody I’d want listed for emergencies.';
    return `${changes === '' ? 'No, nothing’s changed.' : changes} ${emergency}`;
  }
  return changes === '' ? 'No, nothing’s changed.' : changes;
}

/**
 * The emergency contact the person at the desk names when asked: a new patient's, or the one
 * an established patient with none on file gives (`changedSinceLastVisit.emergencyContact`);
 * null when they name nobody. A contact already on file is read back, not named anew.
 */
export function emergencyContactNamed(patient: ScenarioPatient): { readonly name: string; readonly relationship: string; readonly phone: string } | null {
  if (patient.newPatient) return patient.emergencyContact ?? null;
  return patient.emergencyContact ? null : (patient.changedSinceLastVisit?.emergencyContact ?? null);
}

/**
 * The emergency contact the person at the desk gives or has on file: the one on file (read
 * back), or the one they name when asked; null when they have nobody to list (the answer
 * "none — asked" is then the right record).
 */
export function contactAtDesk(patient: ScenarioPatient): { readonly name: string; readonly relationship: string; readonly phone: string } | null {
  return patient.emergencyContact ?? emergencyContactNamed(patient);
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

/** True when a name as spoken is the chart's name, with or without the middle name. */
export function nameMatchesChart(spoken: string, chart: ScenarioPatient['name']): boolean {
  const heard = normalizeName(spoken);
  return heard === normalizeName(fullName(chart)) || heard === normalizeName(`${chart.given} ${chart.family}`);
}

/**
 * True when an identifier the patient stated differs from the chart, compared as the identity
 * check compares them (`plantedMismatches`): the name (middle name or not) and the date of
 * birth. The phone is not an identity trap here (a new number is a demographics change).
 */
export function statedDiffersFromChart(question: IdentityQuestion, answer: string, patient: ScenarioPatient): boolean {
  if (question === 'full-name') return !nameMatchesChart(answer, patient.name);
  if (question === 'date-of-birth') return answer !== patient.dateOfBirth;
  return false;
}

/** One identifier the person at the desk stated, as the photo ID shows it, set against the chart and what was said. */
export interface PhotoIdReading {
  readonly identifier: 'full-name' | 'date-of-birth';
  /** The ID's value: the full name, or the date of birth (ISO). */
  readonly photoId: string;
  readonly chart: string;
  readonly stated: string;
  readonly idMatchesChart: boolean;
  readonly idMatchesStated: boolean;
}

/**
 * What the photo ID shows of each identifier stated at the desk (name, date of birth), beside
 * the chart and what was said: the facts the desk sees once the ID is compared, compared as the
 * identity check compares them (a stated name with or without the middle name).
 */
export function photoIdReadings(patient: ScenarioPatient, answers: readonly { readonly question: IdentityQuestion; readonly style: QuestionStyle; readonly answer: string }[]): PhotoIdReading[] {
  const id = photoIdIdentity(patient);
  const errors = chartErrors(patient);
  const readings: PhotoIdReading[] = [];
  for (const identifier of ['full-name', 'date-of-birth'] as const) {
    const stated = answers.find((answer) => answer.question === identifier && answer.style === 'stated');
    if (!stated) continue;
    readings.push(
      identifier === 'full-name'
        ? { identifier, photoId: fullName(id.name), chart: fullName(patient.name), stated: stated.answer, idMatchesChart: !errors.includes(identifier), idMatchesStated: nameMatchesChart(stated.answer, id.name) }
        : { identifier, photoId: id.dateOfBirth, chart: patient.dateOfBirth, stated: stated.answer, idMatchesChart: !errors.includes(identifier), idMatchesStated: stated.answer === id.dateOfBirth },
    );
  }
  return readings;
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
 * (`reference/payers.ts`; the orders are on the schedule before the visit), by the codes the
 * claim will carry (an ECG sent out to be read is 93005, not 93000).
 */
export function priorAuthorizationCodes(patient: ScenarioPatient): string[] {
  const coverage = patient.coverage;
  const payer = coverage && findPayer(coverage.payerId);
  if (!coverage || !payer || coverage.status !== 'active') return [];
  const codes = patient.orders.flatMap((order) => billedCodesOf(order));
  return [...new Set(codes.filter((code) => payer.priorAuthorizationCodes.includes(code)))];
}

/** The forms this clinic (synthetic policy) has signed at a visit: new patients all three, established patients the yearly two. */
export function formsRequired(patient: ScenarioPatient): ('privacy-notice' | 'consent-to-treat' | 'financial-policy')[] {
  return patient.newPatient ? ['privacy-notice', 'consent-to-treat', 'financial-policy'] : ['consent-to-treat', 'financial-policy'];
}

/** Where one form stands for the patient at the desk: to sign today, signed today, or on file from the first visit (not due). */
export type FormStanding = 'due' | 'signed' | 'on-file';

/**
 * Each form of check-in and where it stands for this patient (the clinic's policy of
 * `formsRequired`): what they must sign today, what they have signed, and the privacy
 * notice an established patient acknowledged at the first visit. The desk shows it before
 * any finding names a form.
 */
export function formsStanding(patient: ScenarioPatient, signed: readonly string[]): { readonly form: 'privacy-notice' | 'consent-to-treat' | 'financial-policy'; readonly standing: FormStanding }[] {
  const required = formsRequired(patient);
  return (['privacy-notice', 'consent-to-treat', 'financial-policy'] as const).map((form) => ({
    form,
    standing: !required.includes(form) ? 'on-file' : signed.includes(form) ? 'signed' : 'due',
  }));
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
