import { describe, expect, it } from 'vitest';
import { decodeSuspendData, encodeSuspendData, fromBase85, SUSPEND_DATA_LIMIT, suspendDictionary, toBase85, type SuspendableDay } from '../../src/lms/suspend-data';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { replaySession, type Session } from '../../src/session/session';
import { playDay, scriptedTrainee } from '../../src/trainees/play-day';
import type { TraineeName } from '../../src/trainees/trainee';
import { bundledLibrary } from '../support/bundled-library';

const library: Scenario[] = bundledLibrary();
const HASH = 'a1b2c3d4'.repeat(8);

function savedDay(session: Session): SuspendableDay {
  return {
    appVersion: '0.1.0',
    scenarioId: session.scenario.id,
    scenarioHash: HASH,
    seed: session.seed,
    settings: session.settings,
    assignmentId: 'k3m9x-7qv2a',
    log: [...session.log],
    minute: session.minute,
    minuteFraction: 0.4375,
    savedAt: '2026-12-06T08:00:00.000Z',
  };
}

function encode(day: SuspendableDay, scenario: Scenario): string {
  return encodeSuspendData(day, { id: scenario.id, contentHash: HASH, dictionary: suspendDictionary(scenario) });
}

function finder(scenario: Scenario, contentHash = HASH) {
  return (id: string) => (id === scenario.id ? { contentHash, dictionary: suspendDictionary(scenario) } : null);
}

describe('base 85', () => {
  it('gives back every byte string it wrote, whatever its length', () => {
    for (let length = 0; length < 12; length++) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 97 + 255) % 256);
      expect(fromBase85(toBase85(bytes))).toEqual(bytes);
    }
  });

  it('writes none of the characters an LMS may escape', () => {
    expect(toBase85(Uint8Array.from({ length: 256 }, (_, index) => index))).toMatch(/^[^"'\\<>&%\s]*$/);
  });
});

describe('suspend data', () => {
  const scenario = library.find((candidate) => candidate.id === 'default-morning')!;

  it('gives back the day it kept, which replays to the same clinic', () => {
    const session = playDay(scenario, scriptedTrainee('novice', scenario, 7), { seed: 7 });
    const day = savedDay(session);
    const read = decodeSuspendData(encode(day, scenario), finder(scenario));
    expect(read).toEqual({ ok: true, record: day });
    if (!read.ok) return;
    const replayed = replaySession(scenario, session.seed, session.settings, read.record.log);
    expect(replayed.log).toEqual(session.log);
    expect(replayed.isOver).toBe(session.isOver);
  });

  it('keeps a day in timed play, whose actions fall between the quarter minutes', () => {
    const session = playDay(scenario, scriptedTrainee('expert', scenario, 1), { seed: 1 });
    const day = { ...savedDay(session), log: session.log.map((entry, index) => ({ ...entry, minute: entry.minute + index / 1000 })) };
    expect(decodeSuspendData(encode(day, scenario), finder(scenario))).toEqual({ ok: true, record: day });
  });

  it('refuses a day whose scenario has changed since, and says so', () => {
    const session = playDay(scenario, scriptedTrainee('expert', scenario, 1), { seed: 1 });
    const read = decodeSuspendData(encode(savedDay(session), scenario), finder(scenario, 'ffffffff'.repeat(8)));
    expect(read).toEqual({ ok: false, message: expect.stringContaining('The scenario has changed') });
  });

  it('refuses damaged or foreign text with a sentence, never an exception', () => {
    const session = playDay(scenario, scriptedTrainee('expert', scenario, 1), { seed: 1 });
    const text = encode(savedDay(session), scenario);
    const damaged = `${text.slice(0, 60)}zz${text.slice(62)}`;
    for (const bad of [damaged, text.slice(0, -7), '', 'hello', `cd1.${scenario.id}.a1b2c3d4.%%%%`]) {
      const read = decodeSuspendData(bad, finder(scenario));
      expect(read.ok).toBe(false);
    }
    expect(decodeSuspendData(text, () => null)).toEqual({ ok: false, message: expect.stringContaining('does not include') });
  });

  /** The scenario the 1.2 limit cannot hold: nine hours of one MA's work, about 800 actions. */
  const WHOLE_DAY = 'whole-day';
  /** SCORM 2004 4th edition's smallest permitted maximum for `cmi.suspend_data` (RTE 4.2.23, SPM 64000). */
  const SCORM_2004_SUSPEND_DATA_LIMIT = 64_000;

  it(`fits SCORM 1.2's ${SUSPEND_DATA_LIMIT} characters with the whole of every bundled morning and afternoon the scripted trainees play`, () => {
    let largest = { length: 0, day: '' };
    for (const each of library.filter((candidate) => candidate.id !== WHOLE_DAY)) {
      for (const [trainee, seed] of [['expert', 1], ['novice', 1], ['novice', 7]] as [TraineeName, number][]) {
        const session = playDay(each, scriptedTrainee(trainee, each, seed), { seed });
        const text = encode(savedDay(session), each);
        if (text.length > largest.length) largest = { length: text.length, day: `${each.id}, ${trainee} seed ${seed}, ${session.log.length} actions` };
        session.dispose();
      }
    }
    console.info(`largest suspend data: ${largest.length} characters (${largest.day})`);
    expect(largest.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    // Thirty-six whole days, played and encoded: about half a minute on a busy machine.
  }, 180_000);

  // A SCORM 1.2 LMS need keep only 4,096: the game tells the trainee there that the day in progress may not be kept (scenes/lms/lms-persistence.ts).
  it("keeps the whole 8-to-5 day within SCORM 2004's 64,000 characters", () => {
    const whole = library.find((candidate) => candidate.id === WHOLE_DAY)!;
    const session = playDay(whole, scriptedTrainee('novice', whole, 7), { seed: 7 });
    const text = encode(savedDay(session), whole);
    session.dispose();
    console.info(`whole day's suspend data: ${text.length} characters (novice seed 7, ${session.log.length} actions)`);
    expect(text.length).toBeLessThanOrEqual(SCORM_2004_SUSPEND_DATA_LIMIT);
  }, 60_000);
});
