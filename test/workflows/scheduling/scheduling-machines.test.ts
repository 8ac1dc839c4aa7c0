import { describe, expect, it } from 'vitest';
import type { EventObject } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { schedulingAvailableActions, schedulingMachine } from '../../../src/workflows/scheduling/scheduling.machine';
import { noShowMachine } from '../../../src/workflows/scheduling/no-show.machine';
import { phoneCallMachine, RING_MINUTES } from '../../../src/clinic/phone-call.machine';
import { bestFollowUp } from '../../../src/workflows/scheduling/scheduling.player';
import type { TraineeAction } from '../../../src/clinic/trainee-action';
import { SeededRandom } from '../../../src/domain/random';
import { patient, scenario } from '../../support/scenario-builder';
import { environment, missedRules, startWorkflow } from '../intake/front-desk-support';
import { createActor, SimulatedClock } from 'xstate';

const followUp = { interval: { value: 2, unit: 'weeks' as const }, visitTypeId: 'follow-up' };
const hmo = { payerId: 'aetna-hmo', memberId: 'MVH-1', planType: 'hmo' as const };

describe('schedulingMachine', () => {
  const day = scenario([patient('p1', '08:00', { followUp, referral: { specialty: 'Nutrition', reason: 'Diabetes education' }, coverage: hmo })]);
  const who = day.patients[0]!;

  it('books the ordered follow-up and the referral, and puts them on the chart', () => {
    const run = startWorkflow(schedulingMachine, day, who, 600);
    const booking = bestFollowUp(day, who) as Extract<TraineeAction, { type: 'follow-up.booked' }>;
    expect(booking).toEqual({ type: 'follow-up.booked', date: '2026-03-24', time: '08:00', visitTypeId: 'follow-up', providerId: 'dr-test' });
    run.actor.send(booking);
    run.actor.send({ type: 'referral.made', specialty: 'Nutrition', authorizationRequested: true });
    run.actor.send({ type: 'checkout.completed' });
    expect(missedRules(run.journal)).toEqual([]);
    expect(run.actor.getSnapshot().output).toEqual({ checkout: { followUp: { date: '2026-03-24', time: '08:00', visitTypeId: 'follow-up', providerId: 'dr-test' }, referralMade: true } });
  });

  it('flags a follow-up in the wrong interval on a blocked Saturday, and a forgotten referral', () => {
    const run = startWorkflow(schedulingMachine, day, who, 600);
    run.actor.send({ type: 'follow-up.booked', date: '2026-03-14', time: '09:00', visitTypeId: 'follow-up', providerId: 'dr-test' });
    run.actor.send({ type: 'checkout.completed' });
    expect(missedRules(run.journal)).toEqual(['scheduling.template', 'scheduling.follow-up', 'scheduling.referral']);
  });

  it('refuses a booking the provider did not order, and a second booking', () => {
    const bare = scenario([patient('p1', '08:00')]);
    const none = startWorkflow(schedulingMachine, bare, bare.patients[0]!, 600);
    expect(none.actor.getSnapshot().can({ type: 'follow-up.booked', date: '2026-03-24', time: '08:00', visitTypeId: 'follow-up', providerId: 'dr-test' })).toBe(false);
    expect(schedulingAvailableActions(none.actor.getSnapshot())).toEqual(['checkout.completed']);
    const run = startWorkflow(schedulingMachine, day, who, 600);
    const booking = { type: 'follow-up.booked', date: '2026-03-24', time: '08:00', visitTypeId: 'follow-up', providerId: 'dr-test' } as const;
    run.actor.send(booking);
    run.actor.send({ ...booking, time: '08:15' });
    expect(run.actor.getSnapshot().context.followUp?.time).toBe('08:00');
    expect(run.journal.checks).toHaveLength(1);
  });

  it('reaches every state on its shortest paths', () => {
    const env = { now: () => 600, journal: { check: () => undefined } as never, bookings: [], random: new SeededRandom(1) };
    const paths = getShortestPaths(schedulingMachine, {
      input: { scenario: day, patient: who, env, chart: {} },
      events: [{ type: 'follow-up.booked', date: '2026-03-24', time: '08:00', visitTypeId: 'follow-up', providerId: 'dr-test' }, { type: 'checkout.completed' }] as EventObject[] as never[],
      serializeState: (snapshot) => JSON.stringify([snapshot.value, snapshot.context.followUp !== null]),
    });
    expect([...new Set(paths.map((path) => path.state.value))].sort()).toEqual(['atCheckout', 'checkedOut']);
  });
});

describe('noShowMachine', () => {
  const day = scenario([patient('gone', '08:30', { arrival: { kind: 'scheduled', time: '08:30', visitTypeId: 'follow-up', providerId: 'dr-test', noShow: true } })]);
  const who = day.patients[0]!;

  it('passes a no-show marked with a new appointment offered', () => {
    const run = startWorkflow(noShowMachine, day, who, 525);
    run.actor.send({ type: 'no-show.marked', rescheduleOffered: true });
    expect(run.actor.getSnapshot().value).toBe('marked');
    expect(run.journal.checks.map((c) => c.passed)).toEqual([true]);
  });

  it('records an unmarked no-show as a finding when the desk reconciles the book just before closing', () => {
    const run = startWorkflow(noShowMachine, day, who, 525);
    run.clock.increment(12 * 60 - 525 - 2);
    expect(run.actor.getSnapshot().value).toBe('unmarked');
    run.clock.increment(1);
    expect(run.actor.getSnapshot().value).toBe('unmarkedAtClose');
    expect(run.journal.checks[0]?.finding?.message).toBe('Testgone Patient did not come to the 08:30 appointment, and the no-show was still not marked at the end of the day.');
  });

  it('leaves the book to other staff when the scenario turns scheduling off', () => {
    const off = scenario([who], { workflows: { intake: true, vitals: true, specimen: true, scheduling: false, billing: true } });
    const run = startWorkflow(noShowMachine, off, off.patients[0]!, 525);
    expect(run.actor.getSnapshot().value).toBe('notTheTraineesTask');
    expect(run.journal.checks).toEqual([]);
  });
});

