/**
 * Where a patient is in their visit: one name per stage, used alike by the encounter machine
 * (its state keys), the workflows (the stage each runs in), the screen and the not-now
 * messages.
 */
export const ENCOUNTER_STAGES = [
  'expected',
  'check-in',
  'waiting-for-room',
  'rooming',
  'ready-for-provider',
  'with-provider',
  'orders',
  'checkout',
  'billing',
  'done',
  'left-unseen',
  'no-show',
  'rebooked',
] as const;
/** One stage of an encounter. */
export type EncounterStage = (typeof ENCOUNTER_STAGES)[number];

/**
 * The stages in which the trainee works through a workflow: the encounter invokes, in each,
 * the workflows that name it as their stage (`src/workflows/workflows.ts`), one after
 * another in the list's order. The other stages belong to the day (waiting, the provider).
 */
export const WORKFLOW_STAGES = ['check-in', 'rooming', 'orders', 'checkout', 'billing', 'no-show'] as const satisfies readonly EncounterStage[];
/** A stage that runs workflows. */
export type WorkflowStage = (typeof WORKFLOW_STAGES)[number];
