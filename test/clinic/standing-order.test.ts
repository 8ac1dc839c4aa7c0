/**
 * The standing-order stage of the encounter: as soon as he is roomed the patient is sent to the
 * ECG bed on the clinic's standing order (chest pain), the ECG is recorded there before the
 * provider's visit and handed over at once, the provider, reading ST elevation, comes to him then
 * (session 22: not once his vital signs are done), rooming resumes where it stopped with the
 * provider there, and the orders stage after the visit has no ECG left to do.
 */
import { describe, expect, it } from 'vitest';
import { scoreDay } from '../../src/scoring/score';
import { playDay, scriptedTrainee } from '../../src/trainees/play-day';
import { Session } from '../../src/session/session';
import { bundledLibrary } from '../support/bundled-library';

const scenario = bundledLibrary().find((s) => s.id === 'cardiology-morning')!;

function expertDay() {
  const session = playDay(scenario, scriptedTrainee('expert', scenario, 1), { seed: 1 });
  const record = session.record();
  const log = session.log.filter((entry) => entry.patientId === 'douglas-whitaker');
  session.dispose();
  return { record, log };
}

describe('the standing ECG order before the visit', () => {
  const { record, log } = expertDay();
  const types = log.map((entry) => entry.action.type);
  const minuteOf = (type: string) => log.find((entry) => entry.action.type === type)!.minute;
  const timeline = record.timeline.filter((entry) => entry.patientId === 'douglas-whitaker');
  const providerEntered = timeline.find((entry) => entry.kind === 'provider-entered')!.minute;

  it('takes the chest-pain patient to the ECG bed as soon as he is roomed, hands the tracing over at once, and records his vitals after it with the provider there', () => {
    expect(types.indexOf('patient.sent-for-ecg')).toBe(types.indexOf('patient.roomed') + 1);
    expect(types.indexOf('height-weight.measured')).toBeGreaterThan(types.indexOf('ecg.finished'));
    expect(types.indexOf('vitals.flagged')).toBeGreaterThan(types.indexOf('ecg.finished'));
    expect(types.indexOf('electrode.placed')).toBeGreaterThan(types.indexOf('patient.sent-for-ecg'));
    expect(log.find((entry) => entry.action.type === 'tracing.handed-over')!.action).toEqual({ type: 'tracing.handed-over', urgency: 'at-once' });
    expect(providerEntered).toBe(minuteOf('tracing.handed-over'));
    expect(minuteOf('vitals.recorded')).toBeGreaterThan(providerEntered);
    expect(timeline.findIndex((entry) => entry.kind === 'ready-for-provider')).toBe(-1);
  });

  it('does not send him to the ECG bed again after the visit: one tracing, billed once', () => {
    expect(types.filter((type) => type === 'ecg.finished')).toHaveLength(1);
    expect(types.filter((type) => type === 'tracing.handed-over')).toHaveLength(1);
    const result = scoreDay(record);
    expect(result.findings.filter((f) => f.patientId === 'douglas-whitaker').map((f) => f.ruleId)).toEqual([]);
  });

  it('tells the provider of his chest pressure from the desk, and not again at rooming, where the red flag is passed', () => {
    expect(types.indexOf('provider.alerted')).toBeLessThan(types.indexOf('patient.roomed'));
    expect(types.slice(types.indexOf('chief-complaint.recorded', types.indexOf('patient.roomed')), types.indexOf('height-weight.measured'))).toEqual(['chief-complaint.recorded']);
    expect(record.checks.filter((check) => check.patientId === 'douglas-whitaker' && check.ruleId === 'vitals.red-flag-escalation').map((check) => check.passed)).toEqual([true]);
  });

  it('puts on the timeline how long after arrival the tracing reached the provider, beside the guideline’s 10 minutes', () => {
    const note = timeline.find((entry) => entry.text.includes('chest-pain tracing reached the provider'));
    expect(note?.text).toMatch(/^Douglas Whitaker's chest-pain tracing reached the provider \d+ minutes? after arrival \(the 2021 chest pain guideline asks for 10, in any setting\)$/);
  });

  it('does not count his ECG as still owed when the day ends while he waits for, or is with, the provider after it', () => {
    const session = Session.start(scenario, { seed: 1 });
    const trainee = scriptedTrainee('expert', scenario, 1);
    for (let i = 0; i < 2000 && !session.isOver; i++) {
      const stage = session.stageOf('douglas-whitaker');
      if ((stage === 'ready-for-provider' || stage === 'with-provider') && session.log.some((entry) => entry.patientId === 'douglas-whitaker' && entry.action.type === 'ecg.finished')) break;
      const move = trainee.nextMove(session);
      if (move === null || !session.act(move.patientId, move.action).accepted) session.waitForNextEvent();
    }
    expect(['ready-for-provider', 'with-provider']).toContain(session.stageOf('douglas-whitaker'));
    const journey = session.record().journeys.find((j) => j.patientId === 'douglas-whitaker')!;
    expect(journey.outstandingOrders).toEqual([]);
    session.dispose();
  });
});
