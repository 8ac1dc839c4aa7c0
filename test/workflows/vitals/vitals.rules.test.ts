import { describe, expect, it } from 'vitest';
import { BP_REPEAT_RULES, type FlaggableVital } from '../../../src/reference/vital-signs';
import { identificationProblems } from '../../../src/workflows/shared/patient-contact';
import type { BpTechnique, RecordedVitals } from '../../../src/workflows/vitals/vitals.actions';
import { cuffReadingBias, NO_READINGS, readBloodPressure, rightCuffForArm, type InstrumentReadings } from '../../../src/workflows/vitals/vitals.instruments';
import { SeededRandom } from '../../../src/domain/random';
import type { ScenarioVitals } from '../../../src/scenario/scenario.schema';
import { expectedFlags } from '../../../src/workflows/vitals/vitals.machine';
import { flagBases, flagRemedy } from '../../../src/workflows/vitals/vitals.flag-basis';
import {
  abnormalFlagCheck,
  allergiesCheck,
  bpRepeatCheck,
  bpTechniqueCheck,
  chiefComplaintCheck,
  BP_CHARTING_ADVICE,
  criticalEscalationCheck,
  recordAccuracyChecks,
  recordRemedy,
  recordVerdicts,
  vitalsBpTechniqueRule,
} from '../../../src/workflows/vitals/vitals.rules';
import { patient, scenario } from '../../support/scenario-builder';

const who = { patientId: 'p1', patientName: 'Ada Lovelace', minute: 540 };
const good: BpTechnique = { cuff: 'adult', position: 'seated-back-supported-feet-flat', rested: true, armAtHeartLevel: true, talking: false };

const readings: InstrumentReadings = {
  ...NO_READINGS,
  heightCm: 170,
  weightKg: 70,
  temperature: { celsius: 36.8, route: 'oral' },
  pulsePerMinute: 84,
  respirationsPerMinute: 16,
  spo2Percent: 97,
  painScore: 2,
  bloodPressure: [
    { systolicMmHg: 148, diastolicMmHg: 92, technique: good, atMinute: 530 },
    { systolicMmHg: 144, diastolicMmHg: 90, technique: good, atMinute: 532 },
  ],
};
const faithful: RecordedVitals = {
  heightCm: 170,
  weightKg: 70,
  bmi: 24.2,
  temperatureC: 36.8,
  temperatureRoute: 'oral',
  pulsePerMinute: 84,
  respirationsPerMinute: 16,
  systolicMmHg: 146,
  diastolicMmHg: 91,
  spo2Percent: 97,
  painScore: 2,
};

