import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { VitalsAction } from '../../../src/workflows/vitals/vitals.actions';
import { expectedFlags, onDay, optionalEntries, orthostaticStepsLeft, roomingStepsLeft, vitalsAvailableActions, vitalsMachine, vitalsRecord, type VitalsContext } from '../../../src/workflows/vitals/vitals.machine';
import { flaccFor, noPainScaleReason, orthostaticResult, type OrthostaticReading, painTruth } from '../../../src/workflows/vitals/vitals.depth';
import { flaccItemsFromTotal, flaccTotal } from '../../../src/reference/vitals/flacc';
import { childBpCheck, orthostaticCheck, orthostaticSafetyCheck, recordVerdicts, temperatureRouteCheck } from '../../../src/workflows/vitals/vitals.rules';
import { NO_READINGS } from '../../../src/workflows/vitals/vitals.instruments';
import { faithfulRecord, VITALS_PLAYER } from '../../../src/workflows/vitals/vitals.player';
import { flagReferences } from '../../../src/workflows/vitals/vitals.flag-basis';
import { SOURCES } from '../../../src/reference/source';
import { patient, scenario } from '../../support/scenario-builder';
import { missedRules, simulatedDay } from '../support';

// The builder's day is 2026-03-10.
const FIVE_YEAR_OLD_BOY = { dateOfBirth: '2020-09-01', sex: 'male' as const };
const TWO_MONTH_OLD = { dateOfBirth: '2026-01-05' };
const FIFTEEN_MONTH_OLD = { dateOfBirth: '2024-12-01' };
const who = { patientId: 'p1', patientName: 'Liam Test', minute: 540 };

type PatientOverrides = Parameters<typeof patient>[2];

function start(overrides: PatientOverrides = {}, vitals: Partial<NonNullable<PatientOverrides>['vitals']> = {}) {
  const base = patient('p1', '09:00');
  const day = scenario([patient('p1', '09:00', { ...overrides, vitals: { ...base.vitals, ...vitals } })]);
  const { clock, env, journal } = simulatedDay();
  const actor = createActor(vitalsMachine, { input: { scenario: day, patient: day.patients[0]!, env, chart: {} }, clock }).start();
  const context = () => actor.getSnapshot().context as VitalsContext;
  return { actor, journal, day, context };
}

/** Plays the expert until the machine is done, with `change` standing in for the expert's move where it returns one. */
function play(run: ReturnType<typeof start>, change: (action: VitalsAction, context: VitalsContext) => VitalsAction | null = () => null): VitalsAction[] {
  const played: VitalsAction[] = [];
  for (let i = 0; i < 60 && run.actor.getSnapshot().status === 'active'; i++) {
    const expert = VITALS_PLAYER.expert({ snapshot: run.actor.getSnapshot(), patient: run.day.patients[0]!, scenario: run.day, minute: 540 }) as VitalsAction;
    const action = change(expert, run.context()) ?? expert;
    played.push(action);
    run.actor.send(action);
  }
  return played;
}

const DEPTH_RULES = ['vitals.temperature-route', 'vitals.child-bp', 'vitals.orthostatic', 'vitals.orthostatic-safety'];
const checksOf = (run: ReturnType<typeof start>, ruleId: string) => run.journal.checks.filter((check) => check.ruleId === ruleId);

