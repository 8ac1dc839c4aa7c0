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
  text.append(element('p', 'patient-card-complaint', tag === null ? `“${patient.chiefComplaint}”` : `${tag.charAt(0).toUpperCase()}${tag.slice(1)}: “${spokenWords(patient.chiefComplaint)}”`));
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
