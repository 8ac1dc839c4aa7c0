import { describe, expect, it } from 'vitest';
import { EDUCATION_MATERIALS, EDUCATION_TOPIC_INFO, materialById, READING_GRADE_CEILING, readingLevelWords, suitableMaterials, suitableReadingGrade } from '../../../src/reference/education/materials';
import { EDUCATION_LANGUAGES, EDUCATION_TOPICS } from '../../../src/reference/education/terms';
import { SOURCES } from '../../../src/reference/source';
import { EDUCATION_RULES, materialProblems } from '../../../src/workflows/education/education.rules';

const leaflet = (id: string) => materialById(id)!;

describe('the education rules', () => {
  it.each([
    ['the plan’s topic, the patient’s language, easy to read', 'omeprazole-en-easy', 'en', 8, { topic: 0, language: 0, level: 0 }],
    ['the standard leaflet for a reader at the 8th-grade ceiling', 'omeprazole-en-standard', 'en', 8, { topic: 0, language: 0, level: 0 }],
    ['the detailed leaflet, above the ceiling', 'omeprazole-en-detailed', 'en', 8, { topic: 0, language: 0, level: 1 }],
    ['the standard leaflet for a patient who reads at grade 5', 'omeprazole-en-standard', 'en', 5, { topic: 0, language: 0, level: 1 }],
    ['English for a patient who prefers Spanish', 'omeprazole-en-easy', 'es', 8, { topic: 0, language: 1, level: 0 }],
    ['another topic, in another language, too hard', 'gerd-en-detailed', 'es', 8, { topic: 1, language: 1, level: 1 }],
  ] as const)('judge %s', (_, id, language, maxGrade, expected) => {
    const problems = materialProblems({ material: leaflet(id), planTopics: ['omeprazole'], language, maxGrade });
    expect({ topic: problems.topic.length, language: problems.language.length, level: problems.level.length }).toEqual(expected);
  });

  it('take the 8th grade as everyone’s ceiling, and the chart’s lower grade where it notes one', () => {
    expect(READING_GRADE_CEILING.grade).toBe(8);
    expect(suitableReadingGrade(undefined)).toBe(8);
    expect(suitableReadingGrade({ maxGrade: 5 })).toBe(5);
    expect(suitableReadingGrade({ maxGrade: 12 })).toBe(8);
  });

  it('say beside the leaflet choice what applies where the chart notes no reading level: plain language for everyone, at the grade they judge by', () => {
    expect(readingLevelWords(undefined)).toBe(
      'Nothing noted in the chart, so what applies to every patient: plain language for everyone (AHRQ health literacy universal precautions), a leaflet written at grade 8 at most (the AMA and HHS ask for the 4th to 6th)',
    );
    expect(readingLevelWords({ maxGrade: 5, note: 'Reads at about the 5th grade' })).toBe('Reads at about the 5th grade (grade 5 at most)');
  });

  it('each rest on a source from the catalogue, and are all under education.', () => {
    for (const rule of EDUCATION_RULES) {
      expect(rule.id).toMatch(/^education\./);
      expect(Object.keys(SOURCES)).toContain(rule.source.id);
    }
    expect(EDUCATION_RULES.map((rule) => rule.id)).toEqual(['education.given', 'education.match', 'education.teach-back', 'education.scope']);
  });
});

describe('the leaflet shelf', () => {
  it('holds an easy-to-read leaflet on every topic in every language, so every plan can be taught rightly', () => {
    for (const topic of EDUCATION_TOPICS) for (const language of EDUCATION_LANGUAGES) expect(suitableMaterials(topic, language, 5).length).toBeGreaterThan(0);
  });

  it('gives every leaflet a unique id, a title in its own language and its MedlinePlus page, marked unconfirmed with the reason', () => {
    expect(new Set(EDUCATION_MATERIALS.map((m) => m.id)).size).toBe(EDUCATION_MATERIALS.length);
    for (const material of EDUCATION_MATERIALS) {
      expect(material.title.startsWith(EDUCATION_TOPIC_INFO[material.topic].titles[material.language])).toBe(true);
      expect(material.source.id).toBe('medlinePlusHealthTopics');
      expect(material.source.url).toMatch(/^https:\/\/medlineplus\.gov\//);
      expect(material.verified).toBe(false);
      expect(material.source.note).toMatch(/could not be confirmed/);
    }
  });

  it('gives each topic its point, a right and a muddled answer that differ, and a question with an answer the plan does not give', () => {
    for (const info of Object.values(EDUCATION_TOPIC_INFO)) {
      expect(info.saysBack).not.toBe(info.muddled);
      expect(info.question.endsWith('?')).toBe(true);
      expect(info.keyPoint.length).toBeGreaterThan(20);
    }
  });
});
