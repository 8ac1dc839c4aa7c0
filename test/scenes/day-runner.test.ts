import { describe, expect, it } from 'vitest';
import { scoreDay } from '../../src/scoring/score';
import { EncounterWatch } from '../../src/session/day-view';
import { replaySession, Session, type AvailableTask, type SessionSettings } from '../../src/session/session';
import { STAGE_TASK_WORKFLOWS } from '../support/stage-tasks';
import { DayRunner, skipAheadBlocker, skipAheadDescription } from '../../scenes/day-runner';
import { patient, scenario } from '../support/scenario-builder';

/** A quiet start: nobody comes before 08:20; the clock runs at 2 real seconds per clinic minute. */
const day = scenario([patient('p1', '08:20'), patient('p2', '08:40')], {
  timer: { enabled: true, secondsPerMinute: 2, locked: false },
});

const EIGHT_TWENTY = 8 * 60 + 20;

/** A runner on a real clock the test moves by hand: `wait` lets real time pass with the runner ticking, `pass` without. */
function startRunner(settings: SessionSettings = { mode: 'assessment', timerEnabled: true }): {
  runner: DayRunner;
  wait(ms: number): void;
  pass(ms: number): void;
} {
  const watch = new EncounterWatch();
  const session = Session.start(day, { seed: 5, workflows: STAGE_TASK_WORKFLOWS, inspect: watch.inspect, settings });
  let now = 0;
  const runner = new DayRunner({ session, watch, speed: 1, now: () => now });
  return {
    runner,
    // Ticks every 100 ms, as the runner's own timer does.
    wait(ms) {
      for (let waited = 0; waited < ms; waited += 100) {
        now += Math.min(100, ms - waited);
        runner.tick();
      }
    },
    pass(ms) {
      now += ms;
    },
  };
}

describe('skipAheadBlocker', () => {
  const cases: { waiting: Pick<AvailableTask, 'patientId' | 'stage'>[]; says: string | null }[] = [
    { waiting: [], says: null },
    { waiting: [{ patientId: 'p1', stage: 'check-in' }], says: 'A patient is waiting for you.' },
    { waiting: [{ patientId: 'p1', stage: 'check-in' }, { patientId: 'p2', stage: 'rooming' }], says: '2 patients are waiting for you.' },
    { waiting: [{ patientId: 'p1', stage: 'phone' }], says: 'A call is waiting for you.' },
    { waiting: [{ patientId: 'p1', stage: 'billing' }], says: 'A claim is waiting for you.' },
    {
      waiting: [
        { patientId: null, stage: 'phone' },
        { patientId: 'p1', stage: 'checkout' },
        { patientId: 'p2', stage: 'billing' },
        { patientId: 'p3', stage: 'billing' },
      ],
      says: 'A patient, a call and 2 claims are waiting for you.',
    },
  ];

  it.each(cases)('says "$says" while $waiting.length tasks wait', ({ waiting, says }) => {
    expect(skipAheadBlocker({ isOver: false, waiting })).toBe(says);
  });

  it('says the clinic is closed once the day is over', () => {
    expect(skipAheadBlocker({ isOver: true, waiting: [] })).toBe('The clinic is closed.');
  });
});

describe('skipAheadDescription (the playtests: greyed all day on the whole day, and never why)', () => {
  it('names each line of Needs you that holds the clock, what it asks, and how the inbox lets it run', () => {
    const waiting = [
      { patientId: 'margaret-oyelaran', stage: 'rooming', label: 'Margaret Oyelaran', task: 'Take vitals' },
      { patientId: null, stage: 'inbox', label: 'Inbox: 4 messages, 1 due 10:30', task: 'Work the inbox', count: 4 },
    ] as const;
    expect(skipAheadDescription({ isOver: false, waiting })).toBe(
      'A patient and 4 inbox items are waiting for you: Margaret Oyelaran (Take vitals); Inbox: 4 messages, 1 due 10:30 (Work the inbox). Skip ahead runs only while nothing waits for you (an inbox item you set aside does not count until it is due).',
    );
  });

  it('names a call and says nothing of the inbox where it holds nothing', () => {
    const waiting = [{ patientId: 'p1', stage: 'phone', label: 'Phone: Denise Johnson', task: 'Answer the phone' }] as const;
    expect(skipAheadDescription({ isOver: false, waiting })).toBe('A call is waiting for you: Phone: Denise Johnson (Answer the phone). Skip ahead runs only while nothing waits for you.');
  });

  it('leaves out an inbox set aside, and says the clock may run when nothing else waits', () => {
    const waiting = [{ patientId: null, stage: 'inbox', label: 'Inbox: 1 message, 1 due 16:30', task: 'Work the inbox', count: 0, deferred: true }] as const;
    expect(skipAheadDescription({ isOver: false, waiting })).toBe('Nobody needs you: let the clock run to the next thing that happens.');
  });

  it('says the clinic is closed once the day is over', () => {
    expect(skipAheadDescription({ isOver: true, waiting: [] })).toBe('The clinic is closed.');
  });
});

