/**
 * The rules of rooming and vital signs, and the pure functions that judge them. The machine
 * calls each rule function with the facts of the moment and records the `Check` it returns
 * in the day's journal: a pass as well as a miss.
 */
import { SOURCES, type Source, type Sourced, checked } from '../../reference/source';
import type { BpPositionRule } from '../../reference/vitals';
import { CHEST_PAIN_ECG_MINUTES, RED_FLAGS, type RedFlagSymptom } from '../../reference/red-flag-symptoms';
import { ADULT_BP_CATEGORIES_FROM_AGE, BP_REPEAT_RULES, type FlaggableVital, FLAGGABLE_VITALS, bmi as bodyMassIndex } from '../../reference/vital-signs';
import { type Check, defineRule, missed, passed, type Rule } from '../../scoring/finding';
import { type CheckSubject, identificationProblems, type PatientIdentifiedAction, unneededProviderAlertRule } from '../shared/patient-contact';
import { type BpReading, bpTechniqueErrors, countingReadings, cuffFits, cuffReadingBias, type InstrumentReadings, rightCuffForArm, averageBloodPressure } from './vitals.instruments';
import type { BpCuff, BpTechnique, RecordedVitals, TemperatureRoute } from './vitals.actions';
import { type ChildBpJudgement, STAND_BY_PATIENT_SOURCE, TEMPERATURE_ROUTE_SOURCE, ORTHOSTATIC_CRITERIA, type OrthostaticReading, type OrthostaticResult, STANDING_READING_MINUTES } from './vitals.depth';
import { VITALS_ACTION_LABELS } from './vitals.labels';
import type { FlagBasis } from './vitals.flag-basis';
import { patientWords, speakerTag, spokenWords } from '../shared/patient-words';

/** A step of this workflow in the trainee's words (its button's label), for a finding that names what came next. */
function stepWords(type: string): string {
  return ((VITALS_ACTION_LABELS as Readonly<Record<string, string>>)[type] ?? type).toLowerCase();
}

export const roomingHandHygieneRule = defineRule({
  id: 'rooming.hand-hygiene',
  competency: 'infection-control',
  severity: 'major',
  title: 'Clean your hands before touching the patient',
  why: 'Hands carry the organisms of the last patient and the last surface; hand hygiene before patient contact is the single most effective way to stop them spreading.',
  source: checked(SOURCES.cdcHandHygiene2002, 'Hand hygiene before direct contact with patients.'),
});

export const roomingPatientIdRule = defineRule({
  id: 'rooming.patient-id',
  competency: 'patient-identification',
  severity: 'major',
  title: 'Have the patient state two identifiers before measuring anything',
  why: 'Vital signs charted to the wrong patient are treated as theirs; the patient stating name and date of birth in answer to an open question catches a mix-up that "Are you …?" does not.',
  source: checked(SOURCES.jointCommissionNpsg, 'Two identifiers, never the room number (NPSG.01.01.01 EP 1); the patient states them, the active identification of CLSI GP33 (2nd ed., 2019; see clsiGp33).'),
});

export const roomingAllergiesRule = defineRule({
  id: 'rooming.allergies',
  competency: 'rooming-history',
  severity: 'major',
  title: 'Reconcile allergies with the patient and record every one they report',
  why: 'An allergy missing from the chart is an allergy nobody checks before prescribing: the provider may order the very drug that caused the reaction.',
  source: checked(SOURCES.aaahcAllergyDocumentation, 'Secondary: ask about allergies at every visit and record each one reported, with its reaction.'),
});

export const roomingMedicationsRule = defineRule({
  id: 'rooming.medications',
  competency: 'rooming-history',
  severity: 'minor',
  title: 'Reconcile the medication list with the patient',
  why: 'The provider prescribes against the medication list; a stale list hides interactions and duplicate therapy.',
  source: checked(SOURCES.jointCommissionNpsgMedicationInformation, 'EP 1: obtain the medications the patient currently takes when seen in an outpatient setting, and compare them with the list.'),
});

export const roomingChiefComplaintRule = defineRule({
  id: 'rooming.chief-complaint',
  competency: 'rooming-history',
  severity: 'minor',
  title: "Record the chief complaint in the patient's own words",
  why: 'The chief complaint is why the patient came; the provider starts from it, and paraphrase loses what the patient meant.',
  source: checked(SOURCES.cmsEmDocumentationGuidelines, '1997 guidelines: the chief complaint, usually stated in the patient\'s own words; the record should clearly reflect it.'),
});

export const vitalsRecordAccuracyRule = defineRule({
  id: 'vitals.record-accuracy',
  competency: 'vital-signs',
  severity: 'major',
  title: 'Record each vital sign exactly as the instrument showed it',
  why: 'A rounded or misread value is a wrong value: 138 charted as 130 moves a patient across a blood-pressure category, and a blank entry looks like a normal one.',
  source: checked(SOURCES.cmsEmDocumentationGuidelines, 'General principle 1: the medical record should be complete and legible, so a blank is not a normal value; a rounded or misread value is not the measurement (vital signs keyed from paper were wrong in 18.75 % of sets: Fieler et al., CIN 2013, see fieler2013VitalSignsDocumentation).'),
});

export const vitalsBpTechniqueRule = defineRule({
  id: 'vitals.bp-technique',
  competency: 'vital-signs',
  severity: 'major',
  title: 'Take the blood pressure with the right cuff, seated with back supported, rested, arm at heart level, no talking',
  why: 'Each technique error moves the reading away from the true pressure: a cuff one size too small adds about 5 mmHg systolic and one size too large takes off about 4, no rest adds about 4, an arm hanging down about 6, so a normal pressure can read as hypertension and a high one as normal.',
  source: checked(SOURCES.accAha2017Hypertension, 'Table 4, checklist for accurate measurement (read in the Guideline Central pocket edition): seated, back supported, feet on the floor, relaxed over 5 min, nobody talking, arm supported with the middle of the cuff at heart level, a bladder encircling 80 % of the arm.'),
});

export const vitalsBpRepeatRule = defineRule({
  id: 'vitals.bp-repeat',
  competency: 'vital-signs',
  severity: 'minor',
  title: 'Repeat a high blood pressure after 1–2 minutes and chart the average',
  why: 'One reading scatters; the guideline bases every decision on the average of at least two readings taken 1–2 minutes apart.',
  source: BP_REPEAT_RULES.adult.source,
});

export const vitalsAbnormalFlagRule = defineRule({
  id: 'vitals.abnormal-flag',
  competency: 'vital-signs',
  severity: 'major',
  title: "Flag every value outside the normal range for the patient's age",
  why: 'The flag is what makes the provider look at a value; an unflagged fever or high blood pressure is easily read past, and normal ranges differ by age.',
  source: checked(SOURCES.medlinePlusVitalSigns, 'Adult ranges; children by the PALS table (PedsCases), BP categories by ACC/AHA 2017, as in src/reference/vital-signs.ts.'),
});