describe('vitals.temperature-route', () => {
  it('passes an ear thermometer for a 5-year-old', () => {
    const run = start(FIVE_YEAR_OLD_BOY);
    run.actor.send({ type: 'temperature.measured', route: 'tympanic' });
    expect(checksOf(run, 'vitals.temperature-route').map((check) => check.passed)).toEqual([true]);
  });

  it('misses an ear thermometer for a 2-month-old, naming the routes that suit and the paediatric source', () => {
    const run = start(TWO_MONTH_OLD);
    run.actor.send({ type: 'temperature.measured', route: 'tympanic' });
    const [check] = checksOf(run, 'vitals.temperature-route');
    expect(check?.passed).toBe(false);
    expect(check?.finding?.message).toBe('Testp Patient (2 months old) had the temperature taken in the ear, a route not reliable at that age (ear temperatures are not accurate before 6 months of age).');
    expect(check?.finding?.remedy).toContain('on the forehead, under the arm, rectally');
    expect(check?.finding?.source.id).toBe(SOURCES.schmittFeverTakeTemperature.id);
  });

  it('misses a mouth thermometer for a 15-month-old, and judges no adult', () => {
    const toddler = start(FIFTEEN_MONTH_OLD);
    toddler.actor.send({ type: 'temperature.measured', route: 'oral' });
    expect(missedRules(toddler.journal)).toContain('vitals.temperature-route');
    const adult = start();
    adult.actor.send({ type: 'temperature.measured', route: 'rectal' });
    expect(checksOf(adult, 'vitals.temperature-route')).toEqual([]);
  });

  it('judges a fever by the threshold of the route it was taken by', () => {
    const day = scenario([patient('p1', '09:00', FIVE_YEAR_OLD_BOY)]);
    const context = { patient: day.patients[0]!, scenario: day };
    expect(expectedFlags(context, { temperatureC: 37.9 }, 'oral')).toEqual(['temperature']);
    expect(expectedFlags(context, { temperatureC: 37.9 }, 'tympanic')).toEqual([]);
    expect(expectedFlags(context, { temperatureC: 37.3 }, 'axillary')).toEqual(['temperature']);
    expect(expectedFlags(context, { temperatureC: 38.0 }, 'rectal')).toEqual(['temperature']);
  });

  it('judges an adult’s fever by the one measured 38.0 °C of the CDC, by any route, not by the paediatric route thresholds (the playtest)', () => {
    const day = scenario([patient('p1', '09:00', { dateOfBirth: '1980-03-01' })]);
    const context = { patient: day.patients[0]!, scenario: day };
    expect(expectedFlags(context, { temperatureC: 37.9 }, 'oral')).toEqual([]);
    expect(expectedFlags(context, { temperatureC: 38.0 }, 'oral')).toEqual(['temperature']);
    expect(expectedFlags(context, { temperatureC: 37.3 }, 'axillary')).toEqual([]);
    const adult = { patient: day.patients[0]!, onDate: day.day.date };
    expect(flagReferences(adult, 'oral').find((reference) => reference.vital === 'temperature')?.table).toBe('the fever threshold for adults, by any route (CDC)');
  });

  it('builds its message from what it is given', () => {
    const reason = 'Safe by mouth from about 4 years, when a child can hold the thermometer under the tongue.';
    const check = temperatureRouteCheck({ ...who, route: 'oral', suits: false, ageText: '2 years old', suitable: ['rectal'], reason, source: SOURCES.schmittFeverTakeTemperature });
    expect(check.finding?.message).toBe('Liam Test (2 years old) had the temperature taken by mouth, a route not reliable at that age (safe by mouth from about 4 years, when a child can hold the thermometer under the tongue).');
    expect(temperatureRouteCheck({ ...who, route: 'rectal', suits: true, ageText: '2 years old', suitable: ['rectal'], reason, source: SOURCES.schmittFeverTakeTemperature }).passed).toBe(true);
  });
});

/** A boy of 5 at 110 cm with the given blood pressure. */
function boy(systolicMmHg: number, diastolicMmHg: number) {
  return start(FIVE_YEAR_OLD_BOY, { heightCm: 110, systolicMmHg, diastolicMmHg, armCircumferenceCm: 17 });
}

