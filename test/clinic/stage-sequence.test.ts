import { describe, expect, it } from 'vitest';
import { Session } from '../../src/session/session';
import { patient, scenario } from '../support/scenario-builder';
import { STAGE_TASK_ACTIONS, STAGE_TASK_WORKFLOWS } from '../support/stage-tasks';

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
  it('runs them one after another in the list’s order, the patient staying in the stage', () => {
    const session = Session.start(scenario([patient('p1', '08:00', { orders: [{ testId: 'cbc' }, { testId: 'influenza-vaccine' }] })]), { seed: 1, workflows: STAGE_TASK_WORKFLOWS });
    toTheOrders(session, 'p1');
    expect(session.workflowOf('p1')?.id).toBe('specimen');
    expect(session.act('p1', STAGE_TASK_ACTIONS.specimen).accepted).toBe(true);
    expect(session.stageOf('p1')).toBe('orders');
    expect(session.workflowOf('p1')?.id).toBe('medication');
    expect(session.availableFor('p1')?.actions).toEqual(['medication.finished']);
    expect(session.act('p1', STAGE_TASK_ACTIONS.medication).accepted).toBe(true);
    expect(session.stageOf('p1')).toBe('billing');
  });

  it('runs the ECG after the vaccines, the third workflow of the orders stage', () => {
    const session = Session.start(scenario([patient('p1', '08:00', { orders: [{ testId: 'cbc' }, { testId: 'influenza-vaccine' }, { testId: 'ecg' }] })]), { seed: 1, workflows: STAGE_TASK_WORKFLOWS });
    toTheOrders(session, 'p1');
    expect(session.act('p1', STAGE_TASK_ACTIONS.specimen).accepted).toBe(true);
    expect(session.act('p1', STAGE_TASK_ACTIONS.medication).accepted).toBe(true);
    expect(session.workflowOf('p1')?.id).toBe('ecg');
    expect(session.availableFor('p1')?.actions).toEqual(['ecg.finished']);
    expect(session.act('p1', STAGE_TASK_ACTIONS.ecg).accepted).toBe(true);
    expect(session.stageOf('p1')).toBe('billing');
  });

  it('skips the second for a patient it has no work for', () => {
    const session = Session.start(scenario([patient('p1', '08:00', { orders: [{ testId: 'cbc' }] })]), { seed: 1, workflows: STAGE_TASK_WORKFLOWS });
    toTheOrders(session, 'p1');
    expect(session.act('p1', STAGE_TASK_ACTIONS.specimen).accepted).toBe(true);
    expect(session.stageOf('p1')).toBe('billing');
  });

  it('skips the first for a patient whose only order is a vaccine', () => {
    const session = Session.start(scenario([patient('p1', '08:00', { orders: [{ testId: 'influenza-vaccine' }] })]), { seed: 1, workflows: STAGE_TASK_WORKFLOWS });
    toTheOrders(session, 'p1');
    expect(session.workflowOf('p1')?.id).toBe('medication');
  });
});
