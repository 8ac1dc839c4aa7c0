/**
 * The scenarios bundled with this build, as the title screen lists them.
 *
 * Every `scenarios/*.yaml` file is bundled as text and parsed with the same loader the
 * `scenario:check` command uses. A file that does not parse is listed with its located
 * problems instead of being dropped, so an instructor sees why a scenario is missing.
 */
import { formatProblem, parseScenarioText } from '../src/scenario/scenario-loader';
import type { Scenario } from '../src/scenario/scenario.schema';

/** A scenario the trainee can start. */
export interface PlayableScenarioEntry {
  readonly kind: 'playable';
  readonly fileName: string;
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly patientCount: number;
  /** The validated scenario, ready to play. */
  readonly scenario: Scenario;
}

/** A bundled file that failed to load, with each problem as `file:line:col path: message`. */
export interface BrokenScenarioEntry {
  readonly kind: 'broken';
  readonly fileName: string;
  readonly problems: readonly string[];
}

/** One line of the title screen's scenario list. */
export type ScenarioCatalogEntry = PlayableScenarioEntry | BrokenScenarioEntry;

/**
 * Parses scenario sources keyed by path (as `import.meta.glob` returns them) into catalog
 * entries, ordered by file name so the list is the same on every machine.
 */
export function buildScenarioCatalog(sources: Readonly<Record<string, string>>): ScenarioCatalogEntry[] {
  return Object.entries(sources)
    .map(([path, text]) => [path.replace(/^\//, ''), text] as const)
    .toSorted(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([fileName, text]): ScenarioCatalogEntry => {
      const result = parseScenarioText(text, fileName);
      if (!result.ok) {
        return { kind: 'broken', fileName, problems: result.problems.map(formatProblem) };
      }
      const { id, title, description, patients } = result.scenario;
      return { kind: 'playable', fileName, id, title, description, patientCount: patients.length, scenario: result.scenario };
    });
}

/** The catalog of the `scenarios/*.yaml` files bundled into this build. */
export function loadBundledScenarioCatalog(): ScenarioCatalogEntry[] {
  const sources = import.meta.glob<string>('/scenarios/*.yaml', {
    query: '?raw',
    import: 'default',
    eager: true,
  });
  return buildScenarioCatalog(sources);
}
