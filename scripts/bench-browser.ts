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
 * 4. Input latency: from a trainee's key or click in a station to the next painted frame
 *    (the first task after the next animation frame), p95 over at least 50 presses, while the
 *    browser tests' trainee driver works the busiest moment with the expert's moves.
 *
 * Title, frame time and input latency are measured twice: as the machine runs, and with
 * Chromium's CPU throttled 4× through the DevTools protocol (`Emulation.setCPUThrottlingRate`),
 * a school Chromebook's slow CPU. Then one throttled pass at the busiest moment records where
 * the time goes: Chromium's sampling profiler (self time per function) and V8's precise
 * coverage call counts (how often each of the game's functions runs per clinic minute), on
 * an unminified test build so that the names read as in the source. The counters are the
 * protocol's, so nothing of them is built into the game. The load average of the machine is
 * printed with each figure: on a shared machine the figures move with it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import type { Scenario } from '../src/scenario/scenario.schema';
import { replaySession, Session } from '../src/session/session';
import { expertTrainee } from '../src/trainees/expert-trainee';
import { GameSize, Ink } from '../scenes/theme';
import { CHROMIUM_FLAGS, chromiumPath } from '../test/e2e/support/browser';
import { TraineeDriver } from '../test/e2e/support/trainee-driver';
import { buildGame, buildInto, kilobytes, measureBuild, PROJECT_ROOT, serveBuild, type BuiltFile, type ServedBuild } from './built-game';
import { clockTime, loadScenario, patientsOnFloor, playDayForPeak, replayInPage, startPausedDay, type PageDay, type PlayedDay } from './busy-day';

/** The targets of issue 21, printed beside the figures. */
const TARGETS = {
  /** JavaScript and CSS beside Phaser that the page loads at start-up. */
  startupKilobytes: 60,
  /** Every file beside Phaser's, whenever it loads. */
  allKilobytes: 300,
  titleInteractiveMs: 1000,
  titleInteractiveThrottledMs: 3000,
  /** Throttled: busy p95 against the empty scene's p95 in the same run. */
  busyToEmptyRatio: 1.25,
  /** Throttled: p95 from a press in a station to the next painted frame. */
  inputLatencyMs: 100,
} as const;

/** Chromium's CPU slow-down for the second column: a school Chromebook. */
const THROTTLE_RATE = 4;
/** The presses in stations the latency figure is taken over (at least). */
const LATENCY_PRESSES = 50;
/** The window property the page's latency recorder fills. */
const LATENCY_MARK = 'clinicInputLatencies';

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

/** The machine's load average now, for the line beside a figure. */
function load(): string {
  return `load average ${loadavg().map((value) => value.toFixed(1)).join(' ')} on ${availableParallelism()} CPUs`;
}

/** A throttled column's label. */
function rateLabel(rate: number): string {
  return rate === 1 ? 'unthrottled' : `CPU throttled ${rate}×`;
}

/** Slows the page's CPU `rate` times through the DevTools protocol (1: as the machine runs); returns the protocol session. */
async function throttle(page: Page, rate: number): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
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
  console.log(`  everything else, all files:         ${kilobytes(total(others))}   target <= ${TARGETS.allKilobytes} kB: ${verdict(allKb <= TARGETS.allKilobytes)}`);
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

async function measureTitleOnce(browser: Browser, url: string, rate: number): Promise<TitleRun> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await throttle(page, rate);
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

async function measureTitle(browser: Browser, url: string, files: readonly BuiltFile[], rate: number): Promise<number> {
  const runs: TitleRun[] = [];
  for (let run = 0; run < TITLE_RUNS; run++) runs.push(await measureTitleOnce(browser, url, rate));
  const times = runs.map((run) => run.ms);
  const result = median(times);
  const target = rate === 1 ? TARGETS.titleInteractiveMs : TARGETS.titleInteractiveThrottledMs;
  console.log(`Title interactive, ${rateLabel(rate)} (production build, ${TITLE_RUNS} cold loads, ms from navigation start; ${load()})`);
  console.log(`  runs: ${times.map((ms) => ms.toFixed(0)).join(', ')}`);
  console.log(`  median: ${result.toFixed(0)} ms   target <= ${target} ms: ${verdict(result <= target)}`);
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
  /** Phaser's renderer on the page: WebGL or the 2D canvas. */
  readonly renderer: string;
}

async function sampleFrames(page: Page): Promise<FrameSample> {
  const deltas = await page.evaluate(frameTimes, MEASURE_MS);
  const box = await page.locator('canvas').first().boundingBox();
  const renderer = await page.evaluate(() => {
    type Games = { __clinic?: { game: { renderer: { type: number } } }; __emptyGame?: { renderer: { type: number } } };
    const pages = globalThis as Games;
    const game = pages.__clinic?.game ?? pages.__emptyGame;
    // Phaser's renderer types: 1 is the 2D canvas, 2 is WebGL.
    return game?.renderer.type === 2 ? 'WebGL' : '2D canvas';
  });
  return {
    renderer,
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

/** A page paused at the busiest moment of the day, its CPU throttled `rate` times. */
interface BusyPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly cdp: CDPSession;
  readonly busiest: BusiestMoment;
  /** The clinic minute the page's day was brought to. */
  readonly reached: number;
  /** Patients on the floor then. */
  readonly onFloor: number;
}

/** Opens the test build, starts the day and brings it, paused, to just before its busiest moment. */
async function openBusyFloor(browser: Browser, url: string, scenario: Scenario, rate: number, initScripts: readonly { fn: (arg: string) => void; arg: string }[] = []): Promise<BusyPage> {
  const context = await newContext(browser);
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT_MS);
  for (const script of initScripts) await page.addInitScript(script.fn, script.arg);
  await page.goto(url, { waitUntil: 'load' });
  const day = await startPausedDay(page, scenario.id);
  const busiest = findBusiestMoment(scenario, day);
  const reached = await replayInPage(page, busiest.log, busiest.startMinute);
  const atStart = replaySession(scenario, day.seed, day.settings, busiest.log);
  atStart.advanceTo(busiest.startMinute);
  // Throttled only now: the set-up is not what is measured, and would take four times as long.
  const cdp = await throttle(page, rate);
  return { context, page, cdp, busiest, reached, onFloor: patientsOnFloor(atStart) };
}

/** Lets the busy floor's clock run at 4×, past the settle time. */
async function runFloor(page: Page): Promise<void> {
  await page.getByRole('button', { name: `Speed ${SPEED}×` }).click();
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.waitForTimeout(SETTLE_MS);
}

async function measureBusyFloor(browser: Browser, url: string, scenario: Scenario, rate: number): Promise<FrameSample & { onFloor: string }> {
  const { context, page, busiest, reached, onFloor: atStart } = await openBusyFloor(browser, url, scenario, rate);
  try {
    await runFloor(page);
    const sample = await sampleFrames(page);
    const after = await page.evaluate(() => window.__clinic?.session()?.minute ?? -1);
    const onFloor =
      `peak ${busiest.peakOnFloor} patients on the floor at ${clockTime(busiest.peakMinute)} (${busiest.player === 'expert' ? 'expert trainee' : 'nobody acting'}); ` +
      `measured from ${clockTime(reached)} (${atStart} on the floor) to ${clockTime(after)}, ${busiest.log.length} actions replayed`;
    return { ...sample, onFloor };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- input latency

/**
 * Runs in the page before its own scripts: for each trusted key press or pointer press in a
 * station panel, the milliseconds from the event to the next painted frame (the first task
 * after the next animation frame, when the frame has been handed to the compositor).
 */
function recordInputLatency(key: string): void {
  // Self-contained: Playwright sends this function's source to the page.
  const samples: number[] = [];
  // Each press's [from, to, what was pressed] on the page's clock, for the profile of the presses (`--profile-input`).
  const windows: [number, number, string][] = [];
  Reflect.set(window, key, samples);
  Reflect.set(window, `${key}Windows`, windows);
  const onPress = (event: Event): void => {
    if (!event.isTrusted || !(event.target instanceof Element) || event.target.closest('.station') === null) return;
    const pressed = event.timeStamp;
    const control = event.target.closest('button, input, select, textarea, [role], label') ?? event.target;
    const what = `${event.type === 'keydown' ? `${(event as KeyboardEvent).key} on ` : ''}${control.getAttribute('aria-label') ?? control.textContent ?? control.tagName}`.replace(/\s+/g, ' ').trim().slice(0, 60);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const now = performance.now();
        samples.push(now - pressed);
        windows.push([pressed, now, what]);
      };
      channel.port2.postMessage(null);
    });
  };
  addEventListener('keydown', onPress, true);
  addEventListener('pointerdown', onPress, true);
}

