/**
 * Injection technique by route and patient: the sites, needle lengths and gauges, the angle
 * of insertion, aspiration and gloves, each row with its source (CDC Pink Book chapter 6 and
 * ACIP best practices as tabulated by Immunize.org).
 */
import { SOURCES, checked, type Sourced } from '../source';
import {
  bothSides,
  lengthsBetween,
  type BuildSex,
  type InjectionSite,
  type InsertionAngle,
  type MedicationRoute,
  type NeedleGauge,
  type NeedleLength,
} from './terms';

/** What the needle table needs to know about the patient. */
export interface PatientBuild {
  readonly ageMonths: number;
  readonly sex: BuildSex;
  readonly weightKg: number;
}

/** One site a route may use for a band of patients, with the needle lengths for it there. */
export interface SiteChoice extends Sourced {
  readonly sites: readonly InjectionSite[];
  readonly lengths: readonly NeedleLength[];
  /** The site the sources prefer for this band (others are acceptable alternatives). */
  readonly preferred: boolean;
  readonly note: string;
}

/** A band of patients (inclusive age in months; absent maxMonths: and older) and the sites the route may use for them. */
export interface NeedleTableRow extends Sourced {
  readonly route: MedicationRoute;
  readonly band: string;
  readonly minMonths: number;
  readonly maxMonths?: number;
  readonly choices: readonly SiteChoice[];
}

const imTable = checked(SOURCES.immunizeOrgAdministeringVaccines, 'Intramuscular row of the needle table (CDC Pink Book ch. 6 and ACIP best practices, as tabulated by Immunize.org).');
const scTable = checked(SOURCES.immunizeOrgAdministeringVaccines, 'Subcutaneous row: 23–25 gauge, 5/8 inch, into fatty tissue.');
const idSource = checked(SOURCES.tubersolPrescribingInformation, 'Intradermal (tuberculin skin test) only: the volar forearm, a 1/4–1/2 inch 26 or 27 gauge needle on a 1 mL syringe in tenths (Tubersol insert; CDC 2005 guide: 27 gauge; CDC PHIL 24234, cdcMantouxTechnique: bevel up at 5–15°).');

const deltoid = bothSides('deltoid');
const thigh = bothSides('anterolateral-thigh');
const triceps = bothSides('upper-outer-triceps');
const forearm = bothSides('volar-forearm');

/** Needle gauges by route: IM 22–25, SC 23–25, ID 26–27; oral none. */
export const NEEDLE_GAUGE_RANGES: Readonly<Record<MedicationRoute, { readonly gauges: readonly NeedleGauge[] } & Sourced>> = {
  intramuscular: { gauges: [22, 23, 25], source: imTable },
  subcutaneous: { gauges: [23, 25], source: scTable },
  intradermal: { gauges: [26, 27], source: idSource },
  oral: { gauges: [], source: checked(SOURCES.pinkBookVaccineAdministration, 'An oral dose takes no needle.') },
};

/** Months in a year, for the age bands. */
const Y = 12;

