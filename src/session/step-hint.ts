/**
 * Practice hints for the step the trainee is actually on: one source for the floor's hint
 * and the hint an open station shows. A hint reads the state of the workflow (or phone
 * call) and what its context already holds, so once two identifiers are confirmed at the
 * desk the hint moves on to what registration still needs, and a critical value or a
 * used sharp comes before anything else, as the machines require.
 *
 * Pure: it reads snapshots the session already has and judges nothing; the rules stay in
 * the workflows. Each workflow's own hints are its descriptor's `hint`; this module adds the
 * day's (rooming, the waits, the phone).
 */
import type { AnyMachineSnapshot } from 'xstate';
import { type PhoneCallContext, RING_MINUTES } from '../clinic/phone-call.machine';
import type { EncounterStage } from '../clinic/encounter.machine';
import type { Session } from './session';

/** Whose step: a patient (their current workflow), or a phone call. */
export type HintTarget = { readonly kind: 'patient'; readonly patientId: string } | { readonly kind: 'phone'; readonly callId: string };

/**
 * The hint for the step `target` is on now, or null when there is nothing for the
 * trainee to do there (the patient is with the provider, the call is over).
 */
export function stepHint(session: Session, target: HintTarget): string | null {
  if (target.kind === 'phone') {
    const call = session.phoneSnapshot(target.callId);
    return call ? phoneHint(call) : null;
  }
  const stage = session.stageOf(target.patientId);
  if (stage === 'waiting-for-room') return ROOMING_HINT;
  const snapshot = session.workflowSnapshot(target.patientId);
  if (!snapshot || snapshot.status !== 'active') return stage ? (WAITING_HINTS[stage] ?? null) : null;
  return session.workflowOf(target.patientId)?.hint(snapshot) ?? null;
}

const ROOMING_HINT = 'Room the patient who has waited longest first, while an exam room is free, so the provider is never idle. Everyone in the waiting room hears what you say: call the name, never the reason for the visit.';

/** Stages in which the patient waits on someone else. */
const WAITING_HINTS: Readonly<Partial<Record<EncounterStage, string>>> = {
  'ready-for-provider': 'The provider sees this patient next: nothing to do here until the visit ends.',
  'with-provider': 'The patient is with the provider: use the time for someone else.',
};

function phoneHint(snapshot: AnyMachineSnapshot): string | null {
  const context = snapshot.context as PhoneCallContext;
  switch (snapshot.value) {
    case 'ringing':
      return `Answer the phone: after ${RING_MINUTES} minutes the call goes to voicemail.`;
    case 'inCall':
      if (!context.callerVerified) return 'Verify who is calling before you share anything, and check the release of information on file.';
      if (!context.requestDone && context.resultsDisclosed === null) return 'Do what the caller asked, sharing only what they are allowed to know.';
      return 'Close the call once the caller’s request is done.';
    default:
      return null;
  }
}
