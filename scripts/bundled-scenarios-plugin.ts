/**
 * A Vite plugin that validates the bundled scenarios at build time and ships them as JSON.
 *
 * `scenes/scenario-catalog.ts` imports every `scenarios/*.yaml` file with the query
 * `?scenario-entry`. For each such import this plugin runs the same loader and cross-field
 * checks as `npm run scenario:check` (`parseScenarioText`) and hands the browser what they
 * gave as JSON (a `BundledScenarioFile`): the YAML parser, the Zod scenario schema and the
 * checks are then not needed to start a bundled day.
 *
 * - `vite build`: a file with any problem fails the build, every problem located as
 *   `file:line:col path: message`.
 * - `vite` (the development server) and Vitest: a broken file ships as broken, so the title
 *   screen lists it with its problems while an author edits it, and the page reloads on save.
 *
 * The loader is TypeScript with extension-less imports, so it is run through Vite's module
 * runner (`runnerImport`) rather than bundled into the Vite configuration.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { runnerImport, type Plugin } from 'vite';
import type { BundledScenarioFile } from '../scenes/scenario-catalog';
import type * as ScenarioLoader from '../src/scenario/scenario-loader';

/** The query `loadBundledScenarioCatalog` globs the scenario files with. */
const QUERY_SUFFIX = '?scenario-entry';

/**
 * The JSON a file ships as. The scenario must come back from JSON exactly as the loader
 * gave it (no dates, no `undefined` values, no class instances), or the game would play a
 * different day from the one `scenario:check` validated.
 */
function fileJson(file: BundledScenarioFile): string {
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
  let loader: Promise<typeof ScenarioLoader> | undefined;
  const loadLoader = (): Promise<typeof ScenarioLoader> => {
    loader ??= runnerImport<typeof ScenarioLoader>(join(root, 'src/scenario/scenario-loader.ts'), {
      configFile: false,
      logLevel: 'warn',
    }).then((imported) => imported.module);
    return loader;
  };
  return {
    name: 'clinic-day:bundled-scenarios',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      failOnBroken = config.command === 'build';
    },
    load: {
      filter: { id: /\?scenario-entry$/ },
      async handler(id) {
        const path = id.slice(0, -QUERY_SUFFIX.length);
        this.addWatchFile(path);
        const fileName = relative(root, path).split('\\').join('/');
        const { parseScenarioText, formatProblem } = await loadLoader();
        const result = parseScenarioText(await readFile(path, 'utf8'), fileName);
        if (!result.ok && failOnBroken) {
          this.error(`bundled scenario ${fileName} has ${result.problems.length} problem(s):\n${result.problems.map(formatProblem).join('\n')}`);
        }
        const file: BundledScenarioFile = {
          fileName,
          outcome: result.ok ? { ok: true, scenario: result.scenario, contentHash: result.contentHash } : { ok: false, problems: result.problems.map(formatProblem) },
        };
        // JSON.parse of a string literal is quicker for the browser than the same object literal.
        return { code: `export default JSON.parse(${JSON.stringify(fileJson(file))});`, moduleType: 'js' };
      },
    },
  };
}
