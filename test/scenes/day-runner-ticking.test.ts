/**
 * However the page's timer ticks the real-time runner (every frame, once a second in a
 * background tab, one long jump after a sleeping laptop wakes, or any mix of them), the
 * day it plays is the day its action log replays to: the result file the game writes
 * verifies with the grader's own check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DayRunner } from '../../scenes/day-runner';
import { SPEEDS, type Speed } from '../../scenes/settings';
import { SeededRandom } from '../../src/domain/random';
import { parseScenarioText } from '../../src/scenario/scenario-loader';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { scoreDay } from '../../src/scoring/score';
import { EncounterWatch } from '../../src/session/day-view';
import { gradeResultFile } from '../../src/session/grade';
import { parseResultFile, resultFile } from '../../src/session/result-file';
import { Session } from '../../src/session/session';
import { arrivalMinute } from '../../src/clinic/encounter.machine';
import { scriptedTrainee } from '../../src/trainees/play-day';
import { actionForTask, expertTaskOrder, type ScriptedTrainee, type TraineeName } from '../../src/trainees/trainee';

interface LoadedScenario {
  readonly scenario: Scenario;
  readonly contentHash: string;
}

function bundled(id: string): LoadedScenario {
  const name = `${id}.yaml`;
  const loaded = parseScenarioText(readFileSync(join(import.meta.dirname, '..', '..', 'scenarios', name), 'utf8'), name);
  if (!loaded.ok) throw new Error(`${name} does not load`);
  return { scenario: loaded.scenario, contentHash: loaded.contentHash };
}

/**
 * A trainee who checks in the day's last patient and then forgets them: everything else is
 * done as the expert does it, and that patient, never roomed, leaves unseen while the
 * trainee waits on the floor. Their leaving, a timed event at a minute the check-in's
 * quarter minutes set, can be what ends the day before closing.
 */
function overlookingTrainee(scenario: Scenario): ScriptedTrainee {
  const forgotten = [...scenario.patients].sort((a, b) => arrivalMinute(b) - arrivalMinute(a))[0]!.id;
  return {
    name: 'overlooks the last patient',
    nextMove(session) {
      for (const task of expertTaskOrder(session, session.available(), null)) {
        if (task.patientId === forgotten && task.stage !== 'check-in' && task.stage !== 'phone') continue;
        const action = actionForTask(session, task);
        if (action && session.canAct(task.patientId, action)) return { patientId: task.patientId, action };
      }
      return null;
    },
  };
}

/** How the page's timer may call `tick`: the real milliseconds until the next call. */
interface TickPattern {
  readonly name: string;
  nextGap(random: SeededRandom): number;
}

const EVERY_FRAME: TickPattern = { name: 'every frame', nextGap: (random) => 16 + random.integer(0, 1) };
const ONCE_A_SECOND: TickPattern = { name: 'once a second (a background tab)', nextGap: (random) => 1000 + random.integer(0, 40) };
const LONG_JUMPS: TickPattern = {
  name: 'on time, with long jumps (a sleeping tab waking)',
  nextGap: (random) => (random.chance(0.02) ? random.integer(20_000, 600_000) : 100),
};
const RANDOM_MIX: TickPattern = {
  name: 'in a random mix',
  nextGap: (random) => random.pick([16, 17, 100, 250, 999, 1000, 1001, 2500, 45_000]) + random.integer(0, 3),
};

/** One day to play on the real-time runner. */
interface Case {
  readonly scenario: string;
  readonly trainee: TraineeName | 'overlooking';
  readonly seed: number;
  readonly speed: Speed;
  readonly pattern: TickPattern;
}

const PATTERNS = [EVERY_FRAME, ONCE_A_SECOND, LONG_JUMPS, RANDOM_MIX];

/**
 * Every speed the game offers meets every way of ticking twice: once with a trainee who
 * forgets a patient (so that, at the slower speeds, the day ends before closing at that
 * patient's leaving, a timed event the runner's whole-minute steps may overshoot), once
 * with the expert or the novice. The scenarios and seeds rotate through them, so the days
 * also end at closing time and on the trainee's last action.
 */
function casesFor(trainees: (index: number) => Case['trainee'], scenarios: readonly string[], seedBase: number): Case[] {
  return SPEEDS.flatMap((speed, speedIndex) =>
    PATTERNS.map((pattern, patternIndex): Case => {
      const index = speedIndex * PATTERNS.length + patternIndex;
      return { scenario: scenarios[index % scenarios.length]!, trainee: trainees(index), seed: seedBase + index, speed, pattern };
    }),
  );
}

