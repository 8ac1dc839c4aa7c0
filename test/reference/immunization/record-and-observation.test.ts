import { describe, expect, it } from 'vitest';
import { ACUTE_REACTIONS, OBSERVATION, OBSERVATION_MINUTES, RECORD_FIELDS, RECORD_FIELD_NAMES, REGISTRY_RULE } from '../../../src/reference';

describe('RECORD_FIELDS', () => {
  it('lists every record field once', () => {
    expect(RECORD_FIELDS.map((f) => f.field).sort()).toEqual([...RECORD_FIELD_NAMES].sort());
  });

  it.each([
    ['date', 'law', 'nvicpRecordRequirements', undefined],
    ['vaccine', 'law', 'nvicpRecordRequirements', undefined],
    ['manufacturer', 'law', 'nvicpRecordRequirements', undefined],
    ['lot', 'law', 'nvicpRecordRequirements', undefined],
    ['administeredBy.name', 'law', 'nvicpRecordRequirements', undefined],
    ['administeredBy.title', 'law', 'nvicpRecordRequirements', undefined],
    ['visEdition', 'law', 'visInstructions', undefined],
    ['visGivenOn', 'law', 'visInstructions', undefined],
    ['site', 'cdc-recommendation', 'chopVaccineRecording', undefined],
    ['route', 'cdc-recommendation', 'chopVaccineRecording', undefined],
    ['doseMl', 'cdc-recommendation', 'chopVaccineRecording', false],
  ] as const)('%s is asked for by %s, cited to %s', (field, requiredBy, sourceId, verified) => {
    const row = RECORD_FIELDS.find((f) => f.field === field);
    expect(row?.requiredBy).toBe(requiredBy);
    expect(row?.source.id).toBe(sourceId);
    expect(row?.verified).toBe(verified);
  });
});

describe('OBSERVATION', () => {
  it('keeps the patient 15 minutes, citing CDC’s acute-reactions page', () => {
    expect(OBSERVATION_MINUTES).toBe(15);
    expect(OBSERVATION.minutes).toBe(OBSERVATION_MINUTES);
    expect(OBSERVATION.source.id).toBe('cdcAcuteVaccineReactions');
  });

  it.each([
    ['syncope', 'lay-down'],
    ['anaphylaxis', 'alert-provider'],
  ] as const)('answers %s first with %s', (reaction, firstStep) => {
    expect(ACUTE_REACTIONS[reaction].firstStep).toBe(firstStep);
    expect(ACUTE_REACTIONS[reaction].source.id).toBe('cdcAcuteVaccineReactions');
  });
});

describe('REGISTRY_RULE', () => {
  it('asks for the registry entry only where the clinic reports, citing CDC’s IIS policy page', () => {
    expect(REGISTRY_RULE.whenClinicReports).toBe(true);
    expect(REGISTRY_RULE.source.id).toBe('cdcIisPolicy');
  });
});
