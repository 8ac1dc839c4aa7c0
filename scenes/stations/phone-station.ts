/**
 * The phone: who is calling, about whom and what for; answer a ringing call, end it when
 * it is done. What may be said to the caller belongs to the front-desk workflow.
 */
import type { ScenarioPhoneCall } from '../../src/scenario/scenario.schema';
import { button, element } from '../dom';
import type { Station, StationContext, StationHost, StationInstance } from './station';

const CALLER_KINDS: Readonly<Record<ScenarioPhoneCall['caller'], string>> = {
  relative: 'a relative',
  patient: 'the patient',
  payer: 'the insurance company',
  pharmacy: 'the pharmacy',
};

const REQUESTS: Readonly<Record<ScenarioPhoneCall['request'], string>> = {
  results: 'asks for test results',
  reschedule: 'wants to move an appointment',
  cancel: 'wants to cancel an appointment',
  confirm: 'wants to confirm an appointment',
  general: 'has a question',
};

function stateOf(context: StationContext): string {
  return typeof context.snapshot?.value === 'string' ? context.snapshot.value : 'ended';
}

function render(host: StationHost, context: StationContext): void {
  host.body.replaceChildren();
  const call = (context.snapshot?.context as { call?: ScenarioPhoneCall } | undefined)?.call;
  const target = context.target;
  if (!call || target.kind !== 'phone') {
    host.body.append(element('p', 'station-note', 'The line is quiet.'));
    return;
  }
  const state = stateOf(context);
  host.setSubtitle(state === 'ringing' ? 'Ringing' : state === 'inCall' ? 'On the line' : 'Call over');
  const card = element('div', 'phone-card');
  card.append(element('p', 'patient-card-name', call.callerName));
  const about = context.patient ? ` about ${context.patient.name.given} ${context.patient.name.family}` : '';
  card.append(element('p', 'patient-card-meta', `Calling as ${CALLER_KINDS[call.caller]}${about}`));
  if (state !== 'ringing') card.append(element('p', 'patient-card-complaint', `The caller ${REQUESTS[call.request]}.`));
  host.body.append(card);

  const actions = element('div', 'station-actions');
  if (state === 'ringing') {
    actions.append(button('Answer the phone', 'button-primary', () => context.send({ type: 'phone.answered', callId: target.callId })));
  } else if (state === 'inCall') {
    actions.append(button('End the call', 'button-primary', () => context.send({ type: 'phone.closed', callId: target.callId })));
  } else {
    actions.append(element('p', 'station-note', 'This call is over.'));
  }
  host.body.append(actions);
  if (context.hints && state === 'ringing') host.body.append(element('p', 'station-hint', 'Answer within three minutes, before the call goes to voicemail.'));
}

/** The phone station, keyed by the phone call machine's id. */
export const phoneStation: Station = {
  machineId: 'phoneCall',
  title: 'Phone',
  open(host, context): StationInstance {
    render(host, context);
    let shown = stateOf(context);
    return {
      update(next) {
        const state = stateOf(next);
        if (state === shown) return;
        shown = state;
        render(host, next);
      },
    };
  },
};
