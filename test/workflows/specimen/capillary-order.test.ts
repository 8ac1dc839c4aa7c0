import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { CAPILLARY_EXCLUDED_TUBES, isMicrotubeId, MICROTUBES, type MicrotubeId } from '../../../src/reference/order-of-draw';
import { orderableTest, TESTS } from '../../../src/reference/tests';
import { SeededRandom } from '../../../src/domain/random';
import type { SpecimenAction, SpecimenLabel } from '../../../src/workflows/specimen/specimen.actions';
import { LAB_REVIEW_MINUTES } from '../../../src/workflows/specimen/specimen.kits';
import { specimenAvailableActions, specimenMachine, type SpecimenContext } from '../../../src/workflows/specimen/specimen.machine';
import { correctLabel, SPECIMEN_PLAYER } from '../../../src/workflows/specimen/specimen.player';
import { capillaryOrderCheck, containerName, specimenCapillaryOrderRule } from '../../../src/workflows/specimen/specimen.rules';
import { patient, scenario } from '../../support/scenario-builder';
import { missedRules, simulatedDay } from '../support';

const who = { patientId: 'p1', patientName: 'Noah Kim', minute: 600 };

describe('specimen.capillary-order', () => {
  it.each([
    [['lavender-edta-micro', 'gold-sst-micro'], null],
    [['lavender-edta-micro', 'green-heparin-micro', 'red-serum-micro'], null],
    [['gold-sst-micro', 'red-serum-micro'], null],
    [['lavender-edta-micro'], null],
    [['gold-sst-micro', 'lavender-edta-micro'], 'the Lavender microtube (EDTA) was filled after the Gold microtube'],
    [['green-heparin-micro', 'lavender-edta-micro'], 'the Lavender microtube (EDTA) was filled after the Green microtube (lithium heparin)'],
    [['lavender-edta-micro', 'red-serum-micro', 'green-heparin-micro'], 'the Green microtube (lithium heparin) was filled after the Red microtube'],
  ] as [MicrotubeId[], string | null][])('%o', (filled, problem) => {
    const check = capillaryOrderCheck({ ...who, filled });
    expect(check.passed).toBe(problem === null);
    if (problem !== null) {
      expect(check.finding?.message).toContain(problem);
      expect(check.finding?.explanation).toContain('platelets clump');
    }
  });

  it('is a major specimen-collection rule sourced to CLSI GP42', () => {
    expect(specimenCapillaryOrderRule.severity).toBe('major');
    expect(specimenCapillaryOrderRule.source.id).toBe('clsiGp42');
    expect(specimenCapillaryOrderRule.why).toMatch(/EDTA microtube is filled first/);
  });

  it('has no light-blue citrate microtube on the tray', () => {
    expect(CAPILLARY_EXCLUDED_TUBES.tubes).toContain('light-blue-citrate');
    expect(MICROTUBES.map((m) => m.venousEquivalent)).not.toContain('light-blue-citrate');
    expect(MICROTUBES.map((m) => m.capColour)).not.toContain('light-blue');
    expect(isMicrotubeId('light-blue-citrate-micro')).toBe(false);
    expect(isMicrotubeId('light-blue-citrate')).toBe(false);
  });

  it('names every microtube by cap colour and additive', () => {
    for (const m of MICROTUBES) expect(containerName(m.id)).toMatch(/^(Lavender|Green|Gold|Red) microtube \(.+\)$/);
  });

  it('collects every capillary lab test into a known microtube, billed with 36416', () => {
    const capillaryLabs = TESTS.filter((t) => t.kind === 'capillary-lab');
    expect(capillaryLabs.map((t) => t.id)).toEqual(['cbc-capillary', 'bilirubin-capillary']);
    for (const t of capillaryLabs) {
      expect(t.microtubeId !== undefined && isMicrotubeId(t.microtubeId)).toBe(true);
      expect(t.collectionCode).toBe('36416');
    }
    expect(orderableTest('cbc-capillary').microtubeId).toBe('lavender-edta-micro');
  });
});

type Orders = NonNullable<Parameters<typeof patient>[2]>['orders'];

function start(orders: Orders) {
  const day = scenario([patient('p1', '09:00', { orders })]);
  const { clock, env, journal } = simulatedDay();
  const actor = createActor(specimenMachine, { input: { scenario: day, patient: day.patients[0]!, env, chart: {} }, clock }).start();
  return { actor, journal, day, clock };
}

type Started = ReturnType<typeof start>;

