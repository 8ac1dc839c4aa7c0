import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ceilingRatio, type CpuProfile, GARBAGE_COLLECTION, NODE_AND_V8, ownerOf, profile, shares } from '../../src/cli/cpu-profile';

const root = process.cwd();
const own = (path: string): string => pathToFileURL(join(root, path)).href;
const frame = (functionName: string, url: string) => ({ functionName, url });

/**
 * A small profile: the root calls a workflow step (ours), which calls XState; the collector
 * and the idle pseudo-frame; and the inspector's own `post`, with a callee, as the profiler
 * stopping is sampled.
 */
const taken: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', ''), children: [2, 4, 5, 6] },
    { id: 2, callFrame: frame('inOrder', own('src/workflows/workflow-steps.ts')), children: [3] },
    { id: 3, callFrame: frame('resolveAssign', own('node_modules/xstate/dist/assign.cjs.js')) },
    { id: 4, callFrame: frame('(garbage collector)', '') },
    { id: 5, callFrame: frame('(idle)', '') },
    { id: 6, callFrame: frame('post', 'node:inspector'), children: [7] },
    { id: 7, callFrame: frame('dispatch', '') },
  ],
  // Self time in microseconds: inOrder 3 ms, XState 5 ms, the collector 2 ms, idle 9 ms, the profiler 4 ms.
  samples: [2, 3, 4, 5, 7, 6],
  timeDeltas: [3000, 5000, 2000, 9000, 3000, 1000],
};

describe('where a headless day goes (npm run bench -- --profile)', () => {
  it('counts a frame under its package, our folder, the collector, or Node and V8; idle under none', () => {
    expect(ownerOf('resolveAssign', own('node_modules/xstate/dist/raise.cjs.js'))).toBe('xstate');
    expect(ownerOf('send', own('node_modules/@xapi/xapi/dist/XAPI.umd.js'))).toBe('@xapi/xapi');
    expect(ownerOf('inOrder', own('src/workflows/workflow-steps.ts'))).toBe('src/workflows');
    expect(ownerOf('(garbage collector)', '')).toBe(GARBAGE_COLLECTION);
    expect(ownerOf('readFileSync', 'node:fs')).toBe(NODE_AND_V8);
    expect(ownerOf('(idle)', '')).toBeNull();
  });

  it('shares out self time, leaving out idle time and the profiler stopping', () => {
    const found = shares(taken);
    expect(found.totalMs).toBe(10);
    expect(found.ownMs).toBe(3);
    expect(Object.fromEntries(found.byOwner)).toEqual({ 'src/workflows': 3, xstate: 5, [GARBAGE_COLLECTION]: 2 });
    expect(found.byFunction.get('inOrder (src/workflows/workflow-steps.ts)')).toBe(3);
    expect([...found.byFunction.keys()].some((name) => name.startsWith('dispatch') || name.startsWith('post'))).toBe(false);
  });

  it('bounds the ratio by what is not ours: 0.07 measured, 70 % not ours, at most 0.1', () => {
    expect(ceilingRatio(0.07, shares(taken))).toBeCloseTo(0.1, 10);
    expect(ceilingRatio(0.07, { totalMs: 10, ownMs: 10, byOwner: new Map(), byFunction: new Map() })).toBe(Number.POSITIVE_INFINITY);
  });

  it('profiles work in this process: a busy loop of ours is sampled under its folder', async () => {
    const { spin } = await import('../support/cpu-spin');
    const found = shares(await profile(() => spin(200)));
    expect(found.byOwner.get('test/support') ?? 0).toBeGreaterThan(0);
  });
});
