import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const out = mkdtempSync(join(tmpdir(), 'clinic-sim-'));

afterAll(() => rmSync(out, { recursive: true, force: true }));

function sim(...args: string[]): string {
  return execFileSync(tsx, ['src/cli/sim.ts', ...args], { cwd: root, encoding: 'utf8' });
}

describe('npm run sim', () => {
  it('prints the same JSON twice for the same seed, and writes a full result file', { timeout: 120_000 }, () => {
    const resultPath = join(out, 'result.json');
    const first = sim('default-morning', '--trainee', 'novice', '--seed', '3', '--json', '--out', resultPath);
    const second = sim('default-morning', '--trainee', 'novice', '--seed', '3', '--json');
    expect(second).toBe(first);
    const summary = JSON.parse(first) as Record<string, unknown>;
    expect(Object.keys(summary)).toEqual(['scenarioId', 'seed', 'passed', 'score', 'stats', 'findings', 'competencies']);
    expect(summary).toMatchObject({ scenarioId: 'default-morning', seed: 3 });
    const file = JSON.parse(readFileSync(resultPath, 'utf8')) as Record<string, unknown>;
    expect(file).toMatchObject({ format: 'clinic-day-result', formatVersion: 1, scenarioId: 'default-morning', seed: 3, player: 'novice' });
    expect(file.scenarioHash).toMatch(/^[0-9a-f]{64}$/);
    expect((file.log as unknown[]).length).toBeGreaterThan(10);
  });

  it('plays the default whole day when no day is named, and with --pace says whether a person at that pace finishes it', { timeout: 120_000 }, () => {
    const summary = JSON.parse(sim('--trainee', 'expert', '--pace', '4', '--json')) as { scenarioId: string; pace: Record<string, unknown> };
    expect(summary.scenarioId).toBe('whole-day');
    expect(summary.pace).toMatchObject({ secondsPerDecision: 4, speed: 1, finished: true, visitsUnfinished: 0, lateness: {} });
    expect(summary.pace.decisions).toBeGreaterThan(50);
  });

  it('refuses bad arguments with the usage and exit code 2', { timeout: 120_000 }, () => {
    expect(() => execFileSync(tsx, ['src/cli/sim.ts', 'default-morning', '--trainee', 'guru'], { cwd: root, stdio: 'pipe', encoding: 'utf8' })).toThrow(
      expect.objectContaining({ status: 2, stderr: expect.stringContaining('--trainee must be one of: expert, novice') }),
    );
    expect(() => execFileSync(tsx, ['src/cli/sim.ts', '--pace', 'slow'], { cwd: root, stdio: 'pipe', encoding: 'utf8' })).toThrow(
      expect.objectContaining({ status: 2, stderr: expect.stringContaining('--pace must be a number of seconds') }),
    );
  });
});
