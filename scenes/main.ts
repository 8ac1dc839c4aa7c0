/**
 * The browser entry point: opens the browser's storage (or notes why it cannot), reads the
 * saved settings (none: a first visit) and any unfinished day, follows the page's address (an assignment link,
 * the instructor page), and shows the title screen (plain HTML: usable at once). Then, once
 * that screen has painted, it fetches Phaser and the first scenes and starts the game behind
 * it (`game.ts`): a slow laptop or a slow school network shows a usable title long before
 * the canvas is ready.
 */
import { ClinicApp } from './clinic-app';
import { panelsLayer } from './dom';
import { findLmsRuntime } from './lms/find-runtime';
import { findXapiLaunch } from './lms/find-xapi-launch';
import { Persistence } from './persistence/persistence';
import { showStorageNotice } from './persistence/storage-notice';
import { loadBundledScenarioCatalog } from './scenario-catalog';
import { defaultGameSettings } from './settings';
import { TitleScreen } from './title-screen';
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

  const screen = new TitleScreen(app);
  screen.show();
  await afterPaint();
  const { startGame } = await import('./game');
  startGame(app, screen, lms !== null);
}

/** The longest the game waits for the title screen's first paint before it loads anyway (a tab opened in the background paints no frames), ms. */
const PAINT_WAIT_MS = 200;

/** Resolves once the browser has painted what is on the page (or after `PAINT_WAIT_MS`). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = window.setTimeout(resolve, PAINT_WAIT_MS);
    requestAnimationFrame(() =>
      window.setTimeout(() => {
        window.clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

void main();
