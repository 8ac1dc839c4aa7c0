import { describe, expect, it } from 'vitest';
import type { TraineeAction, TraineeActionType } from '../../src/clinic/trainee-action';
import type { AnyMachineSnapshot } from 'xstate';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { Session } from '../../src/session/session';
import { expertTrainee } from '../../src/trainees/expert-trainee';
import { noviceTrainee } from '../../src/trainees/novice-trainee';
import { actionForTask, expertTaskOrder, inboxItemFirst, type Move, type ScriptedTrainee } from '../../src/trainees/trainee';
import { availableWorkflowActions as listedBy, workflowById } from '../../src/workflows/workflows';
import { INTAKE_ACTION_SAMPLES } from '../../src/workflows/intake/intake.actions';
import { SCHEDULING_ACTION_SAMPLES } from '../../src/workflows/scheduling/scheduling.actions';
import { BILLING_ACTION_SAMPLES } from '../../src/workflows/billing/billing.actions';
import { bundledLibrary } from '../support/bundled-library';
import { SeededRandom } from '../../src/domain/random';

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
  it('carries on with the patient or the inbox item in hand exactly when the whole ranked list would, on every bundled scenario', () => {
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

/** A trainee who does each step as the expert would, but takes up the tasks in no order: any task the list offers, at random. */
function wanderingExpert(seed: number): ScriptedTrainee {
  const random = new SeededRandom(seed);
  return {
    name: `wandering expert ${seed}`,
    nextMove(session) {
      const tasks = session.available();
      if (tasks.length === 0) return null;
      const first = tasks.indexOf(random.pick(tasks));
      for (let offset = 0; offset < tasks.length; offset++) {
        const task = tasks[(first + offset) % tasks.length]!;
        const action = actionForTask(session, task);
        if (action && session.canAct(task.patientId, action)) return { patientId: task.patientId, action };
      }
      return null;
    },
  };
}

describe('inboxItemFirst', () => {
  it('holds an inbox item first only when the whole ranked list puts it first, in every state novices and a wandering expert reach on the days with an inbox', () => {
    let held = 0;
    let declined = 0;
    for (const scenario of library.filter((day) => (day.inbox ?? []).length > 0)) {
      for (const trainee of [noviceTrainee({ seed: 3, mistakeRate: 0.5 }), noviceTrainee({ seed: 11, mistakeRate: 0.5 }), wanderingExpert(5), wanderingExpert(7)]) {
        // Both leave items open, let the phone ring and keep patients waiting (the wandering expert also sends patients
        // ahead to be roomed, and to the ECG bed): the states the expert's shortcut must not misjudge.
        playChecking(scenario, trainee, (session) => {
          const first = expertTaskOrder(session, session.available(), null)[0];
          for (const item of scenario.inbox ?? []) {
            if (!inboxItemFirst(session, item.id)) {
              if (session.inboxSnapshot(item.id)?.matches({ open: 'working' }) === true) declined++;
              continue;
            }
            expect(first?.itemId, `${scenario.id} (${trainee.name}) at minute ${session.minute}: ${item.id}`).toBe(item.id);
            held++;
          }
        });
      }
    }
    expect(held).toBeGreaterThan(0);
    // Items in work behind something more pressing (another item in work, a standing order, the phone, the last half hour).
    expect(declined).toBeGreaterThan(0);
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
