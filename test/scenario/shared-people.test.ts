/**
 * The people the whole day shares with the other library days, as the playtester of issue 19
 * met them at the desk: each has a telephone of their own, and the reason a patient gives for
 * the visit is what the trainee is asked to record, not the small talk around it.
 */
import { describe, expect, it } from 'vitest';
import { checkChiefComplaint } from '../../src/workflows/intake/intake.rules';
import { chiefComplaintCheck } from '../../src/workflows/vitals/vitals.rules';
import { bundledLibrary } from '../support/bundled-library';

const library = bundledLibrary();

describe('David Cohen (born 1962) at check-in and rooming', () => {
  const days = library.filter((scenario) => scenario.patients.some((p) => p.id === 'david-cohen-1962'));

  it('is seen on the whole day and at front-desk trouble', () => {
    expect(days.map((scenario) => scenario.id).toSorted()).toEqual(['front-desk-trouble', 'whole-day']);
  });

  it.each(days.map((scenario) => [scenario.id, scenario] as const))('on %s, his reason recorded as "Diabetes follow-up." is in his words', (_id, scenario) => {
    const cohen = scenario.patients.find((p) => p.id === 'david-cohen-1962')!;
    const at = { patientId: cohen.id, patientName: 'David Cohen', minute: 585 };
    expect(checkChiefComplaint({ ...at, said: cohen.chiefComplaint, recorded: 'Diabetes follow-up.' }).finding).toBeUndefined();
    expect(chiefComplaintCheck({ ...at, stated: cohen.chiefComplaint, recorded: '"Diabetes follow-up"' }).finding).toBeUndefined();
  });
});

describe('the telephone numbers of a day', () => {
  it.each(library.map((scenario) => [scenario.id, scenario] as const))('on %s, no two households share a number', (_id, scenario) => {
    // A child's own number is the parent's who brings them: one household, one number.
    const owners = new Map<string, string>();
    for (const patient of scenario.patients) {
      const household = `${patient.address.line1}, ${patient.address.city}`;
      for (const phone of [patient.phone, patient.emergencyContact?.phone]) {
        if (phone === undefined) continue;
        const owner = phone === patient.emergencyContact?.phone && phone !== patient.phone ? `${household} (${patient.emergencyContact.name})` : household;
        expect(owners.get(phone) ?? owner, `${phone} on ${scenario.id}`).toBe(owner);
        owners.set(phone, owner);
      }
    }
  });
});
