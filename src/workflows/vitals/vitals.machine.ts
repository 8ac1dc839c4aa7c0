/**
 * Rooming and vital signs: the workflow of a patient in the exam room, from the day
 * assigning the room to the patient being ready for the provider.
 *
 * rooming (hand hygiene, two identifiers, allergies, medications, chief complaint, the
 * measurements) → vitals.recorded → reviewing (flag abnormal values) → ready for the provider.
 * A chest-pain patient with the standing ECG order may be taken to the ECG bed at any point
 * of rooming (atEcgBed): the machine ends with its context, and the encounter resumes it on
 * the chart that holds the tracing.
 *
 * Each measurement makes an instrument show a reading drawn from the patient's ground
 * truth with seeded variation and the technique's bias; the readings live in the context,
 * where the browser draws them and the scripted trainees read them. A critical value
 * shown must be reported (`provider.alerted`) before any other action for the patient.
 */
import { type AnyMachineSnapshot, assign, setup } from 'xstate';
import type { DayEnvironment } from '../../domain/day-environment';
import type { OrthostaticRecordEntry, VitalsRecord } from '../../domain/chart';
import { assessVitalSigns, bloodPressureRepeatBasis, BP_REPEAT_RULES, type FlaggableVital, type VitalReadings } from '../../reference/vital-signs';
import type { StageNow, StandingOrderPause, WorkflowInput } from '../workflow';
import { inOrder, NO_CHANGE, type WorkflowStep } from '../workflow-steps';
import type { Source } from '../../reference/source';
import type { Check } from '../../scoring/finding';
import {
  type CheckSubject,
  cleanHands as cleanHandsStep,
  identifyPatient as identifyPatientStep,
  type PatientIdentifiedAction,
  UNNEEDED_ALERT_PROVIDER_MINUTES,
  unneededAlertCheck,
} from '../shared/patient-contact';
import { TEMPERATURE_ROUTES } from '../../scenario/scenario.schema';
import { ADULT_BP_CATEGORIES_FROM_AGE, ageInMonths, ageInYears, FLAGGABLE_VITALS, hypotensionSystolicBelow, hypotensionWords } from '../../reference/vital-signs';
import type { BpTechnique, RecordedVitals, TemperatureRoute, VitalsAction, VitalsFlag } from './vitals.actions';
import { bmiExpected, bpPositions, headCircumference, bloodPressureRequired, childBloodPressure, feverThreshold, type OrthostaticReading, orthostaticResult, painScaleFor, painTruth, type PatientOnDay, routeJudged, routeSuits, suitableRoutes } from './vitals.depth';
import {
  averageBloodPressure,
  type BpReading,
  countingReadings,
  INSTRUMENT_VARIATION,
  type InstrumentReadings,
  NO_READINGS,
  readBloodPressure,
  readCount,
  readHeightWeight,
  readSpo2,
  readTemperature,
  orthostaticTruth,
  readPositional,
} from './vitals.instruments';
import {
  abnormalFlagCheck,
  allergiesCheck,
  bpRepeatCheck,
  bpTechniqueCheck,
  childBpCheck,
  chiefComplaintCheck,
  orthostaticCheck,
  orthostaticSafetyCheck,
  standingReadingsStillNeeded,
  redFlagCheck,
  standingEcgCheck,
  temperatureRouteCheck,
  criticalEscalationCheck,
  FLAG_LABELS,
  handHygieneCheck,
  medicationsCheck,
  recordAccuracyChecks,
  RECORD_TOLERANCES,
  recordVerdicts,
  roomingIdentificationCheck,
} from './vitals.rules';
import { displayName } from '../../domain/patient';
import { type FlagBasis, flagBases, flagRemedy } from './vitals.flag-basis';
import { respondentFor } from '../shared/patient-identity';
import { RED_FLAGS, type RedFlagSymptom } from '../../reference/red-flag-symptoms';

/** Events the vitals machine receives. */
export type VitalsEvent = VitalsAction;

/** What the vitals workflow knows: what the trainee did, and what the instruments showed. */
export interface VitalsContext extends WorkflowInput {
  /** State of the patient's own seeded stream for the instruments. */
  readonly randomState: number;
  readonly handsCleaned: boolean;
  readonly identification: PatientIdentifiedAction | null;
  /** Hand hygiene and identification have been judged (at the first contact). */
  readonly contactJudged: boolean;
  readonly allergiesRecorded: readonly string[] | null;
  readonly medicationsReconciled: boolean;
  readonly chiefComplaint: string | null;
  readonly readings: InstrumentReadings;
  readonly recorded: RecordedVitals | null;
  readonly flagged: readonly VitalsFlag[] | null;
  /** The orthostatic readings taken, in order (only where the provider ordered them). */
  readonly orthostatic: readonly OrthostaticReading[];
  /** The patient has stood up for an orthostatic reading and is still standing. */
  readonly standing: boolean;
  /** A patient dizzy on standing was helped back to lying. */
  readonly loweredAfterDizziness: boolean;
  /** Critical values an instrument has shown. */
  readonly criticalShown: readonly FlaggableVital[];
  /** How many of them are on the day's timeline (the floor's alert for a critical value). */
  readonly criticalNoted: number;
  /** Critical values shown and not yet reported or judged: the next action must report them. */
  readonly pendingCritical: readonly FlaggableVital[];
  readonly providerAlerted: boolean;
  /** A red flag was heard in the chief complaint and the provider not yet told: the next action must tell them. */
  readonly redFlagPending: boolean;
  /** The red-flag escalation has been judged (told at once, or not). */
  readonly redFlagJudged: boolean;
  /** Rooming ended with the patient sent to the ECG bed on the standing order. */
  readonly sentToEcgBed: boolean;
  /** Rooming stopped for the standing ECG before the vitals were charted: the patient is at the ECG bed. */
  readonly pausedForEcg: boolean;
  /** The standing-order ECG was recorded while rooming was under way (rooming resumed after it). */
  readonly ecgTaken: boolean;
}

/** The red-flag symptoms the scenario marks on the patient's complaint. */
export function redFlagsOf(context: Pick<VitalsContext, 'patient'>): readonly RedFlagSymptom[] {
  return context.patient.redFlags ?? [];
}

/** Whether the patient has the clinic's standing order for an ECG before the provider's visit. */
export function hasStandingEcg(context: Pick<VitalsContext, 'patient'>): boolean {
  return context.patient.orders.some((order) => order.testId === 'ecg' && order.ecg?.standing === true);
}

/**
 * Whether the trainee may take the patient to the ECG bed now, before the vitals: the standing
 * order is the clinic's and its ECG work is switched on, the tracing not yet recorded, and the
 * patient not standing for an orthostatic reading. The guideline's 10 minutes run from arrival,
 * so the ECG need not wait for the vitals (gulati2021ChestPainGuideline, section 2.3.1).
 */
export function standingEcgDueNow(context: Pick<VitalsContext, 'patient' | 'scenario' | 'ecgTaken' | 'standing'>): boolean {
  return hasStandingEcg(context) && context.scenario.workflows.ecg && !context.ecgTaken && !context.standing;
}