interface LatencySample {
  readonly p95: number;
  readonly median: number;
  readonly presses: number;
  readonly moves: number;
}

/** The trainee driver works the busiest moment with the expert's moves until at least `LATENCY_PRESSES` presses in stations are timed. */
async function measureInputLatency(browser: Browser, url: string, scenario: Scenario, rate: number): Promise<LatencySample> {
  const { context, page } = await openBusyFloor(browser, url, scenario, rate, [{ fn: recordInputLatency, arg: LATENCY_MARK }]);
  try {
    const driver = await TraineeDriver.attach(page, scenario);
    let presses = 0;
    const read = async (): Promise<number[]> => page.evaluate((key) => [...(Reflect.get(window, key) as number[])], LATENCY_MARK);
    const report = await driver.play(expertTrainee(), {
      until: () => presses >= LATENCY_PRESSES,
      maxSteps: 1_000,
      afterStep: async () => {
        presses = (await read()).length;
      },
    });
    // The last press's frame may still be on its way.
    await page.waitForTimeout(200);
    const latencies = await read();
    return { p95: percentile(latencies, 95), median: median(latencies), presses: latencies.length, moves: report.moves };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- where the time goes

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly hitCount?: number;
  readonly children?: readonly number[];
}

/** Chromium's sampling profile: the call tree, and which node each sample was in, with the microseconds between samples. */
interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

/** A stretch of samples with the main thread busy, back to back (one long task, or several with no idle time between). */
interface BusyStretch {
  readonly ms: number;
  /** The game's own functions running in it (any depth of the stack), by share of its samples. */
  readonly functions: readonly { readonly name: string; readonly share: number }[];
}

/**
 * The longest stretches of work in a profile, each with the game's functions that ran in it:
 * what takes a frame's time when a frame is late (a clock tick, a save, a redraw), where
 * the self-time table only says how much in all.
 */
function longestStretches(profile: CpuProfile, count: number): BusyStretch[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const stretches: { from: number; to: number; ids: number[] }[] = [];
  let open: { from: number; to: number; ids: number[] } | null = null;
  let time = profile.startTime;
  samples.forEach((id, index) => {
    time += deltas[index] ?? 0;
    if (byId.get(id)?.callFrame.functionName === '(idle)') {
      if (open) stretches.push(open);
      open = null;
      return;
    }
    open ??= { from: time, to: time, ids: [] };
    open.to = time;
    open.ids.push(id);
  });
  if (open) stretches.push(open);
  return stretches
    .sort((a, b) => b.to - b.from - (a.to - a.from))
    .slice(0, count)
    .map((stretch) => {
      const inStack = new Map<string, number>();
      for (const id of stretch.ids) {
        const names = new Set<string>();
        for (let node = byId.get(id); node; node = byId.get(parentOf.get(node.id) ?? -1)) {
          const name = gameFunctionName(node);
          if (name !== null) names.add(name);
        }
        for (const name of names) inStack.set(name, (inStack.get(name) ?? 0) + 1);
      }
      const functions = [...inStack]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([name, hits]) => ({ name, share: hits / Math.max(1, stretch.ids.length) }));
      return { ms: (stretch.to - stretch.from) / 1000, functions };
    });
}

