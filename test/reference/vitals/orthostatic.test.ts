import { describe, expect, it } from 'vitest';
import { ORTHOSTATIC_HYPOTENSION, ORTHOSTATIC_PROCEDURE, isOrthostaticHypotension, orthostaticDrop } from '../../../src/reference';

describe('ORTHOSTATIC_HYPOTENSION', () => {
  it('is the consensus definition: ≥ 20 systolic or ≥ 10 diastolic within 3 minutes, after 5 minutes supine, read at 1 and 3 minutes', () => {
    expect(ORTHOSTATIC_HYPOTENSION).toMatchObject({
      systolicDropAtLeast: 20,
      diastolicDropAtLeast: 10,
      withinMinutesOfStanding: 3,
      supineRestMinutes: 5,
      standingReadingsAtMinutes: [1, 3],
    });
    expect(ORTHOSTATIC_HYPOTENSION.source.id).toBe('freeman2011OrthostaticConsensus');
  });
});

describe('isOrthostaticHypotension', () => {
  it.each([
    [{ systolic: 130, diastolic: 80 }, { systolic: 110, diastolic: 78 }, true, 'systolic fell 20'],
    [{ systolic: 130, diastolic: 80 }, { systolic: 111, diastolic: 78 }, false, 'systolic fell 19'],
    [{ systolic: 130, diastolic: 80 }, { systolic: 128, diastolic: 70 }, true, 'diastolic fell 10'],
    [{ systolic: 130, diastolic: 80 }, { systolic: 128, diastolic: 71 }, false, 'diastolic fell 9'],
    [{ systolic: 120, diastolic: 76 }, { systolic: 126, diastolic: 82 }, false, 'it rose on standing'],
  ] as const)('supine %o, standing %o: %s (%s)', (supine, standing, expected, _why) => {
    expect(isOrthostaticHypotension(supine, standing)).toBe(expected);
  });

  it('reports the fall in both pressures', () => {
    expect(orthostaticDrop({ systolic: 138, diastolic: 84 }, { systolic: 112, diastolic: 76 })).toEqual({ systolic: 26, diastolic: 8 });
  });
});

describe('ORTHOSTATIC_PROCEDURE', () => {
  it('lies the patient down before standing them, and reads at 1 then 3 minutes', () => {
    const steps = ORTHOSTATIC_PROCEDURE.map((s) => s.step);
    expect(steps.indexOf('supine-rest')).toBeLessThan(steps.indexOf('stand-with-assistance'));
    expect(steps.indexOf('reading-at-1-minute')).toBeLessThan(steps.indexOf('reading-at-3-minutes'));
  });

  it('marks helping a dizzy patient down as not confirmed in a source', () => {
    const unconfirmed = ORTHOSTATIC_PROCEDURE.filter((s) => 'verified' in s && s.verified === false).map((s) => s.step);
    expect(unconfirmed).toEqual(['help-dizzy-patient-down']);
  });
});