/** A rule's input: who and when, with the rule's own details (assigned, not spread: V8 builds `{ ...subject, detail }` slowly). */
function subject<Details extends object>(context: VitalsContext, details: Details): CheckSubject & Details {
  return Object.assign({ patientId: context.patient.id, patientName: displayName(context.patient), minute: context.env.now() }, details);
}

function record(env: DayEnvironment, checks: Check | readonly Check[]): void {
  for (const check of Array.isArray(checks) ? checks : [checks]) env.journal.check(check);
}

/** The readings to judge the vitals by: the blood pressure as the average of its readings (`bloodPressure`: the readings to average, all by default). */
export function readingsForAssessment(readings: InstrumentReadings, bloodPressure: readonly BpReading[] = readings.bloodPressure): VitalReadings {
  const bp = averageBloodPressure(bloodPressure);
  return {
    ...(bp ? { systolicMmHg: bp.systolicMmHg, diastolicMmHg: bp.diastolicMmHg } : {}),
    ...(readings.pulsePerMinute !== null ? { pulsePerMin: readings.pulsePerMinute } : {}),
    ...(readings.respirationsPerMinute !== null ? { respirationsPerMin: readings.respirationsPerMinute } : {}),
    ...(readings.temperature !== null ? { temperatureC: readings.temperature.celsius } : {}),
    ...(readings.spo2Percent !== null ? { spo2Percent: readings.spo2Percent } : {}),
  };
}

/** Whether a charted number is a misread of the one shown (both there, further apart than the instrument's step). */
function misread(shown: number | undefined, charted: number | null, tolerance: number): boolean {
  return shown !== undefined && charted !== null && Math.abs(charted - shown) > tolerance + 1e-9;
}

/** Whether a charted number is the one shown to within the instrument's step, yet not the very same number. */
function withinStep(shown: number | undefined, charted: number | null, tolerance: number): boolean {
  return shown !== undefined && charted !== null && charted !== shown && !misread(shown, charted, tolerance);
}

/** How the chart stands to the values judged: each vital sign charted as the same reading (within the instrument's step, but another number), and each charted misread. */
export interface ChartedValues {
  /** The values with every charted number put in, the same readings and the misreads alike. */
  readonly values: VitalReadings;
  /** Charted within the instrument's step of the value judged, as another number (120/77 for a 119/77 average). */
  readonly same: readonly FlaggableVital[];
  /** Charted misread: its own `vitals.record-accuracy` finding. */
  readonly misread: readonly FlaggableVital[];
}

/**
 * The chart against the values the flags would be judged on (`readings`: the instruments' values,
 * the blood pressure as the average of the readings that count). A blood pressure is the same
 * reading when it is within one gauge tick of a reading that counts or of their average (what the
 * record accepts, `BP_READING_TOLERANCE`); charted from the wrong cuff's readings only, it is
 * neither: those readings do not count for the flag. Every other vital sign by its instrument's
 * step (`RECORD_TOLERANCES`).
 */
export function chartedValues(context: Pick<VitalsContext, 'patient' | 'scenario' | 'readings' | 'recorded'>, readings: VitalReadings): ChartedValues {
  const recorded = context.recorded;
  if (recorded === null) return { values: readings, same: [], misread: [] };
  const t = RECORD_TOLERANCES;
  const values: { -readonly [K in keyof VitalReadings]: VitalReadings[K] } = { ...readings };
  const same: FlaggableVital[] = [];
  const misreadVitals: FlaggableVital[] = [];
  const { systolicMmHg, diastolicMmHg } = recorded;
  if (readings.systolicMmHg !== undefined && readings.diastolicMmHg !== undefined && systolicMmHg !== null && diastolicMmHg !== null) {
    const counting = bpReadingsThatCount(context);
    const candidates = [...counting, ...(counting.length > 1 ? [averageBloodPressure(counting)!] : [])];
    const near = (c: { systolicMmHg: number; diastolicMmHg: number }) => !misread(c.systolicMmHg, systolicMmHg, t.bloodPressureMmHg) && !misread(c.diastolicMmHg, diastolicMmHg, t.bloodPressureMmHg);
    const bpVerdict = recordVerdicts(context.readings, recorded, [], context.patient.vitals.armCircumferenceCm).find((v) => v.entry === 'blood-pressure');
    const differs = systolicMmHg !== readings.systolicMmHg || diastolicMmHg !== readings.diastolicMmHg;
    if (bpVerdict?.problem) misreadVitals.push('blood-pressure');
    else if (differs && candidates.some(near)) same.push('blood-pressure');
    if (misreadVitals.includes('blood-pressure') || same.includes('blood-pressure')) {
      values.systolicMmHg = systolicMmHg;
      values.diastolicMmHg = diastolicMmHg;
    }
  }
  // Each one-number vital: the reading's field, the chart's (and its tolerance), and the flag's name.
  const oneNumber = [
    ['pulsePerMin', 'pulsePerMinute', 'pulse'],
    ['respirationsPerMin', 'respirationsPerMinute', 'respirations'],
    ['temperatureC', 'temperatureC', 'temperature'],
    ['spo2Percent', 'spo2Percent', 'spo2'],
  ] as const;
  for (const [reading, charted, vital] of oneNumber) {
    const value = recorded[charted];
    if (value === null) continue;
    if (misread(readings[reading], value, t[charted])) misreadVitals.push(vital);
    else if (withinStep(readings[reading], value, t[charted])) same.push(vital);
    else continue;
    values[reading] = value;
  }
  return { values, same, misread: misreadVitals };
}

/**
 * The values the flags are judged on: the value charted, since the trainee flags what they
 * charted and the provider reads it. A value charted within the instrument's step of what it
 * showed (a 120/77 chart of a 119/77 average, which the record accepts) is judged as charted,
 * so the chart and the judge never disagree about a category. A value charted misread (its own
 * `vitals.record-accuracy` finding) is judged as charted where that makes the flag right, and as
 * shown where that does: one misread, one finding, whichever way it moved the value.
 */
export function judgedValues(
  context: Pick<VitalsContext, 'patient' | 'scenario' | 'readings' | 'recorded'>,
  shown: VitalReadings,
  flagged: readonly FlaggableVital[],
  route: TemperatureRoute | null,
): { readings: VitalReadings; asCharted: FlaggableVital[]; expected: FlaggableVital[] } {
  const { values: charted, same, misread: misreadVitals } = chartedValues(context, shown);
  const byShown = expectedFlags(context, shown, route);
  // Read only for a misread: with none, nothing is rescued.
  const byCharted = misreadVitals.length === 0 ? byShown : expectedFlags(context, charted, route);
  const rescued = misreadVitals.filter((vital) => byShown.includes(vital) !== flagged.includes(vital) && byCharted.includes(vital) === flagged.includes(vital));
  const asCharted = FLAGGABLE_VITALS.filter((vital) => same.includes(vital) || rescued.includes(vital));
  const readings: { -readonly [K in keyof VitalReadings]: VitalReadings[K] } = { ...shown };
  const take = <K extends keyof VitalReadings>(key: K) => (readings[key] = charted[key]);
  for (const vital of asCharted) {
    if (vital === 'blood-pressure') {
      take('systolicMmHg');
      take('diastolicMmHg');
    } else take(VITAL_KEYS[vital]);
  }
  // The flags the judged readings call for: the shown readings' when none is taken as charted.
  return { readings, asCharted, expected: asCharted.length === 0 ? byShown : expectedFlags(context, readings, route) };
}

