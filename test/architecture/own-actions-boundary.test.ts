/**
 * `builtByDomain` lets an action past the session's parse: only the scripted trainees
 * (`src/trainees`) may mark their moves so. A station, a result file, a link or a saved day
 * reaches the session through `act` and its schema, never through the mark.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Where the mark may appear: its definition, and the scripted trainees. */
function mayMark(path: string): boolean {
  const file = relative(root, path);
  return file === join('src', 'session', 'session.ts') || file.startsWith(join('src', 'trainees') + '/');
}

describe("the mark of the domain's own actions", () => {
  const files = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'scenes'))];

  it('is used by the scripted trainees', () => {
    expect(files.filter((file) => mayMark(file) && readFileSync(file, 'utf8').includes('builtByDomain')).map((file) => relative(root, file))).toContain(join('src', 'trainees', 'trainee.ts'));
  });

  it('is used nowhere else in the game (src/, scenes/)', () => {
    const offenders = files.filter((file) => !mayMark(file) && /\bbuiltByDomain\b/.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
  });
});
