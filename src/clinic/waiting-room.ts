/**
 * Calling a patient from the waiting room: what the MA says aloud, and the privacy rule
 * that judges it. Calling the name is a permitted incidental disclosure; announcing the
 * reason for the visit in front of the other patients is not (`privacy.waiting-room-call`).
 */
import type { Scenario, ScenarioPatient } from '../scenario/scenario.schema';
import { type Check, defineRule, missed, passed } from '../scoring/finding';
import { SOURCES } from '../reference/source';
import { displayName } from '../domain/patient';

/**
 * The waiting room's share of the minimum-necessary standard. Major, not critical: the visit's
 * reason said aloud to the people waiting is a disclosure to be corrected at once, but it is not
 * the critical `privacy.minimum-necessary` of giving a patient's results to a person with no
 * right to them.
 */
export const waitingRoomCallRule = defineRule({
  id: 'privacy.waiting-room-call',
  competency: 'documentation-privacy',
  severity: 'major',
  title: 'Call a waiting patient by name only, never with the reason for the visit',
  why: 'Calling a name in the waiting room is a permitted incidental disclosure, as long as nothing more is said: the reason for the visit is health information, and everyone waiting hears it. HHS allows names to be called out as an incidental disclosure only when what is disclosed is appropriately limited, with reasonable safeguards and the minimum necessary standard (45 CFR 164.502(a)(1)(iii)).',
  source: SOURCES.hhsWaitingRoomNames,
});

/** How the trainee calls a waiting patient to the back. */
export const WAITING_ROOM_CALLS = ['first-name', 'full-name', 'full-name-and-reason'] as const;
export type WaitingRoomCall = (typeof WAITING_ROOM_CALLS)[number];

/** The reason for the visit as an MA would say it aloud: the visit type's name, in lower case. */
export function visitReasonAloud(scenario: Scenario, patient: ScenarioPatient): string {
  const provider = scenario.providers.find((p) => p.id === patient.arrival.providerId);
  const visitType = provider?.template.visitTypes.find((type) => type.id === patient.arrival.visitTypeId);
  return visitType ? visitType.name.charAt(0).toLowerCase() + visitType.name.slice(1) : 'visit';
}

/** The exact words the MA says in the waiting room for each way of calling the patient. */
export function waitingRoomWords(scenario: Scenario, patient: ScenarioPatient, call: WaitingRoomCall): string {
  const { given, family } = patient.name;
  switch (call) {
    case 'first-name':
      return `${given}?`;
    case 'full-name':
      return `${given} ${family}?`;
    case 'full-name-and-reason':
      return `${given} ${family}, for your ${visitReasonAloud(scenario, patient)}?`;
  }
}

/** True when the call discloses nothing but the patient's name. */
export function isNameOnly(call: WaitingRoomCall): boolean {
  return call !== 'full-name-and-reason';
}

/**
 * `privacy.waiting-room-call`: the name may be called, nothing about the visit. A pure rule function; the clinic day journals its result when a patient is roomed.
 */
export function checkWaitingRoomCall(at: {
  readonly scenario: Scenario;
  readonly patient: ScenarioPatient;
  readonly minute: number;
  readonly call: WaitingRoomCall;
}): Check {
  if (isNameOnly(at.call)) return passed(waitingRoomCallRule, at.patient.id, at.minute);
  const name = displayName(at.patient);
  return missed(waitingRoomCallRule, {
    patientId: at.patient.id,
    atMinute: at.minute,
    message: `${name} was called in the waiting room as "${waitingRoomWords(at.scenario, at.patient, at.call)}": the reason for the visit was announced in front of the other patients.`,
    remedy: `Call the first name, or first and last name, and nothing about the visit: "${waitingRoomWords(at.scenario, at.patient, 'first-name')}" or "${waitingRoomWords(at.scenario, at.patient, 'full-name')}". Talk about the visit once the door of the exam room is closed.`,
    explanation:
      'Calling a name in the waiting room is a permitted incidental disclosure, as long as nothing more is said: the reason for the visit is health information, and everyone waiting hears it. HHS (FAQ 199) allows names to be called out only when the information disclosed is appropriately limited (minimum necessary, 45 CFR 164.502(a)(1)(iii)).',
  });
}
