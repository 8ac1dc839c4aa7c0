/**
 * Claim-line modifiers and place-of-service codes the game uses, with meanings in our own
 * words.
 */
import type { IsoDate } from './iso-date';
import { SOURCES, checked, type Sourced } from './source';

/** Modifier codes in the game. */
export const MODIFIER_CODES = ['25', 'QW'] as const;
/** One modifier code. */
export type ModifierCode = (typeof MODIFIER_CODES)[number];

/** A modifier: what it means and which claim line carries it. */
export interface Modifier extends Sourced {
  readonly code: ModifierCode;
  readonly name: string;
  readonly meaning: string;
  readonly goesOn: string;
}

/** The modifiers, meanings in our own words. */
export const MODIFIERS: readonly Modifier[] = [
  {
    code: '25',
    name: 'Separate E/M on the day of a procedure',
    meaning:
      'The provider did a significant evaluation and management service that stands apart from a procedure or other service done the same day, and the note shows it.',
    goesOn: 'The E/M line only, never the procedure line.',
    source: checked(SOURCES.amaCpt, 'On the E/M line only, for a significant, separately identifiable E/M on the day of a procedure (CMA Coding Corner and AAPC, see ncciEmImmunizationBundling; Blue Cross NC on preventive visits).'),
  },
  {
    code: 'QW',
    name: 'CLIA-waived test',
    meaning: 'The lab test was run with a CLIA-waived method under the clinic’s certificate of waiver.',
    goesOn: 'The lab test line, except the codes CMS exempts (81002, 81025, 82270, 82272, 82962, 83026, 84830, 85013, 85651).',
    source: SOURCES.cmsNewWaivedTests,
  },
];

/** Place-of-service codes in the game. */
export const PLACE_OF_SERVICE_CODES = ['02', '10', '11', '22'] as const;
/** One place-of-service code. */
export type PlaceOfServiceCode = (typeof PLACE_OF_SERVICE_CODES)[number];

/** A place-of-service code (CMS-1500 box 24B). */
export interface PlaceOfService extends Sourced {
  readonly code: PlaceOfServiceCode;
  readonly name: string;
  readonly effectiveFrom?: IsoDate;
}

/* @__NO_SIDE_EFFECTS__ */
const pos = (note: string) => checked(SOURCES.cmsPlaceOfService, note);

/** Place-of-service codes (CMS). */
export const PLACES_OF_SERVICE: readonly PlaceOfService[] = [
  {
    code: '02',
    name: 'Telehealth provided other than in the patient’s home',
    effectiveFrom: '2017-01-01',
    source: pos('Checked: title and dates in the HL7 mirror of the CMS code set (description changed 2022-01-01).'),
  },
  {
    code: '10',
    name: 'Telehealth provided in the patient’s home',
    effectiveFrom: '2022-01-01',
    source: pos('Checked (secondary): title and 2022-01-01 start in public copies of the CMS table; Medicare applied it from 2022-04-01.'),
  },
  { code: '11', name: 'Office', source: pos('Checked (secondary): "11 Office" in public copies of the CMS table.') },
  { code: '22', name: 'On campus – outpatient hospital', source: pos('Checked (secondary): title in public copies of the CMS table.') },
];
