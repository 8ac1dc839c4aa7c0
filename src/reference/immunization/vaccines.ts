/**
 * The vaccine products the game's orders use: maker, route, dose by age, antigen components
 * (for 90461), storage, VIS, what a severe allergy to rules it out, and the minimum
 * intervals between doses.
 */
import type { TestId } from '../tests';
import { SOURCES, checked, type Source, type Sourced } from '../source';
import { daysBetween, type IsoDate } from '../iso-date';
import type { MedicationRoute, VisId } from './terms';

/** The dose in mL from an age on (completed years; absent maxYears: and older). */
export interface DoseBand {
  readonly minYears: number;
  readonly maxYears?: number;
  readonly ml: number;
}

/** The shortest time allowed from one dose to the next (ACIP minimum interval). */
export interface MinimumInterval {
  /** The dose number this interval runs from (1: from the first dose to the second). */
  readonly afterDose: number;
  readonly weeks?: number;
  readonly months?: number;
}

/** One vaccine product. */
export interface VaccineProduct extends Sourced {
  readonly testId: TestId;
  readonly name: string;
  readonly tradeName: string;
  readonly manufacturer: string;
  readonly route: MedicationRoute;
  readonly alternativeRoute?: MedicationRoute;
  readonly doses: readonly DoseBand[];
  /** The dose in mL for an age in completed years (0 when the product is not for that age). */
  doseMl(ageYears: number): number;
  /** Antigen components: organisms the vaccine protects against (CPT counts one 90461 per component after the first). */
  readonly components: number;
  readonly storage: 'refrigerator' | 'freezer' | 'refrigerator-or-freezer';
  readonly visId: VisId;
  /** Substances a severe (anaphylactic) allergy to which rules this product out, including 'latex' where its packaging has natural rubber latex. */
  readonly allergens: readonly string[];
  /** Where the packaging holds latex, when it does. */
  readonly latexIn?: 'prefilled-syringe' | 'vial-and-syringe';
  /** The shortest interval to the next dose, the minimum over the series, in days (4 weeks = 28). */
  readonly minimumIntervalDays?: number;
  readonly minimumIntervals: readonly MinimumInterval[];
  /** Where the minimum intervals come from (ACIP Table 3-1). */
  readonly intervalSource: Source;
}

/** The dose for an age from a product's bands. */
function doseFrom(doses: readonly DoseBand[]): (ageYears: number) => number {
  return (ageYears) => doses.find((d) => ageYears >= d.minYears && (d.maxYears === undefined || ageYears <= d.maxYears))?.ml ?? 0;
}

const doseTable = (what: string) => checked(SOURCES.immunizeOrgAdministeringVaccines, `Checked: ${what} (Immunize.org P3085/P3084 dose and route table).`);
const intervals = (what: string) => checked(SOURCES.acipGeneralBestPractices, `Checked: ${what} (ACIP Table 3-1, recommended and minimum ages and intervals, as copied in Pink Book Appendix A and UpToDate).`);

function product(p: Omit<VaccineProduct, 'doseMl' | 'minimumIntervalDays'>): VaccineProduct {
  const days = p.minimumIntervals.filter((i) => i.weeks !== undefined).map((i) => (i.weeks ?? 0) * 7);
  return { ...p, doseMl: doseFrom(p.doses), ...(days.length > 0 ? { minimumIntervalDays: Math.min(...days) } : {}) };
}

