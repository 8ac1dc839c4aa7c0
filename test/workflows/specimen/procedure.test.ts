import { describe, expect, it } from 'vitest';
import { scoreDay } from '../../../src/scoring/score';
import { Session } from '../../../src/session/session';
import { playDay, scriptedTrainee } from '../../../src/trainees/play-day';
import { patient, scenario } from '../../support/scenario-builder';

const clinic = { name: 'Test Clinic', examRooms: 2, billingNpi: '1234567893', taxId: '12-3456789', capabilities: ['ecg', 'pulse-oximetry'], payers: [] };
const day = scenario([patient('p1', '08:00', { orders: [{ testId: 'ecg' }, { testId: 'pulse-oximetry' }] })], {
  clinic,
  workflows: { intake: false, vitals: false, specimen: true, ecg: false, scheduling: false, billing: false },
});

describe('procedures at the lab station', () => {
  it('lets the expert do an ordered pulse oximetry, and leaves the ECG to the ECG workflow', () => {
    const session = playDay(day, scriptedTrainee('expert', day, 1), { seed: 1 });
    const performed = session.log.filter((entry) => entry.action.type === 'procedure.performed').map((entry) => entry.action);
    expect(performed).toEqual([{ type: 'procedure.performed', testId: 'pulse-oximetry' }]);
    expect(scoreDay(session.record()).findings.filter((finding) => finding.ruleId.startsWith('specimen.'))).toEqual([]);
  });

  it('refuses a procedure that was not ordered, the same one twice, and the ECG', () => {
    const fresh = scenario([patient('p1', '08:00', { orders: [{ testId: 'ecg' }, { testId: 'pulse-oximetry' }] })], {
      clinic: { ...clinic, capabilities: ['ecg', 'pulse-oximetry', 'rapid-strep'] },
      workflows: { intake: false, vitals: false, specimen: true, ecg: false, scheduling: false, billing: false },
    });
    const session = Session.start(fresh, { seed: 1 });
    session.advanceTo(480 + 15);
    expect(session.stageOf('p1')).toBe('orders');
    expect(session.act('p1', { type: 'procedure.performed', testId: 'ecg' }).accepted).toBe(false);
    expect(session.act('p1', { type: 'procedure.performed', testId: 'rapid-strep' }).accepted).toBe(false);
    expect(session.act('p1', { type: 'procedure.performed', testId: 'pulse-oximetry' }).accepted).toBe(true);
    expect(session.act('p1', { type: 'procedure.performed', testId: 'pulse-oximetry' }).accepted).toBe(false);
  });
});
