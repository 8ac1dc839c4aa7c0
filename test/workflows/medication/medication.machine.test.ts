import { describe, expect, it } from 'vitest';
import type { Scenario, ScenarioPatient } from '../../../src/scenario/scenario.schema';
import { medication } from '../../../src/workflows/medication';
import type { MedicationAction } from '../../../src/workflows/medication/medication.actions';
import { medicationAvailableActions } from '../../../src/workflows/medication/medication.machine';
import { changed, expertSteps, immunizationDay, playExpert, replay, type Step, start, verdicts, without } from './medication-support';

const DAY = immunizationDay();

/** The day with one patient's record changed. */
function withPatient(day: Scenario, patientId: string, change: (patient: ScenarioPatient) => ScenarioPatient): Scenario {
  return { ...day, patients: day.patients.map((p) => (p.id === patientId ? change(p) : p)) };
}

/** Ben's Tdap with nothing after the dose: the plain visit the technique cases change. */
const PLAIN = withPatient(DAY, 'ben', (p) => ({ ...p, orders: [{ testId: 'tdap-vaccine', diagnoses: [] }] }));
const PLAIN_STEPS = expertSteps(PLAIN, 'ben');

/** The expert's steps with each `from` vial id replaced by `to`. */
function onVial(steps: readonly Step[], from: string, to: string): Step[] {
  return steps.map((step) => ('vialId' in step && step.vialId === from ? { ...step, vialId: to } : step));
}

/** The steps with `inserted` put just before the first step of `type`. */
function before(steps: readonly Step[], type: MedicationAction['type'], inserted: Step): Step[] {
  const index = steps.findIndex((step) => !('wait' in step) && step.type === type);
  return [...steps.slice(0, index), inserted, ...steps.slice(index)];
}

function played(day: Scenario, patientId: string, steps: readonly Step[]) {
  const started = start(day, patientId);
  replay(started, steps);
  return { started, ...verdicts(started.journal) };
}

