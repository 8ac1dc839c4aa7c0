/**
 * The patient's card at the top of a station: name, age and sex, the reason for the
 * visit, the provider and how long they have been waiting.
 */
import type { ScenarioPatient, Scenario } from '../../src/scenario/scenario.schema';
import type { PatientView } from '../../src/session/day-view';
import { element, minutesText } from '../dom';
import { displayName } from '../../src/domain/patient';
import { ageText } from './billing-chart';
import { speakerTag, spokenWords } from '../../src/workflows/shared/patient-words';
import { formatUsDate } from '../../src/reference/iso-date';
import { factList } from './kit/controls';
import { quoted } from './young-child-text';

/**
 * Builds the card. `badge`, when given, replaces the floor's badge with the station's own
 * reading of the work (the billing station's claim state).
 */
export function patientCard(scenario: Scenario, patient: ScenarioPatient, view: PatientView | null, badge: PatientView['badge'] | null = null): HTMLElement {
  const card = element('div', 'patient-card');
  const avatar = element('span', 'patient-avatar', view?.initials ?? '');
  avatar.setAttribute('aria-hidden', 'true');
  const text = element('div', 'patient-card-text');
  text.append(element('p', 'patient-card-name', displayName(patient)));
  text.append(element('p', 'patient-card-meta', `${ageText(patient.dateOfBirth, scenario.day.date)}, ${patient.sex} · ${visitTypeName(scenario, patient)} with ${providerName(scenario, patient)}`));
  // A parent's words carry the chart's speaker tag: shown as who said them, not inside the quotation.
  const tag = speakerTag(patient.chiefComplaint);
  text.append(element('p', 'patient-card-complaint', tag === null ? quoted(patient.chiefComplaint) : `${tag.charAt(0).toUpperCase()}${tag.slice(1)}: ${quoted(spokenWords(patient.chiefComplaint))}`));
  if (view) {
    const status = element('p', 'patient-card-status');
    const shown = badge ?? view.badge;
    status.append(element('span', `badge badge-${shown.tone}`, shown.text));
    if (view.waitingMinutes !== null) status.append(element('span', 'patient-card-wait', `waiting ${minutesText(view.waitingMinutes)}`));
    text.append(status);
  }
  card.append(avatar, text);
  return card;
}

function providerName(scenario: Scenario, patient: ScenarioPatient): string {
  return scenario.providers.find((provider) => provider.id === patient.arrival.providerId)?.name ?? 'the provider';
}

function visitTypeName(scenario: Scenario, patient: ScenarioPatient): string {
  for (const provider of scenario.providers) {
    const type = provider.template.visitTypes.find((visitType) => visitType.id === patient.arrival.visitTypeId);
    if (type) return type.name;
  }
  return 'Visit';
}

/** The identifiers the chart holds, as a form that copies them needs them. */
export interface ChartIdentifiers {
  readonly name: string;
  /** ISO date, shown as the chart shows it (MM/DD/YYYY). */
  readonly dateOfBirth: string;
  readonly mrn?: string;
}

/**
 * The chart's identifiers, set beside a form that asks for them "as on the chart" (a
 * specimen label, the ECG machine's patient data): a trainee copies from the chart in
 * front of them, as at the real bench, and never has to remember it from another screen.
 */
export function chartIdentifiersCard(identifiers: ChartIdentifiers): HTMLElement {
  const card = element('aside', 'chart-identifiers');
  card.setAttribute('aria-label', 'The chart’s identifiers');
  card.append(
    element('p', 'chart-identifiers-heading', 'The chart'),
    factList([['Name', identifiers.name], ['Date of birth', formatUsDate(identifiers.dateOfBirth)], ...(identifiers.mrn === undefined ? [] : ([['MRN', identifiers.mrn]] as const))]),
  );
  return card;
}

/** A form with the chart's identifiers beside it (below it on a narrow panel). */
export function besideChart(form: Node, identifiers: ChartIdentifiers): HTMLElement {
  const row = element('div', 'beside-chart');
  const main = element('div', 'beside-chart-form');
  main.append(form);
  row.append(main, chartIdentifiersCard(identifiers));
  return row;
}
