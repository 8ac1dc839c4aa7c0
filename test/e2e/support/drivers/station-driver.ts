/**
 * What every station's driver shares: how the trainee driver (`../trainee-driver.ts`) hands
 * a station's driver the open panel, and the small ways of working its controls — found by
 * the station kit's `data-key` (a name for one control, `name:choice` for one of a group),
 * the same handles the stations use to keep keyboard focus across redraws.
 *
 * One driver per station, in this folder, named by the machine the station serves
 * (`drivers.ts` is the table); each knows only its own station's controls.
 */
import type { Locator, Page } from 'playwright-core';
import type { TraineeAction, TraineeActionType } from '../../../../src/clinic/trainee-action';
import type { Scenario, ScenarioPatient } from '../../../../src/scenario/scenario.schema';
import type { Session } from '../../../../src/session/session';

/** An accepted action as the page logged it. */
export interface PageEntry {
  readonly minute: number;
  readonly patientId: string | null;
  readonly action: TraineeAction;
}

/** What the driver reads of the page after each step. */
export interface PageState {
  readonly minute: number;
  readonly isOver: boolean;
  /** The log entries from the index asked for. */
  readonly entries: readonly PageEntry[];
  /** What the trainee can do now, in a comparable form (`taskSignature` in the trainee driver). */
  readonly tasks: string;
  /** Whether a station panel is open (the floor closes it when the patient moves on). */
  readonly stationOpen: boolean;
}

/** What a station shows: the `data-key` of each control, and the state of its fields and boxes. */
export interface StationLook {
  readonly keys: Set<string>;
  readonly checked: Map<string, boolean>;
  readonly values: Map<string, string>;
}

/**
 * The controls are worked from the keyboard, as the game allows for everything: a button
 * (or a summary) is focused and Enter pressed, a check box or radio button is toggled with
 * Space. (Besides being how a keyboard user plays, it spares the mouse's wait for a still
 * layout, which a page drawing Phaser scenes in software makes slow on a busy machine.)
 */
export async function activate(control: Locator): Promise<void> {
  await control.press('Enter');
}

/** A quoted attribute value for a CSS selector. */
export function quoted(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/** Looks at the station's controls in one go (reading the page, as the trainee's eyes do). */
export async function look(station: Locator): Promise<StationLook> {
  const rows = await station.evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>('[data-key]')].map((node) => {
      const box = node instanceof HTMLInputElement && (node.type === 'checkbox' || node.type === 'radio');
      const field = node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement || node instanceof HTMLSelectElement;
      return [node.dataset.key ?? '', box ? (node as HTMLInputElement).checked : null, field && !box ? (node as HTMLInputElement).value : null] as const;
    }),
  );
  const seen: StationLook = { keys: new Set(), checked: new Map(), values: new Map() };
  for (const [name, checked, value] of rows) {
    seen.keys.add(name);
    if (checked !== null) seen.checked.set(name, checked);
    if (value !== null) seen.values.set(name, value);
  }
  return seen;
}

/**
 * The open station and the ways of working it, for one action. `seen` is what the station
 * showed when the driver looked before filling it; the helpers skip a control that already
 * says what is wanted, as a trainee would.
 */
export interface StationHands {
  readonly page: Page;
  readonly station: Locator;
  readonly scenario: Scenario;
  /** The Node copy of the page's day, as it stands before the action. */
  readonly day: Session;
  readonly patientId: string | null;
  readonly patient: ScenarioPatient | undefined;
  readonly seen: StationLook;
  /** The control with this `data-key`. */
  key(name: string): Locator;
  /** Presses the control that sends the action, once, and returns the page once the action is logged (a press that logs nothing fails the test). */
  commit(control: Locator): Promise<PageState>;
  /** `commit` of the control with this `data-key`. */
  press(name: string): Promise<PageState>;
  /** Ticks or clears a check box (or radio button) with Space, unless it already is as wanted. */
  tick(name: string, wanted: boolean): Promise<void>;
  /** Chooses a radio button. */
  choose(name: string): Promise<void>;
  /** Types into a field, unless it already holds the value. */
  type(name: string, value: string): Promise<void>;
  /** Picks a select's option, unless it is already picked. */
  select(name: string, value: string): Promise<void>;
  /** Presses a step of the panel that only shows more (a question asked), if the station shows it. */
  askFirst(name: string): Promise<void>;
  /** Picks a slot in the appointment book named `book` (going to its date when the book turns) and books it with Enter. */
  bookSlot(book: RegExp, date: string, time: string): Promise<PageState>;
  /** Looks at the station again (after a step that redrew it). */
  lookAgain(): Promise<StationLook>;
}

/** How the driver works one station. */
export interface StationDriver {
  /** The actions the station sends with one button and nothing to fill: the button's `data-key`. */
  readonly plain: Readonly<Partial<Record<TraineeActionType, string>>>;
  /** Fills and presses the station's controls for `action`; null when this station has no way to say it. */
  express(hands: StationHands, action: TraineeAction): Promise<PageState | null>;
}
