/**
 * The scenarios bundled with this build, as the title screen lists them, and the way in for
 * scenarios the trainee or instructor brings (a file, pasted text).
 *
 * Bundled scenarios are validated when the game is built: `scripts/bundled-scenarios-plugin.ts`
 * runs every `scenarios/*.yaml` file through the loader and checks that `scenario:check`
 * uses and ships what it gave as JSON, so starting a bundled day needs neither the YAML
 * parser nor the Zod schema. The page starts with each day's summary (what the title lists);
 * a day's whole scenario is a chunk of its own, fetched when the day is chosen
 * (`PlayableScenarioEntry.load`, kept by `ClinicApp.loadDay`). The production build fails on
 * a broken file; the development server lists it with its located problems instead.
 *
 * The loader itself is reached only through `import()` here (`loadScenarioLoader`,
 * `parseCustomScenario`, `buildScenarioCatalog`), so it ships in a chunk of its own that the
 * browser fetches the first time a custom scenario is read, never at startup.
 */
import { minutesOfDay } from '../src/scenario/clock-time';
import type { ScenarioLoadResult } from '../src/scenario/scenario-loader';
import type { Scenario } from '../src/scenario/scenario.schema';
import { scenarioSummary, type ScenarioSummary } from './scenario-summary';

/**
 * The bundled scenario the title selects when the trainee has not played one on this page:
 * the orientation day (untimed, with hints), where a first visit should begin.
 */
export const ORIENTATION_SCENARIO_ID = 'first-day';

/**
 * The bundled default day: the whole 08:00–17:00 day with lunch (`npm run sim` plays it
 * when no scenario is named), which a person can finish at 1× (its header gives the
 * measured pace figures).
 */
export const DEFAULT_DAY_SCENARIO_ID = 'whole-day';

/** The quick day beside the default: the short morning, which the title lists as "Quick". */
export const QUICK_SCENARIO_ID = 'default-morning';

/** How hard an instructor rates a scenario (its `instructor.difficulty`). */
export type Difficulty = Scenario['instructor']['difficulty'];

/** The difficulties in the order the title lists them, with the words it shows. */
export const DIFFICULTY_LABELS: Readonly<Record<Difficulty, string>> = {
  introductory: 'Introductory',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};
const DIFFICULTY_ORDER: readonly Difficulty[] = ['introductory', 'intermediate', 'advanced'];

/** Which part of a clinic day a scenario plays, as the title names it. */
export type DayPart = 'full-day' | 'morning' | 'afternoon' | 'part-day';

/** The words the title shows for each part of a day. */
export const DAY_PART_LABELS: Readonly<Record<DayPart, string>> = {
  'full-day': 'A full day',
  morning: 'A morning',
  afternoon: 'An afternoon',
  'part-day': 'Part of a day',
};

/** How long a scenario's day is on the clinic clock, and which part of a day it is. */
export interface DayLength {
  readonly part: DayPart;
  /** Opening and closing time, as the scenario gives them ("08:00", "17:00"). */
  readonly start: string;
  readonly end: string;
  readonly minutes: number;
}

/**
 * The length of a scenario's day: a full day runs across the lunch hour for at least eight
 * hours; a morning closes by 13:00; an afternoon opens at noon or later; anything else is
 * part of a day.
 */
export function dayLength(day: Pick<Scenario['day'], 'start' | 'end'>): DayLength {
  const start = minutesOfDay(day.start);
  const end = minutesOfDay(day.end);
  const minutes = end - start;
  const part: DayPart = start < 12 * 60 && end > 13 * 60 && minutes >= 8 * 60 ? 'full-day' : end <= 13 * 60 ? 'morning' : start >= 12 * 60 ? 'afternoon' : 'part-day';
  return { part, start: day.start, end: day.end, minutes };
}

/** The length as the title's list says it: "A full day, 08:00–17:00". */
export function dayLengthText(length: DayLength): string {
  return `${DAY_PART_LABELS[length.part]}, ${length.start}–${length.end}`;
}

