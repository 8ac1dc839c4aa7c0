import { describe, expect, it } from 'vitest';
import * as reference from '../../src/reference';
import { SOURCES, type Source } from '../../src/reference';

type Table = { name: string; entries: { label: string; entry: Record<string, unknown> }[] };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Every exported table, found generically: arrays of objects, records of objects, and
// single sourced objects. Closed sets (arrays of strings) and functions are skipped.
function exportedTables(): Table[] {
  const tables: Table[] = [];
  for (const [name, value] of Object.entries(reference)) {
    if (name === 'SOURCES' || typeof value === 'function' || !(typeof value === 'object' && value !== null)) continue;
    if (Array.isArray(value)) {
      if (value.every((item) => typeof item !== 'object')) continue;
      tables.push({ name, entries: value.map((entry, i) => ({ label: `${name}[${i}]`, entry: entry as Record<string, unknown> })) });
    } else if ('source' in value) {
      tables.push({ name, entries: [{ label: name, entry: value as Record<string, unknown> }] });
    } else {
      tables.push({
        name,
        entries: Object.entries(value).map(([key, entry]) => ({ label: `${name}.${key}`, entry: entry as Record<string, unknown> })),
      });
    }
  }
  return tables;
}

const tables = exportedTables();
const allEntries = tables.flatMap((t) => t.entries);

describe('the reference tables', () => {
  it('are found by the generic walk (the walk itself is not empty)', () => {
    const names = tables.map((t) => t.name);
    for (const expected of ['ICD10CM_CODES', 'CPT_CODES', 'TUBES', 'TESTS', 'COMPETENCIES', 'PAYERS', 'PEDIATRIC_VITAL_SIGNS', 'PLACES_OF_SERVICE', 'MODIFIERS']) {
      expect(names).toContain(expected);
    }
    expect(allEntries.length).toBeGreaterThan(250);
  });

  it.each(allEntries)('$label has a non-empty source from the catalogue', ({ entry }) => {
    expect(isPlainObject(entry)).toBe(true);
    const source = entry['source'] as Source | undefined;
    expect(source).toBeDefined();
    expect(source?.id).toMatch(/\S/);
    expect(source?.title).toMatch(/\S/);
    expect(source?.publisher).toMatch(/\S/);
    expect(Object.keys(SOURCES)).toContain(source?.id);
  });

  it.each(allEntries.filter(({ entry }) => entry['verified'] === false))('$label, unverified, says why in its source note', ({ entry }) => {
    expect((entry['source'] as Source).note ?? '').toMatch(/\S/);
  });
});

describe('SOURCES', () => {
  it.each(Object.entries(SOURCES))('%s is keyed by its own id', (key, source) => {
    expect(source.id).toBe(key);
    expect(source.title.length).toBeGreaterThan(0);
    expect(source.publisher.length).toBeGreaterThan(0);
  });
});
