/**
 * The scenario format as a JSON Schema, for editors: a scenario file that starts with
 * `# yaml-language-server: $schema=./scenario.schema.json` gets completion and inline
 * validation of its structure (the cross-field checks need `npm run scenario:check`).
 */
import { z } from './zod';
import { ScenarioSchema } from './scenario.schema';

/** Where `npm run scenario:schema` writes the schema, relative to the project root. */
export const SCENARIO_JSON_SCHEMA_PATH = 'scenarios/scenario.schema.json';

/**
 * The JSON Schema (draft 2020-12) of a scenario file as written: fields with defaults are
 * optional (`io: 'input'`).
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ScenarioSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return {
    $schema,
    $id: 'https://clinic-day.invalid/scenario.schema.json',
    title: 'Clinic Day scenario',
    description: 'One clinic day for the Clinic Day game, as an instructor writes it (YAML or JSON). Run `npm run scenario:check` for the cross-field checks.',
    ...rest,
  };
}

/** The schema as the file's text: two-space JSON with a final newline. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