describe('vitals.record-accuracy', () => {
  it.each([
    ['everything as shown (BP as the average)', {}, null],
    ['the BP as the first reading', { systolicMmHg: 148, diastolicMmHg: 92 }, null],
    ['a pulse rounded to 80', { pulsePerMinute: 80 }, 'the pulse was recorded as 80/min, but the instrument showed 84/min'],
    ['the first reading read one 2 mmHg tick off (150/90 for 148/92)', { systolicMmHg: 150, diastolicMmHg: 90 }, null],
    ['the average read one tick low (144/89 for 146/91)', { systolicMmHg: 144, diastolicMmHg: 89 }, null],
    [
      'a systolic rounded up to 152, two ticks from every reading',
      { systolicMmHg: 152, diastolicMmHg: 92 },
      'the blood pressure was recorded as 152/92, but the gauge showed 148/92 and 144/90 (their average 146/91)',
    ],
    ['a diastolic read two ticks low', { systolicMmHg: 148, diastolicMmHg: 88 }, 'the blood pressure was recorded as 148/88, but the gauge showed 148/92 and 144/90 (their average 146/91)'],
    ['a blank SpO₂', { spo2Percent: null }, 'the SpO₂ (97 %) was left blank'],
    ['a BMI not from height and weight', { bmi: 26 }, 'the BMI was recorded as 26, but weight ÷ height² gives 24.2 kg/m²'],
    ['the wrong route', { temperatureRoute: 'axillary' as const }, 'the temperature route was charted as axillary, but it was taken oral'],
    ['a temperature misread', { temperatureC: 37.8 }, 'the temperature was recorded as 37.8 °C, but the instrument showed 36.8 °C'],
  ])('%s', (_, change, problem) => {
    const verdicts = recordVerdicts(readings, { ...faithful, ...change });
    const problems = verdicts.map((v) => v.problem).filter((p) => p !== null);
    expect(problems).toEqual(problem === null ? [] : [problem]);
  });

  it('tells a trainee who never measured the SpO₂ to take it, not to chart more carefully', () => {
    const [miss] = recordAccuracyChecks({ patientId: 'p1', patientName: 'Mateo', minute: 540, readings: { ...readings, spo2Percent: null }, recorded: { ...faithful, spo2Percent: null } }).filter((c) => !c.passed);
    expect(miss?.finding?.message).toBe('Mateo: the SpO₂ was never measured.');
    expect(miss?.finding?.remedy).toMatch(/^Take the SpO₂ with the pulse oximeter/);
    expect(miss?.finding?.remedy).not.toContain('rounding');
  });

  it('advises charting a blood pressure as the record is judged: even readings, or their average to the whole mmHg', () => {
    expect(recordRemedy('blood-pressure')).toBe(BP_CHARTING_ADVICE);
    expect(BP_CHARTING_ADVICE).toContain('their average to the whole mmHg (134/82 and 132/80 give 133/81)');
    const twoReadings = { ...readings, bloodPressure: [{ ...readings.bloodPressure[0]!, systolicMmHg: 134, diastolicMmHg: 82 }, { ...readings.bloodPressure[0]!, systolicMmHg: 132, diastolicMmHg: 80 }] };
    const bp = (systolicMmHg: number, diastolicMmHg: number) => recordVerdicts(twoReadings, { ...faithful, systolicMmHg, diastolicMmHg }).find((v) => v.entry === 'blood-pressure')?.problem;
    expect(bp(133, 81)).toBeNull();
    expect(bp(132, 80)).toBeNull();
    expect(bp(138, 81)).not.toBeNull();
  });

  it('finds a value recorded without measuring it, and one never measured', () => {
    const verdicts = recordVerdicts({ ...readings, spo2Percent: null, painScore: null }, { ...faithful, painScore: null });
    expect(verdicts.filter((v) => v.problem !== null).map((v) => v.problem)).toEqual([
      'a SpO₂ of 97 % was recorded without being measured',
      'the pain score was never measured',
    ]);
  });
});

