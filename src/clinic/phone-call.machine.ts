/**
 * A phone call during the day: it rings at its time and interrupts the trainee, who
 * answers it or lets it go to voicemail after a few minutes. What the trainee may say on
 * the call (the privacy rules) belongs to the front-desk workflow.
 */
import { setup } from 'xstate';
import { minutesOfDay, type ScenarioPhoneCall } from '../scenario/scenario.schema';
import type { DayEnvironment } from './day-environment';

/** Minutes a phone rings before it goes to voicemail. */
export const RING_MINUTES = 3;

export interface PhoneCallInput {
  readonly callId: string;
  readonly call: ScenarioPhoneCall;
  readonly env: DayEnvironment;
}

export type PhoneCallEvent = { type: 'phone.answered'; callId: string } | { type: 'phone.closed'; callId: string };

export const phoneCallMachine = setup({
  types: {} as { input: PhoneCallInput; context: PhoneCallInput; events: PhoneCallEvent },
  delays: {
    ring: ({ context }) => Math.max(0, minutesOfDay(context.call.time) - context.env.now()),
    voicemail: RING_MINUTES,
  },
  actions: {
    noteRinging: ({ context }) =>
      context.env.journal.note({
        minute: context.env.now(),
        patientId: context.call.patientId,
        kind: 'phone-rang',
        text: `The phone rings: ${context.call.callerName} (${context.call.caller})`,
      }),
    noteAnswered: ({ context }) =>
      context.env.journal.note({ minute: context.env.now(), patientId: context.call.patientId, kind: 'phone-answered', text: `Answered the call from ${context.call.callerName}` }),
    noteMissed: ({ context }) =>
      context.env.journal.note({ minute: context.env.now(), patientId: context.call.patientId, kind: 'phone-missed', text: `The call from ${context.call.callerName} went to voicemail` }),
  },
}).createMachine({
  id: 'phoneCall',
  context: ({ input }) => input,
  initial: 'scheduled',
  states: {
    scheduled: { after: { ring: 'ringing' } },
    ringing: {
      entry: 'noteRinging',
      after: { voicemail: { target: 'missed', actions: 'noteMissed' } },
      on: { 'phone.answered': { target: 'inCall', actions: 'noteAnswered' } },
    },
    inCall: { on: { 'phone.closed': 'ended' } },
    ended: { type: 'final' },
    missed: { type: 'final' },
  },
});
