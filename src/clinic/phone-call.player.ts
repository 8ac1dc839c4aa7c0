/**
 * How the scripted trainees handle a phone call: both ask the caller who they are; the
 * expert gives results only to the patient or a person the chart has a release of
 * information for, and carries out scheduling requests; the novice, at the mistake rate,
 * takes a relative who knows the details for one who may be told, and gives them the
 * results. A results call whose visit did not take place has no result: the caller who may
 * hear it is told why and offered the visit again, booked in the first free slot. The phone is the day's, not a workflow's: its player lives with its machine.
 */
import type { MistakeDice, PhonePlayer, PhoneView } from '../workflows/shared/player';
import { mayReceiveResults } from '../workflows/shared/privacy';
import { callerFacts, callMayBookVisit, noResultOnFile, type PhoneCallContext, rescheduleWishSlot } from './phone-call.machine';
import type { TraineeAction } from './trainee-action';

/** The slot the caller asks for (next week, near the old time), for a reschedule or a visit booked on a results call. */
function rescheduleSlot(context: PhoneCallContext): { date: string; time: string } | null {
  const patient = context.scenario.patients.find((p) => p.id === context.call.patientId);
  return patient ? rescheduleWishSlot(context.scenario, patient, context.env.bookings) : null;
}

function phoneAction(view: PhoneView, dice?: MistakeDice): TraineeAction | null {
  const { callId, snapshot } = view;
  if (snapshot.value === 'ringing') return { type: 'phone.answered', callId };
  if (snapshot.value !== 'inCall') return null;
  const context = snapshot.context as PhoneCallContext;
  const { call } = context;
  // The expert asks every caller who they are; whether that allows sharing is the chart's to say.
  const facts = callerFacts(context);
  if (!context.callerVerified && (call.caller === 'patient' || call.caller === 'relative')) return { type: 'caller.verified', callId };
  switch (call.request) {
    case 'results': {
      // No visit, no test, no result: the caller hears why, and the visit is offered again.
      const told: TraineeAction = noResultOnFile(context) === null ? { type: 'results.disclosed', callId } : { type: 'results.none-on-file', callId };
      if (context.resultsDisclosed === null) {
        if (mayReceiveResults(facts)) return told;
        // Wanting to help a worried relative is the usual reason the minimum necessary is broken.
        return dice?.slips() ? told : { type: 'results.withheld', callId };
      }
      if (context.noResultTold && callMayBookVisit(context) && !context.requestDone) {
        const slot = rescheduleSlot(context);
        if (slot) return { type: 'appointment.rescheduled', callId, ...slot };
      }
      break;
    }
    case 'reschedule': {
      if (context.requestDone) break;
      const slot = rescheduleSlot(context);
      if (slot) return { type: 'appointment.rescheduled', callId, ...slot };
      break;
    }
    case 'cancel':
      if (!context.requestDone) return { type: 'appointment.cancelled', callId };
      break;
    case 'confirm':
      if (!context.requestDone) return { type: 'appointment.confirmed', callId };
      break;
    case 'general':
      break;
  }
  return { type: 'phone.closed', callId };
}

/** The front desk's phone play: privacy first, then what the caller asked. */
export const FRONT_DESK_PHONE_PLAYER: PhonePlayer<TraineeAction> = {
  expert: (view) => phoneAction(view),
  novice: (view, dice) => phoneAction(view, dice),
};
