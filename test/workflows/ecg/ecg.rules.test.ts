import { describe, expect, it } from 'vitest';
import { artefactNamedCheck, remedyCheck, settingsProblems, siteWords } from '../../../src/workflows/ecg/ecg.rules';

const at = { patientId: 'p1', patientName: 'Walter Kim', minute: 600 };
const chart = { names: ['Walter James Kim', 'Walter Kim'], dateOfBirth: '1958-03-02', sex: 'male' as const };

describe('the ECG rules', () => {
  it.each([
    ['the full name', 'Walter James Kim', []],
    ['the name without the middle name', 'Walter Kim', []],
    ['the name in capitals with extra spaces', '  WALTER   KIM ', []],
    ['another name', 'Walter King', ['the name was entered as “Walter King”']],
  ])('reads the patient’s name on the machine: %s', (_, name, data) => {
    expect(settingsProblems({ paperSpeed: 25, gain: 10, entered: { name, dateOfBirth: '1958-03-02', sex: 'male' }, chart })).toEqual({ settings: [], data });
  });

  it('judges the sex only where the chart gives one', () => {
    const entered = { name: 'Walter Kim', dateOfBirth: '1958-03-02', sex: 'female' as const };
    expect(settingsProblems({ paperSpeed: 25, gain: 10, entered, chart }).data).toEqual(['the sex was entered as female']);
    expect(settingsProblems({ paperSpeed: 25, gain: 10, entered, chart: { ...chart, sex: 'unknown' } }).data).toEqual([]);
  });

  it('names each setting off the standard', () => {
    expect(settingsProblems({ paperSpeed: 12.5, gain: 20, entered: null, chart }).settings).toEqual(['the paper ran at 12.5 mm/s instead of 25', 'the gain was 20 mm/mV instead of 10']);
  });

  it('leaves "none" on a spoiled tracing to the hand-over, and passes an artefact named rightly', () => {
    expect(artefactNamedCheck({ ...at, named: 'none', shown: ['somatic-tremor'] })).toBeNull();
    expect(artefactNamedCheck({ ...at, named: 'somatic-tremor', shown: ['somatic-tremor', 'ac-interference'] })?.passed).toBe(true);
    expect(artefactNamedCheck({ ...at, named: 'wandering-baseline', shown: ['somatic-tremor'] })?.finding?.message).toBe(
      'Walter Kim: the tracing was read as showing wandering baseline, but the tracing showed somatic tremor.',
    );
  });

  it('judges only a remedy that fits nothing the tracing shows', () => {
    expect(remedyCheck({ ...at, remedy: 'unplug-nearby-devices', shown: ['somatic-tremor', 'ac-interference'] })).toBeNull();
    expect(remedyCheck({ ...at, remedy: 'correct-limb-leads', shown: ['somatic-tremor'] })?.finding?.remedy).toBe('Fit the remedy to the artefact (somatic tremor: warm and reassure patient), then record again.');
  });

  it('says a site as a trainee reads it on the chart', () => {
    expect(siteWords({ space: 4, line: 'right-sternal-border' })).toBe('the 4th intercostal space at the right sternal border');
    expect(siteWords({ space: 5, line: 'midclavicular' })).toBe('the 5th intercostal space at the midclavicular line');
    // Midway between V2 and V4 has no space of its own; dropped on that line higher or lower, the space is said.
    expect(siteWords({ space: 5, line: 'between-v2-and-v4' })).toBe('midway between V2 and V4');
    expect(siteWords({ space: 4, line: 'between-v2-and-v4' })).toBe('midway between V2 and V4');
    expect(siteWords({ space: 3, line: 'between-v2-and-v4' })).toBe('the 3rd intercostal space midway between V2 and V4');
    expect(siteWords({ limb: 'left-leg' })).toBe('the left leg');
  });

  it('says an axillary site as a level with its space, where V5 and V6 go level with V4', () => {
    expect(siteWords({ space: 5, line: 'anterior-axillary' })).toBe('the anterior axillary line level with the 5th intercostal space');
    expect(siteWords({ space: 6, line: 'mid-axillary' })).toBe('the mid axillary line level with the 6th intercostal space');
  });
});
