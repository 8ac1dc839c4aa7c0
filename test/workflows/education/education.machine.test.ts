import { describe, expect, it } from 'vitest';
import { education } from '../../../src/workflows/education';
import type { EducationAction } from '../../../src/workflows/education/education.actions';
import type { EducationContext } from '../../../src/workflows/education/education.context';
import { educationAtDayEnd, educationAvailableActions } from '../../../src/workflows/education/education.machine';
import { educationDay, messages, play, replay, send, start, verdicts } from './education-support';

const DAY = educationDay();

const context = (started: ReturnType<typeof start>) => started.actor.getSnapshot().context as EducationContext;

describe('educationMachine', () => {
  it('takes the expert through a Spanish-speaking patient’s plan with every check passed: the Spanish easy leaflets, her question to the provider, a teach-back on each', () => {
    const started = start(DAY, 'spanish');
    const actions = play(started);
    expect(actions).toEqual([
      { type: 'material.given', materialId: 'empagliflozin-es-easy' },
      { type: 'patient-question.routed' },
      { type: 'teach-back.asked', topic: 'empagliflozin' },
      { type: 'material.given', materialId: 'diabetes-meal-planning-es-easy' },
      { type: 'teach-back.asked', topic: 'diabetes-meal-planning' },
      { type: 'education.finished' },
    ]);
    const { passed, missed } = verdicts(started.journal);
    expect(missed).toEqual([]);
    expect(passed.sort()).toEqual(['education.given', 'education.given', 'education.match', 'education.match', 'education.scope', 'education.teach-back', 'education.teach-back']);
    expect(started.actor.getSnapshot().output).toEqual({
      education: { materialsGiven: ['empagliflozin-es-easy', 'diabetes-meal-planning-es-easy'], understood: ['empagliflozin', 'diabetes-meal-planning'], questionRouted: true },
    });
  });

  it('hears the muddled answer until the topic is taught again, then the right one', () => {
    const started = start(DAY, 'slow');
    replay(started, [
      { type: 'material.given', materialId: 'atorvastatin-en-easy' },
      { type: 'teach-back.asked', topic: 'atorvastatin' },
    ]);
    expect(context(started).teachBacks.map((t) => t.understood)).toEqual([false]);
    expect(started.actor.getSnapshot().can({ type: 'teach-back.asked', topic: 'atorvastatin' })).toBe(false);
    replay(started, [
      { type: 'topic.retaught', topic: 'atorvastatin' },
      { type: 'teach-back.asked', topic: 'atorvastatin' },
    ]);
    expect(context(started).teachBacks.map((t) => t.understood)).toEqual([false, true]);
    expect(started.actor.getSnapshot().can({ type: 'teach-back.asked', topic: 'atorvastatin' })).toBe(false);
  });

  it('lists what its guards accept: a leaflet at first; teach-back only on a leaflet given; teaching again only after a wrong answer; no finishing while the patient’s question waits', () => {
    const started = start(DAY, 'spanish');
    expect(educationAvailableActions(started.actor.getSnapshot())).toEqual(['material.given', 'education.finished']);
    expect(started.actor.getSnapshot().can({ type: 'teach-back.asked', topic: 'empagliflozin' })).toBe(false);
    expect(started.actor.getSnapshot().can({ type: 'topic.retaught', topic: 'empagliflozin' })).toBe(false);
    send(started, { type: 'material.given', materialId: 'empagliflozin-es-easy' });
    expect(educationAvailableActions(started.actor.getSnapshot())).toEqual(['material.given', 'teach-back.asked', 'patient-question.routed', 'patient-question.answered']);
    expect(started.actor.getSnapshot().can({ type: 'material.given', materialId: 'empagliflozin-es-easy' })).toBe(false);
    expect(started.actor.getSnapshot().can({ type: 'education.finished' })).toBe(false);
    send(started, { type: 'patient-question.routed' });
    expect(started.actor.getSnapshot().can({ type: 'patient-question.answered' })).toBe(false);
    expect(educationAvailableActions(started.actor.getSnapshot())).toEqual(['material.given', 'teach-back.asked', 'education.finished']);
  });

  it('judges each leaflet as it is given: an English one for a patient who prefers Spanish, one on another topic, one above the reading grade the chart notes', () => {
    const spanish = start(DAY, 'spanish');
    send(spanish, { type: 'material.given', materialId: 'empagliflozin-en-easy' });
    expect(messages(spanish.journal, 'education.match')).toEqual([
      'Testspanish Patient: the leaflet “Your new medicine: empagliflozin (easy to read)” did not fit: it was in English, but the chart says the patient prefers Spanish.',
    ]);
    const slow = start(DAY, 'slow');
    replay(slow, [
      { type: 'material.given', materialId: 'type-2-diabetes-en-easy' },
      { type: 'material.given', materialId: 'prediabetes-en-standard' },
    ]);
    expect(messages(slow.journal, 'education.match')).toEqual([
      'Testslow Patient: the leaflet “Living with type 2 diabetes (easy to read)” did not fit: it was on type 2 diabetes (new diagnosis), which the plan does not call for (it calls for prediabetes (new diagnosis) and atorvastatin (new medicine)).',
      'Testslow Patient: the leaflet “Prediabetes: your chance to prevent diabetes (standard)” did not fit: it is written at grade 7 (the standard version), above the grade 5 that suits the patient.',
    ]);
    expect(slow.journal.checks.find((check) => !check.passed && check.finding?.message.includes('grade 7'))?.finding?.source.id).toBe('educationReadingLevel');
  });

  it('finds, as the patient leaves, a topic never given, a topic never checked with teach-back, and a wrong answer left so', () => {
    const started = start(DAY, 'slow');
    replay(started, [
      { type: 'material.given', materialId: 'atorvastatin-en-easy' },
      { type: 'teach-back.asked', topic: 'atorvastatin' },
      { type: 'education.finished' },
    ]);
    expect(messages(started.journal, 'education.given')).toEqual(['Testslow Patient: left without the education on prediabetes (new diagnosis) the plan called for.']);
    expect(messages(started.journal, 'education.teach-back')).toEqual([
      'Testslow Patient: the patient said atorvastatin (new medicine) back wrongly (“I take it for a month until my cholesterol is fixed, then I stop.”) and left without being taught again.',
    ]);
    const unchecked = start(DAY, 'plain');
    replay(unchecked, [{ type: 'material.given', materialId: 'metformin-en-standard' }, { type: 'education.finished' }]);
    expect(messages(unchecked.journal, 'education.teach-back')).toEqual(['Testplain Patient: understanding of metformin (new medicine) was never checked with teach-back.']);
    expect(verdicts(unchecked.journal).passed).toEqual(expect.arrayContaining(['education.match', 'education.given']));
  });

  it('passes the scope when the question goes to the provider, and finds advice of the MA’s own critical', () => {
    const answered = start(DAY, 'spanish');
    replay(answered, [{ type: 'material.given', materialId: 'empagliflozin-es-easy' }, { type: 'patient-question.answered' }]);
    const check = answered.journal.checks.find((c) => c.ruleId === 'education.scope')!;
    expect(check.passed).toBe(false);
    expect(check.severity).toBe('critical');
    expect(check.finding?.message).toBe(
      'Testspanish Patient: the patient asked “If my sugar is normal one day, can I skip the pill?” and was told “Yes, you can skip it on days your sugar reads normal”, advice the provider had not given.',
    );
  });

  it('judges, when the day ends mid-education, each topic not yet given, and nothing once the patient has gone on', () => {
    const started = start(DAY, 'spanish');
    replay(started, [{ type: 'material.given', materialId: 'empagliflozin-es-easy' }]);
    const checks = educationAtDayEnd(started.actor.getSnapshot());
    expect(checks.map((c) => [c.ruleId, c.passed, c.finding?.message])).toEqual([
      ['education.given', false, 'Testspanish Patient: the education on eating with diabetes (meal planning) the plan called for was still not given when the day ended.'],
    ]);
    const done = start(DAY, 'plain');
    play(done);
    expect(educationAtDayEnd(done.actor.getSnapshot())).toEqual([]);
  });

  it('runs only for patients whose provider’s plan calls for education', () => {
    const none = { ...DAY.patients[0]!, education: undefined };
    expect(education.hasWork?.(DAY.patients[0]!, {})).toBe(true);
    expect(education.hasWork?.(none, {})).toBe(false);
  });

  it('ignores an action twice over: the second identical leaflet, the second routing', () => {
    const started = start(DAY, 'spanish');
    const twice: EducationAction = { type: 'material.given', materialId: 'empagliflozin-es-easy' };
    send(started, twice);
    send(started, twice);
    expect(context(started).given).toHaveLength(1);
    expect(started.journal.checks.filter((c) => c.ruleId === 'education.match')).toHaveLength(1);
  });
});
