import { describe, expect, it } from 'vitest';
import type { TubeId } from '../../../src/reference/order-of-draw';
import { addDays } from '../../../src/reference/iso-date';
import { kitShelf } from '../../../src/workflows/specimen/specimen.kits';
import {
  inversionsCheck,
  isCriticalResult,
  labelProblems,
  orderOfDrawCheck,
  qualityControlCheck,
  resultRecordingCheck,
  sharpsCheck,
  tourniquetCheck,
  tubeChoiceCheck,
} from '../../../src/workflows/specimen/specimen.rules';
import { orderableTest } from '../../../src/reference/tests';
import { SeededRandom } from '../../../src/domain/random';

const who = { patientId: 'p1', patientName: 'Eleanor Whitfield', minute: 600 };

describe('specimen.order-of-draw', () => {
  it.each([
    [['light-blue-citrate', 'gold-sst', 'lavender-edta'], 'multi-sample-needle', null],
    [['discard', 'light-blue-citrate', 'gold-sst', 'lavender-edta'], 'butterfly', null],
    [['lavender-edta', 'light-blue-citrate', 'gold-sst'], 'multi-sample-needle', 'the Light blue (sodium citrate) tube was drawn after the Lavender (EDTA) tube'],
    [['light-blue-citrate', 'gold-sst'], 'butterfly', 'drawn first through a butterfly set without a discard tube'],
    [['gold-sst', 'light-blue-citrate'], 'multi-sample-needle', 'the Light blue (sodium citrate) tube was drawn after the Gold (serum separator, clot activator and gel) tube'],
    [['green-heparin', 'lavender-edta', 'grey-fluoride'], 'multi-sample-needle', null],
    [['grey-fluoride', 'green-heparin'], 'multi-sample-needle', 'the Green (sodium or lithium heparin) tube was drawn after the Grey'],
  ] as [TubeId[], 'butterfly' | 'multi-sample-needle', string | null][])('%o through a %s', (drawn, device, problem) => {
    const check = orderOfDrawCheck({ ...who, drawn, device });
    expect(check.passed).toBe(problem === null);
    if (problem !== null) expect(check.finding?.message).toContain(problem);
  });

  it('explains EDTA carry-over when lavender comes before another tube', () => {
    const check = orderOfDrawCheck({ ...who, drawn: ['lavender-edta', 'light-blue-citrate'], device: 'multi-sample-needle' });
    expect(check.finding?.explanation).toContain('falsely high potassium');
  });
});

describe('specimen.tube-choice', () => {
  it.each([
    [['light-blue-citrate', 'gold-sst', 'lavender-edta'], ['discard', 'light-blue-citrate', 'gold-sst', 'lavender-edta'], null],
    [['light-blue-citrate', 'lavender-edta'], ['lavender-edta'], 'no Light blue (sodium citrate) was drawn'],
    [['lavender-edta'], ['lavender-edta', 'red-serum'], 'Red (plastic, clot activator) was drawn though no order needs it'],
  ] as [TubeId[], TubeId[], string | null][])('needed %o, drawn %o', (needed, drawn, problem) => {
    const check = tubeChoiceCheck({ ...who, needed, drawn });
    expect(check.passed).toBe(problem === null);
    if (problem !== null) expect(check.finding?.message).toContain(problem);
  });
});

describe('specimen.inversions', () => {
  it.each([
    ['lavender-edta', 8, true],
    ['lavender-edta', 10, true],
    ['lavender-edta', 4, false],
    ['light-blue-citrate', 3, true],
    ['light-blue-citrate', 8, false],
    ['gold-sst', 5, true],
    ['gold-sst', null, false],
  ] as [TubeId, number | null, boolean][])('%s inverted %s times', (tube, times, ok) => {
    expect(inversionsCheck({ ...who, tube, times }).passed).toBe(ok);
  });
});

