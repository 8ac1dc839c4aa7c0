import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import { vitalsStepHint } from '../../../src/workflows/vitals/vitals.hint';
import { bpPositionRuleFor } from '../../../src/reference/vitals';
import type { BpTechnique, RecordedVitals } from '../../../src/workflows/vitals/vitals.actions';
import { NO_READINGS, type InstrumentReadings } from '../../../src/workflows/vitals/vitals.instruments';
import { answeredBy, notChartedEntries } from '../../../src/workflows/vitals/vitals.machine';
import { faithfulRecord } from '../../../src/workflows/vitals/vitals.player';
import { allergiesCheck, bpTechniqueCheck, chiefComplaintCheck, recordAccuracyChecks, recordRemedy, roomingIdentificationCheck } from '../../../src/workflows/vitals/vitals.rules';
import type { VitalsContext } from '../../../src/workflows/vitals/vitals.machine';
import { patient, scenario } from '../../support/scenario-builder';

const who = { patientId: 'p1', patientName: 'Mateo Gutiérrez', minute: 540 };
const infantReadings: InstrumentReadings = {
  ...NO_READINGS,
  heightCm: 67,
  weightKg: 7.9,
  temperature: { celsius: 36.9, route: 'temporal' },
  pulsePerMinute: 128,
  respirationsPerMinute: 34,
  spo2Percent: 99,
  painScore: 0,
};
const infantRecord: RecordedVitals = {
  heightCm: 67,
  weightKg: 7.9,
  bmi: null,
  temperatureC: 36.9,
  temperatureRoute: 'temporal',
  pulsePerMinute: 128,
  respirationsPerMinute: 34,
  systolicMmHg: null,
  diastolicMmHg: null,
  spo2Percent: 99,
  painScore: 0,
};

function dayWith(dateOfBirth: string) {
  const day = scenario([
    patient('p1', '09:00', {
      dateOfBirth,
      name: { given: 'Mateo', family: 'Gutiérrez' },
      sex: 'male',
      companion: { name: { given: 'Valeria', family: 'Gutiérrez' }, relationship: 'Mother' },
    }),
  ]);
  return { scenario: day, patient: day.patients[0]! };
}

