import { vitals } from '../../../src/workflows/vitals';
import { describe, expect, it } from 'vitest';
import { createActor, type EventObject } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import type { VitalsAction } from '../../../src/workflows/vitals/vitals.actions';
import { childSystolicLow, repeatBasis, vitalsAvailableActions, vitalsMachine, type VitalsContext } from '../../../src/workflows/vitals/vitals.machine';
import { UNNEEDED_ALERT_PROVIDER_MINUTES } from '../../../src/workflows/shared/patient-contact';
import { faithfulRecord, VITALS_PLAYER } from '../../../src/workflows/vitals/vitals.player';
import { averageBloodPressure } from '../../../src/workflows/vitals/vitals.instruments';
import { BP_CHARTING_ADVICE } from '../../../src/workflows/vitals/vitals.rules';
import { patient, scenario } from '../../support/scenario-builder';
import { missedRules, simulatedDay } from '../support';

const GOOD_BP = { cuff: 'adult', position: 'seated-back-supported-feet-flat', rested: true, armAtHeartLevel: true, talking: false } as const;

function start(vitals: Partial<Parameters<typeof patient>[2] & object>['vitals'] = undefined) {
  const day = scenario([patient('p1', '09:00', vitals ? { vitals } : {})]);
  const { clock, env, journal } = simulatedDay();
  const actor = createActor(vitalsMachine, { input: { scenario: day, patient: day.patients[0]!, env, chart: {} }, clock }).start();
  return { actor, journal, day };
}

/** Plays the expert player until the machine is done. */
function playExpert(actor: ReturnType<typeof start>['actor'], day: ReturnType<typeof start>['day']): VitalsAction['type'][] {
  const played: VitalsAction['type'][] = [];
  for (let i = 0; i < 40 && actor.getSnapshot().status === 'active'; i++) {
    const action = VITALS_PLAYER.expert({ snapshot: actor.getSnapshot(), patient: day.patients[0]!, scenario: day, minute: 540 }) as VitalsAction;
    played.push(action.type);
    actor.send(action);
  }
  return played;
}

/** The mean systolic reading of a 40 cm arm over 30 seeded days with `cuff`. */
function meanSystolic(cuff: 'large-adult' | 'small-adult'): number {
  let total = 0;
  for (let seed = 1; seed <= 30; seed++) {
    const day = scenario([patient('p1', '09:00', { vitals: { heightCm: 170, weightKg: 90, temperatureC: 36.8, pulsePerMinute: 70, respirationsPerMinute: 14, systolicMmHg: 130, diastolicMmHg: 80, spo2Percent: 98, armCircumferenceCm: 40 } })]);
    const { clock, env } = simulatedDay(seed);
    const actor = createActor(vitalsMachine, { input: { scenario: day, patient: day.patients[0]!, env, chart: {} }, clock }).start();
    actor.send({ type: 'blood-pressure.measured', technique: { ...GOOD_BP, cuff } });
    total += (actor.getSnapshot().context as VitalsContext).readings.bloodPressure[0]!.systolicMmHg;
  }
  return total / 30;
}