/** The needle table: route, age band, sites with their lengths (adult IM deltoid lengths depend on sex and weight, see `ADULT_DELTOID_LENGTHS`). */
export const NEEDLE_TABLE: readonly NeedleTableRow[] = [
  {
    route: 'intramuscular', band: 'neonate (first 28 days)', minMonths: 0, maxMonths: 0, source: imTable,
    choices: [{ sites: thigh, lengths: ['5/8'], preferred: true, note: 'Anterolateral thigh; 5/8 inch with the skin stretched flat, at 90°.', source: imTable }],
  },
  {
    route: 'intramuscular', band: 'infant (1–12 months)', minMonths: 1, maxMonths: 11, source: imTable,
    choices: [{ sites: thigh, lengths: ['1'], preferred: true, note: 'Anterolateral thigh preferred under 12 months; 1 inch for most infants.', source: imTable }],
  },
  {
    route: 'intramuscular', band: 'toddler (1–2 years)', minMonths: 1 * Y, maxMonths: 3 * Y - 1, source: imTable,
    choices: [
      { sites: thigh, lengths: lengthsBetween('1', '1 1/4'), preferred: true, note: 'Anterolateral thigh preferred; at least 1 inch.', source: imTable },
      { sites: deltoid, lengths: lengthsBetween('5/8', '1'), preferred: false, note: 'Deltoid if the muscle mass is adequate.', source: imTable },
    ],
  },
  {
    route: 'intramuscular', band: 'child (3–10 years)', minMonths: 3 * Y, maxMonths: 11 * Y - 1, source: imTable,
    choices: [
      { sites: deltoid, lengths: lengthsBetween('5/8', '1'), preferred: true, note: 'Deltoid preferred; 5/8–1 inch by technique.', source: imTable },
      { sites: thigh, lengths: lengthsBetween('1', '1 1/4'), preferred: false, note: 'Anterolateral thigh also acceptable, 1–1 1/4 inch.', source: imTable },
    ],
  },
  {
    route: 'intramuscular', band: 'adolescent (11–18 years)', minMonths: 11 * Y, maxMonths: 19 * Y - 1, source: imTable,
    choices: [
      { sites: deltoid, lengths: lengthsBetween('5/8', '1'), preferred: true, note: 'Deltoid preferred; 5/8–1 inch.', source: imTable },
      { sites: thigh, lengths: lengthsBetween('1', '1 1/2'), preferred: false, note: 'Anterolateral thigh also acceptable; most adolescents need 1–1 1/2 inch.', source: imTable },
    ],
  },
  {
    route: 'intramuscular', band: 'adult (19 years and older)', minMonths: 19 * Y, source: imTable,
    choices: [
      { sites: deltoid, lengths: lengthsBetween('5/8', '1 1/2'), preferred: true, note: 'Deltoid preferred; the length by sex and weight (ADULT_DELTOID_LENGTHS).', source: imTable },
      {
        sites: thigh,
        lengths: lengthsBetween('1', '1 1/2'),
        preferred: false,
        note: 'The anterolateral thigh also can be used in adults (Immunize.org); its needle length, 1–1 1/2 inch, only from secondary tables (a clinical-skills text adapting the Pink Book; Dr. Oracle).',
        source: imTable,
        verified: false,
      },
    ],
  },
  {
    route: 'subcutaneous', band: 'infant (under 12 months)', minMonths: 0, maxMonths: 11, source: scTable,
    choices: [{ sites: thigh, lengths: ['5/8'], preferred: true, note: 'Fatty tissue over the anterolateral thigh.', source: scTable }],
  },
  {
    route: 'subcutaneous', band: '12 months and older', minMonths: 12, source: scTable,
    choices: [
      { sites: triceps, lengths: ['5/8'], preferred: true, note: 'Fatty tissue over the triceps (upper outer arm).', source: scTable },
      { sites: thigh, lengths: ['5/8'], preferred: true, note: 'Fatty tissue over the anterolateral thigh.', source: scTable },
    ],
  },
  {
    route: 'intradermal', band: 'all ages (tuberculin skin test)', minMonths: 0, source: idSource,
    choices: [{ sites: forearm, lengths: lengthsBetween('1/4', '1/2'), preferred: true, note: 'Volar forearm, bevel up; a 1/4–1/2 inch 26–27 gauge needle on a tuberculin syringe.', source: idSource }],
  },
];

/** Adult deltoid needle length by sex and weight (pounds as the table prints them; kilograms converted). */
export const ADULT_DELTOID_LENGTHS = [
  { sex: 'any', maxPounds: 129, lengths: lengthsBetween('5/8', '1'), note: 'Under 130 lb (< 60 kg): 5/8–1 inch; 5/8 only with the skin stretched flat, the tissue not bunched, at 90°.', source: imTable },
  { sex: 'any', minPounds: 130, maxPounds: 152, lengths: ['1'], note: '130–152 lb (60–70 kg): 1 inch.', source: imTable },
  { sex: 'female', minPounds: 153, maxPounds: 200, lengths: lengthsBetween('1', '1 1/2'), note: 'Women 153–200 lb (70–90 kg): 1–1 1/2 inch.', source: imTable },
  { sex: 'male', minPounds: 153, maxPounds: 260, lengths: lengthsBetween('1', '1 1/2'), note: 'Men 153–260 lb (70–118 kg): 1–1 1/2 inch.', source: imTable },
  { sex: 'female', minPounds: 201, lengths: ['1 1/2'], note: 'Women over 200 lb (> 90 kg): 1 1/2 inch.', source: imTable },
  { sex: 'male', minPounds: 261, lengths: ['1 1/2'], note: 'Men over 260 lb (> 118 kg): 1 1/2 inch.', source: imTable },
] as const satisfies readonly ({ sex: 'any' | 'female' | 'male'; minPounds?: number; maxPounds?: number; lengths: readonly NeedleLength[]; note: string } & Sourced)[];