const VITAL_KEYS: Readonly<Record<Exclude<FlaggableVital, 'blood-pressure'>, keyof VitalReadings>> = {
  pulse: 'pulsePerMin',
  respirations: 'respirationsPerMin',
  temperature: 'temperatureC',
  spo2: 'spo2Percent',
};

/** The blood-pressure readings a flag is judged on: those taken with a cuff that fits the arm (`countingReadings`). */
export function bpReadingsThatCount(context: Pick<VitalsContext, 'patient' | 'readings'>): BpReading[] {
  return countingReadings(context.readings.bloodPressure, context.patient.vitals.armCircumferenceCm);
}

/** Which blood-pressure readings the judged value stands for, as a finding says it (empty when every reading counts). */
export function bpCountNote(context: Pick<VitalsContext, 'patient' | 'readings'>): string {
  const all = context.readings.bloodPressure.length;
  const counting = bpReadingsThatCount(context).length;
  if (counting === all || counting === 0) return '';
  const wrong = all - counting;
  return ` (${counting === 1 ? 'the reading' : `the average of the ${counting} readings`} with the right cuff; the ${wrong === 1 ? 'reading' : `${wrong} readings`} with the wrong cuff ${wrong === 1 ? 'does' : 'do'} not count)`;
}

/** Who the patient is on the scenario's day, for the age-dependent rules. */
export function onDay(context: Pick<VitalsContext, 'patient' | 'scenario'>): PatientOnDay {
  return { patient: context.patient, onDate: context.scenario.day.date };
}

/** Who answers for the patient in the exam room, as findings name them ("Mateo's mother (Valeria Gutiérrez)"), or null when the patient answers. */
export function answeredBy(context: Pick<VitalsContext, 'patient' | 'scenario'>): string | null {
  const respondent = respondentFor(context.patient, context.scenario.day.date);
  return respondent.kind === 'companion' ? `${context.patient.name.given}'s ${respondent.relationship.toLowerCase()} (${respondent.name})` : null;
}

/** The entries not part of this patient's vitals record at all: no BMI under 2 years (CDC: weight-for-length instead). */
export function notChartedEntries(context: Pick<VitalsContext, 'patient' | 'scenario'>): 'bmi'[] {
  return bmiExpected(onDay(context)) ? [] : ['bmi'];
}

/**
 * A child's systolic below the PALS hypotension threshold for the age (< 70 + 2 × age from 1 to
 * 10 years): flagged whatever the percentile tables say, since they judge only high pressures.
 * A systolic under the PALS table's typical range but above the threshold is low-normal, not flagged.
 */
export function childSystolicLow(context: Pick<VitalsContext, 'patient' | 'scenario'>, systolicMmHg: number): boolean {
  const { dateOfBirth } = context.patient;
  const onDate = context.scenario.day.date;
  return ageInYears(dateOfBirth, onDate) < ADULT_BP_CATEGORIES_FROM_AGE.years && systolicMmHg < hypotensionSystolicBelow(dateOfBirth, onDate);
}

/**
 * The flags these readings call for: the age band's ranges, with the fever judged by the
 * threshold of the route the temperature was taken by (`route`; absent: the one threshold
 * for all routes) and a child's blood pressure (1–12 years) by the AAP 2017 percentiles where
 * the reference's row is verified (low pressures still by the PALS range).
 */
export function expectedFlags(context: Pick<VitalsContext, 'patient' | 'scenario'>, readings: VitalReadings, route: TemperatureRoute | null = null): FlaggableVital[] {
  const flags = assessVitalSigns(readings, { dateOfBirth: context.patient.dateOfBirth, onDate: context.scenario.day.date });
  const byVital = new Map(flags.map((flag) => [flag.vital, flag]));
  if (route !== null && readings.temperatureC !== undefined && byVital.get('temperature')?.level !== 'critical') {
    const threshold = feverThreshold(route, { patient: context.patient, onDate: context.scenario.day.date });
    if (Math.round(readings.temperatureC * 10) / 10 >= threshold.atOrAboveC) byVital.set('temperature', { vital: 'temperature', level: 'abnormal', ruleId: 'out-of-range', source: threshold.source });
    else byVital.delete('temperature');
  }
  const { systolicMmHg, diastolicMmHg } = readings;
  if (systolicMmHg !== undefined && diastolicMmHg !== undefined) {
    const child = childBloodPressure(onDay(context), { systolicMmHg, diastolicMmHg });
    if (child !== null) {
      if (child.category !== 'normal' || childSystolicLow(context, systolicMmHg)) byVital.set('blood-pressure', { vital: 'blood-pressure', level: 'abnormal', ruleId: 'out-of-range', source: child.source });
      else byVital.delete('blood-pressure');
    }
  }
  return FLAGGABLE_VITALS.filter((vital) => byVital.has(vital));
}

/**
 * The entries a patient does not need today: a child under 3 without a risk condition has no
 * routine blood pressure (AAP 2017); an infant under 2 months has no confirmed pain scale.
 */
export function optionalEntries(context: Pick<VitalsContext, 'patient' | 'scenario'>): ('blood-pressure' | 'pain')[] {
  const entries: ('blood-pressure' | 'pain')[] = [];
  if (!bloodPressureRequired(onDay(context))) entries.push('blood-pressure');
  if (!painAssessable(context)) entries.push('pain');
  return entries;
}

/** Whether a pain scale fits the patient's age (FLACC, observed, from 2 months; faces; 0–10). */
export function painAssessable(context: Pick<VitalsContext, 'patient' | 'scenario'>): boolean {
  return painScaleFor(onDay(context)) !== null;
}

/** Whether the thermometer route is judged for this patient: a child, by the paediatric authority's ages. */
export function routeMatters(context: Pick<VitalsContext, 'patient' | 'scenario'>): boolean {
  return routeJudged(onDay(context));
}

/**
 * Why the first blood-pressure reading is to be repeated before charting (it is high for the
 * patient's age), or null: from 1 to 12 years by the AAP 2017 category (elevated or above),
 * where the table row is verified; otherwise by the adult categories or the PALS range.
 */
export function repeatBasis(context: Pick<VitalsContext, 'patient' | 'scenario'>, first: { systolicMmHg: number; diastolicMmHg: number }): Source | null {
  const child = childBloodPressure(onDay(context), first);
  if (child !== null) return child.category === 'normal' ? null : BP_REPEAT_RULES.childPercentile.source;
  return bloodPressureRepeatBasis(first, { dateOfBirth: context.patient.dateOfBirth, onDate: context.scenario.day.date });
}

