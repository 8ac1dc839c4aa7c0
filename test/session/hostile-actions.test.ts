import { describe, expect, it } from 'vitest';
import { TRAINEE_ACTION_SAMPLES, type TraineeAction } from '../../src/clinic/trainee-action';
import { scoreDay } from '../../src/scoring/score';
import { SeededRandom } from '../../src/domain/random';
import { replaySession, Session } from '../../src/session/session';
import { expertTrainee } from '../../src/trainees/expert-trainee';
import { bundledLibrary } from '../support/bundled-library';

/** Ids that a plain object lookup would find on `Object.prototype`. */
const PROTOTYPE_IDS = ['__proto__', 'constructor', 'toString'] as const;

const morning = bundledLibrary().find((scenario) => scenario.id === 'default-morning')!;
const closing = 12 * 60;

type Json = unknown;

/** Paths to the values inside an action, its type aside (an empty list counts as one value). */
function leafPaths(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.length === 0 ? [path] : value.flatMap((item, index) => leafPaths(item, [...path, index]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => (path.length === 0 && key === 'type' ? [] : leafPaths(item, [...path, key])));
  return [path];
}

/** A value no schema accepts in place of `original`: of another kind, or a number no instrument shows. */
function wrongValueFor(random: SeededRandom, original: Json, key: string | number | undefined): Json {
  // Text for a number, except where a lab result may be either.
  if (typeof original === 'number') return random.pick([Number.NaN, Infinity, -Infinity, Number('9'.repeat(400)), ...(key === 'result' ? [] : ['12']), {}, true]);
  // Not a number for text: a lab result may be either.
  if (typeof original === 'string') return random.pick([Number.NaN, Infinity, {}, [], true]);
  if (typeof original === 'boolean') return random.pick(['true', 1, {}]);
  // A blank (null) stands for text or a number, so neither replaces it.
  return random.pick([Infinity, true, {}]);
}

function withValueAt(action: Json, path: (string | number)[], value: Json): Json {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy = (Array.isArray(action) ? [...action] : { ...(action as object) }) as Record<string | number, Json>;
  copy[head!] = withValueAt(copy[head!], rest, value);
  return copy;
}

/** A sample action spoiled one way: a wrong value in one field, an extra field, or a type named after a prototype property. */
function spoiled(random: SeededRandom, sample: TraineeAction): Json {
  const how = random.integer(0, 2);
  if (how === 0) return { ...sample, type: random.pick(PROTOTYPE_IDS) };
  // A computed key makes an own property even for '__proto__', as JSON.parse does.
  if (how === 1) return { ...sample, [random.pick([...PROTOTYPE_IDS, 'extra'])]: 1 };
  const paths = leafPaths(sample);
  if (paths.length === 0) return { ...sample, [random.pick([...PROTOTYPE_IDS, 'extra'])]: 'x' };
  const path = random.pick(paths);
  const original = path.reduce<Json>((value, key) => (value as Record<string | number, Json>)[key], sample);
  return withValueAt(sample, path, wrongValueFor(random, original, path.at(-1)));
}

/**
 * A day the expert plays while every other move is spoiled: the expert's own next action
 * with a wrong value, an extra field or a prototype-named type (so it reaches the workflow
 * in the very state that would take the good one), or a spoiled sample for a patient id
 * such as `__proto__`.
 */
function hostileDay(seed: number): { session: Session; spoiledRefused: number; spoiledTried: number } {
  const random = new SeededRandom(seed);
  const session = Session.start(morning, { seed });
  const expert = expertTrainee();
  const ids = [...morning.patients.map((p) => p.id), ...PROTOTYPE_IDS];
  let spoiledTried = 0;
  let spoiledRefused = 0;
  const trySpoiled = (patientId: string | null, action: Json): void => {
    spoiledTried++;
    const outcome = session.act(patientId, action as TraineeAction);
    if (!outcome.accepted) spoiledRefused++;
    if (!outcome.accepted) expect(outcome.reason).toMatch(/\S/);
  };
  while (!session.isOver) {
    if (random.chance(0.15)) trySpoiled(random.chance(0.05) ? null : random.pick(ids), spoiled(random, random.pick(TRAINEE_ACTION_SAMPLES)));
    const move = expert.nextMove(session);
    if (move === null) {
      session.waitForNextEvent();
      continue;
    }
    if (random.chance(0.5)) trySpoiled(move.patientId, spoiled(random, move.action));
    if (!session.act(move.patientId, move.action).accepted) session.waitForNextEvent();
  }
  return { session, spoiledRefused, spoiledTried };
}

describe('hostile actions at the session', () => {
  it.each(Array.from({ length: 16 }, (_, index) => index + 1))(
    'refuses every spoiled action without throwing or ending the day early, and the log replays to the same day (seed %i)',
    { timeout: 60_000 },
    (seed) => {
      const { session, spoiledRefused, spoiledTried } = hostileDay(seed);
      expect(spoiledTried).toBeGreaterThan(50);
      expect(spoiledRefused).toBe(spoiledTried);
      // The day ends because every patient's day has ended, or at closing time: never early, with a patient frozen.
      const unfinished = session.record().journeys.filter((journey) => journey.outcome === null);
      expect(unfinished.length === 0 || session.minute === closing, `seed ${seed} ended at ${session.minute}`).toBe(true);

      for (const log of [session.log, JSON.parse(JSON.stringify(session.log))]) {
        const replayed = replaySession(morning, seed, session.settings, log);
        // The trainee waited on after the last action; so does the replay.
        replayed.advanceTo(session.minute);
        expect(replayed.minute).toBe(session.minute);
        expect(replayed.log).toEqual(session.log);
        expect(scoreDay(replayed.record())).toEqual(scoreDay(session.record()));
        replayed.dispose();
      }
      session.dispose();
    },
  );

  it.each(PROTOTYPE_IDS)('answers that there is no patient %s, for a workflow action and for rooming', (id) => {
    const session = Session.start(morning, { seed: 1 });
    expect(session.act(id, { type: 'patient.greeted' })).toEqual({ accepted: false, reason: `There is no patient "${id}" today.` });
    expect(session.act(id, { type: 'patient.roomed', announce: 'first-name' })).toEqual({ accepted: false, reason: `There is no patient "${id}" today.` });
    expect(session.canAct(id, { type: 'patient.greeted' })).toBe(false);
    expect(session.stageOf(id)).toBeUndefined();
    expect(session.availableFor(id)).toBeNull();
    expect(session.workflowSnapshot(id)).toBeUndefined();
    expect(session.log).toEqual([]);
    session.dispose();
  });

  it.each(PROTOTYPE_IDS)('answers that there is no call %s to take', (id) => {
    const session = Session.start(morning, { seed: 1 });
    expect(session.act(null, { type: 'phone.answered', callId: id })).toEqual({ accepted: false, reason: 'There is no phone call to take right now.' });
    expect(session.act(null, { type: 'caller.verified', callId: id })).toEqual({ accepted: false, reason: 'There is no phone call to take right now.' });
    expect(session.phoneSnapshot(id)).toBeUndefined();
    session.dispose();
  });

  it('keeps its own copy of each action in the log, whatever the caller does with its object afterwards', () => {
    const session = Session.start(morning, { seed: 1 });
    const patientId = session.available().find((task) => task.actions.includes('patient.greeted'))!.patientId!;
    const greeted = { type: 'patient.greeted' } as const;
    const asked = { type: 'identity.asked', question: 'full-name', style: 'stated' } as { type: 'identity.asked'; question: string; style: string };
    expect(session.act(patientId, greeted).accepted).toBe(true);
    expect(session.act(patientId, asked as TraineeAction).accepted).toBe(true);
    asked.question = 'constructor';
    expect(session.log[1]!.action).toEqual({ type: 'identity.asked', question: 'full-name', style: 'stated' });
    expect(session.log[1]!.action).not.toBe(asked);
    session.dispose();
  });

  it('gives a trainee who types 400 nines into the systolic field the reason, and the chart stays open for a real reading', () => {
    const session = Session.start(morning, { seed: 1 });
    const outcome = session.act('nobody-yet', {
      type: 'vitals.recorded',
      values: { heightCm: 170, weightKg: 70, bmi: 24.2, temperatureC: 36.8, temperatureRoute: 'oral', pulsePerMinute: 72, respirationsPerMinute: 16, systolicMmHg: Number('9'.repeat(400)), diastolicMmHg: 80, spo2Percent: 98, painScore: 0 },
    });
    expect(outcome).toMatchObject({
      accepted: false,
      reason: 'The systolic pressure (mmHg) is not a number any instrument shows: check what you typed.',
      problem: { field: 'values.systolicMmHg', message: 'vitals.recorded: values.systolicMmHg Infinity is not a finite number.' },
    });
    session.dispose();
  });
});
