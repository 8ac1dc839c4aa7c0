/**
 * One source of legality: in every state the scripted trainees reach on the bundled
 * scenarios, each workflow's `availableActions` lists exactly the action types its machine
 * accepts (`snapshot.can`), what it calls urgent is among them, and the players choose only
 * among them.
 *
 * A type counts as accepted when some payload for it is: the workflow's samples, every action
 * the trainees send to that workflow over the whole scenario (a first walk gathers them, since
 * which container to label or which lot to run depends on the patient), and what its players
 * would do in this state.
 */
import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { SeededRandom } from '../../src/domain/random';
import { Session } from '../../src/session/session';
import { expertTrainee } from '../../src/trainees/expert-trainee';
import { noviceTrainee } from '../../src/trainees/novice-trainee';
import type { ScriptedTrainee } from '../../src/trainees/trainee';
import type { MistakeDice, PlayerView } from '../../src/workflows/shared/player';
import type { WorkflowAction } from '../../src/workflows/workflow';
import { type AnyWorkflow, WORKFLOWS, workflowById } from '../../src/workflows/workflows';
import { MICROTUBE_IDS } from '../../src/reference/order-of-draw';
import type { SpecimenContext } from '../../src/workflows/specimen/specimen.machine';
import { LABEL_CHECK_MOMENTS, ORDER_RETURN_REASONS } from '../../src/workflows/medication/medication.actions';
import { type MedicationContext, orderedVaccines } from '../../src/workflows/medication/medication.machine';
import { bundledLibrary } from '../support/bundled-library';

/** What the walk found for one workflow. */
interface WorkflowFindings {
  /** Every state value reached, serialised. */
  readonly states: Set<string>;
  /** `state: type listed/accepted` for each disagreement between the list and `can`. */
  readonly disagreements: Set<string>;
  /** `state: type` for each action a player chose that the list did not offer. */
  readonly unlistedChoices: Set<string>;
}

const library: Scenario[] = bundledLibrary();

/**
 * Payloads a state's context makes possible beyond what the trainees sent: every kit lot on
 * the shelf, every microtube on the tray; for the medication workflow every storage unit,
 * every reason to send an order back, every vial at each of the three label reads.
 */
function probes(workflow: AnyWorkflow, snapshot: AnyMachineSnapshot): WorkflowAction[] {
  if (workflow.id === 'medication') return medicationProbes(snapshot.context as MedicationContext);
  if (workflow.id !== 'specimen') return [];
  const context = snapshot.context as SpecimenContext;
  return [
    ...context.kits.flatMap((kit) => [
      { type: 'poct.control-run', testId: kit.testId, lot: kit.lot },
      { type: 'poct.test-run', testId: kit.testId, lot: kit.lot },
    ]),
    ...MICROTUBE_IDS.map((tubeId) => ({ type: 'microtube.filled', tubeId })),
  ];
}

function medicationProbes(context: MedicationContext): WorkflowAction[] {
  const vaccines = orderedVaccines(context).map((test) => test.id);
  return [
    ...context.stock.units.flatMap((unit) => [
      { type: 'storage.log-read', unitId: unit.id },
      { type: 'storage.excursion-reported', unitId: unit.id },
    ]),
    ...vaccines.flatMap((testId) => [
      ...ORDER_RETURN_REASONS.map((reason) => ({ type: 'order.returned', testId, reason })),
      { type: 'order.reviewed', testId },
      { type: 'vis.given', testId, edition: '2021-08-06' },
      { type: 'registry.reported', testId },
    ]),
    ...context.stock.vials.flatMap((vial) => [
      ...LABEL_CHECK_MOMENTS.map((moment) => ({ type: 'vial.label-read', vialId: vial.id, moment })),
      { type: 'dose.drawn-up', vialId: vial.id, volumeMl: 0.5, needle: { gauge: 25, length: '1' } },
      { type: 'injection.given', vialId: vial.id, site: 'left-deltoid', route: 'intramuscular', angle: 90, aspirated: false },
    ]),
  ];
}

/** The trainees the walk plays with: the expert, and novices on several seeds and rates. */
function trainees(scenario: Scenario): ScriptedTrainee[] {
  return [
    expertTrainee(),
    noviceTrainee({ seed: 1, mistakeRate: scenario.novice.mistakeRate }),
    noviceTrainee({ seed: 7, mistakeRate: scenario.novice.mistakeRate }),
    noviceTrainee({ seed: 11, mistakeRate: 0.6 }),
  ];
}

function findingsFor(found: Map<string, WorkflowFindings>, workflow: AnyWorkflow): WorkflowFindings {
  let findings = found.get(workflow.id);
  if (!findings) {
    findings = { states: new Set(), disagreements: new Set(), unlistedChoices: new Set() };
    found.set(workflow.id, findings);
  }
  return findings;
}

/** Payloads by workflow and action type (each once). */
type Payloads = Map<string, Map<string, Map<string, WorkflowAction>>>;

function remember(payloads: Payloads, workflow: AnyWorkflow, action: WorkflowAction): void {
  let ofWorkflow = payloads.get(workflow.id);
  if (!ofWorkflow) {
    payloads.set(workflow.id, (ofWorkflow = new Map()));
    // Its own samples, and every other workflow's samples of the actions it shares with them.
    const own = new Set(Object.keys(workflow.costs));
    for (const sample of WORKFLOWS.flatMap((other): readonly WorkflowAction[] => other.samples)) if (own.has(sample.type)) remember(payloads, workflow, sample);
  }
  let ofType = ofWorkflow.get(action.type);
  if (!ofType) ofWorkflow.set(action.type, (ofType = new Map()));
  ofType.set(JSON.stringify(action), action);
}