describe('medicationMachine', () => {
  it('gives a Tdap with every check passed and none missed when the expert plays it, and charts the dose', () => {
    const started = start(PLAIN, 'ben');
    playExpert(started);
    const { passed, missed } = verdicts(started.journal);
    expect(started.actor.getSnapshot().status).toBe('done');
    expect(missed).toEqual([]);
    expect(new Set(passed)).toEqual(
      new Set([
        'medication.hand-hygiene',
        'medication.allergies-checked',
        'medication.order-reviewed',
        'medication.expired-vial',
        'medication.dose-volume',
        'medication.storage-log-read',
        'medication.patient-id',
        'medication.label-checks',
        'immunization.vis-edition',
        'immunization.vis-before-dose',
        'medication.route',
        'medication.site',
        'medication.needle-length',
        'medication.needle-gauge',
        'medication.angle',
        'medication.aspiration',
        'medication.excursion-stock-given',
        'medication.sharps-at-once',
        'medication.no-recapping',
        'immunization.record-complete',
        'immunization.record-lot',
        'medication.orders-complete',
        'immunization.registry',
        'immunization.observation',
      ]),
    );
    expect(started.actor.getSnapshot().output).toEqual({
      medication: { vaccines: [{ testId: 'tdap-vaccine', given: true, returned: null, route: 'intramuscular', lot: 'C6620AB' }] },
    });
  });

  it.each<{ name: string; steps: () => Step[]; rule: string }>([
    { name: 'no hand hygiene before preparing', steps: () => without(PLAIN_STEPS, 'hands.cleaned'), rule: 'medication.hand-hygiene' },
    {
      name: 'a yes/no question for the identity',
      steps: () => changed(PLAIN_STEPS, 'patient.identified', (step) => ({ ...step, question: 'yes-no' })),
      rule: 'medication.patient-id',
    },
    { name: 'the order not read', steps: () => without(PLAIN_STEPS, 'order.reviewed'), rule: 'medication.order-reviewed' },
    { name: 'the allergies not checked', steps: () => without(PLAIN_STEPS, 'allergies.checked'), rule: 'medication.allergies-checked' },
    { name: 'the storage log not read', steps: () => without(PLAIN_STEPS, 'storage.log-read'), rule: 'medication.storage-log-read' },
    { name: 'the label not read taking the vial out', steps: () => changed(PLAIN_STEPS, 'vial.label-read', () => null), rule: 'medication.label-checks' },
    { name: '1 mL drawn up for a 0.5 mL dose', steps: () => changed(PLAIN_STEPS, 'dose.drawn-up', (step) => ({ ...step, volumeMl: 1 })), rule: 'medication.dose-volume' },
    {
      name: 'a 5/8 inch needle in a 90 kg man’s deltoid',
      steps: () => changed(PLAIN_STEPS, 'dose.drawn-up', (step) => ({ ...step, needle: { ...step.needle, length: '5/8' } })),
      rule: 'medication.needle-length',
    },
    {
      name: 'a 27-gauge needle for an intramuscular dose',
      steps: () => changed(PLAIN_STEPS, 'dose.drawn-up', (step) => ({ ...step, needle: { ...step.needle, gauge: 27 } })),
      rule: 'medication.needle-gauge',
    },
    { name: 'an intramuscular dose at 45°', steps: () => changed(PLAIN_STEPS, 'injection.given', (step) => ({ ...step, angle: 45 })), rule: 'medication.angle' },
    { name: 'the forearm for an intramuscular dose', steps: () => changed(PLAIN_STEPS, 'injection.given', (step) => ({ ...step, site: 'left-volar-forearm' })), rule: 'medication.site' },
    { name: 'Tdap given subcutaneously', steps: () => changed(PLAIN_STEPS, 'injection.given', (step) => ({ ...step, route: 'subcutaneous', angle: 45 })), rule: 'medication.route' },
    { name: 'aspirating before injecting', steps: () => changed(PLAIN_STEPS, 'injection.given', (step) => ({ ...step, aspirated: true })), rule: 'medication.aspiration' },
    { name: 'the needle recapped', steps: () => changed(PLAIN_STEPS, 'syringe.discarded', (step) => ({ ...step, recapped: true })), rule: 'medication.no-recapping' },
    { name: 'another step before the sharps container', steps: () => before(PLAIN_STEPS, 'syringe.discarded', { type: 'hands.cleaned' }), rule: 'medication.sharps-at-once' },
    { name: 'no VIS before the dose', steps: () => without(PLAIN_STEPS, 'vis.given'), rule: 'immunization.vis-before-dose' },
    { name: 'the outdated VIS', steps: () => changed(PLAIN_STEPS, 'vis.given', (step) => ({ ...step, edition: '2015-02-24' })), rule: 'immunization.vis-edition' },
    {
      name: 'a lot typed from memory',
      steps: () => changed(PLAIN_STEPS, 'administration.recorded', (step) => ({ ...step, record: { ...step.record, lot: 'C6620BA' } })),
      rule: 'immunization.record-lot',
    },
    {
      name: 'no title in the record',
      steps: () => changed(PLAIN_STEPS, 'administration.recorded', (step) => ({ ...step, record: { ...step.record, administeredBy: { name: 'Sam Rivera', title: '' } } })),
      rule: 'immunization.record-complete',
    },
    { name: 'the dose never recorded', steps: () => without(PLAIN_STEPS, 'administration.recorded'), rule: 'immunization.record-complete' },
    { name: 'no registry entry where the clinic reports', steps: () => without(PLAIN_STEPS, 'registry.reported'), rule: 'immunization.registry' },
    { name: 'no observation', steps: () => without(PLAIN_STEPS, 'observation.started', 'observation.ended'), rule: 'immunization.observation' },
    {
      name: 'finishing with the vaccine neither given nor sent back',
      steps: () => [...PLAIN_STEPS.slice(0, PLAIN_STEPS.findIndex((step) => 'type' in step && step.type === 'vial.label-read')), { type: 'medication.finished' }],
      rule: 'medication.orders-complete',
    },
    {
      name: 'a signed order sent back as unsigned',
      steps: () => [...PLAIN_STEPS.slice(0, PLAIN_STEPS.findIndex((step) => 'type' in step && step.type === 'vial.label-read')), { type: 'order.returned', testId: 'tdap-vaccine', reason: 'not-signed' }, { type: 'medication.finished' }],
      rule: 'medication.order-reviewed',
    },
  ])('misses $rule for $name, which the expert’s own play passes', ({ steps, rule }) => {
    const { missed } = played(PLAIN, 'ben', steps());
    expect(missed).toContain(rule);
    const { missed: clean } = played(PLAIN, 'ben', PLAIN_STEPS);
    expect(clean).not.toContain(rule);
  });

  it('draws up an expired vial only as a finding, and sends back an order with no usable vial', () => {
    expect(played(PLAIN, 'ben', onVial(PLAIN_STEPS, 'tdap-good', 'tdap-old')).missed).toContain('medication.expired-vial');
    const noStock: Scenario = { ...PLAIN, clinic: { ...PLAIN.clinic, medicationStock: { ...PLAIN.clinic.medicationStock!, vials: PLAIN.clinic.medicationStock!.vials.filter((v) => v.id !== 'tdap-good') } } };
    const started = start(noStock, 'ben');
    const steps = playExpert(started);
    expect(steps).toContainEqual({ type: 'order.returned', testId: 'tdap-vaccine', reason: 'no-usable-stock' });
    expect(verdicts(started.journal).missed).toEqual([]);
  });

  it('reports a refrigerator out of range and gives from the one in range; a dose from the warm one is critical', () => {
    const started = start(DAY, 'eli');
    const steps = playExpert(started);
    expect(steps).toContainEqual({ type: 'storage.excursion-reported', unitId: 'fridge-2' });
    expect(verdicts(started.journal).passed).toEqual(expect.arrayContaining(['medication.excursion-stock-given', 'medication.excursion-reported']));
    expect(verdicts(started.journal).missed).toEqual([]);
    const warm = played(DAY, 'eli', onVial(steps, 'mmr-good', 'mmr-back'));
    expect(warm.missed).toContain('medication.excursion-stock-given');
    expect(warm.started.journal.checks.find((c) => c.ruleId === 'medication.excursion-stock-given' && !c.passed)?.severity).toBe('critical');
    expect(played(DAY, 'eli', without(steps, 'storage.excursion-reported')).missed).toEqual(['medication.excursion-reported']);
  });

  it('gives the MMR subcutaneously into a child’s triceps at 45° with a 5/8 inch needle', () => {
    const steps = expertSteps(DAY, 'eli');
    expect(steps).toContainEqual(expect.objectContaining({ type: 'dose.drawn-up', volumeMl: 0.5, needle: { gauge: 25, length: '5/8' } }));
    expect(steps).toContainEqual(expect.objectContaining({ type: 'injection.given', site: 'left-upper-outer-triceps', route: 'subcutaneous', angle: 45, aspirated: false }));
  });

  it('sends back a vaccine the chart’s allergy rules out, and a dose of it given is critical', () => {
    const started = start(DAY, 'cara');
    const steps = playExpert(started);
    expect(steps).toContainEqual({ type: 'order.returned', testId: 'hepatitis-b-vaccine', reason: 'allergy' });
    expect(verdicts(started.journal)).toMatchObject({ missed: [] });
    expect(verdicts(started.journal).passed).toContain('medication.allergy-given');
    expect(started.actor.getSnapshot().output?.medication.vaccines).toEqual([{ testId: 'hepatitis-b-vaccine', given: false, returned: 'allergy', route: null, lot: null }]);
    const noAllergy = withPatient(DAY, 'cara', (p) => ({ ...p, history: { ...p.history, allergies: [] } }));
    expect(played(DAY, 'cara', expertSteps(noAllergy, 'cara')).missed).toEqual(['medication.allergy-given']);
  });

  it('sends back an unsigned order, and a dose given on it is critical', () => {
    const started = start(DAY, 'dev');
    expect(playExpert(started)).toContainEqual({ type: 'order.returned', testId: 'influenza-vaccine', reason: 'not-signed' });
    expect(verdicts(started.journal).passed).toContain('medication.order-scope');
    const signed = withPatient(DAY, 'dev', (p) => ({ ...p, orders: [{ testId: 'influenza-vaccine', diagnoses: [] }] }));
    const given = played(DAY, 'dev', expertSteps(signed, 'dev'));
    expect(given.missed).toEqual(['medication.order-scope']);
  });

  it('sends back a dose before the minimum interval since the last one', () => {
    const early = withPatient(DAY, 'eli', (p) => ({ ...p, orders: [{ testId: 'mmr-vaccine', diagnoses: [], administration: { form: 'signed', doseNumber: 2, lastDoseDate: '2026-03-01' } }] }));
    const started = start(early, 'eli');
    expect(playExpert(started)).toContainEqual({ type: 'order.returned', testId: 'mmr-vaccine', reason: 'too-soon' });
    expect(verdicts(started.journal).passed).toContain('medication.dose-interval');
    expect(played(early, 'eli', expertSteps(DAY, 'eli')).missed).toEqual(['medication.dose-interval']);
  });

  it('faints the teenager at minute 3 of the observation: laying her down is urgent, anything else first is critical', () => {
    const started = start(DAY, 'ana');
    const steps = playExpert(started);
    expect(verdicts(started.journal).missed).toEqual([]);
    expect(verdicts(started.journal).passed).toContain('immunization.syncope');
    const started2 = start(DAY, 'ana');
    const upToFaint = steps.slice(0, steps.findIndex((step) => 'type' in step && step.type === 'patient.laid-down'));
    replay(started2, upToFaint);
    expect(medication.urgent!(started2.actor.getSnapshot())).toEqual(['patient.laid-down']);
    expect(medicationAvailableActions(started2.actor.getSnapshot())).toContain('patient.laid-down');
    expect(medication.hint(started2.actor.getSnapshot())).toMatch(/fainted/);
    const late = played(DAY, 'ana', before(steps, 'patient.laid-down', { type: 'hands.cleaned' }));
    expect(late.missed).toEqual(['immunization.syncope']);
    const unwatched = played(DAY, 'ana', without(steps, 'observation.started', 'observation.ended', 'patient.laid-down'));
    expect(unwatched.missed).toEqual(['immunization.observation', 'immunization.syncope']);
  });

  it('shows hives and throat tightness at minute 5: the provider is urgent, and a later alert is critical', () => {
    const started = start(DAY, 'ben');
    const steps = playExpert(started);
    expect(verdicts(started.journal).missed).toEqual([]);
    expect(verdicts(started.journal).passed).toContain('immunization.anaphylaxis-alert');
    const started2 = start(DAY, 'ben');
    replay(started2, steps.slice(0, steps.findIndex((step) => 'type' in step && step.type === 'provider.alerted')));
    expect(medication.urgent!(started2.actor.getSnapshot())).toEqual(['provider.alerted']);
    expect(played(DAY, 'ben', before(steps, 'provider.alerted', { type: 'hands.cleaned' })).missed).toEqual(['immunization.anaphylaxis-alert']);
  });

  it('judges a reaction still waiting for its first step when the day ends as that step never taken (critical)', () => {
    const faint = start(DAY, 'ana');
    const faintSteps = expertSteps(DAY, 'ana');
    replay(faint, faintSteps.slice(0, faintSteps.findIndex((step) => 'type' in step && step.type === 'patient.laid-down')));
    const fainted = medication.atDayEnd!(faint.actor.getSnapshot());
    expect(fainted.map((check) => [check.ruleId, check.finding?.severity])).toEqual([['immunization.syncope', 'critical']]);
    expect(fainted[0]!.finding?.message).toMatch(/still not laid down when the day ended/);

    const hives = start(DAY, 'ben');
    const hivesSteps = expertSteps(DAY, 'ben');
    replay(hives, hivesSteps.slice(0, hivesSteps.findIndex((step) => 'type' in step && step.type === 'provider.alerted')));
    const untold = medication.atDayEnd!(hives.actor.getSnapshot());
    expect(untold.map((check) => [check.ruleId, check.finding?.severity])).toEqual([['immunization.anaphylaxis-alert', 'critical']]);
    expect(untold[0]!.finding?.message).toMatch(/provider had still not been told when the day ended/);

    // Once the provider has been told, the day's end finds nothing more to judge.
    const told = start(DAY, 'ben');
    replay(told, hivesSteps.slice(0, hivesSteps.findIndex((step) => 'type' in step && step.type === 'provider.alerted') + 1));
    expect(medication.atDayEnd!(told.actor.getSnapshot())).toEqual([]);
  });

  it('counts an alert with no reaction behind it as needless, and the provider loses the minutes', () => {
    const { missed, started } = played(PLAIN, 'ben', before(PLAIN_STEPS, 'medication.finished', { type: 'provider.alerted' }));
    expect(missed).toEqual(['escalation.unneeded-alert']);
    expect(started.interruptions).toEqual(['dr-lee']);
  });

  it('keeps the patient until the observation time is up, and lets the trainee leave meanwhile', () => {
    const started = start(PLAIN, 'ben');
    // Up to the expert's first wait: seated, the records written while the patient sits.
    const steps = PLAIN_STEPS.slice(0, PLAIN_STEPS.findIndex((step) => 'wait' in step));
    expect(steps).toContainEqual({ type: 'observation.started' });
    replay(started, steps);
    const snapshot = started.actor.getSnapshot();
    expect(medicationAvailableActions(snapshot)).not.toContain('observation.ended');
    expect(medicationAvailableActions(snapshot)).not.toContain('medication.finished');
    expect(snapshot.can({ type: 'medication.finished' })).toBe(false);
    expect(medication.player.expert(started.view())).toBeNull();
    started.clock.increment(15);
    expect(started.actor.getSnapshot().can({ type: 'observation.ended' })).toBe(true);
  });

  it('lists exactly what its machine accepts at each step of the expert’s play', () => {
    const started = start(DAY, 'eli');
    for (const step of expertSteps(DAY, 'eli')) {
      if (!('wait' in step)) expect(medicationAvailableActions(started.actor.getSnapshot())).toContain(step.type);
      replay(started, [step]);
    }
    expect(started.actor.getSnapshot().status).toBe('done');
  });
});
