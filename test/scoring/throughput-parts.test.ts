import { describe, expect, it } from 'vitest';
import { INBOX_THROUGHPUT_SHARE, scoreDay } from '../../src/scoring/score';
import { playDay, scriptedTrainee } from '../../src/trainees/play-day';
import { bundledLibrary } from '../support/bundled-library';

const LIBRARY = bundledLibrary();

/** The parts' points add up to the throughput score (within the rounding of each part to one decimal). */
function sumOfParts(parts: readonly { points: number; outOf: number | null }[]): number {
  return parts.reduce((sum, part) => sum + (part.outOf === null ? -part.points : part.points), 0);
}

describe('where the throughput points went', () => {
  it.each([
    ['default-morning', 'novice'],
    ['whole-day', 'expert'],
    ['afternoon-inbox', 'novice'],
  ] as const)('%s (%s): the parts add up to the throughput score, each within its most', (id, who) => {
    const scenario = LIBRARY.find((day) => day.id === id)!;
    const session = playDay(scenario, scriptedTrainee(who, scenario, 7), { seed: 1 });
    const result = scoreDay(session.record());
    session.dispose();
    const parts = result.throughputParts!;
    expect(parts.map((part) => part.part).slice(0, 4)).toEqual(['rate', 'wait', 'door', 'utilisation']);
    for (const part of parts) if (part.outOf !== null) expect(part.points).toBeLessThanOrEqual(part.outOf);
    // Each part is rounded to one decimal; the score is never below 0.
    expect(Math.abs(Math.max(0, sumOfParts(parts)) - result.score.throughput)).toBeLessThanOrEqual(0.1 * parts.length);
    const inbox = parts.find((part) => part.part === 'inbox');
    expect(inbox === undefined).toBe(result.stats.inboxItems === undefined || result.stats.inboxItems === 0);
    if (inbox) expect(inbox.outOf).toBe(100 * INBOX_THROUGHPUT_SHARE);
  });
});
