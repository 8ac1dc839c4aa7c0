/**
 * `npm run bench:browser`: measures the built game in the system Chromium and prints the
 * figures beside their targets. It is a measurement, not a test: it exits 0 whatever the
 * figures are, and 1 only when it cannot measure.
 *
 * 1. Size: builds the game as shipped and prints each file's gzip size, what the page loads
 *    at startup (the HTML entry and its static imports) and what it loads later (`import()`:
 *    the day's code when a day starts, the scenario loader, the history and instructor
 *    pages). Issue 7's "everything but Phaser ≤ 150 kB" is printed against both figures,
 *    what the title screen needs at startup and every file but Phaser's, so neither hides
 *    the other.
 * 2. Title interactive: the time from navigation to the title being usable (a scenario
 *    radio enabled and visible, the "New day" button enabled), median of several cold loads
 *    of the production build.
 * 3. Frame time: the 95th-percentile time between animation frames at the busiest moment of
 *    the largest bundled scenario at 4×, beside an empty Phaser scene of the same canvas size
 *    built and measured in the same run. The busiest moment is where the expert trainee has
 *    the most patients on the floor; a test-mode build replays the expert's actions up to
 *    just before it through `window.__clinic`, then the real-time loop runs at 4× while
 *    `requestAnimationFrame` records the frame times.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Scenario } from '../src/scenario/scenario.schema';
import { replaySession, Session } from '../src/session/session';
import { GameSize, Ink } from '../scenes/theme';
import { CHROMIUM_FLAGS, chromiumPath } from '../test/e2e/support/browser';
import { buildGame, buildInto, kilobytes, measureBuild, PROJECT_ROOT, serveBuild, type BuiltFile, type ServedBuild } from './built-game';
import { clockTime, loadScenario, patientsOnFloor, playDayForPeak, replayInPage, startPausedDay, type PageDay, type PlayedDay } from './busy-day';

/** The targets of issue 7, printed beside the figures. */
const TARGETS = {
  startupKilobytes: 150,
  titleInteractiveMs: 2000,
  busyToEmptyRatio: 1.25,
} as const;

/** The largest bundled scenario: the most patients. */
const BUSY_SCENARIO_FILE = 'scenarios/flu-season.yaml';
const TITLE_RUNS = 7;
const FRAME_ROUNDS = 3;
/** The window property the page's recorder sets when the title is interactive. */
const TITLE_MARK = 'clinicTitleInteractiveMs';
const SPEED = 4;
const SETTLE_MS = 1000;
const MEASURE_MS = 5000;
const VIEWPORT = { width: 1280, height: 720 } as const;
const TIMEOUT_MS = 120_000;

/** The p-th percentile (nearest rank) of `values`. */
function percentile(values: readonly number[], p: number): number {
  const sorted = values.toSorted((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/**
 * tsx compiles this file with esbuild's `keepNames`, which wraps named functions in calls
 * to a `__name` helper; functions handed to the page (`addInitScript`, `evaluate`) carry
 * those calls with them, so the page gets a `__name` that does what esbuild's does.
 */
const KEEP_NAMES_SHIM = 'globalThis.__name = (target, value) => Object.defineProperty(target, "name", { value, configurable: true });';

/** A fresh browser context (a cold cache) at the bench's window size, ready for page functions. */
async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: KEEP_NAMES_SHIM });
  return context;
}

function median(values: readonly number[]): number {
  return percentile(values, 50);
}

function verdict(ok: boolean): string {
  return ok ? 'meets target' : 'MISSES target';
}

// ---------------------------------------------------------------- size

function total(list: readonly BuiltFile[]): number {
  return list.reduce((sum, file) => sum + file.gzipBytes, 0);
}

interface SizeFigures {
  /** Everything but Phaser that the page loads at startup, in kB. */
  readonly startupKb: number;
  /** Every file of the build but Phaser's, whenever it loads, in kB. */
  readonly allKb: number;
}