function criticalIn(context: VitalsContext, readings: VitalReadings): FlaggableVital[] {
  return assessVitalSigns(readings, { dateOfBirth: context.patient.dateOfBirth, onDate: context.scenario.day.date })
    .filter((flag) => flag.level === 'critical')
    .map((flag) => flag.vital);
}

/** The readings as text, for findings: "BP 186/124, T 36.9 °C, P 80, R 16, SpO₂ 98 %". */
export function describeReadings(readings: VitalReadings, bpNote = ''): string {
  const parts: string[] = [];
  if (readings.systolicMmHg !== undefined) parts.push(`BP ${readings.systolicMmHg}/${readings.diastolicMmHg ?? '?'}${bpNote}`);
  if (readings.temperatureC !== undefined) parts.push(`T ${readings.temperatureC} °C`);
  if (readings.pulsePerMin !== undefined) parts.push(`P ${readings.pulsePerMin}`);
  if (readings.respirationsPerMin !== undefined) parts.push(`R ${readings.respirationsPerMin}`);
  if (readings.spo2Percent !== undefined) parts.push(`SpO₂ ${readings.spo2Percent} %`);
  return parts.join(', ');
}

/** Critical values newly shown by a reading; the trainee must report them next. */
function withCritical(context: VitalsContext, reading: VitalReadings): Pick<VitalsContext, 'criticalShown' | 'pendingCritical'> {
  const fresh = criticalIn(context, reading).filter((vital) => !context.criticalShown.includes(vital));
  return { criticalShown: [...context.criticalShown, ...fresh], pendingCritical: [...context.pendingCritical, ...fresh] };
}

/** The orthostatic readings as the chart keeps them: position, minutes, pressure, pulse and dizziness, in the order taken. */
export function orthostaticRecord(readings: readonly OrthostaticReading[]): OrthostaticRecordEntry[] {
  return readings.map((r) => ({ position: r.position, minutes: r.minutes, systolicMmHg: r.systolicMmHg, diastolicMmHg: r.diastolicMmHg, pulsePerMinute: r.pulsePerMinute, dizzy: r.dizzy }));
}

/** The chart's vitals record: what the trainee charted, and the orthostatic readings taken. */
export function vitalsRecord(context: VitalsContext): VitalsRecord {
  const r = context.recorded;
  return {
    heightCm: r?.heightCm ?? null,
    weightKg: r?.weightKg ?? null,
    bmi: r?.bmi ?? null,
    temperatureC: r?.temperatureC ?? null,
    pulsePerMinute: r?.pulsePerMinute ?? null,
    respirationsPerMinute: r?.respirationsPerMinute ?? null,
    systolicMmHg: r?.systolicMmHg ?? null,
    diastolicMmHg: r?.diastolicMmHg ?? null,
    spo2Percent: r?.spo2Percent ?? null,
    painScore: r?.painScore ?? null,
    ...(typeof r?.headCircumferenceCm === 'number' ? { headCircumferenceCm: r.headCircumferenceCm } : {}),
    orthostatic: orthostaticRecord(context.orthostatic),
    providerAlerted: context.providerAlerted,
    ...(context.sentToEcgBed ? { sentToEcgBed: true as const } : {}),
  };
}

/** One step of the rooming bookkeeping for a trainee action. */
type VitalsStep = WorkflowStep<VitalsContext, VitalsEvent>;

/** A critical value is pending: any action but alerting the provider misses the escalation. */
const judgeEscalation: VitalsStep = (context, event) => {
  if (context.pendingCritical.length === 0 || event.type === 'provider.alerted') return NO_CHANGE;
  const readings = readingsForAssessment(context.readings);
  record(context.env, criticalEscalationCheck(subject(context, { critical: context.pendingCritical, values: describeReadings(readings), nextAction: event.type })));
  return { pendingCritical: [] };
};

/** A red flag is pending: any action but alerting the provider misses the escalation. */
const judgeRedFlag: VitalsStep = (context, event) => {
  if (!context.redFlagPending || event.type === 'provider.alerted') return NO_CHANGE;
  record(context.env, redFlagCheck(subject(context, { flags: redFlagsOf(context), nextAction: event.type })));
  return { redFlagPending: false, redFlagJudged: true };
};

/** Hand hygiene and identification are judged once, at the first contact. */
const judgeFirstContact: VitalsStep = (context) => {
  if (context.contactJudged) return NO_CHANGE;
  record(context.env, [handHygieneCheck(subject(context, { handsCleaned: context.handsCleaned })), roomingIdentificationCheck(subject(context, { identification: context.identification, statedBy: answeredBy(context) }))]);
  return { contactJudged: true };
};

/** Puts each newly shown critical value on the day's timeline, so the floor raises its alert. */
const noteNewCriticals: VitalsStep = (context) => {
  for (const vital of context.criticalShown.slice(context.criticalNoted)) {
    context.env.journal.note({
      minute: context.env.now(),
      patientId: context.patient.id,
      kind: 'critical-value',
      text: `${displayName(context.patient)}: critical ${vital} — tell the provider now`,
    });
  }
  return context.criticalShown.length > context.criticalNoted ? { criticalNoted: context.criticalShown.length } : NO_CHANGE;
};

const cleanHands: VitalsStep = cleanHandsStep;

const identifyPatient: VitalsStep = identifyPatientStep;

const reconcileAllergies: VitalsStep = (context, event) => {
  if (event.type !== 'allergies.reconciled') return NO_CHANGE;
  const recorded = [...event.allergies];
  const reported = [...context.patient.history.allergies, ...context.patient.history.unrecordedAllergies];
  record(context.env, allergiesCheck(subject(context, { reported, recorded, statedBy: answeredBy(context) })));
  return { allergiesRecorded: recorded };
};

const reconcileMedications: VitalsStep = () => ({ medicationsReconciled: true });

/**
 * The provider already knows of the patient's red flag before rooming asks about it: the desk
 * told them (`registration.providerAlertedAt`), or the urgent tracing went to them at once from
 * the ECG bed (the standing order, before the vital signs). Hearing the complaint again in the
 * room then asks for no new alert: the playtest's trainee, having told the provider at the desk
 * and handed over the tracing, failed the day for taking the pulse after asking it.
 */
function providerKnowsRedFlag(context: VitalsContext): boolean {
  return context.chart.registration?.providerAlertedAt !== undefined || context.chart.ecg?.handedOver === 'at-once';
}

/**
 * Where the provider already heard of the patient's red flag, in the trainee's words, or null:
 * told from the desk, or handed the urgent tracing at once from the ECG bed (`providerKnowsRedFlag`).
 * Said in the room so that the trainee does not wonder whether to alert twice.
 */
export function redFlagAlreadyKnown(context: VitalsContext): string | null {
  if (redFlagsOf(context).length === 0 || !providerKnowsRedFlag(context)) return null;
  const where = [
    ...(context.chart.registration?.providerAlertedAt !== undefined ? ['the front desk told them'] : []),
    ...(context.chart.ecg?.handedOver === 'at-once' ? ['the urgent ECG went to them at once from the ECG bed'] : []),
  ];
  return `The provider already knows of ${context.patient.name.given}'s red flag (${where.join(', and ')}): no second alert is needed for it; a new critical value still goes to them at once.`;
}

