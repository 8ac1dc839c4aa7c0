/**
 * The clinic day: one encounter actor per patient, one actor per phone call and one per
 * inbox item, all on the clinic clock, sharing the day's resources — the exam rooms and
 * the providers.
 *
 * The trainee rooms a waiting patient when a room is free (when the vitals workflow is
 * off, another MA does it); a provider sees the patients who are ready, in the order they
 * became ready, and is busy for each visit's length. A provider called away (an alert with
 * nothing critical behind it) is busy for the minutes it costs, as soon as the visit in
 * hand ends. A provider handed a tracing with ST elevation comes to that patient at once (as
 * soon as the visit in hand ends, ahead of every ready patient and of any interruption owed),
 * without waiting for the patient's vital signs. The day ends at closing time, or earlier when every patient is done, every
 * claim is out and every inbox item is done or handed over.
 */
import { type ActorRefFrom, assign, enqueueActions, setup } from 'xstate';
import { type Scenario } from '../scenario/scenario.schema';
import { minutesOfDay } from '../scenario/clock-time';
import type { DayEnvironment } from '../domain/day-environment';
import { type EncounterNotice, type EncounterOutcome, encounterMachine } from './encounter.machine';
import { phoneCallMachine } from './phone-call.machine';
import { inboxItemMachine } from './inbox/inbox-item.machine';
import type { DayAction, TraineeAction } from './trainee-action';
import { checkWaitingRoomCall } from './waiting-room';

export interface ClinicDayInput {
  readonly scenario: Scenario;
  readonly env: DayEnvironment;
}

export type EncounterRef = ActorRefFrom<typeof encounterMachine>;
export type PhoneCallRef = ActorRefFrom<typeof phoneCallMachine>;
export type InboxItemRef = ActorRefFrom<typeof inboxItemMachine>;

export interface ClinicDayContext extends ClinicDayInput {
  /** Each patient's encounter, by patient id (a Map, so no id reaches `Object.prototype`). */
  readonly encounters: ReadonlyMap<string, EncounterRef>;
  /** Each phone call, by call id. */
  readonly calls: ReadonlyMap<string, PhoneCallRef>;
  /** Each inbox item, by item id. */
  readonly inbox: ReadonlyMap<string, InboxItemRef>;
  /** Who is in each exam room (index 0 is room 1). */
  readonly rooms: readonly (string | null)[];
  /** Patients waiting for an exam room, in the order they are to be roomed. */
  readonly waitingForRoom: readonly string[];
  /** The patients waiting for a room whom the desk sent ahead with a red-flag complaint (`joinRoomQueue`). */
  readonly urgentForRoom: readonly string[];
  /** Patients ready for the provider, in the order they became ready. */
  readonly readyQueue: readonly string[];
  /** The patient each provider is with (or `PROVIDER_CALLED_AWAY`), or null when the provider is free. */
  readonly providerBusyWith: Readonly<Record<string, string | null>>;
  /** Minutes each provider owes to interruptions, served when the visit in hand ends (every provider has an entry). */
  readonly providerOwedMinutes: Readonly<Record<string, number>>;
  /** The patient each provider was called to at once (an ST-elevation tracing) and goes to when the visit in hand ends, or null (every provider has an entry). */
  readonly providerCalledTo: Readonly<Record<string, string | null>>;
  /** How each finished patient's day ended, by patient id. */
  readonly outcomes: ReadonlyMap<string, EncounterOutcome>;
}

/** A trainee action for the day, with the patient it concerns (null for a phone call). */
export type DayTraineeEvent = { type: 'trainee.action'; patientId: string | null; action: TraineeAction };
/**
 * A provider is called away for some minutes; and, those minutes later, back. Or a provider is
 * called to a patient at once (an ST-elevation tracing handed over).
 */
export type ProviderInterruption =
  | { type: 'provider.interrupted'; providerId: string; minutes: number }
  | { type: 'provider.back'; providerId: string }
  | { type: 'provider.called-now'; providerId: string; patientId: string };
export type ClinicDayEvent = EncounterNotice | DayTraineeEvent | ProviderInterruption;

/** What `providerBusyWith` holds while a provider is away on an interruption rather than with a patient. */
export const PROVIDER_CALLED_AWAY = '#called-away';

/** The id of a scenario's phone call (its index in the scenario's events). */
export function phoneCallId(index: number): string {
  return `call-${index + 1}`;
}

