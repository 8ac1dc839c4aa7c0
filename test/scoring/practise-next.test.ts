import { describe, expect, it } from 'vitest';
import { missed, passed, type Severity } from '../../src/scoring/finding';
import { placeOfRule, practiseAdvice, practiseNext, type PractiseScenario, practiseScenario, workPlacesOf } from '../../src/scoring/practise-next';
import { ruleById, RULES } from '../../src/scoring/rule-catalog';
import { dayChecks } from '../../src/scoring/day-rules';
import type { CompetencyId } from '../../src/reference/competencies';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { playDay } from '../../src/trainees/play-day';
import { expertTrainee } from '../../src/trainees/expert-trainee';
import { competencyScores } from '../../src/scoring/score';
import { bundledLibrary } from '../support/bundled-library';

const WEIGHTS: Record<Severity, number> = { critical: 10, major: 3, minor: 1 };

/** A check of a catalogue rule, missed or passed. */
function check(ruleId: string, ok: boolean) {
  const rule = ruleById(ruleId)!;
  return ok ? passed(rule, 'p1', 500) : missed(rule, { patientId: 'p1', atMinute: 500, message: `${ruleId} missed`, remedy: 'do it right' });
}

describe('practiseAdvice', () => {
  it('names what the rules missed in a competency ask, weightiest first, and nothing when none was missed', () => {
    // Two minor misses of the forms rule weigh less than one critical miss of minimum necessary, though they came first.
    const checks = [check('intake.forms', false), check('intake.forms', false), check('privacy.minimum-necessary', false), check('intake.forms', true)];
    expect(practiseAdvice(checks, WEIGHTS)).toBe(`${ruleById('privacy.minimum-necessary')!.title}. ${ruleById('intake.forms')!.title}.`);
    expect(practiseAdvice([check('intake.forms', true)], WEIGHTS)).toBeNull();
  });

  it('gives each competency of the debrief the advice of its own misses, not a fixed line', () => {
    const scores = competencyScores([check('intake.chief-complaint', false), check('billing.modifier-25', true)], WEIGHTS);
    const rooming = scores.find((score) => score.id === 'rooming-history')!;
    expect(rooming.practiseNext).toBe(`${ruleById('intake.chief-complaint')!.title}.`);
    expect(rooming.practiseNext).not.toMatch(/allerg/i);
    expect(scores.find((score) => score.id !== 'rooming-history')?.practiseNext ?? null).toBeNull();
  });
});

describe('practiseNext', () => {
  it('points to the competency that cost the most points, the rules its findings missed and where that work is done', () => {
    const checks = [check('flow.left-unseen', false), check('flow.left-unseen', true), check('communication.phone-answered', false), check('intake.chief-complaint', false), check('intake.chief-complaint', true), check('intake.chief-complaint', true)];
    const competencies = competencyScores(checks, WEIGHTS);
    const findings = checks.flatMap((c) => (c.finding ? [c.finding] : []));
    const next = practiseNext({ competencies, findings })!;
    // The phone's one minor miss scores communication 0, but the major miss of patient flow lost more points.
    expect(competencies.find((c) => c.id === 'communication')!.score).toBeLessThan(next.score);
    expect(next.competencyId).toBe('patient-flow');
    expect(next.rules).toEqual([ruleById('flow.left-unseen')!.title]);
    expect(next.places).toEqual([placeOfRule('flow.left-unseen')]);
    expect(practiseNext({ competencies: competencyScores([check('intake.forms', true)], WEIGHTS), findings: [] })).toBeNull();
  });

  it('on equal points lost, points to the lower score', () => {
    const checks = [check('communication.phone-answered', false), check('intake.chief-complaint', false), check('intake.chief-complaint', true)];
    const next = practiseNext({ competencies: competencyScores(checks, WEIGHTS), findings: checks.flatMap((c) => (c.finding ? [c.finding] : [])) })!;
    expect(next.competencyId).toBe('communication');
    expect(next.places[0]).toMatch(/the phone/);
  });

  it('sends a day whose visits were left unfinished to practise patient flow where that work is done, not to the inbox for one minor miss (the playtest)', () => {
    const checks = [
      check('flow.unfinished-claim', false),
      check('flow.unfinished-check-in', false),
      check('flow.unfinished-vitals', true),
      check('flow.unfinished-vitals', true),
      check('intake.forms', false),
      check('intake.forms', true),
    ];
    const next = practiseNext({ competencies: competencyScores(checks, WEIGHTS), findings: checks.flatMap((c) => (c.finding ? [c.finding] : [])) })!;
    expect(next.competencyId).toBe('patient-flow');
    const library = bundledLibrary().map(offered);
    const named = practiseScenario(next.competencyId, library, 'first-day', next.places);
    expect(named?.id).not.toBe('afternoon-inbox');
    for (const place of next.places) expect(named?.places).toContain(place);
  });

  it('names the station of a workflow rule and the inbox for an inbox rule', () => {
    expect(placeOfRule('intake.chief-complaint')).toMatch(/front desk/);
    expect(placeOfRule('billing.modifier-25')).toMatch(/billing/);
    expect(placeOfRule('inbox.due')).toMatch(/inbox/);
  });
});

