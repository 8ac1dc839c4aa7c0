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
  'standing-order',
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
 * `standing-order` runs, between rooming and the provider, the workflows a clinic's standing
 * order lets the MA do before the visit (the ECG for chest pain): each workflow that says it has
 * one for the patient (`Workflow.standingOrder`), whatever its own stage.
 */
export const WORKFLOW_STAGES = ['check-in', 'rooming', 'standing-order', 'orders', 'checkout', 'billing', 'no-show'] as const satisfies readonly EncounterStage[];
/** A stage that runs workflows. */
export type WorkflowStage = (typeof WORKFLOW_STAGES)[number];
