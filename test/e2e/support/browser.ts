/**
 * Opens the built game in the system Chromium (never a downloaded browser) and records
 * what a browser test checks besides the page itself: console errors, uncaught page
 * errors, and every request that leaves the page's own origin.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

/** Flags for headless Chromium in a container: no GPU (WebGL on SwiftShader), no background traffic. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-unsafe-swiftshader',
];

/** The Chromium the tests drive: `CHROMIUM_PATH`, else the Debian package's. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** A page of the game, open in its own browser context, with what it has recorded so far. */
export interface GamePage {
  readonly page: Page;
  /** Console messages of type `error` and uncaught exceptions, in order. */
  readonly consoleErrors: string[];
  /** Requests to any origin other than the page's (data: and blob: URLs never leave the browser). */
  readonly foreignRequests: string[];
  /** Closes the page and its browser context. Safe to call more than once. */
  close(): Promise<void>;
}

/** Options for `openGamePage`. */
export interface OpenGamePageOptions {
  readonly viewport?: { readonly width: number; readonly height: number };
  /** The CSS-to-device pixel ratio; 2 renders as a browser zoomed to 200 % would at half the width. */
  readonly deviceScaleFactor?: number;
  /** Milliseconds to wait for the page's `load` event. */
  readonly loadTimeoutMs?: number;
  /** Runs on the new page before it loads the game (e.g. to install Playwright's clock). */
  readonly beforeLoad?: (page: Page) => Promise<void>;
  /**
   * Whether the page may register the game's service worker. Blocked unless a test asks
   * (`test/e2e/offline.test.ts`): precaching the whole build in every test's fresh browser
   * would cost each test its start-up time and serve later loads from the cache.
   */
  readonly serviceWorkers?: 'allow' | 'block';
}

/**
 * The test file's Chromium, launched once and shared by its pages: each page gets its own
 * browser context (its own storage, IndexedDB, service workers and cookies), so pages stay
 * as apart as separate browsers while the file pays for one launch. Closed after the file
 * (`close-browser.ts`, the e2e project's set-up file); a browser that went away is launched again.
 */
let shared: Promise<Browser> | null = null;

function sharedBrowser(): Promise<Browser> {
  if (shared === null) {
    const launching = chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_FLAGS] });
    shared = launching.then((browser) => {
      browser.on('disconnected', () => {
        if (shared === launching) shared = null;
      });
      return browser;
    });
    launching.catch(() => {
      if (shared === launching) shared = null;
    });
  }
  return shared;
}

/** Closes the test file's Chromium, if one was launched. */
export async function closeSharedBrowser(): Promise<void> {
  const closing = shared;
  shared = null;
  await (await closing?.catch(() => null))?.close();
}

/** Starts recording in a new context of the file's Chromium, and loads `url`. */
export async function openGamePage(url: string, options: OpenGamePageOptions = {}): Promise<GamePage> {
  return recordAndLoad(await sharedBrowser(), url, options);
}

async function recordAndLoad(browser: Browser, url: string, options: OpenGamePageOptions): Promise<GamePage> {
  const context = await browser.newContext({
    viewport: { width: options.viewport?.width ?? 1280, height: options.viewport?.height ?? 720 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const origin = new URL(url).origin;
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];

  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => {
    consoleErrors.push(`uncaught: ${error.message}`);
  });
  context.on('request', (request) => {
    const requestUrl = new URL(request.url());
    if (requestUrl.protocol === 'data:' || requestUrl.protocol === 'blob:') return;
    if (requestUrl.origin !== origin) foreignRequests.push(request.url());
  });

  try {
    await options.beforeLoad?.(page);
    await page.goto(url, { waitUntil: 'load', timeout: options.loadTimeoutMs ?? 60_000 });
  } catch (error) {
    await context.close();
    throw error;
  }

  let closed = false;
  return {
    page,
    consoleErrors,
    foreignRequests,
    async close() {
      if (closed) return;
      closed = true;
      await context.close();
    },
  };
}
