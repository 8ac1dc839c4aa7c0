import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../scripts/summary-reporter';

const projectRoot = resolve(import.meta.dirname, '../..');
const fixtureRoot = join(projectRoot, 'test', 'fixtures', 'summary-reporter');
const vitestBin = join(projectRoot, 'node_modules', 'vitest', 'vitest.mjs');

/** Runs Vitest on the fixture cases with `args`; returns its exit code and last output line. */
function runFixture(...args: string[]): { status: number | null; lastLine: string | undefined } {
  const run = spawnSync(process.execPath, [vitestBin, 'run', '--root', fixtureRoot, ...args], {
    cwd: fixtureRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const lines = run.stdout.trimEnd().split('\n');
  return { status: run.status, lastLine: lines.at(-1) };
}

describe('The summary reporter', () => {
  it('reports skipped tests only when there are some', () => {
    expect(formatSummary({ passed: 4, failed: 0, skipped: 0 })).toBe('4 passed, 0 failed');
    expect(formatSummary({ passed: 3, failed: 1, skipped: 2 })).toBe('3 passed, 1 failed, 2 skipped');
  });

  it('ends a run with passed, failed and skipped counts, a file that fails to load counting as a failure', () => {
    const { status, lastLine } = runFixture();
    expect(lastLine).toBe('2 passed, 2 failed, 1 skipped');
    expect(status).toBe(1);
  });

  it('ends a green run with zero failures', () => {
    const { status, lastLine } = runFixture('passing');
    expect(lastLine).toBe('2 passed, 0 failed, 1 skipped');
    expect(status).toBe(0);
  });

  it('counts a run that fails before any test, in its global setup, as one failure', () => {
    const { status, lastLine } = runFixture('--config', join(fixtureRoot, 'failing-setup.config.ts'));
    expect(lastLine).toBe('0 passed, 1 failed');
    expect(status).toBe(1);
  });
});
