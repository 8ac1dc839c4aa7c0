import { describe, expect, it } from 'vitest';
import { DayRunner } from '../../scenes/day-runner';
import { autosaveDay } from '../../scenes/persistence/day-autosave';
import { readSavedDay, type SavedDay } from '../../scenes/persistence/save-format';
import { resumeSession } from '../../scenes/persistence/resume-session';
import { savedDayOf, type DayScenario } from '../../scenes/persistence/saved-day';
import { EncounterWatch } from '../../src/session/day-view';
import { Session, type SessionSettings } from '../../src/session/session';
import { patient, scenario } from '../support/scenario-builder';
import { STAGE_TASK_WORKFLOWS } from '../support/stage-tasks';

/** Two patients at 08:20 and 08:40; on the floor the clock runs at 2 real seconds per clinic minute. */
const testDay = scenario([patient('p1', '08:20'), patient('p2', '08:40')], {
  timer: { enabled: true, secondsPerMinute: 2, locked: false },
});
const day: DayScenario = { key: testDay.id, scenario: testDay, contentHash: 'c'.repeat(64), customSource: null };
const EIGHT_TWENTY = 8 * 60 + 20;
const TIMED: SessionSettings = { mode: 'assessment', timerEnabled: true };

function doNothing(): void {}

/** What one save would have written, read back as the title screen reads it. */
interface Written {
  readonly actions: number;
  readonly minute: number;
  readonly minuteFraction: number;
}

/**
 * A day on the runner with a fake real clock, saved by `autosaveDay`: every save is the
 * record the game would write at that moment (`savedDayOf` with the runner's fraction).
 */
function autosavedDay(settings: SessionSettings = TIMED, minuteFraction = 0, session?: Session) {
  const played = session ?? Session.start(testDay, { seed: 5, workflows: STAGE_TASK_WORKFLOWS, settings });
  const watch = new EncounterWatch();
  let now = 0;
  const runner = new DayRunner({ session: played, watch, speed: 1, now: () => now, minuteFraction });
  const saves: SavedDay[] = [];
  let ended = 0;
  let hide = doNothing;
  const stop = autosaveDay({
    runner,
    now: () => now,
    save: () => saves.push(JSON.parse(JSON.stringify(savedDayOf(played, day, '0.1.0', new Date('2026-03-02T10:00:00Z'), { minuteFraction: runner.minuteFraction }))) as SavedDay),
    onEnded: () => (ended += 1),
    onPageHidden: (listener) => {
      hide = listener;
      return () => (hide = doNothing);
    },
  });
  return {
    runner,
    saves,
    written: (): Written[] => saves.map((record) => ({ actions: record.log.length, minute: record.minute, minuteFraction: record.minuteFraction ?? 0 })),
    ended: () => ended,
    hidePage: () => hide(),
    stop,
    /** Real time passing with the runner's timer ticking every 100 ms. */
    wait(ms: number) {
      for (let waited = 0; waited < ms; waited += 100) {
        now += Math.min(100, ms - waited);
        runner.tick();
      }
    },
  };
}

