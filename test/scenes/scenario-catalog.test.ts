import { describe, expect, it } from 'vitest';
import { dayWorkText } from '../../scenes/scenario-picker-panel';
import { buildScenarioCatalog, byDifficulty, dayLength, dayLengthText, DEFAULT_DAY_SCENARIO_ID, loadBundledScenarioCatalog, ORIENTATION_SCENARIO_ID, QUICK_SCENARIO_ID, type PlayableScenarioEntry } from '../../scenes/scenario-catalog';

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

  it('lists each bundled day from its summary, and loads the whole scenario it summarises, once, when asked', async () => {
    const { parseScenarioText } = await import('../../src/scenario/scenario-loader');
    const { readFile } = await import('node:fs/promises');
    const playable = loadBundledScenarioCatalog().filter((entry): entry is PlayableScenarioEntry => entry.kind === 'playable');
    expect(playable.length).toBeGreaterThan(10);
    for (const entry of playable) {
      const read = parseScenarioText(await readFile(entry.fileName, 'utf8'), entry.fileName);
      if (!read.ok) throw new Error(`${entry.fileName} does not load`);
      const scenario = await entry.load();
      expect(scenario).toEqual(read.scenario);
      expect(entry.contentHash).toBe(read.contentHash);
      expect([entry.id, entry.title, entry.description, entry.patientCount, entry.difficulty]).toEqual([scenario.id, scenario.title, scenario.description, scenario.patients.length, scenario.instructor.difficulty]);
      expect(entry.length).toEqual(dayLength(scenario.day));
      // The same object every time: the page keeps one scenario per day.
      expect(await entry.load()).toBe(scenario);
    }
  });

  it('tags the afternoon at the desk as an inbox day: its patients and its inbox items, where a day without an inbox tags its patients only', async () => {
    const playable = loadBundledScenarioCatalog().filter((entry): entry is PlayableScenarioEntry => entry.kind === 'playable');
    const afternoon = playable.find((entry) => entry.id === 'afternoon-inbox')!;
    const items = (await afternoon.load()).inbox?.length ?? 0;
    expect(items).toBeGreaterThan(0);
    expect(afternoon.inboxCount).toBe(items);
    expect(dayWorkText(afternoon.patientCount, afternoon.inboxCount)).toBe(`3 patients · ${items} inbox items`);
    const morning = playable.find((entry) => entry.id === 'default-morning')!;
    expect(morning.inboxCount).toBe(0);
    expect(dayWorkText(morning.patientCount, morning.inboxCount)).toBe(`${morning.patientCount} patients`);
    expect(dayWorkText(1, 1)).toBe('1 patient · 1 inbox item');
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

  it('lists the whole 8-to-5 day as a full day beside the short morning, and keeps the orientation day first', () => {
    const listed = byDifficulty(loadBundledScenarioCatalog()).filter((entry): entry is PlayableScenarioEntry => entry.kind === 'playable');
    const whole = listed.find((entry) => entry.id === 'whole-day');
    const morning = listed.find((entry) => entry.id === 'default-morning');
    expect(whole && dayLengthText(whole.length)).toBe('A full day, 08:00–17:00');
    expect(whole?.length.minutes).toBe(540);
    expect(whole?.title).toBe('A Full Day at Willow Creek');
    expect(morning && dayLengthText(morning.length)).toBe('A morning, 08:00–12:00');
    expect(listed[0]?.id).toBe(ORIENTATION_SCENARIO_ID);
  });

  it('names the whole day as the default and the short morning as the quick one, both bundled', () => {
    const listed = loadBundledScenarioCatalog().filter((entry): entry is PlayableScenarioEntry => entry.kind === 'playable');
    expect(listed.find((entry) => entry.id === DEFAULT_DAY_SCENARIO_ID)?.length.part).toBe('full-day');
    expect(listed.find((entry) => entry.id === QUICK_SCENARIO_ID)?.length.part).toBe('morning');
  });

  it('tells a morning, an afternoon, a full day and part of a day apart by their clock times', () => {
    expect(dayLength({ start: '08:00', end: '12:30' }).part).toBe('morning');
    expect(dayLength({ start: '13:00', end: '17:00' }).part).toBe('afternoon');
    expect(dayLength({ start: '08:00', end: '16:30' }).part).toBe('full-day');
    expect(dayLength({ start: '10:00', end: '15:00' }).part).toBe('part-day');
  });
});