interface CoverageFunction {
  readonly functionName: string;
  readonly ranges: readonly { readonly count: number }[];
}

interface CoverageScript {
  readonly url: string;
  readonly functions: readonly CoverageFunction[];
}

/** The short name of a script's URL: its file. */
function scriptName(url: string): string {
  return url === '' ? '(native)' : (url.split('/').at(-1) ?? url);
}

/** Call counts of each named function of the game's own chunks (not Phaser's, not a library's), by name and file. */
function callCounts(scripts: readonly CoverageScript[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const script of scripts) {
    const file = scriptName(script.url);
    if (!file.endsWith('.js') || /^(phaser|xstate|zod|yaml)-/.test(file)) continue;
    for (const fn of script.functions) {
      if (fn.functionName === '') continue;
      const name = `${fn.functionName}  (${file})`;
      counts.set(name, (counts.get(name) ?? 0) + (fn.ranges[0]?.count ?? 0));
    }
  }
  return counts;
}

/**
 * One throttled pass at the busiest moment with the profiler and the call counters on:
 * prints the functions with the most self time, and the game's functions that run most
 * often per clinic minute.
 */
async function profileBusyFloor(browser: Browser, url: string, scenario: Scenario): Promise<void> {
  const { context, page, cdp } = await openBusyFloor(browser, url, scenario, THROTTLE_RATE);
  try {
    await runFloor(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
    // Taking the coverage resets V8's counters: the second take below holds the calls since this one.
    await cdp.send('Profiler.takePreciseCoverage');
    const fromMinute = await page.evaluate(() => window.__clinic?.session()?.minute ?? 0);
    await cdp.send('Profiler.start');
    await page.waitForTimeout(MEASURE_MS);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    const after = callCounts(((await cdp.send('Profiler.takePreciseCoverage')) as { result: CoverageScript[] }).result);
    const toMinute = await page.evaluate(() => window.__clinic?.session()?.minute ?? 0);
    await cdp.send('Profiler.stopPreciseCoverage');

    const selfHits = new Map<string, number>();
    let hits = 0;
    for (const node of profile.nodes) {
      const count = node.hitCount ?? 0;
      hits += count;
      const name = `${node.callFrame.functionName || '(anonymous)'}  (${scriptName(node.callFrame.url)})`;
      selfHits.set(name, (selfHits.get(name) ?? 0) + count);
    }
    const wallMs = (profile.endTime - profile.startTime) / 1000;
    console.log(`Where the time goes: busy floor at ${SPEED}×, ${rateLabel(THROTTLE_RATE)}, unminified test build, ${(wallMs / 1000).toFixed(1)} s profiled (${load()})`);
    console.log('  self time (share of the profiler\'s samples), the top 15:');
    for (const [name, count] of [...selfHits].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
      console.log(`    ${((100 * count) / Math.max(1, hits)).toFixed(1).padStart(5)} %  ${name}`);
    }
    console.log('  the longest stretches of work back to back, with the game\'s functions in them (share of the stretch\'s samples, at any depth):');
    for (const stretch of longestStretches(profile, 6)) {
      const named = stretch.functions.map((fn) => `${fn.name} ${(100 * fn.share).toFixed(0)} %`).join(', ');
      console.log(`    ${stretch.ms.toFixed(1).padStart(7)} ms  ${named === '' ? 'Phaser and the browser only' : named}`);
    }
    const minutes = Math.max(1, toMinute - fromMinute);
    console.log(`  calls per clinic minute of the game's own functions (${minutes} clinic minutes counted), the top 20:`);
    const rows = [...after].filter(([, count]) => count > 0);
    for (const [name, count] of rows.sort((a, b) => b[1] - a[1]).slice(0, 20)) {
      console.log(`    ${(count / minutes).toFixed(1).padStart(9)}  ${name}`);
    }
  } finally {
    await context.close();
  }
}

/** One event of a Chromium trace (the fields read here). */
interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string };
}