describe('DayRunner.skipAhead', () => {
  it('moves the clock to the next arrival while nobody waits, and tells its listeners', () => {
    const { runner } = startRunner();
    const minutes: number[] = [];
    runner.subscribe((state) => minutes.push(state.view.clock.minute));
    expect(runner.view.queue).toEqual([]);
    expect(runner.skipAheadBlocker).toBeNull();

    expect(runner.skipAhead()).toBe(true);
    expect(runner.session.minute).toBe(EIGHT_TWENTY);
    expect(runner.view.clock.text).toBe('08:20');
    expect(runner.view.queue.map((item) => item.patientId)).toEqual(['p1']);
    expect(minutes).toEqual([8 * 60, EIGHT_TWENTY]);
  });

  it('does nothing while a patient waits, so a second click or key press after the skip is safe', () => {
    const { runner } = startRunner();
    expect(runner.skipAhead()).toBe(true);
    let notified = 0;
    runner.subscribe(() => (notified += 1));

    expect(runner.skipAhead()).toBe(false);
    expect(runner.skipAhead()).toBe(false);
    expect(runner.session.minute).toBe(EIGHT_TWENTY);
    expect(runner.session.log).toEqual([]);
    expect(runner.skipAheadBlocker).toBe('A patient is waiting for you.');
    expect(notified).toBe(1);
  });

  it('starts the new minute afresh: real time from before the skip is not counted after it', () => {
    const { runner, wait, pass } = startRunner();
    // Three quarters of a clinic minute gone in real time (1.5 s at 2 s per minute).
    wait(1500);
    expect(runner.session.minute).toBe(8 * 60);
    expect(runner.minuteFraction).toBeCloseTo(0.75);

    // The skip comes 80 ms after the last tick; the next tick, 20 ms after the skip, counts only those 20 ms.
    pass(80);
    runner.skipAhead();
    expect(runner.minuteFraction).toBe(0);
    wait(20);
    expect(runner.minuteFraction).toBeCloseTo(0.01);
    wait(1980);
    expect(runner.session.minute).toBe(EIGHT_TWENTY + 1);
    expect(runner.minuteFraction).toBeCloseTo(0);
  });

  it('works while paused, and the paused clock stays put after the skip', () => {
    const { runner, wait } = startRunner();
    runner.setPaused(true);
    expect(runner.skipAhead()).toBe(true);
    wait(2000);
    expect(runner.session.minute).toBe(EIGHT_TWENTY);
  });

  it('does nothing once the day is over', () => {
    const { runner } = startRunner({ mode: 'practice', timerEnabled: true });
    runner.endDay();
    const closedAt = runner.session.minute;
    expect(runner.skipAheadBlocker).toBe('The clinic is closed.');
    expect(runner.skipAhead()).toBe(false);
    expect(runner.session.minute).toBe(closedAt);
  });
});

/** Starts the runner and brings p1 in at 08:20, with the real clock at a whole minute. */
function atCheckIn(settings?: SessionSettings): ReturnType<typeof startRunner> {
  const started = startRunner(settings);
  started.runner.skipAhead();
  return started;
}