describe('vitals.bp-technique', () => {
  it.each([
    [29, good, 'passes'],
    [36, good, 'the adult cuff on a 36 cm arm (the large adult cuff fits; this one over-reads by about 4.8 mmHg systolic)'],
    [24, { ...good, cuff: 'large-adult' as const }, 'over-reads'],
    [18, good, "the adult cuff on a 18 cm arm (a child's cuff (infant or child) fits, under the adult cuffs' 22 cm; this one under-reads by about 3.6 mmHg systolic)"],
    [13, { ...good, cuff: 'small-adult' as const }, "the small adult cuff on a 13 cm arm (a child's cuff (infant or child) fits"],
    [13, { ...good, cuff: 'infant' as const }, 'passes'],
    [13, { ...good, cuff: 'child' as const }, 'passes'],
    [24, { ...good, cuff: 'infant' as const }, 'the infant cuff on a 24 cm arm (the small adult cuff fits; this one over-reads by about 4.8 mmHg systolic)'],
    [29, { ...good, rested: false }, 'no 5-minute rest'],
    [29, { ...good, position: 'seated-on-exam-table' as const }, 'back unsupported'],
    [29, { ...good, armAtHeartLevel: false, talking: true }, 'arm hanging unsupported, below heart level; talking during the measurement'],
  ])('a %s cm arm with %o', (arm, technique, expected) => {
    const check = bpTechniqueCheck({ ...who, technique, armCircumferenceCm: arm });
    if (expected === 'passes') expect(check.passed).toBe(true);
    else expect(check.finding?.message).toContain(expected === 'over-reads' ? 'the large adult cuff on a 24 cm arm (the small adult cuff fits; this one under-reads' : expected);
  });

  it('explains a wrong cuff in both directions: a cuff too small over-reads, one too large under-reads', () => {
    expect(cuffReadingBias(36, 'adult').systolicMmHg).toBeGreaterThan(0);
    expect(cuffReadingBias(24, 'large-adult').systolicMmHg).toBeLessThan(0);
    expect(vitalsBpTechniqueRule.why).toContain('one size too small adds about 5 mmHg systolic');
    expect(vitalsBpTechniqueRule.why).toContain('one size too large takes off about 4');
    expect(vitalsBpTechniqueRule.why).not.toMatch(/pushes the reading up/);
  });

  it('does not ask for the 5-minute rest on the urgent path (a red flag, the standing ECG), and judges the rest of the technique as ever', () => {
    const unrested = { ...good, rested: false };
    expect(bpTechniqueCheck({ ...who, technique: unrested, armCircumferenceCm: 29, urgent: true }).passed).toBe(true);
    expect(bpTechniqueCheck({ ...who, technique: { ...unrested, talking: true }, armCircumferenceCm: 29, urgent: true }).finding?.message).toMatch(/talking during the measurement\.$/);
    expect(bpTechniqueCheck({ ...who, technique: unrested, armCircumferenceCm: 29 }).finding?.message).toContain('no 5-minute rest');
  });

  it('scores each distinct technique error once per patient: a kept error gives nothing new, a new error on a later reading is its own finding naming only it', () => {
    const smallCuff = { ...good, cuff: 'small-adult' as const };
    const kept = bpTechniqueCheck({ ...who, technique: smallCuff, armCircumferenceCm: 30, earlier: [smallCuff] });
    expect(kept).toBeNull();
    const hanging = bpTechniqueCheck({ ...who, technique: { ...good, armAtHeartLevel: false }, armCircumferenceCm: 30, earlier: [smallCuff] });
    expect(hanging?.passed).toBe(false);
    expect(hanging?.finding?.message).toBe("Ada Lovelace's blood pressure was taken with arm hanging unsupported, below heart level.");
    expect(hanging?.finding?.remedy).toContain('support the arm at heart level');
    expect(hanging?.finding?.explanation).toBe(vitalsBpTechniqueRule.why);
    expect(hanging?.finding?.source.id).toBe('accAha2017Hypertension');
    // The wrong cuff kept and a new error with it: only the new error is named.
    const both = bpTechniqueCheck({ ...who, technique: { ...smallCuff, position: 'seated-legs-crossed' }, armCircumferenceCm: 30, earlier: [smallCuff, good] });
    expect(both?.finding?.message).toBe("Ada Lovelace's blood pressure was taken with legs crossed at the knees.");
    // A careful reading after a wrong one still passes.
    expect(bpTechniqueCheck({ ...who, technique: good, armCircumferenceCm: 30, earlier: [smallCuff] })?.passed).toBe(true);
  });

  it.each([
    [13, 'infant'],
    [18, 'child'],
    [24, 'small-adult'],
    [30, 'adult'],
    [40, 'large-adult'],
    [50, 'adult-thigh'],
  ] as const)('fits a %s cm arm with the %s cuff, and that cuff reads without bias', (arm, cuff) => {
    expect(rightCuffForArm(arm)).toBe(cuff);
    expect(cuffReadingBias(arm, cuff)).toEqual({ systolicMmHg: 0, diastolicMmHg: 0 });
  });

  it('over-reads with a cuff two sizes too small by the Cuff(SZ) figure', () => {
    expect(cuffReadingBias(40, 'small-adult')).toEqual({ systolicMmHg: 19.5, diastolicMmHg: 7.4 });
  });
});

