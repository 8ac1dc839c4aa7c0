import { describe, expect, it } from 'vitest';
import { buildScenarioCatalog, loadBundledScenarioCatalog } from '../../scenes/scenario-catalog';

describe('The scenario catalog', () => {
  it('lists files in file-name order and keeps each broken file with its located problems', async () => {
    const catalog = await buildScenarioCatalog({
      '/scenarios/zebra.yaml': 'id: [unclosed',
      '/scenarios/alpha.yaml': 'title: only a title\n',
    });
    expect(catalog.map((entry) => entry.fileName)).toEqual(['scenarios/alpha.yaml', 'scenarios/zebra.yaml']);
    for (const entry of catalog) {
      expect(entry.kind).toBe('broken');
      if (entry.kind !== 'broken') continue;
      expect(entry.problems.length).toBeGreaterThan(0);
      for (const problem of entry.problems) {
        expect(problem.startsWith(`${entry.fileName}:`)).toBe(true);
        expect(problem).toMatch(/^[^:]+:\d+:\d+/);
      }
    }
  });

  it('is empty when no scenario is bundled', async () => {
    expect(await buildScenarioCatalog({})).toEqual([]);
  });

  it('offers every bundled scenario, the default morning among them', () => {
    const catalog = loadBundledScenarioCatalog();
    expect(catalog.filter((entry) => entry.kind === 'broken')).toEqual([]);
    const defaultMorning = catalog.find((entry) => entry.kind === 'playable' && entry.id === 'default-morning');
    expect(defaultMorning).toMatchObject({
      kind: 'playable',
      fileName: 'scenarios/default-morning.yaml',
      title: 'A Short Morning at Maple Street',
    });
    expect(defaultMorning?.kind === 'playable' && defaultMorning.patientCount).toBeGreaterThan(0);
  });
});