describe('rooming a young child', () => {
  it('does not judge a BMI for a child under 2, charted or not', () => {
    const blank = recordAccuracyChecks({ ...who, readings: infantReadings, recorded: infantRecord, optional: ['blood-pressure'], notCharted: ['bmi'] });
    const charted = recordAccuracyChecks({ ...who, readings: infantReadings, recorded: { ...infantRecord, bmi: 17.6 }, optional: ['blood-pressure'], notCharted: ['bmi'] });
    expect(blank.every((check) => check.passed)).toBe(true);
    expect(charted.every((check) => check.passed)).toBe(true);
    expect(blank).toHaveLength(charted.length);
  });

  it('still finds a blank BMI from 2 years', () => {
    const checks = recordAccuracyChecks({ ...who, readings: infantReadings, recorded: infantRecord, optional: ['blood-pressure'] });
    const missedChecks = checks.filter((check) => !check.passed);
    expect(missedChecks).toHaveLength(1);
    expect(missedChecks[0]!.finding!.message).toContain('the BMI was not calculated');
    expect(missedChecks[0]!.finding!.remedy).toContain('weight in kg ÷ height in m²');
  });

  it('leaves the BMI out of the record for a 7-week-old and keeps it from 2 years', () => {
    expect(notChartedEntries(dayWith('2026-01-20'))).toEqual(['bmi']);
    expect(notChartedEntries(dayWith('2024-03-01'))).toEqual([]);
  });

  it('has the careful trainee chart no BMI for an infant', () => {
    const { scenario: day, patient: baby } = dayWith('2026-01-20');
    const context = { scenario: day, patient: baby, readings: infantReadings } as unknown as VitalsContext;
    expect(faithfulRecord(context).bmi).toBeNull();
  });

  it('charts the same child a BMI by the date of the day: none in the month before they turn 2, one from their second birthday', () => {
    const { scenario: day, patient: child } = dayWith('2024-03-01');
    const monthBefore = { ...day, day: { ...day.day, date: '2026-02-01' } };
    const bmiOn = (on: typeof day) => faithfulRecord({ scenario: on, patient: child, readings: infantReadings } as unknown as VitalsContext).bmi;
    // The player remembers what it worked out about a patient: on another date it works it out again.
    expect(bmiOn(monthBefore)).toBeNull();
    expect(bmiOn(day)).not.toBeNull();
    expect(bmiOn(monthBefore)).toBeNull();
  });

  it('tells a trainee who charted a pain score without assessing it to use the scale for the age, not about rounding or BMI', () => {
    const checks = recordAccuracyChecks({ ...who, readings: { ...infantReadings, painScore: null }, recorded: { ...infantRecord, painScore: 2 }, notCharted: ['bmi'], optional: ['blood-pressure'], painScale: 'FLACC (Face, Legs, Activity, Cry, Consolability)' });
    const pain = checks.find((check) => !check.passed)!;
    expect(pain.finding!.message).toContain('a pain score of 2/10 was recorded without being measured');
    expect(pain.finding!.remedy).toContain('FLACC');
    expect(pain.finding!.remedy).not.toMatch(/round|BMI/);
    expect(recordRemedy('pain', null)).toContain('no pain scale');
    expect(recordRemedy('pulse')).toContain('without rounding');
    expect(recordRemedy('pulse')).not.toContain('BMI');
  });

  it('does not score how a child under 3 lies or is held for a blood pressure', () => {
    const lying: BpTechnique = { cuff: 'child', position: 'lying-supine', rested: true, armAtHeartLevel: true, talking: false };
    const lap: BpTechnique = { ...lying, position: 'on-parent-lap' };
    expect(bpTechniqueCheck({ ...who, technique: lying, armCircumferenceCm: 13, positions: bpPositionRuleFor(6) }).passed).toBe(true);
    expect(bpTechniqueCheck({ ...who, technique: lap, armCircumferenceCm: 13, positions: bpPositionRuleFor(6) }).passed).toBe(true);
  });

  it('gives a child under 3 advice about a calm child, not a chair and feet flat', () => {
    const unsettled: BpTechnique = { cuff: 'child', position: 'lying-supine', rested: false, armAtHeartLevel: true, talking: false };
    const check = bpTechniqueCheck({ ...who, technique: unsettled, armCircumferenceCm: 13, positions: bpPositionRuleFor(6) });
    expect(check.passed).toBe(false);
    expect(check.finding!.remedy).toContain('settle');
    expect(check.finding!.remedy).not.toContain('feet flat');
  });

  it('finds a child from 3 years measured lying down, citing the AAP 2017 seated position', () => {
    const lying: BpTechnique = { cuff: 'child', position: 'lying-supine', rested: true, armAtHeartLevel: true, talking: false };
    const check = bpTechniqueCheck({ ...who, technique: lying, armCircumferenceCm: 17, positions: bpPositionRuleFor(64) });
    expect(check.passed).toBe(false);
    expect(check.finding!.message).toContain('lying on the exam table instead of seated with back supported and feet flat');
    expect(check.finding!.source.note).toContain('Table 6');
  });

  it('names the parent who answers for the child in the identification and allergy findings', () => {
    const parent = answeredBy(dayWith('2025-09-10'));
    expect(parent).toBe("Mateo's mother (Valeria Gutiérrez)");
    const id = roomingIdentificationCheck({ ...who, identification: { type: 'patient.identified', question: 'yes-no', identifiers: ['full-name', 'date-of-birth'] }, statedBy: parent });
    expect(id.finding!.message).toContain("letting Mateo's mother (Valeria Gutiérrez) state the child's identity");
    expect(id.finding!.remedy).toContain("your child's full name");
    const allergies = allergiesCheck({ ...who, reported: [{ substance: 'Amoxicillin' }], recorded: [], statedBy: parent });
    expect(allergies.finding!.message).toBe("Mateo's mother (Valeria Gutiérrez) reported Amoxicillin, but the allergy list was saved without it.");
  });

  it("says a child's chief complaint was the parent's words, without the chart's tag, and asks the parent", () => {
    const parent = "Mateo's mother (Valeria Gutiérrez)";
    const check = chiefComplaintCheck({ ...who, recorded: 'Well child check', stated: "(mother) His six-month check-up and shots.", statedBy: parent });
    expect(check.finding!.message).toBe(`Mateo Gutiérrez's chief complaint was recorded as "Well child check", not in the words of ${parent} ("His six-month check-up and shots.").`);
    expect(check.finding!.remedy).toContain(`Ask ${parent} what brings the child in today`);
    const own = chiefComplaintCheck({ ...who, recorded: 'Sore throat', stated: 'My throat hurts and my tummy hurts too.', statedBy: parent });
    expect(own.finding!.message).toContain("not in the patient's words");
  });
});

