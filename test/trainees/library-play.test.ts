import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { type DayResult, scoreDay } from '../../src/scoring/score';
import { replaySession } from '../../src/session/session';
import { playDay, scriptedTrainee } from '../../src/trainees/play-day';
import type { TraineeName } from '../../src/trainees/trainee';
import { workflowById } from '../../src/workflows/workflows';
import { bundledLibrary } from '../support/bundled-library';
import { INBOX_RULES } from '../../src/clinic/inbox/inbox.rules';
import { REFILL_RULES } from '../../src/clinic/inbox/refill.rules';

const library: Scenario[] = bundledLibrary();

/** A finding of the medication workflow's rules (the injection, the vaccine stock, the VIS and the record). */
function isMedicationFinding(ruleId: string): boolean {
  return ruleId.startsWith('medication.') || ruleId.startsWith('immunization.');
}

/** A finding of the ECG workflow's rules (the preparation, the electrodes, the machine, the tracing and its hand-over). */
function isEcgFinding(ruleId: string): boolean {
  return ruleId.startsWith('ecg.');
}

function play(scenario: Scenario, trainee: TraineeName, seed: number): DayResult {
  const session = playDay(scenario, scriptedTrainee(trainee, scenario, seed), { seed });
  const result = scoreDay(session.record());
  session.dispose();
  return result;
}

