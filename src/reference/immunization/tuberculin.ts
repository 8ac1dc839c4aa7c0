/**
 * The tuberculin skin test (Mantoux): the products on the shelf, the dose, the wheal that
 * proves the dose went into the skin, the repeat when none rises, the reading window, the
 * care of the site, and why it takes no Vaccine Information Statement. Each fact carries its
 * source (the Tubersol and Aplisol inserts, CDC's guide for primary care and TB 101).
 */
import { SOURCES, checked, type Sourced } from '../source';
import type { TestId } from '../tests';
import type { InsertionAngle, MedicationRoute, VisId } from './terms';
import { vaccineProduct } from './vaccines';

/** One tuberculin product (purified protein derivative, 5 TU per 0.1 mL). */
export interface TuberculinProduct extends Sourced {
  readonly testId: TestId;
  readonly name: string;
  readonly tradeName: string;
  readonly manufacturer: string;
  readonly route: 'intradermal';
  readonly strength: string;
  readonly doseMl: number;
  readonly storage: 'refrigerator';
  /** Days an opened multi-dose vial may be used. */
  readonly openedVialDays: number;
}

/** The tuberculin products, the one the clinic stocks first. */
export const TUBERCULIN_PRODUCTS: readonly TuberculinProduct[] = [
  {
    testId: 'tuberculin-skin-test',
    name: 'Tuberculin purified protein derivative (Mantoux), 5 TU/0.1 mL',
    tradeName: 'Tubersol (multi-dose vial)',
    manufacturer: 'Sanofi Pasteur',
    route: 'intradermal',
    strength: '5 TU per 0.1 mL',
    doseMl: 0.1,
    storage: 'refrigerator',
    openedVialDays: 30,
    source: checked(
      SOURCES.tubersolPrescribingInformation,
      'Checked: 5 TU per 0.1 mL, intradermal only, 1 mL and 5 mL multi-dose vials, stored at 2–8 °C; the 30 days an opened vial may be used are read from the Aplisol maker’s FAQ and CDC teaching summaries (the Tubersol text on the opened vial was not read in full).',
    ),
  },
  {
    testId: 'tuberculin-skin-test',
    name: 'Tuberculin purified protein derivative, diluted, 5 TU/0.1 mL',
    tradeName: 'Aplisol (multi-dose vial)',
    manufacturer: 'Par Pharmaceutical',
    route: 'intradermal',
    strength: '5 TU per 0.1 mL',
    doseMl: 0.1,
    storage: 'refrigerator',
    openedVialDays: 30,
    source: checked(SOURCES.aplisolPrescribingInformation, 'Checked: 5 TU per 0.1 mL, intradermal only, ready to use; exactly 0.1 mL for children and adults; 2–8 °C; an opened vial up to 30 days.'),
  },
];

/** The tuberculin product the clinic stocks for an order, or null when the test is not a tuberculin test. */
export function tuberculinProduct(testId: TestId): TuberculinProduct | null {
  return TUBERCULIN_PRODUCTS.find((product) => product.testId === testId) ?? null;
}

/** The dose: 0.1 mL of 5 TU, the same at every age. */
export const TST_DOSE: Sourced & { readonly ml: number; readonly tuberculinUnits: number; readonly text: string } = {
  ml: 0.1,
  tuberculinUnits: 5,
  text: 'Exactly 0.1 mL (5 tuberculin units) at every age: a different volume changes the size of the reaction the reading measures.',
  source: checked(SOURCES.tubersolPrescribingInformation, 'Checked: 5 TU per 0.1 mL test dose (Tubersol); exactly 0.1 mL for paediatric and adult patients (Aplisol FAQ).'),
};

/** The wheal a correct intradermal injection raises, and what to do when none rises. */
export const TST_WHEAL: Sourced & { readonly minMm: number; readonly maxMm: number; readonly repeatAtLeastInches: number; readonly text: string } = {
  minMm: 6,
  maxMm: 10,
  repeatAtLeastInches: 2,
  text: 'A correct intradermal injection raises a pale wheal 6–10 mm across. No wheal (the fluid went under the skin) or one under 6 mm: the test cannot be read, so repeat it at once about 2 inches from the first site or on the other forearm.',
  source: checked(
    SOURCES.cdcTargetedTbTestingGuide,
    'Checked: a 6–10 mm wheal; no wheal or one under 6 mm: repeat at once about 2 inches from the original site or on the other arm. The Tubersol insert agrees (a pale bleb about 10 mm; no bleb: repeat; a subcutaneous injection cannot be interpreted).',
  ),
};