describe('the practice hint for a child', () => {
  it('sends the trainee to the mother for the allergies, the medications and the chief complaint in her words', () => {
    const { scenario: day, patient: baby } = dayWith('2025-09-10');
    const base = { handsCleaned: true, contactJudged: true, identification: { type: 'patient.identified', question: 'open', identifiers: ['full-name', 'date-of-birth'] }, redFlagPending: false, pendingCritical: [], readings: NO_READINGS, standing: false, orthostatic: [] };
    const hint = (context: object) => vitalsStepHint({ status: 'active', value: 'rooming', context: { scenario: day, patient: baby, ...base, ...context } } as unknown as AnyMachineSnapshot);
    expect(hint({ allergiesRecorded: null })).toBe('Ask Mateo\'s mother (Valeria Gutiérrez) about the child’s allergies and record them (or “no known allergies”).');
    expect(hint({ allergiesRecorded: [], medicationsReconciled: false })).toBe('Go through the child’s medication list with Mateo\'s mother (Valeria Gutiérrez).');
    expect(hint({ allergiesRecorded: [], medicationsReconciled: true, chiefComplaint: null })).toBe('Record the chief complaint in the words of Mateo\'s mother (Valeria Gutiérrez).');
  });
});

describe('the practice hint lists every measurement the record is scored on', () => {
  const base = {
    handsCleaned: true,
    contactJudged: true,
    identification: { type: 'patient.identified', question: 'open', identifiers: ['full-name', 'date-of-birth'] },
    redFlagPending: false,
    pendingCritical: [],
    allergiesRecorded: [],
    medicationsReconciled: true,
    chiefComplaint: 'Here for my check-up',
    standing: false,
    orthostatic: [],
  };
  const hint = (dateOfBirth: string, readings: InstrumentReadings) => {
    const { scenario: day, patient: roomed } = dayWith(dateOfBirth);
    return vitalsStepHint({ status: 'active', value: 'rooming', context: { scenario: day, patient: roomed, ...base, readings } } as unknown as AnyMachineSnapshot);
  };

  it('names the height and weight and the pain score for an adult, beside the five vital signs', () => {
    expect(hint('1980-01-20', NO_READINGS)).toBe(
      'Take the vital signs with the right technique; still to take: height and weight, temperature, pulse, respirations, blood pressure, oxygen saturation, pain score.',
    );
  });

  it('names the length for a baby measured lying, and leaves out the blood pressure the baby does not need', () => {
    expect(hint('2025-09-10', NO_READINGS)).toBe('Take the vital signs with the right technique; still to take: length and weight, temperature, pulse, respirations, oxygen saturation, pain score.');
  });

  it('names nothing the record would not find missing, and everything it would', () => {
    const measured: InstrumentReadings = { ...NO_READINGS, heightCm: 170, weightKg: 70, temperature: { celsius: 36.8, route: 'oral' }, pulsePerMinute: 72, respirationsPerMinute: 16, spo2Percent: 98, painScore: 0 };
    expect(hint('1980-01-20', measured)).toBe('Take the vital signs with the right technique; still to take: blood pressure.');
  });
});
