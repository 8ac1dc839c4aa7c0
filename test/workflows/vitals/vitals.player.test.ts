import { describe, expect, it } from 'vitest';
import { scoreDay } from '../../../src/scoring/score';
import type { Scenario } from '../../../src/scenario/scenario.schema';
import { expertTrainee } from '../../../src/trainees/expert-trainee';
import { noviceTrainee } from '../../../src/trainees/novice-trainee';
import { playDay } from '../../../src/trainees/play-day';
import { bundledLibrary } from '../../support/bundled-library';

const DEPTH_RULES = ['vitals.temperature-route', 'vitals.child-bp', 'vitals.orthostatic', 'vitals.orthostatic-safety'];

function depthFindings(scenario: Scenario, trainee: 'expert' | number) {
  const player = trainee === 'expert' ? expertTrainee() : noviceTrainee({ seed: trainee, mistakeRate: scenario.novice.mistakeRate });
  const result = scoreDay(playDay(scenario, player, { seed: 1 }).record());
  return result.findings.filter((finding) => DEPTH_RULES.includes(finding.ruleId));
}

describe('the vitals players, on the vitals depth', () => {
  const library = bundledLibrary();

  it.each(library.map((scenario) => [scenario.id, scenario] as const))('the expert earns none of the new vitals findings on %s', (_, scenario) => {
    expect(depthFindings(scenario, 'expert').map((finding) => finding.message)).toEqual([]);
  });

  it('catches the novice at each of the beginner’s vitals mistakes on some seed of the pediatrics, adult and chronic-care days', () => {
    const days = library.filter((scenario) => ['pediatrics', 'adult-morning', 'chronic-care'].includes(scenario.id));
    expect(days).toHaveLength(3);
    const caught = new Map<string, string>();
    for (const day of days) {
      for (const seed of [1, 2, 3, 5, 7]) for (const finding of depthFindings(day, seed)) caught.set(finding.ruleId, finding.message);
    }
    expect([...caught.keys()].sort()).toEqual([...DEPTH_RULES].sort());
    expect(caught.get('vitals.temperature-route')).toMatch(/had the temperature taken (in the ear|by mouth), a route not reliable at that age/);
    expect(caught.get('vitals.child-bp')).toMatch(/by the AAP 2017 tables|below the range for the age/);
  });
});