describe('vitals.child-bp', () => {
  it('passes a 5-year-old’s stage-1 pressure flagged by the percentile table, where the adult table calls it normal', () => {
    const run = boy(112, 70);
    play(run);
    expect(run.context().flagged).toContain('blood-pressure');
    expect(checksOf(run, 'vitals.child-bp').map((check) => check.passed)).toEqual([true]);
    expect(missedRules(run.journal)).toEqual([]);
  });

  it('misses the same pressure left unflagged, with the child’s cut-offs in the message', () => {
    const run = boy(112, 70);
    play(run, (action) => (action.type === 'vitals.flagged' ? { type: 'vitals.flagged', vitals: action.vitals.filter((v) => v !== 'blood-pressure') } : null));
    const [check] = checksOf(run, 'vitals.child-bp');
    expect(check?.passed).toBe(false);
    expect(check?.finding?.message).toMatch(/was not flagged, but it is (elevated|stage 1 hypertension|stage 2 hypertension) by the AAP 2017 tables \(elevated from 105\/65, stage 1 from 109\/68 for this child's age, sex and height\)/);
    expect(check?.finding?.source.id).toBe(SOURCES.aap2017PediatricBp.id);
    // Judged by its own rule, not twice.
    expect(checksOf(run, 'vitals.abnormal-flag').every((c) => c.passed)).toBe(true);
  });

  it('misses a normal child’s pressure flagged, saying it is neither high nor low, with low-value advice', () => {
    const check = childBpCheck({ ...who, judgement: { category: 'normal', elevatedFrom: { systolic: 105, diastolic: 65 }, stage1From: { systolic: 109, diastolic: 68 }, source: SOURCES.aap2017PediatricBp }, low: false, bp: '98/58', flagged: true, hypotension: 'systolic below 80 mmHg (70 + 2 × 5 years)' });
    expect(check.finding?.message).toContain('was flagged, but it is normal for the child: not high by the AAP 2017 tables');
    expect(check.finding?.message).toContain('not low (hypotension by PALS is systolic below 80 mmHg (70 + 2 × 5 years))');
    expect(check.finding?.remedy).toMatch(/^A low-normal pressure is not flagged/);
  });

  it('keeps a hypotensive child’s pressure flagged by the PALS threshold, with advice about the low value', () => {
    const check = childBpCheck({ ...who, judgement: { category: 'normal', elevatedFrom: { systolic: 105, diastolic: 65 }, stage1From: { systolic: 109, diastolic: 68 }, source: SOURCES.aap2017PediatricBp }, low: true, bp: '78/44', flagged: false, hypotension: 'systolic below 80 mmHg (70 + 2 × 5 years)' });
    expect(check.finding?.message).toBe("Liam Test's blood pressure 78/44 was not flagged, but it is hypotension for the age by the PALS thresholds (systolic below 80 mmHg (70 + 2 × 5 years)).");
    expect(check.finding?.remedy).toContain('flag it, repeat the reading with the right cuff, and tell the provider');
    expect(check.finding?.remedy).not.toContain('90th percentile');
  });

  it('does not flag a well 7-year-old’s low-normal 96/64 (above the PALS threshold of 84), and flags 80/50 as hypotension', () => {
    const seven = { dateOfBirth: '2018-09-01', sex: 'female' as const };
    const normal = start(seven, { heightCm: 122, systolicMmHg: 96, diastolicMmHg: 64, armCircumferenceCm: 19 });
    play(normal);
    expect(normal.context().flagged).not.toContain('blood-pressure');
    expect(missedRules(normal.journal)).toEqual([]);
    const flaggedAnyway = start(seven, { heightCm: 122, systolicMmHg: 96, diastolicMmHg: 64, armCircumferenceCm: 19 });
    play(flaggedAnyway, (action) => (action.type === 'vitals.flagged' ? { type: 'vitals.flagged', vitals: [...action.vitals, 'blood-pressure'] } : null));
    const [check] = checksOf(flaggedAnyway, 'vitals.child-bp');
    expect(check?.finding?.message).toMatch(/not low \(hypotension by PALS is systolic below 84 mmHg \(70 \+ 2 × 7 years\)\)/);
    const low = start(seven, { heightCm: 122, systolicMmHg: 80, diastolicMmHg: 50, armCircumferenceCm: 19 });
    play(low);
    expect(low.context().flagged).toContain('blood-pressure');
    expect(missedRules(low.journal)).toEqual([]);
  });

  it('counts a misread once: the flag is judged on the value charted, not again on the instrument’s', () => {
    // A 5-year-old's 112/70 is stage 1 by the percentiles; charted as 98/60 and, by that, left unflagged.
    const run = boy(112, 70);
    play(run, (action) => {
      if (action.type === 'vitals.recorded') return { ...action, values: { ...action.values, systolicMmHg: 98, diastolicMmHg: 60 } };
      if (action.type === 'vitals.flagged') return { type: 'vitals.flagged', vitals: action.vitals.filter((v) => v !== 'blood-pressure') };
      return null;
    });
    expect(missedRules(run.journal)).toEqual(['vitals.record-accuracy']);
  });
});

describe('a child under 3', () => {
  it('needs no blood pressure without a risk condition, and the expert takes none', () => {
    const run = start(FIFTEEN_MONTH_OLD, { heightCm: 79, weightKg: 10.6, pulsePerMinute: 120, respirationsPerMinute: 28, systolicMmHg: 92, diastolicMmHg: 56, armCircumferenceCm: 15 });
    expect(optionalEntries(run.context())).toEqual(['blood-pressure']);
    const played = play(run).map((action) => action.type);
    expect(played).not.toContain('blood-pressure.measured');
    expect(played).toContain('pain.assessed');
    expect(missedRules(run.journal)).toEqual([]);
  });

  it('needs one with a risk condition', () => {
    const run = start(FIFTEEN_MONTH_OLD, { bpRiskCondition: true });
    expect(optionalEntries(run.context())).toEqual([]);
  });

  it('still misses a blood pressure measured and left blank, and an infant under 2 months has no pain scale to ask', () => {
    const readings = { ...NO_READINGS, bloodPressure: [{ systolicMmHg: 90, diastolicMmHg: 50, technique: { cuff: 'child', position: 'seated-back-supported-feet-flat', rested: true, armAtHeartLevel: true, talking: false }, atMinute: 1 }] } as const;
    const blank = { heightCm: null, weightKg: null, bmi: null, temperatureC: null, temperatureRoute: null, pulsePerMinute: null, respirationsPerMinute: null, systolicMmHg: null, diastolicMmHg: null, spo2Percent: null, painScore: null };
    const bp = (entries: readonly ('blood-pressure' | 'pain')[]) => recordVerdicts(readings, blank, entries).find((v) => v.entry === 'blood-pressure')?.problem;
    expect(bp(['blood-pressure'])).toBe('the blood pressure (90/50) was left blank');
    expect(recordVerdicts(NO_READINGS, blank, ['blood-pressure']).find((v) => v.entry === 'blood-pressure')?.problem).toBeNull();
    expect(recordVerdicts(NO_READINGS, blank).find((v) => v.entry === 'blood-pressure')?.problem).toBe('the blood pressure was never measured');
    const infant = start(TWO_MONTH_OLD);
    expect(vitalsAvailableActions(infant.actor.getSnapshot())).toContain('pain.assessed');
    const newborn = start({ dateOfBirth: '2026-02-20' });
    expect(vitalsAvailableActions(newborn.actor.getSnapshot())).not.toContain('pain.assessed');
    expect(optionalEntries(newborn.context())).toEqual(['blood-pressure', 'pain']);
  });

  it('measures a head circumference with the length under 2 years, charts it, and draws every other reading as before', () => {
    const withHead = start(FIFTEEN_MONTH_OLD, { headCircumferenceCm: 46.5 });
    const without = start(FIFTEEN_MONTH_OLD);
    for (const run of [withHead, without]) {
      run.actor.send({ type: 'height-weight.measured' });
      run.actor.send({ type: 'pulse.measured' });
    }
    expect(withHead.context().readings.headCircumferenceCm).toBe(46.5);
    expect(without.context().readings.headCircumferenceCm).toBeNull();
    expect({ ...withHead.context().readings, headCircumferenceCm: null }).toEqual(without.context().readings);
    withHead.actor.send({ type: 'vitals.recorded', values: faithfulRecord(withHead.context()) });
    expect(vitalsRecord(withHead.context()).headCircumferenceCm).toBe(46.5);
    const adult = start({ dateOfBirth: '1980-01-01' }, { headCircumferenceCm: 56 });
    adult.actor.send({ type: 'height-weight.measured' });
    expect(adult.context().readings.headCircumferenceCm).toBeNull();
  });

  it('says why a 7-week-old has no pain scale, and what to do instead; a 2-month-old has FLACC and no such note', () => {
    const sevenWeeks = start({ dateOfBirth: '2026-01-20' });
    expect(noPainScaleReason(onDay(sevenWeeks.context()))).toMatch(/^No pain scale is used here under 2 months: FLACC starts at 2 months.*Watch the baby/);
    expect(noPainScaleReason(onDay(start(TWO_MONTH_OLD).context()))).toBeNull();
  });
});

const ORTHOSTATIC_DROP = {
  supine: { systolicMmHg: 150, diastolicMmHg: 90, pulsePerMinute: 70 },
  standingOneMinute: { systolicMmHg: 140, diastolicMmHg: 86, pulsePerMinute: 78 },
  standingThreeMinutes: { systolicMmHg: 124, diastolicMmHg: 78, pulsePerMinute: 84 },
  dizzyOnStanding: false,
};

/** A patient with orthostatics ordered, whose set shows `orthostatic`. */
function ordered(orthostatic = ORTHOSTATIC_DROP) {
  return start({ orthostaticVitals: true }, { orthostatic });
}

describe('the FLACC pain score of a child who cannot say how much it hurts', () => {
  it('is the sum of the scenario\'s five items, and a charted number that is not their sum is a misread', () => {
    const run = start(FIFTEEN_MONTH_OLD, { painScore: 0, flacc: { face: 2, legs: 1, activity: 1, cry: 2, consolability: 1 } });
    expect(painTruth(run.day.patients[0]!.vitals)).toBe(7);
    expect(flaccFor({ patient: run.day.patients[0]!, onDate: run.day.day.date })).toEqual({ face: 2, legs: 1, activity: 1, cry: 2, consolability: 1 });
    play(run, (action, context) => (action.type === 'vitals.recorded' ? { type: 'vitals.recorded', values: { ...faithfulRecord(context), painScore: 6 } } : null));
    expect(run.context().readings.painScore).toBe(7);
    expect(checksOf(run, 'vitals.record-accuracy').flatMap((c) => (c.finding ? [c.finding.message] : []))).toEqual([
      'Testp Patient: the pain score was recorded as 6/10, but the instrument showed 7/10.',
    ]);
  });

  it('derives items from a scenario\'s single FLACC number, one point to each item in turn, adding up to it', () => {
    expect(flaccItemsFromTotal(0)).toEqual({ face: 0, legs: 0, activity: 0, cry: 0, consolability: 0 });
    expect(flaccItemsFromTotal(3)).toEqual({ face: 1, legs: 0, activity: 0, cry: 1, consolability: 1 });
    expect(flaccItemsFromTotal(6)).toEqual({ face: 2, legs: 1, activity: 1, cry: 1, consolability: 1 });
    for (let total = 0; total <= 10; total++) expect(flaccTotal(flaccItemsFromTotal(total))).toBe(total);
    const run = start(FIFTEEN_MONTH_OLD, { painScore: 4 });
    expect(flaccFor({ patient: run.day.patients[0]!, onDate: run.day.day.date })).toEqual({ face: 1, legs: 1, activity: 0, cry: 1, consolability: 1 });
    expect(painTruth(run.day.patients[0]!.vitals)).toBe(4);
  });

  it('is not asked of a child old enough for a self-report scale', () => {
    const run = start(FIVE_YEAR_OLD_BOY, { painScore: 3 });
    expect(flaccFor({ patient: run.day.patients[0]!, onDate: run.day.day.date })).toBeNull();
  });
});

describe('vitals.orthostatic', () => {
  it('lists the ordered readings as steps left while they can be taken, each gone once taken, and none for a patient without the order', () => {
    const run = ordered();
    const left = () => roomingStepsLeft(run.context()).filter((type) => type.startsWith('orthostatic.'));
    expect(orthostaticStepsLeft(run.context())).toEqual(['orthostatic.supine-measured', 'orthostatic.standing-measured']);
    expect(left()).toEqual(['orthostatic.supine-measured', 'orthostatic.standing-measured']);
    run.actor.send({ type: 'orthostatic.supine-measured', restedMinutes: 5 });
    run.actor.send({ type: 'orthostatic.standing-measured', minutesStanding: 1, steadied: true });
    expect(left()).toEqual(['orthostatic.standing-measured']);
    run.actor.send({ type: 'orthostatic.standing-measured', minutesStanding: 3, steadied: true });
    expect(left()).toEqual([]);
    expect(orthostaticStepsLeft(start().context())).toEqual([]);
  });

  it('passes the expert’s set (5 minutes lying, standing at 1 and 3, the drop flagged) with the safety check at the rise', () => {
    const run = ordered();
    const played = play(run).map((action) => action.type);
    expect(played.filter((type) => type.startsWith('orthostatic.'))).toEqual(['orthostatic.supine-measured', 'orthostatic.standing-measured', 'orthostatic.standing-measured']);
    expect(run.context().flagged).toContain('orthostatic');
    expect(checksOf(run, 'vitals.orthostatic').map((c) => c.passed)).toEqual([true]);
    expect(checksOf(run, 'vitals.orthostatic-safety').map((c) => c.passed)).toEqual([true]);
    expect(missedRules(run.journal)).toEqual([]);
  });

  it('puts the lying and standing readings, with the minutes lain and stood, into the chart\'s vitals record', () => {
    const run = ordered();
    play(run);
    const record = run.actor.getSnapshot().output!.vitals!;
    const taken = run.context().orthostatic;
    expect(record.orthostatic.map((r) => [r.position, r.minutes])).toEqual([
      ['supine', 5],
      ['standing', 1],
      ['standing', 3],
    ]);
    expect(record.orthostatic.map((r) => `${r.systolicMmHg}/${r.diastolicMmHg} ${r.pulsePerMinute}`)).toEqual(taken.map((r) => `${r.systolicMmHg}/${r.diastolicMmHg} ${r.pulsePerMinute}`));
  });

  it('keeps the chart\'s orthostatic record empty where none were ordered', () => {
    const run = start();
    play(run);
    expect(run.actor.getSnapshot().output!.vitals!.orthostatic).toEqual([]);
  });

  it('misses a set stopped at 1 minute, the lying reading without rest, and the drop unflagged', () => {
    const run = ordered();
    play(run, (action) => {
      if (action.type === 'orthostatic.supine-measured') return { type: 'orthostatic.supine-measured', restedMinutes: 1 };
      if (action.type === 'orthostatic.standing-measured' && action.minutesStanding === 3) return { type: 'vitals.recorded', values: faithfulRecord(run.context()) };
      return null;
    });
    const [check] = checksOf(run, 'vitals.orthostatic');
    expect(check?.passed).toBe(false);
    expect(check?.finding?.message).toBe("Testp Patient's ordered orthostatic vital signs: the lying reading was taken after 1 minute of rest, not 5; no standing reading at 3 minutes.");
  });

  it('misses a drop left unflagged, and a set flagged without one', () => {
    const readings: OrthostaticReading[] = [
      { position: 'supine', minutes: 5, systolicMmHg: 150, diastolicMmHg: 90, pulsePerMinute: 70, steadied: true, dizzy: false },
      { position: 'standing', minutes: 1, systolicMmHg: 140, diastolicMmHg: 86, pulsePerMinute: 78, steadied: true, dizzy: false },
      { position: 'standing', minutes: 3, systolicMmHg: 124, diastolicMmHg: 78, pulsePerMinute: 84, steadied: true, dizzy: false },
    ];
    const result = orthostaticResult(readings);
    expect(result).toEqual({ hypotension: true, symptomatic: false, systolicDrop: 26, diastolicDrop: 12 });
    expect(orthostaticCheck({ ...who, readings, loweredAfterDizziness: false, result, flagged: false }).finding?.message).toContain('a drop of 26/12 mmHg on standing was not flagged');
    const steady = readings.map((r) => ({ ...r, systolicMmHg: 150, diastolicMmHg: 90 }));
    expect(orthostaticCheck({ ...who, readings: steady, loweredAfterDizziness: false, result: orthostaticResult(steady), flagged: true }).finding?.message).toContain(
      'the set was flagged as orthostatic with no drop meeting the criteria (0/0 mmHg)',
    );
  });

  it('asks no 3-minute reading of a dizzy patient helped back down', () => {
    const run = ordered({ ...ORTHOSTATIC_DROP, dizzyOnStanding: true });
    const played = play(run).map((action) => action.type);
    expect(played.filter((type) => type.startsWith('orthostatic.'))).toEqual(['orthostatic.supine-measured', 'orthostatic.standing-measured', 'orthostatic.patient-lowered']);
    expect(missedRules(run.journal)).toEqual([]);
  });

  it('takes no orthostatic reading where none was ordered', () => {
    const run = start();
    expect(vitalsAvailableActions(run.actor.getSnapshot())).not.toContain('orthostatic.supine-measured');
    run.actor.send({ type: 'orthostatic.supine-measured', restedMinutes: 5 });
    expect(run.context().orthostatic).toEqual([]);
    play(run);
    expect(run.journal.checks.filter((check) => DEPTH_RULES.includes(check.ruleId))).toEqual([]);
  });
});

describe('vitals.orthostatic-safety', () => {
  it('misses a patient stood up alone, once per rise, and says a dizzy one swayed', () => {
    const run = start({ orthostaticVitals: true }, { orthostatic: { ...ORTHOSTATIC_DROP, dizzyOnStanding: true } });
    play(run, (action) => (action.type === 'orthostatic.standing-measured' ? { ...action, steadied: false } : null));
    const checks = checksOf(run, 'vitals.orthostatic-safety');
    expect(checks.map((c) => c.passed)).toEqual([false]);
    expect(checks[0]?.finding?.message).toBe('Testp Patient stood up for the orthostatic reading with nobody at their side, turned dizzy and swayed, catching the exam table.');
    expect(orthostaticSafetyCheck({ ...who, steadied: false, dizzy: false }).finding?.message).toBe('Liam Test stood up for the orthostatic reading with nobody at their side to steady them.');
    expect(orthostaticSafetyCheck({ ...who, steadied: true, dizzy: true }).passed).toBe(true);
  });
});

describe('the ranges shown at the review', () => {
  it('gives a 7-week-old’s pulse band as the game judges it (PALS infant, 100–190/min), before any flag', () => {
    const day = scenario([patient('p1', '09:00', { dateOfBirth: '2026-01-20' })]);
    const references = flagReferences({ patient: day.patients[0]!, onDate: day.day.date }, 'rectal');
    expect(references.find((r) => r.vital === 'pulse')).toEqual({ vital: 'pulse', bounds: '100–190/min', table: 'the PALS 2015/2020 ranges for an infant (28 days to 11 months) (PedsCases chart)' });
    expect(references.find((r) => r.vital === 'temperature')?.bounds).toContain('under 3 months is critical');
    expect(expectedFlags({ patient: day.patients[0]!, scenario: day }, { pulsePerMin: 172 })).toEqual([]);
  });

  it('gives a 7-year-old’s blood pressure by the percentile cut-off and the PALS hypotension threshold', () => {
    const day = scenario([patient('p1', '09:00', { dateOfBirth: '2018-09-01', sex: 'female', vitals: { ...patient('p1', '09:00').vitals, heightCm: 122 } })]);
    const bp = flagReferences({ patient: day.patients[0]!, onDate: day.day.date }, null).find((r) => r.vital === 'blood-pressure');
    expect(bp?.bounds).toMatch(/^flag high from \d+\/\d+ \(elevated for this child's age, sex and height\), and low only at systolic below 84 mmHg \(70 \+ 2 × 7 years\)$/);
    expect(bp?.table).toBe('the AAP 2017 percentile tables, and the PALS hypotension thresholds');
  });
});