describe('vitalsMachine', () => {
  it('rooms, measures and records with no finding when the protocol is followed, and outputs the vitals record', () => {
    const { actor, journal, day } = start();
    playExpert(actor, day);
    expect(actor.getSnapshot().status).toBe('done');
    expect(missedRules(journal)).toEqual([]);
    const output = actor.getSnapshot().output!;
    expect(output.vitals!.systolicMmHg).toBeGreaterThan(100);
    expect(output.vitals!.providerAlerted).toBe(false);
    expect(journal.checks.filter((c) => c.ruleId === 'vitals.record-accuracy')).toHaveLength(9);
  });

  it('shows a reading from the ground truth with seeded scatter, the same on replay', () => {
    const first = start();
    const second = start();
    for (const { actor } of [first, second]) actor.send({ type: 'blood-pressure.measured', technique: GOOD_BP });
    const a = (first.actor.getSnapshot().context as VitalsContext).readings.bloodPressure[0]!;
    const b = (second.actor.getSnapshot().context as VitalsContext).readings.bloodPressure[0]!;
    expect(a).toEqual(b);
    expect(Math.abs(a.systolicMmHg - 118)).toBeLessThanOrEqual(12);
    expect(a.systolicMmHg % 2).toBe(0);
  });

  it('makes a cuff two sizes too small over-read on average by about the Cuff(SZ) bias', () => {
    expect(meanSystolic('small-adult') - meanSystolic('large-adult')).toBeGreaterThan(14);
  });

  it('catches a critical blood pressure that is not reported before the next step', () => {
    const { actor, journal } = start({ heightCm: 170, weightKg: 80, temperatureC: 36.8, pulsePerMinute: 80, respirationsPerMinute: 16, systolicMmHg: 196, diastolicMmHg: 128, spo2Percent: 98, armCircumferenceCm: 30 });
    actor.send({ type: 'blood-pressure.measured', technique: GOOD_BP });
    expect((actor.getSnapshot().context as VitalsContext).pendingCritical).toEqual(['blood-pressure']);
    actor.send({ type: 'pulse.measured' });
    expect(missedRules(journal)).toContain('vitals.critical-escalation');
    actor.send({ type: 'provider.alerted' });
    expect(actor.getSnapshot().context.providerAlerted).toBe(true);
    actor.send({ type: 'provider.alerted' });
    expect(journal.checks.filter((c) => c.ruleId === 'vitals.critical-escalation')).toHaveLength(1);
  });

  it('takes an alert with nothing critical to tell, as a minor finding that costs the provider minutes, and lists it only when needed', () => {
    const { actor, journal, day } = start();
    const interruptions: [string, number][] = [];
    const env = { ...actor.getSnapshot().context.env };
    const alerting = createActor(vitalsMachine, {
      input: { scenario: day, patient: day.patients[0]!, env: { ...env, interruptProvider: (providerId: string, minutes: number) => interruptions.push([providerId, minutes]) }, chart: {} },
    }).start();
    // Offered (a needless alert is the trainee's to make), but not urgent.
    expect(vitalsAvailableActions(alerting.getSnapshot())).toContain('provider.alerted');
    expect(vitals.urgent!(alerting.getSnapshot())).toEqual([]);
    alerting.send({ type: 'pulse.measured' });
    alerting.send({ type: 'provider.alerted' });
    const finding = journal.checks.find((c) => c.ruleId === 'escalation.unneeded-alert')?.finding;
    expect(finding).toMatchObject({ severity: 'minor', patientId: 'p1' });
    expect(finding?.message).toBe('The provider was called away for Testp Patient, but no value was in the critical range; the provider lost about 3 minutes.');
    expect(interruptions).toEqual([['dr-test', UNNEEDED_ALERT_PROVIDER_MINUTES]]);
    expect(alerting.getSnapshot().context.providerAlerted).toBe(false);
  });

  it('keeps the alert working for a critical value, and judges a second alert for it as unneeded', () => {
    const { actor, journal } = start({ heightCm: 170, weightKg: 80, temperatureC: 36.8, pulsePerMinute: 80, respirationsPerMinute: 16, systolicMmHg: 196, diastolicMmHg: 128, spo2Percent: 98, armCircumferenceCm: 30 });
    actor.send({ type: 'blood-pressure.measured', technique: GOOD_BP });
    expect(vitals.urgent!(actor.getSnapshot())).toEqual(['provider.alerted']);
    actor.send({ type: 'provider.alerted' });
    expect(journal.checks.filter((c) => c.ruleId === 'vitals.critical-escalation').map((c) => c.passed)).toEqual([true]);
    expect(missedRules(journal)).not.toContain('escalation.unneeded-alert');
    actor.send({ type: 'provider.alerted' });
    expect(missedRules(journal).filter((id) => id === 'escalation.unneeded-alert')).toHaveLength(1);
    expect(journal.checks.at(-1)?.finding?.message).toContain('the provider had already been told about blood pressure');
  });

  it('passes the escalation when the provider is told at once', () => {
    const { actor, journal } = start({ heightCm: 170, weightKg: 80, temperatureC: 36.8, pulsePerMinute: 80, respirationsPerMinute: 16, systolicMmHg: 70, diastolicMmHg: 40, spo2Percent: 86, armCircumferenceCm: 30 });
    actor.send({ type: 'spo2.measured' });
    actor.send({ type: 'provider.alerted' });
    expect(journal.checks.find((c) => c.ruleId === 'vitals.critical-escalation')?.passed).toBe(true);
  });

  it('ignores out-of-turn and double-fired events without throwing', () => {
    // An ill-formed action (a recording without its values) never reaches the machine: the edge refuses it (test/clinic/trainee-action.test.ts).
    const { actor, journal } = start();
    expect(actor.getSnapshot().can({ type: 'patient.ready-for-provider' })).toBe(false);
    actor.send({ type: 'allergies.reconciled', allergies: [] });
    actor.send({ type: 'allergies.reconciled', allergies: [] });
    expect(journal.checks.filter((c) => c.ruleId === 'rooming.allergies')).toHaveLength(1);
  });

  it('repeats a child\'s high first blood pressure, but not a low one, which is flagged for the provider instead', () => {
    const child = (systolicMmHg: number, diastolicMmHg: number) => {
      const day = scenario([
        patient('p1', '09:00', {
          dateOfBirth: '2019-09-02',
          vitals: { heightCm: 117, weightKg: 21, temperatureC: 36.9, pulsePerMinute: 96, respirationsPerMinute: 20, systolicMmHg, diastolicMmHg, spo2Percent: 99, armCircumferenceCm: 29 },
        }),
      ]);
      const { clock, env, journal } = simulatedDay();
      const actor = createActor(vitalsMachine, { input: { scenario: day, patient: day.patients[0]!, env, chart: {} }, clock }).start();
      return { actor, journal, day, played: playExpert(actor, day) };
    };
    const bpReadings = (played: readonly string[]) => played.filter((type) => type === 'blood-pressure.measured').length;

    // A 6-year-old's systolic range is 97–120 (PALS): 80 reads at most 92, low.
    const low = child(80, 50);
    expect(bpReadings(low.played)).toBe(1);
    expect(low.journal.checks.filter((check) => check.ruleId === 'vitals.bp-repeat')).toEqual([]);
    expect(missedRules(low.journal)).toEqual([]);
    expect((low.actor.getSnapshot().context as VitalsContext).flagged).toContain('blood-pressure');

    // 140 reads at least 128, high: the expert takes a second reading, and the check passes.
    const high = child(140, 85);
    expect(bpReadings(high.played)).toBe(2);
    expect(high.journal.checks.filter((check) => check.ruleId === 'vitals.bp-repeat').map((check) => check.passed)).toEqual([true]);
  });

  it('repeats a 6-year-old\'s reading that the AAP 2017 tables call elevated, though it is inside the PALS range, and not a normal one', () => {
    const day = scenario([
      patient('p1', '09:00', {
        dateOfBirth: '2019-09-02',
        sex: 'male',
        vitals: { heightCm: 117, weightKg: 21, temperatureC: 36.9, pulsePerMinute: 96, respirationsPerMinute: 20, systolicMmHg: 100, diastolicMmHg: 60, spo2Percent: 99, armCircumferenceCm: 20 },
      }),
    ]);
    const context = { patient: day.patients[0]!, scenario: day };
    // 106/66: at or above the 90th percentile for a 6-year-old boy of 117 cm, below the PALS maximum of 120.
    expect(childSystolicLow(context, 106)).toBe(false);
    expect(repeatBasis(context, { systolicMmHg: 106, diastolicMmHg: 66 })?.id).toBe('aap2017PediatricBp');
    expect(repeatBasis(context, { systolicMmHg: 122, diastolicMmHg: 80 })?.id).toBe('aap2017PediatricBp');
    expect(repeatBasis(context, { systolicMmHg: 100, diastolicMmHg: 60 })).toBeNull();
  });

  it('keeps the PALS range for the repeat of a child under 1, whom the AAP 2017 tables do not cover', () => {
    const day = scenario([
      patient('p1', '09:00', {
        dateOfBirth: '2025-09-10',
        vitals: { heightCm: 68, weightKg: 8, temperatureC: 36.9, pulsePerMinute: 120, respirationsPerMinute: 30, systolicMmHg: 90, diastolicMmHg: 55, spo2Percent: 99, armCircumferenceCm: 14, bpRiskCondition: true },
      }),
    ]);
    const context = { patient: day.patients[0]!, scenario: day };
    expect(repeatBasis(context, { systolicMmHg: 140, diastolicMmHg: 70 })?.id).toBe('choosingWiselyPediatricBp');
    expect(repeatBasis(context, { systolicMmHg: 90, diastolicMmHg: 55 })).toBeNull();
  });

  it('cites the pediatric source when a child\'s high reading is charted from one reading, and the adult one for an adult', () => {
    const chartedFromOne = (dateOfBirth: string) => {
      const day = scenario([
        patient('p1', '09:00', {
          dateOfBirth,
          vitals: { heightCm: 150, weightKg: 45, temperatureC: 36.9, pulsePerMinute: 90, respirationsPerMinute: 18, systolicMmHg: 150, diastolicMmHg: 92, spo2Percent: 99, armCircumferenceCm: 29 },
        }),
      ]);
      const { clock, env, journal } = simulatedDay();
      const actor = createActor(vitalsMachine, { input: { scenario: day, patient: day.patients[0]!, env, chart: {} }, clock }).start();
      // The expert's play, except that the vitals are charted straight after the first reading.
      for (let i = 0; i < 40 && actor.getSnapshot().status === 'active'; i++) {
        const context = actor.getSnapshot().context as VitalsContext;
        const action = VITALS_PLAYER.expert({ snapshot: actor.getSnapshot(), patient: day.patients[0]!, scenario: day, minute: 540 }) as VitalsAction;
        const repeat = action.type === 'blood-pressure.measured' && context.readings.bloodPressure.length === 1;
        actor.send(repeat ? { type: 'vitals.recorded', values: faithfulRecord(context) } : action);
      }
      return journal.checks.find((check) => check.ruleId === 'vitals.bp-repeat')?.finding?.source.id;
    };
    // A child of 1–12 is judged by the AAP 2017 category (150/92 is stage 2 for a 10-year-old), an adult by ACC/AHA.
    expect(chartedFromOne('2016-01-20')).toBe('aap2017PediatricBp');
    expect(chartedFromOne('1980-01-20')).toBe('accAha2017Hypertension');
  });

  it('judges hand hygiene and identification at the first contact', () => {
    const { actor, journal } = start();
    actor.send({ type: 'patient.identified', question: 'yes-no', identifiers: ['full-name'] });
    actor.send({ type: 'temperature.measured', route: 'oral' });
    expect(missedRules(journal)).toEqual(['rooming.hand-hygiene', 'rooming.patient-id']);
  });

  it('reaches every state on its shortest paths', () => {
    const day = scenario([patient('p1', '09:00')]);
    const { env } = simulatedDay();
    const events: EventObject[] = [
      { type: 'hands.cleaned' },
      { type: 'blood-pressure.measured', technique: GOOD_BP } as EventObject,
      { type: 'vitals.recorded', values: { heightCm: null, weightKg: null, bmi: null, temperatureC: null, temperatureRoute: null, pulsePerMinute: null, respirationsPerMinute: null, systolicMmHg: null, diastolicMmHg: null, spo2Percent: null, painScore: null } } as EventObject,
      { type: 'vitals.flagged', vitals: [] } as EventObject,
      { type: 'patient.ready-for-provider' },
    ];
    const paths = getShortestPaths(vitalsMachine, {
      input: { scenario: day, patient: day.patients[0]!, env, chart: {} },
      events: events as never[],
      serializeState: (snapshot) => JSON.stringify(snapshot.value),
    });
    expect(new Set(paths.map((p) => JSON.stringify(p.state.value)))).toEqual(new Set(['"rooming"', '"reviewing"', '"ready"']));
  });
});

