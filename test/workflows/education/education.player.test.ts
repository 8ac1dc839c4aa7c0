import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../../src/cli/scenario-file';
import type { Scenario } from '../../../src/scenario/scenario.schema';
import { scoreDay } from '../../../src/scoring/score';
import { expertTrainee } from '../../../src/trainees/expert-trainee';
import { noviceTrainee } from '../../../src/trainees/novice-trainee';
import { playDay } from '../../../src/trainees/play-day';
import { EDUCATION_RULES } from '../../../src/workflows/education/education.rules';
import { bundledLibrary } from '../../support/bundled-library';
import { educationDay, play, slipsOn, start, verdicts } from './education-support';

const EDUCATION_RULE = /^education\./;

function educationFindings(scenario: Scenario, trainee: 'expert' | number) {
  const player = trainee === 'expert' ? expertTrainee() : noviceTrainee({ seed: trainee, mistakeRate: scenario.novice.mistakeRate });
  const record = playDay(scenario, player, { seed: 1 }).record();
  const result = scoreDay(record);
  return { findings: result.findings.filter((finding) => EDUCATION_RULE.test(finding.ruleId)), checks: record.checks };
}

function bundled(id: string): Scenario {
  const loaded = readScenarioFile(id);
  if (!loaded.ok) throw new Error(`${id} does not load`);
  return loaded.scenario;
}

describe('the education players', () => {
  const educationDays = bundledLibrary().filter((scenario) => scenario.patients.some((patient) => patient.education !== undefined));

  it('finds the bundled scenarios whose plans call for education', () => {
    expect(educationDays.map((scenario) => scenario.id)).toEqual(expect.arrayContaining(['chronic-care', 'adult-morning']));
  });

  it.each(educationDays.map((scenario) => [scenario.id, scenario] as const))('the expert gives every patient of %s the plan’s education with no education finding', (_, scenario) => {
    const { findings, checks } = educationFindings(scenario, 'expert');
    expect(findings.map((finding) => finding.message)).toEqual([]);
    const patients = scenario.patients.filter((patient) => patient.education !== undefined).map((patient) => patient.id);
    expect([...new Set(checks.filter((check) => check.ruleId === 'education.given').map((check) => check.patientId))].sort()).toEqual(patients.sort());
  });

  it('the novice is caught by each education rule on some seed from 1 to 8 of the chronic-care day', () => {
    const caught = new Set<string>();
    for (let seed = 1; seed <= 8 && caught.size < EDUCATION_RULES.length; seed++) {
      for (const finding of educationFindings(bundled('chronic-care'), seed).findings) caught.add(finding.ruleId);
    }
    expect([...caught].sort()).toEqual(EDUCATION_RULES.map((rule) => rule.id).sort());
  });

  it('the novice who slips on the language takes the English leaflet for a patient who prefers Spanish', () => {
    // The dice for a leaflet are asked in order: the topic, the language, the version; then the question, then the teach-back.
    const started = start(educationDay(), 'spanish');
    const actions = play(started, slipsOn(2));
    expect(actions[0]).toEqual({ type: 'material.given', materialId: 'empagliflozin-en-standard' });
    expect(verdicts(started.journal).missed).toEqual(['education.match']);
  });

  it('the novice who slips on the topic takes a leaflet on the topic beside it and counts the plan’s topic done', () => {
    const started = start(educationDay(), 'plain');
    const actions = play(started, slipsOn(1));
    expect(actions).toEqual([
      { type: 'material.given', materialId: 'empagliflozin-en-standard' },
      { type: 'teach-back.asked', topic: 'empagliflozin' },
      { type: 'education.finished' },
    ]);
    expect(verdicts(started.journal).missed.sort()).toEqual(['education.given', 'education.match']);
  });

  it('the novice answers the question, skips the teach-back and the teaching again, where its dice say so', () => {
    const spanish = start(educationDay(), 'spanish');
    // 1–3 the first leaflet (no slip), 4 the question answered, 5 the teach-back skipped.
    play(spanish, slipsOn(4, 5));
    expect(verdicts(spanish.journal).missed.sort()).toEqual(['education.scope', 'education.teach-back']);
    const slow = start(educationDay(), 'slow');
    // 1–2 the first leaflet (an English patient: topic and version), 3 its teach-back; 4–5 the statin's leaflet, 6 its teach-back, 7 the teaching again skipped.
    play(slow, slipsOn(7));
    expect(verdicts(slow.journal).missed).toEqual(['education.teach-back']);
  });
});
