/**
 * Vite configuration for the Clinic Day browser build.
 *
 * - `base: './'` makes every URL in the build relative, so `dist/` runs from any static path
 *   (a sub-folder of a school's web server, an LMS package, a CDN prefix).
 * - `assets/` is the public directory: images and fonts that ship as they are.
 * - Phaser goes into a chunk of its own: it is most of the bytes and changes only when the
 *   engine is upgraded, so browsers keep it cached across game releases. The other
 *   libraries share a `vendor` chunk for the same reason.
 * - `__CLINIC_TEST_HOOK__` is true only in the development and test modes (`vite`,
 *   `vite build --mode test`); the production build compiles the test hook away.
 * - The xAPI client is bundled from its ES module build, not the UMD build its `browser`
 *   field names (`resolve.alias` below).
 * - Every build leaves out the reference data's provenance notes, which no screen shows
 *   (`scripts/source-notes-plugin.ts`); the development server and Vitest keep them.
 * - Every build (production and the browser tests' test build) has a service worker and a
 *   web app manifest for offline play and installing (`scripts/offline-plugin.ts`); the
 *   development server has none, and `CLINIC_SERVICE_WORKER=off` builds without.
 */
import { defineConfig, type ConfigEnv, type UserConfig } from 'vite';
import { bundledScenariosPlugin } from './scripts/bundled-scenarios-plugin.js';
import { contentSecurityPolicyPlugin } from './scripts/content-security-policy-plugin.js';
import { offlinePlugin } from './scripts/offline-plugin.js';
import { sourceNotesPlugin } from './scripts/source-notes-plugin.js';

/** Modes whose builds expose `window.__clinic` for browser tests and debugging. */
const TEST_HOOK_MODES: readonly string[] = ['development', 'test'];

/**
 * `npm start` opens a browser only where one can appear: a desktop session, not CI, not a
 * headless server (where `xdg-open` would fail); Vite prints the URL either way.
 */
function canOpenBrowser(): boolean {
  if (process.env.CI) return false;
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** The configuration for one Vite command and mode; `vitest.config.ts` builds on it. */
export function createViteConfig({ command, mode }: ConfigEnv): UserConfig {
  return {
    base: './',
    publicDir: 'assets',
    resolve: {
      // The xAPI client's `browser` field names its UMD build, which Vite would otherwise
      // prefer: the same code in a CommonJS wrapper, which drew Rolldown's interop helpers into
      // a chunk of their own. Its ES module build is what the package's `module` field names.
      alias: [{ find: /^@xapi\/xapi$/, replacement: '@xapi/xapi/dist/XAPI.esm.js' }],
    },
    plugins: [bundledScenariosPlugin(), sourceNotesPlugin(), contentSecurityPolicyPlugin(), offlinePlugin()],
    define: {
      __CLINIC_TEST_HOOK__: JSON.stringify(TEST_HOOK_MODES.includes(mode)),
    },
    server: {
      host: '127.0.0.1',
      open: command === 'serve' && mode === 'development' && canOpenBrowser(),
    },
    preview: {
      host: '127.0.0.1',
    },
    build: {
      // ES2022 runs natively in every current Chromium, Firefox and Safari.
      target: 'es2022',
      // Those browsers all preload modules natively (`<link rel="modulepreload">`), so the
      // build does not ship Vite's polyfill for it.
      modulePreload: { polyfill: false },
      // Phaser alone is about 1.3 MB minified; it is split out below, so only warn beyond that.
      chunkSizeWarningLimit: 1600,
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              { name: 'phaser', test: /node_modules[\\/]phaser[\\/]/, priority: 10 },
              // One chunk per other library, each loaded by whatever needs it first: XState with
              // the clinic day, Zod and YAML with the scenario loader, which the bundled
              // scenarios never need (see scripts/bundled-scenarios-plugin.ts).
              { name: 'xstate', test: /node_modules[\\/]xstate[\\/]/, priority: 5 },
              // Zod with the game's configuration of it (`src/scenario/zod.ts`, its English messages),
              // which every user of Zod imports: on its own it was a chunk of 0.1 kB.
              { name: 'zod', test: /node_modules[\\/]zod[\\/]|[\\/]src[\\/]scenario[\\/]zod\.ts$/, priority: 5 },
              { name: 'yaml', test: /node_modules[\\/]yaml[\\/]/, priority: 5 },
              // The bundled days' whole scenarios, together: the title starts with their
              // summaries, and the first day chosen fetches them all in one file, which
              // compresses better than thirteen (see scenes/scenario-catalog.ts).
              { name: 'scenarios', test: /\?scenario-entry$/, priority: 5 },
              // What the title needs at start-up stays in the entry's chunk: without this group, a
              // module the entry shares with later chunks (the settings) was split off into a
              // chunk of its own, one more file for the page to fetch before the title.
              { name: 'initial', tags: ['$initial'], priority: 4 },
            ],
          },
        },
      },
    },
  };
}

export default defineConfig(createViteConfig);