describe('vitals.abnormal-flag across age bands', () => {
  const day = scenario([patient('p1', '09:00')]);
  const on = (dateOfBirth: string) => ({ patient: { ...day.patients[0]!, dateOfBirth }, scenario: day });
  it.each([
    ['an adult with 152/94', '1967-06-21', { systolicMmHg: 152, diastolicMmHg: 94 }, ['blood-pressure']],
    ['an adult with 118/76 and a pulse of 84', '1967-06-21', { systolicMmHg: 118, diastolicMmHg: 76, pulsePerMin: 84 }, []],
    ['an adult with a fever of 38.4 °C', '1997-04-03', { temperatureC: 38.4 }, ['temperature']],
    ['a 6-year-old with a pulse of 116 and 38.6 °C', '2019-09-02', { pulsePerMin: 116, temperatureC: 38.6 }, ['temperature']],
    ['a 6-year-old with a pulse of 121', '2019-09-02', { pulsePerMin: 121 }, ['pulse']],
    ['a 6-year-old with 128/80 (no adult categories under 13)', '2019-09-02', { systolicMmHg: 128, diastolicMmHg: 80 }, ['blood-pressure']],
    ['a 14-year-old with 132/70 (adult categories from 13)', '2011-09-02', { systolicMmHg: 132, diastolicMmHg: 70 }, ['blood-pressure']],
    ['an infant of 2 months with respirations of 40', '2026-01-10', { respirationsPerMin: 40 }, []],
    ['an adult with SpO₂ 91 %', '1960-01-01', { spo2Percent: 91 }, ['spo2']],
  ] as const)('%s', (_, dateOfBirth, values, flags) => {
    expect(expectedFlags(on(dateOfBirth), values)).toEqual(flags);
  });

  const adult = { patient: { ...day.patients[0]!, dateOfBirth: '1967-06-21' }, onDate: day.day.date };
  it.each([
    [['blood-pressure'], ['blood-pressure'], true, ''],
    [['blood-pressure'], [], false, 'BP 152/94 was not flagged, but it is stage 2 hypertension by the ACC/AHA 2017 adult blood-pressure categories (systolic ≥ 140 or diastolic ≥ 90)'],
    [[], ['pulse'], false, 'pulse 84/min was flagged, but it is within the normal range by the adult ranges (MedlinePlus) (60–100/min)'],
  ] as [FlaggableVital[], FlaggableVital[], boolean, string][])('expected %o, flagged %o', (expected, flagged, ok, message) => {
    const bases = flagBases(adult, { systolicMmHg: 152, diastolicMmHg: 94, pulsePerMin: 84 }, null);
    const check = abnormalFlagCheck({ ...who, expected, flagged, values: 'BP 152/94, P 84', bases, remedy: flagRemedy(adult) });
    expect(check.passed).toBe(ok);
    if (!ok) expect(check.finding?.message).toContain(message);
  });

  it('says why 120/76 is elevated: the band, its bounds and the ACC/AHA 2017 table, with that source', () => {
    const bases = flagBases(adult, { systolicMmHg: 120, diastolicMmHg: 76 }, null);
    const check = abnormalFlagCheck({ ...who, expected: ['blood-pressure'], flagged: [], values: 'BP 120/76', bases, remedy: flagRemedy(adult) });
    expect(check.finding?.message).toBe(
      'Ada Lovelace (BP 120/76): BP 120/76 was not flagged, but it is elevated by the ACC/AHA 2017 adult blood-pressure categories (systolic 120–129 and diastolic < 80).',
    );
    expect(check.finding?.source.id).toBe('accAha2017Hypertension');
  });

  it('judges 120/76 elevated and 120/80 stage 1 by the adult categories (elevated only with a diastolic under 80)', () => {
    expect(flagBases(adult, { systolicMmHg: 120, diastolicMmHg: 76 }, null)[0]!.band).toBe('elevated');
    expect(flagBases(adult, { systolicMmHg: 120, diastolicMmHg: 80 }, null)[0]!.band).toBe('stage 1 hypertension');
    expect(flagBases(adult, { systolicMmHg: 118, diastolicMmHg: 78 }, null)[0]!.abnormal).toBe(false);
  });

  it("tells an infant's pulse by the PALS range for an infant, and gives a baby's advice without the adult categories", () => {
    const infant = { patient: { ...day.patients[0]!, dateOfBirth: '2019-06-10' }, onDate: '2019-09-02' };
    const bases = flagBases(infant, { pulsePerMin: 196, respirationsPerMin: 40, temperatureC: 37.1 }, 'rectal');
    const check = abnormalFlagCheck({ ...who, expected: expectedFlags({ patient: infant.patient, scenario: { ...day, day: { ...day.day, date: '2019-09-02' } } }, { pulsePerMin: 196 }), flagged: [], values: 'P 196', bases, remedy: flagRemedy(infant) });
    expect(check.finding?.message).toContain('pulse 196/min was not flagged, but it is above the normal range by the PALS 2015/2020 ranges for an infant (28 days to 11 months) (PedsCases chart) (100–190/min)');
    expect(check.finding?.source.id).toBe('pedsCasesVitalSigns');
    expect(check.finding?.remedy).not.toMatch(/adult|ACC\/AHA/);
    expect(bases.find((b) => b.vital === 'temperature')).toMatchObject({ band: 'below the fever threshold', bounds: 'rectal fever from 38.0 °C' });
  });
});