/** The products, by the test id the provider orders. */
export const VACCINE_PRODUCTS: Readonly<Partial<Record<TestId, VaccineProduct>>> = {
  'influenza-vaccine': product({
    testId: 'influenza-vaccine',
    name: 'Influenza vaccine, inactivated, trivalent, preservative-free',
    tradeName: 'Fluzone (0.5 mL prefilled syringe)',
    manufacturer: 'Sanofi Pasteur',
    route: 'intramuscular',
    doses: [{ minYears: 3, ml: 0.5 }],
    components: 1,
    storage: 'refrigerator',
    visId: 'influenza-inactivated',
    allergens: [],
    minimumIntervals: [{ afterDose: 1, weeks: 4 }],
    intervalSource: intervals('IIV: 4 weeks between the two doses a child under 9 may need'),
    source: doseTable('IIV 0.5 mL IM from 3 years (6–35 months: 0.25 or 0.5 mL by product, not used in the game); one component (medcoder.ai on 90460: influenza one component); refrigerated 2–8 °C; 4 weeks between the two doses a child under 9 may need (ACIP Table 3-1); Fluzone is Sanofi\'s (sanofiFluCoding2024), 90656 per AAPC'),
  }),
  'tdap-vaccine': product({
    testId: 'tdap-vaccine',
    name: 'Tetanus, reduced diphtheria and acellular pertussis vaccine (Tdap)',
    tradeName: 'Adacel',
    manufacturer: 'Sanofi Pasteur',
    route: 'intramuscular',
    doses: [{ minYears: 7, ml: 0.5 }],
    components: 3,
    storage: 'refrigerator',
    visId: 'tdap',
    allergens: [],
    minimumIntervals: [],
    intervalSource: intervals('Tdap: a single booster, no series interval in the table'),
    source: doseTable('Tdap 0.5 mL IM; three components (tetanus, diphtheria, pertussis: one per organism, the AAP/CPT component definition); Tdap from 7 years (Lexicomp via UpToDate; Oregon code list: 90715 = Adacel, Boostrix); Adacel is Sanofi Pasteur\'s (adacelPrescribingInformation, FDA label 2024-07-02)'),
  }),
  'mmr-vaccine': product({
    testId: 'mmr-vaccine',
    name: 'Measles, mumps and rubella vaccine, live (MMR)',
    tradeName: 'M-M-R II',
    manufacturer: 'Merck',
    route: 'subcutaneous',
    doses: [{ minYears: 1, ml: 0.5 }],
    components: 3,
    storage: 'refrigerator',
    visId: 'mmr',
    allergens: ['gelatin', 'neomycin'],
    minimumIntervals: [{ afterDose: 1, weeks: 4 }],
    intervalSource: intervals('MMR-1 to MMR-2: 4 weeks'),
    source: doseTable('MMR 0.5 mL SC; three components (measles, mumps, rubella; medcoder.ai: MMR three); minimum age 12 months and 4 weeks from MMR-1 to MMR-2 (ACIP Table 3-1); M-M-R II is Merck\'s (Merck reimbursement page, 90707); gelatin and neomycin per the M-M-R II prescribing information (mmrIIPrescribingInformation). Kept in the refrigerator in the game; whether M-M-R II may also be frozen was not confirmed'),
  }),
  'dtap-vaccine': product({
    testId: 'dtap-vaccine',
    name: 'Diphtheria, tetanus and acellular pertussis vaccine (DTaP)',
    tradeName: 'Daptacel',
    manufacturer: 'Sanofi Pasteur',
    route: 'intramuscular',
    doses: [{ minYears: 0, maxYears: 6, ml: 0.5 }],
    components: 3,
    storage: 'refrigerator',
    visId: 'dtap',
    allergens: [],
    minimumIntervals: [
      { afterDose: 1, weeks: 4 },
      { afterDose: 2, weeks: 4 },
      { afterDose: 3, months: 6 },
      { afterDose: 4, months: 6 },
    ],
    intervalSource: intervals('DTaP: 4 weeks (1–2, 2–3), 6 months (3–4, 4–5)'),
    source: doseTable('DTaP 0.5 mL IM, 6 weeks through 6 years; three components; minimum intervals 4 weeks (doses 1–2, 2–3) and 6 months (3–4, 4–5) (ACIP Table 3-1); Daptacel has no latex (CDC latex table 2021). Daptacel\'s maker (Sanofi Pasteur) is the game\'s label and was not separately confirmed'),
  }),
  'hepatitis-b-vaccine': product({
    testId: 'hepatitis-b-vaccine',
    name: 'Hepatitis B vaccine, recombinant, adult dose',
    tradeName: 'Engerix-B (1.0 mL)',
    manufacturer: 'GlaxoSmithKline',
    route: 'intramuscular',
    doses: [
      { minYears: 0, maxYears: 19, ml: 0.5 },
      { minYears: 20, ml: 1 },
    ],
    components: 1,
    storage: 'refrigerator',
    visId: 'hepatitis-b',
    allergens: ['latex'],
    latexIn: 'prefilled-syringe',
    minimumIntervals: [
      { afterDose: 1, weeks: 4 },
      { afterDose: 2, weeks: 8 },
    ],
    intervalSource: intervals('HepB: 4 weeks (1–2), 8 weeks (2–3)'),
    source: doseTable('Engerix-B/Recombivax HB 0.5 mL through 19 years, 1.0 mL from 20 years, IM; one component; minimum intervals 4 weeks (1–2) and 8 weeks (2–3, and the third at least 16 weeks after the first) (ACIP Table 3-1); Engerix-B is GlaxoSmithKline\'s (Pink Book Appendix B); its prefilled-syringe tip cap may contain natural rubber latex, the vial stopper does not (FDA letter 2010-07-29; CDC latex table 2021)'),
  }),
  'pneumococcal-vaccine': product({
    testId: 'pneumococcal-vaccine',
    name: 'Pneumococcal conjugate vaccine, 20-valent (PCV20)',
    tradeName: 'Prevnar 20',
    manufacturer: 'Pfizer',
    route: 'intramuscular',
    doses: [{ minYears: 0, ml: 0.5 }],
    components: 1,
    storage: 'refrigerator',
    visId: 'pneumococcal-conjugate',
    allergens: [],
    minimumIntervals: [
      { afterDose: 1, weeks: 4 },
      { afterDose: 2, weeks: 4 },
      { afterDose: 3, weeks: 8 },
    ],
    intervalSource: intervals('PCV: 4 weeks (1–2, 2–3), 8 weeks (3–4)'),
    source: doseTable('PCV 0.5 mL IM; one component (one organism); infant minimum intervals 4, 4 and 8 weeks (ACIP Table 3-1); 90677 = PCV20 (Noridian). Maker on the label (Pfizer) not separately confirmed'),
  }),
};