/** A scenario the trainee can start. */
export interface PlayableScenarioEntry {
  readonly kind: 'playable';
  readonly fileName: string;
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly patientCount: number;
  /** The day's inbox items (`ScenarioSummary.inboxCount`). */
  readonly inboxCount: number;
  readonly difficulty: Difficulty;
  /** What the instructor says the day practises, most practised first (`instructor.competencies`). */
  readonly competencies: readonly string[];
  /** Where the day has work, for a bundled day (`ScenarioSummary.places`); absent for one brought in. */
  readonly places?: readonly string[];
  /** How long the day is, and whether it is a full day, a morning or an afternoon. */
  readonly length: DayLength;
  /**
   * The validated scenario, ready to play. A bundled one is fetched the first time (its
   * chunk), so the title starts with the summaries alone; later calls reuse it.
   */
  readonly load: () => Promise<Scenario>;
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

/** The playable entry of a scenario summarised as `summary`, whose whole scenario `load` gives. */
function playableEntry(fileName: string, summary: ScenarioSummary, contentHash: string, load: () => Promise<Scenario>): PlayableScenarioEntry {
  const { id, title, description, patientCount, inboxCount, difficulty, day, competencies, places } = summary;
  return { kind: 'playable', fileName, id, title, description, patientCount, inboxCount, difficulty, competencies, ...(places ? { places } : {}), length: dayLength(day), load, contentHash };
}

/** The catalog entry of one loaded file. */
export function catalogEntry(fileName: string, outcome: ScenarioOutcome): ScenarioCatalogEntry {
  if (!outcome.ok) return { kind: 'broken', fileName, problems: outcome.problems };
  const { scenario } = outcome;
  return playableEntry(fileName, scenarioSummary(scenario), outcome.contentHash, () => Promise.resolve(scenario));
}

/**
 * Parses a scenario the trainee or instructor brings (a chosen file's text, pasted YAML or
 * JSON): the scenario ready to play, or its located problems. Loads the loader on first use.
 */
export async function parseCustomScenario(text: string, fileName: string): Promise<ScenarioOutcome> {
  const loader = await loadScenarioLoader();
  return scenarioOutcome(loader.parseScenarioText(text, fileName), loader);
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

/** What the title needs of a bundled file, as the plugin ships it for start-up. */
export interface BundledScenarioSummaryFile {
  readonly fileName: string;
  readonly outcome: { readonly ok: true; readonly summary: ScenarioSummary; readonly contentHash: string } | { readonly ok: false; readonly problems: readonly string[] };
}

/**
 * The catalog of the `scenarios/*.yaml` files bundled into this build, in file-name order:
 * each file's summary comes with the page, its whole scenario in a chunk of its own, fetched
 * by the entry's `load` the first time the day is chosen.
 */
export function loadBundledScenarioCatalog(): ScenarioCatalogEntry[] {
  // Both queries are answered by scripts/bundled-scenarios-plugin.ts from the validated file.
  const summaries = import.meta.glob<BundledScenarioSummaryFile>('/scenarios/*.yaml', { query: '?scenario-summary', import: 'default', eager: true });
  const wholes = import.meta.glob<BundledScenarioFile>('/scenarios/*.yaml', { query: '?scenario-entry', import: 'default' });
  return Object.entries(summaries)
    .toSorted(([, a], [, b]) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0))
    .map(([path, file]): ScenarioCatalogEntry => {
      const { outcome } = file;
      if (!outcome.ok) return { kind: 'broken', fileName: file.fileName, problems: outcome.problems };
      const fetchWhole = wholes[path];
      if (fetchWhole === undefined) throw new Error(`${file.fileName}: the build has its summary but not the scenario`);
      let loading: Promise<Scenario> | null = null;
      const load = (): Promise<Scenario> => {
        loading ??= fetchWhole().then(
          (whole) => {
            if (!whole.outcome.ok) throw new Error(`${file.fileName}: ${whole.outcome.problems.join('; ')}`);
            return whole.outcome.scenario;
          },
          (error: unknown) => {
            // A failed fetch (the page went offline before the service worker had the chunk) may succeed later.
            loading = null;
            throw error;
          },
        );
        return loading;
      };
      return playableEntry(file.fileName, outcome.summary, outcome.contentHash, load);
    });
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
