import { specimen } from '../../../src/workflows/specimen';
import { formatUsDate } from '../../../src/reference/iso-date';
import { describe, expect, it } from 'vitest';
import { createActor, type EventObject } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import type { SpecimenAction } from '../../../src/workflows/specimen/specimen.actions';
import { LAB_REVIEW_MINUTES } from '../../../src/workflows/specimen/specimen.kits';
import { specimenAvailableActions, specimenMachine, type SpecimenContext } from '../../../src/workflows/specimen/specimen.machine';
import { SPECIMEN_PLAYER, correctLabel } from '../../../src/workflows/specimen/specimen.player';
import { specimenStepHint } from '../../../src/workflows/specimen/specimen.hint';
import { patient, scenario } from '../../support/scenario-builder';
import { missedRules, simulatedDay } from '../support';

type Orders = NonNullable<Parameters<typeof patient>[2]>['orders'];

function start(orders: Orders, overrides: Parameters<typeof patient>[2] = {}) {
  const day = scenario([patient('p1', '09:00', { orders, ...overrides })]);
  const { clock, env, journal } = simulatedDay();
  const actor = createActor(specimenMachine, { input: { scenario: day, patient: day.patients[0]!, env, chart: {} }, clock }).start();
  return { actor, journal, day, clock };
}

type Started = ReturnType<typeof start>;

function view(started: Started) {
  return { snapshot: started.actor.getSnapshot(), patient: started.day.patients[0]!, scenario: started.day, minute: started.clock.now() };
}

/** Plays the expert; when the expert waits (a kit reading), lets a minute pass. */
function playExpert(started: Started): SpecimenAction['type'][] {
  const played: SpecimenAction['type'][] = [];
  for (let i = 0; i < 120 && started.actor.getSnapshot().status === 'active'; i++) {
    const action = SPECIMEN_PLAYER.expert(view(started)) as SpecimenAction | null;
    if (action === null) {
      started.clock.increment(1);
      continue;
    }
    played.push(action.type);
    started.actor.send(action);
    started.clock.increment(1);
  }
  return played;
}

const VENOUS: Orders = [{ testId: 'pt-inr' }, { testId: 'tsh' }, { testId: 'cbc' }];

