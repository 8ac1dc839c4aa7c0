import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/scenario/scenario-loader';
import { expertTrainee } from '../../src/trainees/expert-trainee';
import { ENCOUNTER_STAGES } from '../../src/clinic/encounter.machine';
import { TRAINEE_ACTION_SAMPLES } from '../../src/clinic/trainee-action';
import { SeededRandom } from '../../src/domain/random';
import { Session } from '../../src/session/session';
import { patient, scenario } from '../support/scenario-builder';

const day = scenario(
  [
    patient('p1', '08:00'),
    patient('p2', '08:00'),
    patient('p3', '08:15'),
    patient('p4', '08:30', { arrival: { kind: 'scheduled', time: '08:30', visitTypeId: 'follow-up', providerId: 'dr-test', noShow: true } }),
    patient('w1', '08:40', { arrival: { kind: 'walk-in', time: '08:40', visitTypeId: 'follow-up', providerId: 'dr-test' } }),
  ],
  { events: [{ kind: 'phone-call', time: '08:20', caller: 'relative', callerName: 'Kim Relative', patientId: 'p1', request: 'results' }] },
);

describe('random play', () => {
  it('never throws and never leaves a patient stuck, over 60 seeded random days', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const random = new SeededRandom(seed);
      const session = Session.start(day, { seed });
      let steps = 0;
      while (!session.isOver && steps < 2000) {
        steps++;
        if (random.chance(0.2)) {
          session.waitForNextEvent();
          continue;
        }
        const patientId = random.chance(0.1) ? null : random.pick(['p1', 'p2', 'p3', 'p4', 'w1', 'nobody']);
        const action = random.pick(TRAINEE_ACTION_SAMPLES);
        const outcome = session.act(patientId, action);
        if (!outcome.accepted) expect(outcome.reason).toMatch(/\S/);
      }
      expect(session.isOver, `seed ${seed} ended`).toBe(true);
      for (const journey of session.record().journeys) {
        expect(ENCOUNTER_STAGES).toContain(journey.stage);
        // Every patient is either finished or was cut off by closing time at a real stage.
        if (journey.outcome === null) expect(session.minute).toBe(12 * 60);
      }
    }
  });
});

describe('random play on the real workflows', () => {
  it('never throws, and an expert taking over afterwards still brings every patient to an end', () => {
    const loaded = parseScenarioText(readFileSync(join(import.meta.dirname, '..', '..', 'scenarios', 'default-morning.yaml'), 'utf8'), 'default-morning.yaml');
    if (!loaded.ok) throw new Error('the default scenario must load');
    // The day runs to 17:00 so that time, not a stuck machine, is never why a visit is unfinished.
    const morning = { ...loaded.scenario, day: { ...loaded.scenario.day, end: '17:00' } };
    const ids = [...morning.patients.map((p) => p.id), 'nobody'];
    for (let seed = 1; seed <= 12; seed++) {
      const random = new SeededRandom(seed);
      const session = Session.start(morning, { seed });
      // An hour of nonsense and mistakes, then an expert takes over the rest of the day.
      for (let step = 0; step < 150 && !session.isOver && session.minute < 9 * 60; step++) {
        if (random.chance(0.15)) {
          session.waitForNextEvent();
          continue;
        }
        const outcome = session.act(random.chance(0.05) ? null : random.pick(ids), random.pick(TRAINEE_ACTION_SAMPLES));
        if (!outcome.accepted) expect(outcome.reason).toMatch(/\S/);
      }
      const expert = expertTrainee();
      while (!session.isOver) {
        const move = expert.nextMove(session);
        if (move === null || !session.act(move.patientId, move.action).accepted) session.waitForNextEvent();
      }
      for (const journey of session.record().journeys) {
        expect(['completed', 'no-show', 'left-unseen'], `seed ${seed}: ${journey.name} at ${journey.stage}`).toContain(journey.outcome);
      }
    }
  });
});
