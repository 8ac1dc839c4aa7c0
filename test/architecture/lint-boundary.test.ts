import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const oxlint = join(root, 'node_modules', '.bin', 'oxlint');
const sandbox = mkdtempSync(join(tmpdir(), 'clinic-lint-'));

afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

/** Lints one file at `relativePath` in a copy of the project's lint setup; returns the output and whether it failed. */
function lint(relativePath: string, source: string): { failed: boolean; output: string } {
  copyFileSync(join(root, '.oxlintrc.json'), join(sandbox, '.oxlintrc.json'));
  const file = join(sandbox, relativePath);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, source);
  try {
    return { failed: false, output: execFileSync(oxlint, ['-c', '.oxlintrc.json', relativePath], { cwd: sandbox, encoding: 'utf8' }) };
  } catch (error) {
    return { failed: true, output: String((error as { stdout?: string }).stdout) };
  }
}

describe('the lint rules of the domain boundary', () => {
  it('fail when a file in src/ imports phaser', () => {
    const result = lint('src/clinic/probe.ts', "import Phaser from 'phaser';\nexport const game = Phaser;\n");
    expect(result.failed).toBe(true);
    expect(result.output).toContain('never imports Phaser');
  });

  it('fail when a file in src/ imports from scenes/', () => {
    const result = lint('src/clinic/probe.ts', "import { x } from '../../scenes/keys';\nexport const y = x;\n");
    expect(result.failed).toBe(true);
    expect(result.output).toContain('never imports from scenes/');
  });

  it('let a scene import phaser', () => {
    const result = lint('scenes/probe.ts', "import Phaser from 'phaser';\nexport const game = Phaser;\n");
    expect(result.failed).toBe(false);
  });
});