function day(id: string, competencies: string[], difficulty: PractiseScenario['difficulty'] = 'intermediate', places: string[] = []): PractiseScenario {
  return { id, title: id, difficulty, competencies, places };
}

/** A bundled scenario as the debrief offers it: what its instructor lists, and where its day has work. */
function offered(scenario: Scenario): PractiseScenario {
  return { id: scenario.id, title: scenario.title, difficulty: scenario.instructor.difficulty, competencies: [...scenario.instructor.competencies], places: workPlacesOf(scenario) };
}

describe('practiseScenario', () => {
  it('chooses the day that puts the competency first, then the more focused, then the easier, then another than the one played', () => {
    const days = [day('broad', ['coding', 'scheduling', 'ecg']), day('focused', ['scheduling', 'coding']), day('first', ['ecg', 'coding']), day('easy-first', ['ecg'], 'introductory')];
    expect(practiseScenario('ecg', days)?.id).toBe('easy-first');
    expect(practiseScenario('coding', days)?.id).toBe('broad');
    expect(practiseScenario('scheduling', days)?.id).toBe('focused');
    expect(practiseScenario('scheduling', [day('a', ['scheduling']), day('b', ['scheduling'])], 'a')?.id).toBe('b');
    expect(practiseScenario('immunizations', days)).toBeNull();
  });

  it('names a day at most one step harder than the one just played while such a day practises the work', () => {
    const days = [day('intro', ['vital-signs'], 'introductory'), day('surge', ['patient-flow', 'vital-signs'], 'advanced'), day('morning', ['vital-signs', 'patient-flow'], 'intermediate')];
    // From the introductory day: the intermediate morning, though the advanced surge puts patient flow first.
    expect(practiseScenario('patient-flow', days, 'intro')?.id).toBe('morning');
    // From the intermediate morning, a step up is fine: the surge puts it first.
    expect(practiseScenario('patient-flow', days, 'morning')?.id).toBe('surge');
    // With nothing easier that practises it, the harder day is still named.
    expect(practiseScenario('patient-flow', [days[0]!, days[1]!], 'intro')?.id).toBe('surge');
    // The bundled library: a miss in patient flow on the first day goes to an intermediate day, not the advanced flu surge.
    const library = bundledLibrary().map(offered);
    const next = practiseScenario('patient-flow', library, 'first-day');
    expect(next?.difficulty).toBe('intermediate');
  });

  it('finds a bundled day for every competency', () => {
    const library = bundledLibrary().map((s) => day(s.id, [...s.instructor.competencies], s.instructor.difficulty));
    const ids = ['patient-identification', 'registration-insurance', 'scheduling', 'rooming-history', 'vital-signs', 'infection-control', 'specimen-collection', 'point-of-care-testing', 'immunizations', 'ecg', 'documentation-privacy', 'coding', 'claims-denials', 'communication', 'escalation', 'patient-flow'] as const;
    expect(ids.filter((id) => practiseScenario(id, library) === null)).toEqual([]);
    expect(practiseScenario('ecg', library)?.id).toBe('cardiology-morning');
    expect(practiseScenario('claims-denials', library)?.id).not.toBe('whole-day');
  });

  it('names only a day that holds the work where it was missed: every place if one day holds them all, else the first', () => {
    const inbox = placeOfRule('inbox.due');
    const desk = placeOfRule('intake.chief-complaint');
    const days = [day('morning', ['patient-flow'], 'introductory', [desk]), day('afternoon', ['documentation-privacy', 'patient-flow'], 'advanced', [desk, inbox])];
    expect(practiseScenario('patient-flow', days, undefined, [desk])?.id).toBe('morning');
    expect(practiseScenario('patient-flow', days, undefined, [inbox])?.id).toBe('afternoon');
    expect(practiseScenario('patient-flow', days, undefined, [inbox, desk])?.id).toBe('afternoon');
    expect(practiseScenario('patient-flow', [days[0]!], undefined, [inbox])).toBeNull();
    // No day holds both: the weightiest miss's place decides.
    expect(practiseScenario('patient-flow', days, undefined, [desk, placeOfRule('billing.modifier-25')])?.id).toBe('morning');
  });

  it('never sends an inbox miss to the flu-surge day, whose day has no inbox', () => {
    const library = bundledLibrary().map(offered);
    const flu = library.find((candidate) => candidate.id === 'flu-season')!;
    expect(flu.competencies[0]).toBe('patient-flow');
    expect(flu.places).not.toContain(placeOfRule('inbox.due'));
    const named = practiseScenario('patient-flow', library, 'afternoon-inbox', [placeOfRule('flow.unfinished-inbox')]);
    expect(named?.id).not.toBe('flu-season');
    expect(named?.places).toContain(placeOfRule('inbox.due'));
  });

  it('sends a day left with claims unsent and arrivals not checked in to a day with billing and a front desk (their work is done there, not on the floor)', () => {
    const library = bundledLibrary().map(offered);
    const places = [placeOfRule('flow.unfinished-claim'), placeOfRule('flow.unfinished-check-in')];
    expect(places).toEqual([placeOfRule('billing.modifier-25'), placeOfRule('intake.chief-complaint')]);
    const competency = ruleById('flow.unfinished-claim')!.competency;
    const named = practiseScenario(competency, library, 'first-day', places);
    expect(named).not.toBeNull();
    for (const place of places) expect(named?.places).toContain(place);
  });

  it('names, for every competency and every place its rules are worked at, a bundled day whose expert day really checks that competency there', () => {
    const bundled = bundledLibrary();
    const library = bundled.map(offered);
    // What each bundled day really checks: the expert plays it, and each check (the day's own at closing too) is read as "competency @ place".
    const checked = new Map(
      bundled.map((scenario) => {
        const session = playDay(scenario, expertTrainee(), { seed: 1 });
        const record = session.record();
        session.dispose();
        return [scenario.id, new Set([...record.checks, ...dayChecks(record)].map((done) => `${ruleById(done.ruleId)?.competency ?? '?'} @ ${placeOfRule(done.ruleId)}`))] as const;
      }),
    );
    const pairs = new Map<string, { competency: CompetencyId; place: string }>();
    for (const rule of RULES) pairs.set(`${rule.competency} @ ${placeOfRule(rule.id)}`, { competency: rule.competency, place: placeOfRule(rule.id) });
    const wrong: string[] = [];
    let practised = 0;
    for (const [key, { competency, place }] of pairs) {
      // Work no bundled day has (a rule for instructors' own scenarios): the day the trainee missed it in is the one to name, and only it can be.
      if (![...checked.values()].some((found) => found.has(key))) continue;
      practised += 1;
      const named = practiseScenario(competency, library, undefined, [place]);
      if (named === null || !checked.get(named.id)!.has(key)) wrong.push(`${key}: ${named?.id ?? 'no day'} is named, and does not practise it`);
    }
    expect(practised).toBeGreaterThan(25);
    expect(wrong).toEqual([]);
  }, 300_000);
});
