/**
 * The game on the canvas: creates Phaser's game in `#game` at a logical 1280×720 that scales
 * to fit the window while keeping its proportions, and registers the scenes in the order
 * they run (boot, the loading screen, the title scene behind the title screen). Loaded by
 * the page entry after the title screen is usable: Phaser is most of the game's bytes and
 * the first screen does not need it. On the standalone site, once the title scene has drawn
 * and the browser is idle, it registers the service worker for offline play
 * (`offline/offline-play.ts`).
 */
import { AUTO, CANVAS, Core, Game, Scale, Scenes } from 'phaser';
import { BootScene } from './boot-scene';
import type { ClinicApp } from './clinic-app';
import { installDevHook } from './dev-hook';
import { panelsLayer } from './dom';
import { PreloadScene } from './preload-scene';
import { chooseRenderer, webglRendererName } from './renderer-choice';
import { sleepWhileStill } from './still-loop';
import { GameSize } from './theme';
import { TitleScene } from './title-scene';
import type { TitleScreen } from './title-screen';

/** Starts the game behind the open title screen; `inLms`: launched by an LMS (no service worker then). */
export function startGame(app: ClinicApp, screen: TitleScreen, inLms: boolean): Game {
  const title = new TitleScene(app, screen);
  const renderer = chooseRenderer(location.search, webglRendererName(document));
  if (renderer.problem !== null) console.warn(`Clinic Day: ${renderer.problem}.`);
  const game = new Game({
    // WebGL on a GPU, the 2D canvas where WebGL would be drawn in software (`renderer-choice.ts`).
    type: renderer.choice === 'webgl' ? AUTO : CANVAS,
    parent: 'game',
    width: GameSize.width,
    height: GameSize.height,
    // The canvas is transparent: its CSS background (the sky colour, `styles.css`) shows
    // where a scene draws nothing, and the clinic floor puts its baked plan there, so each
    // frame draws only what moves (see `floor-art.ts`).
    transparent: true,
    banner: false,
    // The game's sounds are made with WebAudio by `SoundBoard`; Phaser's own audio stays off.
    audio: { noAudio: true },
    scale: {
      mode: Scale.FIT,
      autoCenter: Scale.CENTER_BOTH,
    },
    // The floor and debrief scenes come with the day's code, when the first day starts (`ClinicApp.loadDayKit`).
    scene: [new BootScene(), new PreloadScene(), title],
  });

  // The loop sleeps while the canvas is still (a title, a debrief, a floor behind a station).
  sleepWhileStill(game);
  installDevHook(game, app);

  // Offline play and updates, on the standalone site only, once the title has drawn: its
  // code (and Workbox's) is fetched, and the worker precaches the whole site, only when the
  // browser is idle after the first screen, so neither competes with the game's start.
  whenTitleShown(game, title, () =>
    whenIdle(async () => {
      const offline = await import('./offline/offline-play');
      if (offline.isStandaloneSite(document, inLms)) offline.registerOfflinePlay(panelsLayer(), { written: () => app.savesWritten(), canSave: () => app.persistence.problem === null });
    }),
  );
  return game;
}

/** Runs `then` once, after the title scene has first drawn. */
function whenTitleShown(game: Game, title: TitleScene, then: () => void): void {
  // A scene's events exist once the game has booted its scenes, which it does on READY
  // (the scene manager listens first, from the game's constructor).
  game.events.once(Core.Events.READY, () => title.events.once(Scenes.Events.CREATE, then));
}

/** The longest the registration waits for an idle moment before it goes ahead anyway (ms). */
const IDLE_TIMEOUT_MS = 5000;

/** Runs `work` when the browser is next idle (at the latest after `IDLE_TIMEOUT_MS`); where there is no `requestIdleCallback`, a moment later. */
function whenIdle(work: () => Promise<void>): void {
  const run = (): void => void work();
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  else window.setTimeout(run, 0);
}