function isRoomAction(event: ClinicDayEvent): event is DayTraineeEvent & { action: Extract<DayAction, { type: 'patient.roomed' }> } {
  return event.type === 'trainee.action' && event.action.type === 'patient.roomed';
}

function inboxAction(event: ClinicDayEvent): Extract<DayAction, { itemId: string }> | undefined {
  if (event.type !== 'trainee.action') return undefined;
  const { action } = event;
  return 'itemId' in action ? action : undefined;
}

/** True when every inbox item is done or handed over (and so, with no inbox, always). */
function inboxSettled(context: ClinicDayContext): boolean {
  for (const item of context.inbox.values()) if (item.getSnapshot().status === 'active') return false;
  return true;
}

function phoneAction(event: ClinicDayEvent): Extract<DayAction, { callId: string }> | undefined {
  if (event.type !== 'trainee.action') return undefined;
  const { action } = event;
  return 'callId' in action ? action : undefined;
}

/** True when the trainee may fetch this patient into an exam room now: they are waiting for one, one is free, and rooming is the trainee's job today. */
export function canRoomPatient(context: ClinicDayContext, patientId: string): boolean {
  return context.scenario.workflows.vitals && context.waitingForRoom.includes(patientId) && context.rooms.includes(null);
}

/** Providers with no patient, matched with the first ready patient of theirs. */
function providerAssignments(context: ClinicDayContext, queues: DayQueues): { providerId: string; patientId: string }[] {
  const assignments: { providerId: string; patientId: string }[] = [];
  const taken = new Set<string>();
  for (const [providerId, busyWith] of Object.entries(queues.providerBusyWith)) {
    if (busyWith !== null) continue;
    const patientId = queues.readyQueue.find(
      (id) => !taken.has(id) && context.encounters.get(id)?.getSnapshot().context.providerId === providerId,
    );
    if (patientId === undefined) continue;
    taken.add(patientId);
    assignments.push({ providerId, patientId });
  }
  return assignments;
}

/**
 * The rooms, the queues and the providers as one notice changes them. Each notice's
 * handler works them out step by step and assigns them once (each assign makes a new
 * snapshot); the messages to the encounters go out in the order the steps decide them.
 */
type DayQueues = Pick<ClinicDayContext, 'rooms' | 'waitingForRoom' | 'readyQueue' | 'providerBusyWith'>;
type SendToEncounter = (encounter: EncounterRef, event: { type: 'room.assigned'; room: number } | { type: 'provider.entered'; providerId: string }) => void;

function queuesOf(context: ClinicDayContext): DayQueues {
  return { rooms: context.rooms, waitingForRoom: context.waitingForRoom, readyQueue: context.readyQueue, providerBusyWith: context.providerBusyWith };
}

/** Each free provider starts a visit with their first ready patient. */
function startVisits(context: ClinicDayContext, queues: DayQueues, send: SendToEncounter): DayQueues {
  const assignments = providerAssignments(context, queues);
  if (assignments.length === 0) return queues;
  const busy = { ...queues.providerBusyWith };
  const started = new Set<string>();
  for (const { providerId, patientId } of assignments) {
    busy[providerId] = patientId;
    started.add(patientId);
    send(context.encounters.get(patientId)!, { type: 'provider.entered', providerId });
  }
  return { ...queues, providerBusyWith: busy, readyQueue: queues.readyQueue.filter((id) => !started.has(id)) };
}

/** True when the patient's encounter takes the provider now (at the ECG bed, in rooming, or ready for them). */
function takesProvider(context: ClinicDayContext, patientId: string, providerId: string): boolean {
  return context.encounters.get(patientId)?.getSnapshot().can({ type: 'provider.entered', providerId }) ?? false;
}

/**
 * A free provider goes to the patient they were called to at once, if any (and the patient
 * still takes them), before anyone in the ready queue. Null when there is none to go to.
 */
function goToCalledPatient(context: ClinicDayContext, queues: DayQueues, providerId: string, send: SendToEncounter): DayQueues | null {
  const patientId = context.providerCalledTo[providerId] ?? null;
  if (patientId === null || !takesProvider(context, patientId, providerId)) return null;
  send(context.encounters.get(patientId)!, { type: 'provider.entered', providerId });
  return { ...queues, providerBusyWith: { ...queues.providerBusyWith, [providerId]: patientId }, readyQueue: queues.readyQueue.filter((id) => id !== patientId) };
}