describe('specimenMachine', () => {
  it('draws, labels and sends a venous set and runs waived tests with no finding when the protocol is followed, leaving the vaccine to the medication workflow', () => {
    const started = start([...VENOUS, { testId: 'glucose-poc', result: 212 }, { testId: 'rapid-strep', result: 'positive' }, { testId: 'influenza-vaccine' }]);
    playExpert(started);
    expect(started.actor.getSnapshot().status).toBe('done');
    expect(missedRules(started.journal)).toEqual([]);
    const { procedures } = started.actor.getSnapshot().output!;
    expect(procedures.venipuncture).toBe(true);
    expect(procedures.capillaryPuncture).toBe(true);
    expect(procedures.redraws).toBe(0);
    expect(procedures.services.map((s) => [s.testId, s.performed, s.result])).toEqual([
      ['pt-inr', true, null],
      ['tsh', true, null],
      ['cbc', true, null],
      ['glucose-poc', true, 212],
      ['rapid-strep', true, 'positive'],
    ]);
  });

  it('shows a waived test result only after its read time on the clinic clock', () => {
    const started = start([{ testId: 'rapid-strep', result: 'positive' }]);
    const context = () => started.actor.getSnapshot().context as SpecimenContext;
    started.actor.send({ type: 'swab.collected', testId: 'rapid-strep' });
    const lot = context().kits.find((k) => k.expires >= '2026-03-10')!.lot;
    started.actor.send({ type: 'poct.control-run', testId: 'rapid-strep', lot });
    started.actor.send({ type: 'poct.test-run', testId: 'rapid-strep', lot });
    expect(started.actor.getSnapshot().can({ type: 'poct.result-recorded', testId: 'rapid-strep', result: 'positive' })).toBe(false);
    started.clock.increment(4);
    expect(context().tests[0]!.ready).toBe(false);
    started.clock.increment(1);
    expect(context().tests[0]!.ready).toBe(true);
    expect(started.journal.timeline.filter((entry) => entry.kind === 'result-ready').map((entry) => entry.minute)).toEqual([started.clock.now()]);
    started.actor.send({ type: 'poct.result-recorded', testId: 'rapid-strep', result: 'negative' });
    expect(missedRules(started.journal)).toEqual(['specimen.patient-id', 'specimen.requisition', 'specimen.hand-hygiene', 'specimen.gloves', 'poct.result-recording']);
  });

  it('catches a test run on the expired box without controls', () => {
    const started = start([{ testId: 'urine-hcg', result: 'negative' }]);
    started.actor.send({ type: 'urine.instructed', cleanCatch: false });
    const [expired] = (started.actor.getSnapshot().context as SpecimenContext).kits;
    started.actor.send({ type: 'poct.test-run', testId: 'urine-hcg', lot: expired!.lot });
    const qc = started.journal.checks.find((c) => c.ruleId === 'poct.quality-control')!;
    // Both dates as the chart writes them, the day's beside the lot's.
    expect(qc.finding?.message).toContain(`lot ${expired!.lot} expired on ${formatUsDate(expired!.expires)}, before today's ${formatUsDate(started.day.day.date)}; no controls were run`);
    // A yes-or-no kit is controlled with a positive and a negative.
    expect(qc.finding?.remedy).toContain('run the positive and negative controls');
  });

  it('judges the skin antisepsis at each puncture: skipped, punctured wet, or cleaned and dry', () => {
    const messages = (started: ReturnType<typeof start>) =>
      started.journal.checks.filter((c) => c.ruleId === 'specimen.skin-antisepsis').map((c) => (c.passed ? 'passed' : c.finding!.message));
    const skipped = start([{ testId: 'glucose-poc', result: 98 }]);
    skipped.actor.send({ type: 'capillary.punctured' });
    expect(messages(skipped)).toEqual(['Testp Patient: the fingertip was punctured without cleaning the site with alcohol first.']);
    expect(skipped.journal.checks.find((c) => c.ruleId === 'specimen.skin-antisepsis')!.finding!.remedy).toMatch(/70% isopropyl alcohol pad, let it air-dry/);

    const wet = start([{ testId: 'cbc' }]);
    wet.actor.send({ type: 'site.disinfected', airDried: false });
    wet.actor.send({ type: 'tourniquet.applied' });
    wet.actor.send({ type: 'needle.inserted', device: 'multi-sample-needle' });
    expect(messages(wet)).toEqual(['Testp Patient: the vein was punctured while the alcohol on the site was still wet.']);

    const dry = start([{ testId: 'cbc' }]);
    dry.actor.send({ type: 'site.disinfected', airDried: true });
    // Received twice, the same cleaning changes nothing; with the tourniquet on it may still be done before the needle.
    expect(dry.actor.getSnapshot().can({ type: 'site.disinfected', airDried: false })).toBe(false);
    dry.actor.send({ type: 'site.disinfected', airDried: false });
    expect((dry.actor.getSnapshot().context as SpecimenContext).siteDisinfected).toBe('dry');
    dry.actor.send({ type: 'tourniquet.applied' });
    dry.actor.send({ type: 'needle.inserted', device: 'multi-sample-needle' });
    expect(messages(dry)).toEqual(['passed']);
    // Each puncture needs its own: the next one starts with the site uncleaned.
    expect((dry.actor.getSnapshot().context as SpecimenContext).siteDisinfected).toBeNull();
  });

  it('asks for the low and high controls of a meter that reads a number', () => {
    const started = start([{ testId: 'glucose-poc', result: 98 }]);
    started.actor.send({ type: 'site.disinfected', airDried: true });
    started.actor.send({ type: 'capillary.punctured' });
    started.actor.send({ type: 'sharps.disposed' });
    const [expired] = (started.actor.getSnapshot().context as SpecimenContext).kits;
    started.actor.send({ type: 'poct.test-run', testId: 'glucose-poc', lot: expired!.lot });
    const qc = started.journal.checks.find((c) => c.ruleId === 'poct.quality-control')!;
    expect(qc.finding?.remedy).toContain('run the level 1 (low) and level 2 (high) controls');
    expect(qc.finding?.remedy).not.toContain('positive');
  });

  it('has the lab reject pre-labelled tubes some minutes after sending, and the redraw shows on the timeline', () => {
    const started = start([{ testId: 'cbc' }]);
    const label = correctLabel(view(started), 540);
    for (const action of [
      { type: 'hands.cleaned' },
      { type: 'patient.identified', question: 'open', identifiers: ['full-name', 'date-of-birth'] },
      { type: 'requisition.checked' },
      { type: 'gloves.donned' },
      { type: 'specimen.labeled', container: 'lavender-edta', label },
      { type: 'site.disinfected', airDried: true },
      { type: 'tourniquet.applied' },
      { type: 'needle.inserted', device: 'multi-sample-needle' },
      { type: 'tube.drawn', tube: 'lavender-edta' },
      { type: 'tourniquet.released' },
      { type: 'tube.inverted', tube: 'lavender-edta', times: 8 },
      { type: 'needle.withdrawn' },
      { type: 'sharps.disposed' },
      { type: 'site.bandaged' },
      { type: 'specimen.sent' },
    ] as SpecimenAction[]) {
      started.actor.send(action);
    }
    expect(missedRules(started.journal)).toEqual(['specimen.label']);
    expect(started.actor.getSnapshot().value).toBe('awaitingLab');
    started.clock.increment(LAB_REVIEW_MINUTES - 1);
    const labNotes = () => started.journal.timeline.filter((e) => e.kind === 'action').map((e) => e.text);
    expect(labNotes()).toEqual([]);
    started.clock.increment(1);
    expect(started.actor.getSnapshot().value).toEqual({ collecting: 'idle' });
    expect(labNotes()).toEqual([
      'Testp Patient: the lab rejected the Lavender (EDTA) tube (it was labelled before the specimen was collected (pre-labelled)); the patient must be redrawn.',
    ]);
    playExpert(started);
    expect(started.actor.getSnapshot().output!.procedures.redraws).toBe(1);
    expect(started.actor.getSnapshot().output!.procedures.services).toEqual([{ testId: 'cbc', performed: true, result: null }]);
  });

  it('counts the tourniquet in steps and catches lavender before light blue', () => {
    const started = start(VENOUS);
    for (const action of [
      { type: 'tourniquet.applied' },
      { type: 'needle.inserted', device: 'multi-sample-needle' },
      { type: 'tube.drawn', tube: 'lavender-edta' },
      { type: 'tube.drawn', tube: 'light-blue-citrate' },
      { type: 'tube.drawn', tube: 'gold-sst' },
      { type: 'needle.withdrawn' },
      { type: 'site.bandaged' },
    ] as SpecimenAction[]) {
      started.actor.send(action);
    }
    const missed = missedRules(started.journal);
    expect(missed).toEqual(expect.arrayContaining(['specimen.tourniquet-time', 'specimen.order-of-draw', 'safety.sharps']));
    expect(missed).not.toContain('specimen.tube-choice');
  });

  it('judges an alert with no critical result as unneeded (a minor finding, the provider interrupted), and a real one as the escalation', () => {
    const day = scenario([patient('p1', '09:00', { orders: [{ testId: 'glucose-poc', result: 612 }] })]);
    const { clock, env, journal } = simulatedDay();
    const interruptions: [string, number][] = [];
    const actor = createActor(specimenMachine, {
      input: { scenario: day, patient: day.patients[0]!, env: { ...env, interruptProvider: (id: string, minutes: number) => interruptions.push([id, minutes]) }, chart: {} },
      clock,
    }).start();
    // Offered (a needless alert is the trainee's to make), but not urgent.
    expect(specimenAvailableActions(actor.getSnapshot())).toContain('provider.alerted');
    expect(specimen.urgent!(actor.getSnapshot())).toEqual([]);
    actor.send({ type: 'provider.alerted' });
    expect(journal.checks.filter((c) => c.ruleId === 'escalation.unneeded-alert').map((c) => [c.passed, c.severity])).toEqual([[false, 'minor']]);
    expect(interruptions).toEqual([['dr-test', 3]]);
    const context = () => actor.getSnapshot().context as SpecimenContext;
    actor.send({ type: 'capillary.punctured' });
    actor.send({ type: 'sharps.disposed' });
    const lot = context().kits.find((k) => k.expires >= '2026-03-10')!.lot;
    actor.send({ type: 'poct.control-run', testId: 'glucose-poc', lot });
    actor.send({ type: 'poct.test-run', testId: 'glucose-poc', lot });
    clock.increment(1);
    actor.send({ type: 'poct.result-recorded', testId: 'glucose-poc', result: 612 });
    expect(specimen.urgent!(actor.getSnapshot())).toEqual(['provider.alerted']);
    actor.send({ type: 'provider.alerted' });
    expect(journal.checks.filter((c) => c.ruleId === 'poct.critical-result').map((c) => c.passed)).toEqual([true]);
    expect(interruptions).toHaveLength(1);
    actor.send({ type: 'provider.alerted' });
    expect(journal.checks.filter((c) => c.ruleId === 'escalation.unneeded-alert')).toHaveLength(2);
    expect(interruptions).toHaveLength(2);
  });

  it('holds a lot’s controls for the day: the next patient tested with that lot passes quality control without running them again', () => {
    const day = scenario([patient('p1', '09:00', { orders: [{ testId: 'rapid-strep', result: 'negative' }] }), patient('p2', '09:30', { orders: [{ testId: 'rapid-strep', result: 'negative' }] })]);
    const { clock, env, journal } = simulatedDay();
    const sharedDay = { ...env, qualityControls: [] };
    const open = (index: number) => createActor(specimenMachine, { input: { scenario: day, patient: day.patients[index]!, env: sharedDay, chart: {} }, clock }).start();
    const first = open(0);
    const lot = (first.getSnapshot().context as SpecimenContext).kits.find((k) => k.expires >= '2026-03-10')!.lot;
    first.send({ type: 'swab.collected', testId: 'rapid-strep' });
    first.send({ type: 'poct.control-run', testId: 'rapid-strep', lot });
    first.send({ type: 'poct.test-run', testId: 'rapid-strep', lot });
    expect(sharedDay.qualityControls).toEqual([{ testId: 'rapid-strep', lot, minute: 540 }]);

    const second = open(1);
    expect(second.getSnapshot().can({ type: 'poct.control-run', testId: 'rapid-strep', lot })).toBe(false);
    second.send({ type: 'swab.collected', testId: 'rapid-strep' });
    second.send({ type: 'poct.test-run', testId: 'rapid-strep', lot });
    const qualityControl = journal.checks.filter((c) => c.ruleId === 'poct.quality-control');
    expect(qualityControl.map((c) => [c.patientId, c.passed])).toEqual([
      ['p1', true],
      ['p2', true],
    ]);
    // The expired lot was never controlled: the next patient tested with it is caught.
    const expired = (second.getSnapshot().context as SpecimenContext).kits.find((k) => k.expires < '2026-03-10')!.lot;
    expect(second.getSnapshot().can({ type: 'poct.control-run', testId: 'rapid-strep', lot: expired })).toBe(true);
  });

  it('refuses what makes no sense now, and double-fired events count once', () => {
    const started = start([{ testId: 'cbc' }]);
    const snapshot = started.actor.getSnapshot();
    expect(snapshot.can({ type: 'tube.drawn', tube: 'lavender-edta' })).toBe(false);
    expect(snapshot.can({ type: 'needle.withdrawn' })).toBe(false);
    expect(snapshot.can({ type: 'procedure.performed', testId: 'ecg' })).toBe(false);
    expect(snapshot.can({ type: 'capillary.punctured' })).toBe(false);
    started.actor.send({ type: 'tourniquet.applied' });
    started.actor.send({ type: 'tourniquet.applied' });
    started.actor.send({ type: 'needle.inserted', device: 'multi-sample-needle' });
    started.actor.send({ type: 'tube.drawn', tube: 'lavender-edta' });
    started.actor.send({ type: 'tube.inverted', tube: 'lavender-edta', times: 8 });
    started.actor.send({ type: 'tube.inverted', tube: 'lavender-edta', times: 8 });
    expect(started.journal.checks.filter((c) => c.ruleId === 'specimen.inversions')).toHaveLength(1);
    expect(started.journal.checks.filter((c) => c.ruleId === 'specimen.patient-id')).toHaveLength(1);
  });

  it('reaches every state on its shortest paths', () => {
    const day = scenario([patient('p1', '09:00', { orders: [{ testId: 'cbc' }] })]);
    const { env } = simulatedDay();
    const label = { fullName: 'Testp Patient', secondIdentifier: { kind: 'date-of-birth', value: '1970-05-14' }, collectedAtMinute: 540, initials: 'MA' };
    const events: EventObject[] = [
      { type: 'tourniquet.applied' },
      { type: 'needle.inserted', device: 'multi-sample-needle' } as EventObject,
      { type: 'tube.drawn', tube: 'lavender-edta' } as EventObject,
      { type: 'needle.withdrawn' },
      { type: 'site.bandaged' },
      { type: 'specimen.labeled', container: 'lavender-edta', label } as EventObject,
      { type: 'specimen.sent' },
      { type: 'xstate.after.labReview.specimen.awaitingLab' },
    ];
    const paths = getShortestPaths(specimenMachine, {
      input: { scenario: day, patient: day.patients[0]!, env, chart: {} },
      events: events as never[],
      // The venipuncture's progress is in the context: an idle station before the draw is not the idle station after it.
      serializeState: (snapshot) => JSON.stringify([snapshot.value, snapshot.context.drawn.length > 0, snapshot.context.labels.length > 0]),
    });
    expect(new Set(paths.map((p) => JSON.stringify(p.state.value)))).toEqual(
      new Set([
        '{"collecting":"idle"}',
        '{"collecting":"tourniquetOn"}',
        '{"collecting":"needleIn"}',
        '{"collecting":"needleOut"}',
        '"awaitingLab"',
        '"done"',
      ]),
    );
  });
});

