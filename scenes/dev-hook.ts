/**
 * The test hook: `window.__clinic`, through which browser tests and a developer's console
 * reach the running game. It exists only in development and test builds; in the production
 * build `__CLINIC_TEST_HOOK__` is the literal `false` and this code is dropped.
 */
import type { Game } from 'phaser';
import type { Session } from '../src/session/session';
import type { ClinicApp } from './clinic-app';

/** What `window.__clinic` holds. */
export interface ClinicTestHook {
  readonly game: Game;
  /** The session of the day being played, or null on the title and debrief screens. */
  session(): Session | null;
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
  window.__clinic = { game, session: () => app.session };
}
