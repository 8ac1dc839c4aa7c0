import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { orderableTest } from '../../../src/reference/tests';
import { bandageBlocker, punctureOrdered, sharpsBlocker, testRunBlocker, venousStage } from '../../../src/workflows/specimen/specimen.blockers';
import { specimenMachine, type SpecimenContext } from '../../../src/workflows/specimen/specimen.machine';
import { patient, scenario } from '../../support/scenario-builder';
import { simulatedDay } from '../support';

type Orders = NonNullable<Parameters<typeof patient>[2]>['orders'];

function start(orders: Orders) {
  const day = scenario([patient('p1', '09:00', { orders })]);
  const { clock, env } = simulatedDay();
  const actor = createActor(specimenMachine, { input: { scenario: day, patient: day.patients[0]!, env, chart: {} }, clock }).start();
  const context = () => actor.getSnapshot().context as SpecimenContext;
  /** Each greyed step's reason, and whether the machine takes the step now: the two agree. */
  const state = () => {
    const snapshot = actor.getSnapshot();
    return {
      sharps: [sharpsBlocker(context()), snapshot.can({ type: 'sharps.disposed' })] as const,
      bandage: [bandageBlocker(context(), venousStage(snapshot)), snapshot.can({ type: 'site.bandaged' })] as const,
    };
  };
  return { actor, context, state };
}

describe('the lab station’s greyed steps', () => {
  it('says, for a throat swab, that the test waits for the swab, and leaves sharps and a bandage out of the work', () => {
    const run = start([{ testId: 'rapid-strep', result: 'negative' }]);
    const strep = orderableTest('rapid-strep');
    const lot = run.context().kits.find((kit) => kit.testId === 'rapid-strep')!.lot;
    expect(punctureOrdered(run.context())).toBe(false);
    expect(testRunBlocker(run.context(), strep)).toBe('Collect the swab first: the Rapid strep A antigen test runs on the swab taken from the patient.');
    expect(run.actor.getSnapshot().can({ type: 'poct.test-run', testId: 'rapid-strep', lot })).toBe(false);
    run.actor.send({ type: 'swab.collected', testId: 'rapid-strep' });
    expect(testRunBlocker(run.context(), strep)).toBeNull();
    expect(run.actor.getSnapshot().can({ type: 'poct.test-run', testId: 'rapid-strep', lot })).toBe(true);
  });

  it('gives a reason for sharps and bandage at each stage of a venipuncture, null exactly when the machine takes the step', () => {
    const run = start([{ testId: 'cbc' }]);
    expect(punctureOrdered(run.context())).toBe(true);
    expect(run.state()).toEqual({
      sharps: ['Nothing sharp has been used yet: the needle or lancet goes in the container as soon as it is out of the patient.', false],
      bandage: ['No puncture yet: the site is bandaged once the needle or lancet is out.', false],
    });
    run.actor.send({ type: 'tourniquet.applied' });
    run.actor.send({ type: 'needle.inserted', device: 'multi-sample-needle' });
    expect(run.state().bandage).toEqual(['The needle is still in the arm: withdraw it first, then press and bandage the site.', false]);
    run.actor.send({ type: 'needle.withdrawn' });
    expect(run.state()).toEqual({ sharps: [null, true], bandage: [null, true] });
    run.actor.send({ type: 'sharps.disposed' });
    run.actor.send({ type: 'site.bandaged' });
    expect(run.state()).toEqual({
      sharps: ['The used sharps are in the container: nothing sharp is left on the tray.', false],
      bandage: ['The site is bandaged.', false],
    });
  });
});
