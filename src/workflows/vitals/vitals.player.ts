/**
 * How the scripted trainees room a patient and take vital signs. The expert works in
 * protocol order and gets everything right; the novice makes the typical beginner's
 * mistakes, each at the scenario's rate: the wrong cuff, no repeat of a high reading, a
 * rounded or misread value, an elevated blood pressure left unflagged, a patient-reported
 * allergy not added, a yes/no identification, hands not cleaned, a critical value not
 * reported at once.
 */
import { bmi } from '../../reference/vital-signs';
import type { MistakeDice, PlayerView, WorkflowPlayer } from '../shared/player';
import type { BpCuff, BpTechnique, RecordedVitals, VitalsAction } from './vitals.actions';
import { averageBloodPressure, rightCuffForArm } from './vitals.instruments';
import { expectedFlags, readingsForAssessment, repeatBasis, type VitalsContext } from './vitals.machine';

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
  };
}

/** A cuff that does not fit: the standard adult cuff, or the small adult cuff when the adult one would fit. */
export function wrongCuffFor(armCircumferenceCm: number): BpCuff {
  return rightCuffForArm(armCircumferenceCm) === 'adult' ? 'small-adult' : 'adult';
}

/** The values a careful trainee charts from the instruments. */
export function faithfulRecord(context: VitalsContext): RecordedVitals {
  const { readings } = context;
  const bp = averageBloodPressure(readings.bloodPressure);
  return {
    heightCm: readings.heightCm,
    weightKg: readings.weightKg,
    bmi: readings.heightCm !== null && readings.weightKg !== null ? bmi(readings.weightKg, readings.heightCm) : null,
    temperatureC: readings.temperature?.celsius ?? null,
    temperatureRoute: readings.temperature?.route ?? null,
    pulsePerMinute: readings.pulsePerMinute,
    respirationsPerMinute: readings.respirationsPerMinute,
    systolicMmHg: bp?.systolicMmHg ?? null,
    diastolicMmHg: bp?.diastolicMmHg ?? null,
    spo2Percent: readings.spo2Percent,
    painScore: readings.painScore,
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

function technique(cuff: BpCuff): BpTechnique {
  return { cuff, position: 'seated-back-supported-feet-flat', rested: true, armAtHeartLevel: true, talking: false };
}

function nextAction(view: PlayerView, slips: Slips): VitalsAction | null {
  const context = view.snapshot.context as VitalsContext;
  const { patient } = view;
  const untouched = !context.contactJudged;
  if (context.pendingCritical.length > 0 && !slips.delaysCriticalReport()) return { type: 'provider.alerted' };
  if (context.pendingCritical.length === 0 && context.criticalShown.length > 0 && !context.providerAlerted) return { type: 'provider.alerted' };
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
  if (context.chiefComplaint === null) return { type: 'chief-complaint.recorded', text: patient.chiefComplaint };
  if (view.snapshot.value === 'rooming') {
    const { readings } = context;
    if (readings.heightCm === null) return { type: 'height-weight.measured' };
    if (readings.temperature === null) return { type: 'temperature.measured', route: patient.vitals.temperatureRoute };
    if (readings.pulsePerMinute === null) return { type: 'pulse.measured' };
    if (readings.respirationsPerMinute === null) return { type: 'respirations.measured' };
    if (readings.spo2Percent === null) return { type: 'spo2.measured' };
    if (readings.painScore === null) return { type: 'pain.assessed' };
    const arm = patient.vitals.armCircumferenceCm;
    const [first] = readings.bloodPressure;
    if (first === undefined) return { type: 'blood-pressure.measured', technique: technique(slips.picksWrongCuff() ? wrongCuffFor(arm) : rightCuffForArm(arm)) };
    if (readings.bloodPressure.length === 1 && repeatBasis(context, first) !== null && !slips.skipsRepeat()) {
      return { type: 'blood-pressure.measured', technique: first.technique };
    }
    const faithful = faithfulRecord(context);
    return { type: 'vitals.recorded', values: slips.misrecordsValue() ? misrecorded(faithful) : faithful };
  }
  if (view.snapshot.value === 'reviewing') {
    if (context.flagged === null) {
      const expected = expectedFlags(context, readingsForAssessment(context.readings));
      const flags = expected.includes('blood-pressure') && slips.missesBpFlag() ? expected.filter((v) => v !== 'blood-pressure') : expected;
      return { type: 'vitals.flagged', vitals: flags };
    }
    return { type: 'patient.ready-for-provider' };
  }
  return null;
}

/** The scripted trainees' play of rooming and vital signs. */
export const VITALS_PLAYER: WorkflowPlayer<VitalsAction> = {
  expert: (view) => nextAction(view, NEVER),
  novice: (view, dice) => nextAction(view, diceSlips(dice)),
};
