import { describe, expect, it } from 'vitest';
import { scoreDay } from '../../src/scoring/score';
import { Session } from '../../src/session/session';
import { expertTrainee } from '../../src/trainees/expert-trainee';
import { DaySaver } from '../../scenes/persistence/day-saver';
import { readSavedDay, SAVE_FORMAT_VERSION, type SavedDay } from '../../scenes/persistence/save-format';
import { resumeSession } from '../../scenes/persistence/resume-session';
import { assessSavedDay, customScenarioKey, savedDayOf, type DayScenario, type ScenarioFinder } from '../../scenes/persistence/saved-day';
import { loadBundledScenarioCatalog, type PlayableScenarioEntry } from '../../scenes/scenario-catalog';

const playable = loadBundledScenarioCatalog().filter((entry): entry is PlayableScenarioEntry => entry.kind === 'playable');

/** Every bundled scenario, loaded as the page loads one when it is chosen. */
const bundledDays = new Map<string, DayScenario>(
  await Promise.all(playable.map(async (entry) => [entry.id, { key: entry.id, scenario: await entry.load(), contentHash: entry.contentHash, customSource: null }] as const)),
);

function bundled(id: string): DayScenario {
  const day = bundledDays.get(id);
  if (!day) throw new Error(`no bundled scenario ${id}`);
  return day;
}

const finder: ScenarioFinder = {
  bundled: async (id) => bundledDays.get(id),
  custom: async () => ({ problems: ['not used here'] }),
};

/** Plays `moves` of the expert's moves (idling when it has none), as a trainee would in the browser. */
function playMoves(day: DayScenario, seed: number, moves: number): Session {
  const session = Session.start(day.scenario, { seed });
  const expert = expertTrainee();
  while (!session.isOver && session.log.length < moves) {
    const move = expert.nextMove(session);
    if (move === null || !session.act(move.patientId, move.action).accepted) session.waitForNextEvent();
  }
  return session;
}

/** The stored form of a record: what IndexedDB's structured clone and JSON both keep. */
function stored(record: SavedDay): unknown {
  return JSON.parse(JSON.stringify(record));
}

