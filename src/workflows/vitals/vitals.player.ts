/**
 * How the scripted trainees room a patient and take vital signs. The expert works in
 * protocol order and gets everything right; the novice makes the typical beginner's
 * mistakes, each at the scenario's rate: the wrong cuff, no repeat of a high reading, a
 * rounded or misread value, an elevated blood pressure left unflagged, a patient-reported
 * allergy not added, a yes/no identification, hands not cleaned, a critical value not
 * reported at once, a child's temperature taken by a route the age rules out (the ear of a
 * young infant), a child's blood pressure judged by the adult table, a patient stood up
 * for orthostatic readings with nobody at their side, a red-flag symptom (chest pain) not told to
 * the provider at once, and a patient with a standing ECG order sent to wait for the provider
 * instead of to the ECG bed.
 */
import { bmi, classifyAdultBloodPressure } from '../../reference/vital-signs';
import { TEMPERATURE_ROUTES } from '../../scenario/scenario.schema';
import type { MistakeDice, PlayerView, WorkflowPlayer } from '../shared/player';
import type { BpCuff, BpTechnique, RecordedVitals, TemperatureRoute, VitalsAction, VitalsFlag } from './vitals.actions';
import { bpPositions, childBloodPressure, ORTHOSTATIC_CRITERIA, orthostaticResult, routeSuits, STANDING_READING_MINUTES } from './vitals.depth';
import { averageBloodPressure, rightCuffForArm } from './vitals.instruments';
import { expectedFlags, hasStandingEcg, standingEcgDueNow, notChartedEntries, onDay, optionalEntries, painAssessable, readingsForAssessment, repeatBasis, routeMatters, type VitalsContext } from './vitals.machine';

/** Where the novice slips; the expert never does. Each is asked only at its decision point. */
interface Slips {
  skipsHandHygiene(): boolean;
  asksYesNo(): boolean;
  missesReportedAllergy(): boolean;
  delaysCriticalReport(): boolean;
  picksWrongCuff(): boolean;
  skipsRepeat(): boolean;
  misrecordsValue(): boolean;
  missesBpFlag(): boolean;
  picksUnsuitedRoute(): boolean;
  judgesChildBpAsAdult(): boolean;
  standsPatientAlone(): boolean;
  skipsThreeMinuteReading(): boolean;
  delaysRedFlagAlert(): boolean;
  waitsForProviderWithStandingEcg(): boolean;
  takesVitalsBeforeStandingEcg(): boolean;
}

const NEVER: Slips = {
  skipsHandHygiene: () => false,
  asksYesNo: () => false,
  missesReportedAllergy: () => false,
  delaysCriticalReport: () => false,
  picksWrongCuff: () => false,
  skipsRepeat: () => false,
  misrecordsValue: () => false,
  missesBpFlag: () => false,
  picksUnsuitedRoute: () => false,
  judgesChildBpAsAdult: () => false,
  standsPatientAlone: () => false,
  skipsThreeMinuteReading: () => false,
  delaysRedFlagAlert: () => false,
  waitsForProviderWithStandingEcg: () => false,
  takesVitalsBeforeStandingEcg: () => false,
};

function diceSlips(dice: MistakeDice): Slips {
  const slip = () => dice.slips();
  return {
    skipsHandHygiene: slip,
    asksYesNo: slip,
    missesReportedAllergy: slip,
    delaysCriticalReport: slip,
    picksWrongCuff: slip,
    skipsRepeat: slip,
    misrecordsValue: slip,
    missesBpFlag: slip,
    picksUnsuitedRoute: slip,
    judgesChildBpAsAdult: slip,
    standsPatientAlone: slip,
    skipsThreeMinuteReading: slip,
    delaysRedFlagAlert: slip,
    waitsForProviderWithStandingEcg: slip,
    // The beginner does the rooming they know first, and meets the standing order only after the vitals (no die: their other slips fall as before).
    takesVitalsBeforeStandingEcg: () => true,
  };
}

