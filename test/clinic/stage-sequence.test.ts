import { describe, expect, it } from 'vitest';
import type { TraineeAction } from '../../src/clinic/trainee-action';
import { Session } from '../../src/session/session';
import { patient, scenario } from '../support/scenario-builder';
import { oneActionWorkflow, STAGE_TASK_ACTIONS, STAGE_TASK_WORKFLOWS } from '../support/stage-tasks';

const VACCINE = { type: 'vaccine.administered', testId: 'influenza-vaccine' } as const satisfies TraineeAction;

/** The day's stages as one-action tasks, and a second workflow in the orders stage for patients with a follow-up. */
const WITH_A_SECOND_ORDERS_WORKFLOW = [...STAGE_TASK_WORKFLOWS, oneActionWorkflow('medication', 'orders', VACCINE, (p) => p.followUp !== undefined)];

/** Works one patient to the provider and waits out the visit. */
function toTheOrders(session: Session, patientId: string): void {
  expect(session.act(patientId, STAGE_TASK_ACTIONS.intake).accepted).toBe(true);
  expect(session.act(patientId, { type: 'patient.roomed', announce: 'first-name' }).accepted).toBe(true);
  expect(session.act(patientId, STAGE_TASK_ACTIONS.vitals).accepted).toBe(true);
  while (session.stageOf(patientId) !== 'orders' && session.waitForNextEvent()) {
    // The provider sees the patient; the visit runs on the clinic clock.
  }
}

describe('a stage with two workflows', () => {
  const followUp = { interval: { value: 2, unit: 'weeks' as const }, visitTypeId: 'follow-up' };

  it('runs them one after another in the list’s order, the patient staying in the stage', () => {
    const session = Session.start(scenario([patient('p1', '08:00', { orders: [{ testId: 'cbc' }], followUp })]), { seed: 1, workflows: WITH_A_SECOND_ORDERS_WORKFLOW });
    toTheOrders(session, 'p1');
    expect(session.workflowOf('p1')?.id).toBe('specimen');
    expect(session.act('p1', STAGE_TASK_ACTIONS.specimen).accepted).toBe(true);
    expect(session.stageOf('p1')).toBe('orders');
    expect(session.workflowOf('p1')?.id).toBe('medication');
    expect(session.availableFor('p1')?.actions).toEqual(['vaccine.administered']);
    expect(session.act('p1', VACCINE).accepted).toBe(true);
    expect(session.stageOf('p1')).toBe('checkout');
  });

  it('skips the second for a patient it has no work for', () => {
    const session = Session.start(scenario([patient('p1', '08:00', { orders: [{ testId: 'cbc' }] })]), { seed: 1, workflows: WITH_A_SECOND_ORDERS_WORKFLOW });
    toTheOrders(session, 'p1');
    expect(session.act('p1', STAGE_TASK_ACTIONS.specimen).accepted).toBe(true);
    expect(session.stageOf('p1')).toBe('billing');
  });
});
