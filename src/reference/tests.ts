/**
 * The orderable test catalogue: labs, point-of-care tests, procedures and vaccines a
 * provider can order in the game, with specimen, tube, CLIA status, billing codes, quality
 * control, read time and what counts as a critical result.
 *
 * Billing codes refer to `CPT_CODES`; the venipuncture (36415) is billed once per encounter
 * however many venous tubes are drawn, so it is not repeated on each venous lab.
 */
import type { MicrotubeId, TubeId } from './order-of-draw';
import { SOURCES, checked, type Source, type Sourced } from './source';
import { clinicEcgCode, type EcgInterpretation } from './ecg/coding';

/** Ids of orderable tests. */
export const TEST_IDS = [
  'cbc',
  'cmp',
  'bmp',
  'lipid-panel',
  'a1c-lab',
  'pt-inr',
  'tsh',
  'blood-culture',
  'glucose-lab',
  'cbc-capillary',
  'bilirubin-capillary',
  'urinalysis-dipstick',
  'urine-hcg',
  'rapid-strep',
  'rapid-flu',
  'glucose-poc',
  'a1c-poc',
  'throat-culture',
  'urine-culture',
  'covid-antigen',
  'ecg',
  'pulse-oximetry',
  'influenza-vaccine',
  'tdap-vaccine',
  'mmr-vaccine',
  'dtap-vaccine',
  'hepatitis-b-vaccine',
  'pneumococcal-vaccine',
  'tuberculin-skin-test',
  'tuberculin-skin-test-reading',
] as const;
/** One orderable test. */
export type TestId = (typeof TEST_IDS)[number];

/** How a test is done. */
/** 'capillary-lab': a lab test collected by skin puncture into a microtube and sent to the reference lab. 'skin-test': an intradermal test antigen (the tuberculin skin test), injected like a vaccine but not one; 'skin-test-reading': its reading 48–72 hours later. */
export const TEST_KINDS = ['venous-lab', 'capillary-poc', 'capillary-lab', 'urine', 'swab', 'procedure', 'vaccine', 'skin-test', 'skin-test-reading'] as const;
/** How a test is done. */
export type TestKind = (typeof TEST_KINDS)[number];

/** The kinds of order given by injection at the medication station (the rest are the lab station's). */
export const MEDICATION_STATION_KINDS: readonly TestKind[] = ['vaccine', 'skin-test', 'skin-test-reading'];

/** Whether an order of this kind is given at the medication station (a vaccine or a skin test) rather than at the lab station. */
export function givenAtMedicationStation(kind: TestKind): boolean {
  return MEDICATION_STATION_KINDS.includes(kind);
}

/** Specimen types. */
export const SPECIMEN_TYPES = [
  'venous-whole-blood',
  'venous-serum',
  'venous-citrate-plasma',
  'venous-fluoride-plasma',
  'venous-blood-culture',
  'capillary-whole-blood',
  'capillary-serum',
  'urine-random',
  'urine-clean-catch',
  'throat-swab',
  'nasal-swab',
  'none',
] as const;
/** One specimen type. */
export type SpecimenType = (typeof SPECIMEN_TYPES)[number];

/** One code on the claim line for a test, with its modifiers when run in our clinic. */
export interface BilledCode {
  readonly code: string;
  readonly modifiers?: readonly string[];
}

/** A value at or beyond which a result must go to the provider at once. */
export interface CriticalResultRule extends Sourced {
  readonly unit: string;
  readonly below?: number;
  readonly atOrBelow?: number;
  readonly above?: number;
  readonly atOrAbove?: number;
  readonly text: string;
}