function printSizes(files: readonly BuiltFile[]): SizeFigures {
  const startup = files.filter((file) => file.atStartup);
  const phaser = files.filter((file) => file.phaser);
  const startupOthers = startup.filter((file) => !file.phaser);
  const later = files.filter((file) => !file.atStartup);
  console.log('Size (production build, gzip -9, 1 kB = 1000 bytes)');
  for (const file of files) {
    const when = file.atStartup ? 'startup' : 'later  ';
    console.log(`  ${when}  ${kilobytes(file.gzipBytes).padStart(9)}  (${kilobytes(file.bytes).padStart(10)} raw)  ${file.file}`);
  }
  const others = files.filter((file) => !file.phaser);
  const startupKb = total(startupOthers) / 1000;
  const allKb = total(others) / 1000;
  console.log(`  Phaser chunk:                       ${kilobytes(total(phaser))}`);
  console.log(`  everything else loaded at startup:  ${kilobytes(total(startupOthers))}   target <= ${TARGETS.startupKilobytes} kB: ${verdict(startupKb <= TARGETS.startupKilobytes)}`);
  console.log(`  loaded later (import()):            ${kilobytes(total(later))} in ${later.length} file(s)`);
  console.log(`  everything else, all files:         ${kilobytes(total(others))}   target <= ${TARGETS.startupKilobytes} kB: ${verdict(allKb <= TARGETS.startupKilobytes)}`);
  return { startupKb, allKb };
}

// ---------------------------------------------------------------- title interactive

/**
 * Runs in the page before its own scripts: records `performance.now()` (milliseconds since
 * navigation start) the first time the title is usable.
 */