describe('specimenStepHint', () => {
  const ready: SpecimenAction[] = [
    { type: 'hands.cleaned' },
    { type: 'gloves.donned' },
    { type: 'patient.identified', question: 'open', identifiers: ['full-name', 'date-of-birth'] },
    { type: 'requisition.checked' },
  ];

  it('names the swab while the swab is the step, and the kit after it, never a tube or a label', () => {
    const started = start([{ testId: 'rapid-strep', result: 'positive' }]);
    for (const action of ready) started.actor.send(action);
    const hint = () => specimenStepHint(started.actor.getSnapshot())!;
    expect(hint()).toBe('Collect the throat swab for the Rapid strep A antigen test.');
    started.actor.send({ type: 'swab.collected', testId: 'rapid-strep' });
    expect(hint()).toMatch(/^Test the specimen with the Rapid strep A antigen test kit/);
    const lot = (started.actor.getSnapshot().context as SpecimenContext).kits.find((k) => k.expires >= '2026-03-10')!.lot;
    started.actor.send({ type: 'poct.control-run', testId: 'rapid-strep', lot });
    started.actor.send({ type: 'poct.test-run', testId: 'rapid-strep', lot });
    expect(hint()).toBe('The Rapid strep A antigen test is running: read it when its read time is up.');
    started.clock.increment(5);
    expect(hint()).toBe('Read the Rapid strep A antigen test and chart exactly what it shows.');
    started.actor.send({ type: 'poct.result-recorded', testId: 'rapid-strep', result: 'positive' });
    expect(hint()).toBe('Send the specimens and finish.');
  });

  it('sets out the tubes for a venous order, and asks for the labels once they are drawn', () => {
    const started = start([{ testId: 'cbc' }]);
    for (const action of ready) started.actor.send(action);
    const hint = () => specimenStepHint(started.actor.getSnapshot())!;
    expect(hint()).toMatch(/^Set out the tubes the orders need on the tray, then clean the site with a 70% alcohol pad and let it air-dry/);
    started.actor.send({ type: 'site.disinfected', airDried: true });
    expect(hint()).toMatch(/^Apply the tourniquet and draw the tubes in the order of draw/);
    for (const action of [
      { type: 'tourniquet.applied' },
      { type: 'needle.inserted', device: 'multi-sample-needle' },
      { type: 'tube.drawn', tube: 'lavender-edta' },
      { type: 'tourniquet.released' },
      { type: 'needle.withdrawn' },
      { type: 'sharps.disposed' },
      { type: 'site.bandaged' },
      { type: 'tube.inverted', tube: 'lavender-edta', times: 8 },
    ] as SpecimenAction[]) {
      started.actor.send(action);
    }
    expect(hint()).toBe('Label each container at the chair, in front of the patient.');
  });
});
