/**
 * Where a headless day's time goes, for `npm run bench -- --profile`: V8's sampling profiler,
 * through `node:inspector` in this process, over a stretch of days, its samples' self time
 * shared out by owner (a package, a folder of ours, the garbage collector, Node and V8) and by
 * function.
 *
 * The shares answer issue 21's question of what bounds the headless ratio: the part of a day
 * spent in our own code is the most any change to it can take away, so the ratio with our code
 * costing nothing is the measured ratio divided by what is left (`ceilingRatio`).
 */
import { Session } from 'node:inspector/promises';
import { relative, sep } from 'node:path';

/** The part of V8's `Profiler.Profile` this reads. */
export interface CpuProfile {
  readonly nodes: readonly { readonly id: number; readonly callFrame: { readonly functionName: string; readonly url: string }; readonly children?: readonly number[] }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Self time in milliseconds per owner, and per function (`name (file)`), over the profile. */
export interface ProfileShares {
  readonly totalMs: number;
  readonly byOwner: ReadonlyMap<string, number>;
  readonly byFunction: ReadonlyMap<string, number>;
  /** Self time in this project's own files (`src/`, `scenes/`, `scripts/`). */
  readonly ownMs: number;
}

/** Who owns a sample's time: V8's pseudo-frames, Node's and V8's built-ins, a package, or a folder of ours. */
export const GARBAGE_COLLECTION = 'garbage collection';
export const NODE_AND_V8 = 'Node and V8 built-ins';

const PROJECT_ROOT = process.cwd();

/** Runs `work` under the sampling profiler (one sample every `intervalUs` microseconds) and returns the profile. */
export async function profile(work: () => void, intervalUs = 250): Promise<CpuProfile> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: intervalUs });
    await session.post('Profiler.start');
    work();
    const { profile: taken } = await session.post('Profiler.stop');
    return taken as CpuProfile;
  } finally {
    session.disconnect();
  }
}

/** A project path (`src/workflows/vitals`) for a file of ours, or null for anyone else's. */
function ownFile(url: string): string | null {
  if (!url.startsWith('file://')) return null;
  const path = relative(PROJECT_ROOT, decodeURIComponent(url.slice('file://'.length))).split(sep).join('/');
  return path.startsWith('..') || path.startsWith('node_modules/') ? null : path;
}

/** The owner a frame's self time counts under. */
export function ownerOf(functionName: string, url: string): string | null {
  if (functionName === '(idle)') return null;
  if (functionName === '(garbage collector)') return GARBAGE_COLLECTION;
  const inPackage = /node_modules\/(@[^/]+\/[^/]+|[^/]+)\//.exec(url);
  if (inPackage) return inPackage[1]!;
  const own = ownFile(url);
  if (own !== null) return own.split('/').slice(0, 2).join('/');
  return NODE_AND_V8;
}

/**
 * The profile's nodes under the inspector's own `post` (the profiler stopping and writing out
 * its profile, sampled before it stops): not the work profiled.
 */
function profilerOwnNodes(taken: CpuProfile): Set<number> {
  const children = new Map(taken.nodes.map((node) => [node.id, node.children ?? []]));
  const own = new Set<number>();
  const mark = (id: number): void => {
    own.add(id);
    for (const child of children.get(id) ?? []) mark(child);
  };
  for (const node of taken.nodes) if (node.callFrame.url === 'node:inspector' && node.callFrame.functionName === 'post') mark(node.id);
  return own;
}

/** The profile's self time shared out by owner and by function; idle time and the profiler's own are left out. */
export function shares(taken: CpuProfile): ProfileShares {
  const skipped = profilerOwnNodes(taken);
  const frames = new Map(taken.nodes.filter((node) => !skipped.has(node.id)).map((node) => [node.id, node.callFrame]));
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let totalMs = 0;
  let ownMs = 0;
  taken.samples.forEach((id, index) => {
    const frame = frames.get(id);
    const ms = (taken.timeDeltas[index] ?? 0) / 1000;
    if (!frame) return;
    const owner = ownerOf(frame.functionName, frame.url);
    if (owner === null) return;
    totalMs += ms;
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + ms);
    const own = ownFile(frame.url);
    if (own !== null) ownMs += ms;
    const name = `${frame.functionName || '(anonymous)'} (${own ?? owner})`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  });
  return { totalMs, byOwner, byFunction, ownMs };
}

/**
 * The headless ratio if all of our own code cost nothing and everything else cost what it
 * does: the measured ratio over the share of the day that is not ours. An upper bound for any
 * change to our code alone (the garbage collector's share counts as not ours, though part of
 * it is our allocations).
 */
export function ceilingRatio(measuredRatio: number, profileShares: ProfileShares): number {
  const notOurs = profileShares.totalMs - profileShares.ownMs;
  return notOurs <= 0 ? Number.POSITIVE_INFINITY : measuredRatio * (profileShares.totalMs / notOurs);
}

/** The largest entries of a table as lines: share of the total, milliseconds, name. */
export function largestRows(table: ReadonlyMap<string, number>, totalMs: number, count: number): string[] {
  return [...table]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `${((100 * ms) / totalMs).toFixed(1).padStart(6)} %  ${ms.toFixed(0).padStart(7)} ms  ${name}`);
}
