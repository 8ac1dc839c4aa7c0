/**
 * How the scripted trainees work inside each workflow: for the workflow's current state,
 * the action the expert takes (right, complete, in protocol order) and the action the
 * novice takes (the same, or one of the typical mistakes, at the scenario's rate). Each
 * workflow issue teaches both trainees its workflow by adding its player here, by the
 * workflow machine's id.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { TraineeAction } from '../clinic/trainee-action';
import type { Scenario, ScenarioPatient } from '../scenario/scenario.schema';
import type { SeededRandom } from '../domain/random';
import { VITALS_PLAYER } from '../workflows/vitals/vitals.player';
import { SPECIMEN_PLAYER } from '../workflows/specimen/specimen.player';
import { BILLING_PLAYER } from '../workflows/billing/billing.player';
import { INTAKE_PLAYER } from '../workflows/intake/intake.player';
import { FRONT_DESK_PHONE_PLAYER, NO_SHOW_PLAYER, SCHEDULING_PLAYER } from '../workflows/scheduling/scheduling.player';

/** What a player sees: the workflow's snapshot, the patient (ground truth) and the clock. */
export interface PlayerView {
  readonly snapshot: AnyMachineSnapshot;
  readonly patient: ScenarioPatient;
  readonly scenario: Scenario;
  readonly minute: number;
}

/** The novice's dice: `slips()` is true when the novice makes the mistake at hand. */
export interface MistakeDice {
  readonly random: SeededRandom;
  slips(): boolean;
}

/** A workflow's scripted play. Returning null means: nothing to do here now. */
export interface WorkflowPlayer {
  expert(view: PlayerView): TraineeAction | null;
  novice(view: PlayerView, dice: MistakeDice): TraineeAction | null;
}

/** Each workflow's player, by its machine id. */
export const WORKFLOW_PLAYERS: Readonly<Record<string, WorkflowPlayer>> = {
  vitals: VITALS_PLAYER,
  specimen: SPECIMEN_PLAYER,
  billing: BILLING_PLAYER,
  intake: INTAKE_PLAYER,
  scheduling: SCHEDULING_PLAYER,
  'no-show': NO_SHOW_PLAYER,
};

/** What a phone player sees: the call's snapshot and the scenario. */
export interface PhoneView {
  readonly callId: string;
  readonly snapshot: AnyMachineSnapshot;
  readonly scenario: Scenario;
  readonly minute: number;
}

/** How the trainees handle a phone call. */
export interface PhonePlayer {
  expert(view: PhoneView): TraineeAction | null;
  novice(view: PhoneView, dice: MistakeDice): TraineeAction | null;
}

/** The player the trainees use for phone calls. */
export const PHONE_PLAYER: PhonePlayer = FRONT_DESK_PHONE_PLAYER;
