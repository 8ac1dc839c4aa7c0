import { describe, expect, it } from 'vitest';
import {
  MEDICATION_ACTION_SAMPLES,
  type MedicationAction,
  medicationActionSchema,
} from '../../../src/workflows/medication/medication.actions';

describe('medicationActionSchema', () => {
  it('reads every sample action as it is', () => {
    for (const sample of MEDICATION_ACTION_SAMPLES) expect(medicationActionSchema.parse(sample)).toEqual(sample);
  });

  it('has one sample of each action type', () => {
    const types = MEDICATION_ACTION_SAMPLES.map((sample) => sample.type);
    expect(new Set(types).size).toBe(types.length);
    expect(types).toHaveLength(21);
  });

  it('refuses a needle gauge that is not on the tray', () => {
    const drawn = { type: 'dose.drawn-up', vialId: 'v', volumeMl: 0.5, needle: { gauge: 18, length: '1' } };
    expect(medicationActionSchema.safeParse(drawn).success).toBe(false);
  });

  it('refuses an angle of insertion other than 10, 45 or 90 degrees', () => {
    const given = { type: 'injection.given', vialId: 'v', site: 'left-deltoid', route: 'intramuscular', angle: 30, aspirated: false };
    expect(medicationActionSchema.safeParse(given).success).toBe(false);
  });

  it('refuses a field the action does not have', () => {
    const extra: MedicationAction & { extra?: boolean } = { type: 'observation.started', extra: true };
    expect(medicationActionSchema.safeParse(extra).success).toBe(false);
  });
});