/** A cuff that does not fit: the standard adult cuff, or the small adult cuff when the adult one would fit. */
export function wrongCuffFor(armCircumferenceCm: number): BpCuff {
  return rightCuffForArm(armCircumferenceCm) === 'adult' ? 'small-adult' : 'adult';
}

/**
 * What the player reads of the patient on the day: whether a pain scale fits, which entries
 * may be left out, whether and by which route the thermometer is judged. Each reads only the
 * scenario's patient and the day's date, read-only data, while the player is asked at every
 * step of the rooming; so each patient's are worked out once for a date (`patientFacts`).
 */
interface PatientFacts {
  readonly onDate: string;
  readonly painAssessable: boolean;
  readonly optional: readonly ('blood-pressure' | 'pain')[];
  readonly notCharted: readonly 'bmi'[];
  readonly routeMatters: boolean;
  readonly route: TemperatureRoute;
  readonly unsuitedRoute: TemperatureRoute | null;
}

/** Each patient's facts (`PatientFacts`) for the last date asked. */
const factsByPatient = new WeakMap<VitalsContext['patient'], PatientFacts>();

function patientFacts(context: Pick<VitalsContext, 'patient' | 'scenario'>): PatientFacts {
  const onDate = context.scenario.day.date;
  const known = factsByPatient.get(context.patient);
  if (known?.onDate === onDate) return known;
  const facts: PatientFacts = {
    onDate,
    painAssessable: painAssessable(context),
    optional: optionalEntries(context),
    notCharted: notChartedEntries(context),
    routeMatters: routeMatters(context),
    route: routeFor(context),
    unsuitedRoute: unsuitedRouteFor(context),
  };
  factsByPatient.set(context.patient, facts);
  return facts;
}

/** The values a careful trainee charts from the instruments. */
export function faithfulRecord(context: VitalsContext): RecordedVitals {
  const { readings } = context;
  const bp = averageBloodPressure(readings.bloodPressure);
  return {
    heightCm: readings.heightCm,
    weightKg: readings.weightKg,
    // Under 2 no BMI is charted: the provider plots weight-for-length instead.
    bmi: readings.heightCm !== null && readings.weightKg !== null && patientFacts(context).notCharted.length === 0 ? bmi(readings.weightKg, readings.heightCm) : null,
    temperatureC: readings.temperature?.celsius ?? null,
    temperatureRoute: readings.temperature?.route ?? null,
    pulsePerMinute: readings.pulsePerMinute,
    respirationsPerMinute: readings.respirationsPerMinute,
    systolicMmHg: bp?.systolicMmHg ?? null,
    diastolicMmHg: bp?.diastolicMmHg ?? null,
    spo2Percent: readings.spo2Percent,
    painScore: readings.painScore,
    ...(readings.headCircumferenceCm !== null ? { headCircumferenceCm: readings.headCircumferenceCm } : {}),
  };
}

/** A beginner's charting slip: the systolic rounded to the nearest 10 (or, already round, misread by a gauge mark), never equal to the truth. */
export function misrecorded(values: RecordedVitals): RecordedVitals {
  if (values.systolicMmHg !== null) {
    const rounded = Math.round(values.systolicMmHg / 10) * 10;
    return { ...values, systolicMmHg: Math.abs(rounded - values.systolicMmHg) >= 2 ? rounded : values.systolicMmHg + 10 };
  }
  return values.pulsePerMinute !== null ? { ...values, pulsePerMinute: values.pulsePerMinute + 4 } : values;
}

/** The technique of a careful reading with `cuff`: the first position offered for the patient's age (seated in a chair from 3 years, lying calm below). */
function technique(context: VitalsContext, cuff: BpCuff): BpTechnique {
  return { cuff, position: bpPositions(onDay(context)).offered[0] ?? 'seated-back-supported-feet-flat', rested: true, armAtHeartLevel: true, talking: false };
}