describe('DayRunner time model', () => {
  it('runs the clock in real time on the floor: 2 real seconds per clinic minute at 1×', () => {
    const { runner, wait } = atCheckIn();
    wait(10_000);
    expect(runner.session.minute).toBe(EIGHT_TWENTY + 5);
    expect(runner.running).toBe(true);
  });

  it('stands the clock still while a station is open, however long the trainee reads', () => {
    const { runner, wait } = atCheckIn();
    const release = runner.hold();
    expect(runner.held).toBe(true);
    expect(runner.running).toBe(false);
    wait(120_000);
    expect(runner.session.minute).toBe(EIGHT_TWENTY);
    release();
    expect(runner.held).toBe(false);
  });

  it('moves the clock inside a station by the action’s minutes alone', () => {
    const { runner, wait } = atCheckIn();
    const release = runner.hold();
    wait(30_000);
    const outcome = runner.act('p1', { type: 'check-in.completed' });
    expect(outcome.accepted).toBe(true);
    expect(runner.session.minute).toBe(EIGHT_TWENTY + 0.25);
    wait(30_000);
    expect(runner.session.minute).toBe(EIGHT_TWENTY + 0.25);
    release();
  });

  it('counts the floor time before a station opens, and none of the time inside it, once the trainee is back', () => {
    const { runner, wait, pass } = atCheckIn();
    // 1.5 s on the floor: three quarters of a minute.
    wait(1500);
    const release = runner.hold();
    expect(runner.minuteFraction).toBeCloseTo(0.75);
    // A minute of real time inside, some of it between ticks.
    wait(59_950);
    pass(50);
    release();
    expect(runner.session.minute).toBe(EIGHT_TWENTY);
    // Half a real second more on the floor completes the minute.
    wait(500);
    expect(runner.session.minute).toBe(EIGHT_TWENTY + 1);
  });

  it('keeps the floor time a decision took when the action then moves the clock (no fraction lost)', () => {
    const { runner, wait } = atCheckIn();
    // 0.2 s on the floor: a tenth of a minute run up deciding.
    wait(200);
    const release = runner.hold();
    // The action's quarter minute carries the clock past that tenth.
    runner.act('p1', { type: 'check-in.completed' });
    release();
    expect(runner.session.minute).toBe(EIGHT_TWENTY + 0.25);
    // 0.1 + 0.25 + 0.7 = 1.05: 1.4 s more on the floor reaches 08:21, the tenth not lost.
    wait(1400);
    expect(runner.session.minute).toBe(EIGHT_TWENTY + 1);
  });

  it('keeps the clock still until every hold is released (a dialog over a station)', () => {
    const { runner, wait } = atCheckIn();
    const station = runner.hold();
    const dialog = runner.hold();
    station();
    station();
    wait(10_000);
    expect(runner.session.minute).toBe(EIGHT_TWENTY);
    dialog();
    wait(10_000);
    expect(runner.session.minute).toBe(EIGHT_TWENTY + 5);
  });

  it('tells its listeners when the trainee leaves and comes back to the floor', () => {
    const { runner } = atCheckIn();
    const held: boolean[] = [];
    runner.subscribe((state) => held.push(state.held));
    const release = runner.hold();
    release();
    expect(held).toEqual([false, true, false]);
  });

  it('runs at half speed at 0.5×: 4 real seconds per clinic minute', () => {
    const { runner, wait } = atCheckIn();
    runner.setSpeed(0.5);
    wait(10_000);
    expect(runner.session.minute).toBe(EIGHT_TWENTY + 2);
    expect(runner.speed).toBe(0.5);
  });

  it('never runs by itself in untimed practice, on the floor or off it', () => {
    const { runner, wait } = startRunner({ mode: 'practice', timerEnabled: false });
    wait(60_000);
    expect(runner.session.minute).toBe(8 * 60);
    expect(runner.running).toBe(false);
  });

  it('shows time moved behind its back on the next tick, even while a station holds the clock', () => {
    const { runner, wait } = atCheckIn();
    const release = runner.hold();
    runner.session.advanceTo(EIGHT_TWENTY + 4);
    expect(runner.view.clock.minute).toBe(EIGHT_TWENTY);
    wait(100);
    expect(runner.view.clock.minute).toBe(EIGHT_TWENTY + 4);
    release();
  });
});

describe('DayRunner at the end of the day', () => {
  /** One patient who leaves 5 minutes after check-in if nobody rooms them; at 4× a second of real time is 2 clinic minutes. */
  const short = scenario([patient('p1', '08:20')], {
    timer: { enabled: true, secondsPerMinute: 0.5, locked: false },
    day: { date: '2026-03-10', start: '08:00', end: '12:00', targetPatientsPerHour: 2, patience: { complainAfterMinutes: 3, leaveAfterMinutes: 5 } },
  });

  it('ends the day at the minute its last patient leaves, though one tick of a background tab covers eight clinic minutes', () => {
    const watch = new EncounterWatch();
    const session = Session.start(short, { seed: 3, workflows: STAGE_TASK_WORKFLOWS, inspect: watch.inspect, settings: { mode: 'assessment', timerEnabled: true } });
    let now = 0;
    const runner = new DayRunner({ session, watch, speed: 4, now: () => now });
    runner.skipAhead();
    expect(runner.act('p1', { type: 'check-in.completed' }).accepted).toBe(true);
    // Checked in, p1 waits for a room from 08:20 and leaves at 08:25; the tab ticks once a second.
    for (let ticks = 0; ticks < 5 && !session.isOver; ticks++) {
      now += 1000;
      runner.tick();
    }
    expect(session.isOver).toBe(true);
    expect(session.minute).toBe(8 * 60 + 25);
    const replayed = replaySession(short, 3, session.settings, session.log, { workflows: STAGE_TASK_WORKFLOWS });
    replayed.finish();
    expect(scoreDay(session.record()).stats.dayMinutes).toBe(25);
    expect(scoreDay(replayed.record())).toEqual(scoreDay(session.record()));
  });

  it('never moves the clock of a finished day', () => {
    const { runner } = startRunner();
    runner.endDay();
    const closedAt = runner.session.minute;
    runner.session.advanceTo(closedAt + 30);
    expect(runner.session.minute).toBe(closedAt);
  });
});