/** With the vitals workflow off, another MA rooms patients as rooms free up. */
function roomAutomatically(context: ClinicDayContext, queues: DayQueues, send: SendToEncounter): DayQueues {
  if (context.scenario.workflows.vitals) return queues;
  const rooms = [...queues.rooms];
  const waiting = [...queues.waitingForRoom];
  while (waiting.length > 0 && rooms.includes(null)) {
    const patientId = waiting.shift()!;
    const room = rooms.indexOf(null);
    rooms[room] = patientId;
    send(context.encounters.get(patientId)!, { type: 'room.assigned', room: room + 1 });
  }
  return { ...queues, rooms, waitingForRoom: waiting };
}

/**
 * The room queue with a patient joined: at the end, or, when the desk told the provider of a
 * red-flag complaint, ahead of everyone but the urgent patients already waiting (the
 * patient is roomed next, as a real clinic does with chest pain at the desk).
 */
function joinRoomQueue(context: Pick<ClinicDayContext, 'waitingForRoom' | 'urgentForRoom'>, patientId: string, urgent: boolean): string[] {
  if (!urgent) return [...context.waitingForRoom, patientId];
  const ahead = context.waitingForRoom.filter((id) => context.urgentForRoom.includes(id));
  const behind = context.waitingForRoom.filter((id) => !context.urgentForRoom.includes(id));
  return [...ahead, patientId, ...behind];
}

/** The room a patient was in, freed. */
function withoutOccupant(rooms: readonly (string | null)[], patientId: string): (string | null)[] {
  return rooms.map((occupant) => (occupant === patientId ? null : occupant));
}

