/**
 * The scenarios bundled with this build, as the title screen lists them, and the way in for
 * scenarios the trainee or instructor brings (a file, pasted text).
 *
 * Bundled scenarios are validated when the game is built: `scripts/bundled-scenarios-plugin.ts`
 * runs every `scenarios/*.yaml` file through the loader and checks that `scenario:check`
 * uses and ships what it gave as JSON, so starting a bundled day needs neither the YAML
 * parser nor the Zod schema. The production build fails on a broken
 * file; the development server lists it with its located problems instead.
 *
 * The loader itself is reached only through `import()` here (`loadScenarioLoader`,
 * `parseCustomScenario`, `buildScenarioCatalog`), so it ships in a chunk of its own that the
 * browser fetches the first time a custom scenario is read, never at startup.
 */
import type { ScenarioLoadResult } from '../src/scenario/scenario-loader';
import type { Scenario } from '../src/scenario/scenario.schema';

/**
 * The bundled scenario the title selects when the trainee has not played one on this page:
 * the orientation day (untimed, with hints), where a first visit should begin.
 */
export const ORIENTATION_SCENARIO_ID = 'first-day';

/** How hard an instructor rates a scenario (its `instructor.difficulty`). */
export type Difficulty = Scenario['instructor']['difficulty'];

/** The difficulties in the order the title lists them, with the words it shows. */
export const DIFFICULTY_LABELS: Readonly<Record<Difficulty, string>> = {
  introductory: 'Introductory',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};
const DIFFICULTY_ORDER: readonly Difficulty[] = ['introductory', 'intermediate', 'advanced'];

/** A scenario the trainee can start. */
export interface PlayableScenarioEntry {
  readonly kind: 'playable';
  readonly fileName: string;
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly patientCount: number;
  readonly difficulty: Difficulty;
  /** The validated scenario, ready to play. */
  readonly scenario: Scenario;
  /** The scenario's content hash (`scenarioContentHash`), which saved days and result files carry. */
  readonly contentHash: string;
}

/** A scenario file that failed to load, with each problem as `file:line:col path: message`. */
export interface BrokenScenarioEntry {
  readonly kind: 'broken';
  readonly fileName: string;
  readonly problems: readonly string[];
}

/** One line of the title screen's scenario list. */
export type ScenarioCatalogEntry = PlayableScenarioEntry | BrokenScenarioEntry;

/** The scenario loader module: `parseScenarioText`, `parseScenarioBytes`, `formatProblem` and the rest. */
export type ScenarioLoaderModule = typeof import('../src/scenario/scenario-loader');

/**
 * Loads the scenario loader (YAML parser, Zod schema, cross-field checks) in its own chunk.
 * The first call fetches it; later calls reuse the same module.
 */
export function loadScenarioLoader(): Promise<ScenarioLoaderModule> {
  return import('../src/scenario/scenario-loader');
}

/**
 * What loading one scenario file gave, with its problems already formatted: the form in which
 * the build plugin ships a bundled file, and the one step shared by every way in.
 */
export type ScenarioOutcome =
  | { readonly ok: true; readonly scenario: Scenario; readonly contentHash: string }
  | { readonly ok: false; readonly problems: readonly string[] };

/** A loader result with each problem formatted as `file:line:col path: message`. */
export function scenarioOutcome(result: ScenarioLoadResult, loader: Pick<ScenarioLoaderModule, 'formatProblem'>): ScenarioOutcome {
  return result.ok ? result : { ok: false, problems: result.problems.map(loader.formatProblem) };
}

/** The catalog entry of one loaded file. */
export function catalogEntry(fileName: string, outcome: ScenarioOutcome): ScenarioCatalogEntry {
  if (!outcome.ok) return { kind: 'broken', fileName, problems: outcome.problems };
  const { id, title, description, patients, instructor } = outcome.scenario;
  return {
    kind: 'playable',
    fileName,
    id,
    title,
    description,
    patientCount: patients.length,
    difficulty: instructor.difficulty,
    scenario: outcome.scenario,
    contentHash: outcome.contentHash,
  };
}

/**
 * Parses a scenario the trainee or instructor brings (a chosen file's text, pasted YAML or
 * JSON) into a catalog entry: playable, or broken with its located problems. Loads the
 * loader on first use.
 */
export async function parseCustomScenario(text: string, fileName: string): Promise<ScenarioCatalogEntry> {
  const loader = await loadScenarioLoader();
  return catalogEntry(fileName, scenarioOutcome(loader.parseScenarioText(text, fileName), loader));
}

/**
 * Parses scenario sources keyed by path (as `import.meta.glob` names them, with a leading
 * slash) into catalog entries, ordered by file name so the list is the same on every machine.
 * The bundled-scenarios build plugin runs this on each `scenarios/*.yaml` file.
 */
export async function buildScenarioCatalog(sources: Readonly<Record<string, string>>): Promise<ScenarioCatalogEntry[]> {
  const loader = await loadScenarioLoader();
  return Object.entries(sources)
    .map(([path, text]) => [path.replace(/^\//, ''), text] as const)
    .toSorted(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([fileName, text]) => catalogEntry(fileName, scenarioOutcome(loader.parseScenarioText(text, fileName), loader)));
}

/**
 * A bundled file as `scripts/bundled-scenarios-plugin.ts` ships it: its path relative to the
 * project root and what loading it gave.
 */
export interface BundledScenarioFile {
  readonly fileName: string;
  readonly outcome: ScenarioOutcome;
}

/** The catalog of the `scenarios/*.yaml` files bundled into this build, in file-name order. */
export function loadBundledScenarioCatalog(): ScenarioCatalogEntry[] {
  // `?scenario-entry` is answered by scripts/bundled-scenarios-plugin.ts with the validated file.
  const files = import.meta.glob<BundledScenarioFile>('/scenarios/*.yaml', {
    query: '?scenario-entry',
    import: 'default',
    eager: true,
  });
  return Object.values(files)
    .toSorted((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0))
    .map((file) => catalogEntry(file.fileName, file.outcome));
}

/**
 * The catalog as the title lists it: playable scenarios from the easiest (introductory
 * before intermediate before advanced, then fewer patients first, then by title), and the
 * files that could not be loaded after them, in their own order.
 */
export function byDifficulty(catalog: readonly ScenarioCatalogEntry[]): ScenarioCatalogEntry[] {
  const playable = catalog.filter((entry): entry is PlayableScenarioEntry => entry.kind === 'playable');
  const broken = catalog.filter((entry) => entry.kind === 'broken');
  const ordered = playable.toSorted(
    (a, b) =>
      DIFFICULTY_ORDER.indexOf(a.difficulty) - DIFFICULTY_ORDER.indexOf(b.difficulty) ||
      a.patientCount - b.patientCount ||
      (a.title < b.title ? -1 : a.title > b.title ? 1 : 0),
  );
  return [...ordered, ...broken];
}
