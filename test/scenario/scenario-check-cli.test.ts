import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs the CLI as `npm run scenario:check` does (tsx); slow, so only three runs. */
function run(...files: string[]) {
  const result = spawnSync('npx', ['tsx', 'src/cli/scenario-check.ts', ...files], { encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('scenario:check', () => {
  it('prints a tick and exits 0 when every file is valid, one saved with a byte-order mark included', () => {
    const { status, stdout } = run('scenarios/default-morning.yaml', 'test/fixtures/scenarios/minimal-valid.yaml', 'test/fixtures/scenarios/valid-bom.yaml');
    expect(stdout.trim().split('\n')).toEqual([
      '✓ scenarios/default-morning.yaml: valid (6 patients)',
      '✓ test/fixtures/scenarios/minimal-valid.yaml: valid (2 patients)',
      '✓ test/fixtures/scenarios/valid-bom.yaml: valid (2 patients)',
      '3 files checked: all valid',
    ]);
    expect(status).toBe(0);
  });

  it('prints every located problem, a missing file and the first byte that is not UTF-8 included, and exits 1', () => {
    const { status, stdout } = run('test/fixtures/scenarios/many-problems.yaml', 'scenarios/no-such-file.yaml', 'test/fixtures/scenarios/invalid-utf8.yaml', 'scenarios/default-morning.yaml');
    const lines = stdout.trim().split('\n');
    expect(lines).toEqual([
      'test/fixtures/scenarios/many-problems.yaml:33:10 patients[0].sex: expected one of: female, male, unknown (got "woman")',
      "test/fixtures/scenarios/many-problems.yaml:38:39 patients[0].arrival.time: appointment at 08:05 is not on dr-lee's 15-minute slot grid (08:00, 08:15, …)",
      'test/fixtures/scenarios/many-problems.yaml:40:5 patients[0].chiefComplain: unknown field "chiefComplain" (did you mean "chiefComplaint"?)',
      'test/fixtures/scenarios/many-problems.yaml:47:18 patients[1].dateOfBirth: not a real date (1955-02-30)',
      'test/fixtures/scenarios/many-problems.yaml:49:10 patients[1].mrn: duplicate MRN "MRN0001" (also patients[0].mrn)',
      'test/fixtures/scenarios/many-problems.yaml:57:24 patients[1].orders[0].testId: order for a test the clinic cannot run: "a1c-poc" is not in clinic.capabilities',
      '✗ test/fixtures/scenarios/many-problems.yaml: 6 problems',
      'scenarios/no-such-file.yaml:1:1: no such file',
      '✗ scenarios/no-such-file.yaml: 1 problem',
      'test/fixtures/scenarios/invalid-utf8.yaml:2:11: file is not UTF-8 text: byte 0xE9 here is not UTF-8 (is it a binary file, or text saved as Latin-1 or Windows-1252?); a scenario is a YAML or JSON text file saved as UTF-8',
      '✗ test/fixtures/scenarios/invalid-utf8.yaml: 1 problem',
      '✓ scenarios/default-morning.yaml: valid (6 patients)',
      '4 files checked: 1 valid, 3 invalid (8 problems)',
    ]);
    expect(status).toBe(1);
  });

  it('prints its usage and exits 2 without arguments', () => {
    const { status, stderr } = run();
    expect(stderr).toContain('usage: npm run scenario:check -- <scenario.yaml>');
    expect(status).toBe(2);
  });
});
