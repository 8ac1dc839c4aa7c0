/**
 * The scripted trainees' moves are the domain's own (`builtByDomain`): the session takes them
 * without reading them with their schema again. That holds only while every move a trainee
 * makes is one the schema reads to an equal copy, fields in the same order; this walk over the
 * bundled library checks it for the expert and the novice, and that each move is frozen.
 */
import { describe, expect, it } from 'vitest';
import { parseTraineeAction } from '../../src/clinic/trainee-action';
import { builtByDomain, Session } from '../../src/session/session';
import { playDay, scriptedTrainee } from '../../src/trainees/play-day';
import type { Move, ScriptedTrainee, TraineeName } from '../../src/trainees/trainee';
import { bundledLibrary } from '../support/bundled-library';

const RUNS: readonly (readonly [TraineeName, number])[] = [
  ['expert', 1],
  ['novice', 7],
];

describe("the scripted trainees' own actions", () => {
  describe.each(bundledLibrary().map((scenario) => [scenario.id, scenario] as const))('%s', (_id, scenario) => {
    it.each(RUNS)('the %s (seed %i) makes only moves its schema reads to an equal copy, each frozen', (name, seed) => {
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
        const same = parsed.ok && JSON.stringify(parsed.action) === JSON.stringify(action) && Object.isFrozen(action);
        return same ? [] : [`${action.type}: ${parsed.ok ? JSON.stringify(parsed.action) : parsed.problem.message} for ${JSON.stringify(action)}`];
      });
      expect(unequal).toEqual([]);
    });
  });

  it('are frozen copies: the object the trainee built stays its own, and the copy cannot be changed', () => {
    const built = { type: 'identity.asked', question: 'full-name', style: 'stated' } as const;
    const own = builtByDomain(built);
    expect(own).not.toBe(built);
    expect(own).toEqual(built);
    expect(Object.isFrozen(own)).toBe(true);
    expect(() => {
      (own as { question: string }).question = 'constructor';
    }).toThrow(TypeError);
    const nested = builtByDomain({ type: 'order.reviewed', testId: 'flu', extra: { list: [1, { deep: true }] } } as never) as unknown as { extra: { list: [number, { deep: boolean }] } };
    expect(Object.isFrozen(nested.extra.list[1])).toBe(true);
    const proto = builtByDomain(JSON.parse('{"type":"patient.greeted","__proto__":{"polluted":true}}') as never) as Record<string, unknown>;
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
    expect(Object.keys(proto)).toEqual(['type', '__proto__']);
  });
});