export const vitalsCriticalEscalationRule = defineRule({
  id: 'vitals.critical-escalation',
  competency: 'escalation',
  severity: 'critical',
  title: 'Report a critical value to the provider at once, before anything else for the patient',
  why: 'A blood pressure in the crisis range, a low oxygen saturation or a fever in a young infant can mean an emergency; minutes matter, and the provider decides what happens next.',
  source: checked(SOURCES.accAha2017Hypertension, 'The severe range, above 180 systolic and/or 120 diastolic, is the guideline’s hypertensive crisis (as reviews of the US guidelines give it); reporting it to the provider at once is the office’s escalation, not the guideline’s wording. SpO₂ and infant-fever thresholds as in CRITICAL_VITAL_THRESHOLDS.'),
});

export const vitalsTemperatureRouteRule = defineRule({
  id: 'vitals.temperature-route',
  competency: 'vital-signs',
  severity: 'major',
  title: "Take the temperature by a route that suits the patient's age",
  why: "A thermometer used where it is not reliable for the age (an ear thermometer before 6 months, a mouth thermometer before a child can hold it under the tongue, at about 4 years) reads wrong, and a missed fever in a young child can be an emergency.",
  source: TEMPERATURE_ROUTE_SOURCE,
});

export const vitalsChildBpRule = defineRule({
  id: 'vitals.child-bp',
  competency: 'vital-signs',
  severity: 'major',
  title: "Judge a child's blood pressure by the percentile tables for age, sex and height, not the adult categories",
  why: "Below 13 years a normal blood pressure depends on age, sex and height: 118/76 is normal for an adult and stage 1 hypertension for a small 5-year-old, so the adult table misses high pressures in children.",
  source: ADULT_BP_CATEGORIES_FROM_AGE.source,
});

export const vitalsOrthostaticRule = defineRule({
  id: 'vitals.orthostatic',
  competency: 'vital-signs',
  severity: 'major',
  title: 'Take ordered orthostatic vital signs lying after rest, then standing at 1 and 3 minutes, and flag a drop or dizziness',
  why: 'Orthostatic hypotension is a fall in blood pressure of at least 20 systolic or 10 diastolic within 3 minutes of standing; a lying reading without rest, or a standing reading at the wrong time, hides the drop, and an unflagged drop or dizzy patient is sent home at risk of falling.',
  source: ORTHOSTATIC_CRITERIA.source,
});

export const vitalsOrthostaticSafetyRule = defineRule({
  id: 'vitals.orthostatic-safety',
  competency: 'vital-signs',
  severity: 'major',
  title: 'Stand at the patient’s side, ready to steady them, whenever they stand for orthostatic readings',
  why: 'A patient whose pressure falls on standing can turn dizzy and fall within seconds; the test itself provokes the fall it looks for, so the MA stays within reach from the moment the patient rises.',
  source: STAND_BY_PATIENT_SOURCE,
});

/** Every rule of rooming and vital signs. */
export const vitalsRedFlagRule = defineRule({
  id: 'vitals.red-flag-escalation',
  competency: 'escalation',
  severity: 'critical',
  title: 'Tell the provider at once about a red-flag symptom (chest pain or pressure, signs of a stroke, trouble breathing), and stay with the patient',
  why: 'Chest pressure spreading to an arm, a drooping face or slurred speech, or a struggle to breathe can be a heart attack, a stroke or a failing airway, where minutes decide the outcome: the provider decides at once whether the patient goes to the emergency department by ambulance, and the patient is never left alone meanwhile. Finishing the routine vital signs first spends those minutes.',
  source: checked(SOURCES.ahaWarningSigns2014, 'Heart attack and stroke warning signs and shortness of breath: an emergency, act at once. For chest pain in the office, the 2021 chest pain guideline (gulati2021ChestPainGuideline) sends a patient with suspected ACS urgently to the ED by EMS.'),
});

export const roomingStandingEcgRule = defineRule({
  id: 'rooming.standing-ecg',
  competency: 'ecg',
  severity: 'major',
  title: 'Follow the standing ECG order: the patient goes to the ECG bed as soon as they are roomed (or at the latest when rooming is done), before the provider’s visit',
  why: `A patient with acute chest pain needs an ECG acquired and reviewed within ${CHEST_PAIN_ECG_MINUTES.minutes} minutes of arrival, in any setting; the clinic’s standing order lets the MA record it at once instead of after the provider’s visit, so the provider reads the tracing as they first see the patient.`,
  source: CHEST_PAIN_ECG_MINUTES.source,
});

export const VITALS_RULES: readonly Rule[] = [
  roomingHandHygieneRule,
  roomingPatientIdRule,
  roomingAllergiesRule,
  roomingMedicationsRule,
  roomingChiefComplaintRule,
  vitalsRecordAccuracyRule,
  vitalsBpTechniqueRule,
  vitalsBpRepeatRule,
  vitalsAbnormalFlagRule,
  vitalsCriticalEscalationRule,
  vitalsTemperatureRouteRule,
  vitalsChildBpRule,
  vitalsOrthostaticRule,
  vitalsOrthostaticSafetyRule,
  vitalsRedFlagRule,
  roomingStandingEcgRule,
  unneededProviderAlertRule,
];

/** Hand hygiene before the first contact with the patient. */
export function handHygieneCheck(subject: CheckSubject & { handsCleaned: boolean }): Check {
  if (subject.handsCleaned) return passed(roomingHandHygieneRule, subject.patientId, subject.minute);
  return missed(roomingHandHygieneRule, {
    patientId: subject.patientId,
    atMinute: subject.minute,
    message: `${subject.patientName} was touched for vital signs without hand hygiene first.`,
    remedy: 'Rub hands with alcohol-based hand rub (or wash them) in front of the patient before the first contact.',
  });
}

/** The patient identified actively, by two identifiers, before the first measurement. */
export function roomingIdentificationCheck(subject: CheckSubject & { identification: PatientIdentifiedAction | null; statedBy?: string | null }): Check {
  const statedBy = subject.statedBy ?? null;
  const problems = identificationProblems(subject.identification, statedBy);
  if (problems.length === 0) return passed(roomingPatientIdRule, subject.patientId, subject.minute);
  return missed(roomingPatientIdRule, {
    patientId: subject.patientId,
    atMinute: subject.minute,
    message: `${subject.patientName}'s vital signs were started before proper identification: ${problems.join('; ')}.`,
    remedy:
      statedBy === null
        ? 'Ask "Please tell me your full name and date of birth" and compare both with the chart before the first measurement.'
        : `Ask ${statedBy} "Please tell me your child's full name and date of birth" and compare both with the chart before the first measurement.`,
  });
}