describe('vitalsMachine, the abnormal-value flag and the wrong cuff', () => {
  const HIGH = { heightCm: 170, weightKg: 80, temperatureC: 36.8, pulsePerMinute: 80, respirationsPerMinute: 16, systolicMmHg: 150, diastolicMmHg: 95, spo2Percent: 98, armCircumferenceCm: 30 };

  /** Takes the readings with `cuffs` in turn, charts them faithfully, flags `flags` and hands over; the abnormal-flag check. */
  function flagAfter(cuffs: readonly ('adult' | 'small-adult')[], flags: readonly ('blood-pressure' | 'pulse')[]) {
    const { actor, journal } = start(HIGH);
    actor.send({ type: 'hands.cleaned' });
    actor.send({ type: 'patient.identified', question: 'open', identifiers: ['full-name', 'date-of-birth'] });
    for (const cuff of cuffs) actor.send({ type: 'blood-pressure.measured', technique: { ...GOOD_BP, cuff } });
    const context = actor.getSnapshot().context as VitalsContext;
    actor.send({ type: 'vitals.recorded', values: faithfulRecord(context) });
    actor.send({ type: 'vitals.flagged', vitals: [...flags] });
    actor.send({ type: 'patient.ready-for-provider' });
    return { check: journal.checks.find((c) => c.ruleId === 'vitals.abnormal-flag')!, readings: context.readings.bloodPressure };
  }

  it('judges the flag on the reading taken with the right cuff, and says the wrong cuff’s reading does not count', () => {
    const { check, readings } = flagAfter(['small-adult', 'adult'], []);
    const right = readings[1]!;
    expect(check.passed).toBe(false);
    expect(check.finding?.message).toContain(`BP ${right.systolicMmHg}/${right.diastolicMmHg} (the reading with the right cuff; the reading with the wrong cuff does not count) was not flagged`);
  });

  it('scores a wrong cuff kept for the repeat reading once, and still passes each careful reading', () => {
    const { actor, journal } = start(HIGH);
    actor.send({ type: 'hands.cleaned' });
    actor.send({ type: 'patient.identified', question: 'open', identifiers: ['full-name', 'date-of-birth'] });
    actor.send({ type: 'blood-pressure.measured', technique: { ...GOOD_BP, cuff: 'small-adult' } });
    actor.send({ type: 'blood-pressure.measured', technique: { ...GOOD_BP, cuff: 'small-adult' } });
    actor.send({ type: 'blood-pressure.measured', technique: GOOD_BP });
    actor.send({ type: 'blood-pressure.measured', technique: GOOD_BP });
    const technique = journal.checks.filter((c) => c.ruleId === 'vitals.bp-technique');
    expect(technique.map((c) => c.passed)).toEqual([false, true, true]);
    expect(technique[0]!.finding?.message).toContain('small adult cuff on a 30 cm arm');
  });

  it('scores a different technique error on a later reading as a second finding, and a repeated one not again', () => {
    const { actor, journal } = start(HIGH);
    actor.send({ type: 'hands.cleaned' });
    actor.send({ type: 'patient.identified', question: 'open', identifiers: ['full-name', 'date-of-birth'] });
    actor.send({ type: 'blood-pressure.measured', technique: { ...GOOD_BP, cuff: 'small-adult' } });
    actor.send({ type: 'blood-pressure.measured', technique: { ...GOOD_BP, armAtHeartLevel: false } });
    actor.send({ type: 'blood-pressure.measured', technique: { ...GOOD_BP, cuff: 'small-adult', armAtHeartLevel: false } });
    const technique = journal.checks.filter((c) => c.ruleId === 'vitals.bp-technique');
    expect(technique.map((c) => c.passed)).toEqual([false, false]);
    expect(technique[0]!.finding?.message).toContain('small adult cuff on a 30 cm arm');
    expect(technique[1]!.finding?.message).toContain('arm hanging unsupported, below heart level');
    expect(technique[1]!.finding?.message).not.toContain('cuff');
  });

  it('leaves the blood pressure out of the flag when every reading was taken with the wrong cuff, and says so', () => {
    expect(flagAfter(['small-adult'], []).check.passed).toBe(true);
    expect(flagAfter(['small-adult'], ['blood-pressure']).check.passed).toBe(true);
    const { check } = flagAfter(['small-adult'], ['pulse']);
    expect(check.finding?.message).toContain('the blood pressure was not judged: every reading was taken with a cuff that does not fit the arm');
  });
});

