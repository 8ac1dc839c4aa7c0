import { describe, expect, it } from 'vitest';
import type { TraineeAction } from '../../../src/clinic/trainee-action';
import { Session } from '../../../src/session/session';
import { playDay, scriptedTrainee } from '../../../src/trainees/play-day';
import type { SpecimenContext } from '../../../src/workflows/specimen/specimen.machine';
import { correctLabel } from '../../../src/workflows/specimen/specimen.player';
import { VITALS_PLAYER } from '../../../src/workflows/vitals/vitals.player';
import { patient, scenario } from '../../support/scenario-builder';
import { defaultScenario } from '../support';

const OURS = /^(rooming|vitals|specimen|poct|safety)\./;

/**
 * The default morning with the day open until 17:00: with every workflow in the game, the
 * scripted expert's task priorities (rooming and check-in before the lab) leave the lab
 * queue for the afternoon, and the three-hour day would close before it is reached.
 */
function longDefaultDay() {
  const day = defaultScenario();
  return { ...day, day: { ...day.day, end: '17:00' } };
}

describe('the back office on the default morning', () => {
  it('gives the expert none of its findings, and checks every rule of both workflows', () => {
    const day = longDefaultDay();
    const session = playDay(day, scriptedTrainee('expert', day, 1), { seed: 1 });
    const checks = session.record().checks.filter((c) => OURS.test(c.ruleId));
    expect(checks.filter((c) => !c.passed).map((c) => c.finding?.message)).toEqual([]);
    expect(new Set(checks.map((c) => c.ruleId))).toEqual(
      new Set([
        'rooming.hand-hygiene', 'rooming.patient-id', 'rooming.allergies', 'rooming.medications', 'rooming.chief-complaint',
        'vitals.record-accuracy', 'vitals.bp-technique', 'vitals.bp-repeat', 'vitals.abnormal-flag', 'vitals.critical-escalation',
        'vitals.temperature-route', 'vitals.child-bp',
        'specimen.patient-id', 'specimen.requisition', 'specimen.hand-hygiene', 'specimen.gloves', 'specimen.skin-antisepsis', 'specimen.order-of-draw',
        'specimen.tube-choice', 'specimen.inversions', 'specimen.label', 'specimen.tourniquet-time', 'safety.sharps',
        'specimen.clean-catch', 'specimen.orders-complete', 'poct.quality-control', 'poct.result-recording',
      ]),
    );
    expect(session.record().journeys.every((j) => j.outcome === 'completed')).toBe(true);
  });

  it('catches the novice in several typical mistakes of rooming and the lab', () => {
    const day = longDefaultDay();
    const session = playDay(day, scriptedTrainee('novice', day, 2), { seed: 2 });
    const missed = session.record().checks.filter((c) => OURS.test(c.ruleId) && !c.passed).map((c) => c.ruleId);
    expect(missed.length).toBeGreaterThanOrEqual(5);
    expect(missed.some((id) => id.startsWith('vitals.') || id.startsWith('rooming.'))).toBe(true);
    expect(missed.some((id) => id.startsWith('specimen.') || id.startsWith('poct.'))).toBe(true);
  });
});

describe('a redraw in the day', () => {
  it('puts the lab rejection on the timeline and keeps the patient at the lab until redrawn', () => {
    const day = scenario([patient('p1', '08:00', { orders: [{ testId: 'cbc' }] })], { workflows: { intake: false, vitals: true, specimen: true, scheduling: false, billing: false } });
    const session = Session.start(day, { seed: 3 });
    const act = (action: TraineeAction) => expect(session.act('p1', action).accepted, action.type).toBe(true);
    act({ type: 'patient.roomed', announce: 'first-name' });
    for (let i = 0; i < 40 && session.stageOf('p1') === 'rooming'; i++) {
      const snapshot = session.workflowSnapshot('p1')!;
      act(VITALS_PLAYER.expert({ snapshot, patient: day.patients[0]!, scenario: day, minute: session.minute })!);
    }
    while (session.stageOf('p1') !== 'orders') session.waitForNextEvent();
    const label = { fullName: 'Testp Patient', secondIdentifier: { kind: 'date-of-birth', value: '1970-05-14' }, collectedAtMinute: session.minute, initials: 'MA' } as const;
    for (const action of [
      { type: 'hands.cleaned' },
      { type: 'patient.identified', question: 'open', identifiers: ['full-name', 'date-of-birth'] },
      { type: 'requisition.checked' },
      { type: 'gloves.donned' },
      { type: 'specimen.labeled', container: 'lavender-edta', label },
      { type: 'tourniquet.applied' },
      { type: 'needle.inserted', device: 'multi-sample-needle' },
      { type: 'tube.drawn', tube: 'lavender-edta' },
      { type: 'tourniquet.released' },
      { type: 'tube.inverted', tube: 'lavender-edta', times: 8 },
      { type: 'needle.withdrawn' },
      { type: 'sharps.disposed' },
      { type: 'site.bandaged' },
      { type: 'specimen.sent' },
    ] as TraineeAction[]) {
      act(action);
    }
    expect(session.stageOf('p1')).toBe('orders');
    expect(session.act('p1', { type: 'tourniquet.applied' }).accepted).toBe(false);
    session.waitForNextEvent();
    const rejection = session.record().timeline.find((entry) => entry.text.includes('the lab rejected'));
    expect(rejection?.text).toBe(
      'Testp Patient: the lab rejected the Lavender (EDTA) tube (it was labelled before the specimen was collected (pre-labelled)); the patient must be redrawn.',
    );
    act({ type: 'tourniquet.applied' });
    act({ type: 'needle.inserted', device: 'multi-sample-needle' });
    act({ type: 'tube.drawn', tube: 'lavender-edta' });
    act({ type: 'tourniquet.released' });
    act({ type: 'tube.inverted', tube: 'lavender-edta', times: 8 });
    act({ type: 'needle.withdrawn' });
    act({ type: 'sharps.disposed' });
    act({ type: 'site.bandaged' });
    const snapshot = session.workflowSnapshot('p1')!;
    const view = { snapshot, patient: day.patients[0]!, scenario: day, minute: session.minute };
    act({ type: 'specimen.labeled', container: 'lavender-edta', label: correctLabel(view, (snapshot.context as SpecimenContext).drawn[0]!.atMinute) });
    act({ type: 'specimen.sent' });
    expect(session.stageOf('p1')).not.toBe('orders');
    expect(session.record().checks.filter((c) => c.ruleId === 'specimen.label').map((c) => c.passed)).toEqual([false, true]);
  });
});
