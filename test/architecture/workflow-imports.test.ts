/**
 * A workflow is a plug-in: outside its own folder and its station, only the two lists import
 * its folder — `src/workflows/workflows.ts` (the domain's) and `scenes/stations/stations.ts`
 * (the screen's). Everything else reaches a workflow through its descriptor.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORKFLOWS } from '../../src/workflows/workflows';

const root = join(import.meta.dirname, '..', '..');

/** The two lists: the only files outside a workflow's own that may import its folder. */
const LISTS = ['src/workflows/workflows.ts', 'scenes/stations/stations.ts'];

/**
 * Each workflow folder, by the workflow ids it holds (the scheduling folder holds checkout
 * and the no-show), and the station files that belong to it (until the stations move into
 * `scenes/stations/<id>/`, they are named here).
 */
const FOLDERS: readonly { folder: string; workflows: readonly string[]; stationFiles: readonly string[] }[] = [
  { folder: 'src/workflows/intake', workflows: ['intake'], stationFiles: ['scenes/stations/intake-station.ts', 'scenes/stations/intake-text.ts'] },
  { folder: 'src/workflows/vitals', workflows: ['vitals'], stationFiles: ['scenes/stations/vitals-station.ts', 'scenes/stations/vitals-bench-scene.ts', 'scenes/stations/vitals-choices.ts', 'scenes/stations/instrument-game.ts'] },
  { folder: 'src/workflows/specimen', workflows: ['specimen'], stationFiles: ['scenes/stations/specimen-station.ts', 'scenes/stations/specimen-choices.ts', 'scenes/stations/tube-tray-scene.ts'] },
  { folder: 'src/workflows/medication', workflows: ['medication'], stationFiles: ['scenes/stations/medication-station.ts', 'scenes/stations/medication-tray-scene.ts'] },
  { folder: 'src/workflows/ecg', workflows: ['ecg'], stationFiles: ['scenes/stations/ecg-station.ts', 'scenes/stations/ecg-torso-scene.ts', 'scenes/stations/ecg-tracing-scene.ts', 'scenes/stations/ecg-choices.ts'] },
  { folder: 'src/workflows/education', workflows: ['education'], stationFiles: ['scenes/stations/education-station.ts'] },
  { folder: 'src/workflows/scheduling', workflows: ['scheduling', 'no-show'], stationFiles: ['scenes/stations/checkout-station.ts', 'scenes/stations/no-show-station.ts', 'scenes/stations/appointment-book-grid.ts'] },
  {
    folder: 'src/workflows/billing',
    workflows: ['billing'],
    stationFiles: ['scenes/stations/billing-station.ts', 'scenes/stations/billing-chart.ts', 'scenes/stations/claim-form.ts', 'scenes/stations/claim-form-model.ts', 'scenes/stations/code-combobox.ts', 'scenes/stations/code-search.ts'],
  },
];

const IMPORTS = /\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

function tsFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every `file -> workflow folder` import of src/ and scenes/ from outside the folder, its station and the lists. */
function strayImports(): string[] {
  const stray = new Set<string>();
  for (const file of [...tsFiles('src'), ...tsFiles('scenes')]) {
    if (LISTS.includes(file)) continue;
    for (const match of readFileSync(join(root, file), 'utf8').matchAll(IMPORTS)) {
      const target = match[1] ?? match[2] ?? '';
      if (!target.startsWith('.')) continue;
      const imported = relative(root, resolve(root, dirname(file), target));
      for (const { folder, stationFiles } of FOLDERS) {
        const inside = imported === folder || imported.startsWith(`${folder}/`);
        const own = file.startsWith(`${folder}/`) || stationFiles.includes(file);
        if (inside && !own) stray.add(`${file} -> ${folder}`);
      }
    }
  }
  return [...stray].sort();
}

describe('each workflow folder', () => {
  const stray = strayImports();

  it('names every workflow of the list, and only those', () => {
    expect(FOLDERS.flatMap((entry) => entry.workflows).sort()).toEqual(WORKFLOWS.map((workflow) => workflow.id).sort());
  });

  it('is imported, outside its own folder and its station, by the two lists alone', () => {
    expect(stray).toEqual([]);
  });

  it('is imported by the list of workflows', () => {
    const list = readFileSync(join(root, LISTS[0]!), 'utf8');
    for (const { folder } of FOLDERS) expect(list, `${LISTS[0]} imports ${folder}`).toContain(`from './${folder.slice('src/workflows/'.length)}'`);
  });
});