describe('vitals.critical-escalation', () => {
  it('passes when the provider is told next, and fails on anything else', () => {
    expect(criticalEscalationCheck({ ...who, critical: ['blood-pressure'], values: 'BP 186/124', nextAction: 'provider.alerted' }).passed).toBe(true);
    const missed = criticalEscalationCheck({ ...who, critical: ['blood-pressure'], values: 'BP 186/124', nextAction: 'vitals.recorded' });
    expect(missed.severity).toBe('critical');
    expect(missed.finding?.message).toBe(
      'Ada Lovelace\'s blood pressure was in the critical range (BP 186/124), and the next step was “record the vital signs” instead of telling the provider.',
    );
  });
});

const uprightTechnique = (cuff: BpTechnique['cuff']): BpTechnique => ({ cuff, position: 'seated-back-supported-feet-flat', rested: true, armAtHeartLevel: true, talking: false });
const jamalVitals = (systolicMmHg: number, diastolicMmHg: number) =>
  ({ heightCm: 183, weightKg: 104, temperatureC: 36.9, pulsePerMinute: 80, respirationsPerMinute: 16, systolicMmHg, diastolicMmHg, spo2Percent: 98, armCircumferenceCm: 34 }) as ScenarioVitals;
const inSevereRange = (r: { systolicMmHg: number; diastolicMmHg: number }) => r.systolicMmHg > 180 || r.diastolicMmHg > 120;

describe('the gauge and the severe range', () => {
  const seeds = Array.from({ length: 500 }, (_, i) => new SeededRandom(i + 1).fork('vitals:jamal-carter').state);

  it('reads a severe pressure in the severe range on every seed, with the right cuff or one a size too large', () => {
    for (const cuff of ['adult', 'large-adult'] as const) {
      const gauge = seeds.map((state) => readBloodPressure(jamalVitals(186, 124), uprightTechnique(cuff), state).value);
      expect(gauge.filter((r) => !inSevereRange(r))).toEqual([]);
      // the scatter is still there: the readings are not all one number
      expect(new Set(gauge.map((r) => r.systolicMmHg)).size).toBeGreaterThan(3);
    }
  });

  it('never reads an ordinary pressure just under the line as severe', () => {
    const gauge = seeds.map((state) => readBloodPressure(jamalVitals(178, 118), uprightTechnique('adult'), state).value);
    expect(gauge.filter(inSevereRange)).toEqual([]);
    expect(gauge.some((r) => r.systolicMmHg === 180)).toBe(true);
  });
});

describe('rooming rules', () => {
  it.each([
    [{ question: 'open', identifiers: ['full-name', 'date-of-birth'] }, []],
    [{ question: 'yes-no', identifiers: ['full-name', 'date-of-birth'] }, ['a yes/no question was asked instead of letting the patient state their identity']],
    [{ question: 'open', identifiers: ['full-name', 'room-number'] }, ['the room number was used, and a location is never an identifier', 'only 1 accepted identifier was stated']],
  ] as const)('identification %o', (identification, problems) => {
    expect(identificationProblems({ type: 'patient.identified', ...identification })).toEqual(problems);
  });

  it('misses an allergy the patient reports that was not added', () => {
    const reported = [{ substance: 'Lisinopril' }, { substance: 'Sulfa drugs' }];
    expect(allergiesCheck({ ...who, reported, recorded: ['lisinopril', 'Sulfa drugs'] }).passed).toBe(true);
    expect(allergiesCheck({ ...who, reported, recorded: ['Lisinopril'] }).finding?.message).toBe('Ada Lovelace reported Sulfa drugs, but the allergy list was saved without it.');
    expect(allergiesCheck({ ...who, reported, recorded: null }).passed).toBe(false);
  });

  it('asks for a second reading only when there is one reading, and cites the basis it is given', () => {
    expect(bpRepeatCheck({ ...who, readings: readings.bloodPressure, basis: BP_REPEAT_RULES.adult.source }).passed).toBe(true);
    const single = bpRepeatCheck({ ...who, readings: readings.bloodPressure.slice(0, 1), basis: BP_REPEAT_RULES.child.source }).finding;
    expect(single?.message).toContain('read 148/92 and was charted from that one reading');
    expect(single?.source.id).toBe('choosingWiselyPediatricBp');
  });
});

