import { describe, expect, it } from 'vitest';
import { allergyAnswer, complaintQuestion, complaintSaid, complaintWordsLabel, emergencyContactLabel, photoIdCaption, photoIdHolder, quoted, roomingVoice } from '../../scenes/stations/young-child-text';
import { patient, scenario } from '../support/scenario-builder';

const day = scenario([
  patient('baby', '09:00', {
    dateOfBirth: '2025-09-10',
    name: { given: 'Mateo', family: 'Gutiérrez' },
    sex: 'male',
    chiefComplaint: "(mother) His six-month check-up and shots. He's rolling over now!",
    companion: { name: { given: 'Valeria', family: 'Gutiérrez' }, relationship: 'Mother' },
  }),
  patient('adult', '09:30', { name: { given: 'Ada', family: 'Lovelace' }, chiefComplaint: 'My knee hurts.' }),
  patient('school-child', '10:00', {
    dateOfBirth: '2018-05-02',
    name: { given: 'Imani', family: 'Johnson' },
    sex: 'female',
    chiefComplaint: 'My throat hurts and my tummy hurts too.',
    companion: { name: { given: 'Tanya', family: 'Johnson' }, relationship: 'Mother' },
  }),
]);
const [baby, adult, schoolChild] = day.patients as [(typeof day.patients)[number], (typeof day.patients)[number], (typeof day.patients)[number]];

describe('young-child text', () => {
  it('has the mother answer for a 6-month-old, and the adult for herself', () => {
    expect(roomingVoice(baby, day.day.date)).toMatchObject({ speaker: 'Valeria Gutiérrez (mother)', forChild: true });
    expect(roomingVoice(adult, day.day.date)).toMatchObject({ speaker: 'Ada', forChild: false });
  });

  it('has the parent say the baby has no allergies they know of, never "I don’t have any allergies"', () => {
    const said = allergyAnswer([], baby, roomingVoice(baby, day.day.date));
    expect(said).toBe('“He doesn’t have any allergies that we know of.”');
    expect(allergyAnswer([{ substance: 'Amoxicillin', reaction: 'Rash' }], baby, roomingVoice(baby, day.day.date))).toBe('“He’s allergic to Amoxicillin — it gave him rash.”');
    expect(allergyAnswer([], adult, roomingVoice(adult, day.day.date))).toBe('“I don’t have any allergies.”');
  });

  it('asks the parent what brings the child in, and gives the parent’s words without the chart’s tag', () => {
    const voice = roomingVoice(baby, day.day.date);
    expect(complaintQuestion(baby, voice)).toBe('What brings Mateo in today?');
    expect(complaintSaid(baby, voice)).toEqual({ speaker: 'Valeria Gutiérrez (mother)', words: "His six-month check-up and shots. He's rolling over now!" });
    expect(complaintSaid(adult, roomingVoice(adult, day.day.date))).toEqual({ speaker: 'Ada', words: 'My knee hurts.' });
  });

  it('charts the chief complaint in the mother’s words for a baby, and confirms the emergency contact with her', () => {
    const voice = roomingVoice(baby, day.day.date);
    expect(complaintWordsLabel(baby)).toBe('Chief complaint, in the mother’s words');
    expect(emergencyContactLabel(false, voice)).toBe('Emergency contact read back and confirmed with Valeria Gutiérrez (mother), who answers for the child');
    expect(complaintWordsLabel(adult)).toBe('Chief complaint, in the patient’s words');
    // A school-age child who answers for herself beside her mother: her own words.
    expect(complaintWordsLabel(schoolChild)).toBe('Chief complaint, in the patient’s words');
    expect(complaintSaid(schoolChild, roomingVoice(schoolChild, day.day.date)).speaker).toBe('Imani');
    expect(emergencyContactLabel(false, roomingVoice(adult, day.day.date))).toBe('Emergency contact read back and confirmed with the patient');
  });

  it('asks for an emergency contact where none is on file, instead of confirming one that is not there', () => {
    expect(emergencyContactLabel(false, roomingVoice(adult, day.day.date), false)).toBe('No emergency contact on file: asked the patient for one and took it down as given');
    expect(emergencyContactLabel(false, roomingVoice(baby, day.day.date), false)).toBe('No emergency contact on file: asked Valeria Gutiérrez (mother) for one and took it down as given');
  });

  it('has the mother show her own photo ID for a baby, who has none', () => {
    expect(photoIdCaption(baby, day.day.date)).toBe('The photo ID of Valeria Gutiérrez, Mateo’s mother: a child has none of their own');
    expect(photoIdHolder(baby, day.day.date)).toEqual({ kind: 'parent', name: 'Valeria Gutiérrez', relationship: 'mother', dateOfBirth: undefined });
    expect(photoIdHolder(adult, day.day.date)).toEqual({ kind: 'patient' });
    expect(photoIdCaption(adult, day.day.date)).toBe('The photo ID the patient handed you');
  });

  it('shows words as said in one pair of quotation marks, whatever quotation marks the trainee typed', () => {
    expect(quoted('My knee hurts.')).toBe('“My knee hurts.”');
    expect(quoted('"My knee hurts."')).toBe('“My knee hurts.”');
    expect(quoted(' “My knee hurts.” ')).toBe('“My knee hurts.”');
  });
});