/** Checks one workflow snapshot: its list against `can`, and its players' choices against its list. */
function check(findings: WorkflowFindings, payloads: Payloads, workflow: AnyWorkflow, snapshot: AnyMachineSnapshot, view: PlayerView, dice: MistakeDice): void {
  const state = JSON.stringify(snapshot.value);
  findings.states.add(state);
  const listed = new Set(workflow.availableActions(snapshot));
  const choices = [workflow.player.expert(view), workflow.player.novice(view, dice)].filter((choice) => choice !== null);
  for (const choice of choices) {
    remember(payloads, workflow, choice);
    if (!listed.has(choice.type)) findings.unlistedChoices.add(`${state}: ${choice.type}`);
  }
  for (const type of workflow.urgent?.(snapshot) ?? []) if (!listed.has(type)) findings.disagreements.add(`${state}: ${type} urgent but not listed`);
  const probed = probes(workflow, snapshot);
  for (const type of Object.keys(workflow.costs)) {
    const candidates = [...(payloads.get(workflow.id)?.get(type)?.values() ?? []), ...probed.filter((probe) => probe.type === type)];
    const accepted = candidates.some((payload) => snapshot.can(payload));
    if (accepted !== listed.has(type)) findings.disagreements.add(`${state}: ${type} ${listed.has(type) ? 'listed but refused' : 'accepted but not listed'}`);
  }
}

/** Plays a scenario with each trainee; `visit` sees every workflow snapshot the first time it appears, and every move. */
function play(scenario: Scenario, visit: (session: Session, workflow: AnyWorkflow, snapshot: AnyMachineSnapshot | null, action: WorkflowAction | null, patientId: string) => void): void {
  const seen = new WeakSet<AnyMachineSnapshot>();
  for (const trainee of trainees(scenario)) {
    const session = Session.start(scenario, { seed: 3 });
    while (!session.isOver) {
      for (const patient of scenario.patients) {
        const snapshot = session.workflowSnapshot(patient.id);
        if (!snapshot || snapshot.status !== 'active' || seen.has(snapshot)) continue;
        seen.add(snapshot);
        visit(session, workflowById(snapshot.machine.id)!, snapshot, null, patient.id);
      }
      const move = trainee.nextMove(session);
      const workflow = move?.patientId ? session.workflowOf(move.patientId) : undefined;
      if (move?.patientId && workflow) visit(session, workflow, null, move.action, move.patientId);
      if (move === null || !session.act(move.patientId, move.action).accepted) session.waitForNextEvent();
    }
    session.dispose();
  }
}

/** Walks every bundled scenario twice: once to gather its payloads, once to check every state against them. */
function walk(): Map<string, WorkflowFindings> {
  const found = new Map<string, WorkflowFindings>();
  const random = new SeededRandom(99);
  // The walk's own dice, so asking the novice's player does not move the trainees' random streams.
  const dice: MistakeDice = { random, slips: () => random.chance(0.5) };
  for (const scenario of library) {
    const payloads: Payloads = new Map();
    play(scenario, (_, workflow, __, action) => {
      if (action) remember(payloads, workflow, action);
    });
    play(scenario, (session, workflow, snapshot, _, patientId) => {
      if (!snapshot) return;
      const patient = scenario.patients.find((p) => p.id === patientId)!;
      check(findingsFor(found, workflow), payloads, workflow, snapshot, { snapshot, patient, scenario, minute: session.minute }, dice);
    });
  }
  return found;
}

const found = walk();

describe('every workflow', () => {
  it.each(WORKFLOWS.map((workflow) => [workflow.id]))('%s lists exactly the action types its machine accepts, in every state the trainees reach', (id) => {
    const findings = found.get(id);
    expect(findings, `${id} was never reached`).toBeDefined();
    expect([...findings!.disagreements].sort()).toEqual([]);
  });

  it.each(WORKFLOWS.map((workflow) => [workflow.id]))('%s has its scripted players choose only among its available actions', (id) => {
    expect([...found.get(id)!.unlistedChoices].sort()).toEqual([]);
  });

  it('walks every state of each workflow a trainee acts in', () => {
    const states = Object.fromEntries(WORKFLOWS.map((workflow) => [workflow.id, [...(found.get(workflow.id)?.states ?? [])].sort()]));
    expect(states['scheduling']).toEqual(['"atCheckout"']);
    expect(states['no-show']).toEqual(['"unmarked"']);
    expect(states['intake']).toEqual(expect.arrayContaining(['"greeting"', '"identifying"', '"registering"', '"resolvingMismatch"', '"slottingWalkIn"']));
    expect(states['vitals']).toEqual(['"reviewing"', '"rooming"']);
    expect(states['medication']).toEqual(['"working"']);
    expect(states['specimen']).toEqual(
      expect.arrayContaining(['{"collecting":"idle"}', '{"collecting":"tourniquetOn"}', '{"collecting":"needleIn"}', '{"collecting":"needleOut"}']),
    );
    expect(states['billing']).toEqual(expect.arrayContaining(['"coding"', '"reviewing"', '"denied"', '"billingPatient"', '"paid"']));
  });
});
