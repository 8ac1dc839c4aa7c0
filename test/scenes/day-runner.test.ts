import { describe, expect, it } from 'vitest';
import { EncounterWatch } from '../../src/session/day-view';
import { Session, type AvailableTask, type SessionSettings } from '../../src/session/session';
import { STAGE_TASK_WORKFLOWS } from '../../src/workflows/registry';
import { DayRunner, skipAheadBlocker } from '../../scenes/day-runner';
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