/** One orderable test. */
export interface OrderableTest extends Sourced {
  readonly id: TestId;
  readonly displayName: string;
  readonly kind: TestKind;
  readonly specimen: SpecimenType;
  readonly tubeId?: TubeId;
  /** The microtube a skin-puncture lab test is collected into (kind 'capillary-lab'). */
  readonly microtubeId?: MicrotubeId;
  /** Performed in the clinic under its CLIA certificate of waiver. */
  readonly cliaWaivedPointOfCare: boolean;
  /** Product or test codes (the venipuncture and vaccine administration are separate lines). */
  readonly codes: readonly BilledCode[];
  /** Collection code billed once per encounter for this kind of specimen, if any. */
  readonly collectionCode?: '36415' | '36416';
  /** Whether controls must be run (per the kit's QC schedule) before patient results are reported. */
  readonly needsQualityControl: boolean;
  /** Minutes from applying the specimen to reading the result (POC tests; kit-specific). */
  readonly readTimeMinutes?: number;
  readonly criticalResult?: CriticalResultRule;
}

/** Vaccine administration coding: first vaccine and each additional, and Medicare's flu code. */
export const VACCINE_ADMINISTRATION = {
  firstVaccine: '90471',
  eachAdditionalVaccine: '90472',
  childWithCounselingFirstComponent: '90460',
  childWithCounselingEachAdditionalComponent: '90461',
  medicareInfluenza: 'G0008',
  medicarePneumococcal: 'G0009',
  medicareHepatitisB: 'G0010',
  diagnosis: 'Z23',
  source: checked(SOURCES.cpt2025ImmunizationAdministration, 'Checked: 90460/90461 (through 18 with counselling, per component) and 90471/90472 (per injection); Z23 with the vaccine (Merck page, from 2024-10-01); G0008/G0009/G0010 per noridianVaccineBilling. The rule that picks between them is administrationCodes in reference/immunization.'),
} as const;

/** The venipuncture billing rule: one 36415 per encounter, however many tubes. */
export const VENIPUNCTURE_BILLING_RULE = {
  code: '36415',
  maxUnitsPerEncounter: 1,
  source: checked(SOURCES.amaCpt, 'Common payer rule (Medicare: one collection fee per encounter); not verified in this pass.'),
  verified: false,
} as const;

/* @__NO_SIDE_EFFECTS__ */
const readTimeSource = (what: string): Source =>
  checked(SOURCES.clinicDayDesignEstimate, `Read time is kit-specific (package insert); ${what} is a typical value, not from one insert.`);
/* @__NO_SIDE_EFFECTS__ */
const labCatalogue = (what: string): Source =>
  checked(SOURCES.clsiGp41, `Tube per the typical tests of the GP41/BD tube guide; ${what}.`);
/* @__NO_SIDE_EFFECTS__ */
const capillaryLab = (what: string): Source =>
  checked(SOURCES.clsiGp42, `Skin-puncture collection into a microtube (CLSI GP42 capillary order as LabCE summarises it); ${what}; 36416 is the capillary collection (finger, heel, ear stick) in code-lookup copies of the CPT descriptor.`);
/* @__NO_SIDE_EFFECTS__ */
const poc = (code: string): Source => checked(SOURCES.cmsNewWaivedTests, `QW status of ${code} per the CMS waived-test rule.`);

const criticalGlucose: CriticalResultRule = {
  unit: 'mg/dL',
  atOrBelow: 50,
  above: 400,
  text: 'Glucose ≤ 50 or > 400 mg/dL goes to the provider at once.',
  source: checked(
    SOURCES.houstonMethodistCriticalValues,
    'Checked: adult glucose call values ≤ 50 and > 400 mg/dL on one hospital list; each laboratory sets its own (others use < 50/60 and > 450/500).',
  ),
};

