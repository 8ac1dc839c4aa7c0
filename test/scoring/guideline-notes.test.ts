/**
 * The debrief's unscored door-to-ECG note (session 20's playtest): it said "What shortens it:
 * tell the provider at the desk, room them next, take them to the ECG bed before the vital
 * signs" to a tester who had done all three. It now says which of those the trainee did and
 * which not, from what the day recorded, and when all were done where the minutes went, without
 * calling them the clinic's (session 21's playtest: part was the tester's own registration work
 * and a tracing recorded twice).
 */
import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../src/domain/day-environment';
import type { PatientJourney } from '../../src/scoring/day-record';
import { DOOR_TO_ECG_WHY, doorToEcgWhy, guidelineNotes } from '../../src/scoring/guideline-notes';
import { scoreDay } from '../../src/scoring/score';
import { playDay, scriptedTrainee } from '../../src/trainees/play-day';
import type { TraineeName } from '../../src/trainees/trainee';
import { bundledLibrary } from '../support/bundled-library';

const CHEST_PAIN = 'douglas-whitaker';
const wholeDay = bundledLibrary().find((s) => s.id === 'whole-day')!;

/** The door-to-ECG note of Douglas Whitaker's day in the whole day, played by `trainee` on `seed`, with the day's result. */
function douglasNote(trainee: TraineeName, seed: number) {
  const session = playDay(wholeDay, scriptedTrainee(trainee, wholeDay, seed), { seed });
  const result = scoreDay(session.record());
  session.dispose();
  const notes = guidelineNotes(result).filter((note) => note.patientId === CHEST_PAIN);
  expect(notes).toHaveLength(1);
  return { note: notes[0]!, result };
}

/** A made-up patient P's door-to-ECG entry at 08:50, with the way to the tracing it recorded. */
function tracing(path: TimelineEntry['doorToEcg']): TimelineEntry {
  return { minute: 530, patientId: 'p', kind: 'door-to-ecg', text: 'P’s chest-pain tracing reached the provider 35 minutes after arrival', ...(path ? { doorToEcg: path } : {}) };
}

/** P checked in at 08:25, and another patient roomed at `roomedOther` when given. */
function timeline(roomedOther: number | null): TimelineEntry[] {
  return [
    { minute: 505, patientId: 'p', kind: 'checked-in', text: 'P checked in' },
    ...(roomedOther === null ? [] : [{ minute: roomedOther, patientId: 'q', kind: 'roomed' as const, text: 'Quinn Other roomed in exam room 1' }]),
  ];
}