/**
 * A novice's dice that slips on the third roll only: the first two are the skin antisepsis
 * of the first puncture (skipped? punctured wet?), which this novice does right.
 */
function slipsOnce(): () => boolean {
  let rolls = 0;
  return () => {
    rolls += 1;
    return rolls === 3;
  };
}

function play(started: Started, trainee: 'expert' | 'novice', slips: () => boolean = () => false): SpecimenAction[] {
  const played: SpecimenAction[] = [];
  const dice = { random: new SeededRandom(1), slips };
  for (let i = 0; i < 80 && started.actor.getSnapshot().status === 'active'; i++) {
    const view = { snapshot: started.actor.getSnapshot(), patient: started.day.patients[0]!, scenario: started.day, minute: started.clock.now() };
    const action = (trainee === 'expert' ? SPECIMEN_PLAYER.expert(view) : SPECIMEN_PLAYER.novice(view, dice)) as SpecimenAction | null;
    if (action !== null) {
      played.push(action);
      started.actor.send(action);
    }
    started.clock.increment(1);
  }
  return played;
}

const CAPILLARY: Orders = [{ testId: 'cbc-capillary' }, { testId: 'bilirubin-capillary' }];

describe('capillary microtube collection', () => {
  it('the expert punctures, fills EDTA then serum, bandages, labels both and sends with no finding', () => {
    const started = start(CAPILLARY);
    const played = play(started, 'expert');
    expect(played.filter((a) => a.type === 'microtube.filled').map((a) => (a.type === 'microtube.filled' ? a.tubeId : null))).toEqual(['lavender-edta-micro', 'gold-sst-micro']);
    expect(started.actor.getSnapshot().status).toBe('done');
    expect(missedRules(started.journal)).toEqual([]);
    const { procedures } = started.actor.getSnapshot().output!;
    expect(procedures.capillaryPuncture).toBe(true);
    expect(procedures.venipuncture).toBe(false);
    expect(procedures.services.map((s) => [s.testId, s.performed])).toEqual([
      ['cbc-capillary', true],
      ['bilirubin-capillary', true],
    ]);
  });

  it('the novice who slips fills the serum microtube before the EDTA one and is caught when the site is bandaged', () => {
    const started = start(CAPILLARY);
    const played = play(started, 'novice', slipsOnce());
    const fills = played.filter((a) => a.type === 'microtube.filled').map((a) => (a.type === 'microtube.filled' ? a.tubeId : null));
    expect(fills).toEqual(['gold-sst-micro', 'lavender-edta-micro']);
    expect(missedRules(started.journal)).toContain('specimen.capillary-order');
  });

  it('offers the microtube fills only while the puncture is open, refuses a citrate microtube and a second fill', () => {
    const started = start([{ testId: 'cbc-capillary' }]);
    const context = () => started.actor.getSnapshot().context as SpecimenContext;
    expect(specimenAvailableActions(started.actor.getSnapshot())).toContain('capillary.punctured');
    expect(specimenAvailableActions(started.actor.getSnapshot())).not.toContain('microtube.filled');
    expect(started.actor.getSnapshot().can({ type: 'microtube.filled', tubeId: 'lavender-edta-micro' })).toBe(false);
    started.actor.send({ type: 'capillary.punctured' });
    started.actor.send({ type: 'sharps.disposed' });
    expect(specimenAvailableActions(started.actor.getSnapshot())).toContain('microtube.filled');
    const citrate = { type: 'microtube.filled', tubeId: 'light-blue-citrate-micro' } as unknown as SpecimenAction;
    expect(started.actor.getSnapshot().can(citrate)).toBe(false);
    started.actor.send(citrate);
    expect(context().microtubes).toEqual([]);
    started.actor.send({ type: 'microtube.filled', tubeId: 'lavender-edta-micro' });
    expect(started.actor.getSnapshot().can({ type: 'microtube.filled', tubeId: 'lavender-edta-micro' })).toBe(false);
    started.actor.send({ type: 'site.bandaged' });
    expect(specimenAvailableActions(started.actor.getSnapshot())).not.toContain('microtube.filled');
    // Sent without a label: the microtube is a container like any tube.
    started.actor.send({ type: 'specimen.sent' });
    expect(missedRules(started.journal)).toContain('specimen.label');
  });
});

