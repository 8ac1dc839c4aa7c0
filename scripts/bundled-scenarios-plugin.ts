/**
 * A Vite plugin that validates the bundled scenarios at build time and ships them as JSON.
 *
 * `scenes/scenario-catalog.ts` imports every `scenarios/*.yaml` file twice: with the query
 * `?scenario-summary` at start-up, for what the title lists (a `BundledScenarioSummaryFile`),
 * and with `?scenario-entry` in a chunk of its own, fetched when that day is chosen (a
 * `BundledScenarioFile`, the whole scenario). For each import this plugin runs the same loader
 * and cross-field checks as `npm run scenario:check` (`parseScenarioText`) and hands the
 * browser what they gave as JSON: the YAML parser, the Zod scenario schema and the checks are
 * then not needed to start a bundled day, and the title needs none of the days' contents.
 *
 * - `vite build`: a file with any problem fails the build, every problem located as
 *   `file:line:col path: message`.
 * - `vite` (the development server) and Vitest: a broken file ships as broken, so the title
 *   screen lists it with its problems while an author edits it, and the page reloads on save.
 *
 * The loader and the catalog's summary are TypeScript with extension-less imports, so they
 * are run through Vite's module runner (`runnerImport`) rather than bundled into the Vite
 * configuration.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { runnerImport, type Plugin } from 'vite';
import type { BundledScenarioFile, BundledScenarioSummaryFile } from '../scenes/scenario-catalog';
import type * as ScenarioSummaries from '../scenes/scenario-summary';
import type * as ScenarioLoader from '../src/scenario/scenario-loader';
import type * as PractiseNext from '../src/scoring/practise-next';

/** The query that asks for a file's whole validated scenario (`BundledScenarioFile`). */
const ENTRY_QUERY = '?scenario-entry';
/** The query that asks for what the title lists of it (`BundledScenarioSummaryFile`). */
const SUMMARY_QUERY = '?scenario-summary';

/**
 * The JSON a file ships as. The scenario must come back from JSON exactly as the loader
 * gave it (no dates, no `undefined` values, no class instances), or the game would play a
 * different day from the one `scenario:check` validated.
 */
function fileJson(file: BundledScenarioFile | BundledScenarioSummaryFile): string {
  const json = JSON.stringify(file);
  if (!isDeepStrictEqual(JSON.parse(json), file)) {
    throw new Error(`${file.fileName}: the validated scenario does not survive a JSON round trip`);
  }
  return json;
}

/** The plugin; `vite.config.ts` adds it to every build, the development server and Vitest. */
export function bundledScenariosPlugin(): Plugin {
  let root = process.cwd();
  let failOnBroken = true;
  let modules: Promise<{ readonly loader: typeof ScenarioLoader; readonly summaries: typeof ScenarioSummaries; readonly practise: typeof PractiseNext }> | undefined;
  const load = <T>(file: string): Promise<T> => runnerImport<T>(join(root, file), { configFile: false, logLevel: 'warn' }).then((imported) => imported.module);
  const loadModules = (): Promise<{ readonly loader: typeof ScenarioLoader; readonly summaries: typeof ScenarioSummaries; readonly practise: typeof PractiseNext }> => {
    modules ??= Promise.all([
      load<typeof ScenarioLoader>('src/scenario/scenario-loader.ts'),
      load<typeof ScenarioSummaries>('scenes/scenario-summary.ts'),
      // Where each day has work, for "Practise next": worked out here, so the title's chunk needs none of the workflows.
      load<typeof PractiseNext>('src/scoring/practise-next.ts'),
    ]).then(([loader, summaries, practise]) => ({ loader, summaries, practise }));
    return modules;
  };
  return {
    name: 'clinic-day:bundled-scenarios',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      failOnBroken = config.command === 'build';
    },
    load: {
      filter: { id: [/\?scenario-entry$/, /\?scenario-summary$/] },
      async handler(id) {
        const summary = id.endsWith(SUMMARY_QUERY);
        const path = id.slice(0, -(summary ? SUMMARY_QUERY : ENTRY_QUERY).length);
        this.addWatchFile(path);
        const fileName = relative(root, path).split('\\').join('/');
        const { loader: { parseScenarioText, formatProblem }, summaries: { scenarioSummary }, practise: { workPlacesOf } } = await loadModules();
        const result = parseScenarioText(await readFile(path, 'utf8'), fileName);
        // Said once per file, by the summary that every build imports.
        if (!result.ok && failOnBroken && summary) {
          this.error(`bundled scenario ${fileName} has ${result.problems.length} problem(s):\n${result.problems.map(formatProblem).join('\n')}`);
        }
        let file: BundledScenarioFile | BundledScenarioSummaryFile;
        if (!result.ok) file = { fileName, outcome: { ok: false, problems: result.problems.map(formatProblem) } };
        else if (summary) file = { fileName, outcome: { ok: true, summary: { ...scenarioSummary(result.scenario), places: workPlacesOf(result.scenario) }, contentHash: result.contentHash } };
        else file = { fileName, outcome: { ok: true, scenario: result.scenario, contentHash: result.contentHash } };
        // JSON.parse of a string literal is quicker for the browser than the same object literal.
        return { code: `export default JSON.parse(${JSON.stringify(fileJson(file))});`, moduleType: 'js' };
      },
    },
  };
}
