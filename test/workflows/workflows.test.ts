import { describe, expect, it } from 'vitest';
import { ACTION_COSTS, ACTION_LABELS, DAY_ACTION_COSTS, TRAINEE_ACTION_SAMPLES } from '../../src/clinic/trainee-action';
import { WORKFLOW_STAGES } from '../../src/domain/encounter-stage';
import { SOURCES } from '../../src/reference/source';
import { WORKFLOW_SWITCHES } from '../../src/scenario/scenario.schema';
import { RULES } from '../../src/scoring/rule-catalog';
import { WORKFLOW_MACHINES, WORKFLOWS, workflowsOfStage } from '../../src/workflows/workflows';

describe('WORKFLOWS', () => {
  it('gives each workflow the id of its machine', () => {
    for (const workflow of WORKFLOWS) expect(workflow.machine.id).toBe(workflow.id);
    expect(Object.keys(WORKFLOW_MACHINES)).toEqual(WORKFLOWS.map((workflow) => workflow.id));
  });

  it('has a switch for each of the scenario’s workflows: switches, in the same order', () => {
    expect(WORKFLOWS.flatMap((workflow) => (workflow.switch === null ? [] : [workflow.switch]))).toEqual([...WORKFLOW_SWITCHES]);
  });

  it('runs its workflows in each working stage of the encounter, and the ECG also on the standing order before the visit', () => {
    expect(Object.fromEntries(WORKFLOW_STAGES.map((stage) => [stage, workflowsOfStage(stage).map((workflow) => workflow.id)]))).toEqual({
      'check-in': ['intake'],
      rooming: ['vitals'],
      'standing-order': ['ecg'],
      orders: ['specimen', 'medication', 'ecg', 'education'],
      checkout: ['scheduling'],
      billing: ['billing'],
      'no-show': ['no-show'],
    });
  });

  it.each(WORKFLOWS.map((workflow) => [workflow.id, workflow] as const))('%s has one sample, one cost and one label for each of its actions', (_, workflow) => {
    const types = Object.keys(workflow.costs).sort();
    expect([...new Set(workflow.samples.map((sample) => sample.type))].sort()).toEqual(types);
    expect(Object.keys(workflow.labels).sort()).toEqual(types);
    for (const label of Object.values<string>(workflow.labels)) expect(label).toMatch(/^[A-Z]\S* \S/);
  });

  it('brings every workflow’s rules into the catalogue, once', () => {
    const catalogued = new Set(RULES.map((rule) => rule.id));
    for (const workflow of WORKFLOWS) for (const rule of workflow.rules) expect(catalogued).toContain(rule.id);
    const ids = WORKFLOWS.flatMap((workflow) => workflow.rules.map((rule) => rule.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('charges an action two workflows share the same in both', () => {
    for (const workflow of WORKFLOWS) {
      for (const [type, cost] of Object.entries(workflow.costs)) expect(ACTION_COSTS.get(type as never), `${workflow.id}: ${type}`).toBe(cost);
    }
  });
});

describe('ACTION_COSTS', () => {
  const types = [...new Set(TRAINEE_ACTION_SAMPLES.map((sample) => sample.type))].sort();

  it('has exactly one cost for every trainee action, and a label', () => {
    expect([...ACTION_COSTS.keys()].sort()).toEqual(types);
    for (const type of types) expect(ACTION_LABELS[type]).toMatch(/\S/);
    expect(Object.keys(DAY_ACTION_COSTS).every((type) => ACTION_COSTS.get(type as never) === DAY_ACTION_COSTS[type as keyof typeof DAY_ACTION_COSTS])).toBe(true);
  });

  it.each(types.map((type) => [type]))('charges %s a positive multiple of a quarter minute, with its source', (type) => {
    const cost = ACTION_COSTS.get(type)!;
    expect(cost.minutes).toBeGreaterThan(0);
    expect(Number.isInteger(cost.minutes * 4)).toBe(true);
    expect(Object.keys(SOURCES)).toContain(cost.source.id);
  });

  it('charges a blood pressure more than reading a thermometer', () => {
    expect(ACTION_COSTS.get('blood-pressure.measured')!.minutes).toBeGreaterThan(ACTION_COSTS.get('temperature.measured')!.minutes);
  });
});