/** Pounds per kilogram. */
const POUNDS_PER_KG = 2.20462;

/** The adult deltoid lengths for one sex: 'unknown' gets only the lengths both sexes' rows allow. */
function adultDeltoidLengths(sex: BuildSex, weightKg: number): readonly NeedleLength[] {
  // Round to whole pounds, as the table's bands are whole pounds.
  const pounds = Math.round(weightKg * POUNDS_PER_KG);
  const forSex = (s: 'female' | 'male'): readonly NeedleLength[] =>
    ADULT_DELTOID_LENGTHS.find(
      (row) => (row.sex === 'any' || row.sex === s) && pounds >= ('minPounds' in row ? row.minPounds : 0) && pounds <= ('maxPounds' in row ? row.maxPounds : Infinity),
    )?.lengths ?? [];
  if (sex !== 'unknown') return forSex(sex);
  const male = forSex('male');
  return forSex('female').filter((l) => male.includes(l));
}

/** What the station offers and the rules accept for a route and a patient. */
export interface InjectionChoices extends Sourced {
  /** Every acceptable site. */
  readonly sites: readonly InjectionSite[];
  readonly preferredSites: readonly InjectionSite[];
  /** The acceptable lengths at the preferred site. */
  readonly lengths: readonly NeedleLength[];
  /** The acceptable lengths at each acceptable site (use this when the trainee chose a site). */
  readonly lengthsBySite: Readonly<Partial<Record<InjectionSite, readonly NeedleLength[]>>>;
  /** Acceptable sites whose needle lengths are not confirmed: do not score the length there. */
  readonly unverifiedLengthSites: readonly InjectionSite[];
  readonly gauges: readonly NeedleGauge[];
}

/** The needle-table row for a route and an age in months, or undefined for an oral route. */
export function needleTableRow(route: MedicationRoute, ageMonths: number): NeedleTableRow | undefined {
  return NEEDLE_TABLE.find((row) => row.route === route && ageMonths >= row.minMonths && (row.maxMonths === undefined || ageMonths <= row.maxMonths));
}

/** The acceptable sites, needle lengths and gauges for giving a dose by `route` to this patient. */
export function injectionChoices(route: MedicationRoute, patient: PatientBuild): InjectionChoices {
  const row = needleTableRow(route, Math.max(0, Math.floor(patient.ageMonths)));
  const gauges = NEEDLE_GAUGE_RANGES[route].gauges;
  if (row === undefined) return { sites: [], preferredSites: [], lengths: [], lengthsBySite: {}, unverifiedLengthSites: [], gauges, source: NEEDLE_GAUGE_RANGES[route].source };
  const adult = route === 'intramuscular' && row.maxMonths === undefined;
  const lengthsBySite: Partial<Record<InjectionSite, readonly NeedleLength[]>> = {};
  for (const choice of row.choices) {
    for (const site of choice.sites) lengthsBySite[site] = adult && deltoid.includes(site) ? adultDeltoidLengths(patient.sex, patient.weightKg) : choice.lengths;
  }
  const preferred = row.choices.filter((c) => c.preferred);
  const preferredSites = preferred.flatMap((c) => c.sites);
  const first = preferredSites[0];
  // The answer is as verified as its preferred sites and the gauges; other unconfirmed lengths are listed by site.
  const verified = preferred.every((c) => c.verified !== false) && NEEDLE_GAUGE_RANGES[route].verified !== false;
  return {
    sites: row.choices.flatMap((c) => c.sites),
    preferredSites,
    lengths: first === undefined ? [] : (lengthsBySite[first] ?? []),
    lengthsBySite,
    unverifiedLengthSites: row.choices.filter((c) => c.verified === false).flatMap((c) => c.sites),
    gauges,
    source: row.choices[0]?.source ?? NEEDLE_GAUGE_RANGES[route].source,
    ...(verified ? {} : { verified: false }),
  };
}