/** Identifies, checks, gloves up, punctures, fills these microtubes in turn and bandages, as the expert would. */
function collect(started: Started, fills: MicrotubeId[]): void {
  for (const action of [
    { type: 'hands.cleaned' },
    { type: 'patient.identified', question: 'open', identifiers: ['full-name', 'date-of-birth'] },
    { type: 'requisition.checked' },
    { type: 'gloves.donned' },
    { type: 'site.disinfected', airDried: true },
    { type: 'capillary.punctured' },
    { type: 'sharps.disposed' },
    ...fills.map((tubeId) => ({ type: 'microtube.filled', tubeId })),
    { type: 'site.bandaged' },
  ] as SpecimenAction[]) {
    started.actor.send(action);
  }
}

function labelOf(started: Started, tubeId: MicrotubeId, change: Partial<SpecimenLabel> = {}): SpecimenAction {
  const context = started.actor.getSnapshot().context as SpecimenContext;
  const filledAt = context.microtubes.find((m) => m.tubeId === tubeId)!.atMinute;
  const view = { snapshot: started.actor.getSnapshot(), patient: started.day.patients[0]!, scenario: started.day, minute: started.clock.now() };
  return { type: 'specimen.labeled', container: tubeId, label: { ...correctLabel(view, filledAt), ...change } };
}

function labNotes(started: Started): string[] {
  return started.journal.timeline.filter((e) => e.kind === 'action').map((e) => e.text);
}

/** Sends, and lets the lab's review time pass. */
function sendAndWaitForLab(started: Started): void {
  started.actor.send({ type: 'specimen.sent' });
  expect(started.actor.getSnapshot().value).toBe('awaitingLab');
  started.clock.increment(LAB_REVIEW_MINUTES - 1);
  expect(labNotes(started)).toEqual([]);
  started.clock.increment(1);
}

