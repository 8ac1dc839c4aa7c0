import { describe, expect, it } from 'vitest';
import {
  APICAL_PULSE_UNDER_MONTHS,
  BMI_FROM_MONTHS,
  BP_POSITIONS_BY_AGE,
  bmiCharted,
  bpPositionRuleFor,
  measuredOnLengthBoard,
  pulseTakenApically,
  RECUMBENT_LENGTH_UNDER_MONTHS,
} from '../../../src/reference/vitals';

describe('young-child measures', () => {
  it('measures a child lying on the length board until 2 years, then standing at the stadiometer (WHO, CDC)', () => {
    expect(RECUMBENT_LENGTH_UNDER_MONTHS.months).toBe(24);
    expect(measuredOnLengthBoard(1)).toBe(true);
    expect(measuredOnLengthBoard(23)).toBe(true);
    expect(measuredOnLengthBoard(24)).toBe(false);
    expect(RECUMBENT_LENGTH_UNDER_MONTHS.source.id).toBe('whoChildGrowthMeasurementTraining');
  });

  it('charts no BMI before 2 years and a BMI from 2 years (CDC: BMI-for-age not recommended under 2)', () => {
    expect(BMI_FROM_MONTHS.months).toBe(24);
    expect(bmiCharted(1)).toBe(false);
    expect(bmiCharted(23)).toBe(false);
    expect(bmiCharted(24)).toBe(true);
    expect(BMI_FROM_MONTHS.source.note).toContain('not recommended for children younger than 2 years');
  });

  it('counts an infant’s pulse at the apex with the stethoscope until 2 years, and names the site', () => {
    expect(pulseTakenApically(6)).toBe(true);
    expect(pulseTakenApically(23)).toBe(true);
    expect(pulseTakenApically(24)).toBe(false);
    expect(APICAL_PULSE_UNDER_MONTHS.site).toBe('fourth intercostal space, left midclavicular line');
  });

  it('offers a child under 3 the table or the parent’s lap and leaves the position unscored, as no source says which', () => {
    const infant = bpPositionRuleFor(6);
    expect(infant.offered).toEqual(['lying-supine', 'on-parent-lap']);
    expect(infant.offered).not.toContain('seated-back-supported-feet-flat');
    expect(infant.accepted).toBeNull();
    expect(infant.verified).toBe(false);
    expect(bpPositionRuleFor(35)).toBe(infant);
  });

  it('seats a child from 3 years in the chair, back supported, feet flat, as the AAP 2017 Table 6 says', () => {
    const child = bpPositionRuleFor(36);
    expect(child.offered[0]).toBe('seated-back-supported-feet-flat');
    expect(child.accepted).toEqual(['seated-back-supported-feet-flat']);
    expect(child.source.note).toContain('Table 6');
    expect(bpPositionRuleFor(600)).toBe(child);
  });

  it('covers every age from birth once, without gaps', () => {
    expect(BP_POSITIONS_BY_AGE[0]!.fromAgeMonths).toBe(0);
    BP_POSITIONS_BY_AGE.slice(1).forEach((rule, index) => expect(rule.fromAgeMonths).toBe(BP_POSITIONS_BY_AGE[index]!.underAgeMonths));
    expect(BP_POSITIONS_BY_AGE.at(-1)!.underAgeMonths).toBeNull();
  });
});
