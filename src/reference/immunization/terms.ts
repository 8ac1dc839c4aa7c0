/**
 * The closed lists the immunisation tables speak in: routes, sites, needle gauges and
 * lengths, angles, storage units and the vaccine information statements.
 *
 * The medication workflow's actions and the scenario schema take these lists from here, so
 * a choice on the screen and the table that judges it speak the same words.
 */

/** How a medication is given. */
export const MEDICATION_ROUTES = ['intramuscular', 'subcutaneous', 'intradermal', 'oral'] as const;
/** One route. */
export type MedicationRoute = (typeof MEDICATION_ROUTES)[number];

/** Where an injection goes, each side separately. */
export const INJECTION_SITES = [
  'left-deltoid',
  'right-deltoid',
  'left-anterolateral-thigh',
  'right-anterolateral-thigh',
  'left-upper-outer-triceps',
  'right-upper-outer-triceps',
  'left-ventrogluteal',
  'right-ventrogluteal',
  'left-volar-forearm',
  'right-volar-forearm',
] as const;
/** One injection site. */
export type InjectionSite = (typeof INJECTION_SITES)[number];

/** Needle gauges on the tray. */
export const NEEDLE_GAUGES = [22, 23, 25, 26, 27] as const;
/** One needle gauge. */
export type NeedleGauge = (typeof NEEDLE_GAUGES)[number];

/** Needle lengths on the tray, in inches. */
export const NEEDLE_LENGTHS = ['1/4', '3/8', '1/2', '5/8', '1', '1 1/4', '1 1/2'] as const;
/** One needle length. */
export type NeedleLength = (typeof NEEDLE_LENGTHS)[number];

/** Angles of insertion in degrees; 10 stands for the 5–15 degree intradermal angle. */
export const INSERTION_ANGLES = [10, 45, 90] as const;
/** One angle of insertion. */
export type InsertionAngle = (typeof INSERTION_ANGLES)[number];

/** Kinds of vaccine storage unit. */
export const STORAGE_UNIT_KINDS = ['refrigerator', 'freezer'] as const;
/** One kind of storage unit. */
export type StorageUnitKind = (typeof STORAGE_UNIT_KINDS)[number];

/** The vaccine information statements the game's vaccines need. */
export const VIS_IDS = ['influenza-inactivated', 'tdap', 'dtap', 'mmr', 'hepatitis-b', 'pneumococcal-conjugate'] as const;
/** One vaccine information statement. */
export type VisId = (typeof VIS_IDS)[number];

/** Sex as the needle table reads it ('unknown' takes the length both tables allow). */
export type BuildSex = 'female' | 'male' | 'unknown';

/** The length of a needle in inches, for ordering lengths. */
export function needleLengthInches(length: NeedleLength): number {
  const [whole, fraction] = length.includes(' ') ? length.split(' ') : length.includes('/') ? ['0', length] : [length, undefined];
  const [num, den] = (fraction ?? '0/1').split('/').map(Number);
  return Number(whole) + (num ?? 0) / (den ?? 1);
}

/** The needle lengths from `from` to `to` inclusive, in tray order. */
export function lengthsBetween(from: NeedleLength, to: NeedleLength): readonly NeedleLength[] {
  const low = needleLengthInches(from);
  const high = needleLengthInches(to);
  return NEEDLE_LENGTHS.filter((l) => needleLengthInches(l) >= low && needleLengthInches(l) <= high);
}

/** Both sides of a site: `deltoid` → left and right deltoid. */
export function bothSides(site: 'deltoid' | 'anterolateral-thigh' | 'upper-outer-triceps' | 'ventrogluteal' | 'volar-forearm'): readonly InjectionSite[] {
  return [`left-${site}`, `right-${site}`] as const;
}