/** A game function's name and chunk, or null for Phaser's, a library's, the browser's and anonymous ones. */
function gameFunctionName(node: ProfileNode): string | null {
  const file = scriptName(node.callFrame.url);
  if (!file.endsWith('.js') || /^(phaser|xstate|zod|yaml)-/.test(file) || node.callFrame.functionName === '') return null;
  return `${node.callFrame.functionName}  (${file})`;
}

/**
 * `npm run bench:browser -- --profile-input`: one throttled pass of the input-latency
 * sequence with the profiler on, counting only the samples that fall between a press in a
 * station and its painted frame: what one press costs, by function (self time, and the
 * game's functions at any depth of the stack: the action in the domain, the view, the
 * score, the station's redraw, the HUD).
 */
async function profileInput(browser: Browser, url: string, scenario: Scenario): Promise<void> {
  const { context, page, cdp } = await openBusyFloor(browser, url, scenario, THROTTLE_RATE, [{ fn: recordInputLatency, arg: LATENCY_MARK }]);
  try {
    const driver = await TraineeDriver.attach(page, scenario);
    // The browser's own work (style, layout, paint) shows in the profile as "(program)": the trace names it.
    const traceEvents: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (data) => traceEvents.push(...(data.value as unknown as TraceEvent[])));
    const traced = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'], excludedCategories: ['*'] } });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
    // The page's clock when the profile started (a little late: the round trip), to place the presses in the profile.
    const pageAtStart = await page.evaluate(() => performance.now());
    let presses = 0;
    const read = async (): Promise<number[]> => page.evaluate((key) => [...(Reflect.get(window, key) as number[])], LATENCY_MARK);
    await driver.play(expertTrainee(), {
      until: () => presses >= LATENCY_PRESSES,
      maxSteps: 1_000,
      afterStep: async () => {
        presses = (await read()).length;
      },
    });
    await page.waitForTimeout(200);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    await cdp.send('Tracing.end');
    await traced;
    const latencies = await read();
    const windows = (await page.evaluate((key) => Reflect.get(window, `${key}Windows`) as [number, number, string][], LATENCY_MARK)).toSorted((a, b) => a[0] - b[0]);
    // Per press: the game's functions at any depth of the stack, for the slowest presses.
    const perPress = windows.map(() => new Map<string, number>());
    const offsetMs = profile.startTime / 1000 - pageAtStart;
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parentOf = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    let inWindows = 0;
    let busy = 0;
    let time = profile.startTime;
    let next = 0;
    const samples = profile.samples ?? [];
    samples.forEach((id, index) => {
      const delta = (profile.timeDeltas?.[index + 1] ?? 0) / 1000;
      time += profile.timeDeltas?.[index] ?? 0;
      const at = time / 1000 - offsetMs;
      while (next < windows.length && windows[next]![1] < at) next += 1;
      const open = windows[next];
      if (!open || at < open[0]) return;
      inWindows += delta;
      const leaf = byId.get(id);
      if (!leaf || leaf.callFrame.functionName === '(idle)') return;
      busy += delta;
      const leafName = `${leaf.callFrame.functionName || '(anonymous)'}  (${scriptName(leaf.callFrame.url)})`;
      self.set(leafName, (self.get(leafName) ?? 0) + delta);
      const names = new Set<string>();
      for (let node: ProfileNode | undefined = leaf; node; node = byId.get(parentOf.get(node.id) ?? -1)) {
        const name = gameFunctionName(node);
        if (name !== null) names.add(name);
      }
      for (const name of names) {
        inclusive.set(name, (inclusive.get(name) ?? 0) + delta);
        perPress[next]!.set(name, (perPress[next]!.get(name) ?? 0) + delta);
      }
    });
    const count = Math.max(1, windows.length);
    console.log(`Where a press's time goes: ${windows.length} presses in stations at the busiest moment, ${rateLabel(THROTTLE_RATE)}, unminified test build (${load()})`);
    console.log(`  latency p95 ${percentile(latencies, 95).toFixed(1)} ms, median ${median(latencies).toFixed(1)} ms; per press ${(inWindows / count).toFixed(1)} ms from press to paint, of it ${(busy / count).toFixed(1)} ms of the main thread's work sampled`);
    console.log('  self time per press (ms), the top 20:');
    for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`    ${(ms / count).toFixed(2).padStart(7)}  ${name}`);
    console.log("  the game's functions at any depth of the stack, time per press (ms), the top 30:");
    for (const [name, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`    ${(ms / count).toFixed(2).padStart(7)}  ${name}`);
    console.log("  the slowest presses (ms from press to paint), each with the game's functions that took longest in it:");
    const slowest = windows.map(([from, to, what], index) => ({ ms: to - from, what, index })).sort((a, b) => b.ms - a.ms).slice(0, 6);
    for (const press of slowest) {
      const top = [...perPress[press.index]!].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([name, ms]) => `${name.replace(/\s+\(.*\)$/, '')} ${ms.toFixed(1)}`);
      console.log(`    ${press.ms.toFixed(1).padStart(7)}  "${press.what}": ${top.join(', ') || 'none of the game\'s own'}`);
    }
    // The renderer's main thread: the events of the thread the presses' tasks ran on, clipped to the presses' windows.
    const mainThread = traceEvents.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && traceEvents.some((other) => other.pid === event.pid && other.name === 'EventDispatch'));
    const browserWork = new Map<string, number>();
    for (const event of traceEvents) {
      if (event.ph !== 'X' || event.dur === undefined || !mainThread || event.pid !== mainThread.pid || event.tid !== mainThread.tid) continue;
      const from = event.ts / 1000 - offsetMs;
      const to = from + event.dur / 1000;
      let overlap = 0;
      for (const [start, end] of windows) overlap += Math.max(0, Math.min(end, to) - Math.max(start, from));
      if (overlap > 0) browserWork.set(event.name, (browserWork.get(event.name) ?? 0) + overlap);
    }
    console.log("  the main thread's traced work per press (ms; nested events each count, so a task's parts add up to more than the task), the top 15:");
    for (const [name, ms] of [...browserWork].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`    ${(ms / count).toFixed(2).padStart(7)}  ${name}`);
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
    `import { AUTO, CANVAS, Game, Scale, Scene } from 'phaser';
import { chooseRenderer, webglRendererName } from '${join(PROJECT_ROOT, 'scenes/renderer-choice.ts')}';
class EmptyScene extends Scene {
  constructor() { super('empty'); }
}
// The renderer the game itself would choose in this browser (\`scenes/renderer-choice.ts\`).
const renderer = chooseRenderer(location.search, webglRendererName(document));
globalThis.__emptyGame = new Game({
  type: renderer.choice === 'webgl' ? AUTO : CANVAS, parent: 'game', width: ${GameSize.width}, height: ${GameSize.height}, backgroundColor: '${Ink.sky}',
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

async function measureEmptyScene(browser: Browser, url: string, rate: number): Promise<FrameSample> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('canvas').waitFor({ timeout: TIMEOUT_MS });
    await throttle(page, rate);
    await page.waitForTimeout(SETTLE_MS);
    return await sampleFrames(page);
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- main

/** The figures of one column: as the machine runs, or throttled. */
interface Column {
  readonly rate: number;
  readonly titleMs: number;
  readonly busyP95: number;
  readonly emptyP95: number;
  readonly latency: LatencySample;
  /** The load average while the column was measured. */
  readonly load: string;
}

async function measureFrames(browser: Browser, testUrl: string, emptyUrl: string, scenario: Scenario, rate: number): Promise<{ busyP95: number; emptyP95: number }> {
  // The machine may be busy with other work: alternate the two pages, several rounds.
  const rounds: { busy: FrameSample & { onFloor: string }; idle: FrameSample }[] = [];
  for (let round = 0; round < FRAME_ROUNDS; round++) {
    rounds.push({ busy: await measureBusyFloor(browser, testUrl, scenario, rate), idle: await measureEmptyScene(browser, emptyUrl, rate) });
  }
  const busyP95 = median(rounds.map((round) => round.busy.p95));
  const emptyP95 = median(rounds.map((round) => round.idle.p95));
  console.log(`Frame time, ${rateLabel(rate)} (${FRAME_ROUNDS} rounds of ${MEASURE_MS / 1000} s of requestAnimationFrame each, ms between frames; ${load()})`);
  console.log(`  busy floor: ${scenario.id} (${scenario.patients.length} patients) at ${SPEED}×, canvas ${rounds[0]?.busy.canvas} (${rounds[0]?.busy.renderer}); empty Phaser scene, canvas ${rounds[0]?.idle.canvas} (${rounds[0]?.idle.renderer})`);
  console.log(`    ${rounds[0]?.busy.onFloor}`);
  rounds.forEach(({ busy, idle }, index) => {
    console.log(
      `  round ${index + 1}: busy p95 ${busy.p95.toFixed(1)} ms (median ${busy.median.toFixed(1)}, ${busy.frames} frames); ` +
        `empty p95 ${idle.p95.toFixed(1)} ms (median ${idle.median.toFixed(1)}, ${idle.frames} frames)`,
    );
  });
  const ratio = busyP95 / emptyP95;
  console.log(`  median p95: busy ${busyP95.toFixed(1)} ms, empty ${emptyP95.toFixed(1)} ms; busy / empty = ${ratio.toFixed(2)}   target <= ${TARGETS.busyToEmptyRatio} (throttled): ${verdict(ratio <= TARGETS.busyToEmptyRatio)}`);
  return { busyP95, emptyP95 };
}

async function measureColumn(browser: Browser, urls: { production: string; test: string; empty: string }, files: readonly BuiltFile[], scenario: Scenario, rate: number): Promise<Column> {
  const titleMs = await measureTitle(browser, urls.production, files, rate);
  console.log('');
  const frames = await measureFrames(browser, urls.test, urls.empty, scenario, rate);
  console.log('');
  const latency = await measureInputLatency(browser, urls.test, scenario, rate);
  console.log(`Input latency, ${rateLabel(rate)} (a press in a station to the next painted frame, the trainee driver's expert moves at the busiest moment; ${load()})`);
  console.log(`  ${latency.presses} presses over ${latency.moves} moves: p95 ${latency.p95.toFixed(1)} ms, median ${latency.median.toFixed(1)} ms   target <= ${TARGETS.inputLatencyMs} ms (throttled): ${verdict(latency.p95 <= TARGETS.inputLatencyMs)}`);
  console.log('');
  return { rate, titleMs, ...frames, latency, load: load() };
}

