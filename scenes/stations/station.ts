/**
 * What a station is: a small module that renders the work of one workflow (or of the
 * day's shared resources: rooming, the phone) into an HTML panel the floor opens, and
 * turns each of the trainee's inputs into one typed action.
 *
 * Stations are keyed by the id of the machine they serve (a workflow's id, or the day's
 * own); the list (`stations.ts`) holds one per workflow, keyed by the workflow's id.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { TraineeAction } from '../../src/clinic/trainee-action';
import type { ScenarioPatient } from '../../src/scenario/scenario.schema';
import type { DayView, PatientView } from '../../src/session/day-view';
import type { ActionOutcome, Session } from '../../src/session/session';

/** Who a station is opened for: a patient, a phone call, or an inbox item. */
export type StationTarget =
  | { readonly kind: 'patient'; readonly patientId: string }
  | { readonly kind: 'phone'; readonly callId: string }
  | { readonly kind: 'inbox'; readonly itemId: string };

/** What a station sees and can do. Rebuilt after every change of the day. */
export interface StationContext {
  readonly session: Session;
  readonly view: DayView;
  readonly target: StationTarget;
  /** The patient the station is for (the phone call's patient for a call), if any. */
  readonly patient: ScenarioPatient | null;
  readonly patientView: PatientView | null;
  /** The snapshot of the machine the station serves (a workflow, or the phone call). */
  readonly snapshot: AnyMachineSnapshot | undefined;
  /** True in practice mode when the scenario gives hints. */
  readonly hints: boolean;
  /** The trainee's reduced-motion setting: instruments show their end state instead of animating. */
  readonly reducedMotion: boolean;
  /** Sends one action for this target; a refused one is shown to the trainee as "Not now". */
  send(action: TraineeAction): ActionOutcome;
}

/** The panel a station renders into. */
export interface StationHost {
  /** The panel's body: the station owns its content. */
  readonly body: HTMLElement;
  /** Replaces the line under the panel's title. */
  setSubtitle(text: string): void;
  /** Takes down the news lines above the body that `settled` says the station has dealt with (an inbox item's arrival, once it is opened). */
  settleNews(settled: (line: string) => boolean): void;
  /** Closes the panel (and gives focus back to where it was). */
  close(): void;
}

/** An open station, told of every change of the day while it is open. */
export interface StationInstance {
  update(context: StationContext): void;
  dispose?(): void;
}

/** A station: the panel of one machine. */
export interface Station {
  /** The machine id it serves: its workflow's id, or one of the day's own. */
  readonly machineId: string;
  /** The panel's title, e.g. "Front desk". */
  readonly title: string;
  open(host: StationHost, context: StationContext): StationInstance;
}
