import { describe, expect, it } from 'vitest';
import { identificationExchange, identificationQuestions, identificationText } from '../../scenes/stations/identify-controls';
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

  it('shows the answer to the identification as it was said: the adult names themselves, a young child’s mother speaks of her (the playtest saw no reply in the exam room)', () => {
    expect(identificationExchange({ type: 'patient.identified', question: 'open', identifiers: ['full-name', 'date-of-birth'] }, adult!, day.day.date)).toEqual({
      speaker: adult!.name.given,
      question: '“Please tell me your full name and date of birth.”',
      answer: `“${[adult!.name.given, adult!.name.middle, adult!.name.family].filter(Boolean).join(' ')}. ${adult!.dateOfBirth.replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$2/$3/$1')}.”`,
    });
    expect(identificationExchange({ type: 'patient.identified', question: 'open', identifiers: ['full-name', 'date-of-birth'] }, kid!, day.day.date)).toEqual({
      speaker: 'Lucía Ramírez (mother)',
      question: '“Please tell me her full name and date of birth.”',
      answer: '“Her name is Sofía Ramírez. Her birthday is 9/2/2019.”',
    });
    // A yes/no question gets a yes, and nothing the patient stated.
    expect(identificationExchange({ type: 'patient.identified', question: 'yes-no', identifiers: ['full-name', 'date-of-birth'] }, kid!, day.day.date)).toEqual({
      speaker: 'Lucía Ramírez (mother)',
      question: '“Is she Sofía Ramírez, born 9/2/2019?”',
      answer: '“Yes, that’s right.”',
    });
  });
});
