/**
 * The scenario module: the format (Zod schema), the loader with located problems, the
 * cross-field checks and the JSON Schema export.
 */
export * from './scenario.schema';
export {
  formatPath,
  formatProblem,
  MAX_ALIAS_COUNT,
  MAX_NESTING_DEPTH,
  MAX_SCENARIO_BYTES,
  parseScenarioBytes,
  parseScenarioText,
  type DataPath,
  type ScenarioLoadOptions,
  type ScenarioLoadResult,
  type ScenarioProblem,
} from './scenario-loader';
export {
  checkScenario,
  defaultScenarioReference,
  isValidNpi,
  toCheckableScenario,
  type CheckableScenario,
  type DiagnosisStatus,
  type ScenarioCheckProblem,
  type ScenarioReference,
} from './scenario-checks';
export { canonicalJson, scenarioContentHash, sha256Hex } from './content-hash';
export { SCENARIO_JSON_SCHEMA_PATH, scenarioJsonSchema, scenarioJsonSchemaText } from './scenario-json-schema';