/** The angle of insertion by route (oral: none). */
export const INSERTION_ANGLE: Readonly<Record<MedicationRoute, InsertionAngle | null>> & Sourced = {
  intramuscular: 90,
  subcutaneous: 45,
  intradermal: 10,
  oral: null,
  source: checked(
    SOURCES.immunizeOrgAdministeringVaccines,
    'Checked: IM at 90°, SC at 45° (Immunize.org P3085 from CDC); intradermal 5–15° bevel up (CDC PHIL 24234, cdcMantouxTechnique), which the game calls 10.',
  ),
};

/** Aspiration before injecting a vaccine is not needed. */
export const ASPIRATION: Sourced & { readonly needed: false; readonly text: string } = {
  needed: false,
  text: 'Do not aspirate before injecting a vaccine: there are no large blood vessels at the recommended sites, and aspirating makes the injection more painful (for infants especially).',
  source: checked(
    SOURCES.acipGeneralBestPractices,
    'Checked: ACIP General Recommendations 2011 (as quoted by APhA): aspiration before injection of vaccines or toxoids is not necessary; the current best-practice guidance keeps this (secondary summaries: CDC/WHO do not recommend it).',
  ),
};

/** Gloves and vaccination. */
export const GLOVES: Sourced & { readonly requiredForVaccination: boolean; readonly requiredWhen: readonly string[]; readonly text: string } = {
  requiredForVaccination: false,
  requiredWhen: [
    'the person giving the vaccine has open lesions on the hands',
    'contact with the patient’s body fluids is likely',
    'the person giving the vaccine will hold pressure on the site or apply the bandage (OSHA 1992 interpretation)',
    'the patient’s skin at the site is not intact (OSHA 1992 interpretation)',
  ],
  text: 'Gloves are not required to give a vaccine unless the vaccinator has open lesions on the hands or is likely to touch body fluids; if worn, change them between patients. Hand hygiene before preparing the vaccine and between patients is required.',
  source: checked(
    SOURCES.acipGeneralBestPractices,
    'Checked: ACIP best practices (vaccine administration, general precautions) and Immunize.org Ask the Experts (reviewed 2022-12-28): OSHA does not require gloves for vaccination unless open lesions or likely contact with body fluids. OSHA’s 1992 letters (oshaGlovesForInjections1992) add holding pressure or bandaging the site; both kept, the stricter listed in requiredWhen.',
  ),
};

/** Hand hygiene for vaccination. */
export const HAND_HYGIENE: Sourced & { readonly text: string } = {
  text: 'Clean the hands (alcohol rub or soap and water) before preparing the vaccine and between each patient contact.',
  source: checked(SOURCES.acipGeneralBestPractices, 'Checked: ACIP best practices, vaccine administration, general precautions.'),
};

/** The used needle: into the sharps container at once, never recapped, bent or removed. */
export const SHARPS_RULE: Sourced & { readonly immediately: true; readonly recap: false; readonly text: string } = {
  immediately: true,
  recap: false,
  text: 'Drop the used needle and syringe into the sharps container at once, as they are; never recap, bend or take off the needle.',
  source: checked(
    SOURCES.oshaBloodbornePathogens,
    'Checked: 29 CFR 1910.1030(d)(4)(iii)(A) sharps container immediately or as soon as feasible; (d)(2)(vii)(A) no bending, recapping or removing contaminated needles (OSHA interpretation of 2011-12-19: the needle goes into the container as it is); CDC Pink Book slides (2007): never detach, recap or cut a used needle.',
  ),
};
