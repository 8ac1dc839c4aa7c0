import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { CAPILLARY_EXCLUDED_TUBES, isMicrotubeId, MICROTUBES, type MicrotubeId } from '../../../src/reference/order-of-draw';
import { orderableTest, TESTS } from '../../../src/reference/tests';
import { SeededRandom } from '../../../src/session/random';
import type { SpecimenAction } from '../../../src/workflows/specimen/specimen.actions';
import { specimenAvailableActions, specimenMachine, type SpecimenContext } from '../../../src/workflows/specimen/specimen.machine';
import { SPECIMEN_PLAYER } from '../../../src/workflows/specimen/specimen.player';
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

function play(started: Started, trainee: 'expert' | 'novice', slips = false): SpecimenAction[] {
  const played: SpecimenAction[] = [];
  const dice = { random: new SeededRandom(1), slips: () => slips };
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
    const played = play(started, 'novice', true);
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