describe('rooming.chief-complaint', () => {
  const stated = 'Just my regular blood pressure check.';
  it.each([
    ['in the patient’s words', stated, true],
    ['in the patient’s words, in quotation marks as the advice asks', `"${stated}"`, true],
    ['in curly quotation marks', `“${stated}”`, true],
    ['paraphrased', 'BP check', false],
    ['not recorded', null, false],
  ] as const)('%s', (_, recorded, ok) => {
    expect(chiefComplaintCheck({ ...who, patientName: 'Priya Raman', recorded, stated }).passed).toBe(ok);
  });

  // An answer with small talk around the complaint: the scenario's complaintWords, as the desk takes them.
  const said = 'Blood pressure follow-up. I’ve been feeling fine.';
  const complaint = 'Blood pressure follow-up.';
  it.each([
    ['the complaint without the small talk', complaint, true],
    ['the whole answer, small talk and all', said, true],
    ['the small talk alone', 'I’ve been feeling fine.', false],
    ['paraphrased', 'BP follow-up', false],
  ] as const)('with small talk around it: %s', (_, recorded, ok) => {
    expect(chiefComplaintCheck({ ...who, patientName: 'Margaret Oyelaran', recorded, stated: said, complaint }).passed).toBe(ok);
  });

  it('names the complaint in the finding and asks for it without the small talk', () => {
    const { finding } = chiefComplaintCheck({ ...who, patientName: 'Margaret Oyelaran', recorded: 'BP follow-up', stated: said, complaint });
    expect(finding?.message).toContain('the complaint: "Blood pressure follow-up."');
    expect(finding?.remedy).toContain('without the small talk');
  });
});

/** The findings of the checks that were missed. */
function missedOf(checks: ReturnType<typeof recordAccuracyChecks>) {
  return checks.filter((c) => !c.passed).map((c) => c.finding!);
}

describe('vitals.record-accuracy, each entry with its own reason', () => {
  const unweighed: InstrumentReadings = { ...readings, heightCm: null, weightKg: null };
  const blankSize: RecordedVitals = { ...faithful, heightCm: null, weightKg: null, bmi: null };

  it('judges a height and weight never taken once, not as a height, a weight and a BMI that could not be calculated', () => {
    const checks = recordAccuracyChecks({ ...who, readings: unweighed, recorded: blankSize });
    const missed = missedOf(checks);
    expect(missed.map((f) => f.message)).toEqual(['Ada Lovelace: the height and weight were never measured.']);
    // The BMI that cannot be calculated is not an opportunity of its own: one check fewer than the nine entries, and one fewer for the weight.
    expect(checks).toHaveLength(7);
    expect(missed[0]!.remedy).toMatch(/^Weigh the patient and measure the height/);
  });

  it("gives an adult's missing height and weight the BMI screening as its reason and the USPSTF as its source, a child's the weight-based doses and the Joint Commission", () => {
    const [adult] = missedOf(recordAccuracyChecks({ ...who, readings: unweighed, recorded: blankSize }));
    expect(adult!.explanation).toContain('BMI');
    expect(adult!.explanation).not.toContain('blood-pressure');
    expect(adult!.source.id).toBe('uspstf2012ObesityAdults');
    const [child] = missedOf(recordAccuracyChecks({ ...who, readings: unweighed, recorded: blankSize, child: true }));
    expect(child!.explanation).toContain('per kilogram');
    expect(child!.source.id).toBe('jointCommissionSea39PediatricMedication');
  });

  it('still finds a BMI charted with no height and weight to make it from', () => {
    expect(missedOf(recordAccuracyChecks({ ...who, readings: unweighed, recorded: { ...blankSize, bmi: 24 } })).map((f) => f.message)).toEqual([
      'Ada Lovelace: the height and weight were never measured.',
      'Ada Lovelace: a BMI was recorded without height and weight.',
    ]);
  });

  it('explains a weight, a BMI and a pulse charted wrong by what each one does, and a blood pressure by the categories', () => {
    const missed = missedOf(recordAccuracyChecks({ ...who, readings, recorded: { ...faithful, weightKg: 75, bmi: 30, pulsePerMinute: 80, systolicMmHg: 152 } }));
    const reason = (start: string) => missed.find((f) => f.message.startsWith(`Ada Lovelace: the ${start}`))!;
    expect(reason('weight').explanation).toContain('dose');
    expect(reason('BMI').explanation).toContain('screens');
    expect(reason('BMI').source.id).toBe('uspstf2012ObesityAdults');
    expect(reason('pulse').explanation).toContain('pulse');
    expect(reason('blood pressure').explanation).toContain('blood-pressure category');
    for (const entry of ['weight', 'BMI', 'pulse']) expect(reason(entry).explanation).not.toContain('blood-pressure');
  });
});
