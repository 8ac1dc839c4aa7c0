import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../src/domain/random';

describe('SeededRandom', () => {
  it('gives the same sequence for the same seed', () => {
    const a = new SeededRandom(42);
    const b = new SeededRandom(42);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
  });

  it('gives a different sequence for a different seed', () => {
    expect(new SeededRandom(1).next()).not.toBe(new SeededRandom(2).next());
  });

  it('pins the first numbers of seed 1, so a change of generator is noticed', () => {
    const random = new SeededRandom(1);
    expect([random.next(), random.next(), random.next()].map((n) => n.toFixed(6))).toEqual(['0.627074', '0.002736', '0.527447']);
  });

  it('resumes exactly from a saved state', () => {
    const random = new SeededRandom(7);
    random.next();
    random.next();
    const resumed = new SeededRandom(random.state);
    expect(resumed.next()).toBe(random.next());
  });

  it('keeps integers within their bounds and reaches both ends', () => {
    const random = new SeededRandom(3);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const n = random.integer(1, 6);
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(6);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('draws normal numbers around the mean', () => {
    const random = new SeededRandom(9);
    const draws = Array.from({ length: 4000 }, () => random.normal(120, 4));
    const mean = draws.reduce((sum, n) => sum + n, 0) / draws.length;
    expect(mean).toBeGreaterThan(119.5);
    expect(mean).toBeLessThan(120.5);
  });

  it('forks an independent stream per label without drawing from the parent', () => {
    const random = new SeededRandom(11);
    const stateBefore = random.state;
    const vitals = random.fork('vitals:p1');
    expect(random.state).toBe(stateBefore);
    expect(random.fork('vitals:p1').next()).toBe(vitals.next());
    expect(random.fork('vitals:p2').next()).not.toBe(random.fork('vitals:p1').next());
  });

  it('refuses to pick from an empty list', () => {
    expect(() => new SeededRandom(1).pick([])).toThrow(RangeError);
  });
});
