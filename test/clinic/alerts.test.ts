import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/scenario/scenario-loader';
import { playDay, scriptedTrainee } from '../../src/trainees/play-day';

const loaded = parseScenarioText(readFileSync(join(import.meta.dirname, '..', '..', 'scenarios', 'default-morning.yaml'), 'utf8'), 'default-morning.yaml');
if (!loaded.ok) throw new Error('the default scenario must load');
const morning = loaded.scenario;

describe('the alerts a day puts on its timeline', () => {
  it('marks the critical blood pressure the instrument showed, for the floor to raise at once', () => {
    const session = playDay(morning, scriptedTrainee('expert', morning, 1), { seed: 1 });
    const critical = session.record().timeline.filter((entry) => entry.kind === 'critical-value');
    expect(critical.map((entry) => entry.patientId)).toEqual(['jamal-carter']);
    expect(critical[0]!.text).toMatch(/^Jamal Carter: critical .+ — tell the provider now$/);
  });

  it('marks each denied claim when the payer answers, by the patient whose claim it was', () => {
    // The novice's dice decide which claims go out wrong; over ten of its days several are denied.
    const denied = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].flatMap((seed) => {
      const session = playDay(morning, scriptedTrainee('novice', morning, seed), { seed });
      return session.record().timeline.filter((entry) => entry.kind === 'claim-denied');
    });
    expect(denied.length).toBeGreaterThanOrEqual(2);
    for (const entry of denied) {
      const patient = morning.patients.find((candidate) => candidate.id === entry.patientId)!;
      expect(entry.text).toBe(`${patient.name.given} ${patient.name.family}'s claim was denied — work the denial`);
    }
  });
});
