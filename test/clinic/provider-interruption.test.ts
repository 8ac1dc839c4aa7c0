import { describe, expect, it } from 'vitest';
import { type RecordedVitals, VITALS_ACTION_SAMPLES } from '../../src/workflows/vitals/vitals.actions';
import { stageTaskWorkflows } from '../support/stage-tasks';
import { Session } from '../../src/session/session';
import { patient, scenario } from '../support/scenario-builder';

/** The day's stages as one-action tasks, but rooming as the real workflow, whose alert button is under test. */
const WORKFLOWS = stageTaskWorkflows('vitals');

/** Normal adult readings: the sample the vitals workflow's own probes use. */
const VALUES: RecordedVitals = VITALS_ACTION_SAMPLES.flatMap((sample) => (sample.type === 'vitals.recorded' ? [sample.values] : []))[0]!;

/** Two patients for one provider; the second's rooming has `alerts` needless alerts. Returns when the provider saw each. */
function providerEntries(alerts: number): Record<string, number> {
  const session = Session.start(scenario([patient('p1', '08:00'), patient('p2', '08:00')]), { seed: 1, workflows: WORKFLOWS });
  for (const patientId of ['p1', 'p2']) {
    expect(session.act(patientId, { type: 'check-in.completed' }).accepted).toBe(true);
    expect(session.act(patientId, { type: 'patient.roomed', announce: 'first-name' }).accepted).toBe(true);
    for (let i = 0; i < (patientId === 'p2' ? alerts : 0); i++) expect(session.act(patientId, { type: 'provider.alerted' }).accepted).toBe(true);
    expect(session.act(patientId, { type: 'vitals.recorded', values: VALUES }).accepted).toBe(true);
    expect(session.act(patientId, { type: 'patient.ready-for-provider' }).accepted).toBe(true);
  }
  session.finish();
  const entries = Object.fromEntries(session.record().timeline.filter((e) => e.kind === 'provider-entered').map((e) => [e.patientId, e.minute]));
  session.dispose();
  return entries;
}

describe('a provider called away for nothing', () => {
  it('sees the next patient the alert’s minutes later, after the visit in hand, for each needless alert', () => {
    const clean = providerEntries(0);
    expect(clean.p2! - clean.p1!).toBe(15);
    expect(providerEntries(1).p2! - providerEntries(1).p1!).toBe(18);
    expect(providerEntries(2).p2! - providerEntries(2).p1!).toBe(21);
  });

  it('is held up at once when free, so the patient who becomes ready waits for the provider to come back', () => {
    const session = Session.start(scenario([patient('p1', '08:00')]), { seed: 1, workflows: WORKFLOWS });
    session.act('p1', { type: 'check-in.completed' });
    session.act('p1', { type: 'patient.roomed', announce: 'first-name' });
    const alertedAt = session.minute;
    session.act('p1', { type: 'provider.alerted' });
    session.act('p1', { type: 'vitals.recorded', values: VALUES });
    session.act('p1', { type: 'patient.ready-for-provider' });
    expect(session.stageOf('p1')).toBe('ready-for-provider');
    session.finish();
    const entered = session.record().timeline.find((e) => e.kind === 'provider-entered' && e.patientId === 'p1')!.minute;
    expect(entered).toBe(alertedAt + 3);
    session.dispose();
  });
});