/** Two careful readings of a 120/77 patient on `seed`, charted as `charted`, flagged `flags`, handed over. */
function chartedAndFlagged(seed: number, charted: readonly [number, number], flags: readonly 'blood-pressure'[]) {
  const day = scenario([patient('p1', '09:00', { vitals: { heightCm: 165, weightKg: 70, temperatureC: 36.8, pulsePerMinute: 72, respirationsPerMinute: 16, systolicMmHg: 120, diastolicMmHg: 77, spo2Percent: 98, armCircumferenceCm: 29 } })]);
  const { clock, env, journal } = simulatedDay(seed);
  const actor = createActor(vitalsMachine, { input: { scenario: day, patient: day.patients[0]!, env, chart: {} }, clock }).start();
  actor.send({ type: 'hands.cleaned' });
  actor.send({ type: 'patient.identified', question: 'open', identifiers: ['full-name', 'date-of-birth'] });
  actor.send({ type: 'blood-pressure.measured', technique: GOOD_BP });
  actor.send({ type: 'blood-pressure.measured', technique: GOOD_BP });
  const context = actor.getSnapshot().context as VitalsContext;
  actor.send({ type: 'vitals.recorded', values: { ...faithfulRecord(context), systolicMmHg: charted[0], diastolicMmHg: charted[1] } });
  actor.send({ type: 'vitals.flagged', vitals: [...flags] });
  actor.send({ type: 'patient.ready-for-provider' });
  const readings = context.readings.bloodPressure.map((r) => `${r.systolicMmHg}/${r.diastolicMmHg}`);
  // Only the blood pressure is measured: the other entries' record findings are not what these tests are about.
  const bpRecord = journal.checks.filter((c) => c.ruleId === 'vitals.record-accuracy' && c.finding?.message.includes('blood pressure'));
  return { readings, flag: journal.checks.find((c) => c.ruleId === 'vitals.abnormal-flag')!, bpRecord };
}

