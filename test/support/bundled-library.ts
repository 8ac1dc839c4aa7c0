/** The bundled scenario library (`scenarios/*.yaml`), loaded for tests that play every scenario. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenarioText } from '../../src/scenario/scenario-loader';
import type { Scenario } from '../../src/scenario/scenario.schema';

const SCENARIOS_DIR = join(import.meta.dirname, '..', '..', 'scenarios');

/** Every bundled scenario, in file-name order; throws if one does not load. */
export function bundledLibrary(): Scenario[] {
  return readdirSync(SCENARIOS_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const loaded = parseScenarioText(readFileSync(join(SCENARIOS_DIR, name), 'utf8'), name);
      if (!loaded.ok) throw new Error(`${name} does not load`);
      return loaded.scenario;
    });
}