describe('the scenario library played by the scripted trainees', () => {
  it('has the thirteen bundled scenarios', () => {
    expect(library.map((s) => s.id).sort()).toEqual([
      'adult-morning',
      'afternoon-inbox',
      'billing-day',
      'cardiology-morning',
      'chronic-care',
      'default-morning',
      'externship-checkoff',
      'first-day',
      'flu-season',
      'front-desk-trouble',
      'pediatrics',
      'well-child-immunizations',
      'whole-day',
    ]);
  });

  describe.each(library.map((s) => [s.id, s] as const))('%s', (_, scenario) => {
    const expert = play(scenario, 'expert', 1);

    it('is passed by the expert with at least 95 and no finding of any severity but minor', () => {
      expect(expert.findings.filter((f) => f.severity !== 'minor').map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
      expect(expert.passed).toBe(true);
      expect(expert.score.total).toBeGreaterThanOrEqual(95);
    });

    it('gives the expert no medication or immunization finding at all', () => {
      expect(expert.findings.filter((f) => isMedicationFinding(f.ruleId)).map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    });

    it('gives the expert no ECG finding at all', () => {
      expect(expert.findings.filter((f) => isEcgFinding(f.ruleId)).map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    });

    it.each([1, 2, 3])('is failed by the novice (seed %i), or scored at least 25 points lower', (seed) => {
      const novice = play(scenario, 'novice', seed);
      expect(!novice.passed || novice.score.total <= expert.score.total - 25, `novice ${novice.score.total} vs expert ${expert.score.total}`).toBe(true);
      expect(novice.findings.length).toBeGreaterThan(0);
      // Every finding the debrief shows has its four parts: what was wrong, what to do instead, why, and the source with its edition.
      const incomplete = novice.findings.filter(
        (f) => !f.message.trim() || !f.remedy.trim() || !f.explanation.trim() || !f.source.title.trim() || !f.source.publisher.trim() || !f.source.edition?.trim(),
      );
      expect(incomplete.map((f) => `${f.ruleId} (${f.source.id})`)).toEqual([]);
    });
  });
});

describe('the default morning', () => {
  const scenario = library.find((s) => s.id === 'default-morning')!;

  it('gives the novice findings from every workflow (seeds 1–3)', () => {
    const rules = new Set([1, 2, 3].flatMap((seed) => play(scenario, 'novice', seed).findings.map((f) => f.ruleId)));
    const families = (prefixes: string[]) => [...rules].some((id) => prefixes.some((prefix) => id.startsWith(prefix)));
    expect({
      intake: families(['intake.', 'privacy.']),
      vitals: families(['vitals.', 'rooming.']),
      specimen: families(['specimen.', 'poct.', 'safety.']),
      scheduling: families(['scheduling.']),
      medication: families(['medication.', 'immunization.']),
      billing: families(['billing.']),
    }).toEqual({ intake: true, vitals: true, specimen: true, medication: true, scheduling: true, billing: true });
  });

  it.each(['expert', 'novice'] as const)('replays the %s’s day to the identical result', (trainee) => {
    const session = playDay(scenario, scriptedTrainee(trainee, scenario, 7), { seed: 7 });
    const replayed = replaySession(scenario, 7, session.settings, session.log);
    replayed.finish();
    expect(scoreDay(replayed.record())).toEqual(scoreDay(session.record()));
  });

  // A novice who puts a denial aside turns to the rest of the queue; it used to stand idle until the next event, which could be closing time.
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('lets the novice work the rest of the queue while it leaves a denial aside, so it completes most patients (seed %i)', (seed) => {
    expect(play(scenario, 'novice', seed).stats.patientsCompleted).toBeGreaterThanOrEqual(scenario.patients.length - 1);
  });

  it('keeps its golden scores (seed 1): a change here is a change of the game’s judgement', () => {
    expect({ expert: play(scenario, 'expert', 1).score, novice: play(scenario, 'novice', 1).score }).toEqual({
      expert: { total: 97.8, accuracy: 100, throughput: 92.7 },
      novice: { total: 89, accuracy: 87.3, throughput: 93 },
    });
  });
});

describe('the well-child immunizations day', () => {
  const scenario = library.find((s) => s.id === 'well-child-immunizations')!;

  it.each([1, 2, 3, 4, 5])('catches the novice with medication or immunization findings (seed %i)', (seed) => {
    expect(play(scenario, 'novice', seed).findings.filter((f) => isMedicationFinding(f.ruleId)).length).toBeGreaterThan(0);
  });

  it('catches, over eight seeds, each beginner’s mistake the day is built for, from the fridge to the claim', () => {
    const rules = new Set([1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => play(scenario, 'novice', seed).findings.map((f) => f.ruleId)));
    const mistakes = ['medication.needle-length', 'medication.angle', 'medication.excursion-stock-given', 'medication.expired-vial', 'immunization.vis-before-dose', 'immunization.vis-edition', 'immunization.record-lot', 'immunization.observation', 'billing.vaccine-administration'];
    expect(mistakes.filter((id) => !rules.has(id))).toEqual([]);
  });
});

describe('the cardiology morning', () => {
  const scenario = library.find((s) => s.id === 'cardiology-morning')!;
  const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
  const novices = seeds.map((seed) => play(scenario, 'novice', seed));

  it('catches, over eight seeds, the novice with each rule of the ECG workflow', () => {
    const caught = new Set(novices.flatMap((result) => result.findings.map((f) => f.ruleId)));
    const ecgRules = workflowById('ecg')!.rules.map((rule) => rule.id);
    expect(ecgRules.length).toBeGreaterThan(0);
    expect(ecgRules.filter((id) => !caught.has(id))).toEqual([]);
  });

  it.each(workflowById('ecg')!.rules.map((rule) => [rule.id] as const))('catches the novice with %s on some seed of 1–8', (ruleId) => {
    expect(seeds.filter((_, i) => novices[i]!.findings.some((f) => f.ruleId === ruleId))).not.toEqual([]);
  });

  it('catches the novice handing over (or reading past) the tremor on several seeds, not by luck on one', () => {
    const caught = seeds.filter((_, i) => novices[i]!.findings.some((f) => f.ruleId === 'ecg.artefact'));
    expect(caught.length, `ecg.artefact on seeds ${caught.join(', ')}`).toBeGreaterThanOrEqual(3);
  });

  it.each(['vitals.red-flag-escalation', 'rooming.standing-ecg'])('catches the novice with the chest-pain patient’s %s on some seed of 1–8, and never the expert', (ruleId) => {
    expect(seeds.filter((_, i) => novices[i]!.findings.some((f) => f.ruleId === ruleId))).not.toEqual([]);
    expect(play(scenario, 'expert', 1).findings.filter((f) => f.ruleId === ruleId)).toEqual([]);
  });

  it('catches the novice billing a tracing read elsewhere as if read here, or with the reader’s code, on some seed', () => {
    expect(novices.some((result) => result.findings.some((f) => f.ruleId === 'billing.ecg-code'))).toBe(true);
  });

  it('keeps its golden scores (seed 1): a change here is a change of the game’s judgement', () => {
    expect({ expert: play(scenario, 'expert', 1).score, novice: novices[0]!.score }).toEqual({
      expert: { total: 98.5, accuracy: 100, throughput: 94 },
      novice: { total: 84, accuracy: 80.6, throughput: 94.3 },
    });
  });
});

describe('the afternoon at the desk', () => {
  const scenario = library.find((s) => s.id === 'afternoon-inbox')!;
  // Twelve seeds: the afternoon holds twenty items, each of whose mistakes the novice makes only at its rate.
  const novices = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((seed) => play(scenario, 'novice', seed));

  it('is worked by the expert with no finding at all', () => {
    expect(play(scenario, 'expert', 1).findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });

  it('catches, over twelve seeds, the novice with each inbox and privacy rule the afternoon is built for', () => {
    const caught = new Set(novices.flatMap((result) => result.findings.map((f) => f.ruleId)));
    const inboxRules = INBOX_RULES.map((rule) => rule.id);
    expect(inboxRules.filter((id) => !caught.has(id))).toEqual([]);
  });

  it('catches, over the same twelve seeds, the novice with each refill rule', () => {
    const caught = new Set(novices.flatMap((result) => result.findings.map((f) => f.ruleId)));
    expect(REFILL_RULES.map((rule) => rule.id).filter((id) => !caught.has(id))).toEqual([]);
  });

  it('catches, over twelve seeds, the novice with each confirmation mistake: a detailed message, no answer not recorded, a move not made in the book', () => {
    const confirmations = new Set(scenario.inbox!.filter((item) => item.kind === 'appointment-confirmation').map((item) => item.patientId));
    const caught = new Set(novices.flatMap((result) => result.findings.filter((f) => f.patientId !== null && confirmations.has(f.patientId)).map((f) => f.ruleId)));
    expect([...caught].filter((id) => ['privacy.voicemail', 'inbox.left-undone', 'inbox.book-updated'].includes(id)).sort()).toEqual(['inbox.book-updated', 'inbox.left-undone', 'privacy.voicemail']);
  });

  it('keeps its golden scores (seed 1): a change here is a change of the game’s judgement', () => {
    expect({ expert: play(scenario, 'expert', 1).score, novice: novices[0]!.score }).toEqual({
      expert: { total: 98.5, accuracy: 100, throughput: 94 },
      novice: { total: 78.2, accuracy: 75.7, throughput: 85.7 },
    });
  });
});

describe('the whole 8-to-5 day', () => {
  const scenario = library.find((s) => s.id === 'whole-day')!;
  // One novice day is enough: seed 1 is caught by every family the day is built for (a long day: each more seed costs seconds).
  const started = performance.now();
  const novice = play(scenario, 'novice', 1);
  console.info(`whole day headless: one novice day (seed 1) in ${Math.round(performance.now() - started)} ms`);
  const expert = play(scenario, 'expert', 1);

  it('is worked by the expert with no finding at all, every visit finished and the inbox cleared', () => {
    expect(expert.findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    expect(expert.stats.patientsCompleted).toBe(scenario.patients.length - 1);
    expect(expert.stats.inboxOnTime).toBe(scenario.inbox!.length);
  });

  it.each([
    ['inbox', ['inbox.']],
    ['refill', ['refill.']],
    ['privacy', ['privacy.']],
    ['education', ['education.']],
    ['vitals', ['vitals.']],
    ['ecg', ['ecg.', 'rooming.standing-ecg']],
    ['specimen', ['specimen.', 'poct.']],
    ['medication', ['medication.', 'immunization.']],
    ['billing', ['billing.']],
    ['intake', ['intake.']],
    ['scheduling', ['scheduling.']],
  ] as const)('catches the novice (seed 1) with findings of the %s family', (_, prefixes) => {
    expect(novice.findings.filter((f) => prefixes.some((prefix) => f.ruleId.startsWith(prefix))).length).toBeGreaterThan(0);
  });

  it('keeps its golden scores (seed 1): a change here is a change of the game’s judgement', () => {
    expect({ expert: expert.score, novice: novice.score }).toEqual({
      expert: { total: 98.6, accuracy: 100, throughput: 94.4 },
      novice: { total: 84, accuracy: 83.9, throughput: 84.4 },
    });
  });
});
