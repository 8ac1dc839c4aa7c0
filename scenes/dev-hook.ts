/**
 * The test hook: `window.__clinic`, through which browser tests and a developer's console
 * reach the running game. It exists only in development and test builds; in the production
 * build `__CLINIC_TEST_HOOK__` is the literal `false` and this code is dropped.
 */
import type { Game } from 'phaser';
import type { TraineeAction } from '../src/clinic/trainee-action';
import type { ActionOutcome, Session } from '../src/session/session';
import type { ClinicApp } from './clinic-app';

/** What `window.__clinic` holds. */
export interface ClinicTestHook {
  readonly game: Game;
  /** The session of the day being played, or null on the title and debrief screens. */
  session(): Session | null;
  /**
   * Acts as the trainee through the day's runner, exactly as a station does (so the day
   * is saved after the action); refused when no day is being played.
   */
  act(patientId: string | null, action: TraineeAction): ActionOutcome;
  /** Untimed play: lets clinic time run to the next thing that happens, as "Next event" does. */
  nextEvent(): void;
  /** Redraws the floor from the day as it is now: after a test's set-up acted on `session()` directly. */
  refresh(): void;
  /** The part of the running clinic minute already gone on the running clock (0 when no day runs or it is untimed). */
  minuteFraction(): number;
  /** Resolves once every save asked for so far is written (or has failed). */
  saved(): Promise<void>;
  /** Why progress cannot be saved, or null while it can. */
  storageProblem(): string | null;
}

declare global {
  interface Window {
    /** Present only in development and test builds; see `scenes/dev-hook.ts`. */
    __clinic?: ClinicTestHook;
  }
}

/** Publishes the game on `window.__clinic` when the build allows a test hook; otherwise does nothing. */
export function installDevHook(game: Game, app: ClinicApp): void {
  if (!__CLINIC_TEST_HOOK__) return;
  window.__clinic = {
    game,
    session: () => app.session,
    act: (patientId, action) => app.runner?.act(patientId, action) ?? { accepted: false, reason: 'No day is being played.' },
    nextEvent: () => app.runner?.nextEvent(),
    refresh: () => app.runner?.refresh(),
    minuteFraction: () => app.runner?.minuteFraction ?? 0,
    saved: () => app.savesWritten(),
    storageProblem: () => app.persistence.problem,
  };
}