describe('the door-to-ECG note', () => {
  it('tells a trainee who told the desk, roomed the patient next and took the ECG before the vital signs that they did all three, and where the minutes went (not “the clinic’s”), adding up to them', () => {
    const { note, result } = douglasNote('expert', 1);
    expect(note.why).toMatch(/^At this clinic check-in and rooming alone take longer than 10 minutes, so no trainee can meet the guideline here\. You took every step that shortens it: /);
    expect(note.why).toMatch(/you told the provider at the desk [\d.]+ minutes? after arrival; you roomed the patient next, as soon as check-in was done; you took the patient to the ECG bed before the vital signs\./);
    expect(note.why).not.toMatch(/What would have shortened it|What shortens it/);
    const rest = /Where the (\d+) minutes went: ([\d.]+) minutes? waiting at the desk before check-in began, ([\d.]+) minutes? of check-in and ([\d.]+) minutes? of rooming and the tracing( \(\d tracings: an artefact put right and the tracing recorded again\))?\.$/.exec(note.why);
    expect(rest, note.why).not.toBeNull();
    const arrivedAt = result.journeys.find((journey) => journey.patientId === CHEST_PAIN)!.arrivedAt!;
    const parts = rest!.slice(2, 5).map(Number);
    expect(parts.every((minutes) => minutes > 0)).toBe(true);
    expect(parts.reduce((sum, minutes) => sum + minutes, 0)).toBeCloseTo(note.minute - arrivedAt, 5);
    expect(Number(rest![1])).toBe(Math.round(note.minute - arrivedAt));
    expect(note.why).not.toMatch(/the clinic's/);
  });

  it('tells a trainee who did not tell the desk and took the vital signs first which steps they took and which they did not', () => {
    const { note } = douglasNote('novice', 1);
    expect(note.why).toContain('What you did that shortens it: you roomed the patient next, as soon as check-in was done.');
    expect(note.why).toContain(
      'What would have shortened it: tell the provider at the desk as soon as the patient says chest pain, with Alert the provider at check-in (not done: the provider was not told at the desk); take the patient to the ECG bed on the standing order as soon as they are in the exam room, before the vital signs (not done: the vital signs were recorded first).',
    );
    expect(note.why).not.toMatch(/You took every step|Where the \d+ minutes went/);
  });

  describe('from the recorded day alone', () => {
    const arrived = 495;
    const journey = (roomWait: { from: number; to: number }): PatientJourney => ({
      patientId: 'p',
      name: 'P',
      stage: 'done',
      outcome: null,
      arrivedAt: arrived,
      departedAt: null,
      waits: [{ step: 'check-in', from: arrived, to: 500 }, { step: 'room', ...roomWait }],
      complaints: 0,
      outstandingOrders: [],
    });
    const other: PatientJourney = { ...journey({ from: 0, to: 0 }), patientId: 'q', name: 'Quinn Other', waits: [] };

    it.each([
      ['another patient was roomed while they waited', { from: 505, to: 520 }, 506, 'room the patient next, in the first free room as soon as check-in is done (not done: the patient waited 15 minutes for a room, and Quinn Other was roomed first)'],
      ['they waited long for a room though nobody went first', { from: 505, to: 512 }, null, 'room the patient next, in the first free room as soon as check-in is done (not done: the patient waited 7 minutes for a room)'],
    ])('says the patient was not roomed next when %s', (_, roomWait, roomedOther, words) => {
      const why = doorToEcgWhy(tracing({ deskAlertAt: 497, beforeVitals: true }), { timeline: timeline(roomedOther), journeys: [journey(roomWait), other] });
      expect(why).toContain('What you did that shortens it: you told the provider at the desk 2 minutes after arrival; you took the patient to the ECG bed before the vital signs.');
      expect(why).toContain(`What would have shortened it: ${words}.`);
    });

    it('says the patient was roomed next when they were fetched within a minute of check-in and nobody went first, and counts another patient roomed before check-in was done as no one ahead', () => {
      const why = doorToEcgWhy(tracing({ deskAlertAt: 497, beforeVitals: true }), { timeline: timeline(503), journeys: [journey({ from: 505, to: 505.25 }), other] });
      expect(why).toContain('You took every step that shortens it');
      expect(why).toContain('Where the 35 minutes went: 5 minutes waiting at the desk before check-in began, 5 minutes of check-in and 25 minutes of rooming and the tracing.');
    });

    it('says the tracing was recorded again after an artefact, where it was, among where the minutes went', () => {
      const why = doorToEcgWhy(tracing({ deskAlertAt: 498.5, beforeVitals: true, tracings: 2 }), { timeline: timeline(null), journeys: [journey({ from: 505, to: 505.25 }), other] });
      expect(why).toContain('you told the provider at the desk 4 minutes after arrival;');
      expect(why).toContain('and 25 minutes of rooming and the tracing (2 tracings: an artefact put right and the tracing recorded again).');
    });

    it('falls back to the general advice for a note that recorded no way to the tracing', () => {
      expect(doorToEcgWhy(tracing(undefined), { timeline: timeline(null), journeys: [journey({ from: 505, to: 505.25 })] })).toBe(DOOR_TO_ECG_WHY);
    });
  });
});
