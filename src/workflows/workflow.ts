/**
 * What every workflow machine shares: the input it is started with by the encounter, and
 * what it gives back. Each workflow folder exports its machine (with an `id`), its rules,
 * its action union and its `availableActions`; the encounter invokes the machine for its
 * stage, forwards to it the trainee's actions for that patient, and merges the machine's
 * output — its section of the chart — into the encounter's chart.
 *
 * A workflow's guards and its `availableActions` read only its snapshot (state and
 * context) and the event — never the clock or the day's bookings through `env`: the
 * session keeps their answers per snapshot, since the trainees ask before every move.
 */
import type { DayEnvironment } from '../domain/day-environment';
import type { EncounterChart } from '../domain/chart';
import type { Scenario, ScenarioPatient } from '../scenario/scenario.schema';

/** The input an encounter gives the workflow machine of a stage. */
export interface WorkflowInput {
  readonly scenario: Scenario;
  readonly patient: ScenarioPatient;
  readonly env: DayEnvironment;
  /** The chart as earlier stages left it. */
  readonly chart: EncounterChart;
}

/** What a workflow machine's final state outputs: its section of the chart. */
export type WorkflowOutput = Partial<EncounterChart>;

/** The stages of an encounter that have a workflow the trainee works through. */
export const STAGES = ['intake', 'vitals', 'specimen', 'scheduling', 'billing'] as const;
export type Stage = (typeof STAGES)[number];
