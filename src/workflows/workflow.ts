/**
 * What every workflow machine shares: the input it is started with by the encounter, and
 * the shape of its trainee actions. Each workflow folder exports its machine, its rules and
 * its action union; the encounter invokes the machine for its stage and forwards to it the
 * trainee's actions for that patient.
 */
import type { DayEnvironment } from '../clinic/day-environment';
import type { Scenario, ScenarioPatient } from '../scenario/scenario.schema';

/** The input an encounter gives the workflow machine of a stage. */
export interface WorkflowInput {
  readonly scenario: Scenario;
  readonly patient: ScenarioPatient;
  readonly env: DayEnvironment;
}

/** The stages of an encounter that have a workflow the trainee works through. */
export const STAGES = ['intake', 'vitals', 'specimen', 'scheduling', 'billing'] as const;
export type Stage = (typeof STAGES)[number];