/** The chief complaint heard: a red flag in it (the scenario's marks) must go to the provider next, unless they were told already. */
const recordChiefComplaint: VitalsStep = (context, event) => {
  if (event.type !== 'chief-complaint.recorded') return NO_CHANGE;
  const flags = redFlagsOf(context);
  const pending = flags.length > 0 && !context.redFlagJudged && !context.providerAlerted && !providerKnowsRedFlag(context);
  if (pending) {
    context.env.journal.note({
      minute: context.env.now(),
      patientId: context.patient.id,
      kind: 'critical-value',
      text: `${displayName(context.patient)}: ${flags.map((flag) => RED_FLAGS[flag].name).join(', ')} — a red flag: tell the provider now`,
    });
  }
  return { chiefComplaint: event.text, ...(pending ? { redFlagPending: true } : {}) };
};

const measureHeightWeight: VitalsStep = (context) => {
  const drawn = readHeightWeight(context.patient.vitals, context.randomState);
  // The tape is read to the millimetre without a draw of its own, so the patient's seeded stream (and every later reading) is unchanged.
  const head = context.patient.vitals.headCircumferenceCm;
  const headCircumferenceCm = head !== undefined && headCircumference(onDay(context)) ? Math.round(head * 10) / 10 : null;
  return { readings: { ...context.readings, ...drawn.value, headCircumferenceCm }, randomState: drawn.randomState };
};

const measureTemperature: VitalsStep = (context, event) => {
  if (event.type !== 'temperature.measured') return NO_CHANGE;
  const drawn = readTemperature(context.patient.vitals, context.randomState);
  const route: TemperatureRoute = event.route;
  if (routeMatters(context)) {
    const who = onDay(context);
    const suits = routeSuits(route, who);
    const months = ageInMonths(context.patient.dateOfBirth, context.scenario.day.date);
    const ageText = months < 24 ? `${months} month${months === 1 ? '' : 's'} old` : `${Math.floor(months / 12)} years old`;
    record(context.env, temperatureRouteCheck(subject(context, { route, suits: suits.suits, ageText, suitable: suitableRoutes(TEMPERATURE_ROUTES, who), reason: suits.note, source: suits.source })));
  }
  return {
    readings: { ...context.readings, temperature: { celsius: drawn.value, route } },
    randomState: drawn.randomState,
    ...withCritical(context, { temperatureC: drawn.value }),
  };
};

const measurePulse: VitalsStep = (context) => {
  const drawn = readCount(context.patient.vitals.pulsePerMinute, INSTRUMENT_VARIATION.pulsePerMinute, context.randomState);
  return { readings: { ...context.readings, pulsePerMinute: drawn.value }, randomState: drawn.randomState, ...withCritical(context, { pulsePerMin: drawn.value }) };
};

const measureRespirations: VitalsStep = (context) => {
  const drawn = readCount(context.patient.vitals.respirationsPerMinute, INSTRUMENT_VARIATION.respirationsPerMinute, context.randomState);
  return {
    readings: { ...context.readings, respirationsPerMinute: drawn.value },
    randomState: drawn.randomState,
    ...withCritical(context, { respirationsPerMin: drawn.value }),
  };
};

const measureSpo2: VitalsStep = (context) => {
  const drawn = readSpo2(context.patient.vitals, context.randomState);
  return { readings: { ...context.readings, spo2Percent: drawn.value }, randomState: drawn.randomState, ...withCritical(context, { spo2Percent: drawn.value }) };
};

const assessPain: VitalsStep = (context) => ({ readings: { ...context.readings, painScore: painTruth(context.patient.vitals) } });

const measureBloodPressure: VitalsStep = (context, event) => {
  if (event.type !== 'blood-pressure.measured') return NO_CHANGE;
  const technique: BpTechnique = { ...event.technique };
  // A patient on the urgent path (a red-flag complaint, the standing ECG) is not kept waiting 5 minutes for a resting reading.
  const urgent = redFlagsOf(context).length > 0 || hasStandingEcg(context);
  // One finding per distinct technique error for the patient: an error kept for the repeat reading was scored on the first; a new one on a later reading is scored then.
  const earlier = context.readings.bloodPressure.map((reading) => reading.technique);
  const check = bpTechniqueCheck(subject(context, { technique, armCircumferenceCm: context.patient.vitals.armCircumferenceCm, positions: bpPositions(onDay(context)), urgent, earlier }));
  if (check !== null) record(context.env, check);
  const drawn = readBloodPressure(context.patient.vitals, technique, context.randomState);
  const reading: BpReading = { ...drawn.value, technique, atMinute: context.env.now() };
  return {
    readings: { ...context.readings, bloodPressure: [...context.readings.bloodPressure, reading] },
    randomState: drawn.randomState,
    ...withCritical(context, drawn.value),
  };
};

const recordVitals: VitalsStep = (context, event) => {
  if (event.type !== 'vitals.recorded') return NO_CHANGE;
  const recorded: RecordedVitals = { ...event.values };
  const painScale = painScaleFor(onDay(context))?.displayName ?? null;
  record(
    context.env,
    recordAccuracyChecks(
      subject(context, {
        readings: context.readings,
        recorded,
        optional: optionalEntries(context),
        notCharted: notChartedEntries(context),
        painScale,
        armCircumferenceCm: context.patient.vitals.armCircumferenceCm,
        child: ageInYears(context.patient.dateOfBirth, context.scenario.day.date) < 18,
      }),
    ),
  );
  const [first] = context.readings.bloodPressure;
  const basis = first ? repeatBasis(context, first) : null;
  if (basis) record(context.env, bpRepeatCheck(subject(context, { readings: context.readings.bloodPressure, basis })));
  return { recorded };
};

const measureSupine: VitalsStep = (context, event) => {
  if (event.type !== 'orthostatic.supine-measured') return NO_CHANGE;
  const drawn = readPositional(orthostaticTruth(context.patient.vitals).supine, context.randomState);
  const reading: OrthostaticReading = { position: 'supine', minutes: event.restedMinutes, ...drawn.value, steadied: true, dizzy: false };
  return { orthostatic: [...context.orthostatic, reading], randomState: drawn.randomState, standing: false };
};

const measureStanding: VitalsStep = (context, event) => {
  if (event.type !== 'orthostatic.standing-measured') return NO_CHANGE;
  const truth = orthostaticTruth(context.patient.vitals);
  const values = event.minutesStanding < 2 ? truth.standingOneMinute : truth.standingThreeMinutes;
  const drawn = readPositional(values, context.randomState);
  // Dizziness comes on with the first minutes of standing; a patient lowered and stood again turns dizzy again.
  const dizzy = truth.dizzyOnStanding;
  // Judged as the patient rises: a second reading while they stand is the same standing.
  if (!context.standing) record(context.env, orthostaticSafetyCheck(subject(context, { steadied: event.steadied, dizzy })));
  const reading: OrthostaticReading = { position: 'standing', minutes: event.minutesStanding, ...drawn.value, steadied: event.steadied, dizzy };
  return { orthostatic: [...context.orthostatic, reading], randomState: drawn.randomState, standing: true };
};