/** Builds the test build unminified, for the profiler's and the counters' names. */
async function buildReadableTestGame(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'clinic-day-bench-'));
  // Without a service worker: unminified, Phaser's chunk (about 7 MB) is over the worker's
  // precache limit, which fails the build; the profile and the counters need no worker.
  const chosen = process.env.CLINIC_SERVICE_WORKER;
  process.env.CLINIC_SERVICE_WORKER = 'off';
  try {
    await buildInto(outDir, { root: PROJECT_ROOT, mode: 'test', build: { outDir, emptyOutDir: true, minify: false } });
  } finally {
    if (chosen === undefined) delete process.env.CLINIC_SERVICE_WORKER;
    else process.env.CLINIC_SERVICE_WORKER = chosen;
  }
  return outDir;
}

/** `npm run bench:browser -- --profile` (the busy floor) or `-- --profile-input` (the presses in stations): only where the time goes (about a minute), while working on it. */
async function profileOnly(what: 'floor' | 'input'): Promise<void> {
  console.log(`Building the readable test build… (${load()})`);
  const readable = await serveBuild(await buildReadableTestGame());
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_FLAGS] });
  try {
    const scenario = await loadScenario(BUSY_SCENARIO_FILE);
    if (what === 'floor') await profileBusyFloor(browser, readable.url, scenario);
    else await profileInput(browser, readable.url, scenario);
  } finally {
    await browser.close();
    await readable.close();
  }
}