describe('the lab’s verdict on a microtube', () => {
  it('accepts a correctly labelled microtube the first time: sent straight to done, no redraw', () => {
    const started = start([{ testId: 'cbc-capillary' }]);
    collect(started, ['lavender-edta-micro']);
    started.actor.send(labelOf(started, 'lavender-edta-micro'));
    started.actor.send({ type: 'specimen.sent' });
    expect(started.actor.getSnapshot().status).toBe('done');
    expect(missedRules(started.journal)).toEqual([]);
    expect(labNotes(started)).toEqual([]);
    const { procedures } = started.actor.getSnapshot().output!;
    expect(procedures.redraws).toBe(0);
    expect(procedures.services).toEqual([{ testId: 'cbc-capillary', performed: true, result: null }]);
  });

  it('rejects an unlabelled microtube some minutes after sending and opens the capillary order again', () => {
    const started = start([{ testId: 'cbc-capillary' }]);
    const context = () => started.actor.getSnapshot().context as SpecimenContext;
    collect(started, ['lavender-edta-micro']);
    expect(specimenAvailableActions(started.actor.getSnapshot())).not.toContain('capillary.punctured');
    sendAndWaitForLab(started);
    expect(missedRules(started.journal)).toEqual(['specimen.label']);
    expect(started.actor.getSnapshot().value).toEqual({ collecting: 'idle' });
    expect(labNotes(started)).toEqual(['Testp Patient: the lab rejected the Lavender microtube (EDTA) (no label); the patient needs a new skin puncture.']);
    expect(context().microtubes).toEqual([]);
    expect(context().rejected).toEqual([{ container: 'lavender-edta-micro', reason: 'no label' }]);
    expect(specimenAvailableActions(started.actor.getSnapshot())).toContain('capillary.punctured');
    expect(started.actor.getSnapshot().can({ type: 'capillary.punctured' })).toBe(true);
  });

  it('rejects a mislabelled microtube, and drops its label so the new one can be labelled', () => {
    const started = start([{ testId: 'cbc-capillary' }]);
    const context = () => started.actor.getSnapshot().context as SpecimenContext;
    collect(started, ['lavender-edta-micro']);
    started.actor.send(labelOf(started, 'lavender-edta-micro', { fullName: 'T. Patient' }));
    sendAndWaitForLab(started);
    expect(labNotes(started)).toEqual([
      'Testp Patient: the lab rejected the Lavender microtube (EDTA) (the name reads "T. Patient", not the patient’s full name); the patient needs a new skin puncture.',
    ]);
    expect(context().labels).toEqual([]);
    started.actor.send({ type: 'capillary.punctured' });
    started.actor.send({ type: 'sharps.disposed' });
    expect(specimenAvailableActions(started.actor.getSnapshot())).toContain('microtube.filled');
    started.actor.send({ type: 'microtube.filled', tubeId: 'lavender-edta-micro' });
    started.actor.send({ type: 'site.bandaged' });
    expect(started.actor.getSnapshot().can(labelOf(started, 'lavender-edta-micro'))).toBe(true);
  });

  it('is collected again by the expert after the rejection, through to done', () => {
    const started = start([{ testId: 'cbc-capillary' }]);
    collect(started, ['lavender-edta-micro']);
    started.actor.send(labelOf(started, 'lavender-edta-micro', { initials: '' }));
    sendAndWaitForLab(started);
    const played = play(started, 'expert');
    expect(played.map((a) => a.type)).toEqual(['site.disinfected', 'capillary.punctured', 'sharps.disposed', 'microtube.filled', 'site.bandaged', 'specimen.labeled', 'specimen.sent']);
    expect(started.actor.getSnapshot().status).toBe('done');
    expect(started.journal.checks.filter((c) => c.ruleId === 'specimen.label').map((c) => c.passed)).toEqual([false, true]);
    const { procedures } = started.actor.getSnapshot().output!;
    expect(procedures.redraws).toBe(1);
    expect(procedures.capillaryPuncture).toBe(true);
    expect(procedures.services).toEqual([{ testId: 'cbc-capillary', performed: true, result: null }]);
  });

  it('keeps the well-labelled microtube and refills only the rejected one, judging the capillary order on the new puncture alone', () => {
    const started = start(CAPILLARY);
    const context = () => started.actor.getSnapshot().context as SpecimenContext;
    collect(started, ['lavender-edta-micro', 'gold-sst-micro']);
    started.actor.send(labelOf(started, 'lavender-edta-micro'));
    started.actor.send(labelOf(started, 'gold-sst-micro', { secondIdentifier: { kind: 'date-of-birth', value: '1970-05-15' } }));
    sendAndWaitForLab(started);
    expect(labNotes(started)).toEqual(['Testp Patient: the lab rejected the Gold microtube (serum separator, clot activator and gel) (the date of birth reads "1970-05-15", not the chart\'s 5/14/1970); the patient needs a new skin puncture.']);
    expect(context().accepted).toEqual(['lavender-edta-micro']);
    started.actor.send({ type: 'capillary.punctured' });
    started.actor.send({ type: 'sharps.disposed' });
    expect(started.actor.getSnapshot().can({ type: 'microtube.filled', tubeId: 'lavender-edta-micro' })).toBe(false);
    const played = play(started, 'expert');
    expect(played.map((a) => a.type)).toEqual(['microtube.filled', 'site.bandaged', 'specimen.labeled', 'specimen.sent']);
    expect(started.actor.getSnapshot().status).toBe('done');
    expect(started.journal.checks.filter((c) => c.ruleId === 'specimen.capillary-order').map((c) => c.passed)).toEqual([true, true]);
    expect(started.actor.getSnapshot().output!.procedures.services.map((s) => [s.testId, s.performed])).toEqual([
      ['cbc-capillary', true],
      ['bilirubin-capillary', true],
    ]);
  });

  it('has the novice who shortens the name on the microtube label punctured again after the rejection, through to done', () => {
    const started = start([{ testId: 'cbc-capillary' }]);
    const played = play(started, 'novice', slipsOnce());
    expect(played.filter((a) => a.type === 'specimen.labeled').map((a) => (a.type === 'specimen.labeled' ? a.label.fullName : null))).toEqual(['T. Patient', 'Testp Patient']);
    expect(played.filter((a) => a.type === 'capillary.punctured')).toHaveLength(2);
    expect(labNotes(started)).toEqual([
      'Testp Patient: the lab rejected the Lavender microtube (EDTA) (the name reads "T. Patient", not the patient’s full name); the patient needs a new skin puncture.',
    ]);
    expect(started.actor.getSnapshot().status).toBe('done');
  });

  it('has a novice who always slips, once told by the lab, label the recollected microtube in full and finish', () => {
    const started = start([{ testId: 'cbc-capillary' }]);
    const played = play(started, 'novice', () => true);
    expect(played.filter((a) => a.type === 'specimen.labeled').map((a) => (a.type === 'specimen.labeled' ? a.label.fullName : null))).toEqual(['T. Patient', 'Testp Patient']);
    expect(played.filter((a) => a.type === 'capillary.punctured')).toHaveLength(2);
    expect(labNotes(started)).toHaveLength(1);
    expect(started.actor.getSnapshot().status).toBe('done');
  });
});