/** The average of blood-pressure readings given as [systolic, diastolic] pairs. */
function read(...pairs: [number, number][]) {
  return averageBloodPressure(pairs.map(([systolicMmHg, diastolicMmHg]) => ({ systolicMmHg, diastolicMmHg, technique: GOOD_BP, atMinute: 540 })));
}

describe('vitalsMachine, the blood-pressure flag judged on the value charted', () => {
  it('judges 120/77, charted one tick from the gauge’s 119/77 average (120/78 and 118/76), as charted: elevated, so its flag is right', () => {
    const { readings, flag, bpRecord } = chartedAndFlagged(103, [120, 77], ['blood-pressure']);
    expect(readings).toEqual(['120/78', '118/76']);
    // The record accepts the chart (within one 2 mmHg tick of the average): the flag is judged on the same number.
    expect(bpRecord).toEqual([]);
    expect(flag.passed).toBe(true);
  });

  it('tells the same chart left unflagged by the value charted, the number the trainee wrote and read', () => {
    const { flag } = chartedAndFlagged(103, [120, 77], []);
    expect(flag.passed).toBe(false);
    expect(flag.finding?.message).toContain('BP 120/77 as charted was not flagged, but it is elevated');
    expect(flag.finding?.message).not.toContain('119/77');
  });

  it('judges the exact average 119/77, charted, as normal', () => {
    expect(chartedAndFlagged(103, [119, 77], []).flag.passed).toBe(true);
    expect(chartedAndFlagged(103, [119, 77], ['blood-pressure']).flag.finding?.message).toContain('BP 119/77 was flagged, but it is normal');
  });

  it('averages 122/78 and 118/76 to 120/77, the same as the chart, so the flag of elevated stands', () => {
    const { readings, flag, bpRecord } = chartedAndFlagged(327, [120, 77], ['blood-pressure']);
    expect(readings).toEqual(['122/78', '118/76']);
    expect(bpRecord).toEqual([]);
    expect(flag.passed).toBe(true);
  });

  it('averages to the whole mmHg as the charting advice says, a half rounding up', () => {
    expect(BP_CHARTING_ADVICE).toContain('134/82 and 132/80 give 133/81');
    expect(read([134, 82], [132, 80])).toEqual({ systolicMmHg: 133, diastolicMmHg: 81 });
    expect(read([122, 78], [118, 76])).toEqual({ systolicMmHg: 120, diastolicMmHg: 77 });
    expect(read([120, 78], [118, 76])).toEqual({ systolicMmHg: 119, diastolicMmHg: 77 });
    expect(read([120, 78], [118, 76], [118, 76])).toEqual({ systolicMmHg: 119, diastolicMmHg: 77 });
    expect(read([120, 78], [118, 76], [118, 76], [118, 76])).toEqual({ systolicMmHg: 119, diastolicMmHg: 77 });
  });
});
