import { describe, expect, it } from 'vitest';
import { RING_MINUTES } from '../../src/clinic/phone-call.machine';
import { STAGE_TASK_ACTIONS, STAGE_TASK_WORKFLOWS } from '../support/stage-tasks';
import { Session } from '../../src/session/session';
import { patient, scenario } from '../support/scenario-builder';

function names(session: Session): Record<string, string | undefined> {
  return Object.fromEntries(session.scenario.patients.map((p) => [p.id, session.stageOf(p.id)]));
}

/** Works one patient from check-in to ready-for-provider. */
function checkInAndRoom(session: Session, patientId: string): void {
  expect(session.act(patientId, { type: 'check-in.completed' }).accepted).toBe(true);
  expect(session.act(patientId, { type: 'patient.roomed', announce: 'first-name' }).accepted).toBe(true);
  expect(session.act(patientId, STAGE_TASK_ACTIONS.vitals).accepted).toBe(true);
}

describe('the clinic day', () => {
  it('brings each patient in at the appointment time plus their lateness', () => {
    const day = scenario([
      patient('p1', '08:00'),
      patient('p2', '08:30', { arrival: { kind: 'scheduled', time: '08:30', visitTypeId: 'follow-up', providerId: 'dr-test', lateMinutes: 10 } }),
    ]);
    const session = Session.start(day, { seed: 1, workflows: STAGE_TASK_WORKFLOWS });
    expect(names(session)).toEqual({ p1: 'check-in', p2: 'expected' });
    session.advanceTo(8 * 60 + 39);
    expect(session.stageOf('p2')).toBe('expected');
    session.advanceTo(8 * 60 + 40);
    expect(session.stageOf('p2')).toBe('check-in');
  });

  it('lets a walk-in arrive at their time without an appointment', () => {
    const day = scenario([patient('w1', '09:05', { arrival: { kind: 'walk-in', time: '09:05', visitTypeId: 'follow-up', providerId: 'dr-test' } })]);
    const session = Session.start(day, { seed: 1, workflows: STAGE_TASK_WORKFLOWS });
    session.advanceTo(9 * 60 + 5);
    expect(session.stageOf('w1')).toBe('check-in');
    expect(session.record().timeline.some((entry) => entry.kind === 'walk-in' && entry.minute === 545)).toBe(true);
  });

  it('marks a patient who does not come as a no-show fifteen minutes after the appointment', () => {
    const day = scenario([
      patient('p1', '08:00'),
      patient('gone', '08:30', { arrival: { kind: 'scheduled', time: '08:30', visitTypeId: 'follow-up', providerId: 'dr-test', noShow: true } }),
    ]);
    const session = Session.start(day, { seed: 1, workflows: STAGE_TASK_WORKFLOWS });
    session.advanceTo(8 * 60 + 44);
    expect(session.stageOf('gone')).toBe('expected');
    session.advanceTo(8 * 60 + 45);
    expect(session.stageOf('gone')).toBe('no-show');
  });

  it('refuses an action for a patient who has not arrived, with a reason', () => {
    const session = Session.start(scenario([patient('p1', '09:00')]), { seed: 1, workflows: STAGE_TASK_WORKFLOWS });
    const outcome = session.act('p1', { type: 'check-in.completed' });
    expect(outcome).toEqual({ accepted: false, reason: 'Not now: Testp Patient has not arrived yet.' });
    expect(session.log).toHaveLength(0);
  });

  it('refuses an action that belongs to another stage without changing anything', () => {
    const session = Session.start(scenario([patient('p1', '08:00')]), { seed: 1, workflows: STAGE_TASK_WORKFLOWS });
    const before = session.minute;
    const outcome = session.act('p1', { type: 'claim.submitted' });
    expect(outcome.accepted).toBe(false);
    expect(session.minute).toBe(before);
    expect(session.stageOf('p1')).toBe('check-in');
  });

  it('charges each accepted action its minutes from the action-cost table', () => {
    const session = Session.start(scenario([patient('p1', '08:00')]), { seed: 1, workflows: STAGE_TASK_WORKFLOWS });
    const outcome = session.act('p1', { type: 'check-in.completed' });
    expect(outcome.accepted).toBe(true);
    if (!outcome.accepted) return;
    expect(outcome.minutes).toBeGreaterThan(0);
    expect(session.minute).toBe(480 + outcome.minutes);
    expect(session.log).toEqual([{ seq: 0, minute: 480, patientId: 'p1', action: { type: 'check-in.completed' } }]);
  });

  it('rooms patients only while an exam room is free', () => {
    const day = scenario([patient('p1', '08:00'), patient('p2', '08:00'), patient('p3', '08:00')], {
      clinic: { name: 'Test Clinic', examRooms: 2, billingNpi: '1234567893', taxId: '12-3456789' },
    });
    const session = Session.start(day, { seed: 1, workflows: STAGE_TASK_WORKFLOWS });
    for (const id of ['p1', 'p2', 'p3']) expect(session.act(id, { type: 'check-in.completed' }).accepted).toBe(true);
    expect(session.act('p1', { type: 'patient.roomed', announce: 'first-name' }).accepted).toBe(true);
    expect(session.act('p2', { type: 'patient.roomed', announce: 'first-name' }).accepted).toBe(true);
    const third = session.act('p3', { type: 'patient.roomed', announce: 'first-name' });
    expect(third.accepted).toBe(false);
    if (!third.accepted) expect(third.reason).toMatch(/No exam room is free for Testp Patient/);
  });

  it('has the provider see ready patients one at a time, in the order they became ready', () => {
    const day = scenario([patient('p1', '08:00'), patient('p2', '08:00')]);
    const session = Session.start(day, { seed: 1, workflows: STAGE_TASK_WORKFLOWS });
    checkInAndRoom(session, 'p1');
    expect(session.stageOf('p1')).toBe('with-provider');
    const p1Ready = session.record().timeline.find((entry) => entry.kind === 'provider-entered' && entry.patientId === 'p1')!.minute;
    checkInAndRoom(session, 'p2');
    expect(session.stageOf('p2')).toBe('ready-for-provider');
    // p1's 15-minute visit ends exactly at p1Ready + 15, and p2 is seen at that minute.
    session.advanceTo(p1Ready + 15);
    expect(session.stageOf('p2')).toBe('with-provider');
    const entered = session.record().timeline.find((entry) => entry.kind === 'provider-entered' && entry.patientId === 'p2');
    expect(entered?.minute).toBe(p1Ready + 15);
  });

  it('frees the room when the visit ends, so the next patient can be roomed', () => {
    const day = scenario([patient('p1', '08:00'), patient('p2', '08:00')], {
      clinic: { name: 'Test Clinic', examRooms: 1, billingNpi: '1234567893', taxId: '12-3456789' },
    });
    const session = Session.start(day, { seed: 1, workflows: STAGE_TASK_WORKFLOWS });
    checkInAndRoom(session, 'p1');
    expect(session.act('p2', { type: 'check-in.completed' }).accepted).toBe(true);
    expect(session.act('p2', { type: 'patient.roomed', announce: 'first-name' }).accepted).toBe(false);
    session.waitForNextEvent();
    expect(session.stageOf('p1')).toBe('billing');
    expect(session.act('p2', { type: 'patient.roomed', announce: 'first-name' }).accepted).toBe(true);
  });

  it('has a waiting patient complain past the first limit and leave past the second', () => {
    const day = scenario([patient('p1', '08:00')], {
      day: { date: '2026-03-10', start: '08:00', end: '12:00', targetPatientsPerHour: 2, patience: { complainAfterMinutes: 20, leaveAfterMinutes: 40 } },
    });
    const session = Session.start(day, { seed: 1, workflows: STAGE_TASK_WORKFLOWS });
    session.advanceTo(480 + 19);
    expect(session.record().journeys[0]!.complaints).toBe(0);
    session.advanceTo(480 + 20);
    expect(session.record().journeys[0]!.complaints).toBe(1);
    session.advanceTo(480 + 39);
    expect(session.stageOf('p1')).toBe('check-in');
    session.advanceTo(480 + 40);
    expect(session.stageOf('p1')).toBe('left-unseen');
    expect(session.record().journeys[0]!.waits).toEqual([{ step: 'check-in', from: 480, to: 520 }]);
    const left = session.record().timeline.find((entry) => entry.kind === 'left-unseen');
    expect(left?.text).toMatch(/left without being seen after waiting too long for check-in$/);
  });

  it('stops the patience clock once the trainee starts on the patient', () => {
    const day = scenario([patient('p1', '08:00')], {
      day: { date: '2026-03-10', start: '08:00', end: '12:00', targetPatientsPerHour: 2, patience: { complainAfterMinutes: 20, leaveAfterMinutes: 40 } },
    });
    const session = Session.start(day, { seed: 1, workflows: STAGE_TASK_WORKFLOWS });
    session.advanceTo(480 + 10);
    expect(session.act('p1', { type: 'check-in.completed' }).accepted).toBe(true);
    expect(session.record().journeys[0]!.waits[0]).toEqual({ step: 'check-in', from: 480, to: 490 });
  });

  it('skips the stages the scenario does not enable', () => {
    const day = scenario([patient('p1', '08:00')], {
      workflows: { intake: false, vitals: false, specimen: false, scheduling: false, billing: false },
    });
    const session = Session.start(day, { seed: 1, workflows: STAGE_TASK_WORKFLOWS });
    expect(session.stageOf('p1')).toBe('with-provider');
    session.advanceTo(480 + 15);
    expect(session.stageOf('p1')).toBe('done');
    expect(session.isOver).toBe(true);
  });

  it('ends the day at closing time with unfinished patients left where they are', () => {
    const day = scenario([patient('p1', '08:00')], {
      day: { date: '2026-03-10', start: '08:00', end: '08:30', targetPatientsPerHour: 2, patience: { complainAfterMinutes: 60, leaveAfterMinutes: 120 } },
    });
    const session = Session.start(day, { seed: 1, workflows: STAGE_TASK_WORKFLOWS });
    session.finish();
    expect(session.isOver).toBe(true);
    expect(session.minute).toBe(510);
    expect(session.stageOf('p1')).toBe('check-in');
    expect(session.record().timeline.at(-1)).toMatchObject({ kind: 'day-ended', minute: 510 });
  });

  it('ends the day early once every patient is done and every claim is out', () => {
    const session = Session.start(scenario([patient('p1', '08:00')]), { seed: 1, workflows: STAGE_TASK_WORKFLOWS });
    checkInAndRoom(session, 'p1');
    session.waitForNextEvent();
    expect(session.stageOf('p1')).toBe('billing');
    expect(session.act('p1', { type: 'claim.submitted' }).accepted).toBe(true);
    expect(session.isOver).toBe(true);
    expect(session.minute).toBeLessThan(12 * 60);
    expect(session.act('p1', { type: 'claim.submitted' })).toEqual({ accepted: false, reason: 'The clinic day is over.' });
  });

  it('rings the phone at its time and sends it to voicemail if nobody answers', () => {
    const day = scenario([patient('p1', '08:00')], {
      events: [{ kind: 'phone-call', time: '08:10', caller: 'relative', callerName: 'Sam Patient', patientId: 'p1', request: 'results' }],
    });
    const session = Session.start(day, { seed: 1, workflows: STAGE_TASK_WORKFLOWS });
    session.advanceTo(490 + RING_MINUTES - 0.25);
    expect(session.available().some((task) => task.stage === 'phone')).toBe(true);
    session.advanceTo(490 + RING_MINUTES);
    expect(session.available().some((task) => task.stage === 'phone')).toBe(false);
    expect(session.record().timeline.some((entry) => entry.kind === 'phone-missed')).toBe(true);
  });

  it('lists what the trainee can do now, per patient', () => {
    const day = scenario([patient('p1', '08:00'), patient('p2', '09:00')]);
    const session = Session.start(day, { seed: 1, workflows: STAGE_TASK_WORKFLOWS });
    expect(session.available()).toEqual([
      { patientId: 'p1', label: 'Testp Patient', stage: 'check-in', actions: ['check-in.completed'], waitingMinutes: 0 },
    ]);
    session.act('p1', { type: 'check-in.completed' });
    expect(session.available().map((task) => [task.patientId, task.actions])).toEqual([['p1', ['patient.roomed']]]);
  });
});
