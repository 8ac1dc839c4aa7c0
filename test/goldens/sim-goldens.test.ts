/**
 * The golden outputs of `npm run sim -- <scenario> --trainee <name> --seed <n> --json` for
 * every bundled scenario: the expert on seed 1 and the novice on seeds 1 and 7. A change here
 * is a change of the game's judgement; when it is meant, rewrite the files with
 * `UPDATE_GOLDENS=1 npx vitest run test/goldens` and say in the commit which changed and why.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simSummaryText } from '../../src/cli/sim-summary';
import { scoreDay } from '../../src/scoring/score';
import { playDay, scriptedTrainee } from '../../src/trainees/play-day';
import type { TraineeName } from '../../src/trainees/trainee';
import { bundledLibrary } from '../support/bundled-library';

const GOLDENS = join(import.meta.dirname, 'sim');
const RUNS: readonly (readonly [TraineeName, number])[] = [
  ['expert', 1],
  ['novice', 1],
  ['novice', 7],
];

describe('the golden sim --json outputs', () => {
  describe.each(bundledLibrary().map((scenario) => [scenario.id, scenario] as const))('%s', (id, scenario) => {
    it.each(RUNS)('%s on seed %i prints its golden output', (trainee, seed) => {
      const session = playDay(scenario, scriptedTrainee(trainee, scenario, seed), { seed });
      const text = simSummaryText(id, seed, scoreDay(session.record()));
      session.dispose();
      const file = join(GOLDENS, `${id}.${trainee}.${seed}.json`);
      if (process.env.UPDATE_GOLDENS === '1') writeFileSync(file, text);
      expect(existsSync(file), `${file} is missing: write it with UPDATE_GOLDENS=1`).toBe(true);
      expect(text).toBe(readFileSync(file, 'utf8'));
    });
  });
});
