import { describe, expect, it } from 'vitest';
import * as reference from '../../../src/reference';
import type { AdministrationRecordEntry } from '../../../src/workflows/medication/medication.actions';

// Every record field name, checked against the workflow's record entry by the compiler (a tuberculin skin test's reading appointment is judged by the TST reading rule, not listed among the vaccine record's fields).
type RecordFieldKey = Exclude<keyof AdministrationRecordEntry, 'administeredBy' | 'readingDue'> | 'administeredBy.name' | 'administeredBy.title';
const everyRecordField: Record<RecordFieldKey, true> = {
  date: true, vaccine: true, manufacturer: true, lot: true, site: true, route: true, doseMl: true,
  visEdition: true, visGivenOn: true, 'administeredBy.name': true, 'administeredBy.title': true,
};

describe('the immunisation terms', () => {
  it('names every field of the workflow’s administration record, and no other', () => {
    expect([...reference.RECORD_FIELD_NAMES].sort()).toEqual(Object.keys(everyRecordField).sort());
  });

  it.each([
    ['1/4', 0.25],
    ['3/8', 0.375],
    ['5/8', 0.625],
    ['1', 1],
    ['1 1/4', 1.25],
    ['1 1/2', 1.5],
  ] as const)('reads the %s inch needle as %f inches', (length, inches) => {
    expect(reference.needleLengthInches(length)).toBe(inches);
  });
});