/** The test catalogue. */
export const TESTS: readonly OrderableTest[] = [
  { id: 'cbc', displayName: 'Complete blood count (CBC)', kind: 'venous-lab', specimen: 'venous-whole-blood', tubeId: 'lavender-edta', cliaWaivedPointOfCare: false, codes: [{ code: '85025' }], collectionCode: '36415', needsQualityControl: false, source: labCatalogue('sent to the reference lab') },
  { id: 'cmp', displayName: 'Comprehensive metabolic panel (CMP)', kind: 'venous-lab', specimen: 'venous-serum', tubeId: 'gold-sst', cliaWaivedPointOfCare: false, codes: [{ code: '80053' }], collectionCode: '36415', needsQualityControl: false, source: labCatalogue('sent to the reference lab') },
  { id: 'bmp', displayName: 'Basic metabolic panel (BMP)', kind: 'venous-lab', specimen: 'venous-serum', tubeId: 'gold-sst', cliaWaivedPointOfCare: false, codes: [{ code: '80048' }], collectionCode: '36415', needsQualityControl: false, source: labCatalogue('sent to the reference lab') },
  { id: 'lipid-panel', displayName: 'Lipid panel', kind: 'venous-lab', specimen: 'venous-serum', tubeId: 'gold-sst', cliaWaivedPointOfCare: false, codes: [{ code: '80061' }], collectionCode: '36415', needsQualityControl: false, source: labCatalogue('sent to the reference lab') },
  { id: 'a1c-lab', displayName: 'Hemoglobin A1c (lab)', kind: 'venous-lab', specimen: 'venous-whole-blood', tubeId: 'lavender-edta', cliaWaivedPointOfCare: false, codes: [{ code: '83036' }], collectionCode: '36415', needsQualityControl: false, source: labCatalogue('sent to the reference lab, so no QW') },
  { id: 'pt-inr', displayName: 'Prothrombin time (PT/INR)', kind: 'venous-lab', specimen: 'venous-citrate-plasma', tubeId: 'light-blue-citrate', cliaWaivedPointOfCare: false, codes: [{ code: '85610' }], collectionCode: '36415', needsQualityControl: false, source: labCatalogue('sent to the reference lab') },
  { id: 'tsh', displayName: 'Thyroid-stimulating hormone (TSH)', kind: 'venous-lab', specimen: 'venous-serum', tubeId: 'gold-sst', cliaWaivedPointOfCare: false, codes: [{ code: '84443' }], collectionCode: '36415', needsQualityControl: false, source: labCatalogue('sent to the reference lab') },
  { id: 'blood-culture', displayName: 'Blood culture', kind: 'venous-lab', specimen: 'venous-blood-culture', tubeId: 'blood-culture', cliaWaivedPointOfCare: false, codes: [{ code: '87040' }], collectionCode: '36415', needsQualityControl: false, source: labCatalogue('sent to the reference lab; 87040 not verified'), verified: false },
  { id: 'glucose-lab', displayName: 'Glucose (lab)', kind: 'venous-lab', specimen: 'venous-fluoride-plasma', tubeId: 'grey-fluoride', cliaWaivedPointOfCare: false, codes: [{ code: '82947' }], collectionCode: '36415', needsQualityControl: false, criticalResult: criticalGlucose, source: labCatalogue('sent to the reference lab') },

  { id: 'cbc-capillary', displayName: 'Complete blood count, capillary (lavender EDTA microtube)', kind: 'capillary-lab', specimen: 'capillary-whole-blood', microtubeId: 'lavender-edta-micro', cliaWaivedPointOfCare: false, codes: [{ code: '85025' }], collectionCode: '36416', needsQualityControl: false, source: capillaryLab('a CBC by skin puncture into an EDTA microtube for infants and young children; sent to the reference lab') },
  { id: 'bilirubin-capillary', displayName: 'Bilirubin, total, capillary (gold serum microtube)', kind: 'capillary-lab', specimen: 'capillary-serum', microtubeId: 'gold-sst-micro', cliaWaivedPointOfCare: false, codes: [{ code: '82247' }], collectionCode: '36416', needsQualityControl: false, source: capillaryLab('a neonatal total bilirubin by heel stick into a serum microtube (many labs use an amber, light-protected one); 82247 not verified in this pass'), verified: false },

  { id: 'urinalysis-dipstick', displayName: 'Urinalysis, dipstick (read by eye)', kind: 'urine', specimen: 'urine-clean-catch', cliaWaivedPointOfCare: true, codes: [{ code: '81002' }], needsQualityControl: true, readTimeMinutes: 2, source: poc('81002 (exempt)') },
  { id: 'urine-hcg', displayName: 'Urine pregnancy test (hCG)', kind: 'urine', specimen: 'urine-random', cliaWaivedPointOfCare: true, codes: [{ code: '81025' }], needsQualityControl: true, readTimeMinutes: 5, source: poc('81025 (exempt)') },
  { id: 'rapid-strep', displayName: 'Rapid strep A antigen test', kind: 'swab', specimen: 'throat-swab', cliaWaivedPointOfCare: true, codes: [{ code: '87880', modifiers: ['QW'] }], needsQualityControl: true, readTimeMinutes: 5, source: poc('87880') },
  { id: 'rapid-flu', displayName: 'Rapid influenza A/B antigen test', kind: 'swab', specimen: 'nasal-swab', cliaWaivedPointOfCare: true, codes: [{ code: '87804', modifiers: ['QW'] }], needsQualityControl: true, readTimeMinutes: 10, source: poc('87804') },
  { id: 'glucose-poc', displayName: 'Blood glucose, fingerstick (meter)', kind: 'capillary-poc', specimen: 'capillary-whole-blood', cliaWaivedPointOfCare: true, codes: [{ code: '82962' }], collectionCode: '36416', needsQualityControl: true, readTimeMinutes: 0.5, criticalResult: criticalGlucose, source: poc('82962 (exempt)') },
  { id: 'a1c-poc', displayName: 'Hemoglobin A1c, fingerstick (point of care)', kind: 'capillary-poc', specimen: 'capillary-whole-blood', cliaWaivedPointOfCare: true, codes: [{ code: '83036', modifiers: ['QW'] }], collectionCode: '36416', needsQualityControl: true, readTimeMinutes: 5, source: poc('83036') },
  { id: 'throat-culture', displayName: 'Throat culture (strep)', kind: 'swab', specimen: 'throat-swab', cliaWaivedPointOfCare: false, codes: [{ code: '87081' }], needsQualityControl: false, source: checked(SOURCES.amaCpt, 'Sent to the reference lab; 87081 as the code not verified.'), verified: false },
  { id: 'urine-culture', displayName: 'Urine culture', kind: 'urine', specimen: 'urine-clean-catch', cliaWaivedPointOfCare: false, codes: [{ code: '87086' }], needsQualityControl: false, source: checked(SOURCES.amaCpt, 'Sent to the reference lab; 87086 as the code not verified.'), verified: false },
  { id: 'covid-antigen', displayName: 'Rapid COVID-19 antigen test', kind: 'swab', specimen: 'nasal-swab', cliaWaivedPointOfCare: true, codes: [{ code: '87811', modifiers: ['QW'] }], needsQualityControl: true, readTimeMinutes: 15, source: checked(SOURCES.codingOnline87811, '87811 checked; QW because it is not on the exempt list.') },

  { id: 'ecg', displayName: 'Electrocardiogram, 12-lead (ECG)', kind: 'procedure', specimen: 'none', cliaWaivedPointOfCare: false, codes: [{ code: '93000' }], needsQualityControl: false, source: checked(SOURCES.medicarePaymentEcg, 'Checked: 93000.') },
  { id: 'pulse-oximetry', displayName: 'Pulse oximetry (single reading)', kind: 'procedure', specimen: 'none', cliaWaivedPointOfCare: false, codes: [{ code: '94760' }], needsQualityControl: false, source: checked(SOURCES.codingAheadCpt, 'Checked: 94760.') },

  { id: 'influenza-vaccine', displayName: 'Influenza vaccine (trivalent, preservative-free, 0.5 mL)', kind: 'vaccine', specimen: 'none', cliaWaivedPointOfCare: false, codes: [{ code: '90656' }], needsQualityControl: false, source: checked(SOURCES.aapcFluCodes2024, 'Checked: 90656 for the 2024-25 trivalent season.') },
  { id: 'tdap-vaccine', displayName: 'Tdap vaccine', kind: 'vaccine', specimen: 'none', cliaWaivedPointOfCare: false, codes: [{ code: '90715' }], needsQualityControl: false, source: checked(SOURCES.oregonStateVaccineCodes, 'Checked: 90715.') },
  { id: 'mmr-vaccine', displayName: 'MMR vaccine', kind: 'vaccine', specimen: 'none', cliaWaivedPointOfCare: false, codes: [{ code: '90707' }], needsQualityControl: false, source: checked(SOURCES.cpt2025ImmunizationAdministration, 'Checked: 90707 = MMR, live, subcutaneous (Merck M-M-R II coding page).') },
  { id: 'dtap-vaccine', displayName: 'DTaP vaccine (under 7 years)', kind: 'vaccine', specimen: 'none', cliaWaivedPointOfCare: false, codes: [{ code: '90700' }], needsQualityControl: false, source: checked(SOURCES.oregonStateVaccineCodes, 'Checked: 90700.') },
  { id: 'hepatitis-b-vaccine', displayName: 'Hepatitis B vaccine (adult)', kind: 'vaccine', specimen: 'none', cliaWaivedPointOfCare: false, codes: [{ code: '90746' }], needsQualityControl: false, source: checked(SOURCES.codingAheadCpt, 'Checked: 90746 = hepatitis B vaccine, adult dosage, 3-dose schedule, IM.') },
  { id: 'pneumococcal-vaccine', displayName: 'Pneumococcal conjugate vaccine (PCV20)', kind: 'vaccine', specimen: 'none', cliaWaivedPointOfCare: false, codes: [{ code: '90677' }], needsQualityControl: false, source: checked(SOURCES.codingAheadCpt, 'Checked: 90677.') },

  // Tuberculin skin test (issue 17): placed at the medication station, billed by its own code and no administration code.
  { id: 'tuberculin-skin-test', displayName: 'Tuberculin skin test (Mantoux, PPD 5 TU)', kind: 'skin-test', specimen: 'none', cliaWaivedPointOfCare: false, codes: [{ code: '86580' }], needsQualityControl: false, source: checked(SOURCES.tstBilling86580, 'Checked: 86580 for the placement, with no 90471 or 96372 beside it.') },
  // The reading has no code of its own: a visit solely for it is 99211 by the payer's rules, otherwise the visit's E/M carries it (not modelled: the game's readings come within a visit).
  { id: 'tuberculin-skin-test-reading', displayName: 'Tuberculin skin test reading (induration in mm)', kind: 'skin-test-reading', specimen: 'none', cliaWaivedPointOfCare: false, codes: [], needsQualityControl: false, source: checked(SOURCES.tstBilling86580, 'Checked: the reading is not part of 86580; a return visit solely for it is reported as 99211.') },
];

