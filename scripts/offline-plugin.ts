/**
 * Offline play and installing, for the standalone site: `vite-plugin-pwa` (its `generateSW`
 * strategy, through Workbox) writes a service worker, `sw.js`, that precaches every file of
 * the build (the game, Phaser, the bundled scenarios compiled into the game's chunks, the
 * art, the icons and `index.html`), and a web app manifest, `manifest.webmanifest`, which
 * `index.html` links.
 *
 * - The page registers the worker itself (`scenes/offline/offline-play.ts`, through the
 *   plugin's `virtual:pwa-register` and `workbox-window`), and only on the standalone site:
 *   never inside an LMS, and never from an LMS package (`scripts/package-lms.ts` leaves the
 *   worker and the manifest out). The plugin injects no registration script of its own.
 * - `registerType: 'prompt'`: a new version waits until the trainee chooses "Reload to
 *   update"; the game never reloads by itself in the middle of a day.
 * - `clientsClaim`: on the very first visit the page that installed the worker is controlled
 *   at once, so the day's chunks it loads later come through the worker too. No
 *   `skipWaiting`: an update only takes over when the trainee asks.
 * - Any navigation inside the site (`index.html?instructor`, an assignment link) is answered
 *   with the precached `index.html` when offline (`navigateFallback`).
 * - The development server has no worker (`devOptions` off): a worker would serve stale
 *   modules. `CLINIC_SERVICE_WORKER=off vite build` builds a site without one.
 *
 * Vite 8 builds with Rolldown; vite-plugin-pwa 2 supports it (its peer range is Vite 3 to 8,
 * and it registers its hooks with Rolldown's `filter` form). The worker itself is bundled by
 * `workbox-build` with its own Rollup, apart from the game's build, into the one file `sw.js`
 * with the Workbox runtime inside it (`inlineWorkboxRuntime`).
 */
import type { Plugin } from 'vite';
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';

/** The page colour of `scenes/styles.css` (`--page`): the installed game's splash screen. */
const PAGE_COLOUR = '#16191d';
/** The game's accent (`--accent`): the installed game's title bar. */
export const THEME_COLOUR = '#1f6f6a';

/**
 * The web app manifest. Every URL is relative to the manifest, which sits next to
 * `index.html`, so the installed game works from any static path, as the build does.
 * Chrome asks for a 192 and a 512 pixel icon (PNG, drawn from the favicon by
 * `scripts/app-icons.ts`); the SVG serves browsers that take any size.
 */
export const WEB_APP_MANIFEST: Partial<ManifestOptions> = {
  id: './',
  name: 'Clinic Day — medical assistant training',
  short_name: 'Clinic Day',
  description: "Practise a medical assistant's clinic day, from check-in to billing, and be scored with a debrief.",
  lang: 'en',
  start_url: './',
  scope: './',
  display: 'standalone',
  orientation: 'landscape',
  background_color: PAGE_COLOUR,
  theme_color: THEME_COLOUR,
  categories: ['education', 'medical'],
  icons: [
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  ],
};

/** The files of a build that make it an offline, installable site: an LMS package leaves them out. */
export const OFFLINE_FILES: readonly RegExp[] = [/^sw\.js(\.map)?$/, /^workbox-[\w-]+\.js(\.map)?$/, /^manifest\.webmanifest$/];

/** The service worker's file name in a build. */
export const SERVICE_WORKER_FILE = 'sw.js';

/** Whether this build gets a service worker: every build but one made with `CLINIC_SERVICE_WORKER=off`. */
export function serviceWorkerWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CLINIC_SERVICE_WORKER !== 'off';
}

/** The plugin, for `vite.config.ts`. */
export function offlinePlugin(): Plugin[] {
  return VitePWA({
    disable: !serviceWorkerWanted(),
    registerType: 'prompt',
    injectRegister: false,
    filename: SERVICE_WORKER_FILE,
    manifest: WEB_APP_MANIFEST,
    // The manifest's icons are precached by the `**/*` pattern below with everything else.
    includeManifestIcons: false,
    devOptions: { enabled: false },
    workbox: {
      // The worker as shipped whatever the build's mode: no Workbox debug logging.
      mode: 'production',
      // Every file of the build. Source maps (`npm run bench:bundle`) and Vite's own
      // manifest (`.vite/`) are for tools, never loaded by the game; the plugin lists the web
      // app manifest itself.
      globPatterns: ['**/*'],
      globIgnores: ['**/*.map', '.vite/**', 'manifest.webmanifest'],
      // Phaser's chunk is about 1.3 MB; the default limit of 2 MiB holds, but a bigger
      // Phaser must fail the build rather than silently be left out of the precache.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      navigateFallback: 'index.html',
      clientsClaim: true,
      skipWaiting: false,
      cleanupOutdatedCaches: true,
      // The Workbox runtime inside `sw.js` rather than in a `workbox-<hash>.js` beside it: one
      // file less to precache, and without the loader the two files need (0.5 kB gzip less).
      inlineWorkboxRuntime: true,
    },
  });
}
