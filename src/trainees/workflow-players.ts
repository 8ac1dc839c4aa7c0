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
import type { SeededRandom } from '../session/random';

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
export const WORKFLOW_PLAYERS: Readonly<Record<string, WorkflowPlayer>> = {};

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

/** Answers a ringing phone and closes the call; the front-desk workflow replaces this with its privacy-aware player. */
export const BASIC_PHONE_PLAYER: PhonePlayer = {
  expert: (view) => nextPhoneAction(view),
  novice: (view) => nextPhoneAction(view),
};

function nextPhoneAction(view: PhoneView): TraineeAction | null {
  if (view.snapshot.value === 'ringing') return { type: 'phone.answered', callId: view.callId };
  if (view.snapshot.value === 'inCall') return { type: 'phone.closed', callId: view.callId };
  return null;
}

/** The player the trainees use for phone calls. */
export const PHONE_PLAYER: PhonePlayer = BASIC_PHONE_PLAYER;
