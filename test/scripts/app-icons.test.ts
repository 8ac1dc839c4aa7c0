import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { APP_ICONS, compactPng } from '../../scripts/app-icons';
import { PROJECT_ROOT } from '../../scripts/built-game';

describe('the app icons', () => {
  it.each(APP_ICONS)('$file is stored as compactly as scripts/app-icons.ts stores it, and compacting keeps every pixel', ({ file }) => {
    const committed = readFileSync(join(PROJECT_ROOT, 'assets', file));
    const compact = compactPng(committed);
    const before = PNG.sync.read(committed);
    const after = PNG.sync.read(compact);
    expect([after.width, after.height]).toEqual([before.width, before.height]);
    expect(after.data.equals(before.data)).toBe(true);
    expect(committed.length).toBe(compact.length);
  });
});