export const clinicDayMachine = setup({
  types: {} as { input: ClinicDayInput; context: ClinicDayContext; events: ClinicDayEvent },
  actors: { encounter: encounterMachine, phoneCall: phoneCallMachine, inboxItem: inboxItemMachine },
  delays: {
    closing: ({ context }) => Math.max(0, minutesOfDay(context.scenario.day.end) - context.env.now()),
  },
  guards: {
    canRoom: ({ context, event }) => isRoomAction(event) && event.patientId !== null && canRoomPatient(context, event.patientId),
    canHandlePhone: ({ context, event }) => {
      const action = phoneAction(event);
      if (!action) return false;
      return context.calls.get(action.callId)?.getSnapshot().can(action) ?? false;
    },
    canHandleInbox: ({ context, event }) => {
      const action = inboxAction(event);
      if (!action) return false;
      return context.inbox.get(action.itemId)?.getSnapshot().can(action) ?? false;
    },
    allFinished: ({ context }) => context.outcomes.size === context.scenario.patients.length && inboxSettled(context),
  },
  actions: {
    openClinic: assign(({ context, spawn }) => {
      const encounters = new Map<string, EncounterRef>();
      for (const patient of context.scenario.patients) {
        encounters.set(
          patient.id,
          spawn('encounter', {
            id: `encounter:${patient.id}`,
            input: { scenario: context.scenario, patient, env: context.env },
          }),
        );
      }
      const calls = new Map<string, PhoneCallRef>();
      context.scenario.events.forEach((call, index) => {
        const callId = phoneCallId(index);
        calls.set(callId, spawn('phoneCall', { id: `phone:${callId}`, input: { callId, call, env: context.env, scenario: context.scenario } }));
      });
      const inbox = new Map<string, InboxItemRef>();
      for (const item of context.scenario.inbox ?? []) {
        inbox.set(item.id, spawn('inboxItem', { id: `inbox:${item.id}`, input: { item, env: context.env, scenario: context.scenario } }));
      }
      return { encounters, calls, inbox };
    }),
    /** A patient waits for a room (and is roomed at once when another MA does the rooming). */
    queueForRoom: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'encounter.waiting-for-room') return;
      const queued = { ...queuesOf(context), waitingForRoom: joinRoomQueue(context, event.patientId, event.urgent) };
      const { rooms, waitingForRoom } = roomAutomatically(context, queued, enqueue.sendTo);
      const urgentForRoom = (event.urgent ? [...context.urgentForRoom, event.patientId] : context.urgentForRoom).filter((id) => waitingForRoom.includes(id));
      enqueue.assign({ rooms, waitingForRoom, urgentForRoom });
    }),
    roomPatient: enqueueActions(({ context, event, enqueue }) => {
      if (!isRoomAction(event) || event.patientId === null) return;
      const patientId = event.patientId;
      const rooms = [...context.rooms];
      const room = rooms.indexOf(null);
      rooms[room] = patientId;
      enqueue.assign({ rooms, waitingForRoom: context.waitingForRoom.filter((id) => id !== patientId), urgentForRoom: context.urgentForRoom.filter((id) => id !== patientId) });
      enqueue.sendTo(context.encounters.get(patientId)!, { type: 'room.assigned', room: room + 1 });
      const patient = context.scenario.patients.find((p) => p.id === patientId);
      if (patient) {
        const check = checkWaitingRoomCall({ scenario: context.scenario, patient, minute: context.env.now(), call: event.action.announce });
        enqueue(() => context.env.journal.check(check));
      }
    }),
    forwardToCall: enqueueActions(({ context, event, enqueue }) => {
      const action = phoneAction(event);
      if (!action) return;
      enqueue.sendTo(context.calls.get(action.callId)!, action);
    }),
    forwardToInbox: enqueueActions(({ context, event, enqueue }) => {
      const action = inboxAction(event);
      if (!action) return;
      enqueue.sendTo(context.inbox.get(action.itemId)!, action);
    }),
    /** A patient is ready: a free provider of theirs sees them now. */
    queueForProvider: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'encounter.ready-for-provider') return;
      const queued = { ...queuesOf(context), readyQueue: [...context.readyQueue, event.patientId] };
      const { providerBusyWith, readyQueue } = startVisits(context, queued, enqueue.sendTo);
      enqueue.assign({ providerBusyWith, readyQueue });
    }),
    /** A visit ends: the provider sees the next ready patient, and the room frees up. */
    endVisit: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'encounter.visit-ended') return;
      const freed = { ...queuesOf(context), providerBusyWith: { ...context.providerBusyWith, [event.providerId]: null }, rooms: withoutOccupant(context.rooms, event.patientId) };
      // A patient the provider was called to at once comes first; interruptions owed wait for the next visit's end.
      const called = goToCalledPatient(context, freed, event.providerId, enqueue.sendTo);
      if (called !== null) {
        enqueue.assign({ ...roomAutomatically(context, called, enqueue.sendTo), providerCalledTo: { ...context.providerCalledTo, [event.providerId]: null } });
        return;
      }
      const owed = context.providerOwedMinutes[event.providerId] ?? 0;
      // Minutes owed to an interruption come before the next patient.
      if (owed > 0) enqueue.raise({ type: 'provider.back', providerId: event.providerId }, { delay: owed });
      const ended = {
        ...queuesOf(context),
        providerBusyWith: { ...context.providerBusyWith, [event.providerId]: owed > 0 ? PROVIDER_CALLED_AWAY : null },
        rooms: withoutOccupant(context.rooms, event.patientId),
      };
      enqueue.assign({
        ...roomAutomatically(context, startVisits(context, ended, enqueue.sendTo), enqueue.sendTo),
        ...(owed > 0 ? { providerOwedMinutes: { ...context.providerOwedMinutes, [event.providerId]: 0 } } : {}),
      });
    }),
    /** A provider is called away: at once when free, or as soon as the visit in hand (or the last interruption) ends. */
    interruptProvider: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'provider.interrupted' || !Object.hasOwn(context.providerBusyWith, event.providerId) || event.minutes <= 0) return;
      if (context.providerBusyWith[event.providerId] !== null) {
        enqueue.assign({ providerOwedMinutes: { ...context.providerOwedMinutes, [event.providerId]: (context.providerOwedMinutes[event.providerId] ?? 0) + event.minutes } });
        return;
      }
      enqueue.assign({ providerBusyWith: { ...context.providerBusyWith, [event.providerId]: PROVIDER_CALLED_AWAY } });
      enqueue.raise({ type: 'provider.back', providerId: event.providerId }, { delay: event.minutes });
    }),
    /** A provider is back from an interruption: the next one owed, or the first ready patient. */
    providerBack: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'provider.back') return;
      const back = { ...queuesOf(context), providerBusyWith: { ...context.providerBusyWith, [event.providerId]: null } };
      // A patient the provider was called to at once comes before any further interruption owed.
      const called = goToCalledPatient(context, back, event.providerId, enqueue.sendTo);
      if (called !== null) {
        enqueue.assign({ providerBusyWith: called.providerBusyWith, readyQueue: called.readyQueue, providerCalledTo: { ...context.providerCalledTo, [event.providerId]: null } });
        return;
      }
      const owed = context.providerOwedMinutes[event.providerId] ?? 0;
      if (owed > 0) {
        enqueue.assign({ providerOwedMinutes: { ...context.providerOwedMinutes, [event.providerId]: 0 } });
        enqueue.raise({ type: 'provider.back', providerId: event.providerId }, { delay: owed });
        return;
      }
      const { providerBusyWith, readyQueue } = startVisits(context, back, enqueue.sendTo);
      enqueue.assign({ providerBusyWith, readyQueue });
    }),
    /**
     * A provider is called to a patient at once: they come now when free, or are held for the
     * patient until the visit in hand (or the interruption) ends. Called twice, nothing changes.
     */
    callProviderNow: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'provider.called-now' || !Object.hasOwn(context.providerBusyWith, event.providerId)) return;
      const { providerId, patientId } = event;
      if (context.providerBusyWith[providerId] === patientId || !takesProvider(context, patientId, providerId)) return;
      const calledTo = { ...context.providerCalledTo, [providerId]: patientId };
      if (context.providerBusyWith[providerId] !== null) {
        enqueue.assign({ providerCalledTo: calledTo });
        return;
      }
      const called = goToCalledPatient({ ...context, providerCalledTo: calledTo }, queuesOf(context), providerId, enqueue.sendTo)!;
      enqueue.assign({ providerBusyWith: called.providerBusyWith, readyQueue: called.readyQueue });
    }),
    /** A patient leaves unseen: out of every queue, and out of their room. */
    removeLeaver: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'encounter.left-unseen') return;
      const left = {
        ...queuesOf(context),
        rooms: withoutOccupant(context.rooms, event.patientId),
        waitingForRoom: context.waitingForRoom.filter((id) => id !== event.patientId),
        urgentForRoom: context.urgentForRoom.filter((id) => id !== event.patientId),
        readyQueue: context.readyQueue.filter((id) => id !== event.patientId),
      };
      enqueue.assign(roomAutomatically(context, left, enqueue.sendTo));
    }),
    /** A patient's day is over; a visit that did not take place is told to the patient's calls (they have no result to give). */
    recordOutcome: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'encounter.finished') return;
      enqueue.assign({ outcomes: new Map([...context.outcomes, [event.patientId, event.outcome]]) });
      const { outcome } = event;
      if (outcome === 'completed') return;
      for (const call of context.calls.values()) {
        const snapshot = call.getSnapshot();
        if (snapshot.status === 'active' && snapshot.context.call.patientId === event.patientId) enqueue.sendTo(call, { type: 'patient.visit-not-held', outcome });
      }
    }),
    noteDayEnded: ({ context }) => {
      context.env.dayEnding?.();
      context.env.journal.note({ minute: context.env.now(), patientId: null, kind: 'day-ended', text: 'The clinic day ended' });
    },
  },
}).createMachine({
  id: 'clinicDay',
  context: ({ input }) => ({
    ...input,
    encounters: new Map(),
    calls: new Map(),
    inbox: new Map(),
    rooms: Array.from({ length: input.scenario.clinic.examRooms }, () => null),
    waitingForRoom: [],
    urgentForRoom: [],
    readyQueue: [],
    providerBusyWith: Object.fromEntries(input.scenario.providers.map((provider) => [provider.id, null])),
    providerOwedMinutes: Object.fromEntries(input.scenario.providers.map((provider) => [provider.id, 0])),
    providerCalledTo: Object.fromEntries(input.scenario.providers.map((provider) => [provider.id, null])),
    outcomes: new Map(),
  }),
  initial: 'open',
  states: {
    open: {
      entry: 'openClinic',
      after: { closing: 'closed' },
      on: {
        'encounter.waiting-for-room': { actions: 'queueForRoom' },
        'encounter.ready-for-provider': { actions: 'queueForProvider' },
        'encounter.visit-ended': { actions: 'endVisit' },
        'encounter.left-unseen': { actions: 'removeLeaver' },
        'encounter.finished': { actions: 'recordOutcome' },
        'provider.interrupted': { actions: 'interruptProvider' },
        'provider.back': { actions: 'providerBack' },
        'provider.called-now': { actions: 'callProviderNow' },
        // The encounter's own done event comes after its notice: close once the last is out.
        'xstate.done.actor.*': { guard: 'allFinished', target: 'closed' },
        'trainee.action': [
          { guard: 'canRoom', actions: 'roomPatient' },
          { guard: 'canHandlePhone', actions: 'forwardToCall' },
          { guard: 'canHandleInbox', actions: 'forwardToInbox' },
        ],
      },
    },
    closed: { type: 'final', entry: 'noteDayEnded' },
  },
});