async function main(): Promise<void> {
  if (process.argv.includes('--profile')) return profileOnly('floor');
  if (process.argv.includes('--profile-input')) return profileOnly('input');
  console.log(`Building the production build, the test builds and the empty-scene page… (${load()})`);
  const productionDir = await buildGame('production');
  const files = await measureBuild(productionDir);
  const production = await serveBuild(productionDir);
  const test = await serveBuild(await buildGame('test'));
  const readable = await serveBuild(await buildReadableTestGame());
  const empty = await buildEmptyScenePage();
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_FLAGS] });
  try {
    console.log('');
    const { startupKb, allKb } = printSizes(files);
    console.log('');
    const scenario = await loadScenario(BUSY_SCENARIO_FILE);
    const urls = { production: production.url, test: test.url, empty: empty.url };
    const plain = await measureColumn(browser, urls, files, scenario, 1);
    const slow = await measureColumn(browser, urls, files, scenario, THROTTLE_RATE);
    await profileBusyFloor(browser, readable.url, scenario);
    console.log('');
    const ratio = (column: Column): number => column.busyP95 / column.emptyP95;
    const row = (label: string, value: (column: Column) => string, target: string, ok: boolean): void => {
      console.log(`  ${label.padEnd(34)} ${value(plain).padStart(14)} ${value(slow).padStart(18)}   ${target.padEnd(22)} ${verdict(ok)}`);
    };
    console.log(`Summary (figure / target)          ${rateLabel(1).padStart(14)} ${rateLabel(THROTTLE_RATE).padStart(18)}   target`);
    console.log(`  everything but Phaser at startup   ${startupKb.toFixed(1)} kB   target <= ${TARGETS.startupKilobytes} kB   ${verdict(startupKb <= TARGETS.startupKilobytes)}`);
    console.log(`  everything but Phaser, all files   ${allKb.toFixed(1)} kB   target <= ${TARGETS.allKilobytes} kB   ${verdict(allKb <= TARGETS.allKilobytes)}`);
    row('title interactive (median)', (c) => `${c.titleMs.toFixed(0)} ms`, `<= ${TARGETS.titleInteractiveMs} / ${TARGETS.titleInteractiveThrottledMs} ms`, plain.titleMs <= TARGETS.titleInteractiveMs && slow.titleMs <= TARGETS.titleInteractiveThrottledMs);
    row('busy p95 / empty p95', (c) => `${c.busyP95.toFixed(1)} / ${c.emptyP95.toFixed(1)} = ${ratio(c).toFixed(2)}`, `<= ${TARGETS.busyToEmptyRatio} throttled`, ratio(slow) <= TARGETS.busyToEmptyRatio);
    row('input latency p95', (c) => `${c.latency.p95.toFixed(1)} ms`, `<= ${TARGETS.inputLatencyMs} ms throttled`, slow.latency.p95 <= TARGETS.inputLatencyMs);
    console.log(`  load while measured: ${rateLabel(1)} ${plain.load}; ${rateLabel(THROTTLE_RATE)} ${slow.load}; now ${load()}`);
  } finally {
    await browser.close();
    await Promise.all([production.close(), test.close(), readable.close(), empty.close()]);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
