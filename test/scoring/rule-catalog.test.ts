import { describe, expect, it } from 'vitest';
import { COMPETENCY_IDS } from '../../src/reference/competencies';
import { RULES } from '../../src/scoring/rule-catalog';
import { SEVERITIES } from '../../src/scoring/finding';

describe('the rule catalogue', () => {
  it('has unique, stable-looking rule ids', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+\.[a-z0-9-]+$/);
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s has a competency, a severity, a reason and a source with its edition', (_, rule) => {
    expect(COMPETENCY_IDS).toContain(rule.competency);
    expect(SEVERITIES).toContain(rule.severity);
    expect(rule.title.length).toBeGreaterThan(5);
    expect(rule.why.length).toBeGreaterThan(20);
    expect(rule.source.title.length).toBeGreaterThan(3);
    expect(rule.source.publisher.length).toBeGreaterThan(3);
    // The debrief cites the source with its edition: a rule whose source has none would print a source a reader cannot find again.
    expect(rule.source.edition?.trim().length ?? 0, `${rule.source.id} has no edition`).toBeGreaterThan(3);
  });
});