const lowerPatient: VitalsStep = (context) => ({ standing: false, loweredAfterDizziness: context.loweredAfterDizziness || context.orthostatic.some((r) => r.dizzy) });

const flagVitals: VitalsStep = (_, event) =>
  event.type === 'vitals.flagged' ? { flagged: [...new Set(event.vitals)] } : NO_CHANGE;

const alertProvider: VitalsStep = (context) => {
  if (context.pendingCritical.length > 0) {
    const readings = readingsForAssessment(context.readings);
    record(context.env, criticalEscalationCheck(subject(context, { critical: context.pendingCritical, values: describeReadings(readings), nextAction: 'provider.alerted' })));
  }
  // Told of the red flag at once (or before the complaint was charted): judged passed; told late, it was judged when the next step came first.
  if (redFlagsOf(context).length > 0 && !context.redFlagJudged) record(context.env, redFlagCheck(subject(context, { flags: redFlagsOf(context), nextAction: 'provider.alerted' })));
  return { providerAlerted: true, pendingCritical: [], redFlagPending: false, redFlagJudged: true };
};

/** An alert with nothing critical to tell: a minor finding, and the provider's minutes lost. */
const alertProviderNeedlessly: VitalsStep = (context) => {
  record(context.env, unneededAlertCheck(subject(context, { where: 'rooming', alreadyReported: context.criticalShown.map((vital) => FLAG_LABELS[vital]) })));
  context.env.interruptProvider?.(context.patient.arrival.providerId, UNNEEDED_ALERT_PROVIDER_MINUTES);
  return NO_CHANGE;
};

/** Whether the provider must be told now: a critical value shown and not yet reported, or a red flag heard. */
export function vitalsAlertNeeded(context: Pick<VitalsContext, 'pendingCritical' | 'providerAlerted' | 'criticalShown' | 'redFlagPending'>): boolean {
  return context.redFlagPending || context.pendingCritical.length > 0 || (!context.providerAlerted && context.criticalShown.length > 0);
}

/** Whether an alert now tells the provider something: what `vitalsAlertNeeded` says, or a red flag the provider has not heard of yet. */
function alertTellsSomething(context: VitalsContext): boolean {
  return vitalsAlertNeeded(context) || (redFlagsOf(context).length > 0 && !context.providerAlerted);
}

/** The blood pressure's basis where it is judged by the PALS hypotension threshold (a low systolic), for the child's finding. */
function lowBasis(bases: readonly FlagBasis[]): { lowBasis?: FlagBasis } {
  const basis = bases.find((b) => b.vital === 'blood-pressure');
  return basis !== undefined && basis.band.startsWith('hypotension') ? { lowBasis: basis } : {};
}

function withoutBp(flags: readonly FlaggableVital[]): FlaggableVital[] {
  return flags.filter((flag) => flag !== 'blood-pressure');
}

/** Rooming is over with a standing ECG order: the patient sent to the ECG bed, or to the provider without the tracing. */
const judgeStandingEcg: VitalsStep = (context, event) => {
  if (!hasStandingEcg(context)) return NO_CHANGE;
  const sent = event.type === 'patient.sent-for-ecg';
  record(context.env, standingEcgCheck(subject(context, { sent: sent || context.ecgTaken })));
  return sent ? { sentToEcgBed: true } : NO_CHANGE;
};

/** Rooming stops for the standing ECG: the patient goes to the ECG bed, and rooming resumes after the tracing. */
const pauseForEcg: VitalsStep = () => ({ pausedForEcg: true });

/** Rooming is over: medications, chief complaint, allergies and the abnormal-value flags are judged. */
const judgeRooming: VitalsStep = (context) => {
  const reported = [...context.patient.history.allergies, ...context.patient.history.unrecordedAllergies];
  const checks: Check[] = [
    medicationsCheck(subject(context, { reconciled: context.medicationsReconciled, statedBy: answeredBy(context) })),
    chiefComplaintCheck(
      subject(context, {
        recorded: context.chiefComplaint,
        stated: context.patient.chiefComplaint,
        ...(context.patient.complaintWords === undefined ? {} : { complaint: context.patient.complaintWords }),
        statedBy: answeredBy(context),
      }),
    ),
  ];
  if (context.allergiesRecorded === null) checks.push(allergiesCheck(subject(context, { reported, recorded: null, statedBy: answeredBy(context) })));
  // The flags are judged on the readings that count: a blood pressure taken with the wrong cuff is biased and is its own finding.
  const counting = bpReadingsThatCount(context);
  const bpUnjudged = counting.length === 0 && context.readings.bloodPressure.length > 0;
  const flagged = context.flagged ?? [];
  const allFlags = flagged.filter((flag): flag is FlaggableVital => flag !== 'orthostatic');
  const vitalFlags = bpUnjudged ? withoutBp(allFlags) : allFlags;
  const route = context.readings.temperature?.route ?? null;
  const { readings, asCharted, expected } = judgedValues(context, readingsForAssessment(context.readings, counting), vitalFlags, route);
  const who = onDay(context);
  const note = asCharted.includes('blood-pressure') ? ' as charted' : bpCountNote(context);
  const bases = flagBases(who, readings, route, note);
  const chartedWords = asCharted.filter((vital) => vital !== 'blood-pressure').map((vital) => FLAG_LABELS[vital]);
  const values = `${describeReadings(readings, note)}${chartedWords.length === 0 ? '' : `; ${chartedWords.join(' and ')} as charted`}`;
  const notJudged = bpUnjudged ? 'the blood pressure was not judged: every reading was taken with a cuff that does not fit the arm' : null;
  const { systolicMmHg, diastolicMmHg } = readings;
  const child = systolicMmHg !== undefined && diastolicMmHg !== undefined ? childBloodPressure(who, { systolicMmHg, diastolicMmHg }) : null;
  if (child !== null) {
    // Below 13 the blood pressure's flag is its own rule (the percentile tables); the rest are judged by their ranges.
    checks.push(abnormalFlagCheck(subject(context, { expected: withoutBp(expected), flagged: withoutBp(vitalFlags), values, bases, remedy: flagRemedy(who) })));
    checks.push(
      childBpCheck(
        subject(context, {
          judgement: child,
          low: childSystolicLow(context, systolicMmHg!),
          bp: `${systolicMmHg}/${diastolicMmHg}${note}`,
          flagged: vitalFlags.includes('blood-pressure'),
          ...lowBasis(bases),
          hypotension: hypotensionWords(context.patient.dateOfBirth, context.scenario.day.date),
        }),
      ),
    );
  } else {
    checks.push(abnormalFlagCheck(subject(context, { expected, flagged: vitalFlags, values, bases, remedy: flagRemedy(who), notJudged })));
  }
  if (redFlagsOf(context).length > 0 && !context.redFlagJudged) {
    checks.push(redFlagCheck(subject(context, { flags: redFlagsOf(context), nextAction: providerKnowsRedFlag(context) ? 'provider.alerted' : null })));
  }
  if (context.patient.orthostaticVitals === true) {
    checks.push(
      orthostaticCheck(
        subject(context, { readings: context.orthostatic, loweredAfterDizziness: context.loweredAfterDizziness, result: orthostaticResult(context.orthostatic), flagged: flagged.includes('orthostatic') }),
      ),
    );
  }
  record(context.env, checks);
  return NO_CHANGE;
};