/** The test with this id. */
export function orderableTest(id: TestId): OrderableTest {
  const found = TESTS.find((t) => t.id === id);
  if (found === undefined) throw new RangeError(`Unknown test ${id}`);
  return found;
}

/** An order as far as its billing codes depend on it: the test, and for an ECG who reads the tracing. */
export interface BilledOrder {
  readonly testId: string;
  readonly ecg?: { readonly interpretation?: EcgInterpretation } | undefined;
}

/**
 * The CPT codes the claim will carry for an order: the catalogue's codes, except an ECG, which
 * is billed by who reads it (93000 read here, 93005 sent out: `clinicEcgCode`). What a payer's
 * prior-authorisation list is compared with, at intake and in the scenario checker.
 */
export function billedCodesOf(order: BilledOrder): string[] {
  if (order.testId === 'ecg') return [clinicEcgCode(order.ecg?.interpretation ?? 'in-house')];
  return TESTS.find((t) => t.id === order.testId)?.codes.map((c) => c.code) ?? [];
}

/** Read-time note for POC tests: the values are typical, the kit's insert rules. */
export const POC_READ_TIME_NOTE = {
  text: 'Read the result at the time the kit insert gives, not earlier and not later.',
  source: readTimeSource('each test’s readTimeMinutes'),
} as const;
