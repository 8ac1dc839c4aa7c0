import { describe, expect, it } from 'vitest';
import { parseTraineeAction, TRAINEE_ACTION_SAMPLES, TRAINEE_ACTION_TYPES, type TraineeAction } from '../../src/clinic/trainee-action';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { playDay, scriptedTrainee } from '../../src/trainees/play-day';
import type { ScriptedTrainee, TraineeName } from '../../src/trainees/trainee';
import { bundledLibrary } from '../support/bundled-library';

/** Every action a scripted trainee proposes over a whole day, accepted or not. */
function actionsPlayed(scenario: Scenario, name: TraineeName, seed: number): TraineeAction[] {
  const inner = scriptedTrainee(name, scenario, seed);
  const proposed: TraineeAction[] = [];
  const recording: ScriptedTrainee = {
    name: inner.name,
    nextMove: (session) => {
      const move = inner.nextMove(session);
      if (move) proposed.push(move.action);
      return move;
    },
  };
  playDay(scenario, recording, { seed }).dispose();
  return proposed;
}

const vitals = TRAINEE_ACTION_SAMPLES.find((a) => a.type === 'vitals.recorded' && 'values' in a)!;

/** The sample vitals with one value replaced. */
function vitalsWith(field: string, value: unknown): unknown {
  return { ...vitals, values: { ...(vitals as { values: object }).values, [field]: value } };
}

