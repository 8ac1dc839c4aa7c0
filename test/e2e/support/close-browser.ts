/**
 * The e2e project's set-up file: after each test file, its shared Chromium
 * (`browser.ts`) is closed, so no browser outlives the file that launched it.
 */
import { afterAll } from 'vitest';
import { closeSharedBrowser } from './browser';

afterAll(closeSharedBrowser);