describe('specimen.label', () => {
  const patient = { name: { given: 'Eleanor', middle: 'May', family: 'Whitfield' }, dateOfBirth: '1947-12-08', mrn: 'MSF10007' };
  const right = { fullName: 'Eleanor Whitfield', secondIdentifier: { kind: 'date-of-birth' as const, value: '1947-12-08' }, collectedAtMinute: 600, initials: 'MA' };
  it.each([
    ['right', right, 600, []],
    ['with the middle name and the MRN', { ...right, fullName: 'Eleanor May Whitfield', secondIdentifier: { kind: 'mrn' as const, value: 'MSF10007' } }, 600, []],
    ['pre-labelled', right, null, ['it was labelled before the specimen was collected (pre-labelled)']],
    ['initials for the name', { ...right, fullName: 'E. Whitfield' }, 600, ['the name reads "E. Whitfield", not the patient’s full name']],
    ['the DOB the patient misstated', { ...right, secondIdentifier: { kind: 'date-of-birth' as const, value: '1947-08-12' } }, 600, ['the date of birth reads "1947-08-12", not the chart\'s 12/8/1947']],
    ['the DOB written month/day/year, as the chart shows it', { ...right, secondIdentifier: { kind: 'date-of-birth' as const, value: '12/8/1947' } }, 600, []],
    ['the DOB written with leading zeros', { ...right, secondIdentifier: { kind: 'date-of-birth' as const, value: '12/08/1947' } }, 600, []],
    ['day and month swapped in the written form', { ...right, secondIdentifier: { kind: 'date-of-birth' as const, value: '8/12/1947' } }, 600, ['the date of birth reads "8/12/1947", not the chart\'s 12/8/1947']],
    ['a wrong MRN', { ...right, secondIdentifier: { kind: 'mrn' as const, value: 'MSF10070' } }, 600, ['the MRN reads "MSF10070", not the chart\'s MSF10007']],
    ['no initials', { ...right, initials: '' }, 600, ['the collector’s initials are missing']],
    ['a collection time in the future', { ...right, collectedAtMinute: 630 }, 600, ['the collection time is not the time the specimen was collected']],
  ] as const)('%s', (_, label, collectedAtMinute, problems) => {
    expect(labelProblems(label, { patient, collectedAtMinute, labelledAtMinute: 602 })).toEqual(problems);
  });
});

describe('specimen.tourniquet-time and safety.sharps', () => {
  it.each([
    [48, true, true],
    [60, true, true],
    [66, true, false],
    [40, false, false],
  ])('%s seconds, released first: %s', (seconds, released, ok) => {
    expect(tourniquetCheck({ ...who, seconds, releasedBeforeWithdrawal: released }).passed).toBe(ok);
  });

  it('wants the sharp in the container as the very next step', () => {
    expect(sharpsCheck({ ...who, sharp: 'needle', nextAction: 'sharps.disposed' }).passed).toBe(true);
    expect(sharpsCheck({ ...who, sharp: 'needle', nextAction: 'site.bandaged' }).finding?.message).toContain('the used needle was not disposed of straight away');
  });
});

describe('poct rules', () => {
  const shelf = kitShelf(['rapid-strep'], '2026-03-10', new SeededRandom(3));
  const [expired, current] = shelf as [(typeof shelf)[number], (typeof shelf)[number]];

  it('puts an expired lot and an in-date lot on the shelf for each test', () => {
    expect(expired.expires < '2026-03-10').toBe(true);
    expect(current.expires > '2026-03-10').toBe(true);
    expect(addDays('2026-03-10', -10)).toBe('2026-02-28');
  });

  it.each([
    ['in-date lot with controls', true, true, true],
    ['in-date lot without controls', false, true, false],
    ['expired lot with controls', true, false, false],
  ])('%s', (_, controlRun, inDate, ok) => {
    const check = qualityControlCheck({ ...who, testId: 'rapid-strep', lot: inDate ? current : expired, controlRun, onDate: '2026-03-10' });
    expect(check.passed).toBe(ok);
  });

  it.each([
    ['positive', 'Positive', true],
    ['influenza A positive', 'influenza  a positive', true],
    [212, 212, true],
    [212, 221, false],
    ['positive', 'negative', false],
  ] as const)('shown %s, recorded %s', (shown, recorded, ok) => {
    expect(resultRecordingCheck({ ...who, testId: 'glucose-poc', shown, recorded }).passed).toBe(ok);
  });

  it.each([
    [45, true],
    [50, true],
    [212, false],
    [401, true],
    ['positive', false],
  ] as const)('glucose %s is critical: %s', (value, critical) => {
    expect(isCriticalResult(orderableTest('glucose-poc').criticalResult, value)).toBe(critical);
  });
});