export const vitalsMachine = setup({
  types: {} as { input: WorkflowInput; context: VitalsContext; events: VitalsEvent; output: { vitals?: VitalsRecord; pausedForStandingOrder?: StandingOrderPause } },
  guards: {
    notIdentified: ({ context }) => context.identification === null,
    allergiesOpen: ({ context }) => context.allergiesRecorded === null,
    medicationsOpen: ({ context }) => !context.medicationsReconciled,
    chiefComplaintOpen: ({ context }) => context.chiefComplaint === null,
    notFlagged: ({ context }) => context.flagged === null,
    hasUnreportedCritical: ({ context }) => alertTellsSomething(context),
    standingEcgOrdered: ({ context }) => hasStandingEcg(context) && !context.ecgTaken,
    standingEcgDueNow: ({ context }) => standingEcgDueNow(context),
    orthostaticsOrdered: ({ context }) => context.patient.orthostaticVitals === true,
    patientStanding: ({ context }) => context.standing,
    painAssessable: ({ context }) => painAssessable(context),
  },
  // One assign per trainee action: its steps, in order.
  actions: {
    cleanHands: assign(({ context, event }) => inOrder(context, event, [judgeRedFlag, judgeEscalation, cleanHands])),
    identifyPatient: assign(({ context, event }) => inOrder(context, event, [judgeRedFlag, judgeEscalation, identifyPatient])),
    reconcileAllergies: assign(({ context, event }) => inOrder(context, event, [judgeRedFlag, judgeEscalation, reconcileAllergies])),
    reconcileMedications: assign(({ context, event }) => inOrder(context, event, [judgeRedFlag, judgeEscalation, reconcileMedications])),
    recordChiefComplaint: assign(({ context, event }) => inOrder(context, event, [judgeRedFlag, judgeEscalation, recordChiefComplaint])),
    alertProvider: assign(({ context, event }) => inOrder(context, event, [alertProvider])),
    alertProviderNeedlessly: assign(({ context, event }) => inOrder(context, event, [alertProviderNeedlessly])),
    measureHeightWeight: assign(({ context, event }) => inOrder(context, event, [judgeRedFlag, judgeEscalation, judgeFirstContact, measureHeightWeight])),
    measureTemperature: assign(({ context, event }) => inOrder(context, event, [judgeRedFlag, judgeEscalation, judgeFirstContact, measureTemperature, noteNewCriticals])),
    measurePulse: assign(({ context, event }) => inOrder(context, event, [judgeRedFlag, judgeEscalation, judgeFirstContact, measurePulse, noteNewCriticals])),
    measureRespirations: assign(({ context, event }) => inOrder(context, event, [judgeRedFlag, judgeEscalation, judgeFirstContact, measureRespirations, noteNewCriticals])),
    measureSpo2: assign(({ context, event }) => inOrder(context, event, [judgeRedFlag, judgeEscalation, judgeFirstContact, measureSpo2, noteNewCriticals])),
    assessPain: assign(({ context, event }) => inOrder(context, event, [judgeRedFlag, judgeEscalation, judgeFirstContact, assessPain])),
    measureBloodPressure: assign(({ context, event }) => inOrder(context, event, [judgeRedFlag, judgeEscalation, judgeFirstContact, measureBloodPressure, noteNewCriticals])),
    recordVitals: assign(({ context, event }) => inOrder(context, event, [judgeRedFlag, judgeEscalation, judgeFirstContact, recordVitals])),
    flagVitals: assign(({ context, event }) => inOrder(context, event, [judgeRedFlag, judgeEscalation, flagVitals])),
    measureSupine: assign(({ context, event }) => inOrder(context, event, [judgeRedFlag, judgeEscalation, judgeFirstContact, measureSupine])),
    measureStanding: assign(({ context, event }) => inOrder(context, event, [judgeRedFlag, judgeEscalation, judgeFirstContact, measureStanding])),
    lowerPatient: assign(({ context, event }) => inOrder(context, event, [judgeRedFlag, judgeEscalation, lowerPatient])),
    finishRooming: assign(({ context, event }) => inOrder(context, event, [judgeRedFlag, judgeEscalation, judgeRooming, judgeStandingEcg])),
    sendForEcg: assign(({ context, event }) => inOrder(context, event, [judgeRedFlag, judgeEscalation, judgeRooming, judgeStandingEcg])),
    pauseForEcg: assign(({ context, event }) => inOrder(context, event, [judgeRedFlag, judgeEscalation, pauseForEcg])),
  },
}).createMachine({
  id: 'vitals',
  // Resumed after the standing ECG: where rooming left off, on the chart that now holds the tracing.
  context: ({ input }) => (input.resumeFrom !== undefined ? { ...(input.resumeFrom as VitalsContext), env: input.env, chart: input.chart, pausedForEcg: false, ecgTaken: true } : ({
    // The input field by field: V8 builds a literal that opens with a spread and adds many fields very slowly.
    scenario: input.scenario,
    patient: input.patient,
    env: input.env,
    chart: input.chart,
    randomState: input.env.random.fork(`vitals:${input.patient.id}`).state,
    handsCleaned: false,
    identification: null,
    contactJudged: false,
    allergiesRecorded: null,
    medicationsReconciled: false,
    chiefComplaint: null,
    readings: NO_READINGS,
    recorded: null,
    flagged: null,
    orthostatic: [],
    standing: false,
    loweredAfterDizziness: false,
    criticalShown: [],
    criticalNoted: 0,
    pendingCritical: [],
    providerAlerted: false,
    redFlagPending: false,
    redFlagJudged: false,
    sentToEcgBed: false,
    pausedForEcg: false,
    ecgTaken: false,
  })),
  initial: 'rooming',
  on: {
    'hands.cleaned': { actions: 'cleanHands' },
    'patient.identified': { guard: 'notIdentified', actions: 'identifyPatient' },
    'allergies.reconciled': { guard: 'allergiesOpen', actions: 'reconcileAllergies' },
    'medications.reconciled': { guard: 'medicationsOpen', actions: 'reconcileMedications' },
    'chief-complaint.recorded': { guard: 'chiefComplaintOpen', actions: 'recordChiefComplaint' },
    'provider.alerted': [{ guard: 'hasUnreportedCritical', actions: 'alertProvider' }, { actions: 'alertProviderNeedlessly' }],
  },
  states: {
    rooming: {
      on: {
        'height-weight.measured': { actions: 'measureHeightWeight' },
        'temperature.measured': { actions: 'measureTemperature' },
        'pulse.measured': { actions: 'measurePulse' },
        'respirations.measured': { actions: 'measureRespirations' },
        'spo2.measured': { actions: 'measureSpo2' },
        'pain.assessed': { guard: 'painAssessable', actions: 'assessPain' },
        'orthostatic.supine-measured': { guard: 'orthostaticsOrdered', actions: 'measureSupine' },
        'orthostatic.standing-measured': { guard: 'orthostaticsOrdered', actions: 'measureStanding' },
        'orthostatic.patient-lowered': { guard: 'patientStanding', actions: 'lowerPatient' },
        'blood-pressure.measured': { actions: 'measureBloodPressure' },
        'vitals.recorded': { target: 'reviewing', actions: 'recordVitals' },
        'patient.sent-for-ecg': { guard: 'standingEcgDueNow', target: 'atEcgBed', actions: 'pauseForEcg' },
      },
    },
    reviewing: {
      on: {
        'vitals.flagged': { guard: 'notFlagged', actions: 'flagVitals' },
        'patient.ready-for-provider': { target: 'ready', actions: 'finishRooming' },
        'patient.sent-for-ecg': { guard: 'standingEcgOrdered', target: 'ready', actions: 'sendForEcg' },
      },
    },
    ready: { type: 'final' },
    // Rooming resumes in a new actor once the tracing is done (the encounter keeps the context).
    atEcgBed: { type: 'final' },
  },
  output: ({ context }) => (context.pausedForEcg ? { pausedForStandingOrder: { resumeFrom: context } } : { vitals: vitalsRecord(context) }),
});