function recordTitleInteractive(key: string): void {
  // Self-contained: Playwright sends this function's source to the page.
  const check = (): boolean => {
    if (Reflect.has(window, key)) return true;
    const radio = document.querySelector<HTMLInputElement>('input[type="radio"][name="scenario"]');
    const newDay = [...document.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent?.trim() === 'New day');
    const ready = radio && !radio.disabled && radio.checkVisibility() && newDay && !newDay.disabled && newDay.checkVisibility();
    if (!ready) return false;
    Reflect.set(window, key, performance.now());
    return true;
  };
  const observer = new MutationObserver(() => {
    if (check()) observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
  const frame = (): void => {
    if (!check()) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

interface TitleRun {
  readonly ms: number;
  /** The scripts and style sheets the page fetched before the title was interactive. */
  readonly fetched: readonly string[];
}

async function measureTitleOnce(browser: Browser, url: string): Promise<TitleRun> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('requestfinished', (request) => {
      if (['script', 'stylesheet', 'document'].includes(request.resourceType())) fetched.push(new URL(request.url()).pathname.replace(/^\//, '') || 'index.html');
    });
    await page.addInitScript(recordTitleInteractive, TITLE_MARK);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction((key) => Reflect.has(window, key), TITLE_MARK, { timeout: TIMEOUT_MS });
    const ms = await page.evaluate((key) => Number(Reflect.get(window, key)), TITLE_MARK);
    return { ms, fetched: [...fetched] };
  } finally {
    await context.close();
  }
}

async function measureTitle(browser: Browser, url: string, files: readonly BuiltFile[]): Promise<number> {
  const runs: TitleRun[] = [];
  for (let run = 0; run < TITLE_RUNS; run++) runs.push(await measureTitleOnce(browser, url));
  const times = runs.map((run) => run.ms);
  const result = median(times);
  console.log(`Title interactive (production build, ${TITLE_RUNS} cold loads, ms from navigation start)`);
  console.log(`  runs: ${times.map((ms) => ms.toFixed(0)).join(', ')}`);
  console.log(`  median: ${result.toFixed(0)} ms   target <= ${TARGETS.titleInteractiveMs} ms: ${verdict(result <= TARGETS.titleInteractiveMs)}`);
  const fetched = new Set(runs.flatMap((run) => run.fetched));
  const expected = files.filter((file) => file.atStartup).map((file) => file.file);
  const unexpected = [...fetched].filter((file) => !expected.includes(file));
  const missing = expected.filter((file) => !fetched.has(file));
  console.log(`  fetched before interactive: ${[...fetched].join(', ')}`);
  if (unexpected.length > 0 || missing.length > 0) {
    console.log(`  differs from the build's startup set: extra [${unexpected.join(', ')}], not fetched [${missing.join(', ')}]`);
  }
  return result;
}

// ---------------------------------------------------------------- frame times

/** Runs in the page: the times between animation frames over `durationMs`. */
function frameTimes(durationMs: number): Promise<number[]> {
  return new Promise((resolve) => {
    const deltas: number[] = [];
    requestAnimationFrame((start) => {
      let last = start;
      const frame = (now: number): void => {
        deltas.push(now - last);
        last = now;
        if (now - start < durationMs) requestAnimationFrame(frame);
        else resolve(deltas);
      };
      requestAnimationFrame(frame);
    });
  });
}

interface FrameSample {
  readonly p95: number;
  readonly median: number;
  readonly frames: number;
  readonly canvas: string;
}

async function sampleFrames(page: Page): Promise<FrameSample> {
  const deltas = await page.evaluate(frameTimes, MEASURE_MS);
  const box = await page.locator('canvas').first().boundingBox();
  return {
    p95: percentile(deltas, 95),
    median: median(deltas),
    frames: deltas.length,
    canvas: box ? `${Math.round(box.width)}×${Math.round(box.height)}` : 'no canvas',
  };
}

/** The busiest moment of the day, and the actions to replay before the measurement starts. */
interface BusiestMoment extends PlayedDay {
  readonly startMinute: number;
}

/**
 * Finds the busiest moment of the page's day: the most patients on the floor, whether the
 * expert works the day or nobody does (then patients pile up until they leave). Keeps the
 * actions logged before the measurement starts: the settle time and half the measured
 * window before the peak, so the window is centred on it.
 */
function findBusiestMoment(scenario: Scenario, day: PageDay): BusiestMoment {
  const expert = playDayForPeak(scenario, day, 'expert');
  const idle = playDayForPeak(scenario, day, 'idle');
  const busiest = idle.peakOnFloor > expert.peakOnFloor ? idle : expert;
  const minutesPerMs = SPEED / (scenario.timer.secondsPerMinute * 1000);
  const lead = Math.ceil((SETTLE_MS + MEASURE_MS / 2) * minutesPerMs);
  const first = Session.start(scenario, { seed: day.seed, settings: day.settings }).minute;
  const startMinute = Math.max(first, Math.floor(busiest.peakMinute) - lead);
  return { ...busiest, startMinute, log: busiest.log.filter((entry) => entry.minute < startMinute) };
}

async function measureBusyFloor(browser: Browser, url: string, scenario: Scenario): Promise<FrameSample & { onFloor: string }> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    await page.goto(url, { waitUntil: 'load' });
    const day = await startPausedDay(page, scenario.id);
    const busiest = findBusiestMoment(scenario, day);
    const reached = await replayInPage(page, busiest.log, busiest.startMinute);
    const atStart = replaySession(scenario, day.seed, day.settings, busiest.log);
    atStart.advanceTo(busiest.startMinute);
    await page.getByRole('button', { name: `Speed ${SPEED}×` }).click();
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.waitForTimeout(SETTLE_MS);
    const sample = await sampleFrames(page);
    const after = await page.evaluate(() => window.__clinic?.session()?.minute ?? -1);
    const onFloor =
      `peak ${busiest.peakOnFloor} patients on the floor at ${clockTime(busiest.peakMinute)} (${busiest.player === 'expert' ? 'expert trainee' : 'nobody acting'}); ` +
      `measured from ${clockTime(reached)} (${patientsOnFloor(atStart)} on the floor) to ${clockTime(after)}, ${busiest.log.length} actions replayed`;
    return { ...sample, onFloor };
  } finally {
    await context.close();
  }
}

/** Builds a page with one empty Phaser scene, configured as the game's canvas is. */
async function buildEmptyScenePage(): Promise<ServedBuild> {
  const root = await mkdtemp(join(tmpdir(), 'clinic-day-empty-scene-'));
  const outDir = join(root, 'dist');
  await writeFile(
    join(root, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Empty Phaser scene</title>
<style>html,body{margin:0;height:100%;overflow:hidden}#game{position:absolute;inset:0}</style></head>
<body><div id="game"></div><script type="module" src="./main.ts"></script></body></html>`,
  );
  await writeFile(
    join(root, 'main.ts'),
    `import { AUTO, Game, Scale, Scene } from 'phaser';
class EmptyScene extends Scene {
  constructor() { super('empty'); }
}
new Game({
  type: AUTO, parent: 'game', width: ${GameSize.width}, height: ${GameSize.height}, backgroundColor: '${Ink.sky}',
  banner: false, audio: { noAudio: true }, scale: { mode: Scale.FIT, autoCenter: Scale.CENTER_BOTH },
  scene: [new EmptyScene()],
});
`,
  );
  await buildInto(root, {
    root,
    configFile: false,
    base: './',
    resolve: { alias: { phaser: join(PROJECT_ROOT, 'node_modules/phaser/dist/phaser.esm.js') } },
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1600 },
  });
  const served = await serveBuild(outDir, root);
  return {
    ...served,
    async close() {
      await served.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

async function measureEmptyScene(browser: Browser, url: string): Promise<FrameSample> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('canvas').waitFor({ timeout: TIMEOUT_MS });
    await page.waitForTimeout(SETTLE_MS);
    return await sampleFrames(page);
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  console.log('Building the production build, the test build and the empty-scene page…');
  const productionDir = await buildGame('production');
  const files = await measureBuild(productionDir);
  const production = await serveBuild(productionDir);
  const test = await serveBuild(await buildGame('test'));
  const empty = await buildEmptyScenePage();
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_FLAGS] });
  try {
    console.log('');
    const { startupKb, allKb } = printSizes(files);
    console.log('');
    const titleMs = await measureTitle(browser, production.url, files);
    console.log('');
    const scenario = await loadScenario(BUSY_SCENARIO_FILE);
    // The machine may be busy with other work: alternate the two pages, several rounds.
    const rounds: { busy: FrameSample & { onFloor: string }; idle: FrameSample }[] = [];
    for (let round = 0; round < FRAME_ROUNDS; round++) {
      rounds.push({ busy: await measureBusyFloor(browser, test.url, scenario), idle: await measureEmptyScene(browser, empty.url) });
    }
    const busyP95 = median(rounds.map((round) => round.busy.p95));
    const idleP95 = median(rounds.map((round) => round.idle.p95));
    const ratio = busyP95 / idleP95;
    console.log(`Frame time (${FRAME_ROUNDS} rounds of ${MEASURE_MS / 1000} s of requestAnimationFrame each, ms between frames; load average ${loadavg().map((load) => load.toFixed(1)).join(' ')} on ${availableParallelism()} CPUs)`);
    console.log(`  busy floor: ${scenario.id} (${scenario.patients.length} patients) at ${SPEED}×, canvas ${rounds[0]?.busy.canvas}; empty Phaser scene, canvas ${rounds[0]?.idle.canvas}`);
    console.log(`    ${rounds[0]?.busy.onFloor}`);
    rounds.forEach(({ busy, idle }, index) => {
      console.log(
        `  round ${index + 1}: busy p95 ${busy.p95.toFixed(1)} ms (median ${busy.median.toFixed(1)}, ${busy.frames} frames); ` +
          `empty p95 ${idle.p95.toFixed(1)} ms (median ${idle.median.toFixed(1)}, ${idle.frames} frames)`,
      );
    });
    console.log(`  median p95: busy ${busyP95.toFixed(1)} ms, empty ${idleP95.toFixed(1)} ms; busy / empty = ${ratio.toFixed(2)}   target <= ${TARGETS.busyToEmptyRatio}: ${verdict(ratio <= TARGETS.busyToEmptyRatio)}`);
    console.log('');
    console.log('Summary (figure / target)');
    console.log(`  everything but Phaser at startup  ${startupKb.toFixed(1)} kB / <= ${TARGETS.startupKilobytes} kB   ${verdict(startupKb <= TARGETS.startupKilobytes)}`);
    console.log(`  everything but Phaser, all files  ${allKb.toFixed(1)} kB / <= ${TARGETS.startupKilobytes} kB   ${verdict(allKb <= TARGETS.startupKilobytes)}`);
    console.log(`  title interactive (median)        ${titleMs.toFixed(0)} ms / <= ${TARGETS.titleInteractiveMs} ms   ${verdict(titleMs <= TARGETS.titleInteractiveMs)}`);
    console.log(`  busy p95 / empty p95              ${ratio.toFixed(2)} / <= ${TARGETS.busyToEmptyRatio}   ${verdict(ratio <= TARGETS.busyToEmptyRatio)}`);
  } finally {
    await browser.close();
    await Promise.all([production.close(), test.close(), empty.close()]);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
