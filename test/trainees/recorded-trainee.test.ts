import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { scoreDay } from '../../src/scoring/score';
import { playDay, scriptedTrainee } from '../../src/trainees/play-day';
import { playbackTrainee, recordingTrainee } from '../../src/trainees/recorded-trainee';
import { bundledLibrary } from '../support/bundled-library';

const library: Scenario[] = bundledLibrary();

function bundled(id: string): Scenario {
  const scenario = library.find((candidate) => candidate.id === id);
  if (!scenario) throw new Error(`no bundled scenario ${id}`);
  return scenario;
}

describe('a recorded trainee played back', () => {
  // The whole day holds every kind of work (patients, phone calls, the inbox); the novice makes mistakes and idles.
  for (const [id, name, seed] of [['whole-day', 'expert', 1], ['default-morning', 'novice', 7]] as const) {
    it(`plays the ${name}'s ${id} (seed ${seed}) again move for move, to the same result`, () => {
      const scenario = bundled(id);
      const recording = recordingTrainee(scriptedTrainee(name, scenario, seed));
      const recorded = playDay(scenario, recording.trainee, { seed });
      const played = playDay(scenario, playbackTrainee(recording.answers), { seed });
      expect(recording.answers.some((answer) => answer === null)).toBe(true);
      expect(played.log).toEqual(recorded.log);
      expect(played.minute).toBe(recorded.minute);
      expect(scoreDay(played.record())).toEqual(scoreDay(recorded.record()));
      recorded.dispose();
      played.dispose();
    });
  }

  it('gives nothing once its answers are used up, so the day runs on to its end', () => {
    const scenario = bundled('default-morning');
    const played = playDay(scenario, playbackTrainee([]), { seed: 1 });
    expect(played.log).toEqual([]);
    expect(played.isOver).toBe(true);
    played.dispose();
  });
});