function normalised(text: string): string {
  // Quotation marks around the patient's words are how the words are recorded as theirs, not a change to them.
  return text.trim().replace(/^["“”'‘’]+|["“”'‘’]+$/g, '').trim().toLowerCase();
}

/** Allergies reconciled: every allergy the patient reports (on the chart or new today) is recorded. */
export function allergiesCheck(subject: CheckSubject & { reported: readonly { substance: string }[]; recorded: readonly string[] | null; statedBy?: string | null }): Check {
  const recorded = new Set((subject.recorded ?? []).map(normalised));
  const missing = subject.reported.filter((allergy) => !recorded.has(normalised(allergy.substance))).map((a) => a.substance);
  if (subject.recorded !== null && missing.length === 0) return passed(roomingAllergiesRule, subject.patientId, subject.minute);
  const statedBy = subject.statedBy ?? null;
  const message =
    subject.recorded === null
      ? `${subject.patientName}'s allergies were never reconciled at rooming.`
      : `${statedBy ?? subject.patientName} reported ${missing.join(', ')}, but the allergy list was saved without ${missing.length === 1 ? 'it' : 'them'}.`;
  return missed(roomingAllergiesRule, {
    patientId: subject.patientId,
    atMinute: subject.minute,
    message,
    remedy:
      statedBy === null
        ? 'Ask about allergies and the reaction to each, read back the chart list, and add every allergy the patient reports.'
        : `Ask ${statedBy} about the child's allergies and the reaction to each, read back the chart list, and add every allergy the parent reports.`,
  });
}

/** Medications reconciled before the patient is ready for the provider. */
export function medicationsCheck(subject: CheckSubject & { reconciled: boolean; statedBy?: string | null }): Check {
  if (subject.reconciled) return passed(roomingMedicationsRule, subject.patientId, subject.minute);
  const statedBy = subject.statedBy ?? null;
  return missed(roomingMedicationsRule, {
    patientId: subject.patientId,
    atMinute: subject.minute,
    message: `${subject.patientName}'s medication list was not reconciled before the provider was called.`,
    remedy:
      statedBy === null
        ? 'Go through each medication on the list with the patient (name, dose, how taken) and update it.'
        : `Go through each of the child's medications on the list with ${statedBy} (name, dose, how given) and update it.`,
  });
}

/**
 * Chief complaint recorded, in the patient's words. `stated` is the whole answer; `complaint`,
 * where the answer says more than the complaint (small talk), the words of it that are the
 * complaint itself (the scenario's `complaintWords`), as the desk's `intake.chief-complaint`
 * takes them: the complaint word for word, or the whole answer.
 */
export function chiefComplaintCheck(subject: CheckSubject & { recorded: string | null; stated: string; complaint?: string; statedBy?: string | null }): Check {
  const accepted = [subject.complaint ?? subject.stated, subject.stated].map(patientWords);
  if (subject.recorded !== null && accepted.includes(patientWords(subject.recorded))) return passed(roomingChiefComplaintRule, subject.patientId, subject.minute);
  // The chart tags a parent's words: then they are the parent's, asked of the parent.
  const parent = (subject.statedBy ?? null) !== null && speakerTag(subject.stated) !== null ? subject.statedBy! : null;
  const message =
    subject.recorded === null
      ? `${subject.patientName}'s chief complaint was not recorded.`
      : `${subject.patientName}'s chief complaint was recorded as "${subject.recorded}", not in ${parent === null ? "the patient's words" : `the words of ${parent}`} ("${spokenWords(subject.stated)}"${subject.complaint === undefined ? '' : `; the complaint: "${spokenWords(subject.complaint)}"`}).`;
  return missed(roomingChiefComplaintRule, {
    patientId: subject.patientId,
    atMinute: subject.minute,
    message,
    remedy:
      parent === null
        ? 'Ask what brings the patient in today and record the complaint in their own words, in quotation marks, without the small talk around it.'
        : `Ask ${parent} what brings the child in today and record the complaint in the parent's own words, in quotation marks, without the small talk around it.`,
  });
}

/**
 * How far a charted blood pressure may be from what the gauge showed and still be the same
 * reading: one 2 mmHg tick of the aneroid dial, the resolution the guidelines read it to. A
 * value one tick off is within what the instrument can tell apart; two ticks or more is a misread.
 */
export const BP_READING_TOLERANCE = {
  mmHg: 2,
  source: checked(
    SOURCES.accAha2017Hypertension,
    'Table 4, step 4 (as quoted by a secondary summary, droracle.ai): auscultatory SBP and DBP are recorded "using the nearest even number", i.e. to the dial\'s 2 mmHg tick; the BHS guidelines (bhs2004Guidelines, Box 1) say "read blood pressure to the nearest 2 mm Hg". The AHA 2019 measurement statement (ahaBpMeasurement2019) was not read in full for this point.',
  ),
} as const satisfies { mmHg: number } & Sourced;

/** How far a recorded value may be from what the instrument showed: the finest step each instrument shows (the blood pressure: one gauge tick, `BP_READING_TOLERANCE`). */
export const RECORD_TOLERANCES = {
  heightCm: 0.5,
  weightKg: 0.1,
  bmi: 0.1,
  temperatureC: 0.05,
  pulsePerMinute: 1,
  respirationsPerMinute: 0,
  bloodPressureMmHg: BP_READING_TOLERANCE.mmHg,
  spo2Percent: 0,
  painScore: 0,
  source: checked(SOURCES.clinicDayDesignEstimate, 'The finest step each instrument shows; BP may be charted as any reading or the average, within one 2 mmHg gauge tick (BP_READING_TOLERANCE, ACC/AHA 2017 Table 4).'),
} as const;

/**
 * How to chart a blood pressure, as the record is judged (`bloodPressureVerdict`): each reading
 * read at the tick where the sound was heard (the gauge's ticks are 2 mmHg, so an even number);
 * with two or more readings either one reading or their average to the whole mmHg (134 and 132:
 * 133); accepted within one tick (`BP_READING_TOLERANCE`).
 */
export const BP_CHARTING_ADVICE =
  'Read each blood pressure at the tick where the first and the last sound came (the ticks are 2 mmHg apart, so each reading is an even number); chart one reading as read, or, with two or more readings, their average to the whole mmHg (134/82 and 132/80 give 133/81). A chart within one 2 mmHg tick of that is accepted.';

/** What a measurement is called when the advice asks for it to be taken. */
const MEASURE_WORDS: Readonly<Record<Exclude<RecordedVitalEntry, 'pain' | 'bmi'>, string>> = {
  height: 'height (or, lying, the length)',
  weight: 'weight',
  temperature: 'temperature, by a route that suits the age',
  pulse: 'pulse, counted for a full minute',
  respirations: 'respirations, counted for a full minute',
  'blood-pressure': 'blood pressure, with the cuff that fits the arm',
  spo2: 'SpO₂ with the pulse oximeter, its sensor sized for the patient',
};

/** The entries of the vitals record that are checked one by one. */
export const RECORDED_VITAL_ENTRIES = ['height', 'weight', 'bmi', 'temperature', 'pulse', 'respirations', 'blood-pressure', 'spo2', 'pain'] as const;
/** One entry of the vitals record. */
export type RecordedVitalEntry = (typeof RECORDED_VITAL_ENTRIES)[number];

interface EntryVerdict {
  readonly entry: RecordedVitalEntry;
  /** What went wrong, or null when the entry is right. */
  readonly problem: string | null;
  /** The value was never measured (and none charted): the advice is to take it, not to chart it more carefully. */
  readonly unmeasured?: true;
  /** The height and the weight, taken together on the scale and stadiometer, were never measured: one omission, judged once. */
  readonly heightAndWeight?: true;
}

const ENTRY_LABELS: Record<RecordedVitalEntry, string> = {
  height: 'height',
  weight: 'weight',
  bmi: 'BMI',
  temperature: 'temperature',
  pulse: 'pulse',
  respirations: 'respirations',
  'blood-pressure': 'blood pressure',
  spo2: 'SpO₂',
  pain: 'pain score',
};

function numberVerdict(entry: RecordedVitalEntry, shown: number | null, recorded: number | null, tolerance: number, unit: string): EntryVerdict {
  const label = ENTRY_LABELS[entry];
  if (shown === null && recorded === null) return { entry, problem: `the ${label} was never measured`, unmeasured: true };
  if (shown === null) return { entry, problem: `a ${label} of ${recorded}${unit} was recorded without being measured` };
  if (recorded === null) return { entry, problem: `the ${label} (${shown}${unit}) was left blank` };
  if (Math.abs(recorded - shown) > tolerance + 1e-9) return { entry, problem: `the ${label} was recorded as ${recorded}${unit}, but the instrument showed ${shown}${unit}` };
  return { entry, problem: null };
}

function bloodPressureVerdict(readings: readonly BpReading[], recorded: RecordedVitals, armCircumferenceCm: number | null): EntryVerdict {
  const entry = 'blood-pressure';
  const { systolicMmHg: systolic, diastolicMmHg: diastolic } = recorded;
  if (readings.length === 0 && systolic === null && diastolic === null) return { entry, problem: 'the blood pressure was never measured', unmeasured: true };
  if (readings.length === 0) return { entry, problem: `a blood pressure of ${systolic ?? '?'}/${diastolic ?? '?'} was recorded without being measured` };
  const shown = readings.map((r) => `${r.systolicMmHg}/${r.diastolicMmHg}`).join(' and ');
  if (systolic === null || diastolic === null) return { entry, problem: `the blood pressure (${shown}) was left blank` };
  // The average of the readings that count (the right cuff's) is as good a charting as the average of all.
  const counting = armCircumferenceCm === null ? [] : countingReadings(readings, armCircumferenceCm);
  const candidates = [...readings, averageBloodPressure(readings)!, ...(counting.length > 0 ? [averageBloodPressure(counting)!] : [])];
  const tolerance = RECORD_TOLERANCES.bloodPressureMmHg;
  const matches = candidates.some((c) => Math.abs(c.systolicMmHg - systolic) <= tolerance && Math.abs(c.diastolicMmHg - diastolic) <= tolerance);
  if (matches) return { entry, problem: null };
  // With two or more readings the chart may hold their average, an odd number as often as not: say it, as the advice charts it.
  const average = readings.length > 1 ? averageBloodPressure(readings)! : null;
  const averaged = average === null ? '' : ` (their average ${average.systolicMmHg}/${average.diastolicMmHg})`;
  return { entry, problem: `the blood pressure was recorded as ${systolic}/${diastolic}, but the gauge showed ${shown}${averaged}` };
}

/** A charted BMI against the one the charted (or measured) height and weight give. */
function bmiAgainst(expected: number, recorded: number | null, tolerance: number): EntryVerdict {
  if (recorded === null) return { entry: 'bmi', problem: `the BMI was not calculated (${expected} kg/m² from the recorded height and weight)` };
  if (Math.abs(recorded - expected) > tolerance + 1e-9) return { entry: 'bmi', problem: `the BMI was recorded as ${recorded}, but weight ÷ height² gives ${expected} kg/m²` };
  return { entry: 'bmi', problem: null };
}

/**
 * Each recorded entry against what the instruments showed. `optional`: the entries this
 * patient does not need today (a child under 3: no routine blood pressure, no self-reported
 * pain score), which may be left unmeasured and blank.
 */
export function recordVerdicts(readings: InstrumentReadings, recorded: RecordedVitals, optional: readonly RecordedVitalEntry[] = [], armCircumferenceCm: number | null = null): EntryVerdict[] {
  const t = RECORD_TOLERANCES;
  const expectedBmi =
    recorded.weightKg !== null && recorded.heightCm !== null && recorded.weightKg > 0 && recorded.heightCm > 0
      ? bodyMassIndex(recorded.weightKg, recorded.heightCm)
      : readings.weightKg !== null && readings.heightCm !== null
        ? bodyMassIndex(readings.weightKg, readings.heightCm)
        : null;
  const temperature = numberVerdict('temperature', readings.temperature?.celsius ?? null, recorded.temperatureC, t.temperatureC, ' °C');
  const routeProblem =
    temperature.problem === null && readings.temperature !== null && recorded.temperatureRoute !== readings.temperature.route
      ? `the temperature route was charted as ${recorded.temperatureRoute ?? 'blank'}, but it was taken ${readings.temperature.route}`
      : null;
  // Height and weight come from one measurement: never taken, they are one omission, and the BMI that cannot be calculated without them is not a second (or third) finding for it.
  const heightAndWeightUnmeasured = readings.heightCm === null && readings.weightKg === null && recorded.heightCm === null && recorded.weightKg === null;
  const bodySize: EntryVerdict[] = heightAndWeightUnmeasured
    ? [{ entry: 'height', problem: 'the height and weight were never measured', unmeasured: true, heightAndWeight: true }]
    : [numberVerdict('height', readings.heightCm, recorded.heightCm, t.heightCm, ' cm'), numberVerdict('weight', readings.weightKg, recorded.weightKg, t.weightKg, ' kg')];
  const bmiVerdict: EntryVerdict[] =
    expectedBmi === null
      ? recorded.bmi === null
        ? heightAndWeightUnmeasured
          ? []
          : [{ entry: 'bmi', problem: 'the BMI could not be calculated: height and weight are missing' }]
        : [{ entry: 'bmi', problem: 'a BMI was recorded without height and weight' }]
      : [bmiAgainst(expectedBmi, recorded.bmi, t.bmi)];
  const verdicts: EntryVerdict[] = [
    ...bodySize,
    ...bmiVerdict,
    routeProblem === null ? temperature : { entry: 'temperature', problem: routeProblem },
    numberVerdict('pulse', readings.pulsePerMinute, recorded.pulsePerMinute, t.pulsePerMinute, '/min'),
    numberVerdict('respirations', readings.respirationsPerMinute, recorded.respirationsPerMinute, t.respirationsPerMinute, '/min'),
    bloodPressureVerdict(readings.bloodPressure, recorded, armCircumferenceCm),
    numberVerdict('spo2', readings.spo2Percent, recorded.spo2Percent, t.spo2Percent, ' %'),
    numberVerdict('pain', readings.painScore, recorded.painScore, t.painScore, '/10'),
  ];
  const unmeasured = (entry: RecordedVitalEntry): boolean =>
    entry === 'blood-pressure'
      ? readings.bloodPressure.length === 0 && recorded.systolicMmHg === null && recorded.diastolicMmHg === null
      : entry === 'pain'
        ? readings.painScore === null && recorded.painScore === null
        : entry === 'spo2' && readings.spo2Percent === null && recorded.spo2Percent === null;
  return verdicts.map((verdict) => (optional.includes(verdict.entry) && unmeasured(verdict.entry) ? { entry: verdict.entry, problem: null } : verdict));
}

/**
 * What to do instead for one entry of the record: the pain score by the scale for the age
 * (`painScale`, its name; null where no scale fits), the BMI from the charted height and
 * weight, any other value exactly as the instrument showed it.
 */
export function recordRemedy(entry: RecordedVitalEntry, painScale: string | null = null, unmeasured = false, heightAndWeight = false): string {
  if (heightAndWeight) return `Weigh the patient and measure the ${MEASURE_WORDS.height} with the rest of the set before you chart; chart both as the scale and the stadiometer show them, and the BMI from them (weight in kg ÷ height in m², to one decimal).`;
  if (unmeasured && entry !== 'pain' && entry !== 'bmi') return `Take the ${MEASURE_WORDS[entry]} with the rest of the set before you chart, then chart it as the instrument shows it; a value never taken leaves a gap the provider reads as normal.`;
  switch (entry) {
    case 'pain':
      return painScale === null
        ? 'Chart only a pain score you assessed: no pain scale is used at this age here, so leave the entry blank and tell the provider what you saw.'
        : `Assess pain with the scale for the age (${painScale}) before charting it, and chart the score it gives; never chart a pain score you did not take.`;
    case 'blood-pressure':
      return BP_CHARTING_ADVICE;
    case 'bmi':
      return 'Calculate the BMI from the height and weight you charted (weight in kg ÷ height in m²) and chart it to one decimal.';
    default:
      return 'Chart each value exactly as the instrument shows it, straight away, without rounding.';
  }
}

/**
 * Why each entry of the record matters, for its own finding: the rule's own words are about a
 * blood pressure, and a missing weight has other consequences. `taken`: why the measurement is
 * part of the set (a value never taken); `exact`: why it is charted as the instrument showed it.
 */
const ENTRY_WHY: Readonly<Record<Exclude<RecordedVitalEntry, 'blood-pressure'>, string>> = {
  height: 'A wrong height gives a wrong BMI, and in a child a wrong place on the growth chart; the provider reads the chart, not the stadiometer.',
  weight: 'The weight is carried into the BMI and into every dose worked out per kilogram; a weight charted wrong is a dose or a screening worked out wrong.',
  bmi: 'The BMI is the number the provider screens weight by (30 or more in an adult is offered treatment); charted wrong or not at all, an obesity or an undernutrition the height and weight show goes unseen.',
  temperature: 'A temperature a few tenths off, or charted with the wrong route, moves it across the fever threshold of that route: a fever missed, or one treated that is not there.',
  pulse: 'A pulse charted off by a few beats can move it across the edge of the normal range for the age, and a blank looks like a normal one.',
  respirations: 'A respiratory rate charted wrong or left blank hides the fast breathing that is often the first sign of a worsening illness.',
  spo2: 'An oxygen saturation charted wrong or left blank can hide a low value the provider must see at once.',
  pain: 'The pain score guides the provider’s treatment and is compared from visit to visit; a score never assessed, or charted wrong, misleads both.',
};

/** A child's BMI: read on the BMI-for-age chart, not by the adult cut-offs. */
const CHILD_BMI_WHY = "A child's BMI is plotted on the BMI-for-age growth chart, where the provider follows the child's weight from visit to visit; charted wrong or not at all, a child moving away from their curve goes unseen.";

/** Why a missing height and weight matter, by age: a child's weight-based doses (Joint Commission SEA 39); an adult's BMI screening (USPSTF). */
const HEIGHT_WEIGHT_TAKEN = {
  adult: {
    explanation: 'Height and weight give the BMI by which every adult is screened for obesity (a BMI of 30 or more is offered treatment), and the weight that doses are worked out from; a set without them leaves the provider nothing to screen or dose by.',
    source: checked(SOURCES.uspstf2012ObesityAdults, 'Screen all adults for obesity; BMI is calculated from the measured weight and height.'),
  },
  child: {
    explanation: "A child's doses are worked out per kilogram of weight, and weight-based dosing is why medication errors are more common in children; the height places the child on the growth chart. A child not weighed leaves the provider guessing a dose.",
    source: checked(SOURCES.jointCommissionSea39PediatricMedication, 'Weight-based dosing makes dosing errors more common in children; weigh in kilograms, and give no high-risk drug before the child is weighed (except in an emergency).'),
  },
} as const;

/** The explanation (and, for a height and weight never taken, the source) of one entry's finding; the blood pressure keeps the rule's own. */
function recordReason(entry: RecordedVitalEntry, how: { unmeasured: boolean; heightAndWeight: boolean; child: boolean }): { explanation?: string; source?: Source } {
  if (how.heightAndWeight) return HEIGHT_WEIGHT_TAKEN[how.child ? 'child' : 'adult'];
  if (entry === 'blood-pressure') return {};
  if (entry === 'bmi') return how.child ? { explanation: CHILD_BMI_WHY } : { explanation: ENTRY_WHY.bmi, source: HEIGHT_WEIGHT_TAKEN.adult.source };
  return { explanation: ENTRY_WHY[entry] };
}

/**
 * One `vitals.record-accuracy` check per entry of the vitals record. `notCharted`: entries not
 * part of this patient's record at all (a child under 2 has no BMI), which are not judged;
 * `painScale`: the name of the pain scale for the age, for the advice.
 */
export function recordAccuracyChecks(
  subject: CheckSubject & {
    readings: InstrumentReadings;
    recorded: RecordedVitals;
    optional?: readonly RecordedVitalEntry[];
    notCharted?: readonly RecordedVitalEntry[];
    painScale?: string | null;
    armCircumferenceCm?: number;
    /** Under 18: the weight's reason is the child's weight-based doses, not the adult BMI screening. */
    child?: boolean;
  },
): Check[] {
  const notCharted = subject.notCharted ?? [];
  return recordVerdicts(subject.readings, subject.recorded, subject.optional, subject.armCircumferenceCm ?? null)
    .filter(({ entry }) => !notCharted.includes(entry))
    .map(({ entry, problem, unmeasured, heightAndWeight }) =>
      problem === null
        ? passed(vitalsRecordAccuracyRule, subject.patientId, subject.minute)
        : missed(vitalsRecordAccuracyRule, {
            patientId: subject.patientId,
            atMinute: subject.minute,
            message: `${subject.patientName}: ${problem}.`,
            remedy: recordRemedy(entry, subject.painScale ?? null, unmeasured === true, heightAndWeight === true),
            ...recordReason(entry, { unmeasured: unmeasured === true, heightAndWeight: heightAndWeight === true, child: subject.child === true }),
          }),
    );
}

function cuffName(cuff: BpCuff): string {
  return cuff.replace('-', ' ');
}

const POSITION_WORDS: Readonly<Record<BpTechnique['position'], string>> = {
  'seated-back-supported-feet-flat': 'seated with back supported and feet flat',
  'seated-on-exam-table': 'on the exam table, feet dangling',
  'seated-legs-crossed': 'in the chair with legs crossed',
  'lying-supine': 'lying on the exam table',
  'on-parent-lap': "held on the parent's lap",
};

/** One technique error of a blood-pressure measurement: which (`cuff`, `position`, or a `BpTechniqueError` id) and in the finding's words. */
interface BpTechniqueProblem {
  readonly id: string;
  readonly words: string;
}

/** The problems that are the patient's position (the position rule's source goes with them). */
const POSITION_PROBLEMS: ReadonlySet<string> = new Set(['position', 'back-unsupported', 'legs-crossed']);

/** The subject of a blood-pressure technique judgement. */
type BpTechniqueSubject = CheckSubject & { technique: BpTechnique; armCircumferenceCm: number; positions?: BpPositionRule; urgent?: boolean };

/** The technique errors of one measurement, as the rule judges them (see `bpTechniqueCheck`). */
function bpTechniqueProblems(subject: BpTechniqueSubject): BpTechniqueProblem[] {
  const problems: BpTechniqueProblem[] = [];
  const accepted = subject.positions === undefined ? ['seated-back-supported-feet-flat'] : subject.positions.accepted;
  const right = rightCuffForArm(subject.armCircumferenceCm);
  if (!cuffFits(subject.armCircumferenceCm, subject.technique.cuff)) {
    const bias = cuffReadingBias(subject.armCircumferenceCm, subject.technique.cuff);
    const direction = bias.systolicMmHg > 0 ? `over-reads by about ${bias.systolicMmHg} mmHg systolic` : `under-reads by about ${-bias.systolicMmHg} mmHg systolic`;
    const fits = right === 'infant' || right === 'child' ? "a child's cuff (infant or child) fits, under the adult cuffs' 22 cm" : `the ${cuffName(right)} cuff fits`;
    problems.push({ id: 'cuff', words: `the ${cuffName(subject.technique.cuff)} cuff on a ${subject.armCircumferenceCm} cm arm (${fits}; this one ${direction})` });
  }
  const positionErrors = new Set<string>(['back-unsupported', 'legs-crossed']);
  for (const error of bpTechniqueErrors(subject.technique)) {
    // The 5-minute rest yields to the urgent path: chest pain gets its ECG within 10 minutes of arrival (gulati2021ChestPainGuideline, section 2.3.1), and the provider reads the pressure knowing it was not rested.
    if (subject.urgent === true && error.id === 'not-rested') continue;
    if (accepted !== null || !positionErrors.has(error.id)) problems.push({ id: error.id, words: error.displayName });
  }
  const position = subject.technique.position;
  // A position with no bias of its own (lying, a lap) is still not the guideline's seated one from 3 years.
  if (accepted !== null && !accepted.includes(position) && !bpTechniqueErrors(subject.technique).some((error) => positionErrors.has(error.id))) {
    problems.push({ id: 'position', words: `the patient ${POSITION_WORDS[position]} instead of ${POSITION_WORDS['seated-back-supported-feet-flat']}` });
  }
  return problems;
}

/**
 * One blood-pressure measurement's technique: cuff for the arm, position, rest, arm level,
 * silence; `urgent` (a red-flag complaint, the standing ECG): the rest is not asked. `positions`: the position rule for the patient's age (absent: the seated position of
 * an adult); where its `accepted` is null (a child under 3), the position is not judged.
 * `earlier`: the techniques of the patient's earlier readings. Each distinct error is one
 * finding per patient: an error an earlier reading already had (the wrong cuff kept for the
 * repeat) is left out, and a reading whose errors were all scored before gives null (nothing
 * new to score); a new error on a later reading (the arm let hang after the wrong cuff) is its
 * own finding, naming only what is new.
 */
export function bpTechniqueCheck(subject: BpTechniqueSubject): Check;
export function bpTechniqueCheck(subject: BpTechniqueSubject & { earlier: readonly BpTechnique[] }): Check | null;
export function bpTechniqueCheck(subject: BpTechniqueSubject & { earlier?: readonly BpTechnique[] }): Check | null {
  const scored = new Set((subject.earlier ?? []).flatMap((technique) => bpTechniqueProblems({ ...subject, technique }).map((problem) => problem.id)));
  const all = bpTechniqueProblems(subject);
  if (all.length === 0) return passed(vitalsBpTechniqueRule, subject.patientId, subject.minute);
  const problems = all.filter((problem) => !scored.has(problem.id));
  if (problems.length === 0) return null;
  const accepted = subject.positions === undefined ? ['seated-back-supported-feet-flat'] : subject.positions.accepted;
  const youngChild = subject.positions !== undefined && subject.positions.accepted === null;
  const position = subject.technique.position;
  return missed(vitalsBpTechniqueRule, {
    patientId: subject.patientId,
    atMinute: subject.minute,
    message: `${subject.patientName}'s blood pressure was taken with ${problems.map((problem) => problem.words).join('; ')}.`,
    remedy: youngChild
      ? "Measure the mid-upper arm and pick the cuff whose band fits it; let the child settle (lying calm on the table or held on the parent's lap), support the arm at heart level, and take the reading while the child is quiet, not crying or feeding."
      : 'Measure the mid-upper arm and pick the cuff whose band fits it; seat the patient in a chair with back supported and feet flat, rest 5 minutes, support the arm at heart level, and ask for silence.',
    ...(subject.positions !== undefined && accepted !== null && !accepted.includes(position) && problems.some((problem) => POSITION_PROBLEMS.has(problem.id)) ? { source: subject.positions.source } : {}),
  });
}

/** A high first blood pressure is repeated before the vitals are charted; `basis`: why this one is high (`bloodPressureRepeatBasis`). */
export function bpRepeatCheck(subject: CheckSubject & { readings: readonly BpReading[]; basis: Source }): Check {
  if (subject.readings.length >= 2) return passed(vitalsBpRepeatRule, subject.patientId, subject.minute);
  const first = subject.readings[0];
  return missed(vitalsBpRepeatRule, {
    patientId: subject.patientId,
    atMinute: subject.minute,
    message: `${subject.patientName}'s blood pressure read ${first ? `${first.systolicMmHg}/${first.diastolicMmHg}` : 'high'} and was charted from that one reading.`,
    remedy: 'When the first reading is high, wait 1–2 minutes, take a second reading the same way, and chart the average.',
    source: subject.basis,
  });
}

/** Each flaggable vital sign as findings name it. */
export const FLAG_LABELS: Readonly<Record<FlaggableVital, string>> = {
  'blood-pressure': 'blood pressure',
  pulse: 'pulse',
  respirations: 'respirations',
  temperature: 'temperature',
  spo2: 'SpO₂',
};

/**
 * The flags raised match the values outside the age band's ranges: nothing missed, nothing
 * normal flagged. Each wrong flag is told with its reading, the band it falls in, the band's
 * bounds and the table (`bases`); `notJudged`: what was left out of the judgement and why (a
 * blood pressure taken only with the wrong cuff); `remedy`: the advice in the tables of the age.
 */
export function abnormalFlagCheck(
  subject: CheckSubject & { expected: readonly FlaggableVital[]; flagged: readonly FlaggableVital[]; values: string; bases: readonly FlagBasis[]; remedy: string; notJudged?: string | null },
): Check {
  const missing = FLAGGABLE_VITALS.filter((v) => subject.expected.includes(v) && !subject.flagged.includes(v));
  const extra = FLAGGABLE_VITALS.filter((v) => subject.flagged.includes(v) && !subject.expected.includes(v));
  if (missing.length === 0 && extra.length === 0) return passed(vitalsAbnormalFlagRule, subject.patientId, subject.minute);
  const basisOf = (vital: FlaggableVital) => subject.bases.find((basis) => basis.vital === vital);
  const said = (vital: FlaggableVital, flagged: boolean): string => {
    const basis = basisOf(vital);
    if (basis === undefined) return flagged ? `the ${FLAG_LABELS[vital]} was flagged, but it was never measured` : `the ${FLAG_LABELS[vital]} outside the normal range was not flagged`;
    return flagged
      ? `${basis.reading} was flagged, but it is ${basis.band} by ${basis.table} (${basis.bounds})`
      : `${basis.reading} was not flagged, but it is ${basis.band} by ${basis.table} (${basis.bounds})`;
  };
  const parts = [...missing.map((v) => said(v, false)), ...extra.map((v) => said(v, true))];
  if (subject.notJudged) parts.push(subject.notJudged);
  const first = basisOf(missing[0] ?? extra[0]!);
  return missed(vitalsAbnormalFlagRule, {
    patientId: subject.patientId,
    atMinute: subject.minute,
    message: `${subject.patientName} (${subject.values}): ${parts.join('; ')}.`,
    remedy: subject.remedy,
    ...(first === undefined ? {} : { source: first.source }),
  });
}

/** A critical value shown by an instrument: the next action for the patient must be alerting the provider. */
export function criticalEscalationCheck(subject: CheckSubject & { critical: readonly FlaggableVital[]; values: string; nextAction: string }): Check {
  if (subject.nextAction === 'provider.alerted') return passed(vitalsCriticalEscalationRule, subject.patientId, subject.minute);
  return missed(vitalsCriticalEscalationRule, {
    patientId: subject.patientId,
    atMinute: subject.minute,
    message: `${subject.patientName}'s ${subject.critical.map((v) => FLAG_LABELS[v]).join(' and ')} was in the critical range (${subject.values}), and the next step was “${stepWords(subject.nextAction)}” instead of telling the provider.`,
    remedy: 'Stop and tell the provider at once, in person, with the value; then stay with the patient and carry on as the provider directs.',
  });
}

const ROUTE_WORDS: Readonly<Record<TemperatureRoute, string>> = {
  oral: 'by mouth',
  tympanic: 'in the ear',
  temporal: 'on the forehead',
  axillary: 'under the arm',
  rectal: 'rectally',
};

/** The temperature taken by a route that suits the patient's age; `suitable`: the routes that do, `source`: the age rule's. */
export function temperatureRouteCheck(subject: CheckSubject & { route: TemperatureRoute; suits: boolean; ageText: string; suitable: readonly TemperatureRoute[]; reason: string; source: Source }): Check {
  if (subject.suits) return passed(vitalsTemperatureRouteRule, subject.patientId, subject.minute);
  return missed(vitalsTemperatureRouteRule, {
    patientId: subject.patientId,
    atMinute: subject.minute,
    message: `${subject.patientName} (${subject.ageText}) had the temperature taken ${ROUTE_WORDS[subject.route]}, a route not reliable at that age (${subject.reason.charAt(0).toLowerCase()}${subject.reason.slice(1).replace(/\.$/, '')}).`,
    remedy: `Choose a thermometer suited to the age: ${subject.suitable.map((route) => ROUTE_WORDS[route]).join(', ')}; judge fever by that route's threshold.`,
    source: subject.source,
  });
}

/**
 * A child's blood-pressure flag (1–12 years, where the AAP 2017 table row is verified): a high
 * pressure by the percentiles, a low one by the PALS hypotension threshold (`low`, its bounds in
 * `hypotension`). A systolic under the PALS typical range but above the threshold is low-normal:
 * not flagged. The advice speaks of the side the mistake was on.
 */
export function childBpCheck(subject: CheckSubject & { judgement: ChildBpJudgement; low: boolean; bp: string; flagged: boolean; lowBasis?: FlagBasis; hypotension?: string }): Check {
  const { judgement } = subject;
  const high = judgement.category !== 'normal';
  const expected = high || subject.low;
  if (expected === subject.flagged) return passed(vitalsChildBpRule, subject.patientId, subject.minute);
  const cutOffs = `elevated from ${judgement.elevatedFrom.systolic}/${judgement.elevatedFrom.diastolic}, stage 1 from ${judgement.stage1From.systolic}/${judgement.stage1From.diastolic} for this child's age, sex and height`;
  const hypotension = subject.lowBasis?.bounds ?? subject.hypotension ?? 'systolic below 70 + 2 × age in years';
  const lowSide = subject.low || (!high && subject.flagged);
  const message = subject.flagged
    ? `${subject.patientName}'s blood pressure ${subject.bp} was flagged, but it is normal for the child: not high by the AAP 2017 tables (${cutOffs}), and not low (hypotension by PALS is ${hypotension}).`
    : subject.low
      ? `${subject.patientName}'s blood pressure ${subject.bp} was not flagged, but it is hypotension for the age by the PALS thresholds (${hypotension}).`
      : `${subject.patientName}'s blood pressure ${subject.bp} was not flagged, but it is ${judgement.category.replaceAll('-', ' ')} by the AAP 2017 tables (${cutOffs}).`;
  const remedy = lowSide
    ? subject.low
      ? `A child's systolic ${hypotension} is hypotension by the PALS thresholds (60 for a term newborn, 70 for an infant, 70 + 2 × age in years from 1 to 10, 90 above): flag it, repeat the reading with the right cuff, and tell the provider.`
      : `A low-normal pressure is not flagged: a child's systolic is flagged low only ${hypotension} (PALS: 70 + 2 × age in years from 1 to 10), and high by the AAP 2017 percentile table for age, sex and height.`
    : "Under 13, look the reading up in the percentile table for the child's age, sex and height: flag it at or above the 90th percentile (or 120/80 if lower), not by the adult categories.";
  return missed(vitalsChildBpRule, {
    patientId: subject.patientId,
    atMinute: subject.minute,
    message,
    remedy,
    source: lowSide && subject.lowBasis ? subject.lowBasis.source : judgement.source,
  });
}

/**
 * The minutes standing (of the ordered 1 and 3) with no reading yet; `loweredAfterDizziness`: a
 * patient helped back down because of dizziness is not stood up again for the later reading.
 */
export function standingReadingsStillNeeded(readings: readonly OrthostaticReading[], loweredAfterDizziness: boolean): number[] {
  const standing = readings.filter((r) => r.position === 'standing');
  const missing = STANDING_READING_MINUTES.filter((minute) => !standing.some((r) => r.minutes === minute));
  return loweredAfterDizziness ? missing.filter((minute) => !standing.some((r) => r.minutes < minute)) : missing;
}

/** The orthostatic set as ordered: lying after rest, standing at 1 and 3 minutes (unless a dizzy patient was helped down), and the result flagged. */
export function orthostaticCheck(
  subject: CheckSubject & { readings: readonly OrthostaticReading[]; loweredAfterDizziness: boolean; result: OrthostaticResult | null; flagged: boolean },
): Check {
  const problems: string[] = [];
  const supine = subject.readings.filter((r) => r.position === 'supine');
  const rest = ORTHOSTATIC_CRITERIA.supineRestMinutes;
  if (supine.length === 0) problems.push('no lying reading was taken');
  else if (supine.at(-1)!.minutes < rest) problems.push(`the lying reading was taken after ${supine.at(-1)!.minutes} minute${supine.at(-1)!.minutes === 1 ? '' : 's'} of rest, not ${rest}`);
  const stillNeeded = standingReadingsStillNeeded(subject.readings, subject.loweredAfterDizziness);
  if (stillNeeded.length > 0) problems.push(`no standing reading at ${stillNeeded.join(' and ')} minute${stillNeeded.length === 1 && stillNeeded[0] === 1 ? '' : 's'}`);
  const positive = subject.result !== null && (subject.result.hypotension || subject.result.symptomatic);
  if (subject.result !== null && positive !== subject.flagged) {
    const what = subject.result.hypotension
      ? `a drop of ${subject.result.systolicDrop}/${subject.result.diastolicDrop} mmHg on standing`
      : subject.result.symptomatic
        ? 'dizziness on standing'
        : `no drop meeting the criteria (${subject.result.systolicDrop}/${subject.result.diastolicDrop} mmHg)`;
    problems.push(positive ? `${what} was not flagged` : `the set was flagged as orthostatic with ${what}`);
  }
  if (problems.length === 0) return passed(vitalsOrthostaticRule, subject.patientId, subject.minute);
  return missed(vitalsOrthostaticRule, {
    patientId: subject.patientId,
    atMinute: subject.minute,
    message: `${subject.patientName}'s ordered orthostatic vital signs: ${problems.join('; ')}.`,
    remedy: `Have the patient lie flat ${rest} minutes and take BP and pulse; stand them (at their side) and take BP and pulse at 1 and at 3 minutes; flag a fall of ${ORTHOSTATIC_CRITERIA.systolicDropAtLeast} systolic or ${ORTHOSTATIC_CRITERIA.diastolicDropAtLeast} diastolic, or dizziness, for the provider.`,
  });
}

/** One standing reading: the trainee at the patient's side. */
export function orthostaticSafetyCheck(subject: CheckSubject & { steadied: boolean; dizzy: boolean }): Check {
  if (subject.steadied) return passed(vitalsOrthostaticSafetyRule, subject.patientId, subject.minute);
  return missed(vitalsOrthostaticSafetyRule, {
    patientId: subject.patientId,
    atMinute: subject.minute,
    message: subject.dizzy
      ? `${subject.patientName} stood up for the orthostatic reading with nobody at their side, turned dizzy and swayed, catching the exam table.`
      : `${subject.patientName} stood up for the orthostatic reading with nobody at their side to steady them.`,
    remedy: 'Before the patient rises, stand at their side with a hand ready (a gait belt if they are unsteady); if they feel dizzy, help them back to lying at once.',
  });
}

/** The red flags in words: "chest pain or pressure and trouble breathing". */
function redFlagWords(flags: readonly RedFlagSymptom[]): string {
  const names = flags.map((flag) => RED_FLAGS[flag].name);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * A red-flag symptom heard at rooming: the provider told as the next step (`nextAction`
 * 'provider.alerted'), or not (the step taken instead; null: rooming ended and the provider was
 * never told).
 */
export function redFlagCheck(subject: CheckSubject & { flags: readonly RedFlagSymptom[]; nextAction: string | null }): Check {
  if (subject.nextAction === 'provider.alerted') return passed(vitalsRedFlagRule, subject.patientId, subject.minute);
  const what = redFlagWords(subject.flags);
  return missed(vitalsRedFlagRule, {
    patientId: subject.patientId,
    atMinute: subject.minute,
    message:
      subject.nextAction === null
        ? `${subject.patientName} reported ${what}, a red flag, and the provider was never told during rooming.`
        : `${subject.patientName} reported ${what}, a red flag, and the next step was “${stepWords(subject.nextAction)}” instead of telling the provider.`,
    remedy: 'Stop the routine: tell the provider at once, in person, what the patient said; stay with the patient (never leave them alone) and carry on as the provider directs.',
    source: RED_FLAGS[subject.flags[0] ?? 'chest-pain'].source,
  });
}

/** The standing ECG order followed: the patient sent to the ECG bed from rooming (`sent`), or to the provider without the tracing. */
export function standingEcgCheck(subject: CheckSubject & { sent: boolean }): Check {
  if (subject.sent) return passed(roomingStandingEcgRule, subject.patientId, subject.minute);
  return missed(roomingStandingEcgRule, {
    patientId: subject.patientId,
    atMinute: subject.minute,
    message: `${subject.patientName} has a standing ECG order for chest pain and was marked ready for the provider without it: the tracing now waits until after the provider’s visit.`,
    remedy: `Take the patient to the ECG bed on the standing order as soon as they are in the exam room (the vital signs can wait until after the tracing), record the tracing and hand it to the provider at once; the guideline’s target is an ECG reviewed within ${CHEST_PAIN_ECG_MINUTES.minutes} minutes of arrival.`,
  });
}