const CASES: Case[] = [
  ...casesFor(() => 'overlooking', ['chronic-care', 'default-morning', 'front-desk-trouble', 'billing-day', 'adult-morning', 'pediatrics', 'externship-checkoff'], 1),
  ...casesFor((index) => (index % 3 === 2 ? 'novice' : 'expert'), ['first-day', 'default-morning', 'billing-day', 'front-desk-trouble', 'externship-checkoff', 'pediatrics'], 1),
];

/** A day as the game plays it in timed play, and the result file it writes at the end. */
interface PlayedDay {
  readonly text: string;
  readonly session: Session;
  readonly ticks: number;
}

/**
 * Plays a whole timed day through the runner, as the floor does: real time passes in the
 * pattern's gaps, the runner ticks at each; the trainee thinks on the floor for a seeded
 * while, then opens a station (the runner holds) and takes up to a few moves there, and
 * when nothing waits sometimes skips ahead. At the end the result file is written as the
 * game writes it.
 */
function playOnTheRunner(day: LoadedScenario, testCase: Case): PlayedDay {
  const random = new SeededRandom(testCase.seed * 7919);
  const watch = new EncounterWatch();
  const session = Session.start(day.scenario, { seed: testCase.seed, inspect: watch.inspect, settings: { mode: 'assessment', timerEnabled: true } });
  let now = 0;
  const runner = new DayRunner({ session, watch, speed: testCase.speed, now: () => now });
  const trainee = testCase.trainee === 'overlooking' ? overlookingTrainee(day.scenario) : scriptedTrainee(testCase.trainee, day.scenario, testCase.seed);
  let decideAt = 0;
  let ticks = 0;
  while (!session.isOver) {
    now += testCase.pattern.nextGap(random);
    runner.tick();
    ticks += 1;
    if (session.isOver || now < decideAt) continue;
    // Thinking on the floor: from a glance to half a minute of real time.
    decideAt = now + random.integer(0, 30_000);
    const release = runner.hold();
    const moves = random.integer(1, 4);
    let acted = false;
    for (let done = 0; done < moves && !session.isOver; done++) {
      const move = trainee.nextMove(session);
      if (move === null || !runner.act(move.patientId, move.action).accepted) break;
      acted = true;
      // Reading the station costs real time, which the held clock never charges.
      now += random.integer(500, 20_000);
    }
    release();
    if (!acted && runner.skipAheadBlocker === null && random.chance(0.5)) runner.skipAhead();
  }
  const file = resultFile({
    appVersion: 'test',
    scenarioId: session.scenario.id,
    scenarioHash: day.contentHash,
    seed: session.seed,
    settings: session.settings,
    player: 'Ticking test',
    log: [...session.log],
    result: scoreDay(session.record()),
  });
  runner.dispose();
  return { text: JSON.stringify(file), session, ticks };
}

/** How each day played above ended: before closing at a timed event, on an action, or at closing. */
const endings: ('a timed event' | 'an action' | 'closing')[] = [];

function endingOf(session: Session): (typeof endings)[number] {
  if (session.minute >= session.closingMinute) return 'closing';
  const ended = session.record().timeline.find((entry) => entry.kind === 'day-ended');
  return session.log.at(-1)?.minute === ended?.minute ? 'an action' : 'a timed event';
}

describe('DayRunner ticked irregularly', () => {
  const loaded = new Map(CASES.map((testCase) => [testCase.scenario, bundled(testCase.scenario)]));

  it.each(CASES.map((testCase) => [testCase.scenario, testCase.trainee, testCase.seed, testCase.speed, testCase.pattern.name, testCase] as const))(
    'plays %s (%s trainee, seed %i) at %s× ticked %s to a result file that verifies',
    (_scenario, _trainee, _seed, _speed, _pattern, testCase) => {
      const day = loaded.get(testCase.scenario)!;
      const played = playOnTheRunner(day, testCase);
      endings.push(endingOf(played.session));
      const read = parseResultFile(played.text);
      if (!read.ok) throw new Error(read.problems.join('\n'));
      expect(read.file.log.length).toBeGreaterThan(0);
      const verdict = gradeResultFile(read.file, day.scenario, day.contentHash);
      expect(verdict.verified ? [] : verdict.reasons).toEqual([]);
      played.session.dispose();
    },
  );

  it('has covered every speed the game offers with every way of ticking, and days ending in every way', () => {
    for (const speed of SPEEDS) {
      expect(CASES.filter((testCase) => testCase.speed === speed).map((testCase) => testCase.pattern.name)).toEqual([...PATTERNS, ...PATTERNS].map((pattern) => pattern.name));
    }
    // Counted from the days played above (a file's tests run in order).
    expect(endings).toHaveLength(CASES.length);
    expect(new Set(endings)).toEqual(new Set(['a timed event', 'an action', 'closing']));
  });
});
