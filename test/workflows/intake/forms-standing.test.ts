/**
 * Which forms are due at the desk (issue 19's playtest): shown before any finding names one.
 * A new patient signs all three at the first visit; an established patient the yearly two,
 * the privacy notice being on file from the first visit.
 */
import { describe, expect, it } from 'vitest';
import { formsStanding } from '../../../src/workflows/intake/patient-at-desk';
import { bundledLibrary } from '../../support/bundled-library';

const scenario = bundledLibrary().find((s) => s.id === 'adult-morning')!;
const newPatient = scenario.patients.find((p) => p.newPatient === true)!;
const established = scenario.patients.find((p) => p.newPatient !== true)!;

describe('formsStanding', () => {
  it('has a new patient sign every form, and says which are signed already', () => {
    expect(formsStanding(newPatient, ['consent-to-treat'])).toEqual([
      { form: 'privacy-notice', standing: 'due' },
      { form: 'consent-to-treat', standing: 'signed' },
      { form: 'financial-policy', standing: 'due' },
    ]);
  });

  it('has an established patient sign the yearly two, the privacy notice on file from the first visit', () => {
    expect(formsStanding(established, [])).toEqual([
      { form: 'privacy-notice', standing: 'on-file' },
      { form: 'consent-to-treat', standing: 'due' },
      { form: 'financial-policy', standing: 'due' },
    ]);
  });
});