/** The thermometer route a careful trainee uses: the scenario's, or, where the age rules it out, the first route that suits. */
export function routeFor(context: Pick<VitalsContext, 'patient' | 'scenario'>): TemperatureRoute {
  const who = onDay(context);
  const planned = context.patient.vitals.temperatureRoute;
  return routeSuits(planned, who).suits ? planned : (TEMPERATURE_ROUTES.find((route) => routeSuits(route, who).suits) ?? planned);
}

/** The beginner's route for a child: the ear thermometer, or the mouth one, where the age rules it out; null when both suit. */
export function unsuitedRouteFor(context: Pick<VitalsContext, 'patient' | 'scenario'>): TemperatureRoute | null {
  const who = onDay(context);
  return (['tympanic', 'oral'] as const).find((route) => !routeSuits(route, who).suits) ?? null;
}

/** The flags a trainee raises for these readings; `adultTableForChild`: a child's blood pressure judged by the adult categories. */
function flagsFor(context: VitalsContext, slips: Slips): VitalsFlag[] {
  const readings = readingsForAssessment(context.readings);
  let flags: VitalsFlag[] = expectedFlags(context, readings, context.readings.temperature?.route ?? null);
  const { systolicMmHg, diastolicMmHg } = readings;
  const child = systolicMmHg !== undefined && diastolicMmHg !== undefined ? childBloodPressure(onDay(context), { systolicMmHg, diastolicMmHg }) : null;
  // The adult table's slip is a decision only where the two tables disagree about this reading.
  const adultHigh = child !== null && classifyAdultBloodPressure(systolicMmHg!, diastolicMmHg!) !== 'normal';
  if (child !== null && adultHigh !== flags.includes('blood-pressure') && slips.judgesChildBpAsAdult()) {
    flags = flags.filter((flag) => flag !== 'blood-pressure');
    if (adultHigh) flags.unshift('blood-pressure');
  } else if (flags.includes('blood-pressure') && slips.missesBpFlag()) {
    flags = flags.filter((v) => v !== 'blood-pressure');
  }
  const orthostatic = context.patient.orthostaticVitals === true ? orthostaticResult(context.orthostatic) : null;
  if (orthostatic !== null && (orthostatic.hypotension || orthostatic.symptomatic)) flags.push('orthostatic');
  return flags;
}

/** The next orthostatic step of an ordered set, or null when the set is done. */
function orthostaticStep(context: VitalsContext, slips: Slips): VitalsAction | null {
  const readings = context.orthostatic;
  if (!readings.some((r) => r.position === 'supine')) return { type: 'orthostatic.supine-measured', restedMinutes: ORTHOSTATIC_CRITERIA.supineRestMinutes };
  if (context.standing && readings.at(-1)?.dizzy === true) return { type: 'orthostatic.patient-lowered' };
  if (context.loweredAfterDizziness) return null;
  const next = STANDING_READING_MINUTES.find((minute) => !readings.some((r) => r.position === 'standing' && r.minutes === minute));
  if (next === undefined) return null;
  // The beginner's slip: the set ends at the first standing reading, missing a drop that comes later.
  if (next > 1 && slips.skipsThreeMinuteReading()) return null;
  // The trainee stays at the patient's side from the moment they rise: asked once, when the patient stands up.
  const steadied = context.standing ? (readings.at(-1)?.steadied ?? true) : !slips.standsPatientAlone();
  return { type: 'orthostatic.standing-measured', minutesStanding: next, steadied };
}

