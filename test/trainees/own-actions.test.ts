/**
 * The scripted trainees' moves are the domain's own (`builtByDomain`): the session takes them
 * without reading them with their schema again. That holds only while every move a trainee
 * makes is one the schema reads to an equal copy, fields in the same order; this walk over the
 * bundled library checks it for the expert and the novice, and that the log keeps copies.
 */
import { describe, expect, it } from 'vitest';
import { parseTraineeAction } from '../../src/clinic/trainee-action';
import { builtByDomain, Session } from '../../src/session/session';
import { expertTrainee } from '../../src/trainees/expert-trainee';
import { playDay, scriptedTrainee } from '../../src/trainees/play-day';
import type { Move, ScriptedTrainee, TraineeName } from '../../src/trainees/trainee';
import { bundledLibrary } from '../support/bundled-library';

const RUNS: readonly (readonly [TraineeName, number])[] = [
  ['expert', 1],
  ['novice', 7],
];

describe("the scripted trainees' own actions", () => {
  describe.each(bundledLibrary().map((scenario) => [scenario.id, scenario] as const))('%s', (_id, scenario) => {
    it.each(RUNS)('the %s (seed %i) makes only moves its schema reads to an equal copy, and the log keeps copies', (name, seed) => {
      const trainee = scriptedTrainee(name, scenario, seed);
      const moves: Move[] = [];
      const watched: ScriptedTrainee = {
        name,
        nextMove: (session: Session) => {
          const move = trainee.nextMove(session);
          if (move) moves.push(move);
          return move;
        },
      };
      const session = playDay(scenario, watched, { seed });
      session.dispose();
      expect(moves.length).toBeGreaterThan(0);
      const unequal = moves.flatMap(({ action }) => {
        const parsed = parseTraineeAction(structuredClone(action));
        const same = parsed.ok && JSON.stringify(parsed.action) === JSON.stringify(action);
        return same ? [] : [`${action.type}: ${parsed.ok ? JSON.stringify(parsed.action) : parsed.problem.message} for ${JSON.stringify(action)}`];
      });
      expect(unequal).toEqual([]);
      const built = new Set<unknown>(moves.map((move) => move.action));
      expect(session.log.filter((entry) => built.has(entry.action))).toEqual([]);
    });
  });

  it("are copied into the log: the trainee's object stays its own, and changing it afterwards changes nothing", () => {
    const morning = bundledLibrary().find((scenario) => scenario.id === 'default-morning')!;
    const session = Session.start(morning, { seed: 1 });
    const move = expertTrainee().nextMove(session)!;
    expect(session.act(move.patientId, move.action).accepted).toBe(true);
    const logged = structuredClone(session.log[0]!.action);
    expect(session.log[0]!.action).not.toBe(move.action);
    expect(session.log[0]!.action).toEqual(move.action);
    (move.action as { type: string }).type = 'constructor';
    expect(session.log[0]!.action).toEqual(logged);
    session.dispose();
  });

  it('stand for the last action marked only: any other object is read with its schema', () => {
    const morning = bundledLibrary().find((scenario) => scenario.id === 'default-morning')!;
    const session = Session.start(morning, { seed: 1 });
    const patientId = session.available().find((task) => task.actions.includes('patient.greeted'))!.patientId!;
    const first = builtByDomain({ type: 'identity.asked', question: 'constructor', style: 'stated' } as never);
    expect(builtByDomain({ type: 'patient.greeted' })).toEqual({ type: 'patient.greeted' });
    expect(session.act(patientId, first)).toMatchObject({ accepted: false, problem: { field: 'question' } });
    expect(session.log).toEqual([]);
    session.dispose();
  });
});
