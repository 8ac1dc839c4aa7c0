/**
 * `npm run scenario:schema`: writes the scenario JSON Schema to `scenarios/scenario.schema.json`
 * so editors with the YAML language server autocomplete scenario files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { SCENARIO_JSON_SCHEMA_PATH, scenarioJsonSchemaText } from '../scenario/scenario-json-schema';

const target = resolve(process.cwd(), SCENARIO_JSON_SCHEMA_PATH);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, scenarioJsonSchemaText());
console.log(`Wrote the scenario JSON Schema to ${SCENARIO_JSON_SCHEMA_PATH}`);
