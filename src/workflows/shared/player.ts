/**
 * How a scripted trainee works inside a workflow: what a player sees and the dice the novice
 * rolls. Each workflow's descriptor carries its player; the trainees in `src/trainees/` ask
 * the player of the workflow a patient is in for the next action.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { Scenario, ScenarioPatient } from '../../scenario/scenario.schema';
import type { SeededRandom } from '../../domain/random';

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

/** A workflow's scripted play, choosing among its own actions. Returning null means: nothing to do here now. */
export interface WorkflowPlayer<Action extends { readonly type: string } = { readonly type: string }> {
  expert(view: PlayerView): Action | null;
  novice(view: PlayerView, dice: MistakeDice): Action | null;
}

/** What a phone player sees: the call's snapshot and the scenario. */
export interface PhoneView {
  readonly callId: string;
  readonly snapshot: AnyMachineSnapshot;
  readonly scenario: Scenario;
  readonly minute: number;
}

/** How the trainees handle a phone call. */
export interface PhonePlayer<Action extends { readonly type: string } = { readonly type: string }> {
  expert(view: PhoneView): Action | null;
  novice(view: PhoneView, dice: MistakeDice): Action | null;
}
