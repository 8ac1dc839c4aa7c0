import { describe, expect, it } from 'vitest';
import { decodeSuspendData, encodeSuspendData, fromBase85, SUSPEND_DATA_LIMIT, SUSPEND_DATA_PREFIX, suspendScenario, toBase85, type SuspendableDay } from '../../src/lms/suspend-data';
import { encodeSuspendDataV1 } from '../../src/lms/suspend-data-v1';
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
  return encodeSuspendData(day, suspendScenario(scenario, HASH));
}

function finder(scenario: Scenario, contentHash = HASH) {
  const known = suspendScenario(scenario, contentHash);
  return (id: string) => (id === scenario.id ? known : null);
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

  it('still reads a day kept in the first format (cd1.), which an LMS may hold from an earlier package', () => {
    const session = playDay(scenario, scriptedTrainee('novice', scenario, 1), { seed: 1 });
    const day = savedDay(session);
    const old = encodeSuspendDataV1(day, suspendScenario(scenario, HASH));
    expect(old.startsWith('cd1.')).toBe(true);
    expect(encode(day, scenario).startsWith(SUSPEND_DATA_PREFIX)).toBe(true);
    expect(decodeSuspendData(old, finder(scenario))).toEqual({ ok: true, record: day });
  });

  it('refuses, with a sentence, a text of a later format than this game reads', () => {
    const session = playDay(scenario, scriptedTrainee('expert', scenario, 1), { seed: 1 });
    const text = encode(savedDay(session), scenario);
    expect(decodeSuspendData(`cd3.${text.slice(4)}`, finder(scenario))).toEqual({ ok: false, message: expect.stringContaining('not saved by this version') });
  });

  /** The largest bundled day: nine hours of one MA's work, about 800 actions. */
  const WHOLE_DAY = 'whole-day';

  it(`keeps the whole 8-to-5 day, the expert's and the novice's, within SCORM 1.2's ${SUSPEND_DATA_LIMIT} characters, and gives it back action by action`, () => {
    const whole = library.find((candidate) => candidate.id === WHOLE_DAY)!;
    for (const [trainee, seed] of [['expert', 1], ['novice', 1], ['novice', 7]] as [TraineeName, number][]) {
      const session = playDay(whole, scriptedTrainee(trainee, whole, seed), { seed });
      const day = savedDay(session);
      const text = encode(day, whole);
      session.dispose();
      console.info(`whole day's suspend data: ${text.length} characters (${trainee} seed ${seed}, ${day.log.length} actions)`);
      expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
      expect(decodeSuspendData(text, finder(whole))).toEqual({ ok: true, record: day });
    }
  }, 180_000);

  it(`keeps within ${SUSPEND_DATA_LIMIT} characters the longest day the novice plays over seeds 1 to 12 of every bundled scenario`, () => {
    let longest = { actions: -1, length: 0, day: '' };
    for (const each of library) {
      const known = suspendScenario(each, HASH);
      for (let seed = 1; seed <= 12; seed++) {
        const session = playDay(each, scriptedTrainee('novice', each, seed), { seed });
        if (session.log.length > longest.actions) {
          const text = encodeSuspendData(savedDay(session), known);
          longest = { actions: session.log.length, length: text.length, day: `${each.id}, novice seed ${seed}` };
        }
        session.dispose();
      }
    }
    console.info(`longest novice day: ${longest.actions} actions, ${longest.length} characters of suspend data (${longest.day})`);
    expect(longest.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    // 156 days played: minutes on a busy machine.
  }, 900_000);
});
