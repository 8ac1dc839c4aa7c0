/**
 * The browser entry point: opens the browser's storage (or notes why it cannot), reads the
 * saved settings (none: a first visit) and any unfinished day, follows the page's address (an assignment link,
 * the instructor page), then creates the Phaser game in `#game` at a logical 1280×720 that
 * scales to fit the window while keeping its proportions, and registers the scenes in the
 * order they run, each with the page's shared `ClinicApp`. On the standalone site, once the
 * title is on screen and the browser is idle, it registers the service worker for offline
 * play (`offline/offline-play.ts`).
 */
import { AUTO, Core, Game, Scale, Scenes } from 'phaser';
import { BootScene } from './boot-scene';
import { ClinicApp } from './clinic-app';
import { installDevHook } from './dev-hook';
import { panelsLayer } from './dom';
import { findLmsRuntime } from './lms/find-runtime';
import { findXapiLaunch } from './lms/find-xapi-launch';
import { Persistence } from './persistence/persistence';
import { showStorageNotice } from './persistence/storage-notice';
import { PreloadScene } from './preload-scene';
import { loadBundledScenarioCatalog } from './scenario-catalog';
import { defaultGameSettings } from './settings';
import { sleepWhileStill } from './still-loop';
import { GameSize } from './theme';
import { TitleScene } from './title-scene';

async function main(): Promise<void> {
  const catalog = loadBundledScenarioCatalog();
  // Inside an LMS (a SCORM package) the day in progress and the result go to the LMS; launched
  // by a cmi5 LMS, or from an assignment link that names a learning record store, the days
  // are reported over xAPI. Each adapter is fetched only then.
  const lms = findLmsRuntime(window);
  const xapi = lms ? null : findXapiLaunch(window.location.href);
  const persistence = lms
    ? await (await import('./lms/lms-persistence')).openLmsPersistence(lms, catalog, panelsLayer())
    : xapi
      ? (await (await import('./lms/xapi-persistence')).openXapiPersistence(xapi, panelsLayer())).persistence
      : await Persistence.open();
  // Said once, whether storage is missing from the start or fails later (a full quota).
  persistence.onProblem((problem) => showStorageNotice(panelsLayer(), problem));
  const stored = await persistence.loadSettings();
  const settings = stored ?? defaultGameSettings(window.matchMedia('(prefers-reduced-motion: reduce)').matches);
  const app = new ClinicApp(catalog, settings, persistence);
  // Stored settings mark a browser that has been here before; the first visit stores them,
  // so the title welcomes a newcomer (How to play, the orientation day) once.
  app.firstVisit = stored === null;
  if (app.firstVisit) void persistence.saveSettings(settings);
  await app.loadUnfinished();
  // A plain address opens the title; only a link that asks for something (a scenario, an
  // assignment, the instructor page) loads the code that reads it, with the assignment schema.
  const address = new URL(window.location.href);
  const plain = address.search === '' && address.hash === '';
  app.setLaunch(plain ? { kind: 'title', message: null, problems: [] } : await (await import('./instructor/assignment-launch')).launchFromAddress(app, address.href));

  const title = new TitleScene(app);
  const game = new Game({
    type: AUTO,
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

  // Offline play and updates, on the standalone site only, once the title can be used: its
  // code (and Workbox's) is fetched, and the worker precaches the whole site, only when the
  // browser is idle after the first screen, so neither competes with the game's start.
  const inLms = lms !== null;
  whenTitleShown(game, title, () =>
    whenIdle(async () => {
      const offline = await import('./offline/offline-play');
      if (offline.isStandaloneSite(document, inLms)) offline.registerOfflinePlay(panelsLayer(), { written: () => app.savesWritten(), canSave: () => app.persistence.problem === null });
    }),
  );
}

/** Runs `then` once, after the title scene has first drawn its screen (the picker, a briefing, the instructor page). */
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

void main();
