/**
 * The warning beside a call ringing while the trainee works in a station: the steps open
 * there whose minutes would run the clock to the minute the call goes to voicemail (session
 * 20's playtest: the ring's notice named that minute, but nothing said that the next click,
 * half a minute, would reach it). Each step's minutes are the day's own table
 * (`ACTION_COSTS`, what the session charges); which steps are open is the domain's list.
 */
import { ACTION_COSTS, type TraineeActionType } from '../../src/clinic/trainee-action';
import { formatMinutesOfDay } from '../../src/scenario/clock-time';
import type { DayView } from '../../src/session/day-view';
import type { AvailableTask } from '../../src/session/session';
import { actionLabel } from './action-labels';
import type { StationTarget } from './station';

/** The steps the warning names at most; it counts the rest. */
export const STEPS_NAMED = 3;

/** What the warning is worked out from. */
export interface VoicemailWarningFacts {
  /** The steps open in the station now (the domain's list). */
  readonly actions: readonly TraineeActionType[];
  /** The clinic minute now. */
  readonly now: number;
  /** The clinic minute the ringing call goes to voicemail. */
  readonly voicemailAt: number;
}

/** Minutes as a step's note says them: "0.5 min", "2 min". */
function stepMinutes(minutes: number): string {
  return `${Number(minutes.toFixed(2))} min`;
}

/**
 * The steps open now that let the call go to voicemail (the clock, moved by their minutes,
 * reaches the call's last minute), each with its label and minutes, in the domain's order.
 */
export function stepsLettingCallGo(facts: VoicemailWarningFacts): { readonly type: TraineeActionType; readonly label: string; readonly minutes: number }[] {
  return [...new Set(facts.actions)]
    .filter((type) => type !== 'phone.answered' && type !== 'phone.closed')
    .flatMap((type) => {
      const minutes = ACTION_COSTS.get(type)?.minutes;
      return minutes !== undefined && minutes > 0 && facts.now + minutes >= facts.voicemailAt ? [{ type, label: actionLabel(type), minutes }] : [];
    });
}

/** The warning's words, or null when no step open now would let the call go to voicemail. */
export function voicemailWarning(facts: VoicemailWarningFacts): string | null {
  const steps = stepsLettingCallGo(facts);
  if (steps.length === 0) return null;
  const at = formatMinutesOfDay(facts.voicemailAt);
  // A station with many steps open (rooming) names a few, so the line stays a line.
  const shown = steps.slice(0, STEPS_NAMED).map((step) => `${step.label} (${stepMinutes(step.minutes)})`);
  const more = steps.length - shown.length;
  const named = more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
  return steps.length === 1 ? `Taking this step lets the call go to voicemail at ${at}: ${named}.` : `Taking any of these steps lets the call go to voicemail at ${at}: ${named}.`;
}

/** The steps open in a station now, as the domain lists them: the patient's actions, or the call's or the inbox item's task. */
export function stationActions(target: StationTarget, view: DayView, tasks: readonly AvailableTask[]): readonly TraineeActionType[] {
  if (target.kind === 'patient') return view.patients.find((patient) => patient.id === target.patientId)?.actions ?? [];
  const task = tasks.find((candidate) => (target.kind === 'phone' ? candidate.callId === target.callId : candidate.itemId === target.itemId));
  return task?.actions ?? [];
}
