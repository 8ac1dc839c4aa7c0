/**
 * The debrief's Waited cells and mean wait (issue 19's playtest): a patient never greeted at
 * the desk by closing is said to be still waiting, not to have "left part-way"; a patient whose
 * check-in had begun is said to have stopped part-way; one who walked out is said to have
 * left unseen; and the mean wait is the cells of the patients who came, added and divided.
 */
import { describe, expect, it } from 'vitest';
import { debriefText } from '../../src/scoring/debrief';
import { closingMinuteOf, formatWaitMinutes, journeyWaitMinutes, meanWaitBasis, waitedCellText } from '../../src/scoring/journey-wait';
import { scoreDay, visitCompleted } from '../../src/scoring/score';
import { Session } from '../../src/session/session';
import { playDay, scriptedTrainee } from '../../src/trainees/play-day';
import { readScenarioFile } from '../../src/cli/scenario-file';
import { patient, scenario } from '../support/scenario-builder';

/** 08:00–09:30: p1 greeted at 08:00 and left at the desk; p2 never greeted (08:00, walks out at 09:00); p3 arrives 08:45 and is never greeted; p4 does not come. */
const day = scenario(
  [patient('pa', '08:00'), patient('pb', '08:00'), patient('pc', '08:45'), patient('pd', '08:15', { arrival: { kind: 'scheduled', time: '08:15', visitTypeId: 'follow-up', providerId: 'dr-test', noShow: true } })],
  { day: { date: '2026-03-10', start: '08:00', end: '09:30', targetPatientsPerHour: 2 } },
);

function playedDay() {
  const session = Session.start(day, { seed: 1 });
  session.advanceTo(8 * 60);
  expect(session.act('pa', { type: 'patient.greeted' }).accepted).toBe(true);
  session.finish();
  return scoreDay(session.record());
}

describe('the Waited cell at the end of the day', () => {
  const result = playedDay();
  const closing = closingMinuteOf(result);
  const cell = (id: string) => {
    const journey = result.journeys.find((j) => j.patientId === id)!;
    return waitedCellText(journey, closing, visitCompleted(journey));
  };

  it('finds the close the day ended at', () => {
    expect(closing).toBe(9 * 60 + 30);
  });

  it('says a patient never greeted at the desk was still waiting at the close, never seen, with the wait counted to the close', () => {
    expect(cell('pc')).toBe('Never seen: still waiting at the front desk to be checked in when the clinic closed; 45 min (check-in 45 min), counted to the close');
    expect(cell('pc')).not.toMatch(/left|part-way/);
  });

  it('says a patient whose check-in had begun stopped part-way, the time since not counted as waiting', () => {
    expect(cell('pa')).toMatch(/^Stopped part-way: the check in work had begun and was not finished when the clinic closed; 0 min \(check-in 0 min\) of waiting before it began/);
  });

  it('says a patient who walked out left without being seen, after how long and waiting for what', () => {
    expect(result.journeys.find((j) => j.patientId === 'pb')?.outcome).toBe('left-unseen');
    expect(cell('pb')).toBe('60 min (check-in 60 min); left without being seen, tired of waiting for check-in');
  });

  it('says a patient who did not come is not in the mean', () => {
    expect(cell('pd')).toBe('Did not come (not in the mean wait)');
  });

  it('makes the mean wait the total of the cells of the patients who came, divided by their number', () => {
    expect(result.stats.meanWaitMinutes).toBe(35); // (0 + 60 + 45) / 3
    expect(meanWaitBasis(result.journeys, result.stats.meanWaitMinutes)).toBe(
      'Mean wait 35 min: the Waited cells of the 3 patients who came add up to 105 min, divided by 3; the patient who did not come is not counted',
    );
    const text = debriefText(result, day.title);
    expect(text).toContain('still waiting at the front desk to be checked in when the clinic closed');
    expect(text).toContain('Mean wait 35 min: the Waited cells of the 3 patients who came');
  });
});

describe('the mean wait against the cells of a real whole day', () => {
  it('is the cells of the patients who came, as shown, added and divided (the novice, seed 1)', () => {
    const loaded = readScenarioFile('whole-day');
    if (!loaded.ok) throw new Error('whole-day does not load');
    const result = scoreDay(playDay(loaded.scenario, scriptedTrainee('novice', loaded.scenario, 1), { seed: 1 }).record());
    const closing = closingMinuteOf(result);
    const came = result.journeys.filter((journey) => journey.arrivedAt !== null);
    expect(came.length).toBeLessThan(result.journeys.length);
    // Each cell opens with its total; the cells as a trainee reads them add up to the mean's total.
    const shown = came.map((journey) => Number(/^(?:[^;]*; )?([\d.]+) min/.exec(waitedCellText(journey, closing, visitCompleted(journey)))![1]));
    const total = shown.reduce((sum, minutes) => sum + minutes, 0);
    expect(total).toBeCloseTo(came.reduce((sum, journey) => sum + journeyWaitMinutes(journey), 0), 6);
    expect(Math.round((total / came.length) * 10) / 10).toBe(result.stats.meanWaitMinutes);
    // Each cell's spells add up to its total.
    for (const journey of came) {
      const spells = [...waitedCellText(journey, closing, visitCompleted(journey)).matchAll(/(?:check-in|room|provider|orders|checkout) ([\d.]+) min/g)].map((match) => Number(match[1]));
      expect(spells.reduce((sum, minutes) => sum + minutes, 0)).toBeCloseTo(journeyWaitMinutes(journey), 6);
    }
  });

  it('writes minutes exactly to the hundredth, without trailing zeros', () => {
    expect([formatWaitMinutes(3.75), formatWaitMinutes(0.5), formatWaitMinutes(17), formatWaitMinutes(0)]).toEqual(['3.75', '0.5', '17', '0']);
  });
});