/** The product for an ordered vaccine, or null when the test is not a vaccine in the table. */
export function vaccineProduct(testId: TestId): VaccineProduct | null {
  return VACCINE_PRODUCTS[testId] ?? null;
}

/** The minimum interval from dose `doseNumber - 1` to dose `doseNumber`, or null when the table has none (a first dose, or a single-dose vaccine). */
export function minimumIntervalBeforeDose(testId: TestId, doseNumber: number): MinimumInterval | null {
  return vaccineProduct(testId)?.minimumIntervals.find((i) => i.afterDose === doseNumber - 1) ?? null;
}

/** The date `months` calendar months after `date` (the last day of the month when it is shorter). */
function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * True if a dose on `onDate` comes sooner after the last dose than the minimum interval
 * (weeks as days, months as calendar months). No grace period is applied: the game scores on
 * the minimum interval itself.
 */
export function doseTooSoon(testId: TestId, doseNumber: number, lastDoseDate: IsoDate, onDate: IsoDate): boolean {
  const minimum = minimumIntervalBeforeDose(testId, doseNumber);
  if (minimum === null) return false;
  if (minimum.weeks !== undefined) return daysBetween(lastDoseDate, onDate) < minimum.weeks * 7;
  return onDate < addMonths(lastDoseDate, minimum.months ?? 0);
}

/**
 * ACIP's grace period: a dose given up to 4 days before the minimum interval or age still
 * counts as valid. Kept as data for the debrief; `doseTooSoon` scores on the stricter
 * minimum interval itself.
 */
export const MINIMUM_INTERVAL_GRACE: Sourced & { readonly days: number; readonly scored: false; readonly text: string } = {
  days: 4,
  scored: false,
  text: 'ACIP counts a dose given up to 4 days before the minimum interval as valid, but it is not a way to schedule: the game expects the minimum interval itself.',
  source: checked(SOURCES.adacelPrescribingInformation, 'Checked: Lexicomp (UpToDate) quoting ACIP, doses given 4 days or less before the minimum interval or age are counted as valid. Not scored: the stricter interval is.'),
};

/** One allergy as the chart records it. */
export interface ChartAllergy {
  readonly substance: string;
  readonly reaction?: string;
}

/**
 * The product's allergens the chart's allergies name (case-insensitive, by word), taking
 * latex only when the packaging in hand holds it. Any recorded allergy to a component
 * counts: ACIP lets a contact (non-anaphylactic) latex allergy through, but deciding that is
 * the provider's call, so the order goes back to the provider either way (the stricter rule).
 */
export function allergyConflicts(
  testId: TestId,
  allergies: readonly ChartAllergy[],
  packaging: { readonly prefilledSyringe: boolean } = { prefilledSyringe: false },
): readonly string[] {
  const found = vaccineProduct(testId);
  if (found === null) return [];
  const latexInHand = found.latexIn === 'vial-and-syringe' || (found.latexIn === 'prefilled-syringe' && packaging.prefilledSyringe);
  return found.allergens.filter((allergen) => {
    if (allergen === 'latex' && !latexInHand) return false;
    const word = new RegExp(`\\b${allergen}\\b`, 'i');
    return allergies.some((a) => word.test(a.substance));
  });
}

/** The contraindication rule the allergy check rests on. */
export const COMPONENT_ALLERGY_RULE: Sourced & { readonly text: string } = {
  text: 'A severe allergic reaction (anaphylaxis) to a previous dose or to a vaccine component rules the vaccine out; an anaphylactic latex allergy rules out vials or syringes that contain natural rubber latex. Check the chart’s allergies against the product before drawing up, and return the order to the provider if they match.',
  source: checked(
    SOURCES.aapRedBookContraindications,
    'Checked: the only contraindication to all vaccines is anaphylaxis to a previous dose or a component (Red Book 2021/2018); latex: ACIP best practices as quoted in the CDC latex table (cdcLatexInVaccinePackaging) say avoid latex-containing packaging after anaphylactic latex allergy (a precaution in the Red Book; the game takes the stricter, return the order).',
  ),
};
