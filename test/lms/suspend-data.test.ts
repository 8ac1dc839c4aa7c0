import { describe, expect, it } from 'vitest';
import { decodeSuspendData, encodeSuspendData, encodeSuspendDataV2, fromBase85, scorm12Overflow, SUSPEND_DATA_LIMIT, SUSPEND_DATA_PREFIX, suspendScenario, toBase85, type SuspendableDay } from '../../src/lms/suspend-data';
import { encodeSuspendDataV1 } from '../../src/lms/suspend-data-v1';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { replaySession, type Session } from '../../src/session/session';
import { PERSON_PACE_SECONDS, playDayPaced, REPORTED_PACES } from '../../src/trainees/paced-play';
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

describe("a day longer than SCORM 1.2's suspend_data", () => {
  it('is told to the trainee with its length and by how much it is over; a day that fits is not', () => {
    expect(scorm12Overflow('x'.repeat(SUSPEND_DATA_LIMIT))).toBeNull();
    expect(scorm12Overflow('x'.repeat(5000))).toBe('the day in progress takes 5,000 characters, 904 more than the 4,096 a SCORM 1.2 LMS must keep, so it may not be kept');
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

  it("gives back every minute bit for bit: the clock's roundings, a minute off every grid, a minute far from the one before", () => {
    const { session } = playDayPaced(scenario, scriptedTrainee('novice', scenario, 7), { seed: 7, secondsPerDecision: 3 });
    const minutes = session.log.map((entry) => entry.minute);
    // The clock adds a decision's 0.3 minute to minutes such as 480.25: some land a rounding away from the grid.
    expect(minutes.some((minute) => Math.round(minute * 60) / 60 !== minute)).toBe(true);
    // Off the grid by a few billionths, a minute next to 0 (kept in full), one far ahead, then back.
    const odd = [Math.PI / 1e9, 0, 2 ** 40 + 0.1];
    const day = { ...savedDay(session), log: session.log.map((entry, index) => ({ ...entry, minute: index === 1 ? 1e-300 : entry.minute + (odd[index] ?? 0) })) };
    const read = decodeSuspendData(encode(day, scenario), finder(scenario));
    expect(read).toEqual({ ok: true, record: day });
    if (read.ok) expect(read.record.log.map((entry) => Object.is(entry.minute, day.log[entry.seq]!.minute))).not.toContain(false);
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

  it('still reads a day kept in the second format (cd2.), which wrote a minute off the quarter-minute grid in full', () => {
    const { session } = playDayPaced(scenario, scriptedTrainee('novice', scenario, 1), { seed: 1, secondsPerDecision: PERSON_PACE_SECONDS });
    const day = savedDay(session);
    const old = encodeSuspendDataV2(day, suspendScenario(scenario, HASH));
    expect(old.startsWith('cd2.')).toBe(true);
    expect(decodeSuspendData(old, finder(scenario))).toEqual({ ok: true, record: day });
    expect(encode(day, scenario).length).toBeLessThan(old.length);
  });

  it('refuses, with a sentence, a text of a later format than this game reads', () => {
    const session = playDay(scenario, scriptedTrainee('expert', scenario, 1), { seed: 1 });
    const text = encode(savedDay(session), scenario);
    expect(text.startsWith('cd3.')).toBe(true);
    expect(decodeSuspendData(`cd4.${text.slice(4)}`, finder(scenario))).toEqual({ ok: false, message: expect.stringContaining('not saved by this version') });
  });

  /** The largest bundled day: nine hours of one MA's work, about 800 actions. */
  const WHOLE_DAY = 'whole-day';

  it(`keeps every bundled scenario's whole novice day (seeds 1 and 7), untimed and at a person's pace on the running clock, within SCORM 1.2's ${SUSPEND_DATA_LIMIT} characters, and the day it gives back replays to the same log`, () => {
    let longest = { length: 0, day: '' };
    for (const each of library) {
      const known = suspendScenario(each, HASH);
      for (const seed of [1, 7]) {
        for (const pace of [0, PERSON_PACE_SECONDS]) {
          const trainee = scriptedTrainee('novice', each, seed);
          const session = pace === 0 ? playDay(each, trainee, { seed }) : playDayPaced(each, trainee, { seed, secondsPerDecision: pace }).session;
          const day = savedDay(session);
          const text = encodeSuspendData(day, known);
          const name = `${each.id}, novice seed ${seed}, ${pace === 0 ? 'untimed' : `${pace} s a decision`}, ${day.log.length} actions`;
          if (text.length > longest.length) longest = { length: text.length, day: name };
          expect(text.length, name).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
          const read = decodeSuspendData(text, () => known);
          expect(read, name).toEqual({ ok: true, record: day });
          if (read.ok) {
            const replayed = replaySession(each, session.seed, session.settings, read.record.log);
            expect(replayed.log, name).toEqual(session.log);
            // The clock to the minute kept, as a resumed day's is (`scenes/persistence/resume-session.ts`).
            replayed.advanceTo(read.record.minute as number);
            expect([replayed.minute, replayed.isOver], name).toEqual([session.minute, session.isOver]);
            replayed.dispose();
          }
          session.dispose();
        }
      }
    }
    console.info(`longest suspend data of a novice day: ${longest.length} characters (${longest.day})`);
  }, 900_000);

  it(`keeps the whole 8-to-5 day of the expert within ${SUSPEND_DATA_LIMIT} characters at every pace the README reports, and gives it back action by action`, () => {
    const whole = library.find((candidate) => candidate.id === WHOLE_DAY)!;
    for (const pace of [0, ...REPORTED_PACES]) {
      const trainee = scriptedTrainee('expert' as TraineeName, whole, 1);
      const session = pace === 0 ? playDay(whole, trainee, { seed: 1 }) : playDayPaced(whole, trainee, { seed: 1, secondsPerDecision: pace }).session;
      const day = savedDay(session);
      const text = encode(day, whole);
      session.dispose();
      console.info(`whole day's suspend data: ${text.length} characters (expert seed 1, ${pace === 0 ? 'untimed' : `${pace} s a decision`}, ${day.log.length} actions)`);
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
