import { describe, expect, it } from 'vitest';
import { chiefComplaintCheck } from '../../../src/workflows/vitals/vitals.rules';
import { checkChiefComplaint } from '../../../src/workflows/intake/intake.rules';
import { patientWords } from '../../../src/workflows/shared/patient-words';

describe('patientWords', () => {
  it.each([
    ['(father) She felt hot all night.', 'she felt hot all night'],
    ['"She felt hot all night."', 'she felt hot all night'],
    ['“She  felt hot all night.”', 'she felt hot all night'],
    ['She felt hot all night', 'she felt hot all night'],
    ['“She felt hot all night”.', 'she felt hot all night'],
    ['(mother) “His six-month check-up and shots.”', 'his six-month check-up and shots'],
    ['My chest hurts!', 'my chest hurts'],
  ])('reads %j as the words %j', (written, words) => {
    expect(patientWords(written)).toBe(words);
  });

  it('keeps words that differ apart, and the punctuation inside them', () => {
    expect(patientWords('She felt hot all night.')).not.toBe(patientWords('Fever.'));
    expect(patientWords('Cough, no fever.')).not.toBe(patientWords('Cough no fever.'));
  });
});

describe('a parent’s words as the chief complaint', () => {
  const stated = '(father) She felt hot all night and she is pulling at her ear.';
  const typed = '"She felt hot all night and she is pulling at her ear."';

  it('are the patient’s words at rooming without the speaker’s tag', () => {
    expect(chiefComplaintCheck({ patientId: 'p', patientName: 'Aaliyah', minute: 480, recorded: typed, stated }).finding).toBeUndefined();
  });

  it('are the reason for the visit at check-in without the speaker’s tag', () => {
    expect(checkChiefComplaint({ patientId: 'p', patientName: 'Aaliyah', minute: 480, said: stated, recorded: typed }).finding).toBeUndefined();
  });

  it('still differ from words the parent did not say', () => {
    expect(chiefComplaintCheck({ patientId: 'p', patientName: 'Aaliyah', minute: 480, recorded: 'Ear infection', stated }).finding?.ruleId).toBe('rooming.chief-complaint');
  });
});