describe('autosaveDay', () => {
  it('saves after every accepted action in timed play, each save holding that action', () => {
    const { runner, written } = autosavedDay();
    runner.skipAhead();
    const release = runner.hold();
    expect(runner.act('p1', { type: 'check-in.completed' }).accepted).toBe(true);
    expect(written()).toEqual([{ actions: 1, minute: EIGHT_TWENTY + 0.25, minuteFraction: 0 }]);
    expect(runner.act('p1', { type: 'patient.roomed', announce: 'first-name' }).accepted).toBe(true);
    expect(written().map((save) => save.actions)).toEqual([1, 2]);
    release();
  });

  it('saves nothing for a day without an action yet, however long the clock runs', () => {
    const { runner, saves, wait } = autosavedDay();
    wait(20_000);
    expect(runner.session.minute).toBe(8 * 60 + 10);
    expect(saves).toEqual([]);
  });

  it('saves the clinic minutes the floor clock runs at most once every few real seconds, and never between minutes', () => {
    const { runner, written, wait } = autosavedDay();
    runner.skipAhead();
    runner.act('p1', { type: 'check-in.completed' });
    // 11.6 real seconds at 2 s a minute: from 08:20:15 the clock reaches 08:21 after 1.5 s, 08:22 after 3.5 s, … 08:26 after 11.5 s.
    // The saves 5 s apart or more: the action's (0 s), 08:23's (5.5 s) and 08:26's (11.5 s).
    wait(11_600);
    expect(runner.session.minute).toBe(EIGHT_TWENTY + 6);
    expect(written().map((save) => save.minute)).toEqual([EIGHT_TWENTY + 0.25, EIGHT_TWENTY + 3, EIGHT_TWENTY + 6]);
  });

  it('saves every action at once, however soon after the last save for the clock', () => {
    const { runner, written, wait } = autosavedDay();
    runner.skipAhead();
    runner.act('p1', { type: 'check-in.completed' });
    wait(5600);
    const release = runner.hold();
    expect(runner.act('p1', { type: 'patient.roomed', announce: 'first-name' }).accepted).toBe(true);
    release();
    expect(written().map((save) => save.actions)).toEqual([1, 1, 2]);
    expect(written().at(-1)!.minute).toBe(runner.session.minute);
  });

  it('saves when the page is hidden or left, with the part of the running minute already gone', () => {
    const { runner, written, wait, hidePage } = autosavedDay();
    runner.skipAhead();
    runner.act('p1', { type: 'check-in.completed' });
    // 1.2 real seconds: 0.6 of a minute on top of the check-in's quarter.
    wait(1200);
    hidePage();
    expect(written().at(-1)).toEqual({ actions: 1, minute: EIGHT_TWENTY + 0.25, minuteFraction: expect.closeTo(0.6, 5) as number });
  });

  it('saves every action of untimed practice too', () => {
    const { runner, written } = autosavedDay({ mode: 'practice', timerEnabled: false });
    runner.nextEvent();
    runner.act('p1', { type: 'check-in.completed' });
    runner.act('p1', { type: 'patient.roomed', announce: 'first-name' });
    expect(written()).toEqual([
      { actions: 1, minute: EIGHT_TWENTY + 0.25, minuteFraction: 0 },
      { actions: 2, minute: written()[1]!.minute, minuteFraction: 0 },
    ]);
  });

  it('files the day once when it ends, and saves it no more, even when the page is then hidden', () => {
    const { runner, saves, ended, hidePage } = autosavedDay();
    runner.skipAhead();
    runner.act('p1', { type: 'check-in.completed' });
    const before = saves.length;
    runner.endDay();
    hidePage();
    expect(ended()).toBe(1);
    expect(saves).toHaveLength(before);
  });

  it('stops saving once stopped (another day replaced this one)', () => {
    const { runner, saves, stop, hidePage } = autosavedDay();
    runner.skipAhead();
    runner.act('p1', { type: 'check-in.completed' });
    stop();
    runner.act('p1', { type: 'patient.roomed', announce: 'first-name' });
    hidePage();
    expect(saves).toHaveLength(1);
  });
});

describe('autosaveDay with idle saves', () => {
  it('leaves the saves after an action or a minute to the idle time, and saves at once when the page is left', () => {
    const played = Session.start(testDay, { seed: 5, workflows: STAGE_TASK_WORKFLOWS, settings: TIMED });
    let now = 0;
    const runner = new DayRunner({ session: played, watch: new EncounterWatch(), speed: 1, now: () => now });
    const asked: string[] = [];
    let hide = doNothing;
    autosaveDay({
      runner,
      now: () => now,
      save: () => asked.push(`now ${played.log.length}@${played.minute}`),
      saveWhenIdle: () => asked.push(`idle ${played.log.length}@${played.minute}`),
      onEnded: doNothing,
      onPageHidden: (listener) => {
        hide = listener;
        return () => (hide = doNothing);
      },
    });
    runner.skipAhead();
    runner.act('p1', { type: 'check-in.completed' });
    for (let waited = 0; waited < 2000; waited += 100) {
      now += 100;
      runner.tick();
    }
    hide();
    // The clock reached 08:21 after 1.5 s, too soon after the action's save for another: leaving the page saves it.
    expect(asked).toEqual([`idle 1@${EIGHT_TWENTY + 0.25}`, `now 1@${EIGHT_TWENTY + 1}`]);
  });
});

describe('A timed day reloaded', () => {
  it('resumes the running clock where the page left it: no floor time lost, none given back', () => {
    const first = autosavedDay();
    first.runner.skipAhead();
    first.runner.act('p1', { type: 'check-in.completed' });
    first.wait(1200);
    first.hidePage();
    const read = readSavedDay(first.saves.at(-1));
    if (!read.ok) throw new Error(read.message);

    const resumed = autosavedDay(TIMED, read.value.minuteFraction, resumeSession(read.value, testDay, { workflows: STAGE_TASK_WORKFLOWS }));
    expect(resumed.runner.session.log).toEqual(first.runner.session.log);
    expect(resumed.runner.minuteFraction).toBeCloseTo(first.runner.minuteFraction, 5);
    // 0.25 + 0.6 of the minute gone before the reload: 0.3 s more on the floor reaches 08:21, as it would have without it.
    resumed.wait(200);
    first.wait(200);
    expect([resumed.runner.session.minute, first.runner.session.minute]).toEqual([EIGHT_TWENTY + 0.25, EIGHT_TWENTY + 0.25]);
    resumed.wait(200);
    first.wait(200);
    expect([resumed.runner.session.minute, first.runner.session.minute]).toEqual([EIGHT_TWENTY + 1, EIGHT_TWENTY + 1]);
  });
});