function nextAction(view: PlayerView, slips: Slips): VitalsAction | null {
  const context = view.snapshot.context as VitalsContext;
  const { patient } = view;
  const untouched = !context.contactJudged;
  if (context.redFlagPending && !slips.delaysRedFlagAlert()) return { type: 'provider.alerted' };
  // A red flag told late is still told: the provider must hear of it before the patient waits for the visit.
  if (!context.redFlagPending && context.redFlagJudged && !context.providerAlerted) return { type: 'provider.alerted' };
  if (context.pendingCritical.length > 0 && !slips.delaysCriticalReport()) return { type: 'provider.alerted' };
  if (context.pendingCritical.length === 0 && context.criticalShown.length > 0 && !context.providerAlerted) return { type: 'provider.alerted' };
  // Straight from rooming to the ECG bed on the standing order: the tracing is due within 10 minutes of arrival; the vitals wait.
  if (view.snapshot.value === 'rooming' && standingEcgDueNow(context) && !slips.takesVitalsBeforeStandingEcg()) return { type: 'patient.sent-for-ecg' };
  if (!context.handsCleaned && context.identification === null && untouched && !slips.skipsHandHygiene()) return { type: 'hands.cleaned' };
  if (context.identification === null && untouched) {
    return { type: 'patient.identified', question: slips.asksYesNo() ? 'yes-no' : 'open', identifiers: ['full-name', 'date-of-birth'] };
  }
  if (context.allergiesRecorded === null) {
    const onChart = patient.history.allergies.map((a) => a.substance);
    const reported = patient.history.unrecordedAllergies.map((a) => a.substance);
    const forgets = reported.length > 0 && slips.missesReportedAllergy();
    return { type: 'allergies.reconciled', allergies: forgets ? onChart : [...onChart, ...reported] };
  }
  if (!context.medicationsReconciled) return { type: 'medications.reconciled' };
  if (context.chiefComplaint === null) return { type: 'chief-complaint.recorded', text: patient.complaintWords ?? patient.chiefComplaint };
  if (view.snapshot.value === 'rooming') {
    const { readings } = context;
    if (readings.heightCm === null) return { type: 'height-weight.measured' };
    const facts = patientFacts(context);
    if (readings.temperature === null) {
      const unsuited = facts.routeMatters ? facts.unsuitedRoute : null;
      return { type: 'temperature.measured', route: unsuited !== null && slips.picksUnsuitedRoute() ? unsuited : facts.route };
    }
    if (readings.pulsePerMinute === null) return { type: 'pulse.measured' };
    if (readings.respirationsPerMinute === null) return { type: 'respirations.measured' };
    if (readings.spo2Percent === null) return { type: 'spo2.measured' };
    if (readings.painScore === null && facts.painAssessable) return { type: 'pain.assessed' };
    const arm = patient.vitals.armCircumferenceCm;
    const [first] = readings.bloodPressure;
    const bpNeeded = !facts.optional.includes('blood-pressure');
    if (first === undefined && bpNeeded) return { type: 'blood-pressure.measured', technique: technique(context, slips.picksWrongCuff() ? wrongCuffFor(arm) : rightCuffForArm(arm)) };
    if (first !== undefined && readings.bloodPressure.length === 1 && repeatBasis(context, first) !== null && !slips.skipsRepeat()) {
      return { type: 'blood-pressure.measured', technique: first.technique };
    }
    if (patient.orthostaticVitals === true) {
      const step = orthostaticStep(context, slips);
      if (step !== null) return step;
    }
    const faithful = faithfulRecord(context);
    return { type: 'vitals.recorded', values: slips.misrecordsValue() ? misrecorded(faithful) : faithful };
  }
  if (view.snapshot.value === 'reviewing') {
    if (context.flagged === null) return { type: 'vitals.flagged', vitals: flagsFor(context, slips) };
    if (hasStandingEcg(context) && !context.ecgTaken && !slips.waitsForProviderWithStandingEcg()) return { type: 'patient.sent-for-ecg' };
    return { type: 'patient.ready-for-provider' };
  }
  return null;
}

/** The scripted trainees' play of rooming and vital signs. */
export const VITALS_PLAYER: WorkflowPlayer<VitalsAction> = {
  expert: (view) => nextAction(view, NEVER),
  novice: (view, dice) => nextAction(view, diceSlips(dice)),
};
