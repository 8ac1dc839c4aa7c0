import { describe, expect, it } from 'vitest';
import { identificationQuestions, identificationText } from '../../scenes/stations/identify-controls';
import { patient, scenario } from '../support/scenario-builder';

describe('identifying the patient in the exam room and the lab', () => {
  const day = scenario([
    patient('kid', '08:00', { name: { given: 'Sofía', family: 'Ramírez' }, dateOfBirth: '2019-09-02', emergencyContact: { name: 'Lucía Ramírez', relationship: 'Mother', phone: '555-555-0177' } }),
    patient('adult', '08:15'),
  ]);
  const [kid, adult] = day.patients;

  it('puts the questions about a young child to her mother', () => {
    expect(identificationQuestions(kid!, day.day.date).map((q) => q.label)).toEqual([
      'To Lucía Ramírez (mother): “Please tell me her full name and date of birth.”',
      'To Lucía Ramírez (mother): “Is she Sofía Ramírez, born 9/2/2019?”',
    ]);
    expect(identificationText({ type: 'patient.identified', question: 'open', identifiers: ['full-name', 'date-of-birth'] }, kid, day.day.date)).toBe(
      'Identified with an open question, by full name and date of birth, answered by Lucía Ramírez (mother).',
    );
  });

  it('puts them to an adult patient directly', () => {
    expect(identificationQuestions(adult!, day.day.date)[0]!.label).toBe('“Please tell me your full name and date of birth.”');
  });
});
