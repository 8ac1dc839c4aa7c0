/**
 * What the coder reads beside the claim: the provider's note as written (the assessment in
 * the provider's words, new or established, the decision making or time documented — no
 * codes the note does not state), what was done in the clinic today (from the lab
 * station's record and the immunization record), the registration as entered at
 * check-in, and a copy of the insurance card to check box 1a against.
 */
import type { EncounterChart, VaccineOrderReturnReason } from '../../src/domain/chart';
import { MDM_RULE } from '../../src/reference/cpt-hcpcs';
import { ageInMonths, ageInYears } from '../../src/reference/iso-date';
import { payerFullName } from '../../src/reference/payers';
import { TESTS } from '../../src/reference/tests';
import type { ScenarioPatient } from '../../src/scenario/scenario.schema';
import { element } from '../dom';
import { dollarsToCents, formatDollars } from '../../src/domain/money';
import { displayName } from '../../src/domain/patient';

function card(title: string, className: string): HTMLElement {
  const node = element('section', `billing-card ${className}`);
  node.append(element('h4', 'billing-card-heading', title));
  return node;
}

function facts(rows: readonly (readonly [string, string])[]): HTMLElement {
  const list = element('dl', 'billing-facts');
  for (const [term, value] of rows) list.append(element('dt', undefined, term), element('dd', undefined, value));
  return list;
}

/** The preventive visits on file, as the practice's records show them (what decides a Medicare wellness code). */
function preventiveHistoryRows(patient: ScenarioPatient): [string, string][] {
  const history = patient.preventiveHistory;
  if (!history) return [];
  const rows: [string, string][] = [];
  if (history.medicarePartBSince) rows.push(['Medicare Part B since', history.medicarePartBSince]);
  if (history.medicarePartBSince || history.welcomeToMedicareVisit) rows.push(['Welcome to Medicare exam', history.welcomeToMedicareVisit ?? 'none on file']);
  if (history.medicarePartBSince || history.lastAnnualWellnessVisit) rows.push(['Last annual wellness visit', history.lastAnnualWellnessVisit ?? 'none on file']);
  return rows;
}

/** The provider's note as the coder reads it; `dateOfService` gives the patient's age on the day (for a preventive visit's age band). */
export function noteCard(patient: ScenarioPatient, providerName: string, dateOfService?: string): HTMLElement {
  const node = card('Provider’s note', 'billing-note');
  const note = patient.note;
  const age = dateOfService === undefined ? '' : ` · ${ageText(patient.dateOfBirth, dateOfService)} on the date of service`;
  node.append(element('p', 'billing-note-meta', `${providerName} · ${patient.newPatient ? 'New patient' : 'Established patient'}${age}`));
  const assessment = element('blockquote', 'billing-assessment');
  assessment.append(element('p', undefined, note.assessment));
  node.append(element('p', 'billing-note-label', 'Assessment and plan'), assessment);
  const rows: [string, string][] = [];
  const mdm = note.medicalDecisionMaking;
  if (mdm) {
    rows.push(['Decision making', `problems ${mdm.problems} · data ${mdm.data} · risk ${mdm.risk}`]);
    // How a level follows from the three ratings, with its source (issue 19's playtester read the ratings without it).
    rows.push(['How the level follows', `${MDM_RULE.text} (${MDM_RULE.source.publisher}, ${MDM_RULE.source.title}${MDM_RULE.source.edition ? `, ${MDM_RULE.source.edition}` : ''})`]);
  }
  if (note.totalMinutes !== undefined) rows.push(['Total time today', `${note.totalMinutes} min`]);
  if (!mdm && note.totalMinutes === undefined) rows.push(['Decision making', 'not documented']);
  if (note.separatelyIdentifiable) rows.push(['Documentation', 'a full problem-oriented visit (history, exam, plan) besides today’s procedures']);
  if (note.preventiveVisit === true) rows.push(['Visit', 'the patient’s periodic preventive visit (annual exam or well check), documented in full']);
  rows.push(...preventiveHistoryRows(patient));
  node.append(facts(rows));
  return node;
}

/** An age as the chart writes it: months under two years, else years. */
export function ageText(dateOfBirth: string, onDate: string): string {
  const years = ageInYears(dateOfBirth, onDate);
  if (years >= 2) return `${years} years old`;
  const months = ageInMonths(dateOfBirth, onDate);
  return `${months} month${months === 1 ? '' : 's'} old`;
}

/** Why a vaccine order went back, in the chart's words. */
const RETURNED_WORDS: Readonly<Record<VaccineOrderReturnReason, string>> = {
  'not-signed': 'the order was not signed',
  'verbal-order': 'a verbal order the MA may not take',
  allergy: 'an allergy to a component',
  'too-soon': 'too soon since the last dose',
  'no-usable-stock': 'no usable vial in stock',
};

