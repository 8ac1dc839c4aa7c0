import { describe, expect, it } from 'vitest';
import { buildScenarioCatalog, byDifficulty, loadBundledScenarioCatalog, ORIENTATION_SCENARIO_ID, type PlayableScenarioEntry } from '../../scenes/scenario-catalog';

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

  it('lists the bundled scenarios easiest first, the orientation day at the top, each with its difficulty', () => {
    const listed = byDifficulty(loadBundledScenarioCatalog()).filter((entry): entry is PlayableScenarioEntry => entry.kind === 'playable');
    const rank = { introductory: 0, intermediate: 1, advanced: 2 };
    expect(listed[0]?.id).toBe(ORIENTATION_SCENARIO_ID);
    expect(listed[0]?.difficulty).toBe('introductory');
    for (let i = 1; i < listed.length; i += 1) {
      const before = listed[i - 1]!;
      const after = listed[i]!;
      expect(rank[before.difficulty] < rank[after.difficulty] || (before.difficulty === after.difficulty && before.patientCount <= after.patientCount), `${before.id} before ${after.id}`).toBe(true);
    }
    expect(listed.map((entry) => entry.difficulty)).toContain('advanced');
  });

  it('puts files that could not be loaded after every playable scenario', async () => {
    const broken = await buildScenarioCatalog({ '/scenarios/aaa.yaml': 'id: [unclosed' });
    const ordered = byDifficulty([...broken, ...loadBundledScenarioCatalog()]);
    expect(ordered.at(-1)?.kind).toBe('broken');
    expect(ordered.slice(0, -1).every((entry) => entry.kind === 'playable')).toBe(true);
  });
});
