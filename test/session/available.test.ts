import { describe, expect, it } from 'vitest';
import type { TraineeAction, TraineeActionType } from '../../src/clinic/trainee-action';
import type { AnyMachineSnapshot } from 'xstate';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { Session } from '../../src/session/session';
import { expertTrainee } from '../../src/trainees/expert-trainee';
import { noviceTrainee } from '../../src/trainees/novice-trainee';
import { actionForTask, expertTaskOrder, type Move, type ScriptedTrainee } from '../../src/trainees/trainee';
import { availableWorkflowActions as listedBy, workflowById } from '../../src/workflows/workflows';
import { INTAKE_ACTION_SAMPLES } from '../../src/workflows/intake/intake.actions';
import { SCHEDULING_ACTION_SAMPLES } from '../../src/workflows/scheduling/scheduling.actions';
import { BILLING_ACTION_SAMPLES } from '../../src/workflows/billing/billing.actions';
import { bundledLibrary } from '../support/bundled-library';

const library: Scenario[] = bundledLibrary();

/** What the snapshot's own workflow lists as available now. */
function availableWorkflowActions(snapshot: AnyMachineSnapshot): TraineeActionType[] {
  return [...listedBy(workflowById(snapshot.machine.id)!, snapshot)] as TraineeActionType[];
}

/** Each patient's task as a fresh look finds it: every workflow asked now, nothing remembered. */
function freshPatientTasks(session: Session): { patientId: string; stage: string; actions: TraineeActionType[] }[] {
  if (session.isOver) return [];
  return session.scenario.patients.flatMap((patient) => {
    const stage = session.stageOf(patient.id);
    if (stage === undefined) return [];
    const actions: TraineeActionType[] = [];
    if (stage === 'waiting-for-room' && session.canAct(patient.id, { type: 'patient.roomed', announce: 'first-name' })) actions.push('patient.roomed');
    const workflow = session.workflowSnapshot(patient.id);
    if (workflow && workflow.status === 'active') actions.push(...availableWorkflowActions(workflow));
    return actions.length > 0 ? [{ patientId: patient.id, stage, actions }] : [];
  });
}

function listedPatientTasks(session: Session): { patientId: string | null; stage: string; actions: readonly TraineeActionType[] }[] {
  return session
    .available()
    .filter((task) => task.stage !== 'phone' && task.stage !== 'inbox')
    .map(({ patientId, stage, actions }) => ({ patientId, stage, actions: [...actions] }));
}

/** The expert's move as the whole ranked list gives it. */
function moveByWholeList(session: Session, current: string | null): Move | null {
  for (const task of expertTaskOrder(session, session.available(), current)) {
    const action = actionForTask(session, task);
    if (action && session.canAct(task.patientId, action)) return { patientId: task.patientId, action };
  }
  return null;
}

function playChecking(scenario: Scenario, trainee: ScriptedTrainee, check: (session: Session) => void): number {
  const session = Session.start(scenario, { seed: 3 });
  let moves = 0;
  while (!session.isOver) {
    check(session);
    const move = trainee.nextMove(session);
    moves++;
    if (move === null || !session.act(move.patientId, move.action).accepted) session.waitForNextEvent();
  }
  session.dispose();
  return moves;
}

describe('Session.available', () => {
  it('lists, move after move, what a fresh look at every workflow finds, on every bundled scenario', () => {
    for (const scenario of library) {
      const novice = noviceTrainee({ seed: 3, mistakeRate: scenario.novice.mistakeRate });
      const moves = playChecking(scenario, novice, (session) => {
        expect(listedPatientTasks(session), `${scenario.id} at minute ${session.minute}`).toEqual(freshPatientTasks(session));
      });
      expect(moves).toBeGreaterThan(0);
    }
  });
});

describe('expertTrainee', () => {
  it('carries on with the patient in hand exactly when the whole ranked list would, on every bundled scenario', () => {
    for (const scenario of library) {
      const expert = expertTrainee();
      let current: string | null = null;
      playChecking(scenario, expert, (session) => {
        const expected = moveByWholeList(session, current);
        // Asking the expert is its move; the loop asks again, which gives the same answer.
        const move = expert.nextMove(session);
        expect(move, `${scenario.id} at minute ${session.minute}`).toEqual(expected);
        if (move) current = move.patientId;
      });
    }
  });
});

/** The action types of `samples` the snapshot's machine takes, as asking `can` of each finds them. */
function typesCanTake(workflow: AnyMachineSnapshot, samples: readonly TraineeAction[]): string[] {
  return [...new Set(samples.filter((sample) => workflow.can(sample)).map((sample) => sample.type))];
}

/**
 * Each workflow that lists its actions from its context (not by asking `can`), with the
 * samples to compare against and the part of its list that `can` decides.
 */
const LISTED_FROM_CONTEXT: Record<string, { samples: readonly TraineeAction[]; decidedByCan: (workflow: AnyMachineSnapshot) => boolean; ignore?: readonly string[] }> = {
  intake: { samples: INTAKE_ACTION_SAMPLES, decidedByCan: () => true },
  scheduling: { samples: SCHEDULING_ACTION_SAMPLES.filter((sample) => sample.type !== 'no-show.marked'), decidedByCan: () => true },
  // In review a correction is always offered (whether it changes the claim depends on the correction).
  billing: { samples: BILLING_ACTION_SAMPLES.filter((sample) => sample.type !== 'claim.corrected'), decidedByCan: (workflow) => workflow.value === 'reviewing', ignore: ['claim.corrected'] },
};

describe('workflows that list their actions from the context', () => {
  it('list what asking can() of every sample finds, in every state the trainees reach', () => {
    const states = new Set<string>();
    for (const scenario of library) {
      for (const trainee of [expertTrainee(), noviceTrainee({ seed: 5, mistakeRate: scenario.novice.mistakeRate }), noviceTrainee({ seed: 11, mistakeRate: 0.5 })]) {
        playChecking(scenario, trainee, (session) => {
          for (const patient of session.scenario.patients) {
            const workflow = session.workflowSnapshot(patient.id);
            const listed = workflow && LISTED_FROM_CONTEXT[workflow.machine.id];
            if (!workflow || !listed || workflow.status !== 'active' || !listed.decidedByCan(workflow)) continue;
            states.add(`${workflow.machine.id}.${String(workflow.value)}`);
            const ignored = listed.ignore ?? [];
            expect(
              availableWorkflowActions(workflow).filter((type) => !ignored.includes(type)),
              `${scenario.id}, ${patient.id} in ${workflow.machine.id}.${String(workflow.value)}`,
            ).toEqual(typesCanTake(workflow, listed.samples));
          }
        });
      }
    }
    expect([...states].sort()).toEqual([
      'billing.reviewing',
      'intake.greeting',
      'intake.identifying',
      'intake.registering',
      'intake.resolvingMismatch',
      'intake.slottingWalkIn',
      'scheduling.atCheckout',
    ]);
  });
});
