import { describe, expect, it } from 'vitest';
import { SOURCES, type Source } from '../../src/reference/source';
import { missed } from '../../src/scoring/finding';
import { RULES, ruleById } from '../../src/scoring/rule-catalog';
import { sourceText } from '../../src/session/feedback-view';

// The project's own notes (shared/clinical-reference.md) digest the primary sources; a trainee
// and an instructor must see the guideline, regulation, standard or textbook itself.
const DIGEST = /digest|clinical reference|clinical and billing reference/i;

function describesItselfAsTheDigest(source: Source): boolean {
  return DIGEST.test(source.title) || DIGEST.test(source.publisher);
}

const byId: ReadonlyMap<string, Source> = new Map(Object.values(SOURCES).map((source) => [source.id, source]));

describe('the sources the rules cite', () => {
  it('leave the project digest out of the catalogue', () => {
    expect(Object.keys(SOURCES)).not.toContain('clinicDayClinicalReference');
    expect(Object.values(SOURCES).filter(describesItselfAsTheDigest).map((source) => source.id)).toEqual([]);
  });

  it('recognise the digest when a source names it (the check itself can fail)', () => {
    const digest: Source = { id: 'digest', title: 'Clinical and billing reference for Clinic Day (a digest of the primary sources it cites)', publisher: 'Clinic Day project' };
    expect(describesItselfAsTheDigest(digest)).toBe(true);
    expect(describesItselfAsTheDigest(SOURCES.nucc1500InstructionManual)).toBe(false);
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s cites a catalogue source, never the project digest', (_, rule) => {
    const catalogued = byId.get(rule.source.id);
    expect(catalogued, `${rule.source.id} is not in SOURCES`).toBeDefined();
    expect(rule.source.title).toBe(catalogued?.title);
    expect(describesItselfAsTheDigest(rule.source)).toBe(false);
  });

  it.each(RULES.filter((rule) => rule.source.publisher === 'Clinic Day project').map((rule) => [rule.id, rule] as const))(
    '%s cites the project only for a policy or estimate of the game, which says so',
    (_, rule) => {
      expect(rule.source.note ?? '').toMatch(/synthetic|design estimate/i);
    },
  );

  it('cite for the chief complaint, at the desk as at rooming, the E/M documentation guidelines it rests on, not the front-desk policy', () => {
    for (const id of ['intake.chief-complaint', 'rooming.chief-complaint']) {
      const { source } = ruleById(id)!;
      expect(source.id, id).toBe(SOURCES.cmsEmDocumentationGuidelines.id);
      expect(source.note, id).toMatch(/own words/);
    }
  });

  it('reach the debrief as the primary source, with its edition', () => {
    const rule = ruleById('intake.insurance-card')!;
    const { finding } = missed(rule, { patientId: 'p1', atMinute: 480, message: 'The member id was mistyped.', remedy: 'Copy it from the card.' });
    const line = sourceText(finding!.source);
    expect(line).toBe(`${SOURCES.nucc1500InstructionManual.title} — ${SOURCES.nucc1500InstructionManual.publisher}, ${SOURCES.nucc1500InstructionManual.edition}`);
    expect(line).not.toMatch(DIGEST);
  });
});