function call(request: 'results' | 'reschedule' | 'cancel' | 'confirm', caller: 'relative' | 'patient' = 'relative', releaseOnFile = false) {
  const release = releaseOnFile ? { releaseOfInformation: [{ name: 'Denise Johnson', relationship: 'Spouse', basis: 'patient-agreement' as const }] } : {};
  const day = scenario([{ ...patient('p1', '08:00'), ...release }], {
    events: [{ kind: 'phone-call', time: '08:10', caller, callerName: 'Denise Johnson', patientId: 'p1', request }],
  });
  const clock = new SimulatedClock();
  const { env, journal } = environment(clock, 480);
  const actor = createActor(phoneCallMachine, { input: { callId: 'call-1', call: day.events[0]!, env, scenario: day }, clock });
  actor.start();
  clock.increment(10);
  return { actor, journal, clock };
}

describe('phoneCallMachine', () => {
  it('rings at its time and goes to voicemail after the ring', () => {
    const { actor, clock } = call('results');
    expect(actor.getSnapshot().value).toBe('ringing');
    clock.increment(RING_MINUTES - 0.25);
    expect(actor.getSnapshot().value).toBe('ringing');
    clock.increment(0.25);
    expect(actor.getSnapshot().value).toBe('missed');
  });

  it('passes results withheld from a relative without permission, and fails them disclosed', () => {
    const kept = call('results');
    kept.actor.send({ type: 'phone.answered', callId: 'call-1' });
    kept.actor.send({ type: 'results.withheld', callId: 'call-1' });
    kept.actor.send({ type: 'results.disclosed', callId: 'call-1' });
    expect(kept.journal.checks.map((c) => [c.ruleId, c.passed])).toEqual([['privacy.minimum-necessary', true]]);
    const told = call('results');
    told.actor.send({ type: 'phone.answered', callId: 'call-1' });
    told.actor.send({ type: 'results.disclosed', callId: 'call-1' });
    expect(told.journal.checks[0]?.finding?.message).toBe("Testp Patient's results were given to Denise Johnson (relative) on the phone without the patient's permission on file, and without even asking who was calling.");
  });

  it('keeps results from a relative who gives the patient’s name and date of birth but has no release on file', () => {
    const knows = call('results');
    knows.actor.send({ type: 'phone.answered', callId: 'call-1' });
    knows.actor.send({ type: 'caller.verified', callId: 'call-1' });
    expect(knows.actor.getSnapshot().context.callerVerified).toBe(true);
    knows.actor.send({ type: 'results.disclosed', callId: 'call-1' });
    expect(knows.journal.checks.map((c) => [c.ruleId, c.passed])).toEqual([['privacy.minimum-necessary', false]]);
    expect(knows.journal.checks[0]?.finding?.message).toMatch(/knowing Testp's date of birth shows who is calling, not that Testp allowed the clinic to share/);
  });

  it('lets a verified relative with a release on file have the results', () => {
    const allowed = call('results', 'relative', true);
    allowed.actor.send({ type: 'phone.answered', callId: 'call-1' });
    allowed.actor.send({ type: 'caller.verified', callId: 'call-1' });
    allowed.actor.send({ type: 'results.disclosed', callId: 'call-1' });
    expect(allowed.journal.checks.map((c) => [c.ruleId, c.passed])).toEqual([['privacy.minimum-necessary', true]]);
  });

  it('lets a verified patient have their results', () => {
    const own = call('results', 'patient');
    own.actor.send({ type: 'phone.answered', callId: 'call-1' });
    own.actor.send({ type: 'caller.verified', callId: 'call-1' });
    own.actor.send({ type: 'results.disclosed', callId: 'call-1' });
    expect(own.journal.checks.map((c) => c.passed)).toEqual([true]);
  });

  it('reschedules into the template, and flags a call closed without doing what was asked', () => {
    const moved = call('reschedule', 'patient');
    moved.actor.send({ type: 'phone.answered', callId: 'call-1' });
    expect(moved.actor.getSnapshot().can({ type: 'appointment.cancelled', callId: 'call-1' })).toBe(false);
    moved.actor.send({ type: 'appointment.rescheduled', callId: 'call-1', date: '2026-03-17', time: '08:00' });
    moved.actor.send({ type: 'phone.closed', callId: 'call-1' });
    expect(moved.journal.checks.map((c) => [c.ruleId, c.passed])).toEqual([['scheduling.template', true], ['scheduling.phone-request', true]]);
    const ignored = call('confirm', 'patient');
    ignored.actor.send({ type: 'phone.answered', callId: 'call-1' });
    ignored.actor.send({ type: 'phone.closed', callId: 'call-1' });
    expect(missedRules(ignored.journal)).toEqual(['scheduling.phone-request']);
  });
});