function doneItem(done: boolean, text: string): HTMLElement {
  const item = element('li', done ? 'billing-done-yes' : 'billing-done-no');
  const mark = element('span', 'billing-done-mark', done ? '✓' : '✗');
  mark.setAttribute('aria-hidden', 'true');
  item.append(mark, document.createTextNode(text));
  return item;
}

/** What the clinic did today, from the lab station's record, the immunization record and the ECG bed's. */
export function doneTodayCard(chart: EncounterChart): HTMLElement {
  const node = card('Done in the clinic today', 'billing-done');
  const procedures = chart.procedures;
  const vaccines = chart.medication?.vaccines ?? [];
  const ecg = chart.ecg;
  if (!procedures && vaccines.length === 0 && !ecg) {
    node.append(element('p', 'station-note', 'No specimens, tests, vaccines or ECG on the chart today.'));
    return node;
  }
  const list = element('ul', 'billing-done-list');
  for (const service of procedures?.services ?? []) {
    const test = TESTS.find((entry) => entry.id === service.testId);
    const name = test?.displayName ?? service.testId;
    const where = test?.cliaWaivedPointOfCare ? 'run here' : test?.kind === 'vaccine' ? 'given here' : 'sent to the reference lab';
    const result = service.result === null ? '' : ` — result ${service.result}`;
    list.append(doneItem(service.performed, service.performed ? `${name} (${where})${result}` : `${name}: not done`));
  }
  for (const vaccine of vaccines) {
    const name = TESTS.find((entry) => entry.id === vaccine.testId)?.displayName ?? vaccine.testId;
    const how = [vaccine.route, vaccine.lot === null ? null : `lot ${vaccine.lot}`].filter((part): part is string => part !== null).join(', ');
    if (vaccine.given) list.append(doneItem(true, `${name} (given here${how ? `: ${how}` : ''})`));
    else list.append(doneItem(false, `${name}: not given${vaccine.returned ? ` — ${RETURNED_WORDS[vaccine.returned]}` : ''}`));
  }
  if (ecg) {
    const reader = ecg.interpretation === 'in-house' ? 'read and reported by the clinic’s provider' : 'sent out to be read and reported elsewhere';
    list.append(doneItem(ecg.recorded, ecg.recorded ? `12-lead ECG (tracing recorded here, ${reader})` : '12-lead ECG: no tracing recorded'));
  }
  if (procedures) {
    const collection = element('li', 'billing-done-collection');
    const punctures = [procedures.venipuncture ? 'venous draw (venipuncture)' : null, procedures.capillaryPuncture ? 'capillary puncture (fingerstick)' : null].filter((text): text is string => text !== null);
    collection.textContent = punctures.length > 0 ? `Specimen collection: ${punctures.join(' and ')}` : 'No blood drawn';
    list.append(collection);
  }
  node.append(list);
  return node;
}

/** The registration as check-in entered it, and the copy of the insurance card. */
export function registrationCard(chart: EncounterChart, patient: ScenarioPatient): HTMLElement {
  const node = card('Registration (check-in)', 'billing-registration');
  const registration = chart.registration;
  if (registration) {
    node.append(
      facts([
        ['Payer', registration.selfPay ? 'Self-pay' : payerFullName(registration.payerId)],
        ['Member ID', registration.memberId ?? '—'],
        ['Group', registration.groupNumber ?? '—'],
        ['Eligibility', registration.eligibilityStatus ?? 'not checked'],
        ['Prior auth.', registration.priorAuthorizationNumber ?? 'none on file'],
        ['Collected', `${formatDollars(dollarsToCents(registration.copayCollected))} at check-in`],
      ]),
    );
  } else {
    node.append(element('p', 'station-note', 'Registered before today: the coverage on file is on the claim.'));
  }
  node.append(insuranceCard(patient));
  return node;
}

/** The scanned copy of the patient's insurance card, drawn. */
export function insuranceCard(patient: ScenarioPatient): HTMLElement {
  const coverage = patient.coverage;
  const figure = element('figure', 'insurance-card');
  const caption = element('figcaption', 'insurance-card-caption', 'Insurance card (scanned copy)');
  if (!coverage) {
    figure.append(caption, element('p', 'station-note', 'No insurance card on file.'));
    return figure;
  }
  const face = element('div', 'insurance-card-face');
  face.append(element('p', 'insurance-card-payer', payerFullName(coverage.payerId)));
  face.append(
    facts([
      ['Member', displayName(patient).toUpperCase()],
      ['ID', coverage.cardMemberId ?? coverage.memberId],
      ['Group', coverage.groupNumber ?? '—'],
      ['Office copay', formatDollars(dollarsToCents(coverage.copay))],
    ]),
  );
  figure.append(caption, face);
  return figure;
}