describe('A saved day', () => {
  const day = bundled('first-day');

  it('reads back what was saved, and resumes to the same log and clinic minute', () => {
    const played = playMoves(day, 7, 12);
    played.advanceTo(played.minute + 3);
    const read = readSavedDay(stored(savedDayOf(played, day, '0.1.0', new Date('2026-03-02T10:00:00Z'))));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const resumed = resumeSession(read.value, day.scenario);
    expect(resumed.log).toEqual(played.log);
    expect(resumed.minute).toBe(played.minute);
    expect(resumed.available()).toEqual(played.available());
  });

  it('keeps the assignment a day is played as, so the day resumed still answers it; a save without one reads as free practice', () => {
    const played = playMoves(day, 7, 5);
    const assigned = readSavedDay(stored(savedDayOf(played, day, '0.1.0', new Date('2026-03-02T10:00:00Z'), { assignmentId: 'k3m9x-7qv2a' })));
    expect(assigned).toMatchObject({ ok: true, value: { assignmentId: 'k3m9x-7qv2a' } });
    const free = readSavedDay(stored(savedDayOf(played, day, '0.1.0', new Date('2026-03-02T10:00:00Z'))));
    expect(free.ok && 'assignmentId' in free.value).toBe(false);
  });

  it('is refused, naming the entry and the field, when a logged action was edited to carry a number for text', () => {
    const record = stored(savedDayOf(playMoves(day, 7, 12), day, '0.1.0', new Date('2026-03-02T10:00:00Z'))) as { log: { action: Record<string, unknown> }[] };
    const index = record.log.findIndex((entry) => entry.action.type === 'chief-complaint.recorded');
    expect(index).toBeGreaterThanOrEqual(0);
    record.log[index]!.action.text = 12;
    expect(readSavedDay(record)).toEqual({
      ok: false,
      message: `The saved day is damaged and cannot be read (log.${index}.action.text: 12 is not text (chief-complaint.recorded)). It can only be discarded.`,
    });
  });

  it('finishes with the result of a day played without the interruption', () => {
    const uninterrupted = playMoves(day, 11, 1000);
    const firstPart = playMoves(day, 11, 15);
    const read = readSavedDay(stored(savedDayOf(firstPart, day, '0.1.0', new Date())));
    if (!read.ok) throw new Error(read.message);
    const resumed = resumeSession(read.value, day.scenario);
    // The rest of the day: the same actions the uninterrupted trainee took after the first 15.
    for (const entry of uninterrupted.log.slice(15)) {
      resumed.advanceTo(entry.minute);
      expect(resumed.act(entry.patientId, entry.action).accepted).toBe(true);
    }
    resumed.finish();
    uninterrupted.finish();
    expect(resumed.log).toEqual(uninterrupted.log);
    expect(scoreDay(resumed.record())).toEqual(scoreDay(uninterrupted.record()));
  });

  it('is offered to continue when its scenario is unchanged', async () => {
    const read = readSavedDay(stored(savedDayOf(playMoves(day, 3, 4), day, '0.1.0', new Date())));
    const unfinished = await assessSavedDay(read, finder);
    expect(unfinished.status).toBe('resumable');
  });

  it('is flagged, not replayed, when its scenario changed since it was saved', async () => {
    const record = { ...savedDayOf(playMoves(day, 3, 4), day, '0.1.0', new Date()), scenarioHash: 'a'.repeat(64) };
    const unfinished = await assessSavedDay(readSavedDay(stored(record)), finder);
    expect(unfinished).toMatchObject({ status: 'changed', message: 'This scenario has changed since you saved: start over or discard.' });
  });

  it('is refused with the reason when its scenario is no longer bundled', async () => {
    const record = { ...savedDayOf(playMoves(day, 3, 2), day, '0.1.0', new Date()), scenarioId: 'retired-scenario' };
    const unfinished = await assessSavedDay(readSavedDay(stored(record)), finder);
    expect(unfinished).toEqual({ status: 'refused', message: expect.stringContaining('"retired-scenario", which this version no longer includes') });
  });

  it('keeps a custom scenario in the record and checks its hash on reading', async () => {
    const custom: DayScenario = { ...day, key: customScenarioKey(day.scenario.id), customSource: 'id: first-day-copy' };
    const record = savedDayOf(playMoves(custom, 5, 3), custom, '0.1.0', new Date());
    expect(record.customScenario).toBe('id: first-day-copy');
    const same = await assessSavedDay(readSavedDay(stored(record)), { ...finder, custom: async () => custom });
    expect(same.status).toBe('resumable');
    const edited = await assessSavedDay(readSavedDay(stored(record)), { ...finder, custom: async () => ({ ...custom, contentHash: 'b'.repeat(64) }) });
    expect(edited.status).toBe('changed');
    const broken = await assessSavedDay(readSavedDay(stored(record)), { ...finder, custom: async () => ({ problems: ['saved:1:1: expected a mapping'] }) });
    expect(broken).toEqual({ status: 'refused', message: expect.stringContaining('saved:1:1: expected a mapping') });
  });

  it.each([
    ['a newer save format', { formatVersion: SAVE_FORMAT_VERSION + 1 }, /newer version of Clinic Day \(save format 2\)/],
    ['an older save format', { formatVersion: 0 }, /older version of Clinic Day \(save format 0\).*only be discarded/],
    ['a log entry without its action', { log: [{ seq: 0, minute: 540, patientId: null }] }, /damaged.*log\.0\.action/],
    ['a seed that is not a number', { seed: 'seven' }, /damaged.*seed/],
  ])('refuses %s with a clear message', (_name, change, message) => {
    const record = { ...(stored(savedDayOf(playMoves(day, 3, 1), day, '0.1.0', new Date())) as object), ...change };
    const read = readSavedDay(record);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(message);
  });

  it('refuses something that is not a saved day at all', () => {
    for (const raw of [null, 'text', 42, { kind: 'something-else', formatVersion: 1 }]) {
      expect(readSavedDay(raw)).toEqual({ ok: false, message: 'The saved day is damaged and cannot be read. It can only be discarded.' });
    }
  });
});

describe('A DaySaver', () => {
  it('writes once more after a busy write, with the latest state, and never after closing', async () => {
    const written: number[] = [];
    let state = 0;
    const gate = { release: (): void => undefined };
    const saver = new DaySaver(
      () =>
        new Promise<void>((resolve) => {
          written.push(state);
          gate.release = resolve;
        }),
    );
    saver.request();
    state = 1;
    saver.request();
    state = 2;
    saver.request();
    expect(written).toEqual([0]);
    gate.release();
    await Promise.resolve();
    await Promise.resolve();
    expect(written).toEqual([0, 2]);
    const closing = saver.close();
    gate.release();
    await closing;
    saver.request();
    expect(written).toEqual([0, 2]);
  });

  it('writes a save asked for when idle once the page is idle, one for several asks, and at once when flushed', async () => {
    const written: number[] = [];
    let state = 0;
    const idle: (() => void)[] = [];
    let cancelled = 0;
    const saver = new DaySaver(
      async () => {
        written.push(state);
      },
      (callback) => {
        idle.push(callback);
        return () => (cancelled += 1);
      },
    );
    saver.requestWhenIdle();
    state = 1;
    saver.requestWhenIdle();
    expect([written, idle.length]).toEqual([[], 1]);
    idle[0]!();
    await saver.flush();
    expect(written).toEqual([1]);
    state = 2;
    saver.requestWhenIdle();
    expect(idle).toHaveLength(2);
    await saver.flush();
    expect([written, cancelled]).toEqual([[1, 2], 1]);
    saver.requestWhenIdle();
    await saver.close();
    expect([written, cancelled]).toEqual([[1, 2], 2]);
    saver.requestWhenIdle();
    expect(idle).toHaveLength(3);
  });
});
