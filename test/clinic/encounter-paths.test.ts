import { describe, expect, it } from 'vitest';
import type { EventObject } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { DayJournal } from '../../src/domain/day-environment';
import { encounterMachine } from '../../src/clinic/encounter.machine';
import { SeededRandom } from '../../src/domain/random';
import { patient, scenario } from '../support/scenario-builder';

/** The encounter on its own: notices to the clinic day are dropped, the clock stands still. */
const isolated = encounterMachine.provide({ actions: { notifyDay: () => undefined } });

const withEverything = scenario([
  patient('p1', '08:00', { orders: [{ testId: 'cbc' }], followUp: { interval: { value: 2, unit: 'weeks' }, visitTypeId: 'follow-up' } }),
  patient('p2', '08:30', { arrival: { kind: 'scheduled', time: '08:30', visitTypeId: 'follow-up', providerId: 'dr-test', noShow: true } }),
]);

/** Every event that can reach an encounter: resources, the trainee, its workflow finishing, and its timers. */
const EVENTS: EventObject[] = [
  { type: 'xstate.after.arrival.encounter.expected' },
  { type: 'trainee.action', action: { type: 'check-in.completed' } } as EventObject,
  { type: 'xstate.done.actor.workflow' },
  // Check-in ending with the patient sent home with an appointment (a walk-in told when, a visit rescheduled over coverage).
  { type: 'xstate.done.actor.workflow', output: { returnVisit: { date: '2026-03-11', time: '08:00', providerId: 'dr-test', visitTypeId: 'follow-up', reason: 'no-room-today' } } } as EventObject,
  { type: 'room.assigned', room: 1 } as EventObject,
  { type: 'provider.entered', providerId: 'dr-test' } as EventObject,
  { type: 'xstate.after.visit.encounter.with-provider' },
  { type: 'xstate.after.leave.encounter.check-in.waiting' },
  { type: 'xstate.after.leave.encounter.waiting-for-room' },
  { type: 'xstate.after.leave.encounter.ready-for-provider' },
  { type: 'xstate.after.complain.encounter.orders.waiting' },
];

function statesReached(patientIndex: number): Set<string> {
  const day = withEverything;
  const env = { now: () => 480, journal: new DayJournal(), bookings: [], random: new SeededRandom(1) };
  const paths = getShortestPaths(isolated, {
    input: { scenario: day, patient: day.patients[patientIndex]!, env },
    events: EVENTS as never[],
    // A stage is a state value; the context (times, waits) would make every path unique.
    serializeState: (snapshot) => JSON.stringify(snapshot.value),
  });
  return new Set(paths.map((path) => JSON.stringify(path.state.value)));
}

describe('encounterMachine paths', () => {
  it('reaches every stage of a visit, and each way out (seen, left unseen, sent home with an appointment), for a patient who comes', () => {
    const reached = statesReached(0);
    expect([...reached].sort()).toEqual(
      [
        '"expected"',
        '{"check-in":"waiting"}',
        '{"check-in":"working"}',
        '"waiting-for-room"',
        '{"rooming":"working"}',
        '"ready-for-provider"',
        '"with-provider"',
        '{"orders":"waiting"}',
        '{"orders":"working"}',
        '{"checkout":"waiting"}',
        '{"checkout":"working"}',
        '"billing"',
        '"done"',
        '"left-unseen"',
        '"rebooked"',
      ].sort(),
    );
  });

  it('reaches the no-show state, waiting to be marked and then filed, for a patient who does not come', () => {
    expect([...statesReached(1)].sort()).toEqual(['"expected"', '{"no-show":"awaitingMark"}', '{"no-show":"filed"}']);
  });
});
