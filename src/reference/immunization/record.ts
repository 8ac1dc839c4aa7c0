/**
 * What the record of a vaccine given must hold: what 42 U.S.C. 300aa-25 and the VIS
 * instructions require, and what CDC and others recommend besides.
 */
import { SOURCES, checked, type Sourced } from '../source';

/** The fields of the administration record (the medication workflow's `AdministrationRecordEntry`, with the administrator's two parts). */
export const RECORD_FIELD_NAMES = [
  'date',
  'vaccine',
  'manufacturer',
  'lot',
  'site',
  'route',
  'doseMl',
  'visEdition',
  'visGivenOn',
  'administeredBy.name',
  'administeredBy.title',
] as const;
/** One field of the administration record. */
export type RecordFieldName = (typeof RECORD_FIELD_NAMES)[number];

/** Whether the law asks for a field or it is a recommendation beyond the law. */
export type RecordRequirement = 'law' | 'cdc-recommendation';

/** One field of the record, who asks for it, and why. */
export interface RecordField extends Sourced {
  readonly field: RecordFieldName;
  readonly requiredBy: RecordRequirement;
  readonly label: string;
}

const statute = (what: string) => checked(SOURCES.nvicpRecordRequirements, `Checked: ${what}.`);
const visRecord = (what: string) => checked(SOURCES.visInstructions, `Checked: ${what}; CHOP's summary of the federal requirements agrees.`);
const recommended = (what: string) => checked(SOURCES.chopVaccineRecording, `Checked: ${what}.`);

/** The record's fields in form order. */
export const RECORD_FIELDS: readonly RecordField[] = [
  { field: 'date', requiredBy: 'law', label: 'Date given', source: statute('300aa-25(a)(1), the date of administration') },
  { field: 'vaccine', requiredBy: 'law', label: 'Vaccine', source: statute('300aa-25(a) records are kept "with respect to each such vaccine", so each vaccine has its own entry') },
  { field: 'manufacturer', requiredBy: 'law', label: 'Manufacturer', source: statute('300aa-25(a)(2), the vaccine manufacturer') },
  { field: 'lot', requiredBy: 'law', label: 'Lot number', source: statute('300aa-25(a)(2), the lot number') },
  { field: 'administeredBy.name', requiredBy: 'law', label: 'Given by (name)', source: statute('300aa-25(a)(3), the name and address of the provider administering the vaccine (the clinic address is on every record of the chart)') },
  { field: 'administeredBy.title', requiredBy: 'law', label: 'Given by (title)', source: statute('300aa-25(a)(3), "if appropriate, the title" of the person administering it') },
  { field: 'visEdition', requiredBy: 'law', label: 'VIS edition date', source: visRecord('the edition date of the VIS given, noted in the permanent record (instructions under 300aa-26)') },
  { field: 'visGivenOn', requiredBy: 'law', label: 'Date VIS given', source: visRecord('the date the VIS was provided, noted in the permanent record') },
  { field: 'site', requiredBy: 'cdc-recommendation', label: 'Site', source: recommended('the anatomic site is recommended, not required by law') },
  { field: 'route', requiredBy: 'cdc-recommendation', label: 'Route', source: recommended('the route is recommended, not required by law') },
  {
    field: 'doseMl',
    requiredBy: 'cdc-recommendation',
    label: 'Dose (mL)',
    source: checked(SOURCES.chopVaccineRecording, 'Not confirmed from CDC: the dose appears in documentation templates (HealOS 2026, a military MAR procedure) but not in the CHOP or statute lists.'),
    verified: false,
  },
];

/** Reporting the dose to the state immunization registry (IIS). */
export const REGISTRY_RULE: Sourced & { readonly whenClinicReports: true; readonly text: string } = {
  whenClinicReports: true,
  text: 'Where the clinic reports to the state immunization information system (registry), enter each dose given (vaccine, date, lot, manufacturer); whether reporting is required depends on the state.',
  source: checked(SOURCES.cdcIisPolicy, 'Checked: provider reporting to the IIS is set by each jurisdiction (mandatory for all or some ages, or voluntary); the game scores the entry only for a clinic whose scenario names a registry.'),
};