/** The site after the injection: not covered and not pressed. */
export const TST_SITE_CARE: Sourced & { readonly bandage: false; readonly pressure: false; readonly text: string } = {
  bandage: false,
  pressure: false,
  text: 'Leave the site uncovered: no bandage and no pressure on it (blot a drop of blood lightly without squeezing the fluid out).',
  source: checked(SOURCES.cdcTargetedTbTestingGuide, 'Checked: avoid covering the area with a bandage or applying pressure; the Tubersol insert: do not dress the site, blot a drop of blood without squeezing out the fluid.'),
};

/** The reading window: the forearm examined 48 to 72 hours after placement. */
export const TST_READING_WINDOW: Sourced & { readonly minHours: number; readonly maxHours: number; readonly text: string } = {
  minHours: 48,
  maxHours: 72,
  text: 'The reaction is read 48 to 72 hours after placement: earlier it has not developed, and after 72 hours the result is not valid and the test has to be placed again.',
  source: checked(
    SOURCES.cdcTb101SkinTest,
    'Checked: examined within 48 to 72 hours; a person who does not return within 72 hours needs another skin test. CDC’s 2005 guide: tell the patient to return within 48–72 hours and give a written appointment card.',
  ),
};

/** A tuberculin skin test is not a vaccine: no VIS, no registry entry. */
export const TST_NOT_A_VACCINE: Sourced & { readonly visRequired: false; readonly text: string } = {
  visRequired: false,
  text: 'A tuberculin skin test is a diagnostic antigen, not a vaccine in the Vaccine Injury Table: no Vaccine Information Statement is due and it is billed by its own code, without a vaccine administration code.',
  source: checked(
    SOURCES.visInstructions,
    'Checked: 42 U.S.C. 300aa-26(d) asks for the information materials before a vaccine set forth in the Vaccine Injury Table; the Tubersol and Aplisol labels call tuberculin a diagnostic antigen; coding pages (tstBilling86580): PPD is not a vaccine, so no 90471.',
  ),
};

/** How the reaction is read: the induration, not the redness, across the forearm, in millimetres; the provider interprets it. */
export const TST_MEASUREMENT: Sourced & { readonly measure: 'induration'; readonly unit: 'mm'; readonly interpretedBy: 'provider'; readonly text: string } = {
  measure: 'induration',
  unit: 'mm',
  interpretedBy: 'provider',
  text: 'Feel for the induration (the firm, raised swelling), not the redness around it; measure its diameter across the forearm in millimetres and record the number (0 mm when there is none), not "positive" or "negative": the provider interprets it against the patient’s risk.',
  source: checked(
    SOURCES.cdcTb101SkinTest,
    'Checked: the induration is measured in millimetres and the redness is not measured; the reaction is interpreted by its size and the person’s risk. CDC’s 2005 guide: measure the induration rather than the erythema, across the forearm.',
  ),
};

/** Why a reading booked `hours` after placement is outside the window, or null when it is inside. */
export function tstReadingProblem(hours: number): 'too-early' | 'too-late' | null {
  if (hours < TST_READING_WINDOW.minHours) return 'too-early';
  if (hours > TST_READING_WINDOW.maxHours) return 'too-late';
  return null;
}

/**
 * Whether the injection raises a wheal: an intradermal dose at the 5–15° angle (the game's
 * 10) stays in the skin; at 45° or 90° it goes under the skin, where no wheal rises.
 */
export function whealRises(route: MedicationRoute, angle: InsertionAngle): boolean {
  return route === 'intradermal' && angle === 10;
}

/** The wheal the game shows after a correct injection, in mm (a design value inside the 6–10 mm range). */
export const WHEAL_MM_WHEN_RAISED = 8;

/**
 * What the medication station and its rules need of any injected product, a vaccine or a
 * tuberculin: its names, maker, route, dose for an age, storage, and its VIS (null: none due).
 */
export interface InjectableProduct {
  readonly testId: TestId;
  readonly name: string;
  readonly tradeName: string;
  readonly manufacturer: string;
  readonly route: MedicationRoute;
  readonly alternativeRoute?: MedicationRoute;
  doseMl(ageYears: number): number;
  readonly storage: 'refrigerator' | 'freezer' | 'refrigerator-or-freezer';
  readonly visId: VisId | null;
}

/** The injectable product of an order: the vaccine's, or the tuberculin's; null for any other test. */
export function injectableProduct(testId: TestId): InjectableProduct | null {
  const vaccine = vaccineProduct(testId);
  if (vaccine !== null) return vaccine;
  const tuberculin = tuberculinProduct(testId);
  if (tuberculin === null) return null;
  return {
    testId: tuberculin.testId,
    name: tuberculin.name,
    tradeName: tuberculin.tradeName,
    manufacturer: tuberculin.manufacturer,
    route: tuberculin.route,
    doseMl: () => tuberculin.doseMl,
    storage: tuberculin.storage,
    visId: null,
  };
}