describe('parseTraineeAction', () => {
  it('reads every sample action, as a copy of its own', () => {
    for (const sample of TRAINEE_ACTION_SAMPLES) {
      const parsed = parseTraineeAction(sample);
      expect(parsed, sample.type).toEqual({ ok: true, action: sample });
      if (parsed.ok) expect(parsed.action).not.toBe(sample);
    }
  });

  it('knows every type the samples use, and no other', () => {
    expect(new Set(TRAINEE_ACTION_SAMPLES.map((a) => a.type))).toEqual(new Set(TRAINEE_ACTION_TYPES));
  });

  it.each([
    ['a chief complaint of 12', { type: 'chief-complaint.recorded', text: 12 }, 'text', 'chief-complaint.recorded: text 12 is not text.'],
    ['a systolic of 400 nines', vitalsWith('systolicMmHg', Number('9'.repeat(400))), 'values.systolicMmHg', 'vitals.recorded: values.systolicMmHg Infinity is not a finite number.'],
    ['a temperature of NaN', vitalsWith('temperatureC', Number.NaN), 'values.temperatureC', 'vitals.recorded: values.temperatureC NaN is not a finite number.'],
    ['a temperature no thermometer shows', vitalsWith('temperatureC', 400), 'values.temperatureC', 'vitals.recorded: values.temperatureC 400 is more than 46.'],
    ['a pain score off the 0–10 scale', vitalsWith('painScore', 11), 'values.painScore', 'vitals.recorded: values.painScore 11 is more than 10.'],
    ['a value left out of the chart entry', { ...vitals, values: { heightCm: 170 } }, 'values.weightKg', 'vitals.recorded: values.weightKg is missing.'],
    ['an extra field', { type: 'hands.cleaned', by: 'someone' }, 'by', 'hands.cleaned: by is not a field of this action.'],
    ['an unknown cuff', { type: 'blood-pressure.measured', technique: { cuff: 'huge', position: 'seated-back-supported-feet-flat', rested: true, armAtHeartLevel: true, talking: false } }, 'technique.cuff', /^blood-pressure\.measured: technique\.cuff "huge" is not one of "infant", "child", "small-adult", /],
    ['a fractional number of inversions', { type: 'tube.inverted', tube: 'lavender-edta', times: 2.5 }, 'times', 'tube.inverted: times 2.5 is not a whole number.'],
    ['a booking at 25:00', { type: 'follow-up.booked', date: '2026-03-24', time: '25:00', visitTypeId: 'follow-up', providerId: 'dr-test' }, 'time', 'follow-up.booked: time "25:00" is not a time of day (HH:MM, 24-hour clock).'],
    ['a booking on 30 February', { type: 'follow-up.booked', date: '2026-02-30', time: '08:00', visitTypeId: 'follow-up', providerId: 'dr-test' }, 'date', 'follow-up.booked: date "2026-02-30" is not a calendar date (YYYY-MM-DD).'],
    ['a call id that is empty', { type: 'phone.answered', callId: '' }, 'callId', 'phone.answered: callId "" is empty.'],
    ['a copay of minus five dollars', { type: 'copay.collected', amount: -5, receiptGiven: true }, 'amount', 'copay.collected: amount -5 is less than 0.'],
    ['a payment posted in fractions of a cent', { type: 'patient.billed', amountCents: 10.5 }, 'amountCents', 'patient.billed: amountCents 10.5 is not a whole number.'],
    ['a test id called __proto__', { type: 'swab.collected', testId: '__proto__' }, 'testId', /^swab\.collected: testId "__proto__" is not one the game knows \(such as "/],
    ['a tube called constructor', { type: 'tube.drawn', tube: 'constructor' }, 'tube', 'tube.drawn: tube "constructor" is not one of "blood-culture", "discard", "light-blue-citrate", "red-serum", "gold-sst", "green-heparin", "lavender-edta", "grey-fluoride".'],
    ['an action called __proto__', { type: '__proto__' }, 'type', '"__proto__" is not an action the game knows.'],
    ['an action called constructor', { type: 'constructor' }, 'type', '"constructor" is not an action the game knows.'],
    ['an action called toString', { type: 'toString' }, 'type', '"toString" is not an action the game knows.'],
    ['an action without a type', { text: 'hello' }, 'type', 'An action needs a type; it is not one.'],
    ['a number instead of an action', 12, '', 'An action must be a set of fields with a type.'],
  ])('refuses %s, naming the field', (_, raw, field, message) => {
    const parsed = parseTraineeAction(raw);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem.field).toBe(field);
    // Word for word, or (where the options are many) their beginning.
    if (typeof message === 'string') expect(parsed.problem.message).toBe(message);
    else expect(parsed.problem.message).toMatch(message);
  });

  it('reads a label dated the day before the clinic day, which is a labelling finding rather than a malformed action', () => {
    const label = TRAINEE_ACTION_SAMPLES.find((a) => a.type === 'specimen.labeled')!;
    const dayBefore = { ...label, label: { ...(label as { label: object }).label, collectedAtMinute: 9 * 60 - 1440 } };
    expect(parseTraineeAction(dayBefore)).toEqual({ ok: true, action: dayBefore });
  });

  it('says the problem to the trainee in their words, without the game\'s internal names', () => {
    const values = { heightCm: 170, weightKg: 70, bmi: 24.2, temperatureC: 999, temperatureRoute: 'oral', pulsePerMinute: 72, respirationsPerMinute: 16, systolicMmHg: 120, diastolicMmHg: 80, spo2Percent: 98, painScore: 0 };
    expect(parseTraineeAction({ type: 'vitals.recorded', values })).toMatchObject({ ok: false, problem: { plain: 'The temperature (°C) 999 is more than 46: check what you typed.' } });
    expect(parseTraineeAction({ type: 'chief-complaint.recorded', text: 12 })).toMatchObject({ ok: false, problem: { plain: 'The text 12 is not text: check what you typed.' } });
    expect(parseTraineeAction({ type: 'copay.collected', amount: 5, receiptGiven: true, tip: 1 })).toMatchObject({ ok: false, problem: { plain: 'The game cannot take that: it carries details this step does not have.' } });
  });

  it('refuses a recording of the vitals without its values, or with values that are not a set of fields, and names the field', () => {
    expect(parseTraineeAction({ type: 'vitals.recorded' })).toMatchObject({ ok: false, problem: { field: 'values', message: 'vitals.recorded: values is missing.' } });
    const parsed = parseTraineeAction({ type: 'vitals.recorded', values: 5 });
    expect(parsed).toMatchObject({ ok: false, problem: { field: 'values', message: 'vitals.recorded: values 5 is not a set of fields.' } });
  });
});

describe('the action schemas and the scripted trainees', () => {
  const library = bundledLibrary();
  const plays: [string, TraineeName, number][] = [];
  for (const scenario of library) plays.push([scenario.id, 'expert', 1], [scenario.id, 'novice', 1], [scenario.id, 'novice', 7], [scenario.id, 'novice', 3]);

  it.each(plays)('read every action of %s played by the %s (seed %i)', { timeout: 60_000 }, (id, name, seed) => {
    const actions = actionsPlayed(library.find((s) => s.id === id)!, name, seed);
    expect(actions.length).toBeGreaterThan(10);
    const refused = actions.flatMap((action) => {
      const parsed = parseTraineeAction(action);
      return parsed.ok ? [] : [parsed.problem.message];
    });
    expect(refused).toEqual([]);
  });
});
