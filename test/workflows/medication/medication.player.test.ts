import { describe, expect, it } from 'vitest';
import { scoreDay } from '../../../src/scoring/score';
import type { Scenario } from '../../../src/scenario/scenario.schema';
import { expertTrainee } from '../../../src/trainees/expert-trainee';
import { noviceTrainee } from '../../../src/trainees/novice-trainee';
import { playDay } from '../../../src/trainees/play-day';
import { bundledLibrary } from '../../support/bundled-library';
import { immunizationDay } from './medication-support';

const MEDICATION_RULE = /^(medication|immunization)\./;

function givesAVaccine(scenario: Scenario): boolean {
  return scenario.patients.some((patient) => patient.orders.some((order) => order.testId.endsWith('-vaccine')));
}

function medicationFindings(scenario: Scenario, trainee: 'expert' | number) {
  const player = trainee === 'expert' ? expertTrainee() : noviceTrainee({ seed: trainee, mistakeRate: scenario.novice.mistakeRate });
  const result = scoreDay(playDay(scenario, player, { seed: 1 }).record());
  return { result, findings: result.findings.filter((finding) => MEDICATION_RULE.test(finding.ruleId)) };
}

describe('the medication players', () => {
  const vaccineDays = bundledLibrary().filter(givesAVaccine);

  it('finds the bundled scenarios that give vaccines', () => {
    expect(vaccineDays.map((scenario) => scenario.id).sort()).toEqual(expect.arrayContaining(['billing-day', 'default-morning', 'externship-checkoff', 'flu-season']));
  });

  it.each(vaccineDays.map((scenario) => [scenario.id, scenario] as const))('the expert gives every vaccine of %s with no medication or immunization finding', (_, scenario) => {
    const { findings, result } = medicationFindings(scenario, 'expert');
    expect(findings.map((finding) => finding.message)).toEqual([]);
    expect(result.checksCount).toBeGreaterThan(0);
  });

  it('the expert passes the immunization day with every trap handled, above 95', () => {
    const { findings, result } = medicationFindings(immunizationDay(), 'expert');
    expect(findings).toEqual([]);
    expect(result.passed).toBe(true);
    expect(result.score.total).toBeGreaterThanOrEqual(95);
  });

  it('catches the novice on the immunization day with several seeds, at each of the beginner’s mistakes', () => {
    const day = immunizationDay();
    const caught = new Set<string>();
    for (const seed of [1, 3, 7, 11, 19]) {
      const { findings } = medicationFindings(day, seed);
      expect(findings.length, `seed ${seed}`).toBeGreaterThan(0);
      for (const finding of findings) caught.add(finding.ruleId);
    }
    expect([...caught]).toEqual(
      expect.arrayContaining([
        'medication.needle-length',
        'medication.angle',
        'immunization.vis-before-dose',
        'immunization.vis-edition',
        'immunization.record-lot',
        'medication.excursion-stock-given',
        'immunization.observation',
      ]),
    );
  });
});
