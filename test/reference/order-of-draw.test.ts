import { describe, expect, it } from 'vitest';
import { CAPILLARY_EXCLUDED_TUBES, CAPILLARY_ORDER_OF_DRAW, TESTS, TUBES, orderOfDrawViolations, tube } from '../../src/reference';

describe('the venous order of draw', () => {
  it.each([
    ['blood-culture', 1],
    ['light-blue-citrate', 2],
    ['red-serum', 3],
    ['gold-sst', 3],
    ['green-heparin', 4],
    ['lavender-edta', 5],
    ['grey-fluoride', 6],
  ] as const)('puts %s at position %i', (id, position) => {
    expect(tube(id).drawPosition).toBe(position);
  });

  it.each(TUBES.map((t) => [t.id, t]))('names %s by cap colour and additive, never colour alone', (_id, t) => {
    expect(t.displayName).toMatch(/\(.+\)/);
  });

  it('lets only culture and the discard tube precede citrate', () => {
    expect(TUBES.filter((t) => t.mayPrecedeCitrate).map((t) => t.id)).toEqual(['blood-culture', 'discard']);
  });

  it.each(TUBES.map((t) => [t.id, t]))('gives %s a sane inversion range', (_id, t) => {
    expect(t.inversions.min).toBeLessThanOrEqual(t.inversions.max);
    expect(t.inversions.max).toBeLessThanOrEqual(10);
  });
});

describe('orderOfDrawViolations', () => {
  it('accepts the CLSI sequence', () => {
    expect(orderOfDrawViolations(['blood-culture', 'light-blue-citrate', 'gold-sst', 'green-heparin', 'lavender-edta', 'grey-fluoride'], { butterfly: false })).toEqual([]);
  });

  it('catches a lavender EDTA tube drawn before the gold SST', () => {
    expect(orderOfDrawViolations(['lavender-edta', 'gold-sst'], { butterfly: false })).toEqual([
      { kind: 'out-of-order', index: 1, tube: 'gold-sst', after: 'lavender-edta' },
    ]);
  });

  it('catches a serum tube with clot activator drawn before citrate', () => {
    expect(orderOfDrawViolations(['red-serum', 'light-blue-citrate'], { butterfly: false })).toHaveLength(1);
  });

  it('accepts red and gold in either order', () => {
    expect(orderOfDrawViolations(['gold-sst', 'red-serum'], { butterfly: false })).toEqual([]);
  });

  it('wants a discard tube before citrate drawn first through a butterfly', () => {
    expect(orderOfDrawViolations(['light-blue-citrate', 'lavender-edta'], { butterfly: true })).toEqual([
      { kind: 'missing-discard', index: 0, tube: 'light-blue-citrate' },
    ]);
    expect(orderOfDrawViolations(['discard', 'light-blue-citrate', 'lavender-edta'], { butterfly: true })).toEqual([]);
    expect(orderOfDrawViolations(['light-blue-citrate', 'lavender-edta'], { butterfly: false })).toEqual([]);
  });
});

describe('the capillary order of draw', () => {
  it('runs blood gas, EDTA, other additives, serum', () => {
    expect(CAPILLARY_ORDER_OF_DRAW.map((s) => s.id)).toEqual(['blood-gas', 'edta', 'other-additives', 'serum']);
  });

  it('has no light-blue citrate microtube', () => {
    expect(CAPILLARY_EXCLUDED_TUBES.tubes).toContain('light-blue-citrate');
    const capillaryTubes = TESTS.filter((t) => t.kind === 'capillary-poc').map((t) => t.tubeId);
    expect(capillaryTubes).not.toContain('light-blue-citrate');
  });
});

describe('the test catalogue tubes', () => {
  it.each(TESTS.filter((t) => t.kind === 'venous-lab').map((t) => [t.id, t]))('draws venous test %s into a known tube', (_id, t) => {
    expect(t.tubeId).toBeDefined();
    expect(TUBES.some((x) => x.id === t.tubeId)).toBe(true);
  });
});
