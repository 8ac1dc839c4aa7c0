/**
 * The practice hint for the step rooming and vitals is on: what the trainee does next there. It reads the
 * workflow's state and what its context already holds, and judges nothing.
 */
import type { AnyMachineSnapshot } from 'xstate';
import { answeredBy, hasStandingEcg, onDay, optionalEntries, standingEcgDueNow, type VitalsContext } from './vitals.machine';
import { lengthBoard, ORTHOSTATIC_CRITERIA } from './vitals.depth';

/** The hint for a vitals snapshot, or null when its work is over. */
export function vitalsStepHint(snapshot: AnyMachineSnapshot): string | null {
  return snapshot.status === 'active' ? vitalsHint(String(snapshot.value), snapshot.context as VitalsContext) : null;
}

function vitalsHint(state: string, context: VitalsContext): string | null {
  if (context.redFlagPending) return 'The patient reports a red-flag symptom: tell the provider now, before anything else, and stay with the patient.';
  if (context.pendingCritical.length > 0) return 'A critical value is showing: tell the provider now, before anything else.';
  if (state === 'reviewing') {
    return context.flagged === null
      ? 'Flag every value outside the range for the patient’s age, then hand the patient over to the provider.'
      : hasStandingEcg(context) && !context.ecgTaken
        ? 'The standing order for chest pain: take the patient to the ECG bed now, before the provider’s visit, and hand the tracing over at once.'
        : 'Hand the patient over: mark them ready for the provider.';
  }
  if (state !== 'rooming') return null;
  if (standingEcgDueNow(context)) return 'The standing order for chest pain: take the patient to the ECG bed now, before the vital signs; the ECG is due within 10 minutes of arrival. Rooming carries on after the tracing.';
  if (!context.handsCleaned && !context.contactJudged) return 'Clean your hands before you touch the patient.';
  if (context.identification === null) {
    const respondent = answeredBy(context);
    return respondent === null ? 'Have the patient state two identifiers before the first measurement.' : `Have ${respondent} state the child’s two identifiers before the first measurement.`;
  }
  const parent = answeredBy(context);
  if (context.allergiesRecorded === null) return parent === null ? 'Ask about allergies and record them (or “no known allergies”).' : `Ask ${parent} about the child’s allergies and record them (or “no known allergies”).`;
  if (!context.medicationsReconciled) return parent === null ? 'Go through the medication list with the patient.' : `Go through the child’s medication list with ${parent}.`;
  if (context.chiefComplaint === null) return parent === null ? 'Record the chief complaint in the patient’s words.' : `Record the chief complaint in the words of ${parent}.`;
  const readings = context.readings;
  // Every measurement the record is scored on (vitals.record-accuracy), so the hint never leaves out one that is judged missing.
  const optional = optionalEntries(context);
  const missing = [
    readings.heightCm === null || readings.weightKg === null ? (lengthBoard(onDay(context)) ? 'length and weight' : 'height and weight') : null,
    readings.temperature === null ? 'temperature' : null,
    readings.pulsePerMinute === null ? 'pulse' : null,
    readings.respirationsPerMinute === null ? 'respirations' : null,
    readings.bloodPressure.length === 0 && !optional.includes('blood-pressure') ? 'blood pressure' : null,
    readings.spo2Percent === null ? 'oxygen saturation' : null,
    readings.painScore === null && !optional.includes('pain') ? 'pain score' : null,
  ].filter((name): name is string => name !== null);
  if (missing.length > 0) return `Take the vital signs with the right technique; still to take: ${missing.join(', ')}.`;
  if (context.standing && context.orthostatic.at(-1)?.dizzy === true) return 'The patient is dizzy: help them back to lying down.';
  if (context.patient.orthostaticVitals === true && !context.loweredAfterDizziness && !orthostaticSetTaken(context)) {
    return `The provider ordered orthostatic vital signs: lying after ${ORTHOSTATIC_CRITERIA.supineRestMinutes} minutes' rest, then standing at 1 and 3 minutes, with you at the patient's side.`;
  }
  return 'Record the vital signs on the chart, then review them.';
}

function orthostaticSetTaken(context: VitalsContext): boolean {
  const standing = context.orthostatic.filter((r) => r.position === 'standing').map((r) => r.minutes);
  return context.orthostatic.some((r) => r.position === 'supine') && standing.includes(1) && standing.includes(3);
}
