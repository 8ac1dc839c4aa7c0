/** A small day with an inbox, for the inbox's tests: one patient in the building, charts for the rest. */
import type { ScenarioInput } from '../../../src/scenario/scenario.schema';
import { Session } from '../../../src/session/session';
import type { Check } from '../../../src/scoring/finding';
import type { InboxEvent } from '../../../src/clinic/inbox/inbox.actions';
import { patient, scenario } from '../../support/scenario-builder';
import { STAGE_TASK_WORKFLOWS } from '../../support/stage-tasks';

type InboxItemInput = NonNullable<ScenarioInput['inbox']>[number];

/** A result note about Helen Park (no release on file but her husband's, Tom Park), arriving at 08:10, due 09:00. */
export function resultNote(overrides: Partial<Extract<InboxItemInput, { kind: 'result-note' }>> = {}): InboxItemInput {
  return {
    id: 'res-1',
    kind: 'result-note',
    arrives: '08:10',
    due: '09:00',
    patientId: 'helen-park',
    providerId: 'dr-test',
    test: 'Hemoglobin A1c',
    value: '5.4 %',
    instruction: 'tell-normal',
    released: 'Your A1c is normal.',
    answeredBy: { kind: 'patient' },
    ...overrides,
  };
}

/** A portal message from Helen Park, arriving at 08:10, due 08:30. */
export function portalMessage(overrides: Partial<Extract<InboxItemInput, { kind: 'patient-message' }>> = {}): InboxItemInput {
  return {
    id: 'msg-1',
    kind: 'patient-message',
    arrives: '08:10',
    due: '08:30',
    patientId: 'helen-park',
    subject: 'Appointment tomorrow?',
    text: 'My chest feels heavy and it goes down my arm. Can I come in tomorrow?',
    concern: 'emergency',
    symptom: 'chest-pain',
    ...overrides,
  };
}

/** Helen Park's follow-up tomorrow (2026-03-11) at 09:00 to confirm, arriving at 08:10, due 11:00; she answers and confirms. */
export function confirmation(overrides: Partial<Extract<InboxItemInput, { kind: 'appointment-confirmation' }>> = {}): InboxItemInput {
  return {
    id: 'conf-1',
    kind: 'appointment-confirmation',
    arrives: '08:10',
    due: '11:00',
    patientId: 'helen-park',
    appointment: { date: '2026-03-11', time: '09:00', providerId: 'dr-test', visitTypeId: 'follow-up' },
    reason: 'Diabetes follow-up',
    answeredBy: { kind: 'patient' },
    wants: 'confirm',
    ...overrides,
  };
}

/** A session on a 08:00–12:00 day with those inbox items, the clock at the items' arrival. */
export function inboxDay(items: InboxItemInput[], overrides: Partial<ScenarioInput> = {}): Session {
  const day = scenario([patient('p1', '08:00')], {
    charts: [
      {
        id: 'helen-park',
        name: { given: 'Helen', family: 'Park' },
        dateOfBirth: '1971-02-23',
        sex: 'female',
        phone: '555-555-0311',
        releaseOfInformation: [{ name: 'Tom Park', relationship: 'Husband', basis: 'patient-agreement' }],
      },
    ],
    inbox: items,
    ...overrides,
  });
  const session = Session.start(day, { seed: 1, workflows: STAGE_TASK_WORKFLOWS });
  session.advanceTo(8 * 60 + 10);
  return session;
}

/** Does each action, expecting the session to take it. */
export function work(session: Session, ...actions: InboxEvent[]): void {
  for (const action of actions) {
    const outcome = session.act(null, action);
    if (!outcome.accepted) throw new Error(`${action.type} was refused: ${outcome.reason}`);
  }
}

/** The checks of one rule so far. */
export function checksOf(session: Session, ruleId: string): Check[] {
  return session.checksSince(0).filter((check) => check.ruleId === ruleId);
}