/**
 * The provider's orthostatic order, while it is open: the lying and the standing readings not yet
 * taken, as the actions that take them. Only before the vitals are charted, the last moment they
 * can be taken in the room; after that, a missing reading is judged (`vitals.orthostatic`).
 */
export function orthostaticStepsLeft(context: VitalsContext): VitalsAction['type'][] {
  if (context.patient.orthostaticVitals !== true || context.recorded !== null) return [];
  const left: VitalsAction['type'][] = [];
  if (!context.orthostatic.some((reading) => reading.position === 'supine')) left.push('orthostatic.supine-measured');
  if (standingReadingsStillNeeded(context.orthostatic, context.loweredAfterDizziness).length > 0) left.push('orthostatic.standing-measured');
  return left;
}

/**
 * The rooming steps still open, as the actions that would close them: what marking the patient
 * ready for the provider now leaves undone (allergies, medications and chief complaint are then
 * judged missed; the flags are judged on what was flagged, none; the standing ECG then waits until
 * after the visit, `rooming.standing-ecg`). Alerts are left out: whether one is due is the trainee's to judge.
 */
export function roomingStepsLeft(context: VitalsContext): VitalsAction['type'][] {
  const left: VitalsAction['type'][] = [];
  if (context.allergiesRecorded === null) left.push('allergies.reconciled');
  if (!context.medicationsReconciled) left.push('medications.reconciled');
  if (context.chiefComplaint === null) left.push('chief-complaint.recorded');
  left.push(...orthostaticStepsLeft(context));
  if (context.flagged === null) left.push('vitals.flagged');
  if (hasStandingEcg(context) && !context.ecgTaken) left.push('patient.sent-for-ecg');
  return left;
}

/**
 * Whether the patient's rooming is listed first under Needs you: they are on the urgent path,
 * with the clinic's standing chest-pain ECG (the queue already shows it as urgent before the
 * tracing; after it, the rest of rooming stays first), or with a red-flag complaint the trainee
 * has heard or the provider has been told of (never before: the line would give the red flag
 * away). Presentation only (`Workflow.listedFirst`): the alerts follow `vitalsUrgent`.
 */
export function vitalsListedFirst(snapshot: AnyMachineSnapshot): boolean {
  const context = snapshot.context as VitalsContext;
  if (hasStandingEcg(context)) return true;
  return redFlagsOf(context).length > 0 && (context.chiefComplaint !== null || context.providerAlerted || providerKnowsRedFlag(context));
}

/**
 * What must come before anything else: telling the provider (a critical value, a red flag),
 * then, for chest pain on the standing order, the ECG bed (the guideline's 10 minutes run from arrival).
 */
export function vitalsUrgent(snapshot: AnyMachineSnapshot): VitalsAction['type'][] {
  const context = snapshot.context as VitalsContext;
  if (vitalsAlertNeeded(context)) return ['provider.alerted'];
  return snapshot.value === 'rooming' && standingEcgDueNow(context) ? ['patient.sent-for-ecg'] : [];
}

/**
 * Where the patient stands once the vital signs are on the chart, for Needs you and the floor's
 * badge alike: the flags, then the hand-over, are left (session 21's playtest saw "Take vitals"
 * in the queue, session 22's "Ready for vitals" on the badge, after Margaret's were saved). Null
 * while rooming, when the stage's own words say it.
 */
export function vitalsNow(snapshot: AnyMachineSnapshot): StageNow | null {
  if (snapshot.value !== 'reviewing') return null;
  return (snapshot.context as VitalsContext).flagged === null
    ? { task: 'Flag abnormal values, then hand over to the provider', badge: 'Vitals taken' }
    : { task: 'Mark ready for the provider', badge: 'Ready for provider', handOver: true };
}

/** The vitals actions that fit the workflow's current state, for the task list and the scripted trainees. */
export function vitalsAvailableActions(snapshot: AnyMachineSnapshot): VitalsAction['type'][] {
  const context = snapshot.context as VitalsContext;
  const actions: VitalsAction['type'][] = ['hands.cleaned'];
  if (context.identification === null) actions.push('patient.identified');
  if (context.allergiesRecorded === null) actions.push('allergies.reconciled');
  if (!context.medicationsReconciled) actions.push('medications.reconciled');
  if (context.chiefComplaint === null) actions.push('chief-complaint.recorded');
  // Always taken: a needless alert is the trainee's to make, and is judged (`urgent` says when one is needed).
  actions.push('provider.alerted');
  if (snapshot.value === 'rooming') {
    actions.push('height-weight.measured', 'temperature.measured', 'pulse.measured', 'respirations.measured', 'spo2.measured');
    if (painAssessable(context)) actions.push('pain.assessed');
    actions.push('blood-pressure.measured');
    if (context.patient.orthostaticVitals === true) actions.push('orthostatic.supine-measured', 'orthostatic.standing-measured');
    if (context.standing) actions.push('orthostatic.patient-lowered');
    actions.push('vitals.recorded');
    if (standingEcgDueNow(context)) actions.push('patient.sent-for-ecg');
  } else if (snapshot.value === 'reviewing') {
    if (context.flagged === null) actions.push('vitals.flagged');
    actions.push('patient.ready-for-provider');
    if (hasStandingEcg(context) && !context.ecgTaken) actions.push('patient.sent-for-ecg');
  }
  return actions;
}
