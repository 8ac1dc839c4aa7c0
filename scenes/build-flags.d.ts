/**
 * Compile-time flags that `vite.config.ts` defines. Vite replaces each name with a literal,
 * so code behind a false flag is removed from the build.
 */

/** True in the development and test builds, false in production: gates `window.__clinic`. */
declare const __CLINIC_TEST_HOOK__: boolean;
