/**
 * What the title lists of a scenario before anyone chooses it. The bundled-scenarios build
 * plugin ships this much of each bundled file with the page (`scenario-catalog.ts`); the
 * whole scenario comes in a chunk of its own when its day is chosen.
 */
import type { Scenario } from '../src/scenario/scenario.schema';

/** What the title lists of a scenario. */
export interface ScenarioSummary {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly patientCount: number;
  /** How many inbox items the day holds (results, messages, refills); 0 for a day without an inbox. The title lists them beside the patients. */
  readonly inboxCount: number;
  readonly difficulty: Scenario['instructor']['difficulty'];
  readonly day: Pick<Scenario['day'], 'start' | 'end'>;
  /** What the instructor says the day practises, most practised first: the debrief's "Practise next" points to a day by it. */
  readonly competencies: readonly string[];
  /**
   * Where the day has work (`workPlacesOf`: the floor, the stations its patients need, the
   * inbox), worked out at build time for a bundled day: "Practise next" names a day only if it
   * holds the work missed. Absent where not worked out (a scenario brought in by the trainee,
   * whose places the debrief works out from the loaded scenario).
   */
  readonly places?: readonly string[];
}

/** What the title lists of `scenario`. */
export function scenarioSummary(scenario: Scenario): ScenarioSummary {
  const { id, title, description, patients, instructor, day } = scenario;
  return { id, title, description, patientCount: patients.length, inboxCount: scenario.inbox?.length ?? 0, difficulty: instructor.difficulty, day: { start: day.start, end: day.end }, competencies: instructor.competencies };
}
