import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/scenario/scenario.schema';
import { scoreDay } from '../../../src/scoring/score';
import { expertTrainee } from '../../../src/trainees/expert-trainee';
import { noviceTrainee } from '../../../src/trainees/novice-trainee';
import { playDay } from '../../../src/trainees/play-day';
import { ECG_RULES } from '../../../src/workflows/ecg/ecg.rules';
import type { EcgContext } from '../../../src/workflows/ecg/ecg.context';
import { bundledLibrary } from '../../support/bundled-library';
import { ecgDay, play, slipsOn, start, verdicts } from './ecg-support';

const ECG_RULE = /^ecg\./;

function ordersAnEcg(scenario: Scenario): boolean {
  return scenario.patients.some((patient) => patient.orders.some((order) => order.testId === 'ecg'));
}

function ecgFindings(scenario: Scenario, trainee: 'expert' | number, mistakeRate = scenario.novice.mistakeRate) {
  const player = trainee === 'expert' ? expertTrainee() : noviceTrainee({ seed: trainee, mistakeRate });
  const record = playDay(scenario, player, { seed: 1 }).record();
  const result = scoreDay(record);
  return { result, findings: result.findings.filter((finding) => ECG_RULE.test(finding.ruleId)), checks: record.checks };
}

describe('the ECG players', () => {
  const ecgDays = bundledLibrary().filter(ordersAnEcg);

  it('finds the bundled scenarios that order an ECG', () => {
    expect(ecgDays.map((scenario) => scenario.id)).toEqual(expect.arrayContaining(['billing-day', 'front-desk-trouble']));
  });

  it.each(ecgDays.map((scenario) => [scenario.id, scenario] as const))('the expert records every ECG of %s with no ECG finding', (_, scenario) => {
    const { findings, checks } = ecgFindings(scenario, 'expert');
    expect(findings.map((finding) => finding.message)).toEqual([]);
    expect(checks.some((check) => ECG_RULE.test(check.ruleId))).toBe(true);
  });

  it('the expert records the ECG day (a cold patient by a plugged-in device, an urgent tracing, one read elsewhere) with no ECG finding', () => {
    const { findings, result, checks } = ecgFindings(ecgDay(), 'expert');
    expect(findings).toEqual([]);
    expect(checks.filter((check) => check.ruleId === 'ecg.scope').map((check) => check.patientId).sort()).toEqual(['cold', 'plain', 'sent', 'urgent']);
    expect(result.findings.filter((finding) => finding.ruleId === 'escalation.unneeded-alert')).toEqual([]);
  });

  it('the novice is caught by each ECG rule on some seed', () => {
    const caught = new Set<string>();
    for (let seed = 1; seed <= 12 && caught.size < ECG_RULES.length; seed++) {
      for (const finding of ecgFindings(ecgDay(), seed, 0.5).findings) caught.add(finding.ruleId);
    }
    expect([...caught].sort()).toEqual(ECG_RULES.map((rule) => rule.id).sort());
  });

  it('the novice’s placement slips: V1 and V2 a space too high, V4 off the midclavicular line, the arm electrodes swapped', () => {
    // The novice's dice are asked, in order: hands, yes/no, explanation, RA, V1, V2, V4, then the patient data.
    const started = start(ecgDay(), 'plain');
    play(started, slipsOn(4, 5, 6, 7));
    const placements = (started.actor.getSnapshot().context as EcgContext).tracings[0]!.tracing.misplaced.map((m) => [m.electrode, m.placedAt]);
    expect(placements).toEqual([
      ['RA', { limb: 'left-arm' }],
      ['LA', { limb: 'right-arm' }],
      ['V1', { space: 3, line: 'right-sternal-border' }],
      ['V2', { space: 3, line: 'left-sternal-border' }],
      ['V4', { space: 5, line: 'anterior-axillary' }],
    ]);
    expect(verdicts(started.journal).missed).toEqual(expect.arrayContaining(['ecg.electrode-placement', 'ecg.limb-leads']));
  });

  it('the novice who misses the tremor hands the tremulous tracing over, routinely, and tells the patient it looks fine', () => {
    const started = start(ecgDay(), 'urgent');
    // Calls 1 to 8 are the preparation, placement and data slips, not made; then the tremor missed (9), the routine hand-over (10), the explanation to the patient (11).
    const actions = play(started, slipsOn(9, 10, 11));
    expect(actions).toContainEqual({ type: 'tracing.checked', artefact: 'none' });
    expect(actions).toContainEqual({ type: 'tracing.handed-over', urgency: 'routine' });
    expect(actions).toContainEqual({ type: 'tracing.explained-to-patient' });
    expect(verdicts(started.journal).missed).toEqual(expect.arrayContaining(['ecg.artefact', 'ecg.urgent-tracing', 'ecg.scope']));
  });

  it('the novice blind to the tremor stays blind on the patient’s later tracings: asked once, the tremor still reaches the provider after the swapped arms are fixed', () => {
    const started = start(ecgDay(), 'urgent');
    // Call 4 swaps the arm electrodes; call 9 is the tremor on the first tracing (missed); the next call (10) is the hand-over's urgency, so the tremor is not asked again.
    const actions = play(started, slipsOn(4, 9));
    const checks = actions.filter((action) => action.type === 'tracing.checked');
    expect(checks).toEqual([
      { type: 'tracing.checked', artefact: 'limb-leads-reversed' },
      { type: 'tracing.checked', artefact: 'none' },
    ]);
    expect(actions).toContainEqual({ type: 'tracing.handed-over', urgency: 'at-once' });
    expect(verdicts(started.journal).missed).toContain('ecg.artefact');
  });
});
