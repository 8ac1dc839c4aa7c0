import { describe, expect, it } from 'vitest';
import { ECG_ACTION_SAMPLES, ecgActionSchema } from '../../../src/workflows/ecg/ecg.actions';

describe('ecgActionSchema', () => {
  it('reads every sample action as it is', () => {
    for (const sample of ECG_ACTION_SAMPLES) expect(ecgActionSchema.parse(sample)).toEqual(sample);
  });

  it('reads a limb electrode put on the chest: a misplacement the rules judge, not a malformed action', () => {
    const placed = { type: 'electrode.placed', electrode: 'RA', site: { space: 2, line: 'right-sternal-border' } };
    expect(ecgActionSchema.parse(placed)).toEqual(placed);
  });

  it.each([
    ['an intercostal space not on the chart', { type: 'electrode.placed', electrode: 'V1', site: { space: 7, line: 'right-sternal-border' } }],
    ['a site that is both a limb and a chest position', { type: 'electrode.placed', electrode: 'V1', site: { limb: 'left-arm', space: 4, line: 'midclavicular' } }],
    ['an eleventh electrode', { type: 'electrode.placed', electrode: 'V7', site: { space: 5, line: 'mid-axillary' } }],
    ['a paper speed the machine does not have', { type: 'machine.set', paperSpeed: 30, gain: 10 }],
    ['a gain the machine does not have', { type: 'machine.set', paperSpeed: 25, gain: 15 }],
    ['an artefact not on the list', { type: 'tracing.checked', artefact: 'pacemaker-spikes' }],
    ['a remedy not on the list', { type: 'artefact.remedied', remedy: 'turn-up-the-gain' }],
    ['a hand-over urgency other than at once or routine', { type: 'tracing.handed-over', urgency: 'later' }],
    ['a field the action does not have', { type: 'tracing.recorded', leads: 12 }],
  ])('refuses %s', (_, action) => {
    expect(ecgActionSchema.safeParse(action).success).toBe(false);
  });
});
